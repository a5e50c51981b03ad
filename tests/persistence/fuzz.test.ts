// Damaged saves, generated: whatever is done to a save's text, reading it never throws, and a save whose content
// changed is always refused with a message. The only changes let through are those that leave the content
// as it was (spacing, the spelling of a number), and then the game loads identical.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, stateHash } from '../../src/engine';
import { readSave, type SaveProblem } from '../../src/persistence';
import { asV0, played, saveOf, scenarios, textOf } from './support';

const game = played('eastern-axis-2021', 'fuzz', 3);
const TEXT = textOf(game, ['RUS', 'CHN']).trimEnd();
const ORIGINAL = canonicalJson(JSON.parse(TEXT));
const HASH = stateHash(game);

/** Read, and fail the property if reading throws; a refusal must carry at least one real sentence. */
function read(text: string) {
  const result = readSave(text, scenarios);
  if (!result.ok) {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const p of result.errors) expectSentence(p);
  }
  return result;
}
const expectSentence = (p: SaveProblem) => {
  expect(typeof p.message).toBe('string');
  expect(p.message.length).toBeGreaterThan(20);
};

/** If a changed text is accepted, it must be because its content did not change. */
function acceptedOnlyIfUnchanged(text: string): void {
  const result = read(text);
  if (result.ok) {
    expect(canonicalJson(JSON.parse(text))).toBe(ORIGINAL);
    expect(stateHash(result.value.game)).toBe(HASH);
  }
}

/** Every leaf of a JSON value, by path. */
function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [path];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return entries.length === 0 ? [path] : entries.flatMap(([k, v]) => leaves(v, [...path, k]));
}
const LEAVES = leaves(JSON.parse(TEXT)).filter((p) => p.length > 0);

function setAt(root: unknown, path: (string | number)[], value: unknown): void {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
}

describe('damaged saves', () => {
  it('any text at all is refused with a message, never a throw', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(read(text).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('any JSON that is not a save is refused with a message', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        expect(read(JSON.stringify(value)).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('a save cut short anywhere is refused', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: TEXT.length - 1 }), (length) => {
        expect(read(TEXT.slice(0, length)).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('one character changed, added or removed anywhere: refused, unless the content is the same', () => {
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('replace' as const), at: fc.nat(TEXT.length - 1), char: fc.string({ minLength: 1, maxLength: 1 }) }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(TEXT.length), char: fc.string({ minLength: 1, maxLength: 1 }) }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat(TEXT.length - 1), char: fc.constant('') }),
    );
    fc.assert(
      fc.property(edit, ({ kind, at, char }) => {
        const text = TEXT.slice(0, at) + (kind === 'delete' ? '' : char) + TEXT.slice(kind === 'insert' ? at : at + 1);
        acceptedOnlyIfUnchanged(text);
      }),
      { numRuns: 1500 },
    );
  });

  it('any field set to any other value is refused', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LEAVES), fc.jsonValue({ maxDepth: 2 }), (path, value) => {
        const save = JSON.parse(TEXT) as unknown;
        setAt(save, path, value);
        const text = JSON.stringify(save);
        fc.pre(canonicalJson(JSON.parse(text)) !== ORIGINAL);
        expect(read(text).ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('any field of a version-0 save set to any other value is refused, except its date, which only it records', () => {
    const v0 = asV0(game, 'RUS');
    const v0Leaves = leaves(v0).filter((p) => p.length > 0 && p[0] !== 'time');
    fc.assert(
      fc.property(fc.constantFrom(...v0Leaves), fc.jsonValue({ maxDepth: 2 }), (path, value) => {
        const save = structuredClone(v0) as unknown;
        setAt(save, path, value);
        fc.pre(canonicalJson(save) !== canonicalJson(v0));
        // Version 0 had no checksum: only what replay can see is guarded, so the side may change to another playable one.
        const result = read(JSON.stringify(save));
        if (result.ok) expect(path).toEqual(['side']);
      }),
      { numRuns: 500 },
    );
  });

  it('the undamaged save still loads (the properties above are not vacuous)', () => {
    const result = read(TEXT);
    expect(result.ok && stateHash(result.value.game)).toBe(HASH);
    expect(saveOf(game).stateHash).toBe(HASH);
  });
});
