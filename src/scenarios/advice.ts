// Advice to authors on what the format lets pass but plays otherwise than the file reads: a country the map cannot
// draw, postures that undo a tie, a calendar that does not add up, a historical choice that cannot come up, events
// crowded out of their turns, an effect far beyond the game's scale, a theatre name that reads badly in a sentence.
// Only warnings: each of these plays. Run on a file whose every id resolves; pure.
import { DEFAULT_RULES, turnStart } from '../engine/scenario';
import { POSTURE_RANK, tieFromPostures } from '../engine/relations';
import type { EventDef, Posture, ScenarioDef, Tie } from '../engine/types';
import { formatPath, type Finding, type PathSegment } from './problems';
import { english } from '../engine/prose';

/**
 * A metric effect larger than this, in points of the 0–100 scale, is pointed out. The shipped scenarios' largest is
 * 12 and the 95th percentile 6 (tests/scenarios/advice.test.ts prints the figures); the engine multiplies
 * an effect by up to 1.5 in a tense theatre, so 20 points can move a measure 30 in one choice, close to a third of
 * its whole range. A larger number is most likely a slip (a stray zero); if meant, one choice outweighs the game.
 */
export const METRIC_EFFECT_LIMIT = 20;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

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
      const hint = /^\d+$/.test(code) && codes.has(padded) ? ` Did you mean '${padded}'?` : '';
      const path = ['actors', i, 'map', 'iso', j];
      return [warn(path, `${formatPath(path)} is '${code}', which is not a country on the game's map (world-atlas, keyed by ISO 3166 numeric codes of three digits, e.g. '643' for Russia), so none of ${a.id}'s territory is drawn for it.${hint}`)];
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
  for (const t of def.ties) for (const [from, to] of [[t.a, t.b], [t.b, t.a]] as const) implied.set(key(from, to), t.kind === 'alliance' ? 'ally' : 'partner');
  const listed = new Map<string, number>();
  def.postures.forEach((p, i) => listed.set(key(p.from, p.to), i));
  const posture = (from: string, to: string): Posture => {
    const i = listed.get(key(from, to));
    return i !== undefined ? def.postures[i]!.posture : (implied.get(key(from, to)) ?? 'hedge');
  };
  const findings: Finding[] = [];
  const tied = new Set<string>();
  def.ties.forEach((t, i) => {
    tied.add(key(t.a, t.b)).add(key(t.b, t.a));
    const starts = tieFromPostures(posture(t.a, t.b), posture(t.b, t.a));
    if (starts === t.kind) return;
    const held = (from: string, to: string) => `postures[${listed.get(key(from, to))}] has ${from} '${posture(from, to)}' toward ${to}`;
    const weaker = [[t.a, t.b], [t.b, t.a]].filter(([from, to]) => POSTURE_RANK[posture(from!, to!)] < POSTURE_RANK[t.kind === 'alliance' ? 'ally' : 'partner']);
    const why = weaker.length > 0 ? weaker.map(([from, to]) => held(from!, to!)).join(' and ') : `${held(t.a, t.b)} and ${held(t.b, t.a)}`;
    const fix = weaker.length > 0 ? `raise the posture, or make the tie what the postures say` : `make the tie what the postures say, or lower a posture`;
    findings.push(
      warn(['ties', i, 'kind'], `ties[${i}] makes ${t.a} and ${t.b} ${article(t.kind)}, but ${why}, so the game starts them ${starts === 'none' ? 'with no tie' : `as ${article(starts)}`}: a tie holds only while both postures reach it. To start as written, ${fix}.`),
    );
  });
  def.postures.forEach((p, i) => {
    const back = listed.get(key(p.to, p.from));
    // Each untied pair once, from the first of its two entries.
    if (tied.has(key(p.from, p.to)) || back === undefined || back < i) return;
    const starts = tieFromPostures(p.posture, posture(p.to, p.from));
    if (starts === 'none') return;
    findings.push(
      warn(['postures', back], `postures[${i}] and postures[${back}] have ${p.from} and ${p.to} at least 'partner' toward each other, so the game starts them as ${article(starts)}, but "ties" lists no tie between them: add it to "ties" (where its terms and sources belong), or make one posture 'hedge'.`),
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
  const turns = `${def.turns} turn${def.turns === 1 ? '' : 's'} of ${def.monthsPerTurn} month${def.monthsPerTurn === 1 ? '' : 's'}`;
  return [
    warn(
      ['endYear'],
      `endYear is ${def.endYear}, but ${turns} from ${MONTHS[(def.startMonth ?? 1) - 1]} ${def.startYear} run to the end of ${MONTHS[end.month - 1]} ${end.year}, the last turn beginning in ${MONTHS[last.month - 1]} ${last.year}. Make endYear ${last.year}, or change turns or monthsPerTurn.`,
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
  const setting = def.rules?.eventsPerTurn !== undefined ? `rules.eventsPerTurn (${slots})` : `eventsPerTurn (the standard ${slots})`;
  return [
    warn(
      path,
      `On turn${single ? '' : 's'} ${turnList(crowded)} of ${def.turns}, more events may be dealt than ${setting} allows (up to ${most}, conditions aside): each turn the deck deals ${slots} of them, drawn by weight, and the rest wait; one whose last turn passes meanwhile is never dealt. If every event should come up, raise eventsPerTurn or spread the events' turns.`,
    ),
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
      const at = `${formatPath(path)} (turn ${h.turn})`;
      const first = dealtOn.get(id);
      if (e.weight <= 0) {
        findings.push(warn(path, `${at} records a choice on event '${id}', which can never be dealt (its weight is 0), so the historical path never makes it.`, 'key'));
      } else if (h.turn < opens(e) || h.turn > (e.turns?.to ?? def.turns)) {
        findings.push(warn(path, `${at} records a choice on event '${id}', which can be dealt only on turns ${opens(e)} to ${e.turns?.to ?? def.turns}, so the historical path never makes it on this turn. Move the entry, or the event's turns.`, 'key'));
      } else if ((e.once ?? true) && first !== undefined) {
        findings.push(warn(path, `${at} records a choice on event '${id}' again: the event is dealt at most once ("once"), and history[${first}] (turn ${def.history[first]!.turn}) already records it.`, 'key'));
      } else {
        possible++;
        if (first === undefined) dealtOn.set(id, i);
      }
    }
    if (possible > slots) {
      findings.push(
        warn(['history', i, 'choices'], `history[${i}] records ${possible} choice${possible === 1 ? '' : 's'} on turn ${h.turn}, but the deck deals at most ${slots} event${slots === 1 ? '' : 's'} a turn (eventsPerTurn), so ${slots === 0 ? 'none' : `at most ${slots}`} of them can come up. Raise eventsPerTurn, or move some events to other turns.`),
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
          warn(path, `${formatPath(path)} moves ${x.actor}'s ${x.metric} by ${x.amount} points, beyond ${METRIC_EFFECT_LIMIT}, the most any effect should need on a 0–100 scale${e.theatre ? ' (and a tense theatre multiplies it by up to 1.5)' : ''}: one choice would outweigh the rest of the game. Check the number.`),
        ];
      }),
    ),
  );
}

/** The game writes a theatre's name inside sentences ("In <theatre>: the effects grow with its tension") and
 *  capitalises it where it opens a heading: a name with a capital "The" reads "In The …". */
function theatreArticles(def: ScenarioDef): Finding[] {
  return def.theatres.flatMap((theatre, i) => {
    const t = { name: english(theatre.name) };
    const lead = /^The\s+/.exec(t.name);
    if (!lead) return [];
    return [
      warn(['theatres', i, 'name'], `theatres[${i}].name begins with "The", so the game's sentences read "In ${t.name}: …". Write the name as it reads inside a sentence, "the ${t.name.slice(lead[0].length)}": the game capitalises it where it starts a heading.`),
    ];
  });
}

function article(tie: Tie): string {
  return tie === 'alliance' ? 'an alliance' : tie === 'partnership' ? 'a partnership' : 'no tie';
}

/** 2, 4–6, 9 */
function turnList(ranges: [number, number][]): string {
  return ranges.map(([a, b]) => (a === b ? `${a}` : b === a + 1 ? `${a}, ${b}` : `${a}–${b}`)).join(', ');
}
