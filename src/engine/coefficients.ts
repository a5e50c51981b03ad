// Every coefficient of the rules, in one place: what it means, and where it comes from — a source, or the test
// that calibrates it. Rates are stated per year and turned into a turn's worth by `perTurn` and `keptPerTurn`, so a
// scenario of two-month turns and one of twelve-month turns run at the same speed in years.
// docs/AUTHORING.md quotes these numbers; tests/engine/coefficients.test.ts fails where the two disagree.
import { exp, pow } from './exact';
import type { SupportLevel, Tie } from './types';

// ---------------------------------------------------------------- time

/** Share of a yearly chance that happens in a turn of `years` years: 1 − (1 − p)^years. */
export const perTurn = (perYear: number, years: number): number => 1 - pow(1 - perYear, years);
/** Share of something kept over a turn of `years` years, when `keptPerYear` of it is kept over a year. */
export const keptPerTurn = (keptPerYear: number, years: number): number => pow(keptPerYear, years);

/** Whether a draw from the generator falls below perTurn(perYear, years): whether a chance of that much a year comes
 *  up this turn. The rules' power (exact.ts) is the same in every engine; Math.pow may differ from it in the last
 *  bits only, so where the draw is farther than that from Math.pow's figure the two agree on the answer, and the
 *  rules' power, a series dearer than the rest of a turn's dealing, is worked out only for a draw too close to tell. */
export function drawnBelowPerTurn(draw: number, perYear: number, years: number): boolean {
  const near = 1 - Math.pow(1 - perYear, years);
  if (Math.abs(draw - near) > 1e-9) return draw < near;
  return draw < perTurn(perYear, years);
}

/** The fixed yearly rates of the slow forces, as a turn of `years` years has them (perTurn, keptPerTurn). */
export interface TurnRates {
  metric: Record<keyof typeof METRIC_RATE_PER_YEAR, number>;
  tension: number;
  grievanceKept: number;
  evidenceKept: number;
}

/** By length of turn in years: worked out once, since every turn's end reads them and the powers cost more than
 *  the turn's arithmetic that uses them. */
const turnRatesKnown = new Map<number, TurnRates>();

/** The rates of a turn of `years` years (TurnRates). */
export function turnRates(years: number): TurnRates {
  let rates = turnRatesKnown.get(years);
  if (!rates) {
    const metric = METRIC_RATE_PER_YEAR;
    rates = {
      metric: {
        autonomy: perTurn(metric.autonomy, years),
        economy: perTurn(metric.economy, years),
        security: perTurn(metric.security, years),
        influence: perTurn(metric.influence, years),
        stability: perTurn(metric.stability, years),
      },
      tension: perTurn(TENSION_RATE_PER_YEAR, years),
      grievanceKept: keptPerTurn(GRIEVANCE_KEPT_PER_YEAR, years),
      evidenceKept: keptPerTurn(EVIDENCE_KEPT_PER_YEAR, years),
    };
    turnRatesKnown.set(years, rates);
  }
  return rates;
}

// ---------------------------------------------------------------- trust (Kydd 2005: trust as a belief, updated on deeds)

/** Weight, in observed crises, of the belief an actor starts with: a starting trust of 0.6 is 2.4 deliveries and
 *  1.6 failures remembered. Calibrated by tests/engine/trust.test.ts (a failure moves trust by about a tenth). */
export const TRUST_PRIOR_EVIDENCE = 4;
/** Share of the evidence behind a belief still remembered a year later. Forgetting widens the belief and leaves its
 *  mean where it was: trust never rises without evidence of delivery (rules v3). */
export const EVIDENCE_KEPT_PER_YEAR = 0.8;
/** Forgetting never leaves a belief vaguer than this many observations. */
export const TRUST_MIN_EVIDENCE = 2;
/** A delivery at cost c to the one who delivers counts as 1 + COSTLY_SIGNAL × c observations: costly honour is the
 *  stronger signal (Kydd 2005, costly signals). P7's second half; switch it off and it goes (tests/propositions). */
