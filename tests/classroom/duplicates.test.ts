import { describe, expect, it } from 'vitest';
import { copiesOf, gameKey, type GameIdentity } from '../../src/classroom/duplicates';

const game: GameIdentity = { scenarioHash: 'abcdabcdabcdabcd', seed: 'class-1', options: { side: 'RUS', advisor: true }, sides: ['RUS'], decisions: [{ RUS: { postures: { CHN: 'ally' } } }] };

describe('the same game handed in twice', () => {
  it('has one key whatever the key order of its options, and another when one decision differs', () => {
    expect(gameKey({ ...game, options: { advisor: true, side: 'RUS' } })).toBe(gameKey(game));
    expect(gameKey({ ...game, decisions: [{ RUS: { postures: { CHN: 'partner' } } }] })).not.toBe(gameKey(game));
    expect(gameKey({ ...game, seed: 'class-2' })).not.toBe(gameKey(game));
  });

  it('names each later copy with the first game it repeats', () => {
    const copies = copiesOf([
      { id: 'a', key: 'k1' },
      { id: 'b', key: 'k2' },
      { id: 'c', key: 'k1' },
      { id: 'd', key: 'k1' },
    ]);
    expect([...copies]).toEqual([
      ['c', 'a'],
      ['d', 'a'],
    ]);
  });
});
