// How often a deck gives each playable side something to decide, in play: the share of turns on which the game asks
// the side for a decision with a trade-off. Starting a crisis of its own is always possible, so it does not count; a
// posture is always open, so it does not count either.
import { legalCalls, legalCrises, lookup, type ActorId, type GameState, type Scenario } from '../engine';
import { playGame } from './autoplay';

/** What the game asks `side` to decide this turn (the state as dealt): calls it must answer, crises in which it is a
 *  principal (it decides whom to call and whether to press on, stand firm or back down), and events it decides
 *  whose options differ in their effects. The other powers never leave a call unmade, so every call dealt stands. */
export function decisionsAsked(state: GameState, side: ActorId): { calls: number; crises: number; events: number } {
  const events = state.agenda.choices.filter((c) => {
    if (c.decider !== side) return false;
    const options = lookup(state.scenario).event.get(c.event)!.choices ?? [];
    return new Set(options.map((o) => JSON.stringify(o.effects))).size > 1;
  }).length;
  return { calls: legalCalls(state, side).length, crises: legalCrises(state, side).length, events };
}

/** True when the game asks `side` for at least one decision this turn (decisionsAsked). */
export function hasDecision(state: GameState, side: ActorId): boolean {
  const asked = decisionsAsked(state, side);
  return asked.calls + asked.crises + asked.events > 0;
}

export interface DecisionShare {
  side: ActorId;
  /** Turns played, over all games. */
  turns: number;
  /** Turns on which the side had a decision. */
  withDecision: number;
  share: number;
}

/** Over `games` seeded games with every power played in character (the 'persona' policy), the share of turns played
 *  on which each playable side had a decision (hasDecision). */
export function decisionShares(scenario: Scenario, games: number, seedPrefix = 'turns'): DecisionShare[] {
  const counts = new Map(scenario.playable.map((side) => [side, { turns: 0, withDecision: 0 }]));
  for (let i = 0; i < games; i++) {
    playGame(scenario, {
      seed: `${seedPrefix}-${i}`,
      policy: 'persona',
      adjust: (state) => {
        for (const [side, c] of counts) {
          c.turns++;
          if (hasDecision(state, side)) c.withDecision++;
        }
      },
    });
  }
  return [...counts].map(([side, c]) => ({ side, ...c, share: c.turns === 0 ? 0 : c.withDecision / c.turns }));
}
