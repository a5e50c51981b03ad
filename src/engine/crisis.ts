// Crises: who starts them (moral hazard), who is called on, and how they end.
// Every figure is computed from the state: power, tension, exposure, the ties and trust.
import {
  COMMITMENT,
  clamp,
  expectationOf,
  exposureOf,
  partnersOf,
  powerOf,
  sigmoid,
  tieOf,
} from './relations';
import { lookup } from './lookup';
import type { Rng } from './rng';
import type { ActorId, Call, CrisisInstance, CrisisOutcome, GameState, SupportLevel, Temperament, TheatreId } from './types';
import { observe } from './trust';

/** Base chance per turn that a fully risk-loving challenger starts a crisis in a theatre at full tension. */
export const BASE_BOLDNESS = 0.35;
/** How much confidence in partners' support multiplies boldness (moral hazard). */
export const MORAL_HAZARD = 0.8;
/** Security a principal loses in a clash it wins, and in one it loses (per unit of severity). */
export const WIN_COST = 4;
export const LOSS_COST = 11;
/** How much a defender's backing by strong partners deters a challenger. */
export const DETERRENCE = 0.9;

/** How sure `actor` is that its partners (other than `except`) would stand by it: trust × commitment of the tie. */
export function confidence(state: GameState, actor: ActorId, except?: ActorId): number {
  let best = 0;
  const trust = state.trust[actor]!;
  for (const { other, pair } of lookup(state.scenario).rows[actor]!) {
    if (other === except) continue;
    const tie = state.ties[pair];
    if (tie && tie.kind !== 'none') best = Math.max(best, trust[other]! * COMMITMENT[tie.kind]);
  }
  return best;
}

/** Share of the contest that the defender's committed partners add against the challenger, 0..1. */
export function deterrence(state: GameState, challenger: ActorId, defender: ActorId, theatre: TheatreId): number {
  let backing = 0;
  const L = lookup(state.scenario);
  const exposure = L.exposure.get(theatre)!;
  for (const { other, pair } of L.rows[defender]!) {
    if (other === challenger) continue;
    const tie = state.ties[pair];
    if (!tie || tie.kind === 'none') continue;
    // A partner with a stake in the theatre is a credible one.
    backing += COMMITMENT[tie.kind] * powerOf(state, other) * (0.4 + 0.6 * exposure[other]!);
  }
  return backing / (backing + powerOf(state, challenger) + 1e-9);
}

/** How a lesson's temperament scales every actor's appetite for risk. */
export const TEMPER: Record<Temperament, number> = { calm: 0.6, normal: 1, hawkish: 1.5 };

/** An actor's appetite for risk: its persona's, scaled by the lesson's temperament (at most 1). */
export function riskOf(state: GameState, actor: ActorId): number {
  const risk = lookup(state.scenario).actor.get(actor)!.persona.risk;
  const temperament = state.rules?.temperament;
  return temperament === undefined ? risk : Math.min(1, risk * TEMPER[temperament]);
}

/** Chance per turn that `challenger` starts a crisis against `defender` in a theatre. */
export function boldness(state: GameState, challenger: ActorId, defender: ActorId, theatre: TheatreId): number {
  const conf = confidence(state, challenger, defender);
  const deter = deterrence(state, challenger, defender, theatre);
  return clamp(
    BASE_BOLDNESS * riskOf(state, challenger) * state.tension[theatre]! * (1 + MORAL_HAZARD * conf) * (1 - DETERRENCE * deter),
    0,
    1,
  );
}

/** Everyone tied to a principal is called by it (the stronger tie wins, the target on a draw);
 *  others with a large stake in the theatre are called by the target. */
export function makeCalls(state: GameState, crisisId: string, theatre: TheatreId, initiator: ActorId, target: ActorId): Call[] {
  const calls: Call[] = [];
  for (const actor of state.scenario.actors) {
    const x = actor.id;
    if (x === initiator || x === target) continue;
    const toI = tieOf(state, x, initiator);
    const toT = tieOf(state, x, target);
    let caller: ActorId | null = null;
    if (toT !== 'none' && COMMITMENT[toT] >= COMMITMENT[toI]) caller = target;
    else if (toI !== 'none') caller = initiator;
    else if (exposureOf(state.scenario, theatre, x) >= 0.5) caller = target;
    if (caller === null) continue;
    calls.push({ id: `${crisisId}:${x}`, caller, callee: x, expected: expectationOf(tieOf(state, x, caller)) });
  }
  return calls;
}

