// A tie's future (rules v3): what an actor expects a tie to bring and to cost in the years ahead, in score points.
// The same quantities drive the slow forces of every turn (security under a partner's umbrella, trade, the weight of
// obligations on autonomy), so what an actor expects of a tie is what the rules will do with it.
import {
  AID,
  AUTONOMY_FREE,
  BLOC_TENSION,
  CRISIS_HAZARD_PER_YEAR,
  MORAL_HAZARD,
  SECURITY_SALIENCE,
  AUTONOMY_PER_OBLIGATION,
  AUTONOMY_PER_PAID,
  CLASH_ECONOMY_COST,
  CLASH_INFLUENCE,
  COMMON_CAUSE_COST,
  DETERRENCE,
  EXPECTED_ESCALATION,
  FUTURE_DISCOUNT_PER_YEAR,
  influenceLift,
  LOSS_COST,
  METRIC_RATE_PER_YEAR,
  METRIC_REST,
  RIVALRY_SEVERITY,
  SECURITY_REST,
  SUPPORT_COST,
  SUPPORT_REACH_FLOOR,
  THREAT_SPAN,
  TRADE_PER_YEAR,
  UNFORESEEN_CRISES_PER_YEAR,
  WAR_WEARINESS_PER_YEAR,
  WEIGHT_REACH_FLOOR,
  WIN_COST,
} from './coefficients';
import { oddsOf, riskOf, rivalryHazards, securityLost } from './crisis';
import { faceEachOther, lookup, type Lookup, type Side } from './lookup';
import { Recent } from './recent';
import { clamp, powerOf, tieRank, TiesReading, tiesHeld, yearsPerTurn, type HeldTie } from './relations';
import { backingOf, commitmentAt, obligation, type Commitment } from './treaty';
import { type ActorId, type GameState, type Metric, type SupportLevel, type Tie, type TieState } from './types';

export { rivalryHazards };

// ---------------------------------------------------------------- figures

/** What the rules below read again and again from a state, read from its records once, by actor index
 *  (Lookup.index) and theatre index (Lookup.theatreAt): reading a record by name costs more than the arithmetic it
 *  feeds. */
export interface Figures {
  state: GameState;
  L: Lookup;
  /** How many actors. */
  n: number;
  /** powerOf, and economic power, by actor. */
  power: number[];
  economic: number[];
  /** trust[a × n + b]: a's trust in b. */
  trust: number[];
  /** Tension, by theatre. */
  tension: number[];
  /** The ties each actor holds (tiesHeld), by actor. */
  held: HeldTie[][];
  /** What the rivalries' hazards read of the ties and trust, by rivalry (see Pledges). */
  pledges: Pledges[];
  /** The rivalries' hazards (rivalryHazards). */
  hazards: number[];
}

/** What a rivalry's hazard (rivalryHazards) reads of the ties and trust alone: the challenger's confidence in its
 *  partners, and what each of the defender's ties owes it against the challenger (`owes[k]` for its k-th tie, 0 for
 *  a tie to the challenger itself, passed over). A turn's end moves power and tension, which the hazard reads apart,
 *  and not these (see figuresMoved). */
interface Pledges {
  conf: number;
  owes: number[];
}

/** The figures of a state as it is now (for a state that may still change: read them again after it does). */
export function figuresOf(state: GameState): Figures {
  const L = lookup(state.scenario);
  const f: Figures = {
    state,
    L,
    n: L.ids.length,
    power: powersIn(state, L),
    economic: economiesIn(state, L),
    // A copy: the figures stay those of the state as it was read.
    trust: state.trust.slice(),
    tension: tensionsIn(state),
    held: tiesHeld(state),
    pledges: [],
    hazards: [],
  };
  f.pledges = pledgesIn(f);
  f.hazards = hazardsIn(f);
  return f;
}

/** The figures of `state` (by default `f.state`) after its power and tension moved, nothing else the figures read
 *  having changed (its trust and ties): a turn's end reads the figures before the power shifts and the tensions
 *  settle, and the dealing of the next agenda reads them after. Only what moved is read again. */
export function figuresMoved(f: Figures, state: GameState = f.state): Figures {
  const { L } = f;
  // A literal of the same shape as figuresOf's, so that the rules reading figures meet one kind of record.
  const moved: Figures = {
    state,
    L,
    n: f.n,
    power: powersIn(state, L),
    economic: economiesIn(state, L),
    trust: f.trust,
    tension: tensionsIn(state),
    held: f.held,
    pledges: f.pledges,
    hazards: [],
  };
  moved.hazards = hazardsIn(moved);
  return moved;
}

/** Figures.power, Figures.economic and Figures.tension: each actor's power (powerOf) and economic power, by actor
 *  index, and each theatre's tension, by theatre index. */
function powersIn(state: GameState, L: Lookup): number[] {
  const out: number[] = [];
  for (const id of L.ids) out.push(powerOf(state, id));
  return out;
}

