// Writing a game as a save, and reading one back: parse, upgrade, check every field and the checksum,
// find the scenario, replay the decisions and compare the hash. Every refusal says what is wrong; nothing throws.
import { RULES_VERSION, err, hashesApartFrom, ok, stateHash, type ActorId, type GameState, type Result, type Scenario } from '../engine';
import { SAVE_FORMAT, SAVE_VERSION, checksumOf, problem, type Rewind, type Save, type SaveProblem } from './format';
import { replay } from './replay';
import { formatAndVersion, rulesProblems, saveFieldProblems, unclosed } from './shape';
import { formatPath } from '../scenarios/problems';
import { listWords, t, tx } from '../i18n/core';
import { upgrade } from './upgrade';

/** A save of `game` as it stands: its seed, its whole decision log and the hash replay must reach, and the rewinds
 *  that led to it. */
export function makeSave(game: GameState, players: readonly ActorId[], savedAt: string, rewinds: readonly Rewind[] = []): Save {
  const body: Omit<Save, 'checksum'> = {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    scenarioId: game.scenario.id,
    scenarioHash: game.scenario.hash,
    seed: game.seed,
    rules: { ...game.rules },
    rulesVersion: RULES_VERSION,
    players: [...players],
    decisions: game.log.map((record) => record.decisions),
    rewinds: rewinds.map((r) => ({ ...r })),
    stateHash: stateHash(game),
    savedAt,
  };
  return { ...body, checksum: checksumOf(body) };
}

/** The text of a save, as stored and as exported to a file. */
export function writeSave(save: Save): string {
  return JSON.stringify(save, null, 2) + '\n';
}

/** A file name that tells saves apart in a downloads folder: the turns played so far ("after-turn-3"), which is
 *  true of a game saved mid-way and of one that has ended. */
export function saveFileName(save: Save): string {
  const day = save.savedAt.slice(0, 10).replace(/[^0-9-]/g, '');
  const played = save.decisions.length;
  return `bowstring-${save.scenarioId}-${played === 0 ? 'start' : `after-turn-${played}`}${day ? `-${day}` : ''}.json`;
}

export interface InspectedSave {
  save: Save;
  /** The version the text was written in, when it was older than the current one. */
  upgradedFrom: number | null;
}

/** Everything that can be known of a save without the scenario: is it whole, current or upgradable, well formed, undamaged? */
export function inspectSave(text: unknown): Result<InspectedSave, SaveProblem> {
  return guarded(() => inspect(text));
}

export interface LoadedSave extends InspectedSave {
  game: GameState;
  scenario: Scenario;
}

/** Read a save and rebuild its game by replay on the matching scenario from `scenarios`. */
export function readSave(text: unknown, scenarios: readonly Scenario[]): Result<LoadedSave, SaveProblem> {
  return guarded(() => {
    const inspected = inspect(text);
    if (!inspected.ok) return inspected;
    const { save } = inspected.value;

    const scenario = scenarios.find((s) => s.id === save.scenarioId);
    if (!scenario) {
      const known = scenarios.map((s) => s.id).join(', ');
      return err([problem('unknown-scenario', t('files.save.unknownScenario', { id: save.scenarioId, known, has: known ? 'yes' : 'no' }), 'scenarioId')]);
    }
    if (scenario.hash !== save.scenarioHash) {
      return err([
        problem(
          'scenario-changed',
          t('files.save.scenarioChanged', { title: tx(scenario.title), saved: save.scenarioHash, now: scenario.hash }),
          'scenarioHash',
        ),
      ]);
    }
    const refused = save.players.filter((p, i) => !scenario.playable.includes(p) || save.players.indexOf(p) !== i);
    if (refused.length > 0) {
      return err([problem('bad-players', t('files.save.badPlayers', { refused: listWords(refused), title: tx(scenario.title), playable: listWords(scenario.playable, 'disjunction') }), 'players')]);
    }

    const longer = rulesProblems(save.rules, scenario);
    if (longer.length > 0) return err(longer.map((p) => problem('bad-rules', t('files.save.badRules', { problem: lower(p.message) }), formatPath(['rules', ...p.path]))));

    if (save.rulesVersion > RULES_VERSION) {
      return err([
        problem(
          'newer-rules',
          t('files.save.newerRules', { saved: save.rulesVersion, current: RULES_VERSION }),
          'rulesVersion',
        ),
      ]);
    }

    const game = replay(scenario, save.seed, save.decisions, save.rules);
    if (!game.ok) return game;
    const hash = stateHash(game.value);
    if (hash !== save.stateHash && save.rulesVersion !== RULES_VERSION) {
      return err([
        problem(
          'other-rules',
          t('files.save.otherRules', { saved: save.rulesVersion, current: RULES_VERSION }),
          'rulesVersion',
        ),
      ]);
    }
    if (hash !== save.stateHash) {
      return err([
        problem(
          'hash-mismatch',
          t('files.save.hashMismatch', { turns: save.decisions.length, hash, saved: save.stateHash }),
          'stateHash',
        ),
      ]);
    }
    // A save that says so itself (not one upgraded from before versions were counted) and replays exactly here.
    if (countedRules(inspected.value.upgradedFrom) && save.rulesVersion < RULES_VERSION && hashesApartFrom(save.rulesVersion)) {
      return err([
        problem(
          'rules-contradicted',
          t('files.save.rulesContradicted', { saved: save.rulesVersion, current: RULES_VERSION }),
          'rulesVersion',
        ),
      ]);
    }
    return ok({ ...inspected.value, game: game.value, scenario });
  });
}

function inspect(text: unknown): Result<InspectedSave, SaveProblem> {
  if (typeof text !== 'string' || text.trim() === '') return err([problem('empty', t('files.save.empty'))]);
  const trimmed = text.trim();
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (fault) {
    if (trimmed.startsWith('{') && unclosed(trimmed))
      return err([problem('truncated', t('files.save.truncated', { length: trimmed.length }))]);
    return err([problem('not-json', t('files.save.notJson', { fault: fault instanceof Error ? fault.message : String(fault) }))]);
  }

  const head = formatAndVersion(value);
  if (!head.ok) return err([head.problem]);
  if (head.version > SAVE_VERSION)
    return err([problem('newer-version', t('files.save.newerVersion', { version: head.version, current: SAVE_VERSION }), 'version')]);
  if (head.version < SAVE_VERSION) {
    const upgraded = upgrade(value, head.version);
    return upgraded.ok ? ok({ save: upgraded.value, upgradedFrom: head.version }) : upgraded;
  }

  const problems = saveFieldProblems(value, SAVE_VERSION);
  if (problems.length > 0) return err(problems);
  const save = value as Save;
  if (checksumOf(save) !== save.checksum)
    return err([problem('checksum', t('files.save.checksum'), 'checksum')]);
  return ok({ save, upgradedFrom: null });
}

/** Whether a save written in `upgradedFrom` (null: the current version) recorded its rules' version itself: from 2 on. */
const countedRules = (upgradedFrom: number | null) => upgradedFrom === null || upgradedFrom >= 2;

const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** A fault in the reading itself must reach the player as a refusal, not take the game down. */
function guarded<T>(read: () => Result<T, SaveProblem>): Result<T, SaveProblem> {
  try {
    return read();
  } catch (fault) {
    return err([problem('internal', t('files.save.internal', { fault: String(fault) }))]);
  }
}

/** A save as a file to download: its name, its text and its media type. Importing is `readSave` on the file's text. */
export function exportSave(save: Save): { name: string; text: string; type: 'application/json' } {
  return { name: saveFileName(save), text: writeSave(save), type: 'application/json' };
}

export const importSave = readSave;

