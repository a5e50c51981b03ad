// Crises: who starts them (moral hazard), who is called on, and how they end.
// Every figure is computed from the state: power, tension, exposure, the ties, their terms and trust.
import {
  BACKDOWN_INFLUENCE,
  BACKDOWN_STABILITY,
  BACKDOWN_TENSION,
  BALANCE_WEIGHT,
  BYSTANDER_EXPOSURE,
  CLASH_ECONOMY_COST,
  CLASH_INFLUENCE,
  CLASH_STABILITY,
  CLASH_TENSION,
  COMMON_CAUSE_COST,
  CONCESSION_SECURITY,
  CONTEST_DECISIVENESS,
  CRISIS_HAZARD_PER_YEAR,
  DETERRENCE,
  LOSS_COST,
  MORAL_HAZARD,
  REFUSAL_INFLUENCE,
  RENEGING_WITNESS,
  RISK_PUSH,
  SUPPORT_COST,
  SUPPORT_REACH_FLOOR,
  TEMPER,
  WEIGHT_REACH_FLOOR,
  WIN_COST,
  perTurn,
} from './coefficients';
import { clamp, exposureOf, powerOf, sigmoid, tiesHeld, tiesOf, yearsPerTurn, type HeldTie } from './relations';
import { lookup } from './lookup';
import { trustIn } from './pairs';
import type { Rng } from './rng';
import { backingOf, expectedOfTie, obligation, owed } from './treaty';
import type { ActorId, Call, CrisisInstance, CrisisOutcome, GameState, Stance, SupportLevel, TheatreId } from './types';
import { learn, observe } from './trust';

export { TEMPER };

/** How sure `actor` is, starting a crisis against `opponent`, that a partner would back it: the most any partner
 *  owes a challenger under its terms (an offensive pact all, a defensive one nothing), times the actor's trust in it. */
export function confidence(state: GameState, actor: ActorId, opponent: ActorId): number {
  return confidenceFrom(state, actor, tiesOf(state, actor), opponent);
}

/** confidence, from the ties `actor` holds (`held`, in the order of its rows). */
function confidenceFrom(state: GameState, actor: ActorId, held: HeldTie[], opponent: ActorId): number {
  let best = 0;
  for (const { other, tie } of held) {
    if (other === opponent) continue;
    best = Math.max(best, trustIn(state, actor, other) * backingOf(obligation(state, tie, tie.kind, true, opponent)));
  }
  return best;
}

/** Share of the contest that the defender's partners, as far as their terms oblige them, add against the challenger, 0..1. */
export function deterrence(state: GameState, challenger: ActorId, defender: ActorId, theatre: TheatreId): number {
  return deterrenceFrom(state, challenger, tiesOf(state, defender), theatre);
}

/** deterrence, from the ties the defender holds (`held`, in the order of its rows). */
function deterrenceFrom(state: GameState, challenger: ActorId, held: HeldTie[], theatre: TheatreId): number {
  let backing = 0;
  const exposure = lookup(state.scenario).exposure.get(theatre)!;
  for (const { other, tie } of held) {
    if (other === challenger) continue;
    // A partner with a stake in the theatre is a credible one.
    const owes = backingOf(obligation(state, tie, tie.kind, false, challenger));
    backing += owes * powerOf(state, other) * (WEIGHT_REACH_FLOOR + (1 - WEIGHT_REACH_FLOOR) * exposure[other]!);
  }
  return backing / (backing + powerOf(state, challenger) + 1e-9);
}

/** An actor's appetite for risk: its persona's, scaled by the lesson's temperament (at most 1). */
export function riskOf(state: GameState, actor: ActorId): number {
  const risk = lookup(state.scenario).actor.get(actor)!.persona.risk;
  const temperament = state.rules?.temperament;
  return temperament === undefined ? risk : Math.min(1, risk * TEMPER[temperament]);
}

