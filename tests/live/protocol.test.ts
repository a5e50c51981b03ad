import { describe, expect, it } from 'vitest';
import { checkCreateClass, checkDecide, checkInject, checkJoinOptions, checkNoBody, checkRewind, checkTurnMove, type Checked } from '../../src/live/protocol';

const refused = (c: Checked<unknown>): string => (c.ok ? '' : c.message);
const HASH = '0123456789abcdef';
const solo = { scenarioId: 'idlib-2021', settings: { side: 'RUS', advisor: true, turns: 4 }, mode: 'solo' };

describe('the live protocol refuses what a client may not send', () => {
  it('a class to create', () => {
    expect(checkCreateClass(solo).ok).toBe(true);
    expect(checkCreateClass({ ...solo, mode: 'world', world: { seats: ['RUS', 'CHN'], turnSeconds: 60 } }).ok).toBe(true);
    expect(refused(checkCreateClass({ ...solo, extra: 1 }))).toMatch(/'extra'/);
    expect(refused(checkCreateClass({ ...solo, settings: { side: 'USA', advisor: true } }))).toMatch(/side must be one of/);
    expect(refused(checkCreateClass({ ...solo, settings: { side: 'RUS', advisor: true, turns: 0 } }))).toMatch(/number of turns/);
    expect(refused(checkCreateClass({ ...solo, lang: 'fr' }))).toMatch(/language/);
    expect(refused(checkCreateClass({ ...solo, mode: 'world' }))).toMatch(/The world/);
    expect(refused(checkCreateClass({ ...solo, mode: 'world', world: { seats: ['RUS', 'RUS'], turnSeconds: 60 } }))).toMatch(/once/);
    expect(refused(checkCreateClass({ ...solo, mode: 'world', world: { seats: ['RUS'], turnSeconds: 1 } }))).toMatch(/seconds/);
    expect(refused(checkCreateClass([]))).toMatch(/object/);
  });

  it('a join', () => {
    expect(checkJoinOptions({ code: 'abc-d2e', role: 'student', name: ' Ada ' })).toEqual({ ok: true, value: { code: 'ABCD2E', role: 'student', name: 'Ada' } });
    expect(checkJoinOptions({ code: 'ABCD2E', role: 'teacher', key: 'k' }).ok).toBe(true);
    expect(refused(checkJoinOptions({ code: 'ABCD2E', role: 'student', name: '  ' }))).toMatch(/name/);
    expect(refused(checkJoinOptions({ code: 'ABCD2E', role: 'student', name: 'x'.repeat(121) }))).toMatch(/120/);
    expect(refused(checkJoinOptions({ code: 'ABCD0E', role: 'student', name: 'Ada' }))).toMatch(/six letters/);
    expect(refused(checkJoinOptions({ code: 'ABCD2E', role: 'admin' }))).toMatch(/'student' or 'teacher'/);
    expect(refused(checkJoinOptions({ code: 'ABCD2E', role: 'teacher' }))).toMatch(/'key'/);
  });

  it('a turn, its decisions checked as a save’s are', () => {
    const move = { turn: 1, decisions: { RUS: { postures: { TUR: 'ally' }, answers: { c1: 2 } } }, stateHash: HASH };
    expect(checkTurnMove(move).ok).toBe(true);
    expect(refused(checkTurnMove({ ...move, turn: 0 }))).toMatch(/whole number/);
    expect(refused(checkTurnMove({ ...move, stateHash: 'nope' }))).toMatch(/16 hexadecimal/);
    expect(refused(checkTurnMove({ ...move, decisions: { RUS: { postures: { TUR: 'friend' } } } }))).toMatch(/decisions\.RUS\.postures\.TUR.*one of hedge, partner, ally/);
    expect(refused(checkTurnMove({ ...move, decisions: { RUS: { answers: { c1: 7 } } } }))).toMatch(/0, 1, 2 or 3/);
    expect(refused(checkTurnMove('turn'))).toMatch(/object/);
  });

  it('a rewind, a world decision, an event to inject and a bare command', () => {
    expect(checkRewind({ toTurn: 2 })).toEqual({ ok: true, value: { toTurn: 2 } });
    expect(refused(checkRewind({ toTurn: -1 }))).toMatch(/whole number/);
    expect(checkDecide({ turn: 1, phase: 'calling', decision: { calls: { k: ['CHN'] } } }).ok).toBe(true);
    expect(refused(checkDecide({ turn: 1, phase: 'over', decision: {} }))).toMatch(/phase/);
    expect(refused(checkDecide({ turn: 1, phase: 'deciding', decision: { stances: { k: 'wobble' } } }))).toMatch(/decision\.stances\.k/);
    expect(checkInject({ event: 'gas-deal' }).ok).toBe(true);
    expect(refused(checkInject({ event: '' }))).toMatch(/id/);
    expect(checkNoBody(undefined, 'A pause').ok).toBe(true);
    expect(refused(checkNoBody({ now: true }, 'A pause'))).toMatch(/A pause takes nothing/);
  });
});
