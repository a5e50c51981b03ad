// Why a power goes no further than the tie it stands at: its own reckoning of the tie offered, told on the tie card.
// The parts told add up to the value the persona decides by, and the verdict agrees with the tie it aims at.
import { describe, expect, it } from 'vitest';
import { aimedTie, keepValue, reckonTie } from '../../src/ai/persona';
import { playGame } from '../../src/ai/autoplay';
import { POSTURE_RANK, TIE_RANK, tieOf, type GameState, type Posture } from '../../src/engine';
import { reckoningWords, tenthsOf } from '../../src/ui/decisions';
import { shipped } from '../helpers';
import '../../src/i18n';

const SCENARIOS = ['alliance-question-2020', 'sino-soviet-1950', 'afghanistan-2001'];
const TIE_OF = { ally: 'alliance', partner: 'partnership', hedge: 'none' } as const;

/** Every state of a few persona games of each scenario, at the start of its turns. */
function states(): GameState[] {
  const out: GameState[] = [];
  for (const id of SCENARIOS) for (let g = 0; g < 3; g++) playGame(shipped(id), { seed: `reckon-${g}`, policy: 'persona', adjust: (s: GameState) => void out.push(s) });
  return out;
}

describe('the reckoning of a tie offered', () => {
  const seen = states();

  it('adds up to the value the persona keeps or forms a tie by, and says what the persona aims at', () => {
    let told = 0;
    let more = 0;
    for (const s of seen) {
      const [side] = s.scenario.playable;
      for (const other of s.scenario.actors.map((a) => a.id).filter((id) => id !== side)) {
        const theirs = s.postures[other]![side!]!;
        for (const chosen of ['partner', 'ally'] as Posture[]) {
          if (POSTURE_RANK[chosen] <= POSTURE_RANK[theirs]) continue;
          const r = reckonTie(s, other, side!, TIE_OF[chosen] as 'alliance' | 'partnership');
          const parts = Object.values(r.gains).reduce((a, b) => a + b, 0) - Object.values(r.costs).reduce((a, b) => a + b, 0);
          expect(parts).toBeCloseTo(r.value, 9);
          expect(r.value).toBe(keepValue(s, other, side!, TIE_OF[chosen]));
          const words = reckoningWords(s, side!, other, chosen, theirs);
          told++;
          // Where the tie held is the one the other stands at, the verdict is the persona's aim a step up.
          if (tieOf(s, other, side!) !== TIE_OF[theirs] || POSTURE_RANK[chosen] !== POSTURE_RANK[theirs] + 1) continue;
          const warmer = TIE_RANK[aimedTie(s, other, side!)] > TIE_RANK[TIE_OF[theirs]];
          expect(words.endsWith('It may come toward you, a step a turn.'), words).toBe(warmer);
          if (warmer) more++;
        }
      }
    }
    console.log(`${told} reckonings told over ${seen.length} states; ${more} of them say the other may come toward the player`);
    expect(told).toBeGreaterThan(100);
  });
});

describe('the reckoning in tenths', () => {
  it('rounds the parts so that they add up to the sum shown', () => {
    // 0.24 + 0.63 + 0.26 = 1.13 is shown 1.1, its parts 0.2, 0.6 and 0.3; but 0.14 three times, 0.42, shown 0.4, would
    // show its parts as 0.1 three times, 0.3, if each were rounded alone.
    expect(tenthsOf({ a: 0.24, b: 0.63, c: 0.26 })).toEqual({ total: 11, parts: [['a', 2], ['b', 6], ['c', 3]] });
    expect(tenthsOf({ a: 0.14, b: 0.14, c: 0.14 }).parts.reduce((sum, [, x]) => sum + x, 0)).toBe(4);
    for (let i = 0; i < 200; i++) {
      const parts = Object.fromEntries(Array.from({ length: 1 + (i % 6) }, (_, k) => [`p${k}`, ((i * 7919 + k * 104729) % 1000) / 300]));
      const { total, parts: shown } = tenthsOf(parts);
      expect(shown.reduce((sum, [, x]) => sum + x, 0)).toBe(total);
      expect(total).toBe(Math.round(Object.values(parts).reduce((a, b) => a + b, 0) * 10));
    }
  });
});