function economiesIn(state: GameState, L: Lookup): number[] {
  const out: number[] = [];
  for (const id of L.ids) out.push(state.power[id]!.economic);
  return out;
}

function tensionsIn(state: GameState): number[] {
  const out: number[] = [];
  for (const t of state.scenario.theatres) out.push(state.tension[t.id]!);
  return out;
}

/** What the computer's players read again and again from a state while they decide; states they read never change,
 *  so what is read once is kept (for the last few states read: see Recent). */
interface Reading extends Figures {
  /** By actor index: what is read about it (see ActorReading). */
  actors: (ActorReading | undefined)[];
}

/** What a reading holds about one actor. */
interface ActorReading {
  /** Its interests now (interestsNow), as shares of their sum. */
  shares: Record<Metric, number>;
  /** umbrellas[i][k]: the backing the k-th of its ties owes it against the i-th rivalry where it defends (umbrella). */
  umbrellas: number[][];
  /** The values of its ties, by partner index and slotOf. */
  values: (TieValue | undefined)[];
  /** By partner index: the security it settles toward without its tie to the partner, and the backing behind it. */
  without: (Umbrella | undefined)[];
  /** reliances[k]: the reliance the k-th of its partners places on it (reliance). */
  reliances: number[];
  /** By partner index: the reliance its other partners place on it, and the influence that lifts it by. */
  relianceWithout: (RelianceWithout | undefined)[];
  /** The reliance all its partners place on it, and its lift (see relianceWithout). */
  relianceAll: RelianceWithout | undefined;
  /** By crisis it may be a principal in (at its rivalry's index + 1: the unforeseen one first): what the clash is
   *  worth to it with no one behind it (clashWorth), the same whichever tie is valued. */
  alone: (number | undefined)[];
}

/** The reliance an actor's partners but one place on it (the sum influenceTarget lifts), and influenceLift of it. */
interface RelianceWithout {
  sum: number;
  lift: number;
}

// Eight states: the look-ahead reads the position it decides on between the five or so states each of its options
// plays to (each one read as it is valued), and the position's reading is the one worth keeping.
const readings = new Recent(readState, 8);
const reading = (state: GameState): Reading => readings.of(state);

function readState(state: GameState): Reading {
  return readingOf(figuresOf(state));
}

/** A reading begun from a state's figures: the figures' own record, with room for what is read of each actor (filled
 *  as it is asked for): a copy of a record of this many fields would cost more than reading it. */
function readingOf(f: Figures): Reading {
  const r = f as Reading;
  r.actors = new Array<ActorReading | undefined>(r.n);
  return r;
}

/** Begin the reading of `f.state` from figures already read (figuresMoved), for a state that no longer changes
 *  anything they read. The figures are the reading's from then on. */
export function readFrom(f: Figures): void {
  readings.put(f.state, readingOf(f));
}

/** The figures of a state that no longer changes, as its reading holds them (read once, then kept: see Reading). */
export function figuresNow(state: GameState): Figures {
  return reading(state);
}

/** Keep the reading of `state` among the recent ones (reading it if it is not): the look-ahead plays five states or
 *  so for every option it weighs, each read as it is valued, and comes back to the position it decides on after
 *  them all; without this, a few options would push the position's reading out, to be read again for the next. */
export function keepReading(state: GameState): void {
  reading(state);
}

/** The rivalries' hazards in a state (rivalryHazards), kept with the rest of what the computer's players read of it:
 *  a turn deals its crises from the very state they decide on next, and dealing changes nothing they read. */
export function hazardsOf(state: GameState): number[] {
  return reading(state).hazards;
}

/** rivalryHazards (crisis.ts), from a state's figures (all but their hazards; their pledges read): the same sums in
 *  the same order, each record read by index rather than by name. Chance a year of a crisis in each rivalry: the challenger's appetite, the tension, the
 *  backing it counts on (moral hazard) and the backing its target can count on (deterrence). */
export function hazardsIn(f: Figures): number[] {
  const { state, L, held, pledges, power, tension } = f;
  const out: number[] = [];
  for (let i = 0; i < L.rivalries.length; i++) {
    const r = L.rivalries[i]!;
    const c = r.challengerAt;
    const { conf, owes } = pledges[i]!;
    // deterrence: what the defender's partners owe it against the challenger, by their power and stake.
    const exposure = L.exposureAt[r.theatreAt]!;
    const ties = held[r.defenderAt]!;
    let backing = 0;
    for (let k = 0; k < ties.length; k++) {
      const { other, at } = ties[k]!;
      if (other === r.challenger) continue;
      backing += owes[k]! * power[at]! * (WEIGHT_REACH_FLOOR + (1 - WEIGHT_REACH_FLOOR) * exposure[at]!);
    }
    const deter = backing / (backing + power[c]! + 1e-9);
    out.push(clamp(CRISIS_HAZARD_PER_YEAR * riskOf(state, r.challenger) * tension[r.theatreAt]! * (1 + MORAL_HAZARD * conf) * (1 - DETERRENCE * deter), 0, 1));
  }
  return out;
}

