// Playing whole games without a person: every actor decides by a policy. Used by the simulator, the benchmark and tests.
import { applyDecisions, forgetReadings, newGame, restoreRng, score, seedRng, type ActorId, type Decisions, type GameRules, type GameState, type Rng, type Scenario } from '../engine';
import { decide, decideAll, type PolicyName } from './policies';

export interface AutoplayOptions {
  seed: string;
  /** Policy for each actor; actors not listed use `policy`. */
  policy: PolicyName;
  policies?: Record<ActorId, PolicyName>;
  /** Change the scenario's length (for long-run tests). */
  maxTurns?: number;
  /** Amend the policies' decisions before each turn resolves (experiments that script one side). */
  adjust?: (state: GameState, decisions: Decisions) => void;
  /** A lesson's rules: a shorter game, another temperament. */
  rules?: GameRules;
}

export function playGame(scenario: Scenario, opts: AutoplayOptions): GameState {
  const rng = restoreRng(seedRng(`ai:${opts.seed}`));
  let state = newGame(scenario, opts.seed, opts.rules);
  const policyOf = (a: ActorId) => opts.policies?.[a] ?? opts.policy;
  while (!state.ending && (opts.maxTurns === undefined || state.turn <= opts.maxTurns)) {
    const decisions = decideAll(state, policyOf, rng);
    opts.adjust?.(state, decisions);
    const result = applyDecisions(state, decisions);
    if (!result.ok) throw new Error(`a policy made an illegal decision: ${JSON.stringify(result.errors)}`);
    // The game has moved past the state: what was read of it would only outlive it in the caches of readings, and
    // every collection of young objects would copy it again.
    forgetReadings(state);
    state = result.value;
  }
  return state;
}

/** How one side is led in a game where everyone else plays in character: it sets the side's decisions (and may amend
 *  the others', e.g. drop their answers to calls the side did not make), drawing from the side's own generator. */
export type Lead = (state: GameState, decisions: Decisions, rng: Rng) => void;

/**
 * A game in which `side` is led one way — a named policy, or `lead` under a name — and every other actor plays by its
 * persona. The side draws from a generator of its own, named for the way and the seed, so the world's draws and the
 * others' decisions do not depend on how the side is led: the same seeds played different ways are paired (common
 * random numbers).
 */
export function playSide(scenario: Scenario, side: ActorId, way: PolicyName | { name: string; lead: Lead }, seed: string, rules?: GameRules): GameState {
  const rng = restoreRng(seedRng(`choices:${typeof way === 'string' ? way : way.name}:${seed}`));
  const lead: Lead = typeof way === 'string' ? (state, d, r) => void (d[side] = decide(state, side, way, r)) : way.lead;
  return playGame(scenario, { seed, policy: 'persona', adjust: (state, d) => lead(state, d, rng), ...(rules ? { rules } : {}) });
}

/** How long each tie that existed at the start or formed during play lasted, in turns, and whether it broke. */
export function tieSpans(state: GameState): { a: ActorId; b: ActorId; kind: string; from: number; to: number; broke: boolean }[] {
  const open = new Map<string, { a: ActorId; b: ActorId; kind: string; from: number }>();
  const spans: { a: ActorId; b: ActorId; kind: string; from: number; to: number; broke: boolean }[] = [];
  for (const t of state.scenario.ties) open.set([t.a, t.b].sort().join('|'), { a: t.a, b: t.b, kind: t.kind, from: 1 });
  for (const record of state.log) {
    for (const c of record.tieChanges) {
      const key = [c.a, c.b].sort().join('|');
      const current = open.get(key);
      if (current && c.to !== current.kind) {
        spans.push({ ...current, to: record.turn, broke: c.reason === 'grievance' || c.reason === 'trust' });
        open.delete(key);
      }
      if (c.to !== 'none' && (!current || c.to !== current.kind)) open.set(key, { a: c.a, b: c.b, kind: c.to, from: record.turn });
    }
  }
  const last = state.log.length > 0 ? state.log[state.log.length - 1]!.turn : 1;
  for (const t of open.values()) spans.push({ ...t, to: last, broke: false });
  return spans;
}

/** The headline figures of one finished game for one actor. */
export function gameFigures(state: GameState, actor: ActorId) {
  const st = state.stats[actor]!;
  return {
    score: score(state, actor),
    turns: state.log.length,
    ending: state.ending?.reason ?? 'unfinished',
    crisesFaced: st.crisesFaced,
    abandoned: st.abandoned,
    entrapped: st.entrapped,
    entrapmentCost: st.entrapmentCost,
    crisesStarted: st.crisesStarted,
  };
}
