// Files beyond any real scenario are refused at once, with a message that names the limit and where it is passed;
// the shipped scenarios stay well inside every limit. "Did you mean" and the messages stay small whatever a file holds.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LIMITS, SHIPPED_UNDER } from '../../src/scenarios/limits';
import { allProblems, loadScenario } from '../../src/scenarios/loader';
import { closest } from '../../src/scenarios/suggest';
import { fixture, lines } from './helpers';

const dir = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const shipped = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));
const idlib = () => JSON.parse(readFileSync(dir + 'idlib-2021.json', 'utf8'));

/** Loads and times a file: a refusal by size must come at once, not after the checks a real file gets. */
function timed(text: string) {
  // "At once" is under 2 s: such files took 22 s to accept before there were limits, and the shared machine's load
  // can stretch a few hundred milliseconds of work several times over.
  const t = performance.now();
  const report = loadScenario(text, 'big.json');
  return { report, ms: performance.now() - t };
}

describe('limits on the size of a scenario file', () => {
  it.each(shipped)('%s stays within half of every limit', (file) => {
    const text = readFileSync(dir + file, 'utf8');
    const value = JSON.parse(text);
    expect(text.length).toBeLessThan(LIMITS.fileCharacters / 2);
    // The refusal of a file too long quotes this figure to its author.
    expect(text.length).toBeLessThan(SHIPPED_UNDER);
    expect(value.turns).toBeLessThan(LIMITS.turns / 2);
    let deepest = 0;
    let longest = 0;
    const walk = (v: unknown, depth: number, top?: string): void => {
      deepest = Math.max(deepest, depth);
      if (typeof v === 'string') longest = Math.max(longest, v.length);
      else if (Array.isArray(v)) {
        const most = top !== undefined && depth === 1 ? (LIMITS.lists[top] ?? LIMITS.otherList) : LIMITS.otherList;
        expect(v.length, `${top ?? ''} in ${file}`).toBeLessThan(most / 2);
        v.forEach((x) => walk(x, depth + 1));
      } else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, depth + 1, depth === 0 ? k : undefined);
    };
    walk(value, 0);
    expect(deepest).toBeLessThan(LIMITS.nesting / 2);
    expect(longest).toBeLessThan(LIMITS.text / 2);
  });

  const withExtraActors = (n: number) => {
    const s = idlib();
    const extra = s.actors.find((a: { id: string }) => a.id === 'TUR');
    for (let i = 0; i < n; i++) s.actors.push({ ...extra, id: `X${i}`, name: `Extra ${i}` });
    return JSON.stringify(s, null, 2);
  };

  it('a file of a hundred more actors is refused at once, naming the list and the limit', () => {
    const { report, ms } = timed(withExtraActors(100));
    expect(report.ok).toBe(false);
    const [only, ...rest] = allProblems(report);
    expect(rest).toEqual([]);
    expect(only!.path).toBe('actors');
    expect(only!.message).toMatch(/^This list has 108 items; actors may list at most 32\./);
    expect(ms, 'refused at once').toBeLessThan(2000);
  });

  it('a file of a thousand more actors (over 2 MB) is refused by its size alone', () => {
    const { report, ms } = timed(withExtraActors(1000));
    expect(lines(report)).toEqual([expect.stringMatching(/^error 1:1 {2}\| The file is \d,\d{3},\d{3} characters long/)]);
    expect(ms, 'refused at once').toBeLessThan(2000);
  });

  it('a file over the size limit is refused before it is read', () => {
    const s = idlib();
    s.summary = 'x'.repeat(LIMITS.fileCharacters);
    const { report, ms } = timed(JSON.stringify(s));
    expect(lines(report)).toEqual([expect.stringMatching(/^error 1:1 {2}\| The file is 1,0\d\d,\d\d\d characters long; a scenario may be at most 1,000,000/)]);
    expect(ms, 'refused at once').toBeLessThan(2000);
  });

  it('a text or a list beyond its limit is named with its place', () => {
    const s = idlib();
    s.events[2].title = 'y'.repeat(LIMITS.text + 1);
    s.events[3].choices = Array.from({ length: LIMITS.otherList + 1 }, () => s.events[3].choices?.[0] ?? {});
    s.turns = LIMITS.turns + 1;
    const found = lines(loadScenario(JSON.stringify(s, null, 2)));
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^error \d+:\d+ turns \| A game of 101 turns: a scenario may have at most 100\.$/),
        expect.stringMatching(/^error \d+:\d+ events\[2\]\.title \| This text is 4,001 characters long; a text may be at most 4,000\.$/),
        expect.stringMatching(/^error \d+:\d+ events\[3\]\.choices \| This list has 201 items; a list may hold at most 200 items\./),
      ]),
    );
  });

  it('nesting thousands deep is a mistake in the file, with its line, not a fault in the game', () => {
    const s = JSON.stringify(idlib(), null, 2).replace('"summary": ', `"summary": ${'['.repeat(50_000)}`);
    const report = loadScenario(s, 'deep.json');
    const problems = allProblems(report);
    expect(problems.map((p) => p.stage)).toEqual(['syntax']);
    expect(problems[0]!.message).toMatch(/^Lists and objects are nested more than 32 deep here/);
    expect(problems[0]!.line).toBe(s.slice(0, s.indexOf('"summary"')).split('\n').length);
  });
});

describe('"did you mean" and messages on huge values', () => {
  it('a very long word is never compared letter by letter', () => {
    const t = performance.now();
    expect(closest('R'.repeat(5_000_000), ['RUS', 'R'.repeat(4_999_999)])).toBeUndefined();
    // Comparing them letter by letter took 39 s and ran out of memory; under 2 s, whatever the machine's load, is not that.
    expect(performance.now() - t).toBeLessThan(2000);
    expect(closest('CHNA', ['RUS', 'CHN'])).toBe('CHN');
  });

  it('an unknown id of thousands of letters is quoted in short', () => {
    const s = idlib();
    s.ties[0].b = 'Q'.repeat(3_000);
    const report = loadScenario(JSON.stringify(s, null, 2));
    const message = allProblems(report).find((p) => p.path === 'ties[0].b')!.message;
    expect(message).toMatch(/^ties\[0\]\.b names the actor 'Q{47}… \(3,000 characters\)', but there is no actor with that id/);
    expect(message.length).toBeLessThan(300);
  });
});

describe('a byte-order mark', () => {
  it('does not move the columns of line 1', () => {
    const text = fixture('broken/missing-comma.json').replace(/^\{/, '{"formatVersion" 3,');
    const plain = allProblems(loadScenario(text)).map((p) => `${p.line}:${p.column}`);
    const marked = allProblems(loadScenario('\uFEFF' + text)).map((p) => `${p.line}:${p.column}`);
    expect(plain[0]).toMatch(/^1:/);
    expect(marked).toEqual(plain);
  });
});