/** Pledges, for every rivalry, from a state's figures (its ties and trust). */
function pledgesIn(f: Figures): Pledges[] {
  const { state, L, n, held, trust } = f;
  const owed = owedOf.of(state);
  return L.rivalries.map((r, i) => {
    const c = r.challengerAt;
    // confidence: the most any of the challenger's partners owes it against the defender, times its trust in it.
    let conf = 0;
    for (const { other, at, tie } of held[c]!) {
      if (other === r.defender) continue;
      conf = Math.max(conf, trust[c * n + at]! * backingOf(obligation(state, tie, tie.kind, true, r.defender)));
    }
    return { conf, owes: owed[i]! };
  });
}

/** Pledges.owes, for every rivalry: the ties alone decide it, so it is read once for each table of ties. */
function owedIn(state: GameState): number[][] {
  const L = lookup(state.scenario);
  const held = tiesHeld(state);
  return L.rivalries.map((r) => held[r.defenderAt]!.map(({ other, tie }) => (other === r.challenger ? 0 : backingOf(obligation(state, tie, tie.kind, false, r.challenger)))));
}

const owedOf = new TiesReading(owedIn);

/** What a reading holds about the actor of index `a`: read the first time it is asked for (a small function, so that
 *  the many calls that find it already read cost next to nothing). */
function actorReading(r: Reading, actor: ActorId, a: number): ActorReading {
  return r.actors[a] ?? readActor(r, actor, a);
}

function readActor(r: Reading, actor: ActorId, a: number): ActorReading {
  const held = r.held[a]!;
  const defends = r.L.defendsAt[a]!;
  const umbrellas: number[][] = [];
  for (let i = 0; i < defends.length; i++) {
    const row: number[] = [];
    for (const { at, commitment } of held) row.push(at === defends[i]!.at ? 0 : umbrella(r, a, at, commitment, i));
    umbrellas.push(row);
  }
  const reliances: number[] = [];
  for (const { at, commitment } of held) reliances.push(reliance(r, a, at, commitment));
  const found: ActorReading = {
    shares: interestShares(r, actor, a),
    umbrellas,
    values: new Array<TieValue | undefined>(4 * r.n),
    without: new Array<Umbrella | undefined>(r.n),
    reliances,
    relianceWithout: new Array<RelianceWithout | undefined>(r.n),
    relianceAll: undefined,
    alone: new Array<number | undefined>(r.L.rivalries.length + 1),
  };
  r.actors[a] = found;
  return found;
}

/** threatTo (crisis.ts), from a state's figures: the mean, over rivalries where the actor (index `a`) defends, of
 *  tension × the challenger's share of power. */
function threatIn(f: Figures, a: number): number {
  const rivalries = f.L.defendsAt[a]!;
  if (rivalries.length === 0) return 0;
  const own = f.power[a]!;
  let sum = 0;
  for (const r of rivalries) {
    const pc = f.power[r.at]!;
    sum += (f.tension[r.theatreAt]! * pc) / (pc + own + 1e-9);
  }
  return sum / rivalries.length;
}

/** threatTo (crisis.ts), read from the figures of a state that no longer changes (see Reading). */
export function threatNow(state: GameState, actor: ActorId): number {
  const r = reading(state);
  return threatIn(r, r.L.index[actor]!);
}

/** An actor's interests now (interestsNow, score.ts: its own, with security raised by the threat it faces), as
 *  shares of their sum. */
function interestShares(f: Figures, actor: ActorId, a: number): Record<Metric, number> {
  const own = f.L.actor.get(actor)!.interests;
  const security = own.security * (1 + SECURITY_SALIENCE * threatIn(f, a));
  // Summed in the order of METRICS.
  let sum = 0;
  sum += security;
  sum += own.economy;
  sum += own.influence;
  sum += own.autonomy;
  sum += own.stability;
  const share = (weight: number) => (sum > 0 ? weight / sum : 0);
  return { security: share(security), economy: share(own.economy), influence: share(own.influence), autonomy: share(own.autonomy), stability: share(own.stability) };
}

// ---------------------------------------------------------------- crises to come

/** Chance a year of one of the crises an actor may be a principal in (Lookup.crises), by the rivalries' hazards `h`. */
const hazardOf = (x: Side, h: number[]): number => (x.rivalry < 0 ? UNFORESEEN_CRISES_PER_YEAR : h[x.rivalry]!);

/** How far a crisis reaches a supporter (index `a`; an unforeseen crisis, as little as any), and how grave it is
 *  likely to be at tension `tension` (an unforeseen one, at middling tension). */
