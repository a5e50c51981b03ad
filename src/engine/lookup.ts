// Indexes of a scenario built once and shared by every state of every game that plays it.
// Scenarios are never changed after loading, so a cache keyed by the scenario object stays valid.
import type { ActorDef, ActorId, EventDef, Posture, Scenario, TheatreDef } from './types';

export interface Lookup {
  actor: Map<ActorId, ActorDef>;
  event: Map<string, EventDef>;
  theatre: Map<string, TheatreDef>;
  /** Postures at the start: those the scenario lists, else what its ties imply, else hedging. */
  start: Record<ActorId, Record<ActorId, Posture>>;
  /** Trust each actor starts with, and drifts back to when nothing happens. */
  baseline: Record<ActorId, Record<ActorId, number>>;
  /** pair[a][b]: the key of the unordered pair in GameState.ties (built once: rules look it up constantly). */
  pair: Record<ActorId, Record<ActorId, string>>;
  /** Every unordered pair once, in the order of the actors: the order in which ties are settled and checked. */
  pairs: { a: ActorId; b: ActorId; key: string }[];
  /** directed[a][b]: a key for the ordered pair a→b. */
  directed: Record<ActorId, Record<ActorId, string>>;
  /** others[a]: every actor but a, in the scenario's order; rows[a] holds their pair and directed keys alike.
   *  Rules walk these arrays rather than the keys of a record: the same order, far less work per step. */
  others: Record<ActorId, ActorId[]>;
  rows: Record<ActorId, { other: ActorId; pair: string; directed: string }[]>;
  /** exposure.get(theatre)[actor]: how much a clash there touches the actor (see exposureOf). */
  exposure: Map<string, Record<ActorId, number>>;
  /** Actors party to a rivalry, by theatre. */
  rivalsIn: Map<string, Set<ActorId>>;
  /** The rivalries in which each actor defends: where it can be threatened. */
  defends: Map<ActorId, { theatre: string; challenger: ActorId }[]>;
  ids: ActorId[];
}

const cache = new WeakMap<Scenario, Lookup>();

/** The last scenario asked for: rules ask for the same one thousands of times in a row. */
let last: { scenario: Scenario; lookup: Lookup } | null = null;

export function lookup(scenario: Scenario): Lookup {
  if (last?.scenario === scenario) return last.lookup;
  let found = cache.get(scenario);
  if (!found) {
    found = build(scenario);
    cache.set(scenario, found);
  }
  last = { scenario, lookup: found };
  return found;
}

function build(scenario: Scenario): Lookup {
  const ids = scenario.actors.map((a) => a.id);
  const start: Record<ActorId, Record<ActorId, Posture>> = {};
  for (const a of ids) start[a] = Object.fromEntries(ids.filter((b) => b !== a).map((b) => [b, 'hedge' as Posture]));
  for (const t of scenario.ties) {
    const p: Posture = t.kind === 'alliance' ? 'ally' : 'partner';
    start[t.a]![t.b] = p;
    start[t.b]![t.a] = p;
  }
  for (const p of scenario.postures) start[p.from]![p.to] = p.posture;
  const baseline: Record<ActorId, Record<ActorId, number>> = {};
  for (const a of scenario.actors) {
    baseline[a.id] = Object.fromEntries(ids.filter((b) => b !== a.id).map((b) => [b, a.trust?.[b] ?? scenario.rules.defaultTrust]));
  }
  const pair: Record<ActorId, Record<ActorId, string>> = {};
  const directed: Record<ActorId, Record<ActorId, string>> = {};
  for (const a of ids) {
    pair[a] = Object.fromEntries(ids.map((b) => [b, a < b ? `${a}|${b}` : `${b}|${a}`]));
    directed[a] = Object.fromEntries(ids.map((b) => [b, `${a}|${b}`]));
  }
  const others: Record<ActorId, ActorId[]> = {};
  const rows: Lookup['rows'] = {};
  for (const a of ids) {
    others[a] = ids.filter((b) => b !== a);
    rows[a] = others[a].map((b) => ({ other: b, pair: pair[a]![b]!, directed: directed[a]![b]! }));
  }
  const exposure = new Map<string, Record<ActorId, number>>();
  for (const t of scenario.theatres) {
    const rivals = new Set(t.rivals.flatMap((r) => [r.challenger, r.defender]));
    exposure.set(t.id, Object.fromEntries(ids.map((id) => [id, t.exposure[id] ?? (rivals.has(id) ? 1 : 0)])));
  }
  const defends = new Map<ActorId, { theatre: string; challenger: ActorId }[]>(ids.map((id) => [id, []]));
  for (const t of scenario.theatres) for (const r of t.rivals) defends.get(r.defender)?.push({ theatre: t.id, challenger: r.challenger });
  const pairs: { a: ActorId; b: ActorId; key: string }[] = [];
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) pairs.push({ a: ids[i]!, b: ids[j]!, key: pair[ids[i]!]![ids[j]!]! });
  return {
    ids,
    pairs,
    defends,
    rivalsIn: new Map(scenario.theatres.map((t) => [t.id, new Set(t.rivals.flatMap((r) => [r.challenger, r.defender]))])),
    pair,
    directed,
    others,
    rows,
    exposure,
    actor: new Map(scenario.actors.map((a) => [a.id, a])),
    event: new Map(scenario.events.map((e) => [e.id, e])),
    theatre: new Map(scenario.theatres.map((t) => [t.id, t])),
    start,
    baseline,
  };
}
