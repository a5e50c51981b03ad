// The player's advisor. Each turn it weighs whole courses of play to the end of the game (plan.ts): every simple
// policy followed from now on, and the look-ahead's own choices this turn (every posture, answer and choice weighed
// one at a time, as the computer's actors weigh theirs, with a few more sampled futures) followed by the best simple
// policy. It advises the course that ends with the best score, and explains each piece to the player: by what the
// look-ahead found over the next turn or two, and, where the whole course and not the next turn decided, by that.
import { canonicalJson, gauges, lookup, partnersOf, type ActorDecision, type ActorId, type GameState, type Gauges, type Rng } from '../engine';
import { explainVerdict, type Explanation } from './explain';
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

/** What the advised course comes to at the end of the game, against the best other course weighed. */
export interface Outlook {
  course: string;
  /** Mean final score over the sampled futures. */
  score: number;
  other: { course: string; score: number } | null;
  /** Whether it ends ahead of the other by more than the futures' sampling error. */
  clear: boolean;
  /** Sampled futures both were played through. */
  worlds: number;
  sentence: string;
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

/** The simple policies, as a course the player would follow. */
const FOLLOWING: Record<BasePolicy, string> = {
  'all-ally': 'offering an alliance to every power you start aligned with',
  'all-partner': 'offering a partnership to every power you start aligned with',
  'all-hedge': 'hedging toward every power',
  historical: 'taking the postures your country took in history',
  persona: 'acting as your country’s temperament leads',
};

/** The course whose decision this turn is the look-ahead's. */
const LOOKED = 'look-ahead';

function describe(c: Course): string {
  if (c.name === LOOKED) return `this turn’s options weighed one at a time, then ${FOLLOWING[c.then]}`;
  return `${FOLLOWING[c.then]} from now to the end`;
}

const points = (x: number) => x.toFixed(1);

function outlookOf(chosen: Played, played: Played[], worlds: number): Outlook {
  const score = mean(chosen.scores);
  const rival = played.filter((p) => p !== chosen && p.scores.length === chosen.scores.length)[0];
  const head = `Played to the end of the game in ${worlds} sampled futures, this course (${describe(chosen.course)}) ends with your score at ${points(score)} on average`;
  if (!rival) return { course: describe(chosen.course), score, other: null, clear: false, worlds, sentence: `${head}.` };
  const other = { course: describe(rival.course), score: mean(rival.scores) };
  // A lead within the futures' own spread is no lead: say so rather than quote a tenth of a point as a gain.
  const { gain, error } = gainOver(chosen.scores, rival.scores);
  const sentence =
    gain > error
      ? `${head}, ${gain.toFixed(1)} points above the best other course weighed (${other.course}: ${points(other.score)}).`
      : `${head}, about as well as the best other course weighed (${other.course}: ${points(other.score)}): these futures cannot tell the two apart.`;
  return { course: describe(chosen.course), score, other, clear: gain > error, worlds, sentence };
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
  let lead: (v: Verdict) => string | undefined = () => undefined;
  if (!state.ending) {
    const p = plan(state, side, rng, (best) => (canonicalJson(d.decision) === canonicalJson(best.first) ? [] : [{ name: LOOKED, first: d.decision }]), PLAN);
    decision = p.chosen.course.first;
    outlook = outlookOf(p.chosen, p.played, p.worlds);
    if (p.chosen.course.name !== LOOKED) {
      // The look-ahead's findings on the course's own decision; where that differs from what the look-ahead would do
      // over a turn or two, the whole course is the reason, and the explanation says so first.
      verdicts = weighDecision(state, side, decision, rng, settings, 'all');
      const best = p.played[0] === p.chosen;
      const why = best ? 'played to the end of the game, the course it belongs to does best for you' : 'played to the end of the game, the course it belongs to does as well as any other, within chance';
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
          const sum = sums.get(other) ?? { abandonment: 0, entrapment: 0, entrapmentCost: 0 };
          sum.abandonment += g.abandonment / futures.length;
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
