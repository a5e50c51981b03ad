// A change and its causes as the screen shows them add up: the causes to the change, the change to the difference of
// the two figures beside it — however each was rounded (src/ui/apportion.ts).
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/ai/autoplay';
import { METRICS } from '../../src/engine';
import { apportion, shownChange } from '../../src/ui/apportion';
import { trustLines } from '../../src/ui/report';
import { stateAt, turnWhy } from '../../src/ui/timeline';
import { movedWords } from '../../src/ui/words';
import { shipped } from '../helpers';

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

describe('apportion', () => {
  it('rounds each part so the parts add up to the total, moving the fewest and nearest', () => {
    // Rounded alone, −11.6 and +2.5 read −12 and +3: −9, though 97% → 87% is ten points down.
    expect(apportion([-11.6, 2.5], -10)).toEqual([-12, 2]);
    // 2.4 + 1.4 rounds to 2 + 1 = 3, though the figures 87% → 91% moved 4.
    expect(apportion([2.4, 1.4], 4)).toEqual([3, 1]);
    // A move that the figures do not show leaves its parts summing to nothing.
    expect(sum(apportion([0.6], 0))).toBe(0);
    expect(apportion([-2.4, -0.7], -3)).toEqual([-2, -1]);
  });

  it('still reaches the total when the parts do not add up to it', () => {
    expect(sum(apportion([0.2, 0.2], 3))).toBe(3);
    expect(sum(apportion([0.2, 0.2], -2))).toBe(-2);
  });

  it('takes the change from the two figures shown, not from the change itself', () => {
    // 0.954 shows as 95% and 0.9549 as 95%: no change, though rounding the change alone gave "up 1 point".
    expect(shownChange(0.944, 0.9549, [0.0109], 100, 0).change).toBe(2 - 1);
    expect(shownChange(0.954, 0.9549, [0.0009], 100, 0)).toEqual({ change: 0, parts: [0] });
  });
});

// A game played through: every trust line of every report, every metric of every actor.
const game = playGame(shipped('idlib-2021'), { seed: 'shown-sums', policy: 'persona' });
const TRUST_LINE = /(\d+)% → (\d+)% \((?:▲ up (\d+) (points?)|▼ down (\d+) (points?)|unchanged)\)(?:: (.*))?$/;
const partsOf = (words: string) => words.split('; ').map((w) => {
  const m = /([+−])([\d.]+)$/.exec(w);
  if (!m) throw new Error(`no amount at the end of “${w}”`);
  return (m[1] === '−' ? -1 : 1) * Number(m[2]);
});

describe('the report’s figures add up through a whole game', () => {
  it('every trust line: the causes add up to the change, the change to the figures, “1 point” in the singular', () => {
    let lines = 0;
    for (const record of game.log) {
      const { before, why } = turnWhy(game, record.turn);
      const after = stateAt(game, record.turn + 1);
      for (const line of trustLines(before, after, 'RUS', why, 'RUS')) {
        const m = TRUST_LINE.exec(line);
        expect(m, line).not.toBeNull();
        const [, from, to, up, upWord, down, downWord, causes] = m!;
        const change = up ? Number(up) : down ? -Number(down) : 0;
        expect(change, line).toBe(Number(to) - Number(from));
        expect(upWord ?? downWord ?? 'points', line).toBe(Math.abs(change) === 1 ? 'point' : 'points');
        if (causes) expect(sum(partsOf(causes)), line).toBe(change);
        lines++;
      }
    }
    console.log(`${game.log.length} turns, ${lines} trust lines checked`);
    expect(lines).toBeGreaterThan(20);
  });

  it('every metric of every power: the causes add up to the change the table shows, to a tenth', () => {
    let moved = 0;
    for (const record of game.log) {
      const { before, why } = turnWhy(game, record.turn);
      const after = stateAt(game, record.turn + 1);
      for (const a of game.scenario.actors)
        for (const m of METRICS) {
          const x = movedWords(before, why.metrics[a.id]![m], [before.metrics[a.id]![m], after.metrics[a.id]![m]], {}, null, a.id);
          const shown = Math.round(after.metrics[a.id]![m] * 10) - Math.round(before.metrics[a.id]![m] * 10);
          expect(x.change).toBe(shown);
          if (x.parts) expect(Math.round(sum(partsOf(x.parts)) * 10)).toBe(shown);
          if (x.change !== 0) moved++;
        }
    }
    console.log(`${moved} metric moves checked`);
    expect(moved).toBeGreaterThan(50);
  });
});
