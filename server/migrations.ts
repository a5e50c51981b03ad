// The database's tables, as numbered steps: each runs once, in order, in its own transaction, and is recorded in
// `schema_migrations`. A step once shipped is never edited: a change is a new step. Every row of a class hangs from
// the class with ON DELETE CASCADE, so deleting a class deletes its students, moves, rewinds and results.
// Texts a program reads back exactly (decisions, a file's check) are `json`, which keeps the text as written.
import type { Db } from './db';

export interface Migration {
  version: number;
  name: string;
  statements: string[];
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'classes, students, moves, rewinds and results',
    statements: [
      `CREATE TABLE classes (
        code text PRIMARY KEY,
        teacher_key_hash text NOT NULL,
        scenario_id text NOT NULL,
        scenario_hash text NOT NULL,
        scenario_file text,
        settings json NOT NULL,
        seed text NOT NULL,
        lang text,
        mode text NOT NULL CHECK (mode IN ('solo', 'world')),
        world json,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'paused', 'ended')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE TABLE students (
        id text PRIMARY KEY,
        class_code text NOT NULL REFERENCES classes (code) ON DELETE CASCADE,
        name text NOT NULL,
        side text,
        token_hash text NOT NULL UNIQUE,
        joined_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE INDEX students_by_class ON students (class_code)`,
      `CREATE TABLE moves (
        student_id text NOT NULL REFERENCES students (id) ON DELETE CASCADE,
        turn integer NOT NULL CHECK (turn >= 1),
        decisions json NOT NULL,
        state_hash text NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (student_id, turn)
      )`,
      `CREATE TABLE rewinds (
        id bigserial PRIMARY KEY,
        student_id text NOT NULL REFERENCES students (id) ON DELETE CASCADE,
        from_turn integer NOT NULL,
        to_turn integer NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE INDEX rewinds_by_student ON rewinds (student_id)`,
      // One result per student: a game rewound after it ended loses its result until it ends again. The id orders
      // hand-ins; copy_of names the student whose game a copy repeats.
      `CREATE TABLE results (
        id bigserial PRIMARY KEY,
        student_id text NOT NULL UNIQUE REFERENCES students (id) ON DELETE CASCADE,
        game_key text NOT NULL,
        file_check json NOT NULL,
        verdict text NOT NULL CHECK (verdict IN ('verified', 'flagged')),
        copy_of text,
        at timestamptz NOT NULL DEFAULT now()
      )`,
    ],
  },
  {
    version: 2,
    name: 'the turns of a shared world',
    statements: [
      // One row a turn: the events the teacher injected into it and, once it resolved, every actor's decisions and
      // the seats the computer held. A row without decisions is the turn being decided.
      `CREATE TABLE world_turns (
        class_code text NOT NULL REFERENCES classes (code) ON DELETE CASCADE,
        turn integer NOT NULL CHECK (turn >= 1),
        injected json NOT NULL,
        decisions json,
        held json,
        at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (class_code, turn)
      )`,
    ],
  },
  {
    version: 3,
    name: 'one room a class',
    statements: [
      // The room that holds the class now, and when it last said it was alive: a second room for the same class is
      // refused while the first is heard of (several processes, many students joining at once after a process is lost).
      `ALTER TABLE classes ADD COLUMN room_id text`,
      `ALTER TABLE classes ADD COLUMN room_seen timestamptz`,
    ],
  },
];

/** Any number, the same in every process: two servers starting on one database take turns at the steps. */
const MIGRATION_LOCK = 727_001;

/** Runs the steps not yet run; returns their versions. */
export async function migrate(db: Db, steps: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  // Under the lock too: two processes starting at once on one database would both try to make the table.
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  });
  const ran: number[] = [];
  for (const step of [...steps].sort((a, b) => a.version - b.version)) {
    await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const done = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [step.version]);
      if (done.length > 0) return;
      for (const sql of step.statements) await tx.query(sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [step.version, step.name]);
      ran.push(step.version);
    });
  }
  return ran;
}
