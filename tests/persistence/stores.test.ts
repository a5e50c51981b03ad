// Where autosaves live: the rule that keeps the last good save, the browser store (against a stand-in for
// localStorage), the Node file store, and the flow writing its save after every turn.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stateHash } from '../../src/engine';
import { autosave, phaseOf, resumeOffers } from '../../src/machine';
import { EMPTY_SLOTS, localStore, makeSave, rotate, writeSave, type KeyValueStorage, type SaveStore } from '../../src/persistence';
import { LATEST_FILE, PREVIOUS_FILE, fileStore } from '../../src/persistence/file-store';
import { playToDebrief, startFlow } from '../machine/support';
import { played, scenarios, textOf } from './support';

const turn2 = textOf(played('li-lobanov-1896', 'slots', 1));
const turn3 = textOf(played('li-lobanov-1896', 'slots', 2));
const turn4 = textOf(played('li-lobanov-1896', 'slots', 3));
const damaged = turn4.slice(0, 200);

describe('keeping the last good save', () => {
  it('the latest moves down when a new position is saved', () => {
    let slots = rotate(EMPTY_SLOTS, turn2);
    expect(slots).toEqual({ latest: turn2, previous: null });
    slots = rotate(slots, turn3);
    expect(slots).toEqual({ latest: turn3, previous: turn2 });
    expect(rotate(slots, turn4)).toEqual({ latest: turn4, previous: turn3 });
  });

  it('saving the same position again keeps the older save', () => {
    const slots = rotate(rotate(EMPTY_SLOTS, turn2), turn3);
    const again = writeSave(makeSave(played('li-lobanov-1896', 'slots', 2), ['RUS'], '2025-03-01T09:05:00.000Z'));
    expect(again).not.toBe(turn3);
    expect(rotate(slots, turn3)).toEqual(slots);
    expect(rotate(slots, again).previous).toBe(turn2);
  });

  it('a damaged latest save never pushes out the good one before it', () => {
    expect(rotate({ latest: damaged, previous: turn2 }, turn4)).toEqual({ latest: turn4, previous: turn2 });
  });
});

/** localStorage as the browser has it: strings by key, with a quota. */
function fakeStorage(quota = Infinity): KeyValueStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      if (value.length > quota) throw new Error('QuotaExceededError');
      items.set(key, String(value));
    },
  };
}

function checkStore(store: SaveStore, damage: (text: string) => void): void {
  expect(store.load()).toEqual(EMPTY_SLOTS);
  store.save(turn2);
  store.save(turn3);
  expect(store.load()).toEqual({ latest: turn3, previous: turn2 });

  // The latest save is damaged where it lies: the menu says why, and offers the good one before it.
  damage(damaged);
  const offers = resumeOffers(store.load(), scenarios);
  expect(offers[0]).toMatchObject({ slot: 'latest', ok: false, problems: [expect.objectContaining({ code: 'truncated' })] });
  expect(offers[1]).toMatchObject({ slot: 'previous', ok: true, turn: 2, players: ['RUS'] });

  const flow = startFlow({ scenarios }, store.load());
  flow.send({ type: 'RESUME', slot: 'latest' });
  expect(phaseOf(flow.getSnapshot())).toBe('menu');
  expect(flow.getSnapshot().context.refusal?.reasons[0]?.message).toContain('cut short');
  flow.send({ type: 'RESUME', slot: 'previous' });
  expect(phaseOf(flow.getSnapshot())).toBe('briefing');
  expect(flow.getSnapshot().context.game?.turn).toBe(2);

  // Saving on from there keeps the good save, and the damaged one is gone.
  store.save(turn4);
  expect(store.load()).toEqual({ latest: turn4, previous: turn2 });
}

describe('the browser store', () => {
  it('keeps the latest and the previous good save in localStorage', () => {
    const storage = fakeStorage();
    checkStore(localStore(storage), (text) => storage.items.set('bowstring.autosave.latest', text));
    expect([...storage.items.keys()].sort()).toEqual(['bowstring.autosave.latest', 'bowstring.autosave.previous']);
  });

  it('a full storage is reported, and the saves already there stay', () => {
    const storage = fakeStorage(turn3.length);
    const store = localStore(storage);
    store.save(turn2);
    expect(() => store.save(turn4 + ' '.repeat(turn3.length))).toThrow('QuotaExceededError');
    expect(store.load().latest).toBe(turn2);
  });
});

describe('the Node file store', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('keeps the latest and the previous good save as files in a directory', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'bowstring-')), 'saves');
    dirs.push(dir);
    checkStore(fileStore(dir), (text) => writeFileSync(join(dir, LATEST_FILE), text));
    expect(readdirSync(dir).sort()).toEqual([LATEST_FILE, PREVIOUS_FILE].sort());
    expect(readFileSync(join(dir, LATEST_FILE), 'utf8')).toBe(turn4);
  });
});

describe('autosave', () => {
  it('writes the save after every turn, and the store always matches the flow', () => {
    const storage = fakeStorage();
    const store = localStore(storage);
    const flow = startFlow({ scenarios });
    const faults: unknown[] = [];
    const stop = autosave(flow, store, (fault) => faults.push(fault));
    const written: string[] = [];
    const original = store.save.bind(store);
    store.save = (text) => {
      written.push(text);
      original(text);
    };

    flow.send({ type: 'START', scenario: 'sino-soviet-1945', seed: 'autosave', players: ['CHN'] });
    const game = playToDebrief(flow, 'autosave');
    const turns = game.final.context.game!.log.length;
    // One save when the game starts, one after each turn.
    expect(written.length).toBe(turns + 1);
    expect(store.load()).toEqual(flow.getSnapshot().context.saves);

    // After a reload, the store resumes the finished game exactly.
    const again = startFlow({ scenarios }, store.load());
    again.send({ type: 'RESUME', slot: 'latest' });
    expect(phaseOf(again.getSnapshot())).toBe('debrief');
    expect(stateHash(again.getSnapshot().context.game!)).toBe(stateHash(game.final.context.game!));
    expect(faults).toEqual([]);
    stop();
  });

  it('a store that fails is reported, and play goes on', () => {
    const flow = startFlow({ scenarios });
    const faults: unknown[] = [];
    autosave(flow, { load: () => EMPTY_SLOTS, save: () => { throw new Error('disk full'); } }, (fault) => faults.push(fault));
    flow.send({ type: 'START', scenario: 'idlib-2021', seed: 'full', players: ['RUS'] });
    expect(phaseOf(flow.getSnapshot())).toBe('briefing');
    expect(String(faults[0])).toContain('disk full');
  });
});