/** Chance a year that `challenger` starts a crisis against `defender` in a theatre: its appetite, the tension, the
 *  backing it counts on (moral hazard) and the backing its target can count on (deterrence). */
export function hazardPerYear(state: GameState, challenger: ActorId, defender: ActorId, theatre: TheatreId): number {
  return hazardFrom(state, challenger, defender, theatre, tiesOf(state, challenger), tiesOf(state, defender));
}

function hazardFrom(state: GameState, challenger: ActorId, defender: ActorId, theatre: TheatreId, challengers: HeldTie[], defenders: HeldTie[]): number {
  const conf = confidenceFrom(state, challenger, challengers, defender);
  const deter = deterrenceFrom(state, challenger, defenders, theatre);
  return clamp(CRISIS_HAZARD_PER_YEAR * riskOf(state, challenger) * state.tension[theatre]! * (1 + MORAL_HAZARD * conf) * (1 - DETERRENCE * deter), 0, 1);
}

/** Chance a year of a crisis in each of the scenario's rivalries, in lookup's order (hazardPerYear); `held` are the
 *  ties every actor holds (tiesHeld), read once for all of them. */
export function rivalryHazards(state: GameState, held: HeldTie[][] = tiesHeld(state)): number[] {
  const L = lookup(state.scenario);
  return L.rivalries.map((r) => hazardFrom(state, r.challenger, r.defender, r.theatre, held[L.index[r.challenger]!]!, held[L.index[r.defender]!]!));
}

/** Chance this turn that `challenger` starts a crisis against `defender` in a theatre. */
export function boldness(state: GameState, challenger: ActorId, defender: ActorId, theatre: TheatreId): number {
  return perTurn(hazardPerYear(state, challenger, defender, theatre), yearsPerTurn(state.scenario));
}

/** Each principal calls every actor tied to it — an actor tied to both sides is called by both — expecting what
 *  the tie's terms owe; actors tied to neither with a large stake in the theatre are called by the target, unless
 *  they face the target in a rivalry somewhere: no one asks its own rival for help. */
export function makeCalls(state: GameState, crisisId: string, theatre: TheatreId, initiator: ActorId, target: ActorId): Call[] {
  const calls: Call[] = [];
  const L = lookup(state.scenario);
  for (const x of L.ids) {
    if (x === initiator || x === target) continue;
    const toT = state.ties[L.pair[x]![target]!];
    const toI = state.ties[L.pair[x]![initiator]!];
    const tiedT = toT !== undefined && toT.kind !== 'none';
    const tiedI = toI !== undefined && toI.kind !== 'none';
    if (tiedT || (!tiedI && exposureOf(state.scenario, theatre, x) >= BYSTANDER_EXPOSURE && !L.rivals.get(target)?.has(x))) {
      calls.push({ id: L.names.call(crisisId, x), caller: target, callee: x, expected: owed(state, x, target, false, initiator) });
    }
    if (tiedI) {
      const id = tiedT ? L.names.crossCall(crisisId, x, initiator) : L.names.call(crisisId, x);
      calls.push({ id, caller: initiator, callee: x, expected: owed(state, x, initiator, true, target) });
    }
  }
  return calls;
}

/** How far a clash reaches a supporter, 0..1. */
const reachOf = (state: GameState, theatre: TheatreId, actor: ActorId): number =>
  SUPPORT_REACH_FLOOR + (1 - SUPPORT_REACH_FLOOR) * exposureOf(state.scenario, theatre, actor);

/** How much a crisis's escalation is likely to cost an actor who backs a side, 0..1: its entrapment cost. Opposing
 *  the caller is backing the other side with words, at the price of diplomatic support; staying out costs nothing. */
export function supportCost(state: GameState, crisis: CrisisInstance, actor: ActorId, level: SupportLevel, caller?: ActorId): number {
  if (level === 1) return 0;
  const own = level >= 2 && commonCause(state, crisis, actor, caller) ? COMMON_CAUSE_COST : 1;
  const backing = level === 0 ? 2 : level;
  return clamp(own * (backing / 3) * crisis.severity * reachOf(state, crisis.theatre, actor) * (0.5 + 0.5 * state.tension[crisis.theatre]!), 0, 0.95);
}

