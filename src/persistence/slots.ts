// Autosave keeps two saves: the latest, and the last good one before it, so that a latest save damaged
// on disk or in the browser still leaves a game to resume. The rule for moving them is one pure function,
// shared by the stores and by the turn flow that mirrors them.
import { inspectSave } from './save';

export interface SaveSlots {
  latest: string | null;
  previous: string | null;
}

export const EMPTY_SLOTS: SaveSlots = { latest: null, previous: null };

/** Where autosaves live: localStorage in the browser, a directory in Node. */
export interface SaveStore {
  load(): SaveSlots;
  /** Store `text` as the latest save, moving the slots by `rotate`. */
  save(text: string): void;
}

/**
 * The slots after saving `text`. The latest save moves down to `previous` only when it is intact and a different
 * position from `text`: a damaged save never pushes out a good one, and saving the same position twice keeps the older one.
 */
export function rotate(slots: SaveSlots, text: string): SaveSlots {
  const { latest, previous } = slots;
  if (latest === null || latest === text) return { latest: text, previous };
  const before = inspectSave(latest);
  if (!before.ok) return { latest: text, previous };
  const after = inspectSave(text);
  const samePosition =
    after.ok &&
    after.value.save.stateHash === before.value.save.stateHash &&
    after.value.save.players.join() === before.value.save.players.join();
  return samePosition ? { latest: text, previous } : { latest: text, previous: latest };
}
