// Checking that parsed JSON has the shape of a save, field by field, in place: nothing is copied,
// so nothing can be dropped or rewritten on the way, and every problem is named by its path.
import { POSTURES, STANCES, SUPPORT_LEVELS, TEMPERAMENTS, type Scenario } from '../engine';
import { formatPath, type PathSegment } from '../scenarios/problems';
import { SAVE_FORMAT, problem, type SaveProblem } from './format';
import { t, tx } from '../i18n/core';

/** What a field must hold, by kind, for the message that says so. */
export type Expected = 'scenario' | 'actor' | 'theatre' | 'hash' | 'side';

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
    return [...this.problems, problem('bad-field', t('files.shape.more', { more: this.more }))];
  }

  /** An object (not an array) with exactly the given fields. */
  fields(value: unknown, path: PathSegment[], required: readonly string[], optional: readonly string[] = []): value is Record<string, unknown> {
    if (!isPlainObject(value)) {
      this.fail(path, t('files.shape.object', { where: where(path), got: kind(value) }));
      return false;
    }
    for (const key of required) if (!Object.prototype.hasOwnProperty.call(value, key)) this.fail(path, t('files.shape.missing', { where: where(path), key }));
    for (const key of Object.keys(value)) {
      if (!required.includes(key) && !optional.includes(key)) this.fail([...path, key], t('files.shape.extra', { where: where(path), key }));
    }
    return true;
  }

  // A missing field is reported once, by `fields`; the checks of its value pass over it.

  string(value: unknown, path: PathSegment[], test?: { pattern: RegExp; what: Expected }): value is string {
    if (value === undefined) return false;
    if (typeof value !== 'string') {
      this.fail(path, t('files.shape.text', { where: where(path), got: kind(value) }));
      return false;
    }
    if (test && !test.pattern.test(value)) {
      this.fail(path, t('files.shape.expected', { where: where(path), what: test.what, got: JSON.stringify(value.slice(0, 40)) }));
      return false;
    }
    return true;
  }

  /** A map from actor ids (or call or choice ids) to values, each checked by `each`. */
  record(value: unknown, path: PathSegment[], each: (v: unknown, p: PathSegment[]) => void): void {
    if (value === undefined) return;
    if (!isPlainObject(value)) {
      this.fail(path, t('files.shape.object', { where: where(path), got: kind(value) }));
      return;
    }
    for (const key of Object.keys(value)) {
      if (key === '__proto__') this.fail([...path, key], t('files.shape.proto', { where: where(path) }));
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
          if (!(POSTURES as readonly unknown[]).includes(v)) this.fail(q, t('files.shape.oneOf', { where: where(q), options: POSTURES.join(', '), got: show(v) }));
        });
      if (d.answers !== undefined)
        this.record(d.answers, [...p, 'answers'], (v, q) => {
          if (!(SUPPORT_LEVELS as readonly unknown[]).includes(v)) this.fail(q, t('files.shape.support', { where: where(q), got: show(v) }));
        });
      if (d.choices !== undefined) this.record(d.choices, [...p, 'choices'], (v, q) => void this.string(v, q));
      if (d.calls !== undefined)
        this.record(d.calls, [...p, 'calls'], (v, q) => {
          if (!Array.isArray(v)) this.fail(q, t('files.shape.calls', { where: where(q), got: kind(v) }));
          else v.forEach((x, i) => void this.string(x, [...q, i], { pattern: /./, what: 'actor' }));
        });
      if (d.stances !== undefined)
        this.record(d.stances, [...p, 'stances'], (v, q) => {
          if (!(STANCES as readonly unknown[]).includes(v)) this.fail(q, t('files.shape.oneOf', { where: where(q), options: STANCES.join(', '), got: show(v) }));
        });
      if (d.challenge !== undefined && this.fields(d.challenge, [...p, 'challenge'], ['theatre', 'target'])) {
        this.string(d.challenge.theatre, [...p, 'challenge', 'theatre'], { pattern: /./, what: 'theatre' });
        this.string(d.challenge.target, [...p, 'challenge', 'target'], { pattern: /./, what: 'actor' });
      }
    });
  }

  /** A lesson's rules (see `rulesProblems`). */
  rules(value: unknown, path: PathSegment[]): void {
    if (value === undefined) return;
    for (const p of rulesProblems(value)) this.fail([...path, ...p.path], p.message);
  }

  /** A game's rewinds (`Rewind[]`): each back from one turn to the same or an earlier one. */
  rewinds(value: unknown, path: PathSegment[]): void {
    if (value === undefined) return;
    const example = '{"from": 5, "to": 2}';
    if (!Array.isArray(value)) {
      this.fail(path, t('files.shape.rewinds', { where: where(path), example, got: kind(value) }));
      return;
    }
    value.forEach((r, i) => {
      const at = [...path, i];
      if (!this.fields(r, at, ['from', 'to'])) return;
      const turn = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 1;
      if (!turn(r.from) || !turn(r.to) || r.to > r.from) this.fail(at, t('files.shape.rewind', { where: where(at), example }));
    });
  }

  decisionLog(value: unknown, path: PathSegment[]): void {
    if (value === undefined) return;
    if (!Array.isArray(value)) {
      this.fail(path, t('files.shape.log', { where: where(path), got: kind(value) }));
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
  if (!isPlainObject(value)) return [{ path: [], message: t('files.shape.rulesObject', { example: '{"turns": 3, "temperament": "calm"}', got: kind(value) }) }];
  const out: { path: PathSegment[]; message: string }[] = [];
  for (const key of Object.keys(value)) {
    if (key !== 'turns' && key !== 'temperament') out.push({ path: [key], message: t('files.shape.rulesKey', { key: key.slice(0, 40) }) });
  }
  const { turns, temperament } = value;
  if (turns !== undefined && !(typeof turns === 'number' && Number.isInteger(turns) && turns >= 1)) {
    out.push({ path: ['turns'], message: t('files.shape.rulesTurns', { got: show(turns) }) });
  } else if (typeof turns === 'number' && scenario && turns > scenario.turns) {
    out.push({ path: ['turns'], message: t('files.shape.rulesTooLong', { turns, title: tx(scenario.title), most: scenario.turns }) });
  }
  if (temperament !== undefined && !(TEMPERAMENTS as readonly unknown[]).includes(temperament)) {
    out.push({ path: ['temperament'], message: t('files.shape.rulesTemperament', { options: TEMPERAMENTS.join(', '), got: show(temperament) }) });
  }
  return out;
}

/** The fields of a save of version 1, 2 or 3, each checked by its path; version 2 added `rules` and `rulesVersion`,
 *  version 3 `rewinds`. */
export function saveFieldProblems(value: unknown, version: 1 | 2 | 3): SaveProblem[] {
  const check = new ShapeCheck();
  const fields = ['format', 'version', 'scenarioId', 'scenarioHash', 'seed', ...(version >= 2 ? ['rules', 'rulesVersion'] : []), 'players', 'decisions', ...(version >= 3 ? ['rewinds'] : []), 'stateHash', 'savedAt', 'checksum'];
  if (!check.fields(value, [], fields)) return check.result();
  check.string(value.scenarioId, ['scenarioId'], { pattern: /./, what: 'scenario' });
  check.string(value.scenarioHash, ['scenarioHash'], HASH);
  check.string(value.seed, ['seed']);
  if (version >= 2) check.rules(value.rules, ['rules']);
  if (version >= 2 && !(Number.isInteger(value.rulesVersion) && (value.rulesVersion as number) >= 1))
    check.fail(['rulesVersion'], t('files.shape.rulesVersion', { got: show(value.rulesVersion) }));
  const players = value.players;
  if (Array.isArray(players) && players.length > 0) players.forEach((p, i) => check.string(p, ['players', i], { pattern: /./, what: 'actor' }));
  else if (players !== undefined) check.fail(['players'], t('files.shape.players', { got: JSON.stringify(players).slice(0, 40) }));
  check.decisionLog(value.decisions, ['decisions']);
  check.rewinds(value.rewinds, ['rewinds']);
  check.string(value.stateHash, ['stateHash'], HASH);
  if (check.string(value.savedAt, ['savedAt']) && Number.isNaN(Date.parse(value.savedAt))) check.fail(['savedAt'], t('files.shape.savedAt', { got: JSON.stringify(value.savedAt.slice(0, 40)) }));
  check.string(value.checksum, ['checksum'], HASH);
  return check.result();
}

export const HASH = { pattern: /^[0-9a-f]{16}$/, what: 'hash' } as const;

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first things a reader needs: is this JSON object a Bowstring save, and of which version? */
export function formatAndVersion(value: unknown): { ok: true; version: number } | { ok: false; problem: SaveProblem } {
  if (!isPlainObject(value) || value.format !== SAVE_FORMAT) {
    const how = isPlainObject(value) ? (typeof value.format === 'string' ? 'named' : 'none') : 'holds';
    const named = isPlainObject(value) && typeof value.format === 'string' ? value.format.slice(0, 40) : '';
    return { ok: false, problem: problem('not-a-save', t('files.shape.notASave', { how, named, got: kind(value), expected: SAVE_FORMAT }), 'format') };
  }
  if (typeof value.version !== 'number' || !Number.isInteger(value.version) || value.version < 0) {
    return { ok: false, problem: problem('unknown-version', t('files.shape.noVersion', { got: show(value.version) }), 'version') };
  }
  return { ok: true, version: value.version };
}

const where = (path: readonly PathSegment[]) => (path.length === 0 ? t('files.shape.theSave') : t('files.shape.field', { path: formatPath(path) }));

/** What a value is, for a message: "a list", "the text "abc"", "the number 5". */
function kind(value: unknown): string {
  const is = (what: string, shown = '') => t('files.shape.kind', { kind: what, value: shown });
  if (value === null) return is('null');
  if (value === undefined) return is('nothing');
  if (Array.isArray(value)) return is('list');
  if (typeof value === 'object') return is('object');
  if (typeof value === 'string') return is('text', JSON.stringify(value.slice(0, 40)));
  return is(typeof value, String(value));
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
