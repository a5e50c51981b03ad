// How a power judges its ties and the calls made on it: what a tie is worth to it, by its character, and what
// answering a call would cost it against what failing would put at stake. The computer's powers answer by it
// (src/ai/persona.ts), and the abandonment gauge reads it to say how likely a partner is to fail (gauges.ts).
import { GRIEVANCE_WEIGHT, HEDGING_COST, JUDGEMENT_SPREAD, RENEGING_WITNESS, SUPPORT_POINTS } from './coefficients';
import { supportCost } from './crisis';
import { reputationCost, threatNow, tieValue, type TieValue } from './future';
import { lookup } from './lookup';
import { grievanceAgainst } from './pairs';
import { tieOf } from './relations';
import { securityInterest } from './score';
import type { ActorId, Call, CrisisInstance, GameState, Metric, SupportLevel, Tie } from './types';

/** How much more than their points the persona of the actor of index `i` weighs obligations and lost freedom: more
 *  the more it hedges ("why should we make a choice?"). */
export function obligationWeight(state: GameState, i: number): number {
  return 1 + HEDGING_COST * state.scenario.actors[i]!.persona.hedging;
}

/** A tie's value `v` as a persona that weighs obligations by `weight` (obligationWeight) judges it. */
export function judgedWith(weight: number, v: TieValue): number {
  return v.backing + v.trade + v.influence - weight * (v.obligations + v.autonomy) - v.crossPressure;
}

/** What a tie of `kind` with `other` is worth to `actor` as its persona judges it: the tie's future value, with the
 *  obligations and lost freedom weighed more by a hedger. */
export function judgedTieValue(state: GameState, actor: ActorId, other: ActorId, kind: Tie, crossPressure = true): number {
  if (kind === 'none') return 0;
  return judgedWith(obligationWeight(state, lookup(state.scenario).index[actor]!), tieValue(state, actor, other, kind, crossPressure));
}

/** Score points to `actor` of a change in its security and economy: the supporter's price, by its interests now. */
function pricePoints(state: GameState, actor: ActorId, cost: number): number {
  const own = lookup(state.scenario).actor.get(actor)!.interests;
  // interestsNow, read from the state's settled figures (threatNow) and summed in the order of its record, unmade.
  const security = securityInterest(own, threatNow(state, actor));
  let sum = 0;
  for (const k in own) sum += k === 'security' ? security : own[k as Metric];
  return sum > 0 ? (SUPPORT_POINTS * cost * (security + own.economy)) / sum : 0;
}

/** What falling `shortfall` levels short of a call puts at stake for `actor`: the tie's value to it, times how far
 *  the caller's grievance would then be on the way to breaking the tie; and, if the tie is an alliance, its word
 *  with everyone else, who see an ally renege. */
function atStake(state: GameState, actor: ActorId, caller: ActorId, shortfall: number): number {
  if (shortfall <= 0) return 0;
  const tie = tieOf(state, actor, caller);
  const value = Math.max(0, judgedTieValue(state, actor, caller, tie));
  const grievance = grievanceAgainst(state, caller, actor) + shortfall * GRIEVANCE_WEIGHT[tie];
  const reputation = tie === 'alliance' ? reputationCost(state, actor, caller, RENEGING_WITNESS) : 0;
  return value * Math.min(1, grievance / state.scenario.rules.breakThreshold) + reputation;
}

/** What answering `call` at `level` (2 or more) weighs for the called `actor`: its price now, and what falling short
 *  of the call by the levels below what was expected that it stops at puts at stake (atStake). A power that is not
 *  bound to honour whatever the price backs at the highest level where the stake, times its judgement (a draw from
 *  0 to JUDGEMENT_SPREAD), outweighs the price. */
export function answerWeighing(state: GameState, actor: ActorId, crisis: CrisisInstance, call: Call, level: SupportLevel): { price: number; stake: number } {
  return { price: pricePoints(state, actor, supportCost(state, crisis, actor, level, call.caller)), stake: atStake(state, actor, call.caller, call.expected - level + 1) };
}

/** The chance that `actor`, called with `call` and not bound to honour whatever the price, gives no support at all:
 *  that its judgement falls short at every level from the one expected down to words (answerWeighing). */
export function temptedToStandAside(state: GameState, actor: ActorId, crisis: CrisisInstance, call: Call): number {
  let chance = 1;
  for (let level = call.expected; level >= 2; level--) {
    const { price, stake } = answerWeighing(state, actor, crisis, call, level as SupportLevel);
    // It backs at this level when stake × judgement > price: for a judgement below price / stake, it does not.
    const below = stake > 0 ? price / stake / JUDGEMENT_SPREAD : 1;
    chance = Math.min(chance, below);
  }
  return Math.max(0, Math.min(1, chance));
}