const reach = (x: Side, a: number) => SUPPORT_REACH_FLOOR + (1 - SUPPORT_REACH_FLOOR) * (x.exposure === null ? 0 : x.exposure[a]!);
const severityAt = (tension: number | null) => RIVALRY_SEVERITY.base + RIVALRY_SEVERITY.perTension * (tension === null ? 0.5 : tension);

/** Whether actor `a` (by index) backing a side in crisis `x` defends itself (it is the opponent's rival there). */
function ownRival(x: Side, a: number): boolean {
  return x.faces !== null && x.faces[a]!;
}

/** What diplomatic backing costs, as a share of what full backing costs (by SUPPORT_COST). */
const WORDS_WEIGHT = SUPPORT_COST.wordsEconomy / (0.75 * SUPPORT_COST.armsSecurity + SUPPORT_COST.armsEconomy);

/** The freedom actor `a` (by index) expects to lose a year to crisis `x` where it owes support at `level`: the
 *  crisis's chance times how far it reaches the actor, in proportion to the price of what is owed — words weigh as
 *  little as they cost. */
const freedomBound = (x: Side, level: SupportLevel, h: number[], a: number): number => hazardOf(x, h) * (level === 3 ? 1 : WORDS_WEIGHT) * reach(x, a);

/** What the actor of index `a` expects a tie to the partner of index `p` (committing it to `commitment`) to oblige it a year: the
 *  share of full backing owed in each of the partner's crises, times their chance, times how far they reach it; and the
 *  points it would pay. `tension` is the state's, by theatre index (Figures.tension). Given in `owing`, which the next
 *  call overwrites: the valuing of ties asks it of every tie it values, and a record for each would cost more than
 *  the sums. */
function obligationsTo(a: number, commitment: Commitment, h: number[], tension: number[]): Readonly<typeof owing> {
  let load = 0;
  let security = 0;
  let economy = 0;
  const { owed, owedAt } = commitment;
  for (let k = 0; k < owed.length; k++) {
    const x = owed[k]!;
    const level = owedAt[k]!;
    const hazard = hazardOf(x, h);
    const r = reach(x, a);
    load += freedomBound(x, level, h, a);
    const share = ownRival(x, a) ? COMMON_CAUSE_COST : 1;
    const sev = severityAt(x.theatreAt < 0 ? null : tension[x.theatreAt]!);
    const clash = hazard * EXPECTED_ESCALATION * share * sev;
    if (level === 3) {
      security += clash * 0.75 * SUPPORT_COST.armsSecurity * r;
      economy += clash * SUPPORT_COST.armsEconomy * r;
    } else economy += clash * SUPPORT_COST.wordsEconomy;
  }
  owing.load = load;
  owing.security = security;
  owing.economy = economy;
  return owing;
}

/** obligationsTo's answer (one record, overwritten by every call). */
const owing = { load: 0, security: 0, economy: 0 };

/** The obligations an actor's ties are expected to call on a year (see obligationsTo): what weighs on its autonomy.
 *  Read from the state's figures, as the computer's players read a state that no longer changes (see Reading): the
 *  look-ahead values every state it plays to, and the turn that made it has read them already (readFrom). */
export function obligationLoad(state: GameState, actor: ActorId): number {
  const r = reading(state);
  return obligationLoadIn(r, actor, r.hazards);
}

/** obligationLoad, from a state's figures. */
export function obligationLoadIn(f: Figures, actor: ActorId, h: number[]): number {
  return obligationLoadAt(f, f.L.index[actor]!, h);
}

/** obligationLoadIn, for the actor of index `a`. */
function obligationLoadAt(f: Figures, a: number, h: number[]): number {
  let load = 0;
  // By tie, then crisis by crisis, summed as obligationsTo sums each tie's.
  for (const { commitment } of f.held[a]!) {
    const { owed, owedAt } = commitment;
    let tieLoad = 0;
    for (let k = 0; k < owed.length; k++) tieLoad += freedomBound(owed[k]!, owedAt[k]!, h, a);
    load += tieLoad;
  }
  return load;
}

// ---------------------------------------------------------------- the slow forces' targets

/** Backing actor `a` can count on from actor `p` (by index), under a tie of `commitment`, against the challenger of
 *  the i-th rivalry where `a` defends: what the terms owe a partner attacked, times the trust in it, times its share
 *  of their power. */
function umbrella(f: Figures, a: number, p: number, commitment: Commitment, i: number): number {
  const pp = f.power[p]!;
  return commitment.cover[i]! * f.trust[a * f.n + p]! * (pp / (pp + f.power[a]! + 1e-9));
}

/** What an actor's ties do for its security: against each rivalry where it defends (Lookup.defends, in order), the
 *  backing its partners owe it, and the security it settles toward with that backing. */
interface Umbrella {
  backing: number[];
  target: number;
}

