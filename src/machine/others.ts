// How the actors no person plays decide: one function, so a smarter AI can take its place without touching the flow.
import { restoreRng, seedRng, type ActorId, type Decisions, type GameState } from '../engine';
import { decide, decideAll } from '../ai/policies';

/** Decisions for every actor not in `players`, for the turn `game` awaits. Must be a pure function of its arguments. */
export type DecideOthers = (game: GameState, players: readonly ActorId[]) => Decisions;

/**
 * The persona policy. Its randomness is seeded by the game's seed and turn, so the same position gets the same
 * answers: a rewound turn played the same way replays the same, and nothing but the state needs saving.
 */
export const personaOthers: DecideOthers = (game, players) => {
  const rng = restoreRng(seedRng(`ai:${game.seed}:${game.turn}`));
  const all = decideAll(game, () => 'persona', rng);
  const out: Decisions = {};
  for (const [actor, decision] of Object.entries(all)) if (!players.includes(actor)) out[actor] = decision;
  return out;
};

/**
 * The game's AI: each actor no person plays weighs its options with the engine over a few sampled futures
 * (src/ai/lookahead.ts). Seeded like the persona policy, so a position always gets the same answers.
 */
export const lookaheadOthers: DecideOthers = (game, players) => {
  const rng = restoreRng(seedRng(`ai:${game.seed}:${game.turn}`));
  const out: Decisions = {};
  for (const actor of game.scenario.actors) if (!players.includes(actor.id)) out[actor.id] = decide(game, actor.id, 'lookahead', rng);
  return out;
};