/**
 * What answering `delivered` (not 1) costs `actor` in a clash, in points of security and economy: the price of
 * entrapment, in full for arms (half the security if the side it backed prevails), lightly for words; opposing the
 * caller is taking the other side with words, at the price of diplomatic backing. A common cause (`common`: the other
 * side is the actor's own rival there) costs a share of it. resolveCrisis charges it; the page shows it beforehand.
 */
export function backingCharge(state: GameState, crisis: CrisisInstance, actor: ActorId, delivered: SupportLevel, common: boolean, won: boolean): { security: number; economy: number } {
  if (delivered === 1) return { security: 0, economy: 0 };
  const level = delivered >= 2 ? delivered : 2;
  const sev = crisis.severity;
  const reach = reachOf(state, crisis.theatre, actor);
  const share = common ? COMMON_CAUSE_COST : 1;
  const security = level === 3 ? share * (won ? 0.5 : 1) * SUPPORT_COST.armsSecurity * sev * reach : 0;
  const economy = share * (level === 3 ? SUPPORT_COST.armsEconomy * sev * reach : SUPPORT_COST.wordsEconomy * sev);
  return { security, economy };
}

/** What answering `caller`'s call with `delivered` would cost `actor` if the clash comes, in points of security and
 *  economy: backingCharge over the chance that the side it backs (the caller, or the other side for opposition)
 *  prevails with these answers. */
export function expectedBackingCharges(state: GameState, crisis: CrisisInstance, actor: ActorId, caller: ActorId, delivered: SupportLevel, answers: Map<string, SupportLevel>): { security: number; economy: number } {
  if (delivered === 1) return { security: 0, economy: 0 };
  const backed = delivered >= 2 ? caller : caller === crisis.initiator ? crisis.target : crisis.initiator;
  const common = delivered >= 2 && commonCause(state, crisis, actor, caller);
  const won = winChance(crisis, crisisWeights(state, crisis, answers), backed);
  const w = backingCharge(state, crisis, actor, delivered, common, true);
  const l = backingCharge(state, crisis, actor, delivered, common, false);
  return { security: won * w.security + (1 - won) * l.security, economy: won * w.economy + (1 - won) * l.economy };
}

/** expectedBackingCharges, security and economy together: what the page shows before the answer, and the entrapment
 *  gauge's cost. */
export function expectedBackingCharge(state: GameState, crisis: CrisisInstance, actor: ActorId, caller: ActorId, delivered: SupportLevel, answers: Map<string, SupportLevel>): number {
  const c = expectedBackingCharges(state, crisis, actor, caller, delivered, answers);
  return c.security + c.economy;
}

/** Backing `caller` is a common cause for `actor` when the other side is `actor`'s own rival in that theatre:
 *  then it defends itself, and it is not entrapped in someone else's conflict. */
export function commonCause(state: GameState, crisis: CrisisInstance, actor: ActorId, caller?: ActorId): boolean {
  if (caller === undefined) caller = crisis.calls.find((c) => c.callee === actor)?.caller;
  if (caller === undefined) return false;
  const opponent = caller === crisis.initiator ? crisis.target : crisis.initiator;
  const theatre = lookup(state.scenario).theatre.get(crisis.theatre)!;
  return theatre.rivals.some((r) => (r.challenger === opponent && r.defender === actor) || (r.challenger === actor && r.defender === opponent));
}

