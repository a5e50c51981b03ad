// A worker of tests/propositions/history.test.ts: for each share of a scenario's games it is sent, plays them and
// answers with their outcomes' counts (and, where the outcome says how it came about or what else to read in the
// games, those of each way). It stays up for every scenario, so it loads and warms up once.
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { playGame } from '../../src/ai/autoplay';
import { prepareScenario, type ScenarioDef } from '../../src/engine';
import { OUTCOMES } from './outcomes';

// A game that fails is answered as an error, and the worker stays up for the next scenario.
parentPort!.on('message', ({ scenario, file, indexes }: { scenario: string; file: string; indexes: number[] }) => {
  try {
    const outcome = OUTCOMES.find((o) => o.scenario === scenario)!;
    const sc = prepareScenario(JSON.parse(readFileSync(file, 'utf8')) as ScenarioDef);
    const counts = new Map<string, number>();
    const hows = new Map<string, number>();
    const alsos = new Map<string, number>();
    const count = (to: Map<string, number>, key: string) => to.set(key, (to.get(key) ?? 0) + 1);
    for (const i of indexes) {
      const game = playGame(sc, { seed: `history-${i}`, policy: 'lookahead' });
      count(counts, outcome.classify(game));
      if (outcome.how) count(hows, outcome.how(game));
      if (outcome.also) count(alsos, outcome.also(game));
    }
    parentPort!.postMessage({ counts: [...counts], hows: [...hows], alsos: [...alsos] });
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
