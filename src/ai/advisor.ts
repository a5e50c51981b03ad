// The player's advisor: the same look-ahead the computer's actors use, run for the player's side — every posture
// weighed, a few more sampled futures — with explanations addressed to the player and the gauges it expects.
import { gauges, lookup, partnersOf, type ActorDecision, type ActorId, type GameState, type Gauges, type Rng } from '../engine';
import { explainVerdict, type Explanation } from './explain';
import { LOOKAHEAD, deliberate, rollout, sampleFutures, type LookaheadSettings, type Verdict } from './lookahead';

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

export interface Advisory {
  side: ActorId;
  /** Every suggestion at once, ready for the engine. */
  decision: ActorDecision;
  postures: Advice[];
  answers: Advice[];
  choices: Advice[];
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
  const futures = d.futures.length > 0 ? d.futures : sampleFutures(state, side, rng, settings.samples);
  const wanted = new Set(d.verdicts.flatMap((v) => concerns(state, side, v)));

  // Expected gauges: the mean over the sampled futures of the gauges right after the advised turn.
  const sums = new Map<ActorId, Gauges>();
  if (!state.ending) {
    for (const f of futures) {
      rollout(state, side, d.decision, f, 1, (s) => {
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

  const advice = (v: Verdict): Advice => ({
    explanation: explainVerdict(state, side, v, { you: side, advice: true }),
    gauges: concerns(state, side, v).map(forecast),
  });
  const of = (kind: Verdict['item']['kind']) => d.verdicts.filter((v) => v.item.kind === kind).map(advice);
  return { side, decision: d.decision, postures: of('posture'), answers: of('answer'), choices: of('choice') };
}