/** The weight each side brings to a crisis: its own power plus what its supporters deliver, by their reach. */
export function crisisWeights(state: GameState, crisis: CrisisInstance, answers: Map<string, SupportLevel>): { wI: number; wT: number } {
  const { initiator, target } = crisis;
  let wI = powerOf(state, initiator);
  let wT = powerOf(state, target);
  for (const call of crisis.calls) {
    const d = answers.get(call.id) ?? 1;
    const weight = powerOf(state, call.callee) * (WEIGHT_REACH_FLOOR + (1 - WEIGHT_REACH_FLOOR) * exposureOf(state.scenario, crisis.theatre, call.callee));
    const forCaller = (d / 3) * weight;
    const againstCaller = d === 0 ? weight / 3 : 0;
    if (call.caller === initiator) {
      wI += forCaller;
      wT += againstCaller;
    } else {
      wT += forCaller;
      wI += againstCaller;
    }
  }
  return { wI, wT };
}

/** Chance that `side` wins a clash with these weights behind the two sides (CONTEST_DECISIVENESS). */
export function winChance(crisis: CrisisInstance, { wI, wT }: { wI: number; wT: number }, side: ActorId): number {
  return side === crisis.initiator ? oddsOf(wI, wT) : oddsOf(wT, wI);
}

/** The chance a side of weight `w` prevails in a clash against weight `against`. */
export function oddsOf(w: number, against: number): number {
  const mine = w ** CONTEST_DECISIVENESS;
  return mine / (mine + against ** CONTEST_DECISIVENESS + 1e-9);
}

/** Security `side` loses in a clash it wins or loses with these weights: the cost of an even contest, times twice
 *  the other side's share of the weight (from none against no one to double against overwhelming odds). */
export function clashSecurityCost(crisis: CrisisInstance, { wI, wT }: { wI: number; wT: number }, side: ActorId, won: boolean): number {
  const [w, against] = side === crisis.initiator ? [wI, wT] : [wT, wI];
  return securityLost(w, against, won) * crisis.severity;
}

/** Security a side of weight `w` loses, a unit of severity, in a clash against weight `against` that it wins or loses. */
export function securityLost(w: number, against: number, won: boolean): number {
  return (won ? WIN_COST : LOSS_COST) * ((2 * against) / (w + against + 1e-9));
}

/** What a caller sees the actor it called give it, of the answers `given`. An actor called by both sides that backs
 *  the other side (with words or arms) more than this one has taken the other side, whatever it answered here:
 *  opposition, not neutrality. One that backs both sides alike has backed neither: each sees it stand aside. */
export function seenAnswer(calls: readonly Call[], given: (call: Call) => SupportLevel, call: Call): SupportLevel {
  if (sidedAgainst(calls, given, call)) return 0;
  return backedAlike(calls, given, call) ? 1 : given(call);
}

/** The other side's call to the same actor that its answers back as much as `call` (with words or arms), if any: the
 *  one that makes seenAnswer see neutrality. */
export function backedAlike(calls: readonly Call[], given: (call: Call) => SupportLevel, call: Call): Call | undefined {
  const d = given(call);
  if (d < 2) return undefined;
  for (const c of calls) if (c.callee === call.callee && c.caller !== call.caller && given(c) === d) return c;
  return undefined;
}

/** The other side's call to the same actor that its answers back more than `call` (with words or arms), if any: the
 *  one that makes seenAnswer see opposition. */
export function sidedAgainst(calls: readonly Call[], given: (call: Call) => SupportLevel, call: Call): Call | undefined {
  const d = given(call);
  for (const c of calls) if (c.callee === call.callee && c.caller !== call.caller && given(c) >= 2 && given(c) > d) return c;
  return undefined;
}

/** Influence a caller loses at once when a call is refused in public: by the crisis's severity and how far the answer
 *  it saw (seenAnswer) fell short of what it expected (Snyder 1997). */
export function refusalInfluence(severity: number, expected: SupportLevel, seen: SupportLevel): number {
  return seen < expected ? REFUSAL_INFLUENCE * severity * (expected - seen) : 0;
}

/** Chance that the initiator presses on into a clash rather than backing down, given the answers. */
export function escalationChance(state: GameState, crisis: CrisisInstance, answers: Map<string, SupportLevel>): number {
  return escalationFrom(state, crisis, crisisWeights(state, crisis, answers));
}

