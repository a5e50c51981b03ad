// The influence a set of ties gives (tiesInfluence, src/engine/future.ts): each tie's influence in its value is its
// margin given the others, and with diminishing returns (influenceLift) the margins of several ties add up to less
// than the ties give together. What a set of ties is worth (the look-ahead's ties ahead) counts their influence once,
// whole; then a tie added raises it by exactly that tie's margin, which is what a power weighs in forming it.
import { describe, expect, it } from 'vitest';
import { newGame, tieValue, tiesInfluence, type ActorDef, type TieDef } from '../../src/engine';
import { actor, triangle } from '../helpers';

const power = (id: string, military: number): ActorDef => actor(id, military, { trust: { P: 0.8 } });

/** A patron P and two clients, P allied to those named: no rivalries, so every tie lasts and only influence differs. */
const world = (clients: string[]) => {
  const ties: TieDef[] = clients.map((c) => ({ a: 'P', b: c, kind: 'alliance', terms: 'defensive' }));
  const sc = triangle({ playable: ['P'], actors: [power('P', 90), power('A', 10), power('B', 10)], ties, theatres: [] });
  return newGame(sc, 'ties-influence');
};

describe('the influence of a set of ties', () => {
  it('is the influence of the tie itself when there is one', () => {
    const one = world(['A']);
    expect(tiesInfluence(one, 'P')).toBeGreaterThan(0);
    expect(tiesInfluence(one, 'P')).toBeCloseTo(tieValue(one, 'P', 'A', 'alliance', false).influence, 12);
    expect(tiesInfluence(world([]), 'P')).toBe(0);
  });

  it('is more than the margins of two ties added up, and a tie added raises it by its own margin', () => {
    const both = world(['A', 'B']);
    const margins = ['A', 'B'].map((c) => tieValue(both, 'P', c, 'alliance', false).influence);
    const whole = tiesInfluence(both, 'P');
    console.log(`P's influence from two clients: margins ${margins.map((m) => m.toFixed(2)).join(' + ')} = ${(margins[0]! + margins[1]!).toFixed(2)}, together ${whole.toFixed(2)}`);
    expect(whole).toBeGreaterThan(margins[0]! + margins[1]! + 0.1);
    // Adding B: the set gains B's margin. Summing margins instead, it would gain B's margin less what A's margin lost.
    const gain = whole - tiesInfluence(world(['A']), 'P');
    expect(gain).toBeCloseTo(margins[1]!, 12);
    const marginsGain = margins[0]! + margins[1]! - tieValue(world(['A']), 'P', 'A', 'alliance', false).influence;
    console.log(`adding B: the set gains ${gain.toFixed(2)}; its margins summed would gain ${marginsGain.toFixed(2)}`);
    expect(marginsGain).toBeLessThan(gain - 0.1);
  });
});
