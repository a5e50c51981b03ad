// npm run simulate -- <scenario.json> [--runs N] [--seed S] [--policy NAME] [--json]
// Plays N whole games with every actor driven by one policy and prints the spread of outcomes.
import { playGame } from '../ai/autoplay';
import { POLICIES, isPolicy } from '../ai/policies';
import { formatSummary, summarise } from '../ai/summary';
import { readScenarioFile } from './read-scenario';

function usage(message: string): never {
  console.error(`${message}\nusage: npm run simulate -- <scenario.json> [--runs N] [--seed S] [--policy ${POLICIES.join('|')}] [--json]`);
  process.exit(2);
}

const args = process.argv.slice(2);
const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.match(/^--(runs|seed|policy)$/));
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
if (!file) usage('Which scenario?');
const runs = Number(opt('runs') ?? 100);
if (!Number.isInteger(runs) || runs < 1) usage(`--runs must be a whole number of games, got ${opt('runs')}`);
const seed = opt('seed') ?? '1';
const policy = opt('policy') ?? 'persona';
if (!isPolicy(policy)) usage(`Unknown policy '${policy}'.`);

const scenario = readScenarioFile(file);
const games = Array.from({ length: runs }, (_, i) => playGame(scenario, { seed: `${seed}-${i}`, policy }));
const summary = summarise(games, scenario.playable);
if (args.includes('--json')) console.log(JSON.stringify({ policy, seed, ...summary }, null, 2));
else console.log(formatSummary(summary, `${scenario.title} · policy ${policy} · seeds ${seed}-0..${seed}-${runs - 1}`));