function escalationFrom(state: GameState, crisis: CrisisInstance, { wI, wT }: { wI: number; wT: number }): number {
  const risk = riskOf(state, crisis.initiator);
  const balance = (wT - wI) / (wT + wI + 1e-9);
  return 1 - sigmoid(BALANCE_WEIGHT * balance + RISK_PUSH * (0.5 - risk) - (state.tension[crisis.theatre]! - 0.5));
}

function addMetric(state: GameState, actor: ActorId, metric: 'security' | 'economy' | 'influence' | 'stability' | 'autonomy', amount: number): void {
  const m = state.metrics[actor]!;
  m[metric] = clamp(m[metric] + amount, 0, 100);
}

/**
 * Who backs down, or null for a clash. Either principal may back down; then no clash comes. Otherwise, if either
 * presses on, it comes to a clash; if both stand firm, the initiator presses on (`pressesOn`: its temperament and the
 * balance of backing, escalationChance) or backs down.
 */
export function whoBacksDown(crisis: CrisisInstance, stances: { initiator?: Stance; target?: Stance }, pressesOn: boolean): ActorId | null {
  const mine = stances.initiator ?? 'stand';
  const theirs = stances.target ?? 'stand';
  if (mine === 'yield') return crisis.initiator;
  if (theirs === 'yield') return crisis.target;
  if (mine === 'press' || theirs === 'press') return null;
  return pressesOn ? null : crisis.initiator;
}

