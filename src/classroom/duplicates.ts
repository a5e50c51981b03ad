// The same game handed in twice. Students of a class share one world (scenario, seed, lesson), so two games are the
// same game when every turn's decisions are the same: whatever the name on them, the time saved or the seal. The
// first one handed in keeps its place; each later one is a copy of it (two students who truly chose alike, turn after
// turn, are told apart by the teacher, who sees both names).
import { hashValue, type ActorId, type Decisions } from '../engine';
import type { ClassSettings } from './options';

/** What makes a game the game it is. */
export interface GameIdentity {
  scenarioHash: string;
  seed: string;
  options: ClassSettings;
  sides: readonly ActorId[];
  decisions: readonly Decisions[];
}

/** One hash for a game, the same for every copy of it. */
export function gameKey(game: GameIdentity): string {
  const { side, advisor, turns, temperament } = game.options;
  return hashValue([game.scenarioHash, game.seed, { side, advisor, turns: turns ?? null, temperament: temperament ?? null }, [...game.sides], game.decisions]);
}

export interface Handed {
  id: string;
  key: string;
}

/** Each later copy's id with the id of the first game it repeats, in the order the games were handed in. */
export function copiesOf(handed: readonly Handed[]): Map<string, string> {
  const first = new Map<string, string>();
  const copies = new Map<string, string>();
  for (const h of handed) {
    const original = first.get(h.key);
    if (original === undefined) first.set(h.key, h.id);
    else copies.set(h.id, original);
  }
  return copies;
}
