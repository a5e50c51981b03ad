// Every SQL statement of the class server: classes, their students, each student's moves and rewinds, and the
// verdicts on finished games. Keys and tokens are stored only as SHA-256 hashes.
import type { Rewind } from '../src/persistence/format';
import { createHash } from 'node:crypto';
import type { ClassSettings } from '../src/classroom/options';
import type { FileCheck } from '../src/classroom/classReport';
import type { ActorId, Decisions } from '../src/engine';
import type { Lang } from '../src/i18n/langs';
import type { ClassMode, ClassStatus, TurnMove } from '../src/live/protocol';
import type { WorldTurn } from '../src/live/world';
import type { Db } from './db';

export const secretHash = (secret: string): string => createHash('sha256').update(secret, 'utf8').digest('hex');

export interface ClassRow {
  code: string;
  teacherKeyHash: string;
  scenarioId: string;
  scenarioHash: string;
  scenarioFile: string | null;
  settings: ClassSettings;
  seed: string;
  lang: Lang | null;
  mode: ClassMode;
  world: { seats: ActorId[]; turnSeconds: number } | null;
  status: ClassStatus;
}

export interface StudentRow {
  id: string;
  name: string;
  side: ActorId | null;
}

export interface ResultRow {
  studentId: string;
  gameKey: string;
  check: FileCheck;
  verdict: 'verified' | 'flagged';
  /** The student whose game this one repeats. */
  copyOf: string | null;
}

const CLASS_COLUMNS = `code, teacher_key_hash AS "teacherKeyHash", scenario_id AS "scenarioId", scenario_hash AS "scenarioHash",
  scenario_file AS "scenarioFile", settings, seed, lang, mode, world, status`;

