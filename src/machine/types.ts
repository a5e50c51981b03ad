// The vocabulary of the turn flow: what it remembers between events, and what a player (or a screen) can ask of it.
import type { ActorId, Decisions, GameRules, GameState, Posture, Scenario, Stance, SupportLevel } from '../engine';
import type { Rewind, SaveSlots } from '../persistence';
import type { DecideOthers } from './others';

/** Why a request was refused, in the engine's words when the engine refused it. */
export interface Refusal {
  code: string;
  message: string;
}

export interface FlowContext {
  /** The game being played; null in the menu. */
  game: GameState | null;
  /** The sides people play, in the order they decide each turn (two for hot-seat). */
  players: ActorId[];
  /** Index in `players` of the side deciding now, or next after a hand-over. */
  seat: number;
  /**
   * The people's decisions for this turn, by side. Secret until resolution: screens read them only through
   * `visibleDecisions`, which shows a side its own and nothing of the other's.
   */
  pending: Decisions;
  /** The other actors' decisions for this turn, made in the AI phase; secret until resolution too. In a shared world,
   *  what the class server has told: the answers to this side's calls (standing), then every decision of the turn. */
  others: Decisions | null;
  /** In a shared world: this game's turns are resolved by the class server, which says what the other people and the
   *  computer decided (CALLS, OTHERS); no rewinds, no autosave. */
  remote: boolean;
  /** Someone else's game opened to look through (a student's, from the class report): played and rewound like any,
   *  but never autosaved, so it never becomes the game this browser offers to continue as its own. */
  review: boolean;
  /** In a shared world: the other people's calls of this turn, made in public before anyone answers. */
  publicCalls: Decisions;
  /** The last refusal and whom it is addressed to (null: everyone at the screen). */
  refusal: { to: ActorId | null; reasons: Refusal[] } | null;
  /** Every rewind of the game being played, in the order made: kept in its saves and result file, so going back to
   *  replay a turn leaves a trace. */
  rewinds: Rewind[];
  /** The autosave slots as the flow has left them; `autosave()` writes them to a store. */
  saves: SaveSlots;
}

export type FlowEvent =
  /**
   * Choose a scenario, a seed and the sides people play: one side, or two for hot-seat; and a lesson's rules, if any
   * (fewer turns than the scenario, another temperament), kept with the game for rewinds and saves.
   */
  | { type: 'START'; scenario: string; seed: string; players: ActorId[]; rules?: GameRules; remote?: boolean }
  /** Load a save from its text (an imported file, a shared world's game rebuilt from the class server: `remote`, or
   *  someone else's game to look through: `review`). */
  | { type: 'LOAD'; text: string; remote?: boolean; review?: boolean }
  /** Resume the autosaved game, or the good one before it. */
  | { type: 'RESUME'; slot: keyof SaveSlots }
  /** Move on from a phase: briefing, hand-over, AI, resolution, report. */
  | { type: 'CONTINUE' }
  | { type: 'POSTURE'; side: ActorId; toward: ActorId; posture: Posture }
  | { type: 'ANSWER'; side: ActorId; call: string; level: SupportLevel }
  | { type: 'CHOOSE'; side: ActorId; choice: string; option: string }
  /** In a crisis where `side` is a principal, before anyone answers: the actors it calls on (every one it may, or fewer). */
  | { type: 'CALL'; side: ActorId; crisis: string; callees: ActorId[] }
  /** In a crisis where `side` is a principal, once it has seen the answers: press on, stand firm or back down. */
  | { type: 'STANCE'; side: ActorId; crisis: string; stance: Stance }
  /** Start a crisis against a rival, to open next turn; null takes it back. */
  | { type: 'CHALLENGE'; side: ActorId; challenge: { theatre: string; target: ActorId } | null }
  /** Drop this turn's decisions of `side` so far. */
  | { type: 'CLEAR'; side: ActorId }
  /** `side` has decided; the next side, or the AI, follows. */
  | { type: 'SUBMIT'; side: ActorId }
  /** Go back to the start of an earlier (or the current) turn, rebuilt by replay. */
  | { type: 'REWIND'; turn: number }
  /** A shared world: the game as the class server's log rebuilds it (on joining, on coming back, or when the teacher
   *  puts an event on the turn before anyone has decided), played by `players`; the turn starts again from its briefing. */
  | { type: 'WORLD'; game: GameState; players: ActorId[] }
  /** A shared world: the other people's calls of this turn, once every principal has called. */
  | { type: 'CALLS'; turn: number; calls: Decisions }
  /** A shared world: what the others decided in turn `turn` — the answers to this side's calls (`final` false, for
   *  its standing step), or every actor's decisions as the class server resolved the turn (`final`). */
  | { type: 'OTHERS'; turn: number; decisions: Decisions; final: boolean }
  /** Read the debrief of a game not over, as far as it has gone (one's own, handed in early; or a student's): the
   *  game goes on afterwards (PLAY_ON). */
  | { type: 'DEBRIEF' }
  /** Back to the game from a debrief read before its end: the next turn's briefing. */
  | { type: 'PLAY_ON' }
  | { type: 'QUIT' };

export type DecisionEvent = Extract<FlowEvent, { type: 'POSTURE' | 'ANSWER' | 'CHOOSE' | 'CALL' | 'STANCE' | 'CHALLENGE' }>;

/** What the flow is given once, when it is made: the scenarios it knows, and how others decide. */
export interface FlowSetup {
  scenarios: readonly Scenario[];
  /** How actors no person plays decide each turn; the look-ahead AI when not given. */
  decideOthers?: DecideOthers;
  /** The time written into saves; the clock when not given. */
  now?: () => string;
}

/** What each run of the flow starts from: the autosaves found in the store, if any. */
export interface FlowInput {
  saves?: SaveSlots;
}
