// Writing the flow's autosave to a store whenever it changes. The flow records the save after every turn
// (and on start, load and rewind); this is the only place the save leaves it.
import type { Actor } from 'xstate';
import type { SaveStore } from '../persistence';
import type { Flow } from './machine';

/** Keep `store` up to date with the flow's latest save. Returns a function that stops it. */
export function autosave(actor: Actor<Flow>, store: SaveStore, onError: (fault: unknown) => void): () => void {
  let written = actor.getSnapshot().context.saves.latest;
  const subscription = actor.subscribe((snapshot) => {
    const latest = snapshot.context.saves.latest;
    if (latest === null || latest === written) return;
    written = latest;
    try {
      store.save(latest);
    } catch (fault) {
      // A full disk or storage quota must be told to the player, not swallowed.
      onError(fault);
    }
  });
  return () => subscription.unsubscribe();
}