/** How much a crisis's escalation is likely to cost an actor who backs a side fully, 0..1: its entrapment cost. */
export function supportCost(state: GameState, crisis: CrisisInstance, actor: ActorId, level: SupportLevel, caller?: ActorId): number {
  if (level < 2) return 0;
  const reach = 0.3 + 0.7 * exposureOf(state.scenario, crisis.theatre, actor);
  const own = commonCause(state, crisis, actor, caller) ? COMMON_CAUSE_COST : 1;
  return clamp(own * (level / 3) * crisis.severity * reach * (0.5 + 0.5 * state.tension[crisis.theatre]!), 0, 0.95);
}

/** Share of the usual price an actor pays for backing a side against a power that threatens it in the same theatre. */
export const COMMON_CAUSE_COST = 0.2;

/** Backing `caller` is a common cause for `actor` when the other side is `actor`'s own rival in that theatre:
 *  then it defends itself, and it is not entrapped in someone else's conflict. */
export function commonCause(state: GameState, crisis: CrisisInstance, actor: ActorId, caller?: ActorId): boolean {
  if (caller === undefined) caller = crisis.calls.find((c) => c.callee === actor)?.caller;
  if (caller === undefined) return false;
  const opponent = caller === crisis.initiator ? crisis.target : crisis.initiator;
  const theatre = lookup(state.scenario).theatre.get(crisis.theatre)!;
  return theatre.rivals.some((r) => (r.challenger === opponent && r.defender === actor) || (r.challenger === actor && r.defender === opponent));
}

function reachOf(state: GameState, crisis: CrisisInstance, actor: ActorId): number {
  return 0.4 + 0.6 * exposureOf(state.scenario, crisis.theatre, actor);
}

