// Saves from older versions of the game are brought up to date one version at a time, never dropped.
// Each step checks the shape of its own version first, so a damaged old save is refused with the right reasons.
import { type Result, err, ok } from '../engine';
import { SAVE_FORMAT, SAVE_VERSION, checksumOf, problem, type Save, type SaveProblem, type SaveV0, type SaveV1, type SaveV2, type SaveV3 } from './format';
import { HASH, ShapeCheck, saveFieldProblems } from './shape';
import { t } from '../i18n/core';

/** `STEPS[n]` turns a version-n save (already parsed JSON) into a version-(n+1) one. */
const STEPS: Record<number, (old: unknown) => Result<unknown, SaveProblem>> = {
  0: fromV0,
  1: fromV1,
  2: fromV2,
};

/** Bring a save of `version` up to the current version. `version` must be below the current one. */
export function upgrade(value: unknown, version: number): Result<Save, SaveProblem> {
  let current = value;
  for (let v = version; v < SAVE_VERSION; v++) {
    const step = STEPS[v];
    if (!step) return err([problem('unknown-version', t('files.upgrade.unknownVersion', { version: v }), 'version')]);
    const next = step(current);
    if (!next.ok) return next;
    current = next.value;
  }
  return ok(current as Save);
}

/** Version 0 named its fields differently, had one `side` instead of a list of players, a time in milliseconds, and no checksum. */
function fromV0(value: unknown): Result<SaveV1, SaveProblem> {
  const check = new ShapeCheck();
  if (check.fields(value, [], ['format', 'version', 'scenario', 'seed', 'side', 'log', 'hash', 'time'])) {
    if (check.fields(value.scenario, ['scenario'], ['id', 'hash'])) {
      const s = value.scenario;
      check.string(s.id, ['scenario', 'id'], { pattern: /./, what: 'scenario' });
      check.string(s.hash, ['scenario', 'hash'], HASH);
    }
    check.string(value.seed, ['seed']);
    check.string(value.side, ['side'], { pattern: /^(RUS|CHN|hot-seat)$/, what: 'side' });
    check.decisionLog(value.log, ['log']);
    check.string(value.hash, ['hash'], HASH);
    if (value.time !== undefined && (typeof value.time !== 'number' || !Number.isFinite(value.time) || Number.isNaN(new Date(value.time).getTime())))
      check.fail(['time'], t('files.upgrade.time', { got: String(value.time) }));
  }
  const problems = check.result();
  if (problems.length > 0) return err(problems);

  const old = value as unknown as SaveV0;
  const body: Omit<SaveV1, 'checksum'> = {
    format: SAVE_FORMAT,
    version: 1,
    scenarioId: old.scenario.id,
    scenarioHash: old.scenario.hash,
    seed: old.seed,
    players: old.side === 'hot-seat' ? ['RUS', 'CHN'] : [old.side],
    decisions: old.log,
    stateHash: old.hash,
    savedAt: new Date(old.time).toISOString(),
  };
  // Version 0 had nothing to check the other fields by; from here on the checksum guards them.
  return ok({ ...body, checksum: checksumOf(body) });
}

/** Version 1 was written before a lesson could shorten a game or change its temperament: its games had no rules. */
function fromV1(value: unknown): Result<SaveV2, SaveProblem> {
  const problems = saveFieldProblems(value, 1);
  if (problems.length > 0) return err(problems);
  const old = value as SaveV1;
  if (checksumOf(old) !== old.checksum)
    return err([problem('checksum', t('files.save.checksum'), 'checksum')]);
  const body: Omit<SaveV2, 'checksum'> = {
    format: SAVE_FORMAT,
    version: 2,
    scenarioId: old.scenarioId,
    scenarioHash: old.scenarioHash,
    seed: old.seed,
    rules: {},
    // Every game before versions of the rules were counted was played under the first.
    rulesVersion: 1,
    players: old.players,
    decisions: old.decisions,
    stateHash: old.stateHash,
    savedAt: old.savedAt,
  };
  return ok({ ...body, checksum: checksumOf(body) });
}

/** Version 2 was written before rewinds were recorded: none are known. */
function fromV2(value: unknown): Result<SaveV3, SaveProblem> {
  const problems = saveFieldProblems(value, 2);
  if (problems.length > 0) return err(problems);
  const old = value as SaveV2;
  if (checksumOf(old) !== old.checksum)
    return err([problem('checksum', t('files.save.checksum'), 'checksum')]);
  // In the order a save is written, so that an upgraded save reads as one written now.
  const { checksum: _checksum, stateHash, savedAt, ...rest } = old;
  const body: Omit<SaveV3, 'checksum'> = { ...rest, version: 3, rewinds: [], stateHash, savedAt };
  return ok({ ...body, checksum: checksumOf(body) });
}
