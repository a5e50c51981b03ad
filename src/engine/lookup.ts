// Indexes of a scenario built once and shared by every state of every game that plays it.
// Scenarios are never changed after loading, so a cache keyed by the scenario object stays valid.
import { TRUST_PRIOR_EVIDENCE } from './coefficients';
import { Names } from './names';
import type { Commitment } from './treaty';
import type { ActorDef, ActorId, EventDef, PairTable, Posture, Scenario, TheatreDef, Tie, TieDef, Treaty } from './types';

export interface Lookup {
  actor: Map<ActorId, ActorDef>;
  event: Map<string, EventDef>;
  theatre: Map<string, TheatreDef>;
  /** Postures at the start: those the scenario lists, else what its ties imply, else hedging. */
  start: Record<ActorId, Record<ActorId, Posture>>;
  /** Trust each actor starts with. */
  baseline: Readonly<PairTable>;
  /** The evidence each actor's trust starts on, and the grievances it starts with (none): tables a new game copies. */
  priorEvidence: Readonly<PairTable>;
  noGrievance: Readonly<PairTable>;
  /** pair[a][b]: the key of the unordered pair in GameState.ties (built once: rules look it up constantly). */
  pair: Record<ActorId, Record<ActorId, string>>;
  /** pairAt[i × actors + j]: pair, for the actors of indexes i and j. */
  pairAt: string[];
  /** Every unordered pair once, in the order of the actors: the order in which ties are settled and checked. */
  pairs: { a: ActorId; b: ActorId; key: string }[];
  /** others[a]: every actor but a, in the scenario's order; rows[a] holds their index and pair key alike.
   *  Rules walk these arrays rather than the keys of a record: the same order, far less work per step. */
  others: Record<ActorId, ActorId[]>;
  rows: Record<ActorId, { other: ActorId; at: number; pair: string }[]>;
  /** index[a]: the place of `a` among the actors (ids), for figures kept in arrays. */
  index: Record<ActorId, number>;
  /** theatreAt[t]: the place of theatre `t` among the scenario's theatres. */
  theatreAt: Record<string, number>;
  /** exposure.get(theatre)[actor]: how much a clash there touches the actor (see exposureOf). */
  exposure: Map<string, Record<ActorId, number>>;
  /** Actors party to a rivalry, by theatre. */
  rivalsIn: Map<string, Set<ActorId>>;
  /** The rivalries in which each actor defends: where it can be threatened. */
  defends: Map<ActorId, Defence[]>;
  /** defendsAt[i]: defends, for the actor of index i (the same lists). */
  defendsAt: Defence[][];
  ids: ActorId[];
  /** rivals.get(a): the actors that face `a` in a rivalry anywhere, in either role. */
  rivals: Map<ActorId, Set<ActorId>>;
  /** rivalsAt[i]: the indexes of the rivals of the actor of index i (rivals), in the order of the actors. */
  rivalsAt: number[][];
  /** common[i × actors + j]: the indexes of the rivals of the actor of index i (in the order of rivals) that are
   *  rivals of the actor of index j too, j itself left out. */
  common: number[][];
  /** Every rivalry once, with its theatre (and the theatre's index) and its two sides' indexes: the order in which
   *  hazards are computed. */
  rivalries: { theatre: string; theatreAt: number; challenger: ActorId; defender: ActorId; challengerAt: number; defenderAt: number }[];
  /** exposureAt[t][i]: exposure (as `exposure`) by theatre index and actor index. */
  exposureAt: number[][];
  /** between[i × actors + j]: the indexes in `rivalries` of those between the actors of indexes i and j, in either
   *  role, in that order (often none). */
  between: number[][];
  /** crisesAt[i]: the crises the actor of index i may be a principal in, as the future of a tie is reckoned
   *  (future.ts): first one no one can foresee (somewhere else, against someone else), then its side of each rivalry
   *  it is in, in `rivalries` order. */
  crisesAt: Side[][];
  /** attackedAt[i]: those of crisesAt[i] that the actor would not start, in the same order. */
  attackedAt: Side[][];
  /** The treaties a pair signs if it forms a tie, by pair key and kind: its starting tie's (signed again if it
   *  re-forms that tie), and those the scenario gives for ties formed in play. */
  treaty: Map<string, Partial<Record<Exclude<Tie, 'none'>, TieDef>>>;
  /** signs[2 × (a × actors + b) + (1 for an alliance, 0 for a partnership)]: the treaty the actors of indexes a and
   *  b would sign (termsAt, treaty.ts), filled as the rules ask for it. */
  signs: (Readonly<Treaty> | undefined)[];
  /** commitments[2 × (a × actors + b) + (1 for an alliance, 0 for a partnership)]: what a tie of the actors of indexes
   *  a and b commits each to, as last read (commitmentAt, treaty.ts), filled as the rules ask for it. */
  commitments: (Commitment | undefined)[];
  /** The ids of the crises, calls and choices its games deal, made once. */
  names: Names;
}

