import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { POSTURES, legalOptions, lookup } from '../../src/engine';
import { RESULT_FORMAT, resultFileName, verifyResult, writeResult } from '../../src/classroom';
import { makeSave, rewindTo, writeSave } from '../../src/persistence';
import { forge, played, resultOf, scenario, scenarios } from './support';

const finished = played('alliance-question-2020', 'lesson');
const result = resultOf(finished);
const text = writeResult(result);
const flagged = (t: unknown) => {
  const v = verifyResult(t, scenarios);
  expect(v.ok).toBe(false);
  return v.ok ? [] : v.errors;
};

describe('result files', () => {
  it('of a finished game verify by replay', () => {
    expect(result).toMatchObject({ format: RESULT_FORMAT, version: 1, player: 'Ada', sides: ['RUS'], turns: finished.log.length, ending: finished.ending });
    const v = verifyResult(text, scenarios);
    expect(v.ok).toBe(true);
    if (v.ok) expect(v.value.result).toEqual(result);
    expect(resultFileName(resultOf(finished, 'Zoë O’Neil, 9B'))).toBe('bowstring-result-alliance-question-2020-zoe-o-neil-9b.json');
  });

  it('of a game stopped early, and of a hot-seat pair, verify too', () => {
    const stopped = resultOf(played('afghanistan-2001', 's', 4), 'Bo', ['CHN'], { side: 'free', advisor: false, turns: 6 });
    expect(stopped.ending).toBeNull();
    expect(verifyResult(writeResult(stopped), scenarios).ok).toBe(true);
    const pair = resultOf(played('sino-soviet-1950', 'h'), 'Ann & Bob', ['RUS', 'CHN'], { side: 'hotseat', advisor: true, temperament: 'calm' });
    expect(verifyResult(writeResult(pair), scenarios).ok).toBe(true);
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
    expect(['hash-mismatch', 'illegal-decisions']).toContain(flagged(early)[0]!.code);
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
    expect(flagged(forge(result, (r) => void (r.options.turns = 3)))[0]!.code).toBe('too-many-decisions');
  });

  it('of another scenario, or another version of it, are flagged', () => {
    expect(flagged(forge(result, (r) => void (r.scenarioId = 'idlib-2021')))[0]!.code).toBe('scenario-changed');
    expect(flagged(forge(result, (r) => void (r.scenarioId = 'atlantis')))[0]!.code).toBe('unknown-scenario');
    const edited = scenarios.map((s) => (s.id === result.scenarioId ? { ...s, hash: 'ffffffffffffffff' } : s));
    expect(verifyResult(text, edited)).toMatchObject({ ok: false, errors: [{ code: 'scenario-changed' }] });
  });

  it('that are damaged or not results at all are refused, shape problems by path', () => {
    expect(flagged('')[0]!.code).toBe('empty');
    expect(flagged(text.slice(0, 200))[0]!.code).toBe('truncated');
    expect(flagged('nonsense')[0]!.code).toBe('not-json');
    expect(flagged(writeSave(makeSave(finished, ['RUS'], result.savedAt)))[0]).toMatchObject({ code: 'not-a-result', message: expect.stringContaining('saved game') });
    expect(flagged(forge(result, (r) => void (r.version = 2 as 1)))[0]!.code).toBe('newer-version');
    expect(flagged(forge(result, (r) => void (r.version = 0 as 1)))[0]!.code).toBe('unknown-version');
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
        const v = verifyResult(t, scenarios);
        if (!v.ok) expect(v.errors.length).toBeGreaterThan(0);
        if (!v.ok) expect(v.errors.every((e) => e.code !== 'internal')).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
