// A save records the version of the game's rules it was played under. When its decisions no longer lead to the game
// it records, that version tells a save from before a change of rules (refused as such) from an altered one.
import { describe, expect, it } from 'vitest';
import { RULES_THAT_CHANGED_THE_STATE, RULES_VERSION, byActors, hashesApartFrom, stateHash } from '../../src/engine';
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

  it('loads when it is the current one', () => {
    const r = read(forge(save, () => {}));
    expect(r.ok && stateHash(r.value.game)).toBe(stateHash(game));
  });

  it('a save claiming rules this game does not have (a later version) is refused for that, whether or not it replays', () => {
    for (const claimed of [RULES_VERSION + 1, 99]) {
      for (const edit of [{}, { stateHash: '0123456789abcdef' }]) {
        const problems = refusal(forge(save, (s) => void Object.assign(s, { rulesVersion: claimed, ...edit })));
        expect(problems).toEqual([expect.objectContaining({ code: 'newer-rules', path: 'rulesVersion' })]);
        expect(problems[0]!.message).toContain(`made under version ${claimed} of the game's rules, but this version of Bowstring plays by version ${RULES_VERSION}`);
      }
    }
  });

  it('a save claiming earlier rules whose game replays exactly under these is refused: its replay contradicts it', () => {
    // The versions before the last change of what a state holds: their games never hash like one played now.
    for (const claimed of [1, RULES_THAT_CHANGED_THE_STATE.at(-1)! - 1]) {
      const problems = refusal(forge(save, (s) => void (s.rulesVersion = claimed)));
      expect(problems).toEqual([expect.objectContaining({ code: 'rules-contradicted', path: 'rulesVersion' })]);
      expect(problems[0]!.message).toContain(`made under version ${claimed} of the game's rules, but it replays exactly`);
    }
  });

  // The earlier versions since the last change of what a state holds (none when the current one made that change).
  const since = Array.from({ length: RULES_VERSION - RULES_THAT_CHANGED_THE_STATE.at(-1)! }, (_, i) => RULES_THAT_CHANGED_THE_STATE.at(-1)! + i);
  it.skipIf(since.length === 0)('a save claiming rules since the last change of state that replays exactly is taken: nothing tells the two apart (skipped when the current rules made that change)', () => {
    for (const claimed of since) expect(read(forge(save, (s) => void (s.rulesVersion = claimed))).ok).toBe(true);
  });

  it('every game’s state holds what the last change of state added (trust’s evidence), so earlier games hash apart', () => {
    expect(RULES_THAT_CHANGED_THE_STATE.at(-1)).toBe(3);
    expect(Object.keys(byActors(game.scenario, game.evidence)).length).toBe(game.scenario.actors.length);
    expect([1, 2].map(hashesApartFrom)).toEqual([true, true]);
    expect(hashesApartFrom(RULES_VERSION)).toBe(false);
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
