// A process lost between a game's last turn and its verdict (the turn stored, the result not): the room rebuilt from
// the database hands the game in, so the teacher sees it verified rather than forever playing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playClassGame, turnMoves } from '../../src/classroom/students';
import type { ClassCreated } from '../../src/live/protocol';
import { LiveStudent, LiveTeacher } from '../../server/liveClients';
import { scenario } from '../classroom/support';
import { api, runServer, type Running } from './support';

describe('a game whose verdict was lost with its process', () => {
  let running: Running;
  beforeAll(async () => void (running = await runServer()), 30_000);
  afterAll(() => running.close());

  it('is handed in and verified when its class is rebuilt from the database', async () => {
    const settings = { side: 'RUS', advisor: true, turns: 3 } as const;
    const moves = turnMoves(playClassGame(scenario('idlib-2021'), 'lost-verdict', { settings, student: 'random', who: 'Ada' }));
    const created = await api(running.server, 'POST', '/api/classes', { scenarioId: 'idlib-2021', settings, seed: 'lost-verdict', mode: 'solo' });
    expect(created.status).toBe(201);
    const { code, teacherKey } = created.json as ClassCreated;
    const url = running.server.url.replace(/\/$/, '');

    const student = new LiveStudent(code, 'Ada', moves);
    await student.join([url]);
    while (!student.finished) expect((await student.playTurn()).kind).toBe('ack');
    await student.leave();
    // The room is gone with its last client; the verdict is taken away as if the process had died before writing it.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await running.server.db.query('DELETE FROM results RETURNING student_id')).toHaveLength(1);

    const teacher = new LiveTeacher(code, teacherKey);
    await teacher.join([url]);
    await teacher.until((rows) => rows.length === 1 && rows[0]!.finished && rows[0]!.verdict === 'verified', 10_000);
    expect(await running.server.db.query("SELECT verdict FROM results")).toEqual([{ verdict: 'verified' }]);
    await teacher.leave();
  }, 30_000);
});
