// Autosaves in the browser, one pair of slots per game, so that tabs playing different games never overwrite each
// other. A game is known by what makes it the same game (its scenario, seed, players and lesson rules), so every
// turn of it, and every rewind, lands in its own slots. Each tab remembers the game it plays (in sessionStorage): a
// reload resumes that game, and the menu lists the others played lately.
import { hashValue } from '../engine';
import type { Save } from './format';
import { localStore, type KeyValueStorage } from './local-store';
import { inspectSave } from './save';
import { EMPTY_SLOTS, type SaveSlots, type SaveStore } from './slots';

/** Games kept: more than a student has tabs open, few enough that the browser's storage holds them all. */
export const MOST_GAMES_KEPT = 8;

const INDEX = 'bowstring.games';
const TAB = 'bowstring.tab-game';
const PREFIX = 'bowstring.autosave';

export interface ShelvedGame {
  key: string;
  slots: SaveSlots;
}

export interface Shelf extends SaveStore {
  /** The games kept, the most recently saved first. */
  recent(): ShelvedGame[];
  /** The key of the game a save belongs to. */
  keyOf(text: string): string | undefined;
  /** Forget a game and its saves. */
  forget(key: string): void;
}

/** The same game whatever its turn: what its saves share. */
export function gameKey(save: Pick<Save, 'scenarioId' | 'seed' | 'players' | 'rules'>): string {
  return hashValue({ scenario: save.scenarioId, seed: save.seed, players: save.players, rules: save.rules }).slice(0, 16);
}

export function shelf(storage: KeyValueStorage & Pick<Storage, 'removeItem'>, session: KeyValueStorage): Shelf {
  const slotsOf = (key: string) => localStore(storage, `${PREFIX}.${key}`);
  const readIndex = (): string[] => {
    try {
      const list: unknown = JSON.parse(storage.getItem(INDEX) ?? '[]');
      return Array.isArray(list) ? list.filter((k): k is string => typeof k === 'string') : [];
    } catch {
      return [];
    }
  };
  const drop = (key: string) => {
    storage.removeItem(`${PREFIX}.${key}.latest`);
    storage.removeItem(`${PREFIX}.${key}.previous`);
  };
  const keyOf = (text: string): string | undefined => {
    const read = inspectSave(text);
    return read.ok ? gameKey(read.value.save) : undefined;
  };

  adoptSingleAutosave(storage, keyOf, readIndex);

  return {
    keyOf,
    load() {
      const key = session.getItem(TAB) ?? readIndex()[0];
      return key === undefined ? EMPTY_SLOTS : slotsOf(key).load();
    },
    save(text) {
      // A save that cannot be read (the flow never writes one) stays with the tab's game rather than being lost.
      const key = keyOf(text) ?? session.getItem(TAB) ?? 'unreadable';
      slotsOf(key).save(text);
      session.setItem(TAB, key);
      const index = [key, ...readIndex().filter((k) => k !== key)];
      index.slice(MOST_GAMES_KEPT).forEach(drop);
      storage.setItem(INDEX, JSON.stringify(index.slice(0, MOST_GAMES_KEPT)));
    },
    forget(key) {
      storage.setItem(INDEX, JSON.stringify(readIndex().filter((k) => k !== key)));
      drop(key);
    },
    recent: () => readIndex().map((key) => ({ key, slots: slotsOf(key).load() })),
  };
}

/** The game kept one autosave for the whole browser before: move it onto the shelf, so no game is lost. */
function adoptSingleAutosave(
  storage: KeyValueStorage & Pick<Storage, 'removeItem'>,
  keyOf: (text: string) => string | undefined,
  readIndex: () => string[],
): void {
  const latest = storage.getItem(`${PREFIX}.latest`);
  const previous = storage.getItem(`${PREFIX}.previous`);
  if (latest === null && previous === null) return;
  const key = (latest !== null ? keyOf(latest) : undefined) ?? (previous !== null ? keyOf(previous) : undefined) ?? 'unreadable';
  // Written as they were, previous first: the slots' own rule would drop a damaged latest's partner.
  if (previous !== null) storage.setItem(`${PREFIX}.${key}.previous`, previous);
  if (latest !== null) storage.setItem(`${PREFIX}.${key}.latest`, latest);
  storage.setItem(INDEX, JSON.stringify([key, ...readIndex().filter((k) => k !== key)].slice(0, MOST_GAMES_KEPT)));
  storage.removeItem(`${PREFIX}.latest`);
  storage.removeItem(`${PREFIX}.previous`);
}
