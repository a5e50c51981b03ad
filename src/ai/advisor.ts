// The player's advisor. Each turn it weighs whole courses of play to the end of the game (plan.ts): every simple
// policy followed from now on, and the look-ahead's own choices this turn (every posture, answer and choice weighed
// one at a time, as the computer's actors weigh theirs, with a few more sampled futures) followed by the best simple
// policy. It advises the course that ends with the best score, and explains each piece to the player: by what the
// look-ahead found over the next turn or two, and, where the whole course and not the next turn decided, by that.
import { canonicalJson, gauges, lookup, partnersOf, type ActorDecision, type ActorId, type GameState, type Gauges, type Rng } from '../engine';
import { explainVerdict, type Explanation, type Reason } from './explain';
import { LOOKAHEAD, deliberate, optionIn, rollout, sampleFutures, weighDecision, type LookaheadSettings, type Verdict } from './lookahead';
import { PLAN, gainOver, plan, type BasePolicy, type Course, type Played } from './plan';
import { mean } from './stats';

export const ADVISOR: Readonly<LookaheadSettings> = { ...LOOKAHEAD, samples: 4, postureTargets: 'all' };

/** The two fears for one relationship: as they stand, and as the advisor expects them after this turn if its advice is taken. */
export interface GaugeForecast {
  other: ActorId;
  now: Gauges;
  expected: Gauges;
}

export interface Advice {
  explanation: Explanation;
  gauges: GaugeForecast[];
}

/** A course of play as the advisor names it: a simple policy from now to the end, or this turn's options weighed one
 *  at a time by the look-ahead and the policy after. */
export interface CourseName {
  then: BasePolicy;
  looked: boolean;
}

/** What the advised course comes to at the end of the game, against the best other course weighed. */
export interface Outlook {
  course: CourseName;
  /** Mean final score over the sampled futures. */
  score: number;
  other: { course: CourseName; score: number } | null;
  /** Its mean lead over the other, future by future (0 with no other). */
  gain: number;
  /** Whether it ends ahead of the other by more than the futures' sampling error. */
  clear: boolean;
  /** Sampled futures both were played through. */
  worlds: number;
}

export interface Advisory {
  side: ActorId;
  /** Every suggestion at once, ready for the engine. */
  decision: ActorDecision;
  postures: Advice[];
  answers: Advice[];
  choices: Advice[];
  /** None once the game is over. */
  outlook: Outlook | null;
}

/** The course whose decision this turn is the look-ahead's. */
const LOOKED = 'look-ahead';

const nameOf = (c: Course): CourseName => ({ then: c.then, looked: c.name === LOOKED });

function outlookOf(chosen: Played, played: Played[], worlds: number): Outlook {
  const score = mean(chosen.scores);
  const rival = played.filter((p) => p !== chosen && p.scores.length === chosen.scores.length)[0];
  if (!rival) return { course: nameOf(chosen.course), score, other: null, gain: 0, clear: false, worlds };
  // A lead within the futures' own spread is no lead: the words say so rather than quote a tenth of a point as a gain.
  const { gain, error } = gainOver(chosen.scores, rival.scores);
  return { course: nameOf(chosen.course), score, other: { course: nameOf(rival.course), score: mean(rival.scores) }, gain, clear: gain > error, worlds };
}

/** The relationships a piece of advice bears on: its counterpart, else those a chosen event option supports, else the side's partners. */
function concerns(state: GameState, side: ActorId, v: Verdict): ActorId[] {
  if (v.item.kind !== 'choice') return [v.item.target];
  const choice = lookup(state.scenario).event.get(v.item.event)!.choices!.find((c) => c.id === v.chosen)!;
  const supported = choice.effects.flatMap((fx) => (fx.kind === 'support' ? [fx.to] : []));
  if (supported.length > 0) return [...new Set(supported)];
  return v.item.target ? [v.item.target] : partnersOf(state, side).map((p) => p.id);
}

export function advise(state: GameState, side: ActorId, rng: Rng, settings: LookaheadSettings = ADVISOR): Advisory {
  const d = deliberate(state, side, rng, settings);
  let decision = d.decision;
  let verdicts = d.verdicts;
  let outlook: Outlook | null = null;
  let lead: (v: Verdict) => Reason | undefined = () => undefined;
  if (!state.ending) {
    const p = plan(state, side, rng, (best) => (canonicalJson(d.decision) === canonicalJson(best.first) ? [] : [{ name: LOOKED, first: d.decision }]), PLAN);
    decision = p.chosen.course.first;
    outlook = outlookOf(p.chosen, p.played, p.worlds);
    if (p.chosen.course.name !== LOOKED) {
      // The look-ahead's findings on the course's own decision; where that differs from what the look-ahead would do
      // over a turn or two, the whole course is the reason, and the explanation says so first.
      verdicts = weighDecision(state, side, decision, rng, settings, 'all');
      // Said to do best only when it leads beyond the futures' spread (as the outlook says); else either is as good.
      const best = p.played[0] === p.chosen && outlook.clear;
      const why: Reason = { code: 'course', best };
      lead = (v) => (optionIn(d.decision, state, side, v.item) !== v.chosen ? why : undefined);
    }
  }
  const futures = d.futures.length > 0 ? d.futures : sampleFutures(state, side, rng, settings.samples);
  const wanted = new Set(verdicts.flatMap((v) => concerns(state, side, v)));

  // Expected gauges: the mean over the sampled futures of the gauges right after the advised turn.
  const sums = new Map<ActorId, Gauges>();
  if (!state.ending) {
    for (const f of futures) {
      rollout(state, side, decision, f, 1, (s) => {
        for (const other of wanted) {
          const g = gauges(s, side, other);
          const sum = sums.get(other) ?? { abandonment: 0, owes: false, rivalled: false, entrapment: 0, entrapmentCost: 0 };
          sum.abandonment += g.abandonment / futures.length;
          // Owed in any of the futures: its mean then reads as a chance, not as "nothing owed".
          sum.owes ||= g.owes;
          sum.rivalled ||= g.rivalled;
          sum.entrapment += g.entrapment / futures.length;
          sum.entrapmentCost += g.entrapmentCost / futures.length;
          sums.set(other, sum);
        }
      });
    }
  }
  const forecast = (other: ActorId): GaugeForecast => {
    const now = gauges(state, side, other);
    return { other, now, expected: sums.get(other) ?? now };
  };

  const advice = (v: Verdict): Advice => {
    const why = lead(v);
    return {
      explanation: explainVerdict(state, side, v, { you: side, advice: true, ...(why ? { lead: why } : {}) }),
      gauges: concerns(state, side, v).map(forecast),
    };
  };
  const of = (kind: Verdict['item']['kind']) => verdicts.filter((v) => v.item.kind === kind).map(advice);
  return { side, decision, postures: of('posture'), answers: of('answer'), choices: of('choice'), outlook };
}
