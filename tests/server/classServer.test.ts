// The class server for real: a teacher makes a class over HTTP, thirty students join from colyseus.js clients and
// each plays a game of its own, one more hands in a copy; the teacher's roster and the report from the database
// agree; and every refusal comes with its reason.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCsv, type ClassReport } from '../../src/classroom/classReport';
import type { Scenario } from '../../src/engine';
import { MSG, type ClassInfo, type RosterRow, type TurnMove } from '../../src/live/protocol';
import { scenario as shippedScenario } from '../classroom/support';
import { Inbox, StudentGame, api, clientOf, joinClass, runServer, send, welcomeOf, type Running } from './support';

const SCENARIO = 'idlib-2021';
const LESSON = { side: 'RUS', advisor: true, turns: 4 } as const;
const STUDENTS = 30;

let running: Running;
beforeAll(async () => {
  running = await runServer({ perMinute: { lookups: 20, joins: 200 } });
}, 120_000);
afterAll(async () => {
  await running?.close();
});

const server = () => running.server;
async function makeClass(seed: string): Promise<{ code: string; key: string; info: ClassInfo }> {
  const made = await api(server(), 'POST', '/api/classes', { scenarioId: SCENARIO, settings: LESSON, seed, mode: 'solo' });
  expect(made.status).toBe(201);
  const info = await api(server(), 'GET', `/api/classes/${made.json.code}`);
  return { code: made.json.code, key: made.json.teacherKey, info: info.json };
}

/** A student who joins and plays `turns` turns (all of them by default), as its page would. */
async function student(code: string, info: ClassInfo, name: string, scenario: Scenario, turns = Infinity) {
  const inbox = await joinClass(server(), { code, role: 'student', name });
  const welcome = await welcomeOf(inbox);
  const game = new StudentGame(scenario, info, ['RUS'], name);
  const moves: TurnMove[] = [];
  while (!game.state.ending && moves.length < turns) {
    const move = game.play();
    const answer = await send(inbox, move);
    if (!answer.ack) throw new Error(`${name}'s turn ${move.turn} was refused: ${answer.message}`);
    moves.push(move);
  }
  return { inbox, welcome, game, moves };
}

