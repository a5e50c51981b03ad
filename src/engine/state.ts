// Building the first state of a game, and copying a state before a turn changes it.
import { deal } from './deal';
import { lookup } from './lookup';
import { tieFromPostures } from './relations';
import { markSettled, recordUnder } from './ties';
import { termsOfPair } from './treaty';
import { seedRng, restoreRng } from './rng';
import { idTable } from './table';
import {
  TEMPERAMENTS,
  type ActorId,
  type ActorStats,
  type GameRules,
  type GameState,
  type Metrics,
  type Posture,
  type Scenario,
  type TieState,
} from './types';

export function emptyStats(): ActorStats {
  return { crisesFaced: 0, callsMade: 0, abandoned: 0, disappointed: 0, entrapped: 0, entrapmentCost: 0, crisesStarted: 0, escalations: 0 };
}

/** The rules as stored in a state: only what differs from the scenario's own game, or nothing. */
export function effectiveRules(scenario: Scenario, rules: GameRules = {}): GameRules | undefined {
  const out: GameRules = {};
  if (rules.turns !== undefined) {
    if (!Number.isInteger(rules.turns) || rules.turns < 1) throw new RangeError(`A game lasts a whole number of turns, at least 1, not ${rules.turns}.`);
    if (rules.turns < scenario.turns) out.turns = rules.turns;
  }
  if (rules.temperament !== undefined && !TEMPERAMENTS.includes(rules.temperament)) throw new RangeError(`A temperament is one of ${TEMPERAMENTS.join(', ')}, not ${String(rules.temperament)}.`);
  if (rules.temperament !== undefined && rules.temperament !== 'normal') out.temperament = rules.temperament;
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The last turn of a game: the scenario's, or the lesson's when shorter. */
export const lastTurn = (state: GameState): number => state.rules?.turns ?? state.scenario.turns;

/** The first state of a game; `rules` are a lesson's changes (a shorter game, another temperament). */
export function newGame(scenario: Scenario, seed: string, rules?: GameRules): GameState {
  const kept = effectiveRules(scenario, rules);
  const ids = scenario.actors.map((a) => a.id);
  const { start, baseline, priorEvidence, noGrievance } = lookup(scenario);
  const postures: Record<ActorId, Record<ActorId, Posture>> = {};
  for (const a of ids) postures[a] = { ...start[a] };
  const metrics: Record<ActorId, Metrics> = {};
  const stats: Record<ActorId, ActorStats> = {};
  const power: Record<ActorId, { military: number; economic: number }> = {};
  for (const actor of scenario.actors) {
    const m = actor.metrics;
    // A literal in the order of METRICS, of the shape copyMetrics gives every later state.
    metrics[actor.id] = { security: m?.security ?? 50, economy: m?.economy ?? 50, influence: m?.influence ?? 50, autonomy: m?.autonomy ?? 50, stability: m?.stability ?? 50 };
    stats[actor.id] = emptyStats();
    power[actor.id] = { ...actor.power };
  }
  const state: GameState = {
    scenario,
    seed,
    ...(kept ? { rules: kept } : {}),
    turn: 1,
    ending: null,
    rng: seedRng(`${scenario.id}:${seed}`),
    power,
    metrics,
    trust: [...baseline],
    evidence: [...priorEvidence],
    grievance: [...noGrievance],
    postures,
    ties: startingTies(scenario),
    tension: Object.fromEntries(scenario.theatres.map((t) => [t.id, t.tension])),
    dealt: [],
    queued: [],
    agenda: { crises: [], choices: [] },
    stats,
    log: [],
  };
  const rng = restoreRng(state.rng);
  deal(state, rng);
  state.rng = rng.save();
  markSettled(state);
  return state;
}

/** The ties every game of a scenario starts with, by scenario (see startingTies). */
const startTies = new WeakMap<Scenario, GameState['ties']>();

/**
 * The formal ties a game starts with: what the starting postures agree on, so the two can never disagree, each under
 * the treaty the pair signs. Keyed by pair (idTable: most pairs have no tie, and rules look ties up constantly). One
 * table serves every game of the scenario: a table of ties is replaced, never changed in place (see putTies), so what
 * is read of it (TiesReading) is read once for them all.
 */
function startingTies(scenario: Scenario): GameState['ties'] {
  let ties = startTies.get(scenario);
  if (!ties) {
    ties = idTable<TieState>();
    const L = lookup(scenario);
    for (const { a, b, key } of L.pairs) {
      const kind = tieFromPostures(L.start[a]![b]!, L.start[b]![a]!);
      if (kind !== 'none') ties[key] = recordUnder(termsOfPair(L, key, undefined, kind), kind, 1);
    }
    startTies.set(scenario, ties);
  }
  return ties;
}

/** A copy of an actor's metrics, field by field in the order newGame gives them (METRICS): a literal of known shape
 *  is made at once, where a spread of a record takes a generic path. */
function copyMetrics(m: Metrics): Metrics {
  return { security: m.security, economy: m.economy, influence: m.influence, autonomy: m.autonomy, stability: m.stability };
}

/** A copy of an actor's statistics, field by field in the order emptyStats gives them (as copyMetrics). */
function copyStats(st: ActorStats): ActorStats {
  return {
    crisesFaced: st.crisesFaced,
    callsMade: st.callsMade,
    abandoned: st.abandoned,
    disappointed: st.disappointed,
    entrapped: st.entrapped,
    entrapmentCost: st.entrapmentCost,
    crisesStarted: st.crisesStarted,
    escalations: st.escalations,
  };
}

/** A copy a turn may change freely; the scenario, past log records, the generator's state, the table of ties, each
 *  actor's postures and power records are shared, never changed: a turn replaces what changes of those. Every field
 *  is named (no spread of the state): the copy is made at once, where a spread of a record takes a generic path. */
export function cloneState(s: GameState): GameState {
  const metrics: Record<ActorId, Metrics> = {};
  const stats: Record<ActorId, ActorStats> = {};
  for (const a of lookup(s.scenario).ids) {
    metrics[a] = copyMetrics(s.metrics[a]!);
    stats[a] = copyStats(s.stats[a]!);
  }
  return {
    scenario: s.scenario,
    seed: s.seed,
    // Undefined where the game has no rules of its own: the hash leaves it out, as it leaves out a field absent.
    rules: s.rules,
    turn: s.turn,
    ending: s.ending,
    // The generator's state is replaced at the end of the turn, never changed in place (restoreRng copies it).
    rng: s.rng,
    // Power records are replaced, never changed in place, so the copies may share them.
    power: { ...s.power },
    metrics,
    trust: s.trust.slice(),
    evidence: s.evidence.slice(),
    grievance: s.grievance.slice(),
    // A posture row is replaced when a posture in it changes, never changed in place, so the copies share it.
    postures: { ...s.postures },
    // The table of ties is replaced when a tie changes, never changed in place (see putTies), so the copies share it.
    ties: s.ties,
    tension: { ...s.tension },
    dealt: [...s.dealt],
    queued: [...s.queued],
    agenda: s.agenda,
    stats,
    log: [...s.log],
  };
}
