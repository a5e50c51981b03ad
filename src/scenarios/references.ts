// Checks that span the file: every id names something that exists, ids are unique, events are
// complete for their kind, and warnings for content that can never come into play.
// They read the raw JSON defensively, so they run (and report) even when the schema found errors.
import { offsetOf, type JsonDocument } from './json';
import { formatPath, shortText, type PathSegment, type ScenarioProblem, type Severity } from './problems';
import { closest } from './suggest';
import { lang, t } from '../i18n/core';

type Obj = Record<string, unknown>;
type Path = PathSegment[];

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const field = (v: unknown, key: string): unknown => (isObj(v) && Object.prototype.hasOwnProperty.call(v, key) ? v[key] : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const keysOf = (v: unknown): string[] => (isObj(v) ? Object.keys(v) : []);

const CHOICE_KINDS = new Set(['opportunity', 'pressure', 'dispute']);

/** What an id names, and how a pair of actors is related: the messages choose their words by these. */
type Kind = 'actor' | 'theatre' | 'event';
type Doing = 'tie' | 'posture' | 'rival' | 'challenge' | 'trust';

export function referenceProblems(doc: JsonDocument): ScenarioProblem[] {
  const root = doc.value;
  const problems: ScenarioProblem[] = [];
  const report = (severity: Severity, path: Path, message: string, at: 'value' | 'key' = 'value') =>
    problems.push({ severity, stage: 'meaning', path: formatPath(path), ...doc.lines.position(offsetOf(doc.root, path, at)), message });
  const error = (path: Path, message: string, at?: 'value' | 'key') => report('error', path, message, at);
  const warn = (path: Path, message: string, at?: 'value' | 'key') => report('warning', path, message, at);

  // ---- what exists
  const actors = uniqueIds('actors', 'actor');
  const theatres = uniqueIds('theatres', 'theatre');
  const events = uniqueIds('events', 'event');
  const documents = new Map<string, number>();
  /** The part ids of each document, by file. */
  const parts = new Map<string, string[]>();
  list(field(root, 'documents')).forEach((d, i) => {
    const file = str(field(d, 'file'));
    if (file === undefined) return;
    const first = documents.get(file);
    if (first !== undefined) error(['documents', i, 'file'], t('files.references.documentAgain', { i, file, first }));
    else documents.set(file, i);
    const ids: string[] = [];
    list(field(d, 'parts')).forEach((p, j) => {
      const id = str(field(p, 'id'));
      const from = num(field(p, 'from'));
      const to = num(field(p, 'to'));
      const path = formatPath(['documents', i, 'parts', j]);
      if (id !== undefined && ids.includes(id)) error(['documents', i, 'parts', j, 'id'], t('files.references.partAgain', { path, id: shortText(id) }));
      else if (id !== undefined) ids.push(id);
      if (from !== undefined && to !== undefined && to < from) error(['documents', i, 'parts', j, 'to'], t('files.references.partBackwards', { path, from, to }));
    });
    if (first === undefined) parts.set(file, ids);
  });
  const turns = num(field(root, 'turns'));

  /** Actors mentioned by ties, postures, theatres and events: the ones that can take part. */
  const used = new Set<string>();

  function uniqueIds(section: string, what: Kind): Map<string, number> {
    const ids = new Map<string, number>();
    list(field(root, section)).forEach((item, i) => {
      const id = str(field(item, 'id'));
      if (id === undefined) return;
      const first = ids.get(id);
      if (first !== undefined) {
        error([section, i, 'id'], t('files.references.idAgain', { section, i, id, first, what }));
      } else ids.set(id, i);
    });
    return ids;
  }

  function known(ids: Map<string, number>, what: Kind, path: Path, value: unknown, at: 'value' | 'key' = 'value', use = true): boolean {
    const id = str(value);
    if (id === undefined) return false;
    if (ids.has(id)) {
      if (use && what === 'actor') used.add(id);
      return true;
    }
    const guess = closest(id, ids.keys());
    const names = [...ids.keys()];
    const values = { path: formatPath(path), what, id: shortText(id) };
    const message = guess
      ? t('files.references.unknownGuess', { ...values, guess })
      : names.length === 0
        ? t('files.references.unknownNone', values)
        : names.length <= 12
          ? t('files.references.unknownList', { ...values, names: names.join(', ') })
          : t('files.references.unknownMany', values);
    error(path, message, at);
    return false;
  }
  const actor = (path: Path, value: unknown, at: 'value' | 'key' = 'value', use = true) =>
    known(actors, 'actor', path, value, at, use);
  const theatre = (path: Path, value: unknown) => known(theatres, 'theatre', path, value);

  /** Two actor fields of one item that must name different actors. */
  function pair(base: Path, item: unknown, k1: string, k2: string, doing: Doing, use = true): [string, string] | undefined {
    const a = field(item, k1);
    const b = field(item, k2);
    const okA = actor([...base, k1], a, 'value', use);
    const okB = actor([...base, k2], b, 'value', use);
    if (okA && okB && a === b) {
      error([...base, k2], t('files.references.itself', { path: formatPath(base), id: String(a), doing, first: k1, second: k2 }));
      return undefined;
    }
    return okA && okB ? [String(a), String(b)] : undefined;
  }

  function sources(base: Path, item: unknown): void {
    list(field(item, 'sources')).forEach((s, i) => {
      const file = str(field(s, 'document'));
      const part = str(field(s, 'part'));
      if (file !== undefined && documents.has(file) && part !== undefined && !parts.get(file)?.includes(part)) {
        const listed = parts.get(file) ?? [];
        error([...base, 'sources', i, 'part'], t('files.references.unknownPart', { path: formatPath([...base, 'sources', i, 'part']), part: shortText(part), file, parts: listed.join(', '), any: listed.length > 0 ? 'yes' : 'no' }));
      }
      if (file === undefined || documents.has(file)) return;
      const guess = closest(file, documents.keys());
      const listed = [...documents.keys()];
      const values = { path: formatPath([...base, 'sources', i]), file: shortText(file) };
      const message = guess
        ? t('files.references.unlistedGuess', { ...values, guess })
        : listed.length > 0 && listed.length <= 5
          ? t('files.references.unlistedList', { ...values, files: listed.join(', ') })
          : t('files.references.unlistedAdd', values);
      error([...base, 'sources', i, 'document'], message);
    });
  }

  // ---- the scenario as a whole
  const start = num(field(root, 'startYear'));
  const end = num(field(root, 'endYear'));
  if (start !== undefined && end !== undefined && end < start) {
    error(['endYear'], t('files.references.endBeforeStart', { end: String(end), start: String(start) }));
  }
  sources([], root);

  // ---- actors
  list(field(root, 'actors')).forEach((a, i) => {
    const id = str(field(a, 'id'));
    for (const other of keysOf(field(a, 'trust'))) {
      const path: Path = ['actors', i, 'trust', other];
      if (actor(path, other, 'key', false) && other === id) {
        warn(path, t('files.references.selfTrust', { path: formatPath(path), id }), 'key');
      }
    }
    sources(['actors', i], a);
  });

  // ---- ties and postures
  const tied = new Map<string, number>();
  /** What ties and treaties share: the pair, whom the treaty is aimed at, whom its terms burden, its sources. */
  function checkTreaty(base: Path, tie: unknown, where: 'ties' | 'treaties', i: number): [string, string] | undefined {
    const ids = pair(base, tie, 'a', 'b', 'tie');
    if (!ids) return undefined;
    list(field(tie, 'against')).forEach((x, j) => {
      if (actor([...base, 'against', j], x, 'value', false) && ids.includes(str(x)!)) {
        error([...base, 'against', j], t('files.references.againstSide', { list: where, i, id: str(x)! }));
      }
    });
    const burdened = field(field(tie, 'burden'), 'actor');
    if (burdened !== undefined && actor([...base, 'burden', 'actor'], burdened, 'value', false) && !ids.includes(str(burdened)!)) {
      error([...base, 'burden', 'actor'], t('files.references.burden', { list: where, i, id: str(burdened)!, a: ids[0], b: ids[1] }));
    }
    sources(base, tie);
    return ids;
  }
  const tiedKind = new Map<string, string>();
  list(field(root, 'ties')).forEach((tie, i) => {
    const ids = checkTreaty(['ties', i], tie, 'ties', i);
    if (!ids) return;
    const key = [...ids].sort().join('\u0000');
    const first = tied.get(key);
    if (first !== undefined) error(['ties', i], t('files.references.tieAgain', { i, a: ids[0], b: ids[1], first }));
    else {
      tied.set(key, i);
      tiedKind.set(key, str(field(tie, 'kind')) ?? '');
    }
  });
  const signed = new Map<string, number>();
  list(field(root, 'treaties')).forEach((treaty, i) => {
    const ids = checkTreaty(['treaties', i], treaty, 'treaties', i);
    if (!ids) return;
    const kind = str(field(treaty, 'kind')) ?? '';
    const key = [...ids].sort().join('\u0000');
    const atStart = tied.get(key);
    if (atStart !== undefined && tiedKind.get(key) === kind) {
      error(['treaties', i], t('files.references.treatyAtStart', { i, a: ids[0], b: ids[1], kind, first: atStart }));
      return;
    }
    const first = signed.get(`${key}\u0000${kind}`);
    if (first !== undefined) error(['treaties', i], t('files.references.treatyAgain', { i, a: ids[0], b: ids[1], kind, first }));
    else signed.set(`${key}\u0000${kind}`, i);
  });
  checkPostures(['postures'], field(root, 'postures'));

  function checkPostures(base: Path, postures: unknown, use = true): void {
    const held = new Map<string, number>();
    list(postures).forEach((p, i) => {
      const ids = pair([...base, i], p, 'from', 'to', 'posture', use);
      if (!ids) return;
      const key = ids.join('\u0000');
      const first = held.get(key);
      const at = formatPath([...base, i]);
      if (first !== undefined) error([...base, i], t('files.references.secondStance', { path: at, from: ids[0], to: ids[1], first: formatPath([...base, first]) }));
      else held.set(key, i);
    });
  }

  // ---- theatres
  list(field(root, 'theatres')).forEach((theatreItem, i) => {
    const rivalries = new Map<string, number>();
    list(field(theatreItem, 'rivals')).forEach((r, j) => {
      const ids = pair(['theatres', i, 'rivals', j], r, 'challenger', 'defender', 'rival');
      if (!ids) return;
      const key = ids.join('\u0000');
      const first = rivalries.get(key);
      if (first !== undefined) error(['theatres', i, 'rivals', j], t('files.references.rivalryAgain', { i, j, first }));
      else rivalries.set(key, j);
    });
    for (const other of keysOf(field(theatreItem, 'exposure'))) actor(['theatres', i, 'exposure', other], other, 'key');
    sources(['theatres', i], theatreItem);
  });

  // ---- events
  list(field(root, 'events')).forEach((e, i) => checkEvent(['events', i], e));

  function checkEvent(base: Path, e: unknown): void {
    const at = formatPath(base);
    const kind = str(field(e, 'kind'));
    if (field(e, 'theatre') !== undefined) theatre([...base, 'theatre'], field(e, 'theatre'));
    list(field(e, 'when')).forEach((c, j) => checkCondition([...base, 'when', j], c));
    sources(base, e);

    // When it can be dealt.
    const from = num(field(field(e, 'turns'), 'from'));
    const to = num(field(field(e, 'turns'), 'to'));
    if (from !== undefined && turns !== undefined && from > turns) {
      warn([...base, 'turns', 'from'], t('files.references.startsTooLate', { path: at, from, turns }));
    } else if (from !== undefined && to !== undefined && from > to) {
      warn([...base, 'turns'], t('files.references.emptyWindow', { path: at, from, to }));
    }
    if (field(e, 'weight') === 0) warn([...base, 'weight'], t('files.references.weightZero', { path: at }));

    if (kind === 'crisis') {
      const crisis = field(e, 'crisis');
      if (crisis === undefined) error([...base, 'crisis'], t('files.references.crisisMissing', { path: at }));
      else pair([...base, 'crisis'], crisis, 'initiator', 'target', 'challenge');
      if (field(e, 'theatre') === undefined) error([...base, 'theatre'], t('files.references.crisisNoTheatre', { path: at }));
      for (const key of ['decider', 'choices']) {
        if (field(e, key) !== undefined) warn([...base, key], t('files.references.crisisUnused', { path: at, key }), 'key');
      }
    } else if (kind !== undefined && CHOICE_KINDS.has(kind)) {
      const decider = field(e, 'decider');
      if (decider === undefined) error([...base, 'decider'], t('files.references.noDecider', { path: at, kind }));
      else actor([...base, 'decider'], decider);
      const choices = field(e, 'choices');
      if (list(choices).length === 0 && (choices === undefined || Array.isArray(choices))) {
        error([...base, 'choices'], t('files.references.noChoices', { path: at, kind }));
      }
      if (field(e, 'crisis') !== undefined) warn([...base, 'crisis'], t('files.references.notCrisis', { path: at }), 'key');
    }

    const choiceIds = new Map<string, number>();
    list(field(e, 'choices')).forEach((c, j) => {
      const id = str(field(c, 'id'));
      if (id !== undefined) {
        const first = choiceIds.get(id);
        if (first !== undefined) error([...base, 'choices', j, 'id'], t('files.references.choiceIdAgain', { path: at, j, id, first }));
        else choiceIds.set(id, j);
      }
      list(field(c, 'effects')).forEach((x, k) => checkEffect([...base, 'choices', j, 'effects', k], x, str(field(e, 'decider'))));
    });
    dominatedChoices(base, e);
  }

  /** An option no better than another in every way, and worse in one, is no choice: warn, so the author can fix it. */
  function dominatedChoices(base: Path, e: unknown): void {
    const decider = str(field(e, 'decider'));
    const options = list(field(e, 'choices')).map((c) => readOption(c, decider));
    options.forEach((k, ki) => {
      if (!k) return;
      const better = options.findIndex((j, ji) => j !== null && ji !== ki && dominates(j, k));
      if (better < 0) return;
      const label = (i: number) => textOf(field(list(field(e, 'choices'))[i], 'label')) ?? `choices[${i}]`;
      warn(
        [...base, 'choices', ki],
        t('files.references.dominated', {
          path: formatPath(base),
          k: ki,
          label: label(ki),
          better,
          betterLabel: label(better),
          decider: decider ?? t('files.references.theDecider'),
        }),
      );
    });
  }



  function checkCondition(base: Path, c: unknown): void {
    switch (field(c, 'kind')) {
      case 'tie':
        pair(base, c, 'a', 'b', 'tie');
        break;
      case 'posture':
        pair(base, c, 'from', 'to', 'posture');
        break;
      case 'trust':
        pair(base, c, 'from', 'to', 'trust');
        break;
      case 'tension':
        theatre([...base, 'theatre'], field(c, 'theatre'));
        break;
      case 'metric':
        actor([...base, 'actor'], field(c, 'actor'));
        break;
    }
    const min = num(field(c, 'min'));
    const max = num(field(c, 'max'));
    if (min !== undefined && max !== undefined && min > max) {
      error([...base, 'min'], t('files.references.neverHolds', { path: formatPath(base), min: String(min), max: String(max) }));
    }
  }

  function checkEffect(base: Path, x: unknown, decider: string | undefined): void {
    switch (field(x, 'kind')) {
      case 'metric':
      case 'power':
        actor([...base, 'actor'], field(x, 'actor'));
        break;
      case 'tension':
        theatre([...base, 'theatre'], field(x, 'theatre'));
        break;
      case 'support':
        if (actor([...base, 'to'], field(x, 'to')) && field(x, 'to') === decider) {
          error([...base, 'to'], t('files.references.supportsItself', { path: formatPath(base), id: String(decider) }));
        }
        break;
      case 'crisis':
        theatre([...base, 'theatre'], field(x, 'theatre'));
        pair(base, x, 'initiator', 'target', 'challenge');
        break;
    }
  }

  // ---- history
  const historyTurns = new Map<number, number>();
  list(field(root, 'history')).forEach((h, i) => {
    const base: Path = ['history', i];
    const turn = num(field(h, 'turn'));
    if (turn !== undefined) {
      const first = historyTurns.get(turn);
      if (first !== undefined) error([...base, 'turn'], t('files.references.historyAgain', { i, turn: String(turn), first }));
      else historyTurns.set(turn, i);
      if (turns !== undefined && turn > turns) warn([...base, 'turn'], t('files.references.historyTooLate', { i, turn: String(turn), turns }));
    }
    // Historical stances do not bring an actor into play, so they do not count as a use.
    checkPostures([...base, 'postures'], field(h, 'postures'), false);
    const choices = field(h, 'choices');
    for (const eventId of keysOf(choices)) {
      const path: Path = [...base, 'choices', eventId];
      if (!known(events, 'event', path, eventId, 'key')) continue;
      const event = list(field(root, 'events'))[events.get(eventId)!];
      const offered = list(field(event, 'choices')).map((c) => str(field(c, 'id'))).filter((c): c is string => c !== undefined);
      const chosen = str(field(choices, eventId));
      if (chosen === undefined || offered.includes(chosen)) continue;
      const values = { path: formatPath(path), choice: chosen, event: eventId };
      error(path, offered.length === 0 ? t('files.references.noSuchChoiceNone', values) : t('files.references.noSuchChoice', { ...values, choices: offered.join(', ') }));
    }
    sources(base, h);
  });

  // ---- playable sides
  const sides = new Map<string, number>();
  list(field(root, 'playable')).forEach((p, i) => {
    if (!actor(['playable', i], p, 'value', false)) return;
    const id = String(p);
    const first = sides.get(id);
    if (first !== undefined) error(['playable', i], t('files.references.playableAgain', { i, id, first }));
    else sides.set(id, i);
    const interests = field(list(field(root, 'actors'))[actors.get(id)!], 'interests');
    const weights = Object.values(isObj(interests) ? interests : {});
    if (isObj(interests) && !weights.some((w) => typeof w === 'number' && w > 0)) {
      warn(['playable', i], t('files.references.caresNothing', { id }));
    }
  });

  // ---- actors that never come into play
  actors.forEach((i, id) => {
    if (!used.has(id)) warn(['actors', i, 'id'], t('files.references.unused', { id }));
  });

  return problems;
}

/** A choice's label as the page's language reads it: a plain text, or the page's language of a text in several. */
function textOf(label: unknown): string | undefined {
  if (typeof label === 'string') return label;
  const own = field(label, lang());
  return typeof own === 'string' ? own : str(field(label, 'en'));
}

/** What an option does, in the terms that decide whether another beats it: the decider's metrics, the support it
 *  gives (to whom, how much, at what cost), and everything else it does, as canonical text. */
interface OptionReading {
  mine: Record<string, number>;
  support: Map<string, { level: number; cost: number }>;
  rest: string[];
}

function readOption(c: unknown, decider: string | undefined): OptionReading | null {
  const mine: Record<string, number> = {};
  const support = new Map<string, { level: number; cost: number }>();
  const rest: string[] = [];
  for (const x of list(field(c, 'effects'))) {
    const kind = field(x, 'kind');
    if (kind === 'metric' && field(x, 'actor') === decider) {
      const m = str(field(x, 'metric'));
      const amount = num(field(x, 'amount'));
      if (m === undefined || amount === undefined) return null;
      mine[m] = (mine[m] ?? 0) + amount;
    } else if (kind === 'support') {
      const to = str(field(x, 'to'));
      const level = num(field(x, 'level'));
      if (to === undefined || level === undefined || support.has(to)) return null;
      support.set(to, { level, cost: num(field(x, 'cost')) ?? 0 });
    } else rest.push(JSON.stringify(x, Object.keys(isObj(x) ? x : {}).sort()));
  }
  return { mine, support, rest: rest.sort() };
}

/** Whether option `j` beats option `k`: the same support to the same actors at no lower cost (a costlier signal
 *  counts for more), the same other effects, no metric of the decider's lower, and one higher. */
function dominates(j: OptionReading, k: OptionReading): boolean {
  if (j.support.size !== k.support.size || j.rest.join('|') !== k.rest.join('|')) return false;
  for (const [to, s] of k.support) {
    const t = j.support.get(to);
    if (!t || t.level !== s.level || t.cost < s.cost) return false;
  }
  let strictly = false;
  for (const m of new Set([...Object.keys(j.mine), ...Object.keys(k.mine)])) {
    const a = j.mine[m] ?? 0;
    const b = k.mine[m] ?? 0;
    if (a < b) return false;
    if (a > b) strictly = true;
  }
  return strictly;
}
