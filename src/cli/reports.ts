// The simulator's reports for developers and scenario authors, printed in English by `npm run simulate`: the spread
// of scores, how long ties lasted, and a scenario's balance (src/ai/summary.ts and src/ai/balance.ts measure them).
import { ORIGINS, type Balance, type ScoreSpread } from '../ai/balance';
import { quantile } from '../ai/stats';
import type { Summary } from '../ai/summary';

export function formatSummary(s: Summary, title: string): string {
  const f = (x: number, d = 1) => x.toFixed(d);
  const lines = [`${title}`, `${s.games} games · endings: ${Object.entries(s.endings).map(([k, v]) => `${k} ${v}`).join(', ')}`, ''];
  lines.push('actor  score mean (sd)   p10   p50   p90 | crises/game  abandoned | entrapped/game  cost/game | crises started/game');
  for (const a of s.actors) {
    lines.push(
      `${a.actor.padEnd(5)}  ${f(a.score.mean).padStart(5)} (${f(a.score.sd)})  ${f(a.score.p10).padStart(5)} ${f(a.score.p50).padStart(5)} ${f(a.score.p90).padStart(5)} |` +
        ` ${f(a.crisesPerGame, 2).padStart(11)}  ${(f(a.abandonedShare * 100, 0) + '%').padStart(9)} | ${f(a.entrappedPerGame, 2).padStart(14)}  ${f(a.entrapmentCostPerGame).padStart(9)} | ${f(a.crisesStartedPerGame, 2).padStart(19)}`,
    );
  }
  if (s.ties.length > 0) {
    lines.push('', 'tie                   kind         spans  median turns  broke');
    for (const t of s.ties) lines.push(`${t.pair.padEnd(21)} ${t.kind.padEnd(12)} ${String(t.games).padStart(5)}  ${f(t.medianTurns).padStart(12)}  ${(f(t.brokeShare * 100, 0) + '%').padStart(5)}`);
  }
  return lines.join('\n');
}

const pct = (part: number, whole: number) => (whole > 0 ? `${Math.round((100 * part) / whole)}%` : '—');

export function formatBalance(b: Balance, spreads: readonly ScoreSpread[] = []): string {
  const per = (n: number) => (n / Math.max(1, b.games)).toFixed(2);
  const lines = [`Crises: ${b.crises} in ${b.games} games, ${per(b.crises)} a game (every crisis in the games' logs)`, ''];
  lines.push('theatre               crises/game   deck  rivalry  started  effect   clashes');
  for (const t of b.theatres) {
    lines.push(`${t.theatre.padEnd(21)} ${per(t.crises).padStart(11)} ${ORIGINS.map((o) => per(t.byOrigin[o]).padStart(o.length + 2)).join('')}  ${pct(t.clashes, t.crises).padStart(8)}`);
  }
  lines.push('', 'challenger → target   theatre               crises/game   clashes  challenger won');
  for (const p of b.pairs) {
    lines.push(`${`${p.challenger} → ${p.target}`.padEnd(21)} ${p.theatre.padEnd(21)} ${per(p.crises).padStart(11)} ${pct(p.clashes, p.crises).padStart(9)} ${pct(p.challengerWon, p.crises).padStart(15)}`);
  }
  if (b.pairs.length === 0) lines.push('(none)');
  lines.push('', 'called ← by           calls/game   oppose  neutral  diplomatic  full   below expected');
  for (const c of b.calls) {
    const [o, n, d, f] = c.answers.map((x) => pct(x, c.calls));
    lines.push(`${`${c.callee} ← ${c.caller}`.padEnd(21)} ${per(c.calls).padStart(10)} ${o!.padStart(8)} ${n!.padStart(8)} ${d!.padStart(11)} ${f!.padStart(5)} ${pct(c.short, c.calls).padStart(16)}`);
  }
  if (b.calls.length === 0) lines.push('(none)');
  lines.push('', `Events never dealt in ${b.games} games: ${b.neverDealt.length === 0 ? 'none' : b.neverDealt.map((e) => `${e.id} (${e.title})`).join('; ')}`);
  lines.push('', 'starting tie          kind          held to the end  median turn it ended  broken  left');
  for (const t of b.ties) {
    const median = t.endTurns.length > 0 ? quantile(t.endTurns, 0.5).toFixed(1) : '—';
    lines.push(`${`${t.a}–${t.b}`.padEnd(21)} ${t.kind.padEnd(13)} ${pct(t.held, b.games).padStart(15)} ${median.padStart(21)} ${String(t.broken).padStart(7)} ${String(t.left).padStart(5)}`);
  }
  if (b.ties.length === 0) lines.push('(none)');
  if (spreads.length > 0) {
    lines.push('', 'final score, the side played one way, every other power by its persona');
    lines.push('side   policy          games     p5    p50    p95');
    for (const s of spreads) lines.push(`${s.side.padEnd(6)} ${s.policy.padEnd(15)} ${String(s.games).padStart(5)} ${s.p5.toFixed(1).padStart(6)} ${s.p50.toFixed(1).padStart(6)} ${s.p95.toFixed(1).padStart(6)}`);
  }
  return lines.join('\n');
}
