// What a screen may show, and to whom. Screens read the flow only through these, so that in hot-seat
// neither player can see the other's choices before the turn is resolved.
import { lastTurn, legalOptions, seenAnswer, type ActorId, type Call, type Decisions, type GameState, type LegalOptions, type Scenario, type SupportLevel, type TurnRecord } from '../engine';
import { gameKey, inspectSave, readSave, type SaveProblem, type SaveSlots, type ShelvedGame } from '../persistence';
import type { SnapshotFrom } from 'xstate';
import type { Flow } from './machine';
import { gameInPlay, playersInCrisis, seatSide, turnDecisions } from './requests';
import type { FlowContext, Refusal } from './types';
import { english } from '../engine/prose';

export type FlowSnapshot = SnapshotFrom<Flow>;

export const PHASES = ['menu', 'briefing', 'calling', 'awaitingCalls', 'handOver', 'decisions', 'awaitingOthers', 'aiDecisions', 'standing', 'awaitingTurn', 'turnKnown', 'resolution', 'report', 'debrief', 'fault'] as const;
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
  const inPlay = gameInPlay(context);
  const options = deciding && inPlay ? legalOptions(inPlay, viewer) : null;
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
  | { slot: keyof SaveSlots; ok: true; scenario: string; scenarioId: string; turn: number; lastTurn: number; players: ActorId[]; savedAt: string }
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
      offers.push({ slot, ok: true, scenario: english(read.value.scenario.title), scenarioId: save.scenarioId, turn: game.turn, lastTurn: lastTurn(game), players: save.players, savedAt: save.savedAt });
    } else offers.push({ slot, ok: false, problems: read.errors });
  }
  return offers;
}

/** A game kept in this browser besides the one the menu offers to continue. */
export interface OtherGame {
  key: string;
  /** The save to resume from: the latest, or the one before it when the latest cannot be read. */
  text: string;
  /** The scenario's title in English, or its id when the game does not have it; `scenarioId` is its id. */
  scenario: string;
  scenarioId: string;
  turn: number;
  lastTurn: number;
  players: ActorId[];
  savedAt: string;
}

/** The other games kept in this browser, for the menu: read, not replayed (a replay waits until one is chosen). */
export function otherGames(games: readonly ShelvedGame[], saves: SaveSlots, scenarios: readonly Scenario[]): OtherGame[] {
  const current = saves.latest === null ? undefined : inspectSave(saves.latest);
  const shown = current?.ok ? gameKey(current.value.save) : undefined;
  const out: OtherGame[] = [];
  for (const game of games) {
    if (game.key === shown) continue;
    for (const text of [game.slots.latest, game.slots.previous]) {
      const read = text === null ? undefined : inspectSave(text);
      if (!read?.ok || text === null) continue;
      const { save } = read.value;
      const scenario = scenarios.find((s) => s.id === save.scenarioId);
      const turns = save.rules.turns ?? scenario?.turns ?? save.decisions.length;
      out.push({ key: game.key, text, scenario: scenario ? english(scenario.title) : save.scenarioId, scenarioId: save.scenarioId, turn: Math.min(save.decisions.length + 1, turns), lastTurn: turns, players: save.players, savedAt: save.savedAt });
      break;
    }
  }
  return out;
}

/** In the standing step, every call of the crises where `side` is a principal, with the answer given: the one part
 *  of the others' decisions shown before resolution, since each call and its answer are made in public. */
/** The answers to the calls of `side`'s crises, as given (`delivered`, which the weights count) and as each caller sees
 *  them (`seen`: an actor that backs the other side more has taken it, whatever it answered). */
export function answersSeen(snapshot: FlowSnapshot, side: ActorId): { crisis: string; caller: ActorId; callee: ActorId; call: string; expected: SupportLevel; delivered: SupportLevel; seen: SupportLevel }[] {
  const { context } = snapshot;
  const game = gameInPlay(context);
  if (phaseOf(snapshot) !== 'standing' || !game || !playersInCrisis(context).includes(side)) return [];
  const all = turnDecisions(context);
  const out: { crisis: string; caller: ActorId; callee: ActorId; call: string; expected: SupportLevel; delivered: SupportLevel; seen: SupportLevel }[] = [];
  for (const c of game.agenda.crises) {
    if (c.initiator !== side && c.target !== side) continue;
    // An unanswered call counts as neutrality, as the engine takes it.
    const given = (call: Call): SupportLevel => all[call.callee]?.answers?.[call.id] ?? 1;
    for (const call of c.calls) out.push({ crisis: c.id, caller: call.caller, callee: call.callee, call: call.id, expected: call.expected, delivered: given(call), seen: seenAnswer(c.calls, given, call) });
  }
  return out;
}
