// What every panel is given: the flow's snapshot to read, a way to send it requests, and the few things the page
// itself remembers (which dossier is open, whether the advisor was asked). Panels hold no rule and no game state.
import type { ActorId, GameState, Scenario } from '../engine';
import { phaseOf, type FlowEvent, type FlowSnapshot, type OtherGame } from '../machine';

export interface Ui {
  snapshot: FlowSnapshot;
  send(event: FlowEvent): void;
  /** Every scenario the game knows: the shipped ones and any loaded from a file. */
  scenarios: readonly Scenario[];
  /** The other games kept in this browser, the most recent first (read from storage when asked). */
  otherGames(): OtherGame[];
  /** Forget one of the other games kept in this browser. */
  forgetGame(key: string): void;
  /** Open an actor's dossier (and mark it on the map). */
  showDossier(actor: ActorId, focus?: boolean): void;
  /** Tell screen-reader users something happened, politely. */
  announce(text: string): void;
  /** Download the latest save of the game as a file. */
  exportSave(): void;
  /** Whether the advisor has been asked this turn, by the side deciding. */
  advisorOpen: boolean;
  setAdvisorOpen(open: boolean): void;
  /** While a resolved turn plays out, the map shows the world as the turn began; once all is told, the world after it. */
  mapAt(moment: 'before' | 'after'): void;
}

/** The game being played; panels are only drawn while there is one. */
export function gameOf(ui: Ui): GameState {
  const game = ui.snapshot.context.game;
  if (!game) throw new Error('no game is being played');
  return game;
}

/** The side the screen speaks to as "you": the only player, or in hot-seat the one deciding (no one otherwise). */
export function viewerOf(ui: Ui): ActorId | null {
  const { players, seat } = ui.snapshot.context;
  if (players.length === 1) return players[0]!;
  return phaseOf(ui.snapshot) === 'decisions' ? (players[seat] ?? null) : null;
}