/** A rivalry seen from its defender: the theatre and the challenger, with their indexes (Lookup.theatreAt, index). */
export interface Defence {
  theatre: string;
  theatreAt: number;
  challenger: ActorId;
  at: number;
}

/** A crisis seen from one of its principals: the theatre, the other side, and whether it would start the crisis. */
export interface Side {
  /** The rivalry's index in Lookup.rivalries; −1 for a crisis no one can foresee, with no theatre and no opponent. */
  rivalry: number;
  theatre: string | null;
  opponent: ActorId | null;
  /** The opponent's index (−1 for none), and the theatre's. */
  at: number;
  theatreAt: number;
  initiated: boolean;
  /** How much a clash there touches each actor, by actor index (Lookup.exposure's); null for none. */
  exposure: number[] | null;
  /** By actor index: whether the actor faces the opponent in a rivalry in this theatre (faceEachOther), so that
   *  backing this side defends itself; none for a crisis no one can foresee. */
  faces: boolean[] | null;
}

const UNFORESEEN: Side = { rivalry: -1, theatre: null, opponent: null, at: -1, theatreAt: -1, initiated: false, exposure: null, faces: null };

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

/** Lookup.treaty: the scenario's treaties by pair key and kind (a starting tie's over one of `treaties`). */
function treatiesByPair(scenario: Scenario, pair: Record<ActorId, Record<ActorId, string>>): Lookup['treaty'] {
  const out: Lookup['treaty'] = new Map();
  for (const t of [...(scenario.treaties ?? []), ...scenario.ties]) {
    const key = pair[t.a]![t.b]!;
    out.set(key, { ...out.get(key), [t.kind]: t });
  }
  return out;
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
  const baseline = pairTable(ids, (i, j) => scenario.actors[i]!.trust?.[ids[j]!] ?? scenario.rules.defaultTrust);
  const priorEvidence = pairTable(ids, () => TRUST_PRIOR_EVIDENCE);
  const noGrievance = pairTable(ids, () => 0);
  const pair: Record<ActorId, Record<ActorId, string>> = {};
  for (const a of ids) {
    pair[a] = Object.fromEntries(ids.map((b) => [b, a < b ? `${a}|${b}` : `${b}|${a}`]));
  }
  const index: Record<ActorId, number> = Object.fromEntries(ids.map((id, i) => [id, i]));
  const others: Record<ActorId, ActorId[]> = {};
  const rows: Lookup['rows'] = {};
  for (const a of ids) {
    others[a] = ids.filter((b) => b !== a);
    rows[a] = others[a].map((b) => ({ other: b, at: index[b]!, pair: pair[a]![b]! }));
  }
  const exposure = new Map<string, Record<ActorId, number>>();
  for (const t of scenario.theatres) {
    const rivals = new Set(t.rivals.flatMap((r) => [r.challenger, r.defender]));
    exposure.set(t.id, Object.fromEntries(ids.map((id) => [id, t.exposure[id] ?? (rivals.has(id) ? 1 : 0)])));
  }
  const theatreAt: Record<string, number> = Object.fromEntries(scenario.theatres.map((t, i) => [t.id, i]));
  const defends = new Map<ActorId, Defence[]>(ids.map((id) => [id, []]));
  for (const t of scenario.theatres) for (const r of t.rivals) defends.get(r.defender)?.push({ theatre: t.id, theatreAt: theatreAt[t.id]!, challenger: r.challenger, at: index[r.challenger]! });
  const pairs: { a: ActorId; b: ActorId; key: string }[] = [];
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) pairs.push({ a: ids[i]!, b: ids[j]!, key: pair[ids[i]!]![ids[j]!]! });
  const rivalries = scenario.theatres.flatMap((t, at) =>
    t.rivals.map((r) => ({ theatre: t.id, theatreAt: at, challenger: r.challenger, defender: r.defender, challengerAt: index[r.challenger]!, defenderAt: index[r.defender]! })),
  );
  const crises = crisesOf(ids, rivalries, index, theatreAt, exposure);
  const rivals = rivalsByActor(ids, scenario);
  const rivalsAt = ids.map((a) => ids.flatMap((b, i) => (rivals.get(a)!.has(b) ? [i] : [])));
  const common = ids.flatMap((a) => ids.map((b) => [...rivals.get(a)!].filter((c) => c !== b && rivals.get(b)!.has(c)).map((c) => index[c]!)));
  return {
    ids,
    pairs,
    defends,
    defendsAt: ids.map((id) => defends.get(id)!),
    rivalsIn: new Map(scenario.theatres.map((t) => [t.id, new Set(t.rivals.flatMap((r) => [r.challenger, r.defender]))])),
    pair,
    pairAt: ids.flatMap((a) => ids.map((b) => pair[a]![b]!)),
    others,
    rows,
    exposure,
    exposureAt: scenario.theatres.map((t) => ids.map((id) => exposure.get(t.id)![id]!)),
    actor: new Map(scenario.actors.map((a) => [a.id, a])),
    event: new Map(scenario.events.map((e) => [e.id, e])),
    theatre: new Map(scenario.theatres.map((t) => [t.id, t])),
    start,
    baseline,
    priorEvidence,
    noGrievance,
    rivals,
    rivalsAt,
    common,
    rivalries,
    between: rivalriesBetween(ids, rivalries),
    crisesAt: crises,
    attackedAt: crises.map((list) => list.filter((x) => !x.initiated)),
    index,
    theatreAt,
    treaty: treatiesByPair(scenario, pair),
    signs: new Array<Readonly<Treaty> | undefined>(2 * ids.length * ids.length),
    commitments: new Array<Commitment | undefined>(2 * ids.length * ids.length),
    names: new Names(),
  };
}

