// How a power judges its ties and the calls made on it: what a tie is worth to it, by its character, and what
// answering a call would cost it against what failing would put at stake. The computer's powers answer by it
// (src/ai/persona.ts), and the abandonment gauge reads it to say how likely a partner is to fail (gauges.ts).
import { GRIEVANCE_WEIGHT, HEDGING_COST, JUDGEMENT_SPREAD, RENEGING_WITNESS, SUPPORT_POINTS } from './coefficients';
import { escalationChance, expectedBackingCharges, supportCost } from './crisis';
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

/** The weights `actor` gives its security and economy now, and the sum of all its weights: its interests now
 *  (interestsNow, score.ts), read from the state's settled figures (threatNow) and summed in the order of its record. */
function weightsNow(state: GameState, actor: ActorId): { security: number; economy: number; sum: number } {
  const own = lookup(state.scenario).actor.get(actor)!.interests;
  const security = securityInterest(own, threatNow(state, actor));
  let sum = 0;
  for (const k in own) sum += k === 'security' ? security : own[k as Metric];
  return { security, economy: own.economy, sum };
}

/** The persona's rough price of backing: score points of a cost index (supportCost, 0..1), SUPPORT_POINTS a unit,
 *  by its interests now. A rule of thumb: it prices backing far above what a clash charges (see expectedPrice). */
function pricePoints(state: GameState, actor: ActorId, cost: number): number {
  const w = weightsNow(state, actor);
  return w.sum > 0 ? (SUPPORT_POINTS * cost * (w.security + w.economy)) / w.sum : 0;
}

/** Score points that answering `call` at `level` is expected to cost `actor`: what the clash would charge it
 *  (expectedBackingCharges) times the chance the clash comes, the other calls answered as expected, its security and
 *  economy weighed by its interests now. */
function expectedPrice(state: GameState, actor: ActorId, crisis: CrisisInstance, call: Call, level: SupportLevel): number {
  const w = weightsNow(state, actor);
  if (level === 1 || w.sum <= 0) return 0;
  const answers = new Map<string, SupportLevel>();
  for (const c of crisis.calls) answers.set(c.id, c.expected);
  answers.set(call.id, level);
  const charge = expectedBackingCharges(state, crisis, actor, call.caller, level, answers);
  return (escalationChance(state, crisis, answers) * (charge.security * w.security + charge.economy * w.economy)) / w.sum;
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

/** The chance that `actor`, called with `call` and not bound to honour whatever the price, gives no support at all.
 *  It weighs the call as answerWeighing does, but prices backing at what the clash is expected to cost it
 *  (expectedPrice), as the look-ahead finds it: its judgement falls short at every level from the one expected down
 *  to words. With drawnAway, what the abandonment gauge reads; tests/propositions/history.test.ts holds it to the
 *  look-ahead's play. */
export function temptedToStandAside(state: GameState, actor: ActorId, crisis: CrisisInstance, call: Call): number {
  let tempted = 1;
  for (let level = call.expected; level >= 2; level--) {
    const price = expectedPrice(state, actor, crisis, call, level as SupportLevel);
    const stake = atStake(state, actor, call.caller, call.expected - level + 1);
    // It backs at this level when stake × judgement > price: for a judgement below price / stake, it does not.
    const below = stake > 0 ? price / stake / JUDGEMENT_SPREAD : 1;
    tempted = Math.min(tempted, below);
  }
  return Math.max(0, Math.min(1, tempted));
}

/** The chance that `actor`, called by `call`'s caller, is drawn to the other side instead, as it is when it holds a
 *  tie with that side too: torn between the two, it backs the side whose tie it values more (judgedTieValue), each
 *  weighed by a judgement of its own. 0 when it holds no tie with the other side. */
export function drawnAway(state: GameState, actor: ActorId, crisis: CrisisInstance, call: Call): number {
  const opponent = call.caller === crisis.initiator ? crisis.target : crisis.initiator;
  const other = tieOf(state, actor, opponent);
  if (other === 'none') return 0;
  const withOther = Math.max(0, judgedTieValue(state, actor, opponent, other));
  const withCaller = Math.max(0, judgedTieValue(state, actor, call.caller, tieOf(state, actor, call.caller)));
  if (withOther <= 0) return withCaller > 0 ? 0 : 0.5;
  // It backs the side whose tie, each weighed by a judgement drawn from 0 to JUDGEMENT_SPREAD, counts for more.
  const ratio = withCaller / withOther;
  return ratio <= 1 ? 1 - ratio / 2 : 1 / (2 * ratio);
}
