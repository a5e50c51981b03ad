// Advice to authors on what the format lets pass but plays otherwise than the file reads: a country the map cannot
// draw, postures that undo a tie, a calendar that does not add up, a historical choice that cannot come up, events
// crowded out of their turns, an effect far beyond the game's scale, a theatre name that reads badly in a sentence,
// two powers sharing a rival left on the default trust.
// Only warnings: each of these plays. Run on a file whose every id resolves; pure.
import { DEFAULT_RULES, turnStart } from '../engine/scenario';
import { POSTURE_RANK, tieFromPostures } from '../engine/relations';
import type { EventDef, Posture, ScenarioDef } from '../engine/types';
import { formatPath, type Finding, type PathSegment } from './problems';
import { english } from '../engine/prose';
import { listWords, t } from '../i18n/core';

/**
 * A metric effect larger than this, in points of the 0–100 scale, is pointed out. The shipped scenarios' largest is
 * 12 and the 95th percentile 6 (tests/scenarios/advice.test.ts prints the figures); the engine multiplies
 * an effect by up to 1.5 in a tense theatre, so 20 points can move a measure 30 in one choice, close to a third of
 * its whole range. A larger number is most likely a slip (a stray zero); if meant, one choice outweighs the game.
 */
export const METRIC_EFFECT_LIMIT = 20;

/** Every piece of advice for a scenario. `mapCodes`: the country codes the game's map can draw, when known. */
export function adviceFindings(def: ScenarioDef, mapCodes?: ReadonlySet<string>): Finding[] {
  return [
    ...(mapCodes ? unknownMapCodes(def, mapCodes) : []),
    ...tiesAgainstPostures(def),
    ...calendar(def),
    ...crowdedTurns(def),
    ...historicalChoices(def),
    ...outsizedEffects(def),
    ...theatreArticles(def),
    ...strangersAligned(def),
  ];
}

/** The country codes in a world-atlas topology: what the map draws an actor's territory from (see src/render/geography.ts). */
export function atlasCodes(topology: unknown): Set<string> {
  const geometries = (topology as { objects?: { countries?: { geometries?: { id?: unknown }[] } } })?.objects?.countries?.geometries ?? [];
  return new Set(geometries.filter((g) => g.id !== undefined).map((g) => String(g.id)));
}

const warn = (path: PathSegment[], message: string, at?: 'key'): Finding => ({ severity: 'warning', path, message, ...(at ? { at } : {}) });

function unknownMapCodes(def: ScenarioDef, codes: ReadonlySet<string>): Finding[] {
  return def.actors.flatMap((a, i) =>
    a.map.iso.flatMap((code, j) => {
      if (codes.has(code)) return [];
      const padded = code.padStart(3, '0');
      const path = ['actors', i, 'map', 'iso', j];
      const guess = /^\d+$/.test(code) && codes.has(padded) ? padded : 'none';
      return [warn(path, t('files.advice.mapCode', { path: formatPath(path), code, actor: a.id, guess }))];
    }),
  );
}

/**
 * The game starts each pair with the tie its two postures agree on (the less committed of the two), each posture taken
 * from "postures" or else from the pair's tie. So a posture below its tie quietly weakens or undoes the tie, and two
 * postures of an untied pair quietly make one.
 */
function tiesAgainstPostures(def: ScenarioDef): Finding[] {
  const key = (from: string, to: string) => `${from}\u0000${to}`;
  const implied = new Map<string, Posture>();
  for (const tie of def.ties) for (const [from, to] of [[tie.a, tie.b], [tie.b, tie.a]] as const) implied.set(key(from, to), tie.kind === 'alliance' ? 'ally' : 'partner');
  const listed = new Map<string, number>();
  def.postures.forEach((p, i) => listed.set(key(p.from, p.to), i));
  const posture = (from: string, to: string): Posture => {
    const i = listed.get(key(from, to));
    return i !== undefined ? def.postures[i]!.posture : (implied.get(key(from, to)) ?? 'hedge');
  };
  const findings: Finding[] = [];
  const tied = new Set<string>();
  def.ties.forEach((tie, i) => {
    tied.add(key(tie.a, tie.b)).add(key(tie.b, tie.a));
    const starts = tieFromPostures(posture(tie.a, tie.b), posture(tie.b, tie.a));
    if (starts === tie.kind) return;
    const held = (from: string, to: string) => t('files.advice.held', { i: String(listed.get(key(from, to))), from, posture: posture(from, to), to });
    const weaker = [[tie.a, tie.b], [tie.b, tie.a]].filter(([from, to]) => POSTURE_RANK[posture(from!, to!)] < POSTURE_RANK[tie.kind === 'alliance' ? 'ally' : 'partner']);
    const why = listWords(weaker.length > 0 ? weaker.map(([from, to]) => held(from!, to!)) : [held(tie.a, tie.b), held(tie.b, tie.a)]);
    findings.push(
      warn(['ties', i, 'kind'], t('files.advice.tieUndone', { i, a: tie.a, b: tie.b, kind: tie.kind, why, starts, weaker: weaker.length > 0 ? 'yes' : 'no' })),
    );
  });
  def.postures.forEach((p, i) => {
    const back = listed.get(key(p.to, p.from));
    // Each untied pair once, from the first of its two entries.
    if (tied.has(key(p.from, p.to)) || back === undefined || back < i) return;
    const starts = tieFromPostures(p.posture, posture(p.to, p.from));
    if (starts === 'none') return;
    findings.push(
      warn(['postures', back], t('files.advice.untiedPostures', { i, j: back, a: p.from, b: p.to, starts })),
    );
  });
  return findings;
}

