// Saves of a lesson's game keep its rules (a shorter game, a temperament), so a loaded game is the same game, ends on
// the same turn and rewinds the same; version-1 saves, written before lessons had rules, load as games without them;
// rules that no game could have are refused by path with a sentence.
import { describe, expect, it } from 'vitest';
import { applyDecisions, lastTurn, stateHash, type GameState } from '../../src/engine';
import { describeProblems, readSave, replay, rewindTo, SAVE_VERSION, writeSave, type SaveProblem } from '../../src/persistence';
import { asV0, asV1, forge, played, saveOf, scenario, scenarios, textOf } from './support';

const LESSON = { turns: 3, temperament: 'hawkish' } as const;

const loaded = (text: string) => {
  const read = readSave(text, scenarios);
  if (!read.ok) throw new Error(describeProblems(read.errors));
  return read.value;
};
const refusal = (text: string): SaveProblem[] => {
  const read = readSave(text, scenarios);
  if (read.ok) throw new Error('the save was accepted');
  return read.errors;
};

describe('a lesson’s game in a save', () => {
  const finished = played('alliance-question-2020', 'lesson', undefined, LESSON);
  const midway = played('alliance-question-2020', 'lesson', 1, LESSON);

  it('the lesson is shorter than the scenario, and the game stopped where the lesson said', () => {
    expect(scenario('alliance-question-2020').turns).toBeGreaterThan(LESSON.turns);
    expect(finished.rules).toEqual(LESSON);
    expect(finished.log).toHaveLength(LESSON.turns);
    expect(finished.ending).toMatchObject({ reason: 'last-turn', turn: LESSON.turns });
  });

  it('writes the rules and reads them back: the same game, the same file', () => {
    const text = textOf(finished);
    expect(JSON.parse(text)).toMatchObject({ version: SAVE_VERSION, rules: LESSON });
    const read = loaded(text);
    expect(read.game.rules).toEqual(LESSON);
    expect(stateHash(read.game)).toBe(stateHash(finished));
    expect(read.game.ending).toEqual(finished.ending);
    expect(writeSave(saveOf(read.game))).toBe(text);
  });

  it('a game saved midway, loaded, still ends after the lesson’s turns', () => {
    const read = loaded(textOf(midway));
    expect(lastTurn(read.game)).toBe(LESSON.turns);
    let game: GameState = read.game;
    for (const record of finished.log.slice(midway.log.length)) {
      const next = applyDecisions(game, record.decisions);
      if (!next.ok) throw new Error(JSON.stringify(next.errors));
      game = next.value;
    }
    expect(game.ending).toMatchObject({ reason: 'last-turn', turn: LESSON.turns });
    expect(stateHash(game)).toBe(stateHash(finished));
  });

  it('a plain game saves no rules, and its hash is what it always was', () => {
    const plain = played('alliance-question-2020', 'lesson', 2);
    expect(JSON.parse(textOf(plain)).rules).toEqual({});
    expect(loaded(textOf(plain)).game.rules).toBeUndefined();
  });

  it('the rules are what the replay is played by: without them the same decisions do not reach the recorded game', () => {
    // Another temperament starts other crises, so the recorded answers may not even fit the turn they were made in.
    const stripped = forge(saveOf(midway), (s) => (s.rules = {}));
    expect(refusal(stripped)[0]!.code).toMatch(/^(hash-mismatch|illegal-decisions)$/);
    const calmer = forge(saveOf(midway), (s) => (s.rules = { turns: 3, temperament: 'calm' }));
    expect(refusal(calmer)[0]!.code).toMatch(/^(hash-mismatch|illegal-decisions)$/);
    // The length alone leaves every turn as it was, and still the game is another: it ends elsewhere.
    const full = forge(saveOf(midway), (s) => (s.rules = { temperament: 'hawkish' }));
    expect(refusal(full).map((p) => p.code)).toEqual(['hash-mismatch']);
    // A finished lesson has no more turns to replay: the scenario's full length would ask for more decisions.
    const longer = forge(saveOf(finished), (s) => s.decisions.push({}));
    expect(refusal(longer)[0]).toMatchObject({ code: 'too-many-decisions', message: expect.stringContaining("the lesson's 3 turns were played") });
  });

  it('rewinding rebuilds by the game’s rules', () => {
    const earlier = rewindTo(finished, 2);
    if (!earlier.ok) throw new Error(describeProblems(earlier.errors));
    expect(earlier.value.rules).toEqual(LESSON);
    const direct = replay(finished.scenario, finished.seed, finished.log.slice(0, 1).map((r) => r.decisions), LESSON);
    expect(direct.ok && stateHash(direct.value)).toBe(stateHash(earlier.value));
    const plain = replay(finished.scenario, finished.seed, finished.log.slice(0, 1).map((r) => r.decisions));
    expect(plain.ok && stateHash(plain.value)).not.toBe(stateHash(earlier.value));
  });
});

