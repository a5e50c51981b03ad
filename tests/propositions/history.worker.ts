// A worker of tests/propositions/history.test.ts: for each share of a scenario's games it is sent, plays them and
// answers with their outcomes' counts (and, where the outcome says how it came about or what else to read in the
// games, those of each way), and with what the abandonment gauge read before each call its games made (Reading). It
// stays up for every scenario, so it loads and warms up once.
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { playGame } from '../../src/ai/autoplay';
import { gauges, prepareScenario, tieOf, type GameState, type ScenarioDef } from '../../src/engine';
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

// A game that fails is answered as an error, and the worker stays up for the next scenario.
parentPort!.on('message', ({ scenario, file, indexes }: { scenario: string; file: string; indexes: number[] }) => {
  try {
    const outcome = OUTCOMES.find((o) => o.scenario === scenario)!;
    const sc = prepareScenario(JSON.parse(readFileSync(file, 'utf8')) as ScenarioDef);
    const counts = new Map<string, number>();
    const hows = new Map<string, number>();
    const alsos = new Map<string, number>();
    const gauge: Reading[] = [];
    const count = (to: Map<string, number>, key: string) => to.set(key, (to.get(key) ?? 0) + 1);
    for (const i of indexes) {
      const before = new Map<number, GameState>();
      const game = playGame(sc, { seed: `history-${i}`, policy: 'lookahead', adjust: (state) => void before.set(state.turn, state) });
      readings(game, before, gauge);
      count(counts, outcome.classify(game));
      if (outcome.how) count(hows, outcome.how(game));
      if (outcome.also) count(alsos, outcome.also(game));
    }
    parentPort!.postMessage({ counts: [...counts], hows: [...hows], alsos: [...alsos], gauge });
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
