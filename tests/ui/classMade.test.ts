// The class a teacher made is offered to the class report: the one made in this tab, else the last one made in the
// browser.
import { describe, expect, it } from 'vitest';
import { classMade, keepClassMade } from '../../src/ui/classMade';

/** A Storage that keeps its items in a Map; `full` refuses every write, as a private window's may. */
function storage(full = false): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => {
      if (full) throw new DOMException('full', 'QuotaExceededError');
      items.set(k, String(v));
    },
  };
}

describe('the class made last', () => {
  it('is the one made in this tab, else the last one made in another tab of this browser, else none', () => {
    const local = storage();
    const [tabA, tabB] = [storage(), storage()];
    expect(classMade(tabA, local)).toBeNull();
    keepClassMade('B1-AAAA', tabA, local, new Date('2026-11-30T19:00:00Z'));
    keepClassMade('B1-BBBB', tabB, local, new Date('2026-11-30T19:05:00Z'));
    expect(classMade(tabA, local)).toEqual({ code: 'B1-AAAA', madeAt: '2026-11-30T19:00:00.000Z', where: 'tab' });
    expect(classMade(tabB, local)?.code).toBe('B1-BBBB');
    // A new tab finds the last class made in the browser.
    expect(classMade(storage(), local)).toEqual({ code: 'B1-BBBB', madeAt: '2026-11-30T19:05:00.000Z', where: 'browser' });
  });

  it('keeps the time it was first made when it is made again unchanged, and reads nothing from a damaged entry', () => {
    const [tab, local] = [storage(), storage()];
    keepClassMade('B1-AAAA', tab, local, new Date('2026-11-30T19:00:00Z'));
    keepClassMade('B1-AAAA', tab, local, new Date('2026-11-30T20:00:00Z'));
    expect(classMade(tab, local)?.madeAt).toBe('2026-11-30T19:00:00.000Z');
    tab.setItem('bowstring.classMade', '{"code":');
    local.setItem('bowstring.classMade', JSON.stringify({ code: 42 }));
    expect(classMade(tab, local)).toBeNull();
  });

  it('is simply not kept by a browser that keeps nothing', () => {
    const [tab, local] = [storage(true), storage(true)];
    expect(() => keepClassMade('B1-AAAA', tab, local)).not.toThrow();
    expect(classMade(tab, local)).toBeNull();
  });
});
