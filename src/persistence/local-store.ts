// Autosaves in the browser's localStorage, under two keys. The storage is passed in (localStorage by default)
// so the same code runs against a stand-in in Node.
import { rotate, type SaveSlots, type SaveStore } from './slots';

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

export function localStore(storage: KeyValueStorage = globalThis.localStorage, prefix = 'bowstring.autosave'): SaveStore {
  const keys = { latest: `${prefix}.latest`, previous: `${prefix}.previous` };
  const load = (): SaveSlots => ({ latest: storage.getItem(keys.latest), previous: storage.getItem(keys.previous) });
  return {
    load,
    save(text) {
      const next = rotate(load(), text);
      // The older save goes first: if the second write fails, the good save is still in place.
      if (next.previous !== null) storage.setItem(keys.previous, next.previous);
      storage.setItem(keys.latest, text);
    },
  };
}
