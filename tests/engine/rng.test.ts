// The game's generator resumes from four numbers of state (restoreRng) and steps as seedrandom's alea does: every
// saved game replays only if each draw, and each state saved, is the library's to the last bit.
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { restoreRng, seedRng } from '../../src/engine';

/** seedrandom's own generator resumed from `state`. */
const library = (state: ReturnType<typeof seedRng>) => seedrandom.alea('', { state: { ...state } });

describe('the generator', () => {
  it('draws what seedrandom draws from the same state, and saves the state it would save', () => {
    for (let k = 0; k < 200; k++) {
      const state = seedRng(`rng-${k}`);
      const ours = restoreRng(state);
      const theirs = library(state);
      for (let i = 0; i < 50; i++) expect(ours.next()).toBe(theirs());
      expect(ours.save()).toEqual(theirs.state());
      // Resumed from a saved state, it goes on as the library does.
      const again = restoreRng(ours.save());
      for (let i = 0; i < 20; i++) expect(again.next()).toBe(theirs());
    }
  });

  it('leaves the state it resumed from as it was', () => {
    const state = seedRng('untouched');
    const copy = { ...state };
    restoreRng(state).next();
    expect(state).toEqual(copy);
  });
});