/** The backing the actor of index `a` can count on from the ties it holds against each rivalry where it defends. */
function heldBacking(f: Figures, a: number): number[] {
  const held = f.held[a]!;
  const defends = f.L.defendsAt[a]!;
  const out: number[] = [];
  for (let i = 0; i < defends.length; i++) {
    let backing = 0;
    for (const { other, at, commitment } of held) {
      if (other === defends[i]!.challenger) continue;
      backing += umbrella(f, a, at, commitment, i);
    }
    out.push(backing);
  }
  return out;
}

/** The tension a theatre where actor `a` defends (at `tension` now) settles at once an alliance of `a` and `b` (by
 *  index) draws its camps there, unless the two face each other in it. */
function blocTension(f: Figures, theatre: number, tension: number, a: number, b: number): number {
  return faceEachOther(f.L, theatre, a, b) ? tension : Math.min(1, tension + BLOC_TENSION);
}

/** The security an actor (index `a`) settles toward with the backing `backing` (heldBacking's); with `p` (an index;
 *  −1 for none), that of a tie not yet held with the actor of index `p` on top, of `commitment`, and with `bloc`, an
 *  alliance whose camps make the actor's theatres tenser (see blocTension). */
function securityWith(f: Figures, a: number, backing: number[], p = -1, commitment?: Commitment, bloc = false): number {
  const rivalries = f.L.defendsAt[a]!;
  if (rivalries.length === 0) return SECURITY_REST;
  const own = f.power[a]!;
  let sum = 0;
  for (let i = 0; i < rivalries.length; i++) {
    const r = rivalries[i]!;
    let b = backing[i]!;
    if (commitment && p !== r.at) b += umbrella(f, a, p, commitment, i);
    const now = f.tension[r.theatreAt]!;
    const tension = bloc ? blocTension(f, r.theatreAt, now, a, p) : now;
    const pc = f.power[r.at]!;
    sum += ((tension * pc) / (pc + own + 1e-9)) * (1 - Math.min(1, b));
  }
  return SECURITY_REST - (THREAT_SPAN * sum) / rivalries.length;
}

/** The security the actor of index `a` settles toward: its rest level, less each threat it defends against
 *  (tension × the challenger's share of power) as far as its partners' backing does not cover it. */
export function securityTargetAt(f: Figures, a: number): number {
  return securityWith(f, a, heldBacking(f, a));
}

/** How much actor `p` depends on actor `a` (by index) under a tie: the backing the terms promise it when attacked,
 *  times its trust in `a`, times how far `a` outweighs it (0 between equals: influence comes from asymmetric
 *  dependence, Keohane and Nye, Power and Interdependence). */
function reliance(f: Figures, a: number, p: number, commitment: Commitment): number {
  const pa = f.power[a]!;
  const edge = Math.max(0, (2 * pa) / (pa + f.power[p]! + 1e-9) - 1);
  if (edge === 0) return 0;
  return commitment.promised * f.trust[p * f.n + a]! * edge;
}

/** Influence the actor of index `a` settles toward: its rest level, plus what the reliance its partners place on it
 *  gives it. */
export function influenceTargetAt(f: Figures, a: number): number {
  let sum = 0;
  for (const { at, commitment } of f.held[a]!) sum += reliance(f, a, at, commitment);
  return METRIC_REST + influenceLift(sum);
}

/** Autonomy the actor of index `a` settles toward: freedom less the obligations its ties are expected to call on (by
 *  the rivalries' hazards `h`). */
export function autonomyTargetAt(f: Figures, a: number, h: number[]): number {
  return AUTONOMY_FREE - AUTONOMY_PER_OBLIGATION * obligationLoadAt(f, a, h);
}

// ---------------------------------------------------------------- a tie's value

/** Discounted worth, in score-point years, of a metric moved for good by one point that gets there at `rate` a year
 *  (a yearly push of f into a metric that settles at `rate` moves it by f / rate), for a tie that lasts another year
 *  with chance `lasts`. A level of `x` points is worth x times as much. */
function pointWorth(rate: number, lasts: number): number {
  const d = FUTURE_DISCOUNT_PER_YEAR * lasts;
  return 1 / (1 - d) - (1 - rate) / (1 - d * (1 - rate));
}

/** pointWorth at the rate of each metric a tie moves. */
type Worth = Record<'security' | 'economy' | 'influence' | 'autonomy', number>;
function worthAt(lasts: number): Worth {
  const rate = METRIC_RATE_PER_YEAR;
  return { security: pointWorth(rate.security, lasts), economy: pointWorth(rate.economy, lasts), influence: pointWorth(rate.influence, lasts), autonomy: pointWorth(rate.autonomy, lasts) };
}
/** For a tie sure to last (between powers that are no rivals: most ties). */
const LASTING = worthAt(1);

/** Chance a year that two actors (by index) come to a crisis against each other: a tie between rivals may not
 *  outlast it. */
function clashHazard(L: Lookup, a: number, b: number, h: number[]): number {
  let none = 1;
  for (const i of L.between[a * L.ids.length + b]!) none *= 1 - h[i]!;
  return 1 - none;
}

