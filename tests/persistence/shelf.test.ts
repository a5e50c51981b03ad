// Autosaves kept per game: tabs playing different games never overwrite each other, a reload resumes the tab's own
// game, the menu can list the games played lately, and the single autosave of before is kept, not lost.
import { describe, expect, it } from 'vitest';
import { EMPTY_SLOTS, MOST_GAMES_KEPT, shelf } from '../../src/persistence';
import { played, textOf } from './support';

/** localStorage or sessionStorage as the browser has them: strings by key. */
function fakeStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, String(value)),
    removeItem: (key: string) => void items.delete(key),
  };
}

const gameText = (seed: string, turns: number) => textOf(played('li-lobanov-1896', seed, turns));

describe('one autosave per game', () => {
  it('two tabs: a reload of each resumes its own game', () => {
    const local = fakeStorage();
    const [sessionA, sessionB] = [fakeStorage(), fakeStorage()];
    const tabA = shelf(local, sessionA);
    const tabB = shelf(local, sessionB);
    const [a1, a2, b1] = [gameText('tab-a', 1), gameText('tab-a', 2), gameText('tab-b', 1)];
    tabA.save(a1);
    tabB.save(b1);
    tabA.save(a2);
    // Reloaded, each tab keeps its sessionStorage and finds its own game.
    expect(shelf(local, sessionA).load()).toEqual({ latest: a2, previous: a1 });
    expect(shelf(local, sessionB).load()).toEqual({ latest: b1, previous: null });
    // A new tab is offered the game saved last.
    expect(shelf(local, fakeStorage()).load().latest).toBe(a2);
  });

  it('five tabs keep five games, listed the most recent first', () => {
    const local = fakeStorage();
    const texts = ['one', 'two', 'three', 'four', 'five'].map((seed) => gameText(seed, 1));
    texts.forEach((text) => shelf(local, fakeStorage()).save(text));
    const recent = shelf(local, fakeStorage()).recent();
    expect(recent.map((g) => g.slots.latest)).toEqual([...texts].reverse());
  });

  it(`keeps the ${MOST_GAMES_KEPT} games saved last and clears the storage of older ones`, () => {
    const local = fakeStorage();
    const texts = Array.from({ length: MOST_GAMES_KEPT + 2 }, (_, i) => gameText(`many-${i}`, 1));
    const tab = shelf(local, fakeStorage());
    texts.forEach((text) => tab.save(text));
    expect(tab.recent().map((g) => g.slots.latest)).toEqual(texts.slice(2).reverse());
    const kept = [...local.items.values()];
    expect(kept).not.toContain(texts[0]);
    expect(kept).not.toContain(texts[1]);
  });

  it('every turn and rewind of one game lands in the same slots', () => {
    const local = fakeStorage();
    const tab = shelf(local, fakeStorage());
    const [t1, t2, t3] = [gameText('same', 1), gameText('same', 2), gameText('same', 3)];
    tab.save(t1);
    tab.save(t3);
    tab.save(t2);
    expect(tab.recent()).toHaveLength(1);
    expect(tab.load()).toEqual({ latest: t2, previous: t3 });
  });

  it('the single autosave of before is moved onto the shelf, not lost', () => {
    const local = fakeStorage();
    const [old1, old2] = [gameText('old', 1), gameText('old', 2)];
    local.setItem('bowstring.autosave.previous', old1);
    local.setItem('bowstring.autosave.latest', old2);
    const tab = shelf(local, fakeStorage());
    expect(tab.load()).toEqual({ latest: old2, previous: old1 });
    expect(local.getItem('bowstring.autosave.latest')).toBeNull();
    expect(tab.recent()).toHaveLength(1);
  });

  it('a forgotten game leaves the list and the storage', () => {
    const local = fakeStorage();
    const tab = shelf(local, fakeStorage());
    const [keep, gone] = [gameText('keep', 1), gameText('gone', 1)];
    tab.save(keep);
    tab.save(gone);
    tab.forget(tab.keyOf(gone)!);
    expect(tab.recent().map((g) => g.slots.latest)).toEqual([keep]);
    expect([...local.items.values()]).not.toContain(gone);
  });

  it('an empty browser offers nothing', () => {
    expect(shelf(fakeStorage(), fakeStorage()).load()).toEqual(EMPTY_SLOTS);
  });
});
