// What a choice of postures does before it is made: the ties the chosen postures would make with the others'
// postures as they stand, and the gauges and expectations read on them.
import { describe, expect, it } from 'vitest';
import { expectedOf, gauges, gaugesIf, gaugesIfAgreed, newGame, tieOf, withPostures } from '../../src/engine';
import { shipped } from '../helpers';

describe('the ties a choice of postures would make', () => {
  it('forms the tie both postures agree on, under the pair’s treaty, and leaves the state untouched', () => {
    const g = newGame(shipped('alliance-question-2020'), 'with-postures');
    expect(withPostures(g, 'RUS', {})).toBe(g);
    expect(withPostures(g, 'RUS', { CHN: g.postures.RUS!.CHN! })).toBe(g);
    // China stands at partner: Russia choosing ally still makes a partnership; China at ally would make an alliance.
    expect(tieOf(withPostures(g, 'RUS', { CHN: 'ally' }), 'RUS', 'CHN')).toBe(tieOf(g, 'RUS', 'CHN'));
    const warm = { ...g, postures: { ...g.postures, CHN: { ...g.postures.CHN!, RUS: 'ally' as const } } };
    const planned = withPostures(warm, 'RUS', { CHN: 'ally' });
    expect(tieOf(planned, 'RUS', 'CHN')).toBe('alliance');
    expect(tieOf(warm, 'RUS', 'CHN')).toBe('partnership');
    // What China expects of Russia follows the tie the postures make: an alliance owes more than a partnership.
    expect(expectedOf(planned, 'CHN', 'RUS')).toBeGreaterThan(expectedOf(warm, 'CHN', 'RUS'));
    expect(gaugesIf(warm, 'RUS', 'CHN', 'ally')).toEqual(gauges(planned, 'RUS', 'CHN'));
    // An offer China has not matched: its gauges are those of the alliance China's agreeing would make.
    expect(gaugesIfAgreed(g, 'RUS', 'CHN', 'ally')).toEqual(gauges(planned, 'RUS', 'CHN'));
    expect(g.postures.CHN!.RUS).not.toBe('ally');
    // Hedging ends the tie.
    expect(tieOf(withPostures(g, 'RUS', { CHN: 'hedge' }), 'RUS', 'CHN')).toBe('none');
  });
});
