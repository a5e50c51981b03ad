import { nameOf } from '../../src/i18n/engineWords';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { POSTURES, RULES_THAT_CHANGED_THE_STATE, RULES_VERSION, SUPPORT_LEVELS, hashValue, legalOptions, legalPostures, lookup, newGame, type SupportLevel } from '../../src/engine';
import { RESULT_FORMAT, computerPlayers, makeResult, resultFileName, verifyResult, writeResult, type ClassSettings, type ResultV1, type ResultV2 } from '../../src/classroom';
import { lookaheadOthers } from '../../src/machine/others';
import { makeSave, rewindTo, writeSave } from '../../src/persistence';
import { RUS_ONLY, SAVED_AT, forge, playedInClass, resultOf, scenario, scenarios } from './support';

const ID = 'alliance-question-2020';
const finished = playedInClass(ID, 'lesson');
const result = resultOf(finished);
const text = writeResult(result);
// One memo for the whole file, as one class report has: the same positions come back in many forged files.
const computer = computerPlayers();
const verify = (t: unknown) => verifyResult(t, scenarios, computer);
const flagged = (t: unknown) => {
  const v = verify(t);
  expect(v.ok).toBe(false);
  return v.ok ? [] : v.errors;
};
const name = (id: string) => nameOf(scenario(ID), id);

