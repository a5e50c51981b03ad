// Checking that parsed JSON has the shape of a save, field by field, in place: nothing is copied,
// so nothing can be dropped or rewritten on the way, and every problem is named by its path.
import { POSTURES, STANCES, SUPPORT_LEVELS, TEMPERAMENTS, type Scenario } from '../engine';
import { formatPath, type PathSegment } from '../scenarios/problems';
import { SAVE_FORMAT, problem, type SaveProblem } from './format';

/** Past this many, further problems are summed up in one line: a wrecked file needs no hundred reasons. */
const MAX_PROBLEMS = 12;

export class ShapeCheck {
  readonly problems: SaveProblem[] = [];
  private more = 0;

  fail(path: readonly PathSegment[], message: string): void {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push(problem('bad-field', message, formatPath(path)));
    else this.more++;
  }

  result(): SaveProblem[] {
    if (this.more === 0) return this.problems;
    return [...this.problems, problem('bad-field', `…and ${this.more} more problem${this.more === 1 ? '' : 's'} of the same kind.`)];
  }

  /** An object (not an array) with exactly the given fields. */
  fields(value: unknown, path: PathSegment[], required: readonly string[], optional: readonly string[] = []): value is Record<string, unknown> {
    if (!isPlainObject(value)) {
      this.fail(path, `${where(path)} must be an object, got ${kind(value)}.`);
      return false;
    }
    for (const key of required) if (!Object.prototype.hasOwnProperty.call(value, key)) this.fail(path, `${where(path)} is missing the field '${key}'.`);
    for (const key of Object.keys(value)) {
      if (!required.includes(key) && !optional.includes(key)) this.fail([...path, key], `${where(path)} has a field '${key}' that saves do not have.`);
    }
    return true;
  }

  // A missing field is reported once, by `fields`; the checks of its value pass over it.

  string(value: unknown, path: PathSegment[], test?: { pattern: RegExp; what: string }): value is string {
    if (value === undefined) return false;
    if (typeof value !== 'string') {
      this.fail(path, `${where(path)} must be text, got ${kind(value)}.`);
      return false;
    }
    if (test && !test.pattern.test(value)) {
      this.fail(path, `${where(path)} must be ${test.what}, got ${JSON.stringify(value.slice(0, 40))}.`);
      return false;
    }
    return true;
  }

  /** A map from actor ids (or call or choice ids) to values, each checked by `each`. */
  record(value: unknown, path: PathSegment[], each: (v: unknown, p: PathSegment[]) => void): void {
    if (value === undefined) return;
    if (!isPlainObject(value)) {
      this.fail(path, `${where(path)} must be an object, got ${kind(value)}.`);
      return;
    }
    for (const key of Object.keys(value)) {
      if (key === '__proto__') this.fail([...path, key], `${where(path)} has a key '__proto__', which no game writes.`);
      else each(value[key], [...path, key]);
    }
  }

  /** One turn of decisions: by actor, each with postures, answers, choices, and in its own crises calls, stances and
   *  a crisis started. */
  decisions(value: unknown, path: PathSegment[]): void {
    this.record(value, path, (d, p) => {
      if (!this.fields(d, p, [], ['postures', 'answers', 'choices', 'calls', 'stances', 'challenge'])) return;
      if (d.postures !== undefined)
        this.record(d.postures, [...p, 'postures'], (v, q) => {
          if (!(POSTURES as readonly unknown[]).includes(v)) this.fail(q, `${where(q)} must be one of ${POSTURES.join(', ')}, got ${show(v)}.`);
        });
      if (d.answers !== undefined)
        this.record(d.answers, [...p, 'answers'], (v, q) => {
          if (!(SUPPORT_LEVELS as readonly unknown[]).includes(v)) this.fail(q, `${where(q)} must be 0, 1, 2 or 3, got ${show(v)}.`);
        });
      if (d.choices !== undefined) this.record(d.choices, [...p, 'choices'], (v, q) => void this.string(v, q));
      if (d.calls !== undefined)
        this.record(d.calls, [...p, 'calls'], (v, q) => {
          if (!Array.isArray(v)) this.fail(q, `${where(q)} must be a list of the actors called on, got ${kind(v)}.`);
          else v.forEach((x, i) => void this.string(x, [...q, i], { pattern: /./, what: 'an actor id' }));
        });
      if (d.stances !== undefined)
        this.record(d.stances, [...p, 'stances'], (v, q) => {
          if (!(STANCES as readonly unknown[]).includes(v)) this.fail(q, `${where(q)} must be one of ${STANCES.join(', ')}, got ${show(v)}.`);
        });
      if (d.challenge !== undefined && this.fields(d.challenge, [...p, 'challenge'], ['theatre', 'target'])) {
        this.string(d.challenge.theatre, [...p, 'challenge', 'theatre'], { pattern: /./, what: 'a theatre id' });
        this.string(d.challenge.target, [...p, 'challenge', 'target'], { pattern: /./, what: 'an actor id' });
      }
    });
  }

  /** A lesson's rules (see `rulesProblems`). */
  rules(value: unknown, path: PathSegment[]): void {
    if (value === undefined) return;
    for (const p of rulesProblems(value)) this.fail([...path, ...p.path], p.message);
  }

