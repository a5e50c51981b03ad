// A save records the version of the game's rules it was played under. When its decisions no longer lead to the game
// it records, that version tells a save from before a change of rules (refused as such) from an altered one.
import { describe, expect, it } from 'vitest';
import { RULES_VERSION, stateHash } from '../../src/engine';
import { readSave, type SaveProblem } from '../../src/persistence';
import { forge, played, saveOf, scenarios } from './support';

const read = (text: string) => readSave(text, scenarios);
const refusal = (text: string): SaveProblem[] => {
  const r = read(text);
  if (r.ok) throw new Error('the save was accepted');
  return r.errors;
};

describe('the version of the rules in a save', () => {
  const game = played('eastern-axis-2021', 'rules-version', 3);
  const save = saveOf(game);

  it('is written as the current one', () => {
    expect(save.rulesVersion).toBe(RULES_VERSION);
  });

  it('a save from other rules whose game still replays the same loads', () => {
    const r = read(forge(save, (s) => void (s.rulesVersion = RULES_VERSION + 1)));
    expect(r.ok && stateHash(r.value.game)).toBe(stateHash(game));
  });

  it('a save from other rules whose game now replays differently is refused for that, not called altered', () => {
    const problems = refusal(forge(save, (s) => void Object.assign(s, { rulesVersion: RULES_VERSION + 1, stateHash: '0123456789abcdef' })));
    expect(problems).toEqual([expect.objectContaining({ code: 'other-rules', path: 'rulesVersion' })]);
    expect(problems[0]!.message).toContain(`version ${RULES_VERSION + 1} of the game's rules`);
  });

  it('a save from the earlier rules (before treaties had terms) that replays differently is refused as such', () => {
    const problems = refusal(forge(save, (s) => void Object.assign(s, { rulesVersion: RULES_VERSION - 1, stateHash: '0123456789abcdef' })));
    expect(problems).toEqual([expect.objectContaining({ code: 'other-rules', path: 'rulesVersion' })]);
    expect(problems[0]!.message).toContain(`made under version ${RULES_VERSION - 1} of the game's rules, and this version of Bowstring plays by version ${RULES_VERSION}`);
  });

  it('under the same rules, a game that replays differently was altered', () => {
    expect(refusal(forge(save, (s) => void (s.stateHash = '0123456789abcdef')))).toEqual([expect.objectContaining({ code: 'hash-mismatch' })]);
  });

  it('a rules version that is not a whole number from 1 is refused by path', () => {
    for (const bad of [0, 1.5, '1', null]) expect(refusal(forge(save, (s) => void Object.assign(s, { rulesVersion: bad })))).toEqual([expect.objectContaining({ code: 'bad-field', path: 'rulesVersion' })]);
  });
});