/** Resolve one crisis with the called actors' answers: the clash or the climb-down, costs, and what each caller learns. */
export function resolveCrisis(
  state: GameState,
  rng: Rng,
  crisis: CrisisInstance,
  answers: Map<string, SupportLevel>,
  stances: { initiator?: Stance; target?: Stance } = {},
): CrisisOutcome {
  const { initiator, target, severity: sev, theatre } = crisis;
  const weights = crisisWeights(state, crisis, answers);
  const pEscalate = escalationFrom(state, crisis, weights);
  const draw = rng.next();
  const delivered = (call: Call): SupportLevel => answers.get(call.id) ?? 1;
  // What each caller sees of the answer to its call (seenAnswer), by call in the crisis's order: read once for what
  // the callers learn and for the outcome's record, as each reads every other call to the same actor.
  const seen = crisis.calls.map((call) => seenAnswer(crisis.calls, delivered, call));
  const yielder = whoBacksDown(crisis, stances, draw < pEscalate);
  const escalated = yielder === null;

  let winner = yielder === initiator ? target : initiator;
  const paid = new Map<string, number>();
  if (yielder !== null) {
    addMetric(state, winner, 'influence', BACKDOWN_INFLUENCE * sev);
    addMetric(state, yielder, 'influence', -BACKDOWN_INFLUENCE * sev);
    addMetric(state, yielder, 'stability', -BACKDOWN_STABILITY * sev);
    // A target that backs down concedes what the initiator pressed for.
    if (yielder === target) addMetric(state, target, 'security', -CONCESSION_SECURITY * sev);
    state.tension[theatre] = clamp(state.tension[theatre]! - BACKDOWN_TENSION, 0, 1);
  } else {
    // The side with more weight behind it, supporters included, tends to prevail and takes less of the damage; a
    // clash is never certain.
    winner = rng.next() < winChance(crisis, weights, initiator) ? initiator : target;
    const loser = winner === initiator ? target : initiator;
    for (const p of [initiator, target]) {
      addMetric(state, p, 'security', -clashSecurityCost(crisis, weights, p, p === winner));
      addMetric(state, p, 'economy', -CLASH_ECONOMY_COST * sev);
      state.stats[p]!.escalations++;
    }
    addMetric(state, winner, 'influence', CLASH_INFLUENCE * sev);
    addMetric(state, loser, 'influence', -CLASH_INFLUENCE * sev);
    for (const call of crisis.calls) {
      const d = delivered(call);
      if (d === 1) continue;
      const side = d >= 2 ? call.caller : call.caller === initiator ? target : initiator;
      const level = d >= 2 ? d : 2;
      const won = side === winner;
      const common = d >= 2 && commonCause(state, crisis, call.callee, call.caller);
      const { security: sec, economy: eco } = backingCharge(state, crisis, call.callee, d, common, won);
      addMetric(state, call.callee, 'security', -sec);
      addMetric(state, call.callee, 'economy', -eco);
      addMetric(state, call.callee, 'influence', (won ? 1 : -1) * (level - 1) * sev);
      paid.set(call.id, sec + eco);
      if (common || d < 2) continue;
      const st = state.stats[call.callee]!;
      st.entrapped++;
      st.entrapmentCost += sec + eco;
    }
    for (const actor of lookup(state.scenario).ids) {
      const e = exposureOf(state.scenario, theatre, actor);
      if (e > 0) addMetric(state, actor, 'stability', -CLASH_STABILITY * sev * e);
    }
    state.tension[theatre] = clamp(state.tension[theatre]! + CLASH_TENSION * sev, 0, 1);
  }

  // What each caller learns about the actors it called on; a caller refused in public loses standing.
  const callers = new Set<ActorId>();
  const L = lookup(state.scenario);
  for (let k = 0; k < crisis.calls.length; k++) {
    const call = crisis.calls[k]!;
    const d = seen[k]!;
    if (d < call.expected) addMetric(state, call.caller, 'influence', -refusalInfluence(sev, call.expected, d));
    observe(state, call.caller, call.callee, call.expected, d, supportCost(state, crisis, call.callee, d, call.caller));
    // An ally that reneges on what its alliance owes is seen doing it by everyone.
    if (d < call.expected && state.ties[L.pair[call.caller]![call.callee]!]?.kind === 'alliance') {
      for (const x of L.ids) if (x !== call.caller && x !== call.callee) learn(state, x, call.callee, false, 0, RENEGING_WITNESS);
    }
    if (call.expected < 2) continue;
    const st = state.stats[call.caller]!;
    callers.add(call.caller);
    st.callsMade++;
    if (d <= 1) st.abandoned++;
    if (d < call.expected) st.disappointed++;
  }
  for (const caller of callers) state.stats[caller]!.crisesFaced++;
  // Backing one side is taking a stand against the other, if the other did not call on it: judged by what it
  // expects of anyone, at least not to take the other side.
  for (const call of crisis.calls) {
    const d = delivered(call);
    if (d < 3) continue;
    const opponent = call.caller === initiator ? target : initiator;
    if (crisis.calls.some((c) => c.caller === opponent && c.callee === call.callee)) continue;
    observe(state, opponent, call.callee, 1, 0, 0);
  }
  // A partner that starts a crisis against you has delivered the opposite of what the tie promised.
  const tie = state.ties[lookup(state.scenario).pair[target]![initiator]!];
  if (tie && tie.kind !== 'none') observe(state, target, initiator, expectedOfTie(tie), 0, 0);

  return {
    crisis: crisis.id,
    initiator,
    target,
    theatre,
    escalated,
    winner,
    severity: sev,
    ...(stances.initiator || stances.target ? { stances } : {}),
    answers: crisis.calls.map((c, k) => ({ caller: c.caller, callee: c.callee, expected: c.expected, delivered: seen[k]!, cost: paid.get(c.id) ?? 0 })),
  };
}

/** How threatened an actor is: the mean, over rivalries where it defends, of tension × the challenger's share of power. */
export function threatTo(s: GameState, actor: ActorId): number {
  const rivalries = lookup(s.scenario).defends.get(actor)!;
  if (rivalries.length === 0) return 0;
  const own = powerOf(s, actor);
  let sum = 0;
  for (const r of rivalries) {
    const pc = powerOf(s, r.challenger);
    sum += (s.tension[r.theatre]! * pc) / (pc + own + 1e-9);
  }
  return sum / rivalries.length;
}