describe('result files', () => {
  it('of a finished game verify by replay', () => {
    expect(result).toMatchObject({ format: RESULT_FORMAT, version: 3, rewinds: [], rulesVersion: RULES_VERSION, player: 'Ada', sides: ['RUS'], turns: finished.log.length, ending: finished.ending });
    const v = verify(text);
    expect(v.ok).toBe(true);
    if (v.ok) expect(v.value.result).toEqual(result);
    expect(resultFileName(resultOf(finished, 'Zoë O’Neil, 9B'))).toBe('bowstring-result-alliance-question-2020-zoe-o-neil-9b.json');
  });

  it('of a game stopped early, of a hot-seat pair and of a student choosing freely, verify too', () => {
    const early: ClassSettings = { side: 'free', advisor: false, turns: 6 };
    const stopped = resultOf(playedInClass('afghanistan-2001', 's', { sides: ['CHN'], settings: early, stopAfter: 4 }), 'Bo', ['CHN'], early);
    expect(stopped.ending).toBeNull();
    expect(verify(writeResult(stopped)).ok).toBe(true);
    const hotseat: ClassSettings = { side: 'hotseat', advisor: true, temperament: 'calm' };
    const pair = resultOf(playedInClass('sino-soviet-1950', 'h', { sides: ['RUS', 'CHN'], settings: hotseat }), 'Ann & Bob', ['RUS', 'CHN'], hotseat);
    expect(verify(writeResult(pair)).ok).toBe(true);
    // The people's own decisions are free: any legal choices at all verify.
    const free = resultOf(playedInClass('idlib-2021', 'free', { student: 'random' }), 'Cy');
    expect(free.decisions.some((d) => Object.keys(d.RUS?.postures ?? {}).length > 0)).toBe(true);
    expect(verify(writeResult(free)).ok).toBe(true);
    // A student in crises of its own: it leaves partners out of its calls, and the computer answers only the calls made.
    const china: ClassSettings = { side: 'CHN', advisor: true };
    const own = resultOf(playedInClass('alliance-question-2020', 'own', { sides: ['CHN'], settings: china, student: 'random' }), 'Di', ['CHN'], china);
    const left = own.decisions.filter((d) => Object.entries(d.CHN?.calls ?? {}).length > 0);
    console.log(`own crises: calls chosen on ${left.length} of ${own.decisions.length} turns`);
    expect(left.length).toBeGreaterThan(0);
    expect(verify(writeResult(own)).ok).toBe(true);
  });

  it('are replayed under the lesson’s rules: its turn count and temperament', () => {
    const lesson: ClassSettings = { side: 'RUS', advisor: true, turns: 5, temperament: 'hawkish' };
    const short = playedInClass('sino-soviet-1950', 'rules', { settings: lesson });
    expect(short.ending).toMatchObject({ reason: 'last-turn', turn: 5 });
    const file = resultOf(short, 'Di', ['RUS'], lesson);
    expect(verify(writeResult(file)).ok).toBe(true);
    // The same decisions claimed for a lesson with other rules do not lead to the same game.
    const wrong = ['student-moves', 'computer-moves', 'illegal-decisions', 'hash-mismatch', 'ending-mismatch'];
    expect(wrong).toContain(flagged(forge(file, (r) => void delete r.options.temperament))[0]!.code);
    expect(wrong).toContain(flagged(forge(file, (r) => void (r.options.temperament = 'calm')))[0]!.code);
    expect(wrong).toContain(flagged(forge(file, (r) => void delete r.options.turns))[0]!.code);
    // A game played without the rules, handed in as if under them.
    const plain = resultOf(playedInClass('sino-soviet-1950', 'rules', { stopAfter: 5 }), 'Di', ['RUS'], lesson);
    expect(wrong).toContain(flagged(writeResult(plain))[0]!.code);
  });

  it('whose computer players’ moves were edited and sealed again are flagged, naming the turn and the actor', () => {
    const computerSide = (actor: string) => actor !== 'RUS';
    // An answer to a call changed: a computer partner made to stand by a side it would have left alone, or the reverse.
    const t = finished.log.findIndex((r) => Object.entries(r.decisions).some(([a, d]) => computerSide(a) && Object.keys(d.answers ?? {}).length > 0));
    expect(t, 'a computer actor answered a call in the game').toBeGreaterThanOrEqual(0);
    const [actor, decision] = Object.entries(finished.log[t]!.decisions).find(([a, d]) => computerSide(a) && Object.keys(d.answers ?? {}).length > 0)!;
    const [call, level] = Object.entries(decision.answers!)[0]!;
    const other = SUPPORT_LEVELS.find((l) => l !== level)! as SupportLevel;
    const answered = flagged(forge(result, (r) => void (r.decisions[t]![actor]!.answers![call] = other)));
    expect(answered).toHaveLength(1);
    expect(answered[0]).toMatchObject({ code: 'computer-moves', path: `decisions[${t}].${actor}` });
    expect(answered[0]!.message.startsWith(`On turn ${t + 1} the file says ${name(actor)} answered `)).toBe(true);
    expect(answered[0]!.message).toMatch(/the call from .+ in the crisis in .+ with .+, but the computer would have (answered with (opposition|neutrality|diplomatic support|full support)|left it unanswered)\. /);
    expect(answered[0]!.message).toContain('the rest of the file replays exactly to the game it records: the computer’s moves were edited.');
    console.log(`flagged: ${answered[0]!.message}`);

    // A posture changed on the first turn, where every posture is allowed.
    const start = newGame(scenario(ID), 'lesson');
    const mover = scenario(ID).actors.map((a) => a.id).find((a) => computerSide(a))!;
    const toward = scenario(ID).actors.map((a) => a.id).find((o) => o !== mover && legalPostures(start, mover, o).length === 3)!;
    const had = result.decisions[0]![mover]!.postures?.[toward] ?? start.postures[mover]![toward]!;
    const posture = flagged(forge(result, (r) => void (r.decisions[0]![mover]!.postures = { ...r.decisions[0]![mover]!.postures, [toward]: POSTURES.find((p) => p !== had)! })));
    expect(posture[0]).toMatchObject({ code: 'computer-moves', path: `decisions[0].${mover}`, message: expect.stringContaining(`On turn 1 the file says ${name(mover)} chose to`) });
    expect(posture[0]!.message).toContain(`toward ${name(toward)}`);

    // A computer actor's decisions left out altogether.
    expect(flagged(forge(result, (r) => void delete r.decisions[0]![mover]))[0]).toMatchObject({ code: 'computer-moves', message: expect.stringContaining(`leaves out what ${name(mover)}`) });
  });

  it('whose student’s own decision was edited and sealed again are flagged as the student’s, not as a computer power’s move', () => {
    // The student's answer to a call on the first turn it answered one, changed: the game the computer then meets
    // is no longer the one the file's later moves were made in.
    const t = finished.log.findIndex((r) => Object.keys(r.decisions.RUS?.answers ?? {}).length > 0);
    expect(t, 'the student answered a call in the game').toBeGreaterThanOrEqual(0);
    expect(t, 'turns are left after it for the computer to meet').toBeLessThan(finished.log.length - 2);
    const [call, level] = Object.entries(finished.log[t]!.decisions.RUS!.answers!)[0]!;
    const answer = forge(result, (r) => void (r.decisions[t]!.RUS!.answers![call] = (level === 3 ? 0 : 3) as SupportLevel));
    const problems = flagged(answer);
    console.log(`the student's answer on turn ${t + 1} edited: ${problems[0]!.code}: ${problems[0]!.message}`);
    expect(problems).toEqual([expect.objectContaining({ code: 'student-moves', path: 'decisions' })]);
    expect(problems[0]!.message).toMatch(/^Replayed from the start, the student’s decisions do not lead to the game this file records\. On turn \d+ the file says /);
    expect(problems[0]!.message).toMatch(/the student’s decisions on turn \d+ or before \(or the lesson’s settings\) were edited\.$/);
  });

  it('are checked against the computer once per position, however many files pass through it', () => {
    let runs = 0;
    const counted = computerPlayers((game, sides) => (runs++, lookaheadOthers(game, sides)));
    expect(verifyResult(text, scenarios, counted).ok).toBe(true);
    expect(runs).toBe(result.turns);
    expect(verifyResult(writeResult({ ...result }), scenarios, counted).ok).toBe(true);
    expect(runs, 'the second file met only positions already decided').toBe(result.turns);
    expect(counted.counts).toEqual({ decided: result.turns, remembered: result.turns });
    // The same position with other people at the table is another question for the computer.
    const pair = resultOf(playedInClass(ID, 'lesson', { sides: ['RUS', 'CHN'], settings: { side: 'hotseat', advisor: true } }), 'Ann & Bob', ['RUS', 'CHN'], { side: 'hotseat', advisor: true });
    expect(verifyResult(writeResult(pair), scenarios, counted).ok).toBe(true);
    expect(runs).toBeGreaterThan(result.turns);
  });

  it('edited by hand are flagged by their checksum', () => {
    expect(flagged(text.replace(/"RUS": (\d)/, '"RUS": 9$1'))[0]!.code).toBe('checksum');
  });

  it('edited and sealed again are flagged by replay, with the right reason', () => {
    // A changed decision early on makes the rest of the log illegal; one on the last turn leads elsewhere.
    const other = Object.keys(finished.postures.RUS!)[0]!;
    const held = finished.log[0]!.decisions.RUS!.postures?.[other] ?? lookup(scenario('alliance-question-2020')).start.RUS![other]!;
    const early = forge(result, (r) => {
      r.decisions[0]!.RUS!.postures = { ...r.decisions[0]!.RUS!.postures, [other]: POSTURES.find((p) => p !== held)! };
    });
    // Later turns then meet positions the computer would have played differently: flagged as the student's edit, never as the computer's.
    expect(['hash-mismatch', 'illegal-decisions', 'student-moves']).toContain(flagged(early)[0]!.code);
    const last = finished.log.length - 1;
    const before = rewindTo(finished, last + 1);
    if (!before.ok) throw new Error('rewind failed');
    const legal = legalOptions(before.value, 'RUS').postures;
    const free = Object.keys(legal).find((o) => legal[o]!.length === 3)!;
    const wasLast = finished.log[last]!.decisions.RUS!.postures?.[free] ?? before.value.postures.RUS![free]!;
    const late = forge(result, (r) => {
      r.decisions[last]!.RUS!.postures = { ...r.decisions[last]!.RUS!.postures, [free]: POSTURES.find((p) => p !== wasLast)! };
    });
    expect(flagged(late)[0]).toMatchObject({ code: 'hash-mismatch', path: 'finalStateHash', message: expect.stringContaining('decisions or its hash were edited') });
    expect(flagged(forge(result, (r) => void (r.score.RUS! += 10)))[0]).toMatchObject({ code: 'score-mismatch', path: 'score.RUS', message: expect.stringContaining('the score was edited') });
    expect(flagged(forge(result, (r) => void (r.finalStateHash = '0123456789abcdef')))[0]!.code).toBe('hash-mismatch');
    expect(flagged(forge(result, (r) => void (r.score.CHN = 99)))[0]!.code).toBe('score-mismatch');
    expect(flagged(forge(result, (r) => void (r.ending = null)))[0]!.code).toBe('ending-mismatch');
    expect(flagged(forge(result, (r) => void (r.decisions.push({}), r.turns++)))[0]!.code).toBe('too-many-decisions');
    expect(flagged(forge(result, (r) => void (r.decisions[0]!.RUS!.answers = { 'no-such-call': 3 })))[0]!.code).toBe('illegal-decisions');
    expect(flagged(forge(result, (r) => void (r.sides = ['USA'])))[0]!.code).toBe('bad-sides');
    expect(flagged(forge(result, (r) => void (r.options.side = 'CHN')))[0]!.code).toBe('bad-sides');
    // A shorter lesson claimed afterwards: the game would have ended sooner, and the computer, planning to that end,
    // may already have played otherwise. Either is caught.
    expect(['too-many-decisions', 'student-moves']).toContain(flagged(forge(result, (r) => void (r.options.turns = 3)))[0]!.code);
  });

  it('of another scenario, or another version of it, are flagged', () => {
    expect(flagged(forge(result, (r) => void (r.scenarioId = 'idlib-2021')))[0]!.code).toBe('scenario-changed');
    expect(flagged(forge(result, (r) => void (r.scenarioId = 'atlantis')))[0]!.code).toBe('unknown-scenario');
    const edited = scenarios.map((s) => (s.id === result.scenarioId ? { ...s, hash: 'ffffffffffffffff' } : s));
    expect(verifyResult(text, edited, computer)).toMatchObject({ ok: false, errors: [{ code: 'scenario-changed' }] });
  });

  it('that are damaged or not results at all are refused, shape problems by path', () => {
    expect(flagged('')[0]!.code).toBe('empty');
    expect(flagged(text.slice(0, 200))[0]!.code).toBe('truncated');
    expect(flagged('nonsense')[0]!.code).toBe('not-json');
    expect(flagged(writeSave(makeSave(finished, ['RUS'], result.savedAt)))[0]).toMatchObject({ code: 'not-a-result', message: expect.stringContaining('saved game') });
    expect(flagged(forge(result, (r) => void (r.version = 4 as 3)))[0]!.code).toBe('newer-version');
    expect(flagged(forge(result, (r) => void (r.version = 0 as 3)))[0]!.code).toBe('unknown-version');
    const bad = JSON.parse(text);
    bad.decisions[1].RUS.postures = { USA: 'friend' };
    bad.score = { RUS: 'lots' };
    bad.turns = 2;
    bad.extra = true;
    delete bad.player;
    const paths = flagged(JSON.stringify(bad)).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['', 'extra', 'decisions[1].RUS.postures.USA', 'score.RUS', 'turns']));
  });

  it('mutated in any way get a verdict, never an exception', () => {
    const mutated = fc.oneof(
      fc.tuple(fc.nat(text.length - 1), fc.string({ maxLength: 3 })).map(([i, s]) => text.slice(0, i) + s + text.slice(i + 1)),
      fc.nat(text.length).map((n) => text.slice(0, n)),
      fc.jsonValue().map((j) => JSON.stringify({ ...result, decisions: [j] })),
      fc.jsonValue().map((j) => JSON.stringify(j)),
      fc.constantFrom('score', 'ending', 'options', 'sides', 'decisions', 'seed', 'turns').chain((k) => fc.jsonValue().map((j) => JSON.stringify({ ...result, [k]: j }))),
    );
    fc.assert(
      fc.property(mutated, (t) => {
        const v = verify(t);
        if (!v.ok) expect(v.errors.length).toBeGreaterThan(0);
        if (!v.ok) expect(v.errors.every((e) => e.code !== 'internal')).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});

describe('the version of the rules in a result file', () => {
  /** The same result as a version-1 file: without `rulesVersion`, sealed with its own checksum. */
  const asV1 = (): string => {
    const { rulesVersion: _r, rewinds: _w, checksum: _c, ...rest } = result;
    const body: Omit<ResultV1, 'checksum'> = { ...rest, version: 1 };
    return JSON.stringify({ ...body, checksum: hashValue(body) });
  };

  it('a version-1 file upgrades to the first rules, and verifies', () => {
    const v = verify(asV1());
    expect(v.ok && v.value.upgradedFrom).toBe(1);
    expect(v.ok && v.value.result).toMatchObject({ version: 3, rulesVersion: 1, rewinds: [], finalStateHash: result.finalStateHash });
    expect(v.ok && v.value.rewinds).toBeNull();
    // Damaged in its own terms, it is refused in them.
    const damaged = JSON.parse(asV1());
    damaged.player = 'Someone else';
    expect(flagged(JSON.stringify(damaged))[0]!.code).toBe('checksum');
  });

  it('a file claiming rules this game does not have (a later version) is flagged for that, whether or not it replays', () => {
    for (const claimed of [RULES_VERSION + 1, 99]) {
      for (const edit of [{}, { finalStateHash: '0123456789abcdef' }]) {
        const problems = flagged(forge(result, (r) => void Object.assign(r, { rulesVersion: claimed, ...edit })));
        expect(problems).toEqual([expect.objectContaining({ code: 'newer-rules', path: 'rulesVersion' })]);
        expect(problems[0]!.message).toContain(`played under version ${claimed} of the game's rules, but this version of Bowstring plays by version ${RULES_VERSION} and knows no later one`);
      }
    }
  });

  it('a file claiming earlier rules whose game replays exactly under these is flagged: its replay contradicts it', () => {
    // The versions before the last change of what a state holds: their games never hash like one played now.
    for (const claimed of [1, RULES_THAT_CHANGED_THE_STATE.at(-1)! - 1]) {
      const problems = flagged(forge(result, (r) => void (r.rulesVersion = claimed)));
      expect(problems).toEqual([expect.objectContaining({ code: 'rules-contradicted', path: 'rulesVersion' })]);
      expect(problems[0]!.message).toContain(`played under version ${claimed} of the game's rules, but it replays exactly to the game it records under version ${RULES_VERSION}`);
    }
  });

  // The earlier versions since the last change of what a state holds (none when the current one made that change).
  const since = Array.from({ length: RULES_VERSION - RULES_THAT_CHANGED_THE_STATE.at(-1)! }, (_, i) => RULES_THAT_CHANGED_THE_STATE.at(-1)! + i);
  it.skipIf(since.length === 0)('a file claiming rules since the last change of state that replays exactly is verified: it is the game these rules give (skipped when the current rules made that change)', () => {
    for (const claimed of since) expect(verify(forge(result, (r) => void (r.rulesVersion = claimed))).ok).toBe(true);
  });

  it('a file from earlier rules whose game replays differently is flagged for that, not called edited', () => {
    const other = forge(result, (r) => {
      r.rulesVersion = RULES_VERSION - 1;
      r.finalStateHash = '0123456789abcdef';
    });
    expect(flagged(other)).toEqual([expect.objectContaining({ code: 'other-rules', path: 'rulesVersion' })]);
    expect(flagged(other)[0]!.message).toContain(`version ${RULES_VERSION - 1} of the game's rules`);
    // The same file under the current rules was edited.
    expect(flagged(forge(result, (r) => void (r.finalStateHash = '0123456789abcdef')))[0]!.code).toBe('hash-mismatch');
  });

  it('a version-2 file (before rewinds were recorded) still says which rules it was played under: its replay can contradict it', () => {
    const { rewinds: _w, checksum: _c, ...rest } = { ...result, rulesVersion: 1 };
    const body: Omit<ResultV2, 'checksum'> = { ...rest, version: 2 };
    const v2 = JSON.stringify({ ...body, checksum: hashValue(body) });
    expect(flagged(v2)).toEqual([expect.objectContaining({ code: 'rules-contradicted', path: 'rulesVersion' })]);
  });

  it('a rules version that is not a whole number from 1 is refused by path', () => {
    for (const bad of [0, 2.5, '1', null]) expect(flagged(forge(result, (r) => void Object.assign(r, { rulesVersion: bad })))[0]).toMatchObject({ code: 'bad-field', path: 'rulesVersion' });
  });
});

describe('rewinds in a result file', () => {
  const rewinds = [
    { from: 4, to: 2 },
    { from: 3, to: 3 },
    { from: finished.log.length + 1, to: 1 },
  ];
  const rewound = makeResult(finished, ['RUS'], 'Ada', RUS_ONLY, SAVED_AT, rewinds);

  it('are carried and counted, and a game that rewound still verifies: a rewind is not a fault', () => {
    const v = verify(writeResult(rewound));
    expect(v.ok && v.value.result.rewinds).toEqual(rewinds);
    expect(v.ok && v.value.rewinds).toBe(3);
    expect(verify(text).ok && (verify(text) as { value: { rewinds: number | null } }).value.rewinds).toBe(0);
  });

  it('cannot be erased by hand: the checksum covers them', () => {
    const erased = { ...rewound, rewinds: [] };
    expect(flagged(writeResult(erased))).toEqual([expect.objectContaining({ code: 'checksum' })]);
  });

  it('are refused by path when they are not rewinds', () => {
    const pathOf = (value: unknown) => flagged(forge(rewound, (r) => void Object.assign(r, { rewinds: value })))[0]!.path;
    expect(pathOf('none')).toBe('rewinds');
    expect(pathOf([{ from: 2, to: 5 }])).toBe('rewinds[0]');
    expect(pathOf([{ from: 3, to: 1 }, { from: 0, to: 0 }])).toBe('rewinds[1]');
    expect(pathOf([{ from: 3, to: 1.5 }])).toBe('rewinds[0]');
    expect(pathOf([{ from: 3 }])).toBe('rewinds[0]');
    expect(pathOf([{ from: 3, to: 1, why: 'bad luck' }])).toBe('rewinds[0].why');
    const missing = JSON.parse(writeResult(rewound));
    delete missing.rewinds;
    expect(flagged(JSON.stringify({ ...missing, checksum: hashValue({ ...missing, checksum: undefined }) }))[0]).toMatchObject({ code: 'bad-field', message: expect.stringContaining('rewinds') });
  });

  it('are not known in a version-2 file, which still reads and verifies', () => {
    const { rewinds: _w, checksum: _c, ...rest } = result;
    const body: Omit<ResultV2, 'checksum'> = { ...rest, version: 2 };
    const v = verify(JSON.stringify({ ...body, checksum: hashValue(body) }));
    expect(v.ok && [v.value.upgradedFrom, v.value.rewinds, v.value.result.version]).toEqual([2, null, 3]);
  });
});
