// One worker's share of the games of tests/propositions/history.test.ts: plays them and counts their outcomes.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { playGame } from '../../src/ai/autoplay';
import { prepareScenario, type ScenarioDef } from '../../src/engine';
import { OUTCOMES } from './outcomes';

const { scenario, file, indexes } = workerData as { scenario: string; file: string; indexes: number[] };
const outcome = OUTCOMES.find((o) => o.scenario === scenario)!;
const sc = prepareScenario(JSON.parse(readFileSync(file, 'utf8')) as ScenarioDef);
const counts = new Map<string, number>();
for (const i of indexes) {
  const label = outcome.classify(playGame(sc, { seed: `history-${i}`, policy: 'lookahead' }));
  counts.set(label, (counts.get(label) ?? 0) + 1);
}
parentPort!.postMessage([...counts]);