describe('saves from before lessons had rules', () => {
  const game = played('eastern-axis-2021', 'v1', 4);

  it('a version-1 save upgrades to a game with no rules, the same game', () => {
    const read = loaded(JSON.stringify(asV1(game, ['RUS', 'CHN'])));
    expect(read.upgradedFrom).toBe(1);
    expect(read.save).toMatchObject({ version: SAVE_VERSION, rules: {}, rulesVersion: 1, players: ['RUS', 'CHN'], savedAt: '2025-03-01T09:00:00.000Z' });
    expect(read.game.rules).toBeUndefined();
    expect(stateHash(read.game)).toBe(stateHash(game));
    // Written again, it is a current save, identical to one written now but for the rules it was made under.
    expect(writeSave(read.save)).toBe(forge(saveOf(game, ['RUS', 'CHN']), (s) => void (s.rulesVersion = 1)));
  });

  it('a version-0 save still climbs the whole chain', () => {
    const read = loaded(JSON.stringify(asV0(game, 'CHN')));
    expect(read.upgradedFrom).toBe(0);
    expect(read.save.rules).toEqual({});
    expect(stateHash(read.game)).toBe(stateHash(game));
  });

  it('a damaged version-1 save is refused in its own terms', () => {
    const edited = { ...asV1(game), players: ['CHN'] };
    expect(refusal(JSON.stringify(edited))).toEqual([expect.objectContaining({ code: 'checksum', path: 'checksum' })]);
    // Version 1 had no rules: a version-1 save that has them was not written by any game.
    const withRules = { ...asV1(game), rules: LESSON };
    expect(refusal(JSON.stringify(withRules))[0]).toMatchObject({ code: 'bad-field', path: 'rules', message: "The save has a field 'rules' that saves do not have." });
  });
});

describe('bad rules in a save are refused, each with what is wrong', () => {
  const save = saveOf(played('sino-soviet-1950', 'bad-rules', 2, { turns: 5 }));

  it.each([
    ['a turn count of nought', { turns: 0 }, 'rules.turns', 'a whole number, at least 1, got 0'],
    ['half a turn', { turns: 2.5 }, 'rules.turns', 'got 2.5'],
    ['turns as text', { turns: '5' }, 'rules.turns', 'got "5"'],
    ['an unknown temperament', { temperament: 'furious' }, 'rules.temperament', 'one of calm, normal, hawkish, got "furious"'],
    ['a rule no game has', { turns: 5, speed: 2 }, 'rules.speed', "nothing else, not 'speed'"],
    ['rules that are not an object', [5], 'rules', 'must be an object'],
    ['no rules at all', null, 'rules', 'got null'],
  ])('%s', (_what, rules, path, words) => {
    const problems = refusal(forge(save, (s) => (s.rules = rules as never)));
    expect(problems).toEqual([expect.objectContaining({ code: 'bad-field', path, message: expect.stringContaining(words) })]);
  });

  it('a missing rules field', () => {
    const { rules: _rules, ...rest } = save;
    expect(refusal(JSON.stringify(rest))).toEqual([expect.objectContaining({ code: 'bad-field', message: "The save is missing the field 'rules'." })]);
  });

  it('a lesson longer than its scenario', () => {
    const long = scenario('sino-soviet-1950').turns + 1;
    const problems = refusal(forge(save, (s) => (s.rules = { turns: long })));
    expect(problems).toEqual([
      expect.objectContaining({ code: 'bad-rules', path: 'rules.turns', message: expect.stringContaining(`asks for ${long} turns, but 'The 1950 alliance and the Sino-Soviet split`) }),
    ]);
  });

  it('replay itself refuses rules the engine cannot play, rather than throwing', () => {
    const s = scenario('sino-soviet-1950');
    const bad = replay(s, 'x', [], { temperament: 'furious' as never });
    expect(!bad.ok && bad.errors).toEqual([expect.objectContaining({ code: 'bad-rules', path: 'rules.temperament' })]);
    expect(replay(s, 'x', [], { turns: 1 }).ok).toBe(true);
  });
});
