// The warning beside an event option that supports a partner: if the partner takes up your offer of a warmer tie this
// very turn, it will expect more of you here. An offer still open from an earlier turn counts as much as one made now.
import { describe, expect, it } from 'vitest';
import { newGame, type ChoiceDef, type GameState } from '../../src/engine';
import { warmerTieNotes } from '../../src/ui/decisions';
import { shipped } from '../helpers';

const game = newGame(shipped('alliance-question-2020'), 'warmer');
/** Russia offering China an alliance while China holds a partnership. */
function offered(state: GameState): GameState {
  return { ...state, postures: { ...state.postures, RUS: { ...state.postures.RUS!, CHN: 'ally' }, CHN: { ...state.postures.CHN!, RUS: 'partner' } } };
}
const diplomatic: ChoiceDef = { id: 'cover', label: 'Diplomatic cover', effects: [{ kind: 'support', to: 'CHN', level: 2, cost: 0 }] } as ChoiceDef;

describe('a partner that may meet your offer this turn', () => {
  it('is pointed out for an offer made this turn', () => {
    const state = { ...offered(game), postures: { ...offered(game).postures, RUS: { ...offered(game).postures.RUS!, CHN: 'partner' as const } } };
    expect(warmerTieNotes(state, 'RUS', { CHN: 'ally' }, diplomatic)).toEqual(['If China meets your posture this turn, it will expect full support here, and this falls short.']);
  });

  it('is pointed out for an offer still open from before', () => {
    expect(warmerTieNotes(offered(game), 'RUS', {}, diplomatic)).toEqual(['If China meets your posture this turn, it will expect full support here, and this falls short.']);
  });

  it('is not pointed out when the option gives what an alliance asks', () => {
    const full = { ...diplomatic, effects: [{ kind: 'support', to: 'CHN', level: 3, cost: 0 }] } as ChoiceDef;
    expect(warmerTieNotes(offered(game), 'RUS', {}, full)).toEqual([]);
  });
});