/** The weight each side brings to a crisis: its own power plus what its supporters deliver, by their reach. */
export function crisisWeights(state: GameState, crisis: CrisisInstance, answers: Map<string, SupportLevel>): { wI: number; wT: number } {
  const { initiator, target } = crisis;
  let wI = powerOf(state, initiator);
  let wT = powerOf(state, target);
  for (const call of crisis.calls) {
    const d = answers.get(call.id) ?? 1;
    const weight = powerOf(state, call.callee) * reachOf(state, crisis, call.callee);
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

/** How strongly the balance of weight decides whether the initiator backs down. */
export const BALANCE_WEIGHT = 5;

/** Chance that the initiator presses on into a clash rather than backing down, given the answers. */
export function escalationChance(state: GameState, crisis: CrisisInstance, answers: Map<string, SupportLevel>): number {
  return escalationFrom(state, crisis, crisisWeights(state, crisis, answers));
}

function escalationFrom(state: GameState, crisis: CrisisInstance, { wI, wT }: { wI: number; wT: number }): number {
  const risk = riskOf(state, crisis.initiator);
  const balance = (wT - wI) / (wT + wI + 1e-9);
  return 1 - sigmoid(BALANCE_WEIGHT * balance + 2 * (0.5 - risk) - (state.tension[crisis.theatre]! - 0.5));
}

function addMetric(state: GameState, actor: ActorId, metric: 'security' | 'economy' | 'influence' | 'stability', amount: number): void {
  const m = state.metrics[actor]!;
  m[metric] = clamp(m[metric] + amount, 0, 100);
}

/** Resolve one crisis with the called actors' answers: the clash or the climb-down, costs, and what each caller learns. */
export function resolveCrisis(
  state: GameState,
  rng: Rng,
  crisis: CrisisInstance,
  answers: Map<string, SupportLevel>,
  observed: Set<string>,
): CrisisOutcome {
  const { initiator, target, severity: sev, theatre } = crisis;
  const weights = crisisWeights(state, crisis, answers);
  const pEscalate = escalationFrom(state, crisis, weights);
  const escalated = rng.next() < pEscalate;
  const delivered = (call: Call): SupportLevel => answers.get(call.id) ?? 1;

  let winner = target;
  const paid = new Map<string, number>();
  if (!escalated) {
    addMetric(state, target, 'influence', 4 * sev);
    addMetric(state, initiator, 'influence', -4 * sev);
    state.tension[theatre] = clamp(state.tension[theatre]! - 0.05, 0, 1);
  } else {
    // The side with more weight behind it, supporters included, tends to prevail; a clash is never certain.
    winner = rng.next() < weights.wI / (weights.wI + weights.wT + 1e-9) ? initiator : target;
    const loser = winner === initiator ? target : initiator;
    for (const p of [initiator, target]) {
      addMetric(state, p, 'security', -(p === winner ? WIN_COST : LOSS_COST) * sev);
      addMetric(state, p, 'economy', -5 * sev);
      state.stats[p]!.escalations++;
    }
    addMetric(state, winner, 'influence', 6 * sev);
    addMetric(state, loser, 'influence', -6 * sev);
    for (const call of crisis.calls) {
      const d = delivered(call);
      if (d < 2) continue;
      // Backing a side in a clash that is not yours: the price of entrapment, in full for arms, lightly for words.
      const reach = 0.3 + 0.7 * exposureOf(state.scenario, theatre, call.callee);
      const won = call.caller === winner;
      const common = commonCause(state, crisis, call.callee, call.caller);
      const share = common ? COMMON_CAUSE_COST : 1;
      const sec = d === 3 ? share * (won ? 0.5 : 1) * 6 * sev * reach : 0;
      const eco = share * (d === 3 ? 4 * sev * reach : 1.5 * sev);
      addMetric(state, call.callee, 'security', -sec);
      addMetric(state, call.callee, 'economy', -eco);
      addMetric(state, call.callee, 'influence', (call.caller === winner ? 1 : -1) * (d - 1) * sev);
      paid.set(call.id, sec + eco);
      if (common) continue;
      const st = state.stats[call.callee]!;
      st.entrapped++;
      st.entrapmentCost += sec + eco;
    }
    for (const actor of state.scenario.actors) {
      const e = exposureOf(state.scenario, theatre, actor.id);
      if (e > 0) addMetric(state, actor.id, 'stability', -3 * sev * e);
    }
    state.tension[theatre] = clamp(state.tension[theatre]! + 0.12 * sev, 0, 1);
  }

  // What each caller learns about the actors it called on.
  const callers = new Set<ActorId>();
  for (const call of crisis.calls) {
    const d = delivered(call);
    observe(state, observed, call.caller, call.callee, call.expected, d, supportCost(state, crisis, call.callee, d, call.caller));
    if (call.expected < 2) continue;
    const st = state.stats[call.caller]!;
    callers.add(call.caller);
    st.callsMade++;
    if (d <= 1) st.abandoned++;
    if (d < call.expected) st.disappointed++;
  }
  for (const caller of callers) state.stats[caller]!.crisesFaced++;
  // Backing one side is taking a stand against the other: judged by what the other side expected of their tie.
  for (const call of crisis.calls) {
    const d = delivered(call);
    if (d < 2) continue;
    const opponent = call.caller === initiator ? target : initiator;
    const against = (3 - d) as SupportLevel;
    const expected = expectationOf(tieOf(state, opponent, call.callee));
    if (against < expected) observe(state, observed, opponent, call.callee, expected, against, 0);
  }
  // A partner that starts a crisis against you has delivered the opposite of what the tie promised.
  if (tieOf(state, target, initiator) !== 'none') {
    observe(state, observed, target, initiator, expectationOf(tieOf(state, target, initiator)), 0, 0);
  }

  return {
    crisis: crisis.id,
    initiator,
    target,
    theatre,
    escalated,
    winner,
    severity: sev,
    answers: crisis.calls.map((c) => ({ caller: c.caller, callee: c.callee, expected: c.expected, delivered: delivered(c), cost: paid.get(c.id) ?? 0 })),
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