export let COSTLY_SIGNAL = 2;
/** Evidence of unreliability every other actor takes from an abrogation: walking out costs reputation with all. */
export const ABROGATION_WITNESS = 1;
/** Evidence of unreliability every other actor takes when an ally delivers less than its alliance owes: a broken
 *  formal promise is seen by all (Gibler 2008, "The costs of reneging"), a partner's shortfall only by the partner.
 *  Half of P1's abandonment gap; switch it off and the gap closes (tests/propositions/alliance-dilemmas.test.ts). */
export let RENEGING_WITNESS = 0.5;
/** Lowest and highest trust a belief can reach. */
export const TRUST_BOUNDS = [0.001, 0.999] as const;

// ---------------------------------------------------------------- grievance (seed 003: "as the standards and expectations rise…")

/** Share of a grievance still held a year later (half-life of about two years). */
export const GRIEVANCE_KEPT_PER_YEAR = 0.7;
/** How much one unmet unit of expectation weighs as grievance: higher standards, sharper disappointment (seed 003). */
export let GRIEVANCE_WEIGHT: Readonly<Record<Tie, number>> = { none: 0.2, partnership: 0.7, alliance: 1.2 };
/** Grievance the abandoned ally takes from an abrogation. */
export const ABROGATION_GRIEVANCE = 2;
/** A tie cannot survive trust below this floor. */
export const TRUST_FLOOR: Record<Tie, number> = { none: 0, partnership: 0.08, alliance: 0.15 };

/** How much aid a tie promises when its terms call for it: full support from an ally, diplomatic from a partner,
 *  from anyone else only restraint (support levels: 0 oppose, 1 neutral, 2 diplomatic, 3 full). The rising
 *  expectations of seed 003: the same deed satisfies a partner and fails an ally. */
export let AID: Readonly<Record<Tie, SupportLevel>> = { none: 1, partnership: 2, alliance: 3 };

// ---------------------------------------------------------------- crises (Snyder 1984; Benson 2011)

/** Chance a year that a fully risk-loving challenger starts a crisis in a theatre at full tension, with no partner
 *  and no deterrent. (0.58 a year is 0.35 a six-month turn, the rate the shipped scenarios were written for.) */
export const CRISIS_HAZARD_PER_YEAR = 0.58;
/** How much confidence in partners' backing multiplies boldness: moral hazard (Snyder 1984; Benson 2011).
 *  Confidence counts only backing the terms owe a challenger, so unconditional (offensive) pacts embolden and
 *  defensive ones do not. P2; switch it off and P2 goes (tests/propositions/alliance-dilemmas.test.ts). */
export let MORAL_HAZARD = 0.8;
/** How much a defender's backing by strong partners deters a challenger. */
export let DETERRENCE = 0.9;
/** Security a principal loses in a clash it wins, and in one it loses, per unit of severity, in an even contest.
 *  The side with more weight behind it takes less of the clash's damage (clashSecurityCost, crisis.ts): a backed side loses less. */
export const WIN_COST = 4;
export const LOSS_COST = 11;
/** How sharply the balance of weight decides who wins a clash: the chance is wI^d / (wI^d + wT^d). At 2, the
 *  square of each side's weight, as in Lanchester's square law of aimed fire (Lanchester 1916): a partner's weight
 *  added to a side counts for more than its share, so who backs you changes how a clash ends (Snyder 1997,
 *  capability aggregation). */
export const CONTEST_DECISIVENESS = 2;
/** Economy each principal loses in a clash, per unit of severity. */
export const CLASH_ECONOMY_COST = 5;
/** Influence the winner of a clash gains and the loser loses, per unit of severity. */
export const CLASH_INFLUENCE = 6;
/** Influence the target gains, and the initiator loses, when the initiator backs down, per unit of severity. */
export const BACKDOWN_INFLUENCE = 4;
/** Stability a principal loses when it backs down, per unit of severity: the audience cost of a leader who takes a
 *  public stand and then retreats, paid at home (Fearon 1994, "Domestic Political Audiences and the Escalation of
 *  International Disputes"). */