export interface TieValue {
  /** Security under the partner's umbrella, and its weight on the actor's side in its own crises. */
  backing: number;
  /** Trade and practical cooperation. */
  trade: number;
  /** Influence from the partner's reliance on the actor. */
  influence: number;
  /** What the actor expects to pay in the partner's crises, and the freedom the obligations take. */
  obligations: number;
  autonomy: number;
  /** What the tie puts at risk in the actor's other ties: crises between the partner and the actor's other partners,
   *  where it is called by both and must fail one. */
  crossPressure: number;
  total: number;
}

const NO_VALUE: Readonly<TieValue> = { backing: 0, trade: 0, influence: 0, obligations: 0, autonomy: 0, crossPressure: 0, total: 0 };

/** Where an actor's reading keeps the value of a tie of `kind` with the partner of index `p`: by partner, then by
 *  kind, then with or without cross-pressure. */
const slotOf = (p: number, kind: Exclude<Tie, 'none'>, crossPressure: boolean): number => 4 * p + (kind === 'alliance' ? 2 : 0) + (crossPressure ? 1 : 0);

/**
 * What holding a tie of `kind` with `partner` is worth to `actor`, against holding none, in discounted score points:
 * the backing it expects (the chance of crises where it needs the partner, the chance the partner honours, what that
 * weighs), the trade, against the obligations it expects to pay and the freedom they take. Read from the state as
 * it is, for a state that no longer changes.
 */
export function tieValue(state: GameState, actor: ActorId, partner: ActorId, kind: Tie, crossPressure = true): TieValue {
  if (kind === 'none') return { ...NO_VALUE };
  const r = reading(state);
  return valueIn(r, actor, r.L.index[actor]!, partner, r.L.index[partner]!, kind, crossPressure);
}

/** tieValue, for callers that already hold the actors' indexes (Lookup.index): `a` for `actor`, `p` for `partner`. */
export function tieValueAt(state: GameState, actor: ActorId, a: number, partner: ActorId, p: number, kind: Exclude<Tie, 'none'>, crossPressure: boolean): TieValue {
  return valueIn(reading(state), actor, a, partner, p, kind, crossPressure);
}

/** tieValue, for actor `a` and partner `p` (by index), from a reading. */
function valueIn(r: Reading, actor: ActorId, a: number, partner: ActorId, p: number, kind: Exclude<Tie, 'none'>, crossPressure: boolean): TieValue {
  return actorReading(r, actor, a).values[slotOf(p, kind, crossPressure)] ?? readValue(r, actor, a, partner, p, kind, crossPressure);
}

/** valueIn, the first time it is asked for: computed and kept. */
function readValue(r: Reading, actor: ActorId, a: number, partner: ActorId, p: number, kind: Exclude<Tie, 'none'>, crossPressure: boolean): TieValue {
  // The value with cross-pressure is the one without, less the pressure: its parts are read once.
  const value = crossPressure ? withCrossPressure(r, actor, a, partner, p, valueIn(r, actor, a, partner, p, kind, false)) : computeTieValue(r, actor, a, partner, p, kind);
  actorReading(r, actor, a).values[slotOf(p, kind, crossPressure)] = value;
  return value;
}

/** securityTarget without the tie to `partner` (index `p`), read once per state: heldBacking's sums, from the
 *  umbrellas the reading holds. */
function securityWithout(r: Reading, actor: ActorId, a: number, partner: ActorId, p: number): Umbrella {
  const { umbrellas, without } = actorReading(r, actor, a);
  let found = without[p];
  if (!found) {
    const held = r.held[a]!;
    const defends = r.L.defendsAt[a]!;
    const backing: number[] = [];
    for (let i = 0; i < defends.length; i++) {
      let sum = 0;
      for (let k = 0; k < held.length; k++) {
        const other = held[k]!.at;
        if (other !== defends[i]!.at && other !== p) sum += umbrellas[i]![k]!;
      }
      backing.push(sum);
    }
    found = { backing, target: securityWith(r, a, backing) };
    without[p] = found;
  }
  return found;
}

/** The reliance the partners of actor `a` but the one of index `p` place on it (the sum influenceTarget lifts), with
 *  the influence it lifts, read once per state. */
function relianceWithout(r: Reading, actor: ActorId, a: number, p: number): RelianceWithout {
  const { reliances, relianceWithout: known } = actorReading(r, actor, a);
  let found = known[p];
  if (found === undefined) {
    let sum = 0;
    let left = 0;
    const held = r.held[a]!;
    for (let k = 0; k < held.length; k++) {
      if (held[k]!.at !== p) sum += reliances[k]!;
      else left = reliances[k]!;
    }
    // Leaving out a partner that places no reliance on it leaves the sum of all of them: the same lift, read once.
    found = left === 0 ? relianceOfAll(r, actor, a, sum) : { sum, lift: influenceLift(sum) };
    known[p] = found;
  }
  return found;
}

