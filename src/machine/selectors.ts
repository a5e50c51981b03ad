// What a screen may show, and to whom. Screens read the flow only through these, so that in hot-seat
// neither player can see the other's choices before the turn is resolved.
import { lastTurn, legalOptions, type ActorId, type Decisions, type GameState, type LegalOptions, type Scenario, type TurnRecord } from '../engine';
import { readSave, type SaveProblem, type SaveSlots } from '../persistence';
import type { SnapshotFrom } from 'xstate';
import type { Flow } from './machine';
import { seatSide } from './requests';
import type { FlowContext, Refusal } from './types';

export type FlowSnapshot = SnapshotFrom<Flow>;

export const PHASES = ['menu', 'briefing', 'handOver', 'decisions', 'aiDecisions', 'resolution', 'report', 'debrief', 'fault'] as const;
export type Phase = (typeof PHASES)[number];

export function phaseOf(snapshot: { value: unknown }): Phase {
  const value = snapshot.value;
  if (typeof value === 'string') return value as Phase;
  return (value as { playing: Phase }).playing;
}

/** Phases in which the turn's decisions are already resolved and may be shown to all. */
const RESOLVED: readonly Phase[] = ['resolution', 'report', 'debrief'];

/**
 * The decisions of the turn in progress that `viewer` may see: before resolution only its own (and nothing while
 * it is not a player); once the turn is resolved, everyone's, as the engine recorded them.
 */
export function visibleDecisions(snapshot: FlowSnapshot, viewer: ActorId): Decisions {
  const { context } = snapshot;
  const phase = phaseOf(snapshot);
  if (RESOLVED.includes(phase)) return lastRecord(context)?.decisions ?? {};
  const own = context.pending[viewer];
  return context.players.includes(viewer) && own ? { [viewer]: own } : {};
}

export interface SideView {
  phase: Phase;
  game: GameState | null;
  /** Who decides now (decisions) or next (hand-over). */
  seat: ActorId | null;
  /** Whether `viewer` may act now. */
  deciding: boolean;
  /** What `viewer` may decide, only while it is deciding. */
  options: LegalOptions | null;
  decisions: Decisions;
  /** Calls and events `viewer` has not yet answered: the engine will take neutrality or the first choice. */
  unanswered: { calls: string[]; choices: string[] };
  /** Refusals addressed to `viewer` or to everyone. */
  refusals: Refusal[];
  /** What the last resolved turn changed, once resolved. */
  record: TurnRecord | null;
}

/** Everything a screen shows to `viewer` (a side played at this screen). */
export function viewOf(snapshot: FlowSnapshot, viewer: ActorId): SideView {
  const { context } = snapshot;
  const phase = phaseOf(snapshot);
  const seat = phase === 'decisions' || phase === 'handOver' ? seatSide(context) : null;
  const deciding = phase === 'decisions' && seat === viewer;
  const options = deciding && context.game ? legalOptions(context.game, viewer) : null;
  const mine = context.pending[viewer];
  const refusal = context.refusal;
  return {
    phase,
    game: context.game,
    seat,
    deciding,
    options,
    decisions: visibleDecisions(snapshot, viewer),
    unanswered: {
      calls: options?.calls.filter((c) => mine?.answers?.[c.id] === undefined).map((c) => c.id) ?? [],
      choices: options?.choices.filter((c) => mine?.choices?.[c.id] === undefined).map((c) => c.id) ?? [],
    },
    refusals: refusal && (refusal.to === null || refusal.to === viewer) ? refusal.reasons : [],
    record: RESOLVED.includes(phase) ? lastRecord(context) : null,
  };
}

function lastRecord(context: FlowContext): TurnRecord | null {
  return context.game?.log[context.game.log.length - 1] ?? null;
}

export type ResumeOffer =
  | { slot: keyof SaveSlots; ok: true; scenario: string; turn: number; lastTurn: number; players: ActorId[]; savedAt: string }
  | { slot: keyof SaveSlots; ok: false; problems: SaveProblem[] };

/**
 * What the menu can offer to resume: the latest autosave, and the previous good one. A damaged latest save
 * is shown with its reasons next to the older one, never skipped in silence.
 */
export function resumeOffers(saves: SaveSlots, scenarios: readonly Scenario[]): ResumeOffer[] {
  const offers: ResumeOffer[] = [];
  for (const slot of ['latest', 'previous'] as const) {
    const text = saves[slot];
    if (text === null) continue;
    const read = readSave(text, scenarios);
    if (read.ok) {
      const { save, game } = read.value;
      offers.push({ slot, ok: true, scenario: read.value.scenario.title, turn: game.turn, lastTurn: lastTurn(game), players: save.players, savedAt: save.savedAt });
    } else offers.push({ slot, ok: false, problems: read.errors });
  }
  return offers;
}
