// A worker of tests/propositions/history.test.ts: for each share of a scenario's games it is sent, plays them and
// answers with their outcomes' counts (and, where the outcome says how it came about or what else to read in the
// games, those of each way), with what the abandonment gauge read before each call its games made (Reading), and with
// what the entrapment gauge read for every tie against whether the next turn drew its holder in (Reading too). It
// stays up for every scenario, so it loads and warms up once.
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { playGame } from '../../src/ai/autoplay';
import { gauges, lookup, prepareScenario, tieOf, type GameState, type ScenarioDef } from '../../src/engine';
import { commonCause } from '../../src/engine/crisis';
import { OUTCOMES } from './outcomes';

/** A call whose terms owed backing: what the abandonment gauge read for the caller at the start of the turn, whether
 *  the callee stood aside (neutrality or worse: 1), and whether they were allies (1) or partners (0). */
export type Reading = [said: number, stoodAside: 0 | 1, allies: 0 | 1];

function readings(game: GameState, before: Map<number, GameState>, out: Reading[]): void {
  for (const record of game.log) {
    const s = before.get(record.turn)!;
    for (const c of record.crises) {
      for (const a of c.answers) {
        if (a.expected < 2) continue;
        const gauge = gauges(s, a.caller, a.callee);
        if (gauge.owes) out.push([gauge.abandonment, a.delivered <= 1 ? 1 : 0, tieOf(s, a.caller, a.callee) === 'alliance' ? 1 : 0]);
      }
    }
  }
}

/** For every tie at the start of a turn, each way round (actor, partner): what the entrapment gauge read for the actor,
 *  whether the next turn drew it in (a clash of the partner's, not against the actor's own rival, where the partner
 *  called on it, its terms owed backing and it paid for backing), and whether they were allies. */
function entrapments(game: GameState, before: Map<number, GameState>, out: Reading[]): void {
  for (const record of game.log) {
    const s = before.get(record.turn)!;
    const next = before.get(record.turn + 1);
    const played = game.log.find((r) => r.turn === record.turn + 1);
    if (!next || !played) continue;
    for (const { a, b } of lookup(s.scenario).pairs) {
      const tie = tieOf(s, a, b);
      if (tie === 'none') continue;
      for (const [actor, partner] of [[a, b], [b, a]] as const) {
        const drawnIn = played.crises.some((c) => {
          if (!c.escalated || (c.initiator !== partner && c.target !== partner) || c.initiator === actor || c.target === actor) return false;
          const crisis = next.agenda.crises.find((k) => k.id === c.crisis)!;
          return !commonCause(next, crisis, actor, partner) && c.answers.some((a) => a.caller === partner && a.callee === actor && a.expected >= 2 && a.cost > 0);
        });
        out.push([gauges(s, actor, partner).entrapment, drawnIn ? 1 : 0, tie === 'alliance' ? 1 : 0]);
      }
    }
  }
}

// A game that fails is answered as an error, and the worker stays up for the next scenario.
parentPort!.on('message', ({ scenario, file, indexes }: { scenario: string; file: string; indexes: number[] }) => {
  try {
    const outcome = OUTCOMES.find((o) => o.scenario === scenario)!;
    const sc = prepareScenario(JSON.parse(readFileSync(file, 'utf8')) as ScenarioDef);
    const counts = new Map<string, number>();
    const hows = new Map<string, number>();
    const alsos = new Map<string, number>();
    const gauge: Reading[] = [];
    const entrapment: Reading[] = [];
    const count = (to: Map<string, number>, key: string) => to.set(key, (to.get(key) ?? 0) + 1);
    for (const i of indexes) {
      const before = new Map<number, GameState>();
      const game = playGame(sc, { seed: `history-${i}`, policy: 'lookahead', adjust: (state) => void before.set(state.turn, state) });
      readings(game, before, gauge);
      entrapments(game, before, entrapment);
      count(counts, outcome.classify(game));
      if (outcome.how) count(hows, outcome.how(game));
      if (outcome.also) count(alsos, outcome.also(game));
    }
    parentPort!.postMessage({ counts: [...counts], hows: [...hows], alsos: [...alsos], gauge, entrapment });
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