/** The reliance all the partners of actor `a` place on it (`sum`, as relianceWithout adds it up) and its lift, read
 *  once per state. */
function relianceOfAll(r: Reading, actor: ActorId, a: number, sum: number): RelianceWithout {
  const mine = actorReading(r, actor, a);
  return (mine.relianceAll ??= { sum, lift: influenceLift(sum) });
}

/** What a clash is worth to an actor of interests `share` at weight `w` against `wOpp`, by the rules of a clash
 *  (crisis.ts): the chance of prevailing, which swings influence, and the security lost win or lose, which the other
 *  side's share sets. */
function clashWorth(share: Record<Metric, number>, w: number, wOpp: number): number {
  const p = oddsOf(w, wOpp);
  return 2 * CLASH_INFLUENCE * p * share.influence - (p * securityLost(w, wOpp, true) + (1 - p) * securityLost(w, wOpp, false)) * share.security;
}

function computeTieValue(r: Reading, actor: ActorId, a: number, partner: ActorId, p: number, kind: Exclude<Tie, 'none'>): TieValue {
  const { state, L, hazards: h, power } = r;
  const trust = r.trust[a * r.n + p]!;
  // A tie with a rival may end in the next crisis between them.
  const lasts = 1 - clashHazard(L, a, p, h);
  const worth = lasts === 1 ? LASTING : worthAt(lasts);
  const held = state.ties[L.pairAt[a * r.n + p]!];
  const commitment = commitmentAt(state, L, a, p, kind, held);
  const mine = actorReading(r, actor, a);
  const share = mine.shares;
  const rate = METRIC_RATE_PER_YEAR;

  // Backing: the umbrella over its own security, and the partner's weight in the crises it is party to. An alliance
  // also draws camps: the theatres where either side has rivals grow tenser (BLOC_TENSION), and the actor's own
  // threats with them — the alliance security dilemma (Snyder 1984).
  const without = securityWithout(r, actor, a, partner, p);
  const bloc = kind === 'alliance' && held?.kind !== 'alliance';
  const umbrellaGain = securityWith(r, a, without.backing, p, commitment, bloc) - without.target;
  let clashGain = 0;
  const pA = power[a]!;
  // What a clash costs a principal, win or lose, by the actor's interests.
  const clashLoss = ((WIN_COST + LOSS_COST) / 2) * share.security + CLASH_ECONOMY_COST * share.economy;
  const { backed: crises, backedAt } = commitment;
  for (let k = 0; k < crises.length; k++) {
    const x = crises[k]!;
    const level = backedAt[k]!;
    const stake = x.exposure === null ? 0 : x.exposure[p]!;
    const wB = trust * (level / 3) * power[p]! * (WEIGHT_REACH_FLOOR + (1 - WEIGHT_REACH_FLOOR) * stake);
    // An unforeseen foe is reckoned a match for the actor.
    const wOpp = x.at < 0 ? pA : power[x.at]!;
    const severity = severityAt(x.theatreAt < 0 ? null : r.tension[x.theatreAt]!);
    const backed = clashWorth(share, pA + wB, wOpp);
    const alone = (mine.alone[x.rivalry + 1] ??= clashWorth(share, pA, wOpp));
    const hazard = hazardOf(x, h);
    clashGain += (hazard * EXPECTED_ESCALATION * severity * (backed - alone)) / rate.security;
    // A partner owed to stand by the actor also deters: some of the crises a rival would start never come.
    if (x.initiated || x.at < 0) continue;
    const deterrent = backingOf(level) * power[p]! * (WEIGHT_REACH_FLOOR + (1 - WEIGHT_REACH_FLOOR) * stake);
    const avoided = hazard * DETERRENCE * (deterrent / (deterrent + power[x.at]! + 1e-9));
    clashGain += (avoided * EXPECTED_ESCALATION * severity * clashLoss) / rate.security;
  }
  const backing = (umbrellaGain * share.security + clashGain) * worth.security;

  const eA = r.economic[a]!;
  const eB = r.economic[p]!;
  const tradeFlow = (TRADE_PER_YEAR * trust * eB) / (eA + eB + 1e-9);
  const trade = (tradeFlow / rate.economy) * share.economy * worth.economy;

  // What this partner's dependence adds to the influence the actor's other partners already give it.
  const others = relianceWithout(r, actor, a, p);
  // A partner that would place no reliance on the actor lifts nothing: the lift is the one without it, read already.
  const relied = reliance(r, a, p, commitment);
  const lifted = relied === 0 ? others.lift : influenceLift(others.sum + relied);
  const influence = (lifted - others.lift) * share.influence * worth.influence;

  const owes = obligationsTo(a, commitment, h, r.tension);
  const obligations = (owes.security / rate.security) * share.security * worth.security + (owes.economy / rate.economy) * share.economy * worth.economy;
  const autonomyLoss = AUTONOMY_PER_OBLIGATION * owes.load + (AUTONOMY_PER_PAID * (owes.security + owes.economy)) / rate.autonomy;
  const autonomy = autonomyLoss * share.autonomy * worth.autonomy;

  return { backing, trade, influence, obligations, autonomy, crossPressure: 0, total: backing + trade + influence - obligations - autonomy };
}