describe('the class server', () => {
  it('makes a class from a teacher’s request and describes it by its code, refusing bad requests with a sentence', async () => {
    const { code, info } = await makeClass('http');
    expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
    const scenario = shippedScenario(SCENARIO);
    expect(info).toEqual({ code, mode: 'solo', status: 'open', scenarioId: SCENARIO, scenarioHash: scenario.hash, seed: 'http', settings: LESSON });
    expect((await api(server(), 'GET', `/api/classes/${code.toLowerCase().replace(/^(...)/, '$1-')}`)).json.code).toBe(code);

    const refusals: [unknown, RegExp][] = [
      [{ scenarioId: 'atlantis', settings: LESSON, mode: 'solo' }, /no scenario 'atlantis'/],
      [{ scenarioId: SCENARIO, settings: { side: 'CHN', advisor: true }, mode: 'solo' }, /CHN cannot be played/],
      [{ scenarioId: SCENARIO, settings: { ...LESSON, turns: 99 }, mode: 'solo' }, /only 6/],
      [{ scenarioId: SCENARIO, settings: LESSON, mode: 'solo', teacher: 'me' }, /'teacher'/],
      [{ scenarioId: SCENARIO, scenarioFile: '{"id": ', settings: LESSON, mode: 'solo' }, /scenario file is refused/],
    ];
    for (const [body, reason] of refusals) {
      const answer = await api(server(), 'POST', '/api/classes', body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.json.error).toMatch(reason);
    }
    const notJson = await fetch(new URL('/api/classes', server().url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
    expect([notJson.status, ((await notJson.json()) as { error: string }).error]).toEqual([400, 'The request is not JSON.']);
    const huge = await fetch(new URL('/api/classes', server().url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(4_000_001) });
    expect([huge.status, ((await huge.json()) as { error: string }).error]).toEqual([413, 'The request is larger than 4000000 bytes.']);
    expect((await api(server(), 'GET', '/api/classes/ZZZZZZ')).status).toBe(404);
  });

  it('serves the built game’s files with their types, and nothing outside them, and no folder’s listing', async () => {
    const page = await fetch(server().url);
    expect([page.status, page.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
    const code = await fetch(new URL('/assets/game.js', server().url));
    expect([code.status, code.headers.get('content-type')]).toEqual([200, 'text/javascript; charset=utf-8']);
    expect((await fetch(new URL('/assets/', server().url))).status).toBe(404);
    expect((await fetch(new URL('/missing.js', server().url))).status).toBe(404);
    // Sent raw: fetch would resolve the dots before they left.
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e/%2e%2e/secret.txt']) {
      const status = await new Promise<number>((resolve, reject) => {
        request(new URL(path, server().url), { method: 'GET' }, (res) => (res.resume(), resolve(res.statusCode ?? 0))).on('error', reject).end();
      });
      expect(status, path).toBe(404);
    }
  });

  it(`verifies ${STUDENTS} students' games as they end, flags a copy naming whose game it repeats, and reports the same from the database`, async () => {
    const scenario = shippedScenario(SCENARIO);
    const { code, key, info } = await makeClass('lesson-1');
    await expect(clientOf(server()).joinOrCreate('class', { code, role: 'teacher', key: 'guess' })).rejects.toThrow("The teacher's key is wrong.");
    const teacher = await joinClass(server(), { code, role: 'teacher', key });

    const started = Date.now();
    const played = await Promise.all(Array.from({ length: STUDENTS }, (_, i) => student(code, info, `Student ${i + 1}`, scenario)));
    const copied = played[6]!;
    const copy = await joinClass(server(), { code, role: 'student', name: 'Copycat' });
    await welcomeOf(copy);
    for (const move of copied.moves) expect((await send(copy, move)).ack).toBe(true);
    console.log(`${STUDENTS + 1} games of ${LESSON.turns} turns played and verified in ${Date.now() - started} ms`);

    const roster = await teacher.next<RosterRow[]>(MSG.roster, (rows) => rows.length === STUDENTS + 1 && rows.every((r) => r.finished && r.verdict !== 'playing'));
    const verified = roster.filter((r) => r.verdict === 'verified');
    const flagged = roster.filter((r) => r.verdict === 'flagged');
    expect(verified).toHaveLength(STUDENTS);
    expect(flagged.map((r) => r.name)).toEqual(['Copycat']);
    expect(flagged[0]!.flags).toEqual([{ code: 'copy', message: 'This game repeats, move for move, the game Student 7 finished earlier: a copy, or the same choices made by both.' }]);
    for (const row of roster) {
      expect(row.turn).toBe(LESSON.turns);
      expect(row.side).toBe('RUS');
      expect(row.score).toEqual(expect.any(Number));
      expect(Object.keys(row.postures).sort()).toEqual(scenario.actors.map((a) => a.id).filter((id) => id !== 'RUS').sort());
      // Each worst fear names the power it is felt toward, one the student is tied to.
      if (row.gauges) for (const toward of [row.gauges.abandonmentToward, row.gauges.entrapmentToward]) expect(scenario.actors.map((a) => a.id)).toContain(toward);
    }
    expect(roster.some((r) => r.gauges !== null)).toBe(true);
    // The students chose at random, each its own way: their games differ.
    expect(new Set(verified.map((r) => r.score)).size).toBeGreaterThan(STUDENTS / 2);

    const report = await api(server(), 'GET', `/api/classes/${code}/report`, undefined, key);
    expect(report.status).toBe(200);
    const summary = report.json as ClassReport;
    expect([summary.files, summary.verified, summary.flagged]).toEqual([STUDENTS + 1, STUDENTS, 1]);
    expect(summary.rows.find((r) => r.player === 'Copycat')).toMatchObject({ verdict: 'flagged', reason: expect.stringContaining('Student 7') });
    for (const row of verified) {
      const inReport = summary.rows.find((r) => r.player === row.name)!;
      expect(inReport.verdict).toBe('verified');
      expect(inReport.figures[0]!.score).toBeCloseTo(row.score!, 9);
    }
    const csv = await api(server(), 'GET', `/api/classes/${code}/report.csv`, undefined, key);
    expect(csv.status).toBe(200);
    expect(csv.text).toBe(toCsv(summary));
    for (const row of verified) expect(csv.text).toContain(`${row.name},`);

    for (const wrong of [undefined, 'guess']) {
      expect((await api(server(), 'GET', `/api/classes/${code}/report`, undefined, wrong)).status).toBe(401);
      expect((await api(server(), 'GET', `/api/classes/${code}/report.csv`, undefined, wrong)).status).toBe(401);
      expect((await api(server(), 'DELETE', `/api/classes/${code}`, undefined, wrong)).status).toBe(401);
    }
    // Student 7 goes back a turn: its game is no longer finished, and the same game of Copycat now stands alone.
    copied.inbox.room.send(MSG.rewind, { toTurn: LESSON.turns! - 1 });
    const judged = await teacher.next<RosterRow[]>(MSG.roster, (rows) => rows.find((r) => r.name === 'Copycat')?.verdict === 'verified');
    expect(judged.find((r) => r.name === 'Student 7')).toMatchObject({ verdict: 'playing', rewinds: 1 });
    await Promise.all([...played.map((p) => p.inbox.room.leave()), copy.room.leave(), teacher.room.leave()]);
  });

  it('refuses a wrong hash, a malformed turn and turns while paused; a student dropped or reloaded goes on; ending hands in; deleting leaves nothing', async () => {
    const scenario = shippedScenario(SCENARIO);
    const { code, key, info } = await makeClass('lesson-2');
    const teacher = await joinClass(server(), { code, role: 'teacher', key });
    await expect(clientOf(server()).joinOrCreate('class', { code, role: 'student', name: ' ' })).rejects.toThrow('Type your name to join the class.');
    await expect(clientOf(server()).joinOrCreate('class', { code: 'ZZZZZZ', role: 'student', name: 'Ada' })).rejects.toThrow('No class has this code.');

    const ada = await student(code, info, 'Ada', scenario, 1);
    // A name already in the class, however it is typed, is refused: the teacher could not tell the two apart.
    await expect(clientOf(server()).joinOrCreate('class', { code, role: 'student', name: ' ada' })).rejects.toThrow('A student of this class is already called ada: add an initial or a surname.');
    // A student who joins and plays no turn is listed when the class ends, so that the teacher sees who did not play.
    const idle = await joinClass(server(), { code, role: 'student', name: 'Idle' });
    await welcomeOf(idle);
    const next = ada.game.play();
    expect(await send(ada.inbox, { ...next, stateHash: '0000000000000000' })).toEqual({ ack: false, message: expect.stringMatching(/^Turn 2 takes the server's copy of your game somewhere else/) });
    expect(await send(ada.inbox, { turn: 2, decisions: { RUS: { postures: { TUR: 'friend' } } }, stateHash: next.stateHash })).toEqual({
      ack: false,
      message: expect.stringContaining("'decisions.RUS.postures.TUR' must be one of"),
    });
    expect(await send(ada.inbox, 'a turn', null)).toEqual({ ack: false, message: 'A turn must be an object.' });
    ada.inbox.room.send(MSG.pause);
    expect(await ada.inbox.next(MSG.refused)).toEqual({ turn: null, message: 'Only the teacher may pause the class.' });

    teacher.room.send(MSG.pause);
    expect(await ada.inbox.next(MSG.status)).toEqual({ status: 'paused' });
    expect(await send(ada.inbox, next)).toEqual({ ack: false, message: 'The class is paused: wait for your teacher to resume it.' });
    teacher.room.send(MSG.resume);
    expect(await ada.inbox.next(MSG.status)).toEqual({ status: 'open' });
    expect((await send(ada.inbox, next)).ack).toBe(true);

    // Dropped without leaving: the seat is kept and the same game goes on.
    const token = ada.inbox.room.reconnectionToken;
    await ada.inbox.room.leave(false);
    const back = new Inbox(await clientOf(server()).reconnect(token));
    const third = ada.game.play();
    expect((await send(back, third)).ack).toBe(true);
    await back.room.leave();

    // Reloaded: the page rejoins with its token and gets its moves back.
    const again = await joinClass(server(), { code, role: 'student', name: 'Ada', token: ada.welcome.token });
    const resumed = await welcomeOf(again);
    expect(resumed.studentId).toBe(ada.welcome.studentId);
    expect(resumed.moves).toEqual([...ada.moves, next, third]);
    // A token no one has is not Ada's way back: it is too short to be a page's own, or it is a new student's, and Ada's name is taken.
    await expect(clientOf(server()).joinOrCreate('class', { code, role: 'student', name: 'Ada', token: 'stolen' })).rejects.toThrow('A rejoin token has at least 20 characters.');
    await expect(clientOf(server()).joinOrCreate('class', { code, role: 'student', name: 'Ada', token: 'a-page-chose-this-token' })).rejects.toThrow('A student of this class is already called Ada');

    // Going back a turn is a rewind: recorded and shown to the teacher.
    again.room.send(MSG.rewind, { toTurn: 2 });
    const rewound = await teacher.next<RosterRow[]>(MSG.roster, (rows) => rows[0]?.rewinds === 1);
    expect(rewound[0]).toMatchObject({ name: 'Ada', turn: 2, rewinds: 1, finished: false, verdict: 'playing' });

    // The teacher ends the class: Ada's game is handed in as it stands, and verified.
    teacher.room.send(MSG.end);
    expect(await again.next(MSG.status)).toEqual({ status: 'ended' });
    const ended = await teacher.next<RosterRow[]>(MSG.roster, (rows) => rows.length === 2 && rows.every((r) => r.verdict !== 'playing'));
    expect(ended[0]).toMatchObject({ name: 'Ada', turn: 2, finished: true, verdict: 'verified' });
    expect(ended[1]).toMatchObject({ name: 'Idle', turn: 0, finished: true, verdict: 'flagged', flags: [{ code: 'no-turns', message: 'Played no turn before the class ended.' }] });
    await expect(clientOf(server()).joinOrCreate('class', { code, role: 'student', name: 'Late' })).rejects.toThrow('This class has ended.');
    // A student of the ended class comes back to read their game.
    const reading = await joinClass(server(), { code, role: 'student', name: 'Ada', token: ada.welcome.token });
    expect((await welcomeOf(reading)).moves).toHaveLength(2);
    await reading.room.leave();
    await idle.room.leave();

    const before = await server().store.rowsOf(code);
    expect(before).toEqual({ classes: 1, students: 2, moves: 2, rewinds: 1, results: 2 });
    expect((await api(server(), 'DELETE', `/api/classes/${code}`, undefined, key)).status).toBe(204);
    expect(await server().store.rowsOf(code)).toEqual({ classes: 0, students: 0, moves: 0, rewinds: 0, results: 0 });
    expect((await api(server(), 'GET', `/api/classes/${code}`)).status).toBe(404);
  });

  it('gives a class to one room at a time, and to another only once the first has gone quiet', async () => {
    const { code } = await makeClass('one-room');
    const store = server().store;
    expect(await store.claimRoom(code, 'room-a', 60_000)).toBe(true);
    expect(await store.claimRoom(code, 'room-b', 60_000)).toBe(false);
    expect(await store.keepRoom(code, 'room-a')).toBe(true);
    // Room a's process is lost: after the stale time, room b may take the class, and room a hears that it lost it.
    await new Promise((r) => setTimeout(r, 20));
    expect(await store.claimRoom(code, 'room-b', 10)).toBe(true);
    expect(await store.keepRoom(code, 'room-a')).toBe(false);
    await store.releaseRoom(code, 'room-b');
    expect(await store.claimRoom(code, 'room-c', 60_000)).toBe(true);
    await store.releaseRoom(code, 'room-c');
  });

  it('answers too many look-ups from one address with 429 and a sentence', async () => {
    const answers: { status: number; json: { error?: string } }[] = [];
    for (let i = 0; i < 22; i++) answers.push(await api(server(), 'GET', '/api/classes/ZZZZZZ'));
    const limited = answers.filter((a) => a.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(limited[0]!.json.error).toBe('Too many class look-ups from this address; wait a minute.');
    expect(answers.slice(0, 2).map((a) => a.status)).toEqual([404, 404]);
    // Making classes counts with them: an address past its limit cannot fill the database with classes.
    const made = await api(server(), 'POST', '/api/classes', { scenarioId: 'idlib-2021', settings: { side: 'RUS', advisor: true }, mode: 'solo' });
    expect(made.status).toBe(429);
  });
});