export function classStore(db: Db) {
  return {
    /** False when the code is taken. */
    async createClass(c: ClassRow): Promise<boolean> {
      const rows = await db.query(
        `INSERT INTO classes (code, teacher_key_hash, scenario_id, scenario_hash, scenario_file, settings, seed, lang, mode, world, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (code) DO NOTHING RETURNING code`,
        [c.code, c.teacherKeyHash, c.scenarioId, c.scenarioHash, c.scenarioFile, JSON.stringify(c.settings), c.seed, c.lang, c.mode, c.world === null ? null : JSON.stringify(c.world), c.status],
      );
      return rows.length === 1;
    },

    async classByCode(code: string): Promise<ClassRow | null> {
      const [row] = await db.query<ClassRow>(`SELECT ${CLASS_COLUMNS} FROM classes WHERE code = $1`, [code]);
      return row ?? null;
    },

    /** The class given to room `roomId`: when no room holds it, or the one that does has not been heard of for
     *  `staleMs` (its process is lost). False when another room holds it. */
    async claimRoom(code: string, roomId: string, staleMs: number): Promise<boolean> {
      const rows = await db.query(
        `UPDATE classes SET room_id = $2, room_seen = now()
         WHERE code = $1 AND (room_id IS NULL OR room_id = $2 OR room_seen < now() - $3 * interval '1 millisecond') RETURNING code`,
        [code, roomId, staleMs],
      );
      return rows.length > 0;
    },

    /** The room says it is alive; false when the class has gone to another room meanwhile. */
    async keepRoom(code: string, roomId: string): Promise<boolean> {
      const rows = await db.query('UPDATE classes SET room_seen = now() WHERE code = $1 AND room_id = $2 RETURNING code', [code, roomId]);
      return rows.length > 0;
    },

    async releaseRoom(code: string, roomId: string): Promise<void> {
      await db.query('UPDATE classes SET room_id = NULL, room_seen = NULL WHERE code = $1 AND room_id = $2', [code, roomId]);
    },

    async setStatus(code: string, status: ClassStatus): Promise<void> {
      await db.query('UPDATE classes SET status = $2 WHERE code = $1', [code, status]);
    },

    /** The class and every row of it; false when there was none. */
    async deleteClass(code: string): Promise<boolean> {
      return (await db.query('DELETE FROM classes WHERE code = $1 RETURNING code', [code])).length === 1;
    },

    async addStudent(code: string, s: StudentRow, tokenHash: string): Promise<void> {
      await db.query('INSERT INTO students (id, class_code, name, side, token_hash) VALUES ($1, $2, $3, $4, $5)', [s.id, code, s.name, s.side, tokenHash]);
    },

    async studentByToken(code: string, tokenHash: string): Promise<StudentRow | null> {
      const [row] = await db.query<StudentRow>('SELECT id, name, side FROM students WHERE class_code = $1 AND token_hash = $2', [code, tokenHash]);
      return row ?? null;
    },

    /** The class's students in the order they joined. */
    async studentsOf(code: string): Promise<StudentRow[]> {
      return db.query<StudentRow>('SELECT id, name, side FROM students WHERE class_code = $1 ORDER BY joined_at, id', [code]);
    },

    /** Every move of the class's students, by student, in turn order. */
    async movesOf(code: string): Promise<Map<string, TurnMove[]>> {
      const rows = await db.query<{ studentId: string; turn: number; decisions: Decisions; stateHash: string }>(
        `SELECT m.student_id AS "studentId", m.turn, m.decisions, m.state_hash AS "stateHash"
         FROM moves m JOIN students s ON s.id = m.student_id WHERE s.class_code = $1 ORDER BY m.student_id, m.turn`,
        [code],
      );
      const moves = new Map<string, TurnMove[]>();
      for (const { studentId, ...move } of rows) moves.set(studentId, [...(moves.get(studentId) ?? []), move]);
      return moves;
    },

    /** Each student's rewinds in the order made, as a game's flow counts them: from the turn the game awaited, back to
     *  the turn it then awaited (the table keeps turns played). */
    async rewindsOf(code: string): Promise<Map<string, Rewind[]>> {
      const rows = await db.query<{ studentId: string; from: number; to: number }>(
        `SELECT r.student_id AS "studentId", r.from_turn + 1 AS "from", r.to_turn + 1 AS "to" FROM rewinds r JOIN students s ON s.id = r.student_id
         WHERE s.class_code = $1 ORDER BY r.id`,
        [code],
      );
      const out = new Map<string, Rewind[]>();
      for (const r of rows) out.set(r.studentId, [...(out.get(r.studentId) ?? []), { from: r.from, to: r.to }]);
      return out;
    },

    /** A resolved turn. When the student had played it or later turns already, those are dropped first and the
     *  rewind recorded (with any result, since the game no longer ends where it did). */
    async addMove(studentId: string, move: TurnMove, playedBefore: number): Promise<void> {
      await db.transaction(async (tx) => {
        if (move.turn <= playedBefore) await rewindIn(tx, studentId, playedBefore, move.turn - 1);
        await tx.query('INSERT INTO moves (student_id, turn, decisions, state_hash) VALUES ($1, $2, $3, $4)', [studentId, move.turn, JSON.stringify(move.decisions), move.stateHash]);
      });
    },

    /** The student went back to `toTurn` turns played. */
    async rewind(studentId: string, fromTurn: number, toTurn: number): Promise<void> {
      await db.transaction((tx) => rewindIn(tx, studentId, fromTurn, toTurn));
    },

    async saveResult(r: ResultRow): Promise<void> {
      await db.transaction(async (tx) => {
        await tx.query('DELETE FROM results WHERE student_id = $1', [r.studentId]);
        await tx.query('INSERT INTO results (student_id, game_key, file_check, verdict, copy_of) VALUES ($1, $2, $3, $4, $5)', [
          r.studentId,
          r.gameKey,
          JSON.stringify(r.check),
          r.verdict,
          r.copyOf,
        ]);
      });
    },

    /** The class's results in the order they were handed in. */
    async resultsOf(code: string): Promise<ResultRow[]> {
      return db.query<ResultRow>(
        `SELECT r.student_id AS "studentId", r.game_key AS "gameKey", r.file_check AS "check", r.verdict, r.copy_of AS "copyOf"
         FROM results r JOIN students s ON s.id = r.student_id WHERE s.class_code = $1 ORDER BY r.id`,
        [code],
      );
    },

    /** A shared world's turns in order: the resolved ones, and the one being decided when events were injected into it. */
    async worldTurnsOf(code: string): Promise<{ turn: number; injected: string[]; decisions: Decisions | null; held: ActorId[] | null }[]> {
      return db.query('SELECT turn, injected, decisions, held FROM world_turns WHERE class_code = $1 ORDER BY turn', [code]);
    },

    /** The events injected so far into the turn being decided. */
    async keepWorldInjected(code: string, turn: number, injected: readonly string[]): Promise<void> {
      await db.query(
        `INSERT INTO world_turns (class_code, turn, injected) VALUES ($1, $2, $3)
         ON CONFLICT (class_code, turn) DO UPDATE SET injected = EXCLUDED.injected`,
        [code, turn, JSON.stringify(injected)],
      );
    },

    /** A resolved turn of a shared world. */
    async keepWorldTurn(code: string, turn: number, record: WorldTurn): Promise<void> {
      await db.query(
        `INSERT INTO world_turns (class_code, turn, injected, decisions, held) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (class_code, turn) DO UPDATE SET injected = EXCLUDED.injected, decisions = EXCLUDED.decisions, held = EXCLUDED.held`,
        [code, turn, JSON.stringify(record.injected), JSON.stringify(record.decisions), record.held ? JSON.stringify(record.held) : null],
      );
    },

    /** Rows of each table that belong to the class: what deleting it must leave at nothing. */
    async rowsOf(code: string): Promise<Record<'classes' | 'students' | 'moves' | 'rewinds' | 'results', number>> {
      const [row] = await db.query<Record<'classes' | 'students' | 'moves' | 'rewinds' | 'results', number>>(
        `SELECT (SELECT count(*)::int FROM classes WHERE code = $1) AS classes,
                (SELECT count(*)::int FROM students WHERE class_code = $1) AS students,
                (SELECT count(*)::int FROM moves WHERE student_id IN (SELECT id FROM students WHERE class_code = $1)) AS moves,
                (SELECT count(*)::int FROM rewinds WHERE student_id IN (SELECT id FROM students WHERE class_code = $1)) AS rewinds,
                (SELECT count(*)::int FROM results WHERE student_id IN (SELECT id FROM students WHERE class_code = $1)) AS results`,
        [code],
      );
      return row!;
    },
  };
}

export type ClassStore = ReturnType<typeof classStore>;

async function rewindIn(tx: { query: Db['query'] }, studentId: string, fromTurn: number, toTurn: number): Promise<void> {
  await tx.query('DELETE FROM moves WHERE student_id = $1 AND turn > $2', [studentId, toTurn]);
  await tx.query('DELETE FROM results WHERE student_id = $1', [studentId]);
  await tx.query('INSERT INTO rewinds (student_id, from_turn, to_turn) VALUES ($1, $2, $3)', [studentId, fromTurn, toTurn]);
}