/**
 * The influence all the ties `actor` holds give it together, in the points of TieValue.influence: the lift of its
 * partners' summed reliance (influenceLift), worth what a lasting tie's influence is worth. Each tie's influence in
 * its value is its share at the margin, given the others; with diminishing returns, the margins of several ties do
 * not add up to what they give together, and a tie added lowers the margins of the others. What a set of ties is
 * worth counts their influence once, as this.
 */
export function tiesInfluence(state: GameState, actor: ActorId): number {
  const r = reading(state);
  const a = r.L.index[actor]!;
  const mine = actorReading(r, actor, a);
  let sum = 0;
  for (const x of mine.reliances) sum += x;
  return influenceLift(sum) * mine.shares.influence * LASTING.influence;
}

/** Years a pair has held its tie since the tie last grew warmer, 0 with none: an alliance's years start when it becomes
 *  one, as its obligations of arms do (settlePair dates a deepened tie anew, and a lowered one keeps its date). */
function yearsHeld(state: GameState, held: TieState | undefined): number {
  return held && held.kind !== 'none' ? Math.max(0, state.turn - held.since) * yearsPerTurn(state.scenario) : 0;
}

/**
 * War weariness: what keeping a tie of `kind` with `partner` costs `actor` on top of its value (tieValue), in the same
 * points, for the years the pair has held a tie. Support for a commitment falls as its costs go on year after year
 * (Mueller 1973): the obligations the tie held has carried, and the freedom they took, weigh WAR_WEARINESS_PER_YEAR
 * more for each year. Only those already carried: a warmer tie's further obligations are new, so weariness tells
 * against keeping a tie, never against deepening it. Only a tie that owes arms (an alliance, by AID) tires: a
 * partnership's diplomatic support costs no lives. It weighs on the choice to keep or leave, not on the tie's worth
 * in a crisis (what failing a call puts at stake).
 */
export function wearinessOf(state: GameState, actor: ActorId, partner: ActorId, kind: Tie): number {
  const L = lookup(state.scenario);
  return wearinessAt(state, actor, L.index[actor]!, partner, L.index[partner]!, kind, state.ties[L.pair[actor]![partner]!]);
}

/** wearinessOf, for actors of indexes `a` and `p` (Lookup.index) whose pair holds `held` (its record in
 *  GameState.ties, if any): the persona asks it of every pair every turn, with the record at hand. */
export function wearinessAt(state: GameState, actor: ActorId, a: number, partner: ActorId, p: number, kind: Tie, held: TieState | undefined): number {
  if (kind === 'none') return 0;
  const years = yearsHeld(state, held);
  if (years === 0) return 0;
  const carried = tieRank(kind) <= tieRank(held!.kind) ? kind : held!.kind;
  // Only a tie that owes arms tires: words cost no lives.
  if (AID[carried] < 3) return 0;
  const v = valueIn(reading(state), actor, a, partner, p, carried as Exclude<Tie, 'none'>, false);
  return WAR_WEARINESS_PER_YEAR * years * (v.obligations + v.autonomy);
}

/** `base` (a tie's value without cross-pressure) with it: each year, the chance of a crisis between the partner and
 *  each of the actor's other partners, times what the actor owes that other partner there, puts that other tie's
 *  worth at risk. */
function withCrossPressure(r: Reading, actor: ActorId, a: number, partner: ActorId, p: number, base: TieValue): TieValue {
  let pressure = 0;
  for (const { other, at, tie } of r.held[a]!) {
    if (other === partner) continue;
    const clash = clashHazard(r.L, p, at, r.hazards);
    if (clash > 0) pressure += clash * Math.max(0, valueIn(r, actor, a, other, at, tie.kind, false).total);
  }
  // With no pressure the value is the one without (its total less nothing): the same record serves.
  if (pressure === 0) return base;
  const { backing, trade, influence, obligations, autonomy } = base;
  return { backing, trade, influence, obligations, autonomy, crossPressure: pressure, total: backing + trade + influence - obligations - autonomy - pressure };
}

/** What `actor` loses in its other ties when everyone else takes `witness` observations of unreliability from it:
 *  each of its other ties is worth less by the share of trust the witnesses lose. */
export function reputationCost(state: GameState, actor: ActorId, partner: ActorId, witness: number): number {
  const r = reading(state);
  const a = r.L.index[actor]!;
  let cost = 0;
  for (const { other, at, tie } of r.held[a]!) {
    if (other === partner) continue;
    const n = state.evidence[at * r.n + a]!;
    cost += Math.max(0, valueIn(r, actor, a, other, at, tie.kind, false).total) * (witness / (n + witness));
  }
  return cost;
}

