// A scenario's balance over many finished games, for its author: where crises come from and between whom, how the
// called answer, which events the deck never deals, how long the starting ties last, and how far each playable side's
// score moves with the way it is played. Counting only: the games are played elsewhere (src/cli/simulate.ts).
import { TIE_RANK, applyDecisions, lookup, newGame, type ActorId, type GameState, type SupportLevel, type Tie } from '../engine';
import { quantile } from './stats';
import { english } from '../engine/prose';

/** Where a crisis came from: a crisis event of the deck, a theatre's rivalry flaring, a crisis a power chose to start,
 *  or an option of an event (a "crisis" effect). */
export const ORIGINS = ['deck', 'rivalry', 'started', 'effect'] as const;
export type Origin = (typeof ORIGINS)[number];

export interface TheatreCrises {
  theatre: string;
  crises: number;
  byOrigin: Record<Origin, number>;
  clashes: number;
}

export interface PairCrises {
  theatre: string;
  challenger: ActorId;
  target: ActorId;
  crises: number;
  clashes: number;
  /** Crises the challenger won: by the clash, or by the target backing down. */
  challengerWon: number;
}

export interface CallsAnswered {
  callee: ActorId;
  caller: ActorId;
  calls: number;
  /** How many were answered at each level: oppose, neutral, diplomatic, full (an unanswered call counts as neutral). */
  answers: [number, number, number, number];
  /** Answered below what the caller expected. */
  short: number;
}

export interface TieSurvival {
  a: ActorId;
  b: ActorId;
  kind: Exclude<Tie, 'none'>;
  /** Games in which the tie never fell below the kind it started at. */
  held: number;
  /** The turn it first fell below its kind, in each game where it did. */
  endTurns: number[];
  /** How it fell: broken by grievance or lost trust, or left by a side's posture. */
  broken: number;
  left: number;
}

export interface ScoreSpread {
  side: ActorId;
  policy: string;
  games: number;
  p5: number;
  p50: number;
  p95: number;
}

export interface Balance {
  games: number;
  crises: number;
  theatres: TheatreCrises[];
  pairs: PairCrises[];
  calls: CallsAnswered[];
  /** Deck events dealt in no game, with their titles. */
  neverDealt: { id: string; title: string }[];
  ties: TieSurvival[];
}

/**
 * Where each crisis of a finished game came from, by crisis id. The log keeps each crisis's outcome, not the agenda
 * that dealt it, so the game is replayed from its seed and the decisions it logged: the same turns, the same agendas.
 */
export function crisisOrigins(game: GameState): Map<string, Origin> {
  const events = new Map(game.scenario.events.map((e) => [e.id, e]));
  const origins = new Map<string, Origin>();
  let state = newGame(game.scenario, game.seed, game.rules);
  game.log.forEach((record, i) => {
    const before = game.log[i - 1]?.decisions;
    for (const c of state.agenda.crises) {
      let origin: Origin;
      if (c.event !== null) origin = events.get(c.event)?.kind === 'crisis' ? 'deck' : 'effect';
      else {
        const chosen = before?.[c.initiator]?.challenge;
        origin = chosen && chosen.theatre === c.theatre && chosen.target === c.target ? 'started' : 'rivalry';
      }
      origins.set(c.id, origin);
    }
    if (i === game.log.length - 1) return;
    const next = applyDecisions(state, record.decisions);
    if (!next.ok) throw new Error(`game ${game.seed} does not replay on turn ${record.turn}: ${JSON.stringify(next.errors)}`);
    state = next.value;
  });
  return origins;
}

/** The ties every game of a scenario starts with: those its opening postures agree on, as the engine builds them. */
function startingTies(game: GameState): { a: ActorId; b: ActorId; kind: Exclude<Tie, 'none'> }[] {
  const first = newGame(game.scenario, game.seed, game.rules);
  const out: { a: ActorId; b: ActorId; kind: Exclude<Tie, 'none'> }[] = [];
  for (const { a, b, key } of lookup(game.scenario).pairs) {
    const kind = first.ties[key]?.kind;
    if (kind !== undefined && kind !== 'none') out.push({ a, b, kind });
  }
  return out;
}

