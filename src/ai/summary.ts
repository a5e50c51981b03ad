// Summaries over many finished games: what the simulator prints (src/cli/reports.ts) and the proposition tests measure.
import { score, type ActorId, type GameState } from '../engine';
import { tieSpans } from './autoplay';
import { mean, quantile, sd } from './stats';

/** What `partner` did for `actor` over one game: in actor's crises, and in its own. */
export function pairFigures(state: GameState, actor: ActorId, partner: ActorId) {
  let crises = 0;
  let failed = 0;
  let drawnIn = 0;
  let drawnInCost = 0;
  for (const record of state.log) {
    for (const c of record.crises) {
      const principal = c.initiator === actor || c.target === actor;
      if (principal && c.initiator !== partner && c.target !== partner) {
        crises++;
        const answer = c.answers.find((a) => a.callee === partner && a.caller === actor);
        if (!answer || answer.delivered <= 1) failed++;
      }
      const partnersCrisis = (c.initiator === partner || c.target === partner) && !principal;
      const mine = c.answers.find((a) => a.callee === actor && a.caller === partner);
      if (partnersCrisis && mine && mine.cost > 0) {
        drawnIn++;
        drawnInCost += mine.cost;
      }
    }
  }
  return { crises, failed, drawnIn, drawnInCost };
}

export interface ActorSummary {
  actor: ActorId;
  score: { mean: number; sd: number; p10: number; p50: number; p90: number };
  crisesPerGame: number;
  abandonedShare: number;
  entrappedPerGame: number;
  entrapmentCostPerGame: number;
  crisesStartedPerGame: number;
}

export interface TieSummary {
  pair: string;
  kind: string;
  games: number;
  medianTurns: number;
  brokeShare: number;
}

export interface Summary {
  scenario: string;
  games: number;
  actors: ActorSummary[];
  ties: TieSummary[];
  endings: Record<string, number>;
}

export function summarise(games: GameState[], actors: ActorId[]): Summary {
  const out: Summary = { scenario: games[0]?.scenario.id ?? '', games: games.length, actors: [], ties: [], endings: {} };
  for (const actor of actors) {
    const scores = games.map((g) => score(g, actor));
    // Every crisis in which the actor was a principal, from the log: the running total crisesFaced counts only those
    // in which it called on a partner whose terms owed it support, and misses the rest.
    const faced = games.reduce((n, g) => n + g.log.reduce((m, r) => m + r.crises.filter((c) => c.initiator === actor || c.target === actor).length, 0), 0);
    const calls = games.reduce((n, g) => n + g.stats[actor]!.callsMade, 0);
    const abandoned = games.reduce((n, g) => n + g.stats[actor]!.abandoned, 0);
    out.actors.push({
      actor,
      score: { mean: mean(scores), sd: sd(scores), p10: quantile(scores, 0.1), p50: quantile(scores, 0.5), p90: quantile(scores, 0.9) },
      crisesPerGame: faced / games.length,
      abandonedShare: calls > 0 ? abandoned / calls : 0,
      entrappedPerGame: mean(games.map((g) => g.stats[actor]!.entrapped)),
      entrapmentCostPerGame: mean(games.map((g) => g.stats[actor]!.entrapmentCost)),
      crisesStartedPerGame: mean(games.map((g) => g.log.reduce((m, r) => m + r.crises.filter((c) => c.initiator === actor).length, 0))),
    });
  }
  const spans = new Map<string, { kind: string; lengths: number[]; broke: number }>();
  for (const g of games) {
    for (const s of tieSpans(g)) {
      if (!actors.includes(s.a) && !actors.includes(s.b)) continue;
      const key = `${[s.a, s.b].sort().join('–')} ${s.kind}`;
      const entry = spans.get(key) ?? { kind: s.kind, lengths: [], broke: 0 };
      entry.lengths.push(s.to - s.from + (s.broke ? 0 : 1));
      if (s.broke) entry.broke++;
      spans.set(key, entry);
    }
    const reason = g.ending?.reason ?? 'unfinished';
    out.endings[reason] = (out.endings[reason] ?? 0) + 1;
  }
  for (const [key, e] of [...spans.entries()].sort()) {
    out.ties.push({ pair: key.split(' ')[0]!, kind: e.kind, games: e.lengths.length, medianTurns: quantile(e.lengths, 0.5), brokeShare: e.broke / e.lengths.length });
  }
  return out;
}
