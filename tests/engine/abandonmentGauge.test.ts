// The abandonment gauge says what it means: of the calls made while it read a given chance that the partner would
// stand aside, about that share were answered with neutrality or worse, whatever the tie. Every shipped scenario,
// played by the computer's powers in character (persona), the gauge read at the start of each turn for every call
// made on that turn whose terms owed backing.
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/ai/autoplay';
import { meanCI } from '../../src/ai/stats';
import { gauges, tieOf, type GameState } from '../../src/engine';
import { shippedScenarios } from '../machine/support';

const GAMES = 40;
/** How far apart the gauge's mean and the share seen may be over all calls, and in a band of the gauge or a kind of tie
 *  with enough calls. The highest band reads high: a power that distrusts a partner thinks it less reliable than it is. */
const MARGIN_ALL = 0.04;
const MARGIN = 0.12;
const ENOUGH = 150;

interface Reading {
  said: number;
  failed: number;
  tie: string;
}

function readings(games = GAMES, policy: 'persona' | 'lookahead' = 'persona'): Reading[] {
  const out: Reading[] = [];
  for (const scenario of shippedScenarios()) {
    for (let g = 0; g < games; g++) {
      const before = new Map<number, GameState>();
      const end = playGame(scenario, { seed: `gauge-${g}`, policy, adjust: (s) => void before.set(s.turn, s) });
      for (const record of end.log) {
        const s = before.get(record.turn)!;
        for (const c of record.crises) {
          for (const a of c.answers) {
            if (a.expected < 2) continue;
            const gauge = gauges(s, a.caller, a.callee);
            if (!gauge.owes) continue;
            out.push({ said: gauge.abandonment, failed: a.delivered <= 1 ? 1 : 0, tie: tieOf(s, a.caller, a.callee) });
          }
        }
      }
    }
  }
  return out;
}

describe('the abandonment gauge against what the partners did', () => {
  const all = readings();
  const groups = new Map<string, Reading[]>();
  const put = (k: string, r: Reading) => groups.set(k, [...(groups.get(k) ?? []), r]);
  for (const r of all) {
    put(r.tie, r);
    put(`gauge ${(Math.min(0.9, Math.floor(r.said * 5) / 5)).toFixed(1)}–${(Math.min(1, Math.floor(r.said * 5) / 5 + 0.2)).toFixed(1)}`, r);
  }
  const lines = [...groups].sort().map(([k, rs]) => {
    const said = meanCI(rs.map((r) => r.said));
    const seen = meanCI(rs.map((r) => r.failed));
    return { k, n: rs.length, said, seen };
  });
  console.log(
    `abandonment gauge, ${all.length} calls in ${GAMES} games a scenario:\n` +
      lines.map((l) => `  ${l.k.padEnd(14)} ${String(l.n).padStart(5)} calls: gauge ${l.said.mean.toFixed(3)}, stood aside ${l.seen.mean.toFixed(3)} ± ${l.seen.half.toFixed(3)}`).join('\n'),
  );

  it('reads enough calls to judge, and over all of them says how often partners stood aside', () => {
    expect(all.length).toBeGreaterThan(2000);
    const said = meanCI(all.map((r) => r.said)).mean;
    const seen = meanCI(all.map((r) => r.failed)).mean;
    console.log(`all calls: gauge ${said.toFixed(3)}, stood aside ${seen.toFixed(3)}`);
    expect(Math.abs(said - seen)).toBeLessThan(MARGIN_ALL);
  });

  it('matches the share of calls answered with neutrality or worse, band by band and tie by tie', () => {
    const judged = lines.filter((l) => l.n >= ENOUGH);
    expect(judged.length).toBeGreaterThanOrEqual(5);
    for (const l of judged) expect(Math.abs(l.said.mean - l.seen.mean), l.k).toBeLessThan(MARGIN);
  });

  it('tells an ally from a partner as the partners behave: lower for an alliance', () => {
    const of = (tie: string) => lines.find((l) => l.k === tie)!;
    expect(of('alliance').seen.mean).toBeLessThan(of('partnership').seen.mean);
    expect(of('alliance').said.mean).toBeLessThan(of('partnership').said.mean - 0.1);
  });
});

// The game's computer powers weigh their answers by looking ahead, and stand aside far less often than the rule of
// thumb the gauge reads (and the look-ahead expects of the others). Slow, so only on request:
// GAUGE_LOOKAHEAD_GAMES=10 npx vitest run tests/engine/abandonmentGauge.test.ts
const LOOKAHEAD_GAMES = Number(process.env.GAUGE_LOOKAHEAD_GAMES ?? 0);
describe.skipIf(LOOKAHEAD_GAMES === 0)('the abandonment gauge against the look-ahead powers', () => {
  it('prints the gauge against what they did, and they fail an ally less than a partner', () => {
    const rs = readings(LOOKAHEAD_GAMES, 'lookahead');
    const of = (tie: string) => rs.filter((r) => r.tie === tie);
    const line = (label: string, xs: Reading[]) => {
      const seen = meanCI(xs.map((r) => r.failed));
      return `${label} ${xs.length} calls: gauge ${meanCI(xs.map((r) => r.said)).mean.toFixed(3)}, stood aside ${seen.mean.toFixed(3)} ± ${seen.half.toFixed(3)}`;
    };
    console.log(`look-ahead powers, ${LOOKAHEAD_GAMES} games a scenario:\n  ${line('all', rs)}\n  ${line('alliance', of('alliance'))}\n  ${line('partnership', of('partnership'))}`);
    expect(meanCI(of('alliance').map((r) => r.failed)).mean).toBeLessThan(meanCI(of('partnership').map((r) => r.failed)).mean);
  }, 600_000);
});