export const BACKDOWN_STABILITY = 4;
/** Influence a caller loses, per unit of severity and per level of support its called partner withholds of what it
 *  was owed: a power seen abandoned in public loses standing with everyone watching, the cost of abandonment
 *  beyond the lost support (Snyder 1997, Alliance Politics, ch. 6). A call not made cannot be refused. */
export const REFUSAL_INFLUENCE = 1.5;
/** Security a target gives up when it backs down (the ground, base or claim it concedes), per unit of severity: as
 *  much as winning an even clash would cost it, so that yielding is no cheaper way out than standing and winning
 *  unless the target is outweighed. */
export const CONCESSION_SECURITY = WIN_COST;
/** Stability every actor exposed to a clash loses, per unit of severity and of exposure. */
export const CLASH_STABILITY = 3;
/** Tension a clash adds to its theatre, per unit of severity; and tension a climb-down takes away. */
export const CLASH_TENSION = 0.12;
export const BACKDOWN_TENSION = 0.05;
/** How strongly the balance of weight decides whether the initiator backs down. */
export const BALANCE_WEIGHT = 5;
/** How much an initiator's appetite for risk, and the theatre's tension, push it to press on. */
export const RISK_PUSH = 2;
/** Severity of a crisis grown out of a rivalry: a floor, and how much the theatre's tension adds. */
export const RIVALRY_SEVERITY = { base: 0.3, perTension: 0.4 } as const;
/** How far a clash reaches a supporter: this floor plus the rest in proportion to its exposure. */
export const SUPPORT_REACH_FLOOR = 0.3;
/** How much of its power a supporter brings to a crisis: this floor plus the rest in proportion to its exposure. */
export const WEIGHT_REACH_FLOOR = 0.4;
/** What backing a side in a clash costs a supporter, per unit of severity and reach: security for arms (halved
 *  when its side wins), economy for arms and for words. Entrapment's price. */
export const SUPPORT_COST = { armsSecurity: 6, armsEconomy: 4, wordsEconomy: 1.5 } as const;
/** Share of the usual price an actor pays for backing a side against a power that threatens it in the same theatre:
 *  then it defends itself, and it is not entrapped. */
export const COMMON_CAUSE_COST = 0.2;
/** A crisis the target's partners call on: actors untied to either side are called by the target when their
 *  exposure in the theatre is at least this. */
export const BYSTANDER_EXPOSURE = 0.5;
/** A clash is a war, and ends the game, when both principals are states of at least this military power, the
 *  crisis at least this severe and the theatre at least this tense. */
export const WAR = { military: 40, severity: 0.85, tension: 0.95 } as const;
/** How a lesson's temperament scales every actor's appetite for risk. */
export const TEMPER = { calm: 0.6, normal: 1, hawkish: 1.5 } as const;

// ---------------------------------------------------------------- the slow forces (per year)

/** Share of the gap to its target that a metric closes in a year. (Each is the six-month rate of rules v2,
 *  compounded over a year.) */
export const METRIC_RATE_PER_YEAR = { autonomy: 0.51, economy: 0.1, security: 0.19, influence: 0.1, stability: 0.1 } as const;
/** Where economy, influence and stability settle with nothing pushing them. */
export const METRIC_REST = 50;
/** Economy points a year that trade with a fully trusted tied partner of equal economic weight brings: practical
 *  cooperation pays the same under partnership and alliance, as far as each side trusts the other to keep its side. */
export const TRADE_PER_YEAR = 3;
/** Security an actor settles at with no threat, and how much a full threat unbacked takes off it. */
export const SECURITY_REST = 50;
export let THREAT_SPAN = 40;
/** Autonomy an actor with no obligations settles at. */
export const AUTONOMY_FREE = 70;
/** Autonomy lost per unit of the obligations an actor expects to pay a year (the chance a year that each tied
 *  partner calls it into a crisis, times the share of full backing the terms owe, times how far that reaches it). */
