// How often a deck puts the same event before a playable side again in one game, in play: once a deck's one-off
// events are spent, its recurring ones come back turn after turn, and a student meets the same dilemma over and over.
import type { ActorId, GameState, Scenario } from '../engine';
import { playGame } from './autoplay';

export interface DeckRepeats {
  side: ActorId;
  /** Deck events the side met a game, on average: events it decided, and deck crises it was a principal in or was
   *  called into. */
  met: number;
  /** Of those, the ones it had met before in the same game. */
  repeats: number;
  /** repeats / met (0 when it met none). */
  share: number;
  /** The events it met most, by id, with how many times a game on average, most first. */
  most: { event: string; perGame: number }[];
}

/** The deck events `side` meets on the turn of `state` (as dealt), by id. */
export function eventsMet(state: GameState, side: ActorId): string[] {
  const met: string[] = [];
  for (const c of state.agenda.choices) if (c.decider === side) met.push(c.event);
  for (const c of state.agenda.crises) {
    if (c.event === null) continue;
    if (c.initiator === side || c.target === side || c.calls.some((call) => call.callee === side)) met.push(c.event);
  }
  return met;
}

/** Over `games` seeded games with every power played in character (the 'persona' policy, as the decision-turns
 *  measure plays them), how often each playable side met a deck event it had met before (DeckRepeats). */
export function deckRepeats(scenario: Scenario, games: number, seedPrefix = 'repeats'): DeckRepeats[] {
  const tally = new Map(scenario.playable.map((side) => [side, { met: 0, repeats: 0, byEvent: new Map<string, number>() }]));
  for (let i = 0; i < games; i++) {
    const seen = new Map(scenario.playable.map((side) => [side, new Set<string>()]));
    playGame(scenario, {
      seed: `${seedPrefix}-${i}`,
      policy: 'persona',
      adjust: (state) => {
        for (const [side, t] of tally) {
          const before = seen.get(side)!;
          for (const event of eventsMet(state, side)) {
            t.met++;
            if (before.has(event)) t.repeats++;
            before.add(event);
            t.byEvent.set(event, (t.byEvent.get(event) ?? 0) + 1);
          }
        }
      },
    });
  }
  return [...tally].map(([side, t]) => ({
    side,
    met: t.met / games,
    repeats: t.repeats / games,
    share: t.met === 0 ? 0 : t.repeats / t.met,
    most: [...t.byEvent].map(([event, n]) => ({ event, perGame: n / games })).sort((a, b) => b.perGame - a.perGame || (a.event < b.event ? -1 : 1)),
  }));
}