/** endYear is the year of the last turn: from the year it begins to the year just after it ends (a turn of December
 *  ending the game may be counted either way). */
function calendar(def: ScenarioDef): Finding[] {
  const last = turnStart(def, def.turns);
  const monthsAfter = (def.startMonth ?? 1) - 1 + def.turns * def.monthsPerTurn;
  const after = def.startYear + Math.floor(monthsAfter / 12);
  if (def.endYear >= last.year && def.endYear <= after) return [];
  const end = { year: def.startYear + Math.floor((monthsAfter - 1) / 12), month: ((monthsAfter - 1) % 12) + 1 };
  const month = (m: number, year: number) => t('files.advice.monthYear', { month: m, year: String(year) });
  return [
    warn(
      ['endYear'],
      t('files.advice.calendar', {
        endYear: String(def.endYear),
        turns: def.turns,
        months: def.monthsPerTurn,
        start: month(def.startMonth ?? 1, def.startYear),
        end: month(end.month, end.year),
        last: month(last.month, last.year),
        lastYear: String(last.year),
      }),
    ),
  ];
}

const eventsPerTurn = (def: ScenarioDef) => def.rules?.eventsPerTurn ?? DEFAULT_RULES.eventsPerTurn;
const opens = (e: EventDef) => e.turns?.from ?? 1;
const closes = (e: EventDef, turns: number) => Math.min(e.turns?.to ?? turns, turns);

/**
 * Turns on which more events may be dealt than eventsPerTurn lets the deck deal (conditions aside: an event that may
 * be dealt counts): the rest wait, and one whose last turn passes meanwhile is never dealt.
 */
function crowdedTurns(def: ScenarioDef): Finding[] {
  const slots = eventsPerTurn(def);
  const live = def.events.filter((e) => e.weight > 0);
  // The count changes only where an event's window opens or closes: read it on those stretches, not turn by turn.
  const starts = [...new Set([1, ...live.flatMap((e) => [opens(e), closes(e, def.turns) + 1])])].filter((t) => t >= 1 && t <= def.turns).sort((a, b) => a - b);
  const crowded: [number, number][] = [];
  let most = 0;
  starts.forEach((from, k) => {
    const to = (starts[k + 1] ?? def.turns + 1) - 1;
    const open = live.filter((e) => opens(e) <= from && closes(e, def.turns) >= from).length;
    if (open <= slots) return;
    most = Math.max(most, open);
    const previous = crowded[crowded.length - 1];
    if (previous && previous[1] === from - 1) previous[1] = to;
    else crowded.push([from, to]);
  });
  if (crowded.length === 0) return [];
  const path: PathSegment[] = def.rules?.eventsPerTurn !== undefined ? ['rules', 'eventsPerTurn'] : def.rules ? ['rules'] : [];
  const single = crowded.length === 1 && crowded[0]![0] === crowded[0]![1];
  const custom = def.rules?.eventsPerTurn !== undefined ? 'yes' : 'no';
  return [
    warn(path, t('files.advice.crowded', { single: single ? 'yes' : 'no', turns: turnList(crowded), total: def.turns, custom, slots, most })),
  ];
}

