// Checks that span the file: every id names something that exists, ids are unique, events are
// complete for their kind, and warnings for content that can never come into play.
// They read the raw JSON defensively, so they run (and report) even when the schema found errors.
import { offsetOf, type JsonDocument } from './json';
import { formatPath, shortText, type PathSegment, type ScenarioProblem, type Severity } from './problems';
import { closest } from './suggest';

type Obj = Record<string, unknown>;
type Path = PathSegment[];

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const field = (v: unknown, key: string): unknown => (isObj(v) && Object.prototype.hasOwnProperty.call(v, key) ? v[key] : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const keysOf = (v: unknown): string[] => (isObj(v) ? Object.keys(v) : []);

const CHOICE_KINDS = new Set(['opportunity', 'pressure', 'dispute']);

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
  list(field(root, 'documents')).forEach((d, i) => {
    const file = str(field(d, 'file'));
    if (file === undefined) return;
    const first = documents.get(file);
    if (first !== undefined) error(['documents', i, 'file'], `documents[${i}] lists '${file}' again; it is already documents[${first}].`);
    else documents.set(file, i);
  });
  const turns = num(field(root, 'turns'));

  /** Actors mentioned by ties, postures, theatres and events: the ones that can take part. */
  const used = new Set<string>();

  function uniqueIds(section: string, what: string): Map<string, number> {
    const ids = new Map<string, number>();
    list(field(root, section)).forEach((item, i) => {
      const id = str(field(item, 'id'));
      if (id === undefined) return;
      const first = ids.get(id);
      if (first !== undefined) {
        error([section, i, 'id'], `${section}[${i}] repeats the id '${id}' of ${section}[${first}]; every ${what} needs its own id.`);
      } else ids.set(id, i);
    });
    return ids;
  }

  function known(ids: Map<string, number>, what: string, plural: string, path: Path, value: unknown, at: 'value' | 'key' = 'value', use = true): boolean {
    const id = str(value);
    if (id === undefined) return false;
    if (ids.has(id)) {
      if (use && what === 'actor') used.add(id);
      return true;
    }
    const guess = closest(id, ids.keys());
    const names = [...ids.keys()];
    const hint = guess
      ? `did you mean '${guess}'?`
      : names.length === 0
        ? `the scenario has no ${plural}.`
        : names.length <= 12
          ? `the ${plural} are ${names.join(', ')}.`
          : `see the list of ${plural}.`;
    error(path, `${formatPath(path)} names the ${what} '${shortText(id)}', but there is no ${what} with that id; ${hint}`, at);
    return false;
  }
  const actor = (path: Path, value: unknown, at: 'value' | 'key' = 'value', use = true) =>
    known(actors, 'actor', 'actors', path, value, at, use);
  const theatre = (path: Path, value: unknown) => known(theatres, 'theatre', 'theatres', path, value);

  /** Two actor fields of one item that must name different actors. */
  function pair(base: Path, item: unknown, k1: string, k2: string, doing: string, use = true): [string, string] | undefined {
    const a = field(item, k1);
    const b = field(item, k2);
    const okA = actor([...base, k1], a, 'value', use);
    const okB = actor([...base, k2], b, 'value', use);
    if (okA && okB && a === b) {
      error([...base, k2], `${formatPath(base)} has '${String(a)}' ${doing} itself; ${k1} and ${k2} must be two different actors.`);
      return undefined;
    }
    return okA && okB ? [String(a), String(b)] : undefined;
  }

  function sources(base: Path, item: unknown): void {
    list(field(item, 'sources')).forEach((s, i) => {
      const file = str(field(s, 'document'));
      if (file === undefined || documents.has(file)) return;
      const guess = closest(file, documents.keys());
      const listed = [...documents.keys()];
      const hint = guess
        ? `did you mean '${guess}'?`
        : listed.length > 0 && listed.length <= 5
          ? `the documents listed are ${listed.join(', ')}. Add it to "documents", or correct the file name.`
          : 'add it to "documents", or correct the file name.';
      error([...base, 'sources', i, 'document'], `${formatPath([...base, 'sources', i])} quotes '${shortText(file)}', which is not listed in "documents"; ${hint}`);
    });
  }

  // ---- the scenario as a whole
  const start = num(field(root, 'startYear'));
  const end = num(field(root, 'endYear'));
  if (start !== undefined && end !== undefined && end < start) {
    error(['endYear'], `endYear (${end}) is before startYear (${start}).`);
  }
  sources([], root);

  // ---- actors
  list(field(root, 'actors')).forEach((a, i) => {
    const id = str(field(a, 'id'));
    for (const other of keysOf(field(a, 'trust'))) {
      const path: Path = ['actors', i, 'trust', other];
      if (actor(path, other, 'key', false) && other === id) {
        warn(path, `${formatPath(path)} is ${id}'s trust in itself, which the game never uses; remove it.`, 'key');
      }
    }
    sources(['actors', i], a);
  });

  // ---- ties and postures
  const tied = new Map<string, number>();
  list(field(root, 'ties')).forEach((t, i) => {
    const ids = pair(['ties', i], t, 'a', 'b', 'tied to');
    if (!ids) return;
    const key = [...ids].sort().join('\u0000');
    const first = tied.get(key);
    if (first !== undefined) error(['ties', i], `ties[${i}] ties ${ids[0]} and ${ids[1]} again; ties[${first}] already does, and a pair can have only one tie.`);
    else tied.set(key, i);
    list(field(t, 'against')).forEach((x, j) => {
      if (actor(['ties', i, 'against', j], x, 'value', false) && ids.includes(str(x)!)) {
        error(['ties', i, 'against', j], `ties[${i}].against names ${str(x)}, one of the two sides of the tie; a treaty is aimed at a third power.`);
      }
    });
    const burdened = field(field(t, 'burden'), 'actor');
    if (burdened !== undefined && actor(['ties', i, 'burden', 'actor'], burdened, 'value', false) && !ids.includes(str(burdened)!)) {
      error(['ties', i, 'burden', 'actor'], `ties[${i}].burden.actor is ${str(burdened)}, but only ${ids[0]} or ${ids[1]} can resent the terms of their own treaty.`);
    }
    sources(['ties', i], t);
  });
  checkPostures(['postures'], field(root, 'postures'));

  function checkPostures(base: Path, postures: unknown, use = true): void {
    const held = new Map<string, number>();
    list(postures).forEach((p, i) => {
      const ids = pair([...base, i], p, 'from', 'to', 'taking a stance toward', use);
      if (!ids) return;
      const key = ids.join('\u0000');
      const first = held.get(key);
      const at = formatPath([...base, i]);
      if (first !== undefined) error([...base, i], `${at} gives ${ids[0]} a second stance toward ${ids[1]}; ${formatPath([...base, first])} already sets one.`);
      else held.set(key, i);
    });
  }

  // ---- theatres
  list(field(root, 'theatres')).forEach((t, i) => {
    const rivalries = new Map<string, number>();
    list(field(t, 'rivals')).forEach((r, j) => {
      const ids = pair(['theatres', i, 'rivals', j], r, 'challenger', 'defender', 'as a rival of');
      if (!ids) return;
      const key = ids.join('\u0000');
      const first = rivalries.get(key);
      if (first !== undefined) error(['theatres', i, 'rivals', j], `theatres[${i}].rivals[${j}] repeats the rivalry of rivals[${first}].`);
      else rivalries.set(key, j);
    });
    for (const other of keysOf(field(t, 'exposure'))) actor(['theatres', i, 'exposure', other], other, 'key');
    sources(['theatres', i], t);
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
      warn([...base, 'turns', 'from'], `${at} can never be dealt: it starts on turn ${from}, but the scenario has only ${turns} turn${turns === 1 ? '' : 's'}.`);
    } else if (from !== undefined && to !== undefined && from > to) {
      warn([...base, 'turns'], `${at} can never be dealt: its first turn (${from}) comes after its last (${to}).`);
    }
    if (field(e, 'weight') === 0) warn([...base, 'weight'], `${at} can never be dealt: its weight is 0.`);

    if (kind === 'crisis') {
      const crisis = field(e, 'crisis');
      if (crisis === undefined) error([...base, 'crisis'], `${at} is a crisis but has no "crisis" saying who challenges whom and how gravely.`);
      else pair([...base, 'crisis'], crisis, 'initiator', 'target', 'challenging');
      if (field(e, 'theatre') === undefined) error([...base, 'theatre'], `${at} is a crisis but has no "theatre": every crisis happens somewhere.`);
      for (const key of ['decider', 'choices']) {
        if (field(e, key) !== undefined) warn([...base, key], `${at} is a crisis, so its "${key}" is never used; only opportunity, pressure and dispute events offer choices.`, 'key');
      }
    } else if (kind !== undefined && CHOICE_KINDS.has(kind)) {
      const decider = field(e, 'decider');
      if (decider === undefined) error([...base, 'decider'], `${at} is ${article(kind)} ${kind} but has no "decider": someone must make the choice.`);
      else actor([...base, 'decider'], decider);
      const choices = field(e, 'choices');
      if (list(choices).length === 0 && (choices === undefined || Array.isArray(choices))) {
        error([...base, 'choices'], `${at} is ${article(kind)} ${kind} but offers no choices; give it at least one.`);
      }
      if (field(e, 'crisis') !== undefined) warn([...base, 'crisis'], `${at} is not a crisis, so its "crisis" is never used.`, 'key');
    }

    const choiceIds = new Map<string, number>();
    list(field(e, 'choices')).forEach((c, j) => {
      const id = str(field(c, 'id'));
      if (id !== undefined) {
        const first = choiceIds.get(id);
        if (first !== undefined) error([...base, 'choices', j, 'id'], `${at}.choices[${j}] repeats the id '${id}' of choices[${first}]; each choice of an event needs its own id.`);
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
      const label = (i: number) => str(field(list(field(e, 'choices'))[i], 'label')) ?? `choices[${i}]`;
      warn(
        [...base, 'choices', ki],
        `${formatPath(base)}.choices[${ki}] (‘${label(ki)}’) is never the better choice: choices[${better}] (‘${label(better)}’) gives the same support at no lower cost, is no worse for ${decider ?? 'the decider'} in any metric and better in one, and has the same other effects.`,
      );
    });
  }



  function checkCondition(base: Path, c: unknown): void {
    switch (field(c, 'kind')) {
      case 'tie':
        pair(base, c, 'a', 'b', 'tied to');
        break;
      case 'posture':
        pair(base, c, 'from', 'to', 'taking a stance toward');
        break;
      case 'trust':
        pair(base, c, 'from', 'to', 'trusting');
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
      error([...base, 'min'], `${formatPath(base)} can never hold: its min (${min}) is above its max (${max}).`);
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
          error([...base, 'to'], `${formatPath(base)} has ${decider} supporting itself; "to" must be another actor than the event's decider.`);
        }
        break;
      case 'crisis':
        theatre([...base, 'theatre'], field(x, 'theatre'));
        pair(base, x, 'initiator', 'target', 'challenging');
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
      if (first !== undefined) error([...base, 'turn'], `history[${i}] is a second entry for turn ${turn}, after history[${first}]; merge them into one.`);
      else historyTurns.set(turn, i);
      if (turns !== undefined && turn > turns) warn([...base, 'turn'], `history[${i}] is for turn ${turn}, but the scenario has only ${turns} turns, so the debrief never shows it.`);
    }
    // Historical stances do not bring an actor into play, so they do not count as a use.
    checkPostures([...base, 'postures'], field(h, 'postures'), false);
    const choices = field(h, 'choices');
    for (const eventId of keysOf(choices)) {
      const path: Path = [...base, 'choices', eventId];
      if (!known(events, 'event', 'events', path, eventId, 'key')) continue;
      const event = list(field(root, 'events'))[events.get(eventId)!];
      const offered = list(field(event, 'choices')).map((c) => str(field(c, 'id'))).filter((c): c is string => c !== undefined);
      const chosen = str(field(choices, eventId));
      if (chosen === undefined || offered.includes(chosen)) continue;
      const hint = offered.length === 0 ? `that event offers no choices.` : `its choices are ${offered.join(', ')}.`;
      error(path, `${formatPath(path)} names the choice '${chosen}', but event '${eventId}' has no such choice; ${hint}`);
    }
    sources(base, h);
  });

  // ---- playable sides
  const sides = new Map<string, number>();
  list(field(root, 'playable')).forEach((p, i) => {
    if (!actor(['playable', i], p, 'value', false)) return;
    const id = String(p);
    const first = sides.get(id);
    if (first !== undefined) error(['playable', i], `playable[${i}] lists ${id} again; it is already playable[${first}].`);
    else sides.set(id, i);
    const interests = field(list(field(root, 'actors'))[actors.get(id)!], 'interests');
    const weights = Object.values(isObj(interests) ? interests : {});
    if (isObj(interests) && !weights.some((w) => typeof w === 'number' && w > 0)) {
      warn(['playable', i], `${id} is playable but cares about nothing: all its interest weights are 0, so no choice can help or hurt its score.`);
    }
  });

  // ---- actors that never come into play
  actors.forEach((i, id) => {
    if (!used.has(id)) warn(['actors', i, 'id'], `Actor '${id}' appears in no tie, posture, theatre or event, so it never comes into play.`);
  });

  return problems;
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'an' : 'a';
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
