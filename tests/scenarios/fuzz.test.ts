// Whatever text arrives, the loader answers: a scenario, or errors that point into the text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario, type LoadReport } from '../../src/scenarios/loader';
import { fixture } from './helpers';

const minimal = fixture('minimal.json');
// FUZZ_RUNS=20000 npx vitest run tests/scenarios/fuzz.test.ts for a longer hunt.
const RUNS = Number(process.env.FUZZ_RUNS ?? 400);

function expectWellFormed(report: LoadReport, text: string): void {
  if (report.ok) return;
  expect(report.errors.length).toBeGreaterThan(0);
  const lineCount = text.split(/\r\n|\r|\n/).length;
  for (const problem of [...report.errors, ...report.warnings]) {
    expect(problem.line).toBeGreaterThanOrEqual(1);
    expect(problem.column).toBeGreaterThanOrEqual(1);
    expect(problem.line).toBeLessThanOrEqual(lineCount);
    expect(problem.message.length).toBeGreaterThan(0);
    // The loader's last-resort catch means a check crashed: that is a bug even though nothing threw.
    expect(problem.stage).not.toBe('internal');
  }
}

const load = (text: string) => {
  let report: LoadReport | undefined;
  expect(() => (report = loadScenario(text))).not.toThrow();
  expectWellFormed(report!, text);
};

// Edits an author's hand (or a bad copy) might make to a good file.
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), junk: fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom(',', '{', ']', '"', ':', '//', 'null', '-1', '1e999', '"__proto__":')) }),
  fc.record({ kind: fc.constant('number' as const), nth: fc.nat(), value: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer()) }),
  fc.record({ kind: fc.constant('dropKey' as const), nth: fc.nat() }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, m: Mutation): string {
  switch (m.kind) {
    case 'delete': {
      const at = m.at % text.length;
      return text.slice(0, at) + text.slice(at + m.length);
    }
    case 'swap': {
      const at = m.at % (text.length - 1);
      return text.slice(0, at) + text[at + 1] + text[at] + text.slice(at + 2);
    }
    case 'insert': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.junk + text.slice(at);
    }
    case 'number': {
      const numbers = [...text.matchAll(/-?\d+(\.\d+)?/g)];
      const hit = numbers[m.nth % numbers.length]!;
      return text.slice(0, hit.index) + JSON.stringify(m.value) + text.slice(hit.index + hit[0].length);
    }
    case 'dropKey': {
      // Drops one `"key": value,` that fits on a line.
      const keys = [...text.matchAll(/"[A-Za-z$]+": [^\n{[]*?,\s/g)];
      const hit = keys[m.nth % keys.length]!;
      return text.slice(0, hit.index) + text.slice(hit.index + hit[0].length);
    }
  }
}

describe('loadScenario never throws', () => {
  it('on random text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => load(text)), { numRuns: RUNS });
  });

  it('on random JSON values', () => {
    fc.assert(fc.property(fc.json(), (text) => load(text)), { numRuns: RUNS });
  });

  it('on a valid file after random edits', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        load(mutations.reduce(mutate, minimal));
      }),
      { numRuns: RUNS },
    );
  });

  it('on inputs that are not strings at all', () => {
    for (const input of [undefined, null, 42, {}] as unknown as string[]) {
      expect(loadScenario(input).ok).toBe(false);
    }
  });
});