export let AUTONOMY_PER_OBLIGATION = 6;
/** Autonomy lost at once per point of security and economy paid backing a partner in a clash. */
export const AUTONOMY_PER_PAID = 0.5;
/** Influence a power gains, on top of its rest level, per unit of dependence others have on it: for each tied
 *  partner, the backing the terms promise it, times its trust in the power, times how far the power outweighs it.
 *  Asymmetric dependence is influence (Hirschman 1945; Keohane and Nye 1977): what a patron gets from its clients. */
export let INFLUENCE_PER_RELIANCE = 25;
/** The most influence partners' dependence can add: each further client adds less to a patron that has many. */
export const INFLUENCE_SPAN = 40;
/** Influence above its rest level that a total `reliance` of its partners gives a power: INFLUENCE_PER_RELIANCE a
 *  unit at first, with diminishing returns up to INFLUENCE_SPAN. */
export const influenceLift = (reliance: number): number => INFLUENCE_SPAN * (1 - exp((-INFLUENCE_PER_RELIANCE * reliance) / INFLUENCE_SPAN));
/** Share of the gap to its target tension that a theatre closes in a year. */
export const TENSION_RATE_PER_YEAR = 0.36;
/** Baseline tension each alliance touching a theatre's rivals adds there: alliances draw camps. */
export let BLOC_TENSION = 0.1;

// ---------------------------------------------------------------- a tie's future (rules v3)

/** Share of next year's value an actor counts today, when it weighs what a tie will bring and cost. */
export const FUTURE_DISCOUNT_PER_YEAR = 0.75;
/** How much an actor's security weighs more under threat: when war may come, security overrides the rest. */
export const SECURITY_SALIENCE = 2;
/** Chance a year, as an actor reckons a tie's future, that a partner is attacked in a crisis no one can foresee
 *  today (none of the scenario's rivalries): "It is rash to bet on the assumption that the other side will not
 *  fight a war, or that a small war will not require the support of the other side" (seed 003). Calibrated by
 *  tests/propositions/history.test.ts: without it, an alliance between two powers with no rivalries of their own
 *  looks free, and the partnerships of 2020–21 turn into alliances. */
export let UNFORESEEN_CRISES_PER_YEAR = 0.15;
/** War weariness: for each year a pair has held a tie, keeping an alliance costs this much more of the obligations
 *  of arms it has carried (what the actor expects to pay in its partner's crises, and the freedom they take), as
 *  support for a war falls while its costs go on (Mueller 1973, War, Presidents and Public Opinion). Only a tie that
 *  owes arms tires (a partnership's words cost no lives), and only by what it has carried: it tells against keeping
 *  an alliance, never against deepening a tie; and it weighs on the choice to keep or leave, not on what failing a
 *  call puts at stake (wearinessOf, future.ts). Every tie, every scenario. Calibrated by
 *  tests/propositions/history.test.ts: at 0.3 the US–Afghan alliance of the Moscow-format scenario outlasts 2021 in
 *  about two games of five, at 0.5 it ends before 2020 in most; at 0.4 it ends in 2020–21. */
export let WAR_WEARINESS_PER_YEAR = 0.4;
/** Share of crises an actor reckons will come to a clash, when it weighs a tie's future (escalationChance's mean
 *  over the shipped scenarios is about this). */
export const EXPECTED_ESCALATION = 0.5;

// ---------------------------------------------------------------- how the computer's powers judge (src/ai)

/** Chance that a persona honours a call whatever it costs, per unit of reliability: the reliable type of Kydd's
 *  model. The rest of the time it honours when what failing puts at stake outweighs what honouring costs now. */
export const RELIABLE_TYPE = 0.5;
/** Score points a point of security and economy paid as a supporter is worth to it, per unit of its interest share. */
export const SUPPORT_POINTS = 10;
/** How much more a persona's hedging bent (0..1) makes it weigh the obligations and lost freedom of a tie. */
export const HEDGING_COST = 0.5;
/** The widest judgement a persona not bound to honour brings to a call: it backs at a level when what failing puts at
 *  stake, times a draw from 0 to this, outweighs the price (so a stake twice the price is always enough). */
