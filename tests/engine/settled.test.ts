// A turn on a state the rules made settles only the pairs whose postures it changes (ties.ts, settledWith): it must
// give what settling every pair gives. A state whose postures were put together by hand is settled whole.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { newGame, resolveTurn, restoreRng, seedRng, stateHash, tieOf, type GameState } from '../../src/engine';
import { randomLegal, shipped, triangle } from '../helpers';

/** The same state with a postures record of its own: not known to be settled, so a turn settles every pair. */
const unsettled = (s: GameState): GameState => ({ ...s, postures: { ...s.postures } });

const names = readdirSync('scenarios')
  .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
  .map((f) => f.replace(/\.json$/, ''));

describe('settling only the pairs whose postures changed', () => {
  for (const name of names) {
    it(`${name}: every turn of a random game ends as it does when every pair is settled`, () => {
      const rng = restoreRng(seedRng(`settled:${name}`));
      let state = newGame(shipped(name), `settled-${name}`);
      let changed = 0;
      while (!state.ending) {
        const decisions = randomLegal(state, rng);
        const next = resolveTurn(state, decisions);
        expect(stateHash(next)).toBe(stateHash(resolveTurn(unsettled(state), decisions)));
        // A quiet turn after it: nothing decided, nothing to settle.
        expect(stateHash(resolveTurn(next, {}))).toBe(stateHash(resolveTurn(unsettled(next), {})));
        changed += next.log.at(-1)!.tieChanges.length;
        state = next;
      }
      console.log(`${name}: ${state.log.length} turns, ${changed} ties changed`);
      expect(changed).toBeGreaterThan(0);
    });
  }

  it('a state whose postures were put in by hand has its ties settled to them on the next turn', () => {
    const g = newGame(triangle(), 'by-hand');
    expect(tieOf(g, 'A', 'C')).toBe('none');
    const warm = { ...g, postures: { ...g.postures, A: { ...g.postures.A!, C: 'partner' as const }, C: { ...g.postures.C!, A: 'partner' as const } } };
    expect(tieOf(resolveTurn(warm, {}), 'A', 'C')).toBe('partnership');
  });
});