/** Counts over finished games of one scenario. */
export function balance(games: readonly GameState[]): Balance {
  const out: Balance = { games: games.length, crises: 0, theatres: [], pairs: [], calls: [], neverDealt: [], ties: [] };
  const first = games[0];
  if (!first) return out;
  const scenario = first.scenario;
  const theatres = new Map(scenario.theatres.map((t) => [t.id, { theatre: t.id, crises: 0, byOrigin: { deck: 0, rivalry: 0, started: 0, effect: 0 }, clashes: 0 }]));
  const pairs = new Map<string, PairCrises>();
  const calls = new Map<string, CallsAnswered>();
  const dealt = new Set<string>();
  const ties = startingTies(first).map((t) => ({ ...t, held: 0, endTurns: [] as number[], broken: 0, left: 0 }));

  for (const game of games) {
    const origins = crisisOrigins(game);
    for (const record of game.log) {
      for (const c of record.crises) {
        out.crises++;
        const t = theatres.get(c.theatre)!;
        t.crises++;
        t.byOrigin[origins.get(c.crisis)!]++;
        if (c.escalated) t.clashes++;
        const pairKey = `${c.theatre}|${c.initiator}|${c.target}`;
        const p = pairs.get(pairKey) ?? { theatre: c.theatre, challenger: c.initiator, target: c.target, crises: 0, clashes: 0, challengerWon: 0 };
        p.crises++;
        if (c.escalated) p.clashes++;
        if (c.winner === c.initiator) p.challengerWon++;
        pairs.set(pairKey, p);
        for (const a of c.answers) {
          const key = `${a.callee}|${a.caller}`;
          const entry = calls.get(key) ?? { callee: a.callee, caller: a.caller, calls: 0, answers: [0, 0, 0, 0], short: 0 };
          entry.calls++;
          entry.answers[a.delivered as SupportLevel]++;
          if (a.delivered < a.expected) entry.short++;
          calls.set(key, entry);
        }
      }
    }
    for (const id of game.dealt) dealt.add(id);
    for (const tie of ties) {
      const fall = fallOf(game, tie.a, tie.b, tie.kind);
      if (!fall) tie.held++;
      else {
        tie.endTurns.push(fall.turn);
        if (fall.broken) tie.broken++;
        else tie.left++;
      }
    }
  }
  out.theatres = [...theatres.values()];
  out.pairs = [...pairs.values()].sort((x, y) => y.crises - x.crises || `${x.challenger}${x.target}`.localeCompare(`${y.challenger}${y.target}`));
  out.calls = [...calls.values()].sort((x, y) => x.callee.localeCompare(y.callee) || y.calls - x.calls || x.caller.localeCompare(y.caller));
  out.neverDealt = scenario.events.filter((e) => !dealt.has(e.id)).map((e) => ({ id: e.id, title: english(e.title) }));
  out.ties = ties;
  return out;
}

/** The first turn the pair's tie fell below `kind`, and whether the rules broke it (grievance, lost trust) or a side
 *  left it; undefined if it never did. A tie that fell and formed again is a new tie: the first has ended. */
export function fallOf(game: GameState, a: ActorId, b: ActorId, kind: Exclude<Tie, 'none'>): { turn: number; broken: boolean } | undefined {
  for (const record of game.log) {
    for (const c of record.tieChanges) {
      const same = (c.a === a && c.b === b) || (c.a === b && c.b === a);
      if (same && TIE_RANK[c.to] < TIE_RANK[kind]) return { turn: record.turn, broken: c.reason === 'grievance' || c.reason === 'trust' };
    }
  }
  return undefined;
}

/** The 5th, 50th and 95th percentile of a side's final scores under one way of playing it. */
export function scoreSpread(side: ActorId, policy: string, scores: readonly number[]): ScoreSpread {
  return { side, policy, games: scores.length, p5: quantile(scores, 0.05), p50: quantile(scores, 0.5), p95: quantile(scores, 0.95) };
}