/** A PairTable of the actors `ids` holding `figure(i, j)` for the actors of indexes i and j, every pair of two. */
function pairTable(ids: readonly ActorId[], figure: (i: number, j: number) => number): PairTable {
  const n = ids.length;
  const table = new Array<number>(n * n).fill(0);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j) table[i * n + j] = figure(i, j);
  return table;
}

function rivalsByActor(ids: ActorId[], scenario: Scenario): Map<ActorId, Set<ActorId>> {
  const out = new Map<ActorId, Set<ActorId>>(ids.map((id) => [id, new Set<ActorId>()]));
  for (const t of scenario.theatres) {
    for (const r of t.rivals) {
      out.get(r.challenger)?.add(r.defender);
      out.get(r.defender)?.add(r.challenger);
    }
  }
  return out;
}

function rivalriesBetween(ids: ActorId[], rivalries: Lookup['rivalries']): Lookup['between'] {
  return ids.flatMap((a) =>
    ids.map((b) => rivalries.flatMap((r, i) => ((r.challenger === a && r.defender === b) || (r.challenger === b && r.defender === a) ? [i] : []))),
  );
}

function crisesOf(ids: ActorId[], rivalries: Lookup['rivalries'], index: Lookup['index'], theatreAt: Lookup['theatreAt'], exposure: Lookup['exposure']): Side[][] {
  const side = (rivalry: number, theatre: string, opponent: ActorId, initiated: boolean): Side => {
    const byActor = exposure.get(theatre)!;
    const at = index[opponent]!;
    const t = theatreAt[theatre]!;
    const faces = ids.map((_, a) => rivalries.some((r) => r.theatreAt === t && ((r.challengerAt === a && r.defenderAt === at) || (r.challengerAt === at && r.defenderAt === a))));
    return { rivalry, theatre, opponent, at, theatreAt: t, initiated, exposure: ids.map((id) => byActor[id]!), faces };
  };
  return ids.map((a) => {
    const out = [UNFORESEEN];
    rivalries.forEach((r, i) => {
      if (r.challenger === a) out.push(side(i, r.theatre, r.defender, true));
      else if (r.defender === a) out.push(side(i, r.theatre, r.challenger, false));
    });
    return out;
  });
}

/** Whether the actors of indexes `a` and `b` face each other in a rivalry in the theatre of index `theatre`. */
export function faceEachOther(L: Lookup, theatre: number, a: number, b: number): boolean {
  for (const i of L.between[a * L.ids.length + b]!) if (L.rivalries[i]!.theatreAt === theatre) return true;
  return false;
}
