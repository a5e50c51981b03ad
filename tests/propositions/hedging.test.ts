// P8 (Kuik 2008): hedging keeps autonomy and options; it pays most when rivals' intentions are uncertain and least
// when they are in open conflict. Russia hedges or partners in three climates of the 2020s scenario; everyone else
// plays its persona; the same seeds throughout.
import { describe, expect, it } from 'vitest';
import { score, type Scenario } from '../../src/engine';
import { playGame } from '../../src/ai/autoplay';
import type { PolicyName } from '../../src/ai/policies';
import { mean } from '../../src/ai/stats';
import { shipped } from '../helpers';

const base = shipped('alliance-question-2020');
const seeds = Array.from({ length: 200 }, (_, i) => `p8-${i}`);
const climate = (f: (tension: number) => number): Scenario => ({ ...base, theatres: base.theatres.map((t) => ({ ...t, tension: f(t.tension) })) });

function russia(sc: Scenario, policy: PolicyName) {
  const games = seeds.map((seed) => playGame(sc, { seed, policy: 'persona', policies: { RUS: policy } }));
  return { score: mean(games.map((g) => score(g, 'RUS'))), autonomy: mean(games.map((g) => g.metrics.RUS!.autonomy)) };
}

describe('P8 — hedging pays most under uncertainty, least in open conflict', () => {
  it('keeps autonomy, and its advantage over partnership shrinks as rivals move from uncertainty to open conflict', () => {
    const climates = { uncertain: climate((t) => 0.5 * t), 'as written': base, 'open conflict': climate(() => 0.95) };
    const rows = Object.entries(climates).map(([name, sc]) => {
      const hedge = russia(sc, 'all-hedge');
      const partner = russia(sc, 'all-partner');
      return { name, hedge, partner, advantage: hedge.score - partner.score };
    });
    for (const r of rows) {
      console.log(`P8 ${r.name.padEnd(13)} Russia hedging ${r.hedge.score.toFixed(2)} (autonomy ${r.hedge.autonomy.toFixed(1)}) vs partnering ${r.partner.score.toFixed(2)} (autonomy ${r.partner.autonomy.toFixed(1)}): hedging advantage ${r.advantage.toFixed(2)}`);
      expect(r.hedge.autonomy - r.partner.autonomy).toBeGreaterThan(5);
    }
    const [uncertain, , open] = rows as [typeof rows[0], typeof rows[0], typeof rows[0]];
    expect(uncertain.advantage - open.advantage).toBeGreaterThan(0.8);
  });
});