  decisionLog(value: unknown, path: PathSegment[]): void {
    if (value === undefined) return;
    if (!Array.isArray(value)) {
      this.fail(path, `${where(path)} must be a list with one entry per turn played, got ${kind(value)}.`);
      return;
    }
    value.forEach((turn, i) => this.decisions(turn, [...path, i]));
  }
}

/**
 * What is wrong with a lesson's rules (`{ turns?, temperament? }`), each with where inside them. Checked before the
 * engine sees them, so that a bad value is refused with a sentence instead of thrown in the middle of a replay.
 * Given the scenario, a game longer than the scenario is refused too: the engine would quietly play it whole.
 */
export function rulesProblems(value: unknown, scenario?: Scenario): { path: PathSegment[]; message: string }[] {
  if (!isPlainObject(value)) return [{ path: [], message: `The lesson's rules must be an object such as {"turns": 3, "temperament": "calm"}, got ${kind(value)}.` }];
  const out: { path: PathSegment[]; message: string }[] = [];
  for (const key of Object.keys(value)) {
    if (key !== 'turns' && key !== 'temperament') out.push({ path: [key], message: `The lesson's rules may set the turns and the temperament, nothing else, not '${key.slice(0, 40)}'.` });
  }
  const { turns, temperament } = value;
  if (turns !== undefined && !(typeof turns === 'number' && Number.isInteger(turns) && turns >= 1)) {
    out.push({ path: ['turns'], message: `The lesson's number of turns must be a whole number, at least 1, got ${show(turns)}.` });
  } else if (typeof turns === 'number' && scenario && turns > scenario.turns) {
    out.push({ path: ['turns'], message: `The lesson asks for ${turns} turns, but '${scenario.title}' has only ${scenario.turns}.` });
  }
  if (temperament !== undefined && !(TEMPERAMENTS as readonly unknown[]).includes(temperament)) {
    out.push({ path: ['temperament'], message: `The lesson's temperament must be one of ${TEMPERAMENTS.join(', ')}, got ${show(temperament)}.` });
  }
  return out;
}

/** The fields of a save of version 1 or 2, each checked by its path; version 2 added `rules` and `rulesVersion`. */
export function saveFieldProblems(value: unknown, version: 1 | 2): SaveProblem[] {
  const check = new ShapeCheck();
  const fields = ['format', 'version', 'scenarioId', 'scenarioHash', 'seed', ...(version >= 2 ? ['rules', 'rulesVersion'] : []), 'players', 'decisions', 'stateHash', 'savedAt', 'checksum'];
  if (!check.fields(value, [], fields)) return check.result();
  check.string(value.scenarioId, ['scenarioId'], { pattern: /./, what: 'a scenario id' });
  check.string(value.scenarioHash, ['scenarioHash'], HASH);
  check.string(value.seed, ['seed']);
  if (version >= 2) check.rules(value.rules, ['rules']);
  if (version >= 2 && !(Number.isInteger(value.rulesVersion) && (value.rulesVersion as number) >= 1))
    check.fail(['rulesVersion'], `'rulesVersion' must be the version of the game's rules, a whole number from 1, got ${show(value.rulesVersion)}.`);
  const players = value.players;
  if (Array.isArray(players) && players.length > 0) players.forEach((p, i) => check.string(p, ['players', i], { pattern: /./, what: 'an actor id' }));
  else if (players !== undefined) check.fail(['players'], `'players' must list the sides people play, got ${JSON.stringify(players).slice(0, 40)}.`);
  check.decisionLog(value.decisions, ['decisions']);
  check.string(value.stateHash, ['stateHash'], HASH);
  if (check.string(value.savedAt, ['savedAt']) && Number.isNaN(Date.parse(value.savedAt))) check.fail(['savedAt'], `'savedAt' must be a date and time, got ${JSON.stringify(value.savedAt.slice(0, 40))}.`);
  check.string(value.checksum, ['checksum'], HASH);
  return check.result();
}

export const HASH = { pattern: /^[0-9a-f]{16}$/, what: 'a hash of 16 hexadecimal digits' };

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first things a reader needs: is this JSON object a Bowstring save, and of which version? */
export function formatAndVersion(value: unknown): { ok: true; version: number } | { ok: false; problem: SaveProblem } {
  if (!isPlainObject(value) || value.format !== SAVE_FORMAT) {
    const what = isPlainObject(value) ? (typeof value.format === 'string' ? `its format is '${value.format.slice(0, 40)}'` : 'it names no format') : `it holds ${kind(value)}`;
    return { ok: false, problem: problem('not-a-save', `This file is not a Bowstring save: ${what}, where a save says "format": "${SAVE_FORMAT}".`, 'format') };
  }
  if (typeof value.version !== 'number' || !Number.isInteger(value.version) || value.version < 0) {
    return { ok: false, problem: problem('unknown-version', `This save has no usable format version (version is ${show(value.version)}).`, 'version') };
  }
  return { ok: true, version: value.version };
}

const where = (path: readonly PathSegment[]) => (path.length === 0 ? 'The save' : `'${formatPath(path)}'`);

function kind(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.slice(0, 40))}`;
  return `${typeof value === 'number' ? 'the number' : typeof value} ${String(value)}`;
}

function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : typeof value === 'object' && value !== null ? kind(value) : String(value);
}

/** Whether JSON text stops with a bracket or a string still open: what writing interrupted midway leaves. */
export function unclosed(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  return inString || depth > 0;
}