export const JUDGEMENT_SPREAD = 2;
/** How a persona weighs support given or withheld on an event, in score points: a met expectation earns
 *  `met` × stake, a shortfall costs `short` × stake per level, where the stake is 1 + `perBacking` × the share of
 *  full backing the tie promises × trust. */
export const CHOICE_SUPPORT = { met: 0.3, short: 0.6, perBacking: 4 } as const;
/** Noise, in score points, a persona adds to each option on an event so that equal options are not always taken
 *  in the same order. */
export const CHOICE_NOISE = 0.5;
/** Trust above which a persona offers diplomatic support when nothing is owed. */
export const GOODWILL_TRUST = 0.6;

// ---------------------------------------------------------------- ablation

/** The coefficients behind the propositions of DESIGN.md §2, which a proposition test may set otherwise to show that
 *  the mechanism they weigh produces the effect (an ablation). The game itself never changes them. */
export interface Ablatable {
  AID: Readonly<Record<Tie, SupportLevel>>;
  GRIEVANCE_WEIGHT: Readonly<Record<Tie, number>>;
  RENEGING_WITNESS: number;
  COSTLY_SIGNAL: number;
  MORAL_HAZARD: number;
  DETERRENCE: number;
  THREAT_SPAN: number;
  BLOC_TENSION: number;
  UNFORESEEN_CRISES_PER_YEAR: number;
  AUTONOMY_PER_OBLIGATION: number;
  INFLUENCE_PER_RELIANCE: number;
  WAR_WEARINESS_PER_YEAR: number;
}

function current(): Ablatable {
  return { AID, GRIEVANCE_WEIGHT, RENEGING_WITNESS, COSTLY_SIGNAL, MORAL_HAZARD, DETERRENCE, THREAT_SPAN, BLOC_TENSION, UNFORESEEN_CRISES_PER_YEAR, AUTONOMY_PER_OBLIGATION, INFLUENCE_PER_RELIANCE, WAR_WEARINESS_PER_YEAR };
}

function set(c: Partial<Ablatable>): void {
  if (c.AID !== undefined) AID = c.AID;
  if (c.GRIEVANCE_WEIGHT !== undefined) GRIEVANCE_WEIGHT = c.GRIEVANCE_WEIGHT;
  if (c.RENEGING_WITNESS !== undefined) RENEGING_WITNESS = c.RENEGING_WITNESS;
  if (c.COSTLY_SIGNAL !== undefined) COSTLY_SIGNAL = c.COSTLY_SIGNAL;
  if (c.MORAL_HAZARD !== undefined) MORAL_HAZARD = c.MORAL_HAZARD;
  if (c.DETERRENCE !== undefined) DETERRENCE = c.DETERRENCE;
  if (c.THREAT_SPAN !== undefined) THREAT_SPAN = c.THREAT_SPAN;
  if (c.BLOC_TENSION !== undefined) BLOC_TENSION = c.BLOC_TENSION;
  if (c.UNFORESEEN_CRISES_PER_YEAR !== undefined) UNFORESEEN_CRISES_PER_YEAR = c.UNFORESEEN_CRISES_PER_YEAR;
  if (c.AUTONOMY_PER_OBLIGATION !== undefined) AUTONOMY_PER_OBLIGATION = c.AUTONOMY_PER_OBLIGATION;
  if (c.INFLUENCE_PER_RELIANCE !== undefined) INFLUENCE_PER_RELIANCE = c.INFLUENCE_PER_RELIANCE;
  if (c.WAR_WEARINESS_PER_YEAR !== undefined) WAR_WEARINESS_PER_YEAR = c.WAR_WEARINESS_PER_YEAR;
}

/** Run `experiment` with some coefficients set otherwise, then put them back: for ablation tests only. */
export function withCoefficients<T>(changes: Partial<Ablatable>, experiment: () => T): T {
  const saved = current();
  set(changes);
  try {
    return experiment();
  } finally {
    set(saved);
  }
}
