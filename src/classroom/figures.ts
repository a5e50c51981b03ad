// What one side lived through in one game, read from the game's log and running totals: the postures it chose each
// turn, the alliances it formed and lost, and how often partners abandoned it or drew it into their clashes.
// The class report reads every student's game and the historical path through this one function.
import { lookup, score, type ActorId, type GameState, type Posture, type TieChange } from '../engine';
import { pairFigures } from '../ai/summary';

export interface AllianceEvent {
  turn: number;
  with: ActorId;
  event: 'formed' | 'broke';
  /** How it broke: walked out of ('abrogated'), grievance or lost trust. */
  reason: TieChange['reason'];
}

export interface PartnerFigures {
  actor: ActorId;
  /** The side's crises in which this actor was called, and those in which it stayed neutral or opposed. */
  crises: number;
  failed: number;
  /** This actor's clashes that cost the side something, and what they cost. */
  drawnIn: number;
  drawnInCost: number;
}

export interface SideFigures {
  side: ActorId;
  score: number;
  turns: number;
  ending: string;
  /** postures[i][other]: the posture the side chose toward `other` on turn i+1. */
  postures: Record<ActorId, Posture>[];
  alliances: AllianceEvent[];
  crisesFaced: number;
  callsMade: number;
  /** Calls answered with neutrality or opposition by a tied actor. */
  abandoned: number;
  /** Calls made on the side that it answered below what the caller expected, as the caller saw the answer. */
  letDown: number;
  entrapped: number;
  entrapmentCost: number;
  /** Only actors that took part in the side's crises or drew it into theirs. */
  partners: PartnerFigures[];
}

/** The calls made on `side` over a game, and how many of them it answered with less than the caller expected (as the
 *  caller saw the answer): the partners it let down. */
export function callsTo(game: GameState, side: ActorId): { calls: number; letDown: number } {
  let calls = 0;
  let letDown = 0;
  for (const record of game.log) {
    for (const c of record.crises) {
      for (const a of c.answers) {
        if (a.callee !== side) continue;
        calls++;
        if (a.delivered < a.expected) letDown++;
      }
    }
  }
  return { calls, letDown };
}

export function sideFigures(game: GameState, side: ActorId): SideFigures {
  const stats = game.stats[side]!;
  const others = game.scenario.actors.map((a) => a.id).filter((id) => id !== side);
  return {
    side,
    score: score(game, side),
    turns: game.log.length,
    ending: game.ending?.reason ?? 'stopped',
    postures: posturesChosen(game, side),
    alliances: allianceEvents(game, side),
    crisesFaced: stats.crisesFaced,
    callsMade: stats.callsMade,
    abandoned: stats.abandoned,
    letDown: callsTo(game, side).letDown,
    entrapped: stats.entrapped,
    entrapmentCost: stats.entrapmentCost,
    partners: others.map((actor) => ({ actor, ...pairFigures(game, side, actor) })).filter((p) => p.crises > 0 || p.drawnIn > 0),
  };
}

/**
 * The log keeps only posture changes, so what was chosen each turn is rebuilt: the start postures, each turn's
 * changes on top, and the hedge the engine imposes when a tie breaks under strain.
 */
export function posturesChosen(game: GameState, side: ActorId): Record<ActorId, Posture>[] {
  let held: Record<ActorId, Posture> = { ...lookup(game.scenario).start[side]! };
  const out: Record<ActorId, Posture>[] = [];
  for (const record of game.log) {
    const chosen = { ...held, ...record.decisions[side]?.postures };
    out.push(chosen);
    held = { ...chosen };
    for (const c of record.tieChanges) {
      if ((c.reason === 'grievance' || c.reason === 'trust') && (c.a === side || c.b === side)) held[c.a === side ? c.b : c.a] = 'hedge';
    }
  }
  return out;
}

export function allianceEvents(game: GameState, side: ActorId): AllianceEvent[] {
  const out: AllianceEvent[] = [];
  for (const record of game.log) {
    for (const c of record.tieChanges) {
      if (c.a !== side && c.b !== side) continue;
      const other = c.a === side ? c.b : c.a;
      if (c.to === 'alliance') out.push({ turn: record.turn, with: other, event: 'formed', reason: c.reason });
      else if (c.from === 'alliance') out.push({ turn: record.turn, with: other, event: 'broke', reason: c.reason });
    }
  }
  return out;
}