/** A historical choice the game cannot replay: its event cannot be dealt on that turn, or not all of the turn's can. */
function historicalChoices(def: ScenarioDef): Finding[] {
  const findings: Finding[] = [];
  const slots = eventsPerTurn(def);
  const events = new Map(def.events.map((e) => [e.id, e]));
  const dealtOn = new Map<string, number>(); // event id → index of the history entry that first records it
  const order = def.history.map((h, i) => ({ h, i })).sort((x, y) => x.h.turn - y.h.turn || x.i - y.i);
  for (const { h, i } of order) {
    let possible = 0;
    for (const id of Object.keys(h.choices ?? {})) {
      const e = events.get(id);
      if (!e) continue;
      const path = ['history', i, 'choices', id];
      const at = { path: formatPath(path), turn: h.turn, event: id };
      const first = dealtOn.get(id);
      if (e.weight <= 0) {
        findings.push(warn(path, t('files.advice.neverDealt', at), 'key'));
      } else if (h.turn < opens(e) || h.turn > (e.turns?.to ?? def.turns)) {
        findings.push(warn(path, t('files.advice.wrongTurn', { ...at, from: opens(e), to: e.turns?.to ?? def.turns }), 'key'));
      } else if ((e.once ?? true) && first !== undefined) {
        findings.push(warn(path, t('files.advice.dealtTwice', { ...at, first, firstTurn: def.history[first]!.turn }), 'key'));
      } else {
        possible++;
        if (first === undefined) dealtOn.set(id, i);
      }
    }
    if (possible > slots) {
      findings.push(
        warn(['history', i, 'choices'], t('files.advice.tooManyChoices', { i, possible, turn: h.turn, slots })),
      );
    }
  }
  return findings;
}

function outsizedEffects(def: ScenarioDef): Finding[] {
  return def.events.flatMap((e, i) =>
    (e.choices ?? []).flatMap((c, j) =>
      c.effects.flatMap((x, k) => {
        if (x.kind !== 'metric' || Math.abs(x.amount) <= METRIC_EFFECT_LIMIT) return [];
        const path = ['events', i, 'choices', j, 'effects', k, 'amount'];
        return [
          warn(
            path,
            t('files.advice.outsized', { path: formatPath(path), actor: x.actor, metric: x.metric, amount: String(x.amount), limit: METRIC_EFFECT_LIMIT, theatre: e.theatre ? 'yes' : 'no' }),
          ),
        ];
      }),
    ),
  );
}

/** The game writes a theatre's name inside sentences ("In <theatre>: the effects grow with its tension") and
 *  capitalises it where it opens a heading: a name with a capital "The" reads "In The …". */
function theatreArticles(def: ScenarioDef): Finding[] {
  return def.theatres.flatMap((theatre, i) => {
    // The check is of the English name: the other languages have no article to capitalise.
    const name = english(theatre.name);
    const lead = /^The\s+/.exec(name);
    if (!lead) return [];
    return [
      warn(['theatres', i, 'name'], t('files.advice.theatreThe', { i, name, rest: name.slice(lead[0].length) })),
    ];
  });
}

/**
 * Two untied powers that face a common rival start on the default trust (rules.defaultTrust) in each direction the file
 * leaves out — an even chance of standing by each other. The computer's powers court those they share a rival with as
 * far as they trust them, so a pair with no relations left there makes a tie the record never saw (Israel and the
 * Taliban, both at odds with Iran). One warning a pair, at the first actor's entry.
 */
function strangersAligned(def: ScenarioDef): Finding[] {
  const rivals = new Map<string, Set<string>>(def.actors.map((a) => [a.id, new Set<string>()]));
  for (const theatre of def.theatres) {
    for (const r of theatre.rivals) {
      rivals.get(r.challenger)?.add(r.defender);
      rivals.get(r.defender)?.add(r.challenger);
    }
  }
  const tied = new Set(def.ties.flatMap((tie) => [`${tie.a}\u0000${tie.b}`, `${tie.b}\u0000${tie.a}`]));
  const trust = (from: number, to: string) => def.actors[from]!.trust?.[to];
  const fallback = String(def.rules?.defaultTrust ?? DEFAULT_RULES.defaultTrust);
  const findings: Finding[] = [];
  def.actors.forEach((a, i) => {
    def.actors.forEach((b, j) => {
      if (j <= i || tied.has(`${a.id}\u0000${b.id}`) || rivals.get(a.id)!.has(b.id)) return;
      const common = [...rivals.get(a.id)!].filter((c) => c !== b.id && rivals.get(b.id)!.has(c));
      if (common.length === 0) return;
      const missing = [...(trust(i, b.id) === undefined ? [`${a.id} → ${b.id}`] : []), ...(trust(j, a.id) === undefined ? [`${b.id} → ${a.id}`] : [])];
      if (missing.length === 0) return;
      findings.push(warn(a.trust ? ['actors', i, 'trust'] : ['actors', i, 'id'], t('files.advice.strangers', { a: a.id, b: b.id, rivals: listWords(common), missing: listWords(missing), trust: fallback })));
    });
  });
  return findings;
}

/** 2, 4–6, 9 */
function turnList(ranges: [number, number][]): string {
  return ranges.map(([a, b]) => (a === b ? `${a}` : b === a + 1 ? `${a}, ${b}` : `${a}–${b}`)).join(', ');
}
