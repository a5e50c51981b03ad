// npm run simulate -- <scenario.json> [--runs N] [--seed S] [--policy NAME] [--side ID] [--report] [--json]
// Plays N whole games and prints the spread of outcomes. Every actor follows --policy; with --side, that actor alone
// follows it and every other plays in character (its persona). --report adds the scenario's balance for its author:
// crises by theatre and by pair, how the called answered, events never dealt, how long the starting ties held, and
// each playable side's score under each simple policy and its persona.
import '../i18n'; // the game's English messages, for what a check or a report says
import { english } from '../engine/prose';
import { balance, scoreSpread, type ScoreSpread } from '../ai/balance';
import { playGame, playSide } from '../ai/autoplay';
import { POLICIES, SIMPLE_POLICIES, isPolicy } from '../ai/policies';
import { summarise } from '../ai/summary';
import { formatBalance, formatSummary } from './reports';
import { score } from '../engine';
import { readScenarioFile } from './read-scenario';

function usage(message: string): never {
  console.error(`${message}\nusage: npm run simulate -- <scenario.json> [--runs N] [--seed S] [--policy ${POLICIES.join('|')}] [--side ACTOR] [--report] [--json]`);
  process.exit(2);
}

const VALUED = /^--(runs|seed|policy|side)$/;
const args = process.argv.slice(2);
const file = args.find((a, i) => !a.startsWith('--') && !VALUED.test(args[i - 1] ?? ''));
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  if (i >= 0 && (args[i + 1] === undefined || args[i + 1]!.startsWith('--'))) usage(`--${name} needs a value.`);
  return i >= 0 ? args[i + 1] : undefined;
};
const unknown = args.find((a) => a.startsWith('--') && !VALUED.test(a) && a !== '--report' && a !== '--json');
if (unknown) usage(`Unknown option '${unknown}'.`);
if (!file) usage('Which scenario?');
const runs = Number(opt('runs') ?? 100);
if (!Number.isInteger(runs) || runs < 1) usage(`--runs must be a whole number of games, got ${opt('runs')}`);
const seed = opt('seed') ?? '1';
const policy = opt('policy') ?? 'persona';
if (!isPolicy(policy)) usage(`Unknown policy '${policy}'.`);
const side = opt('side');
const report = args.includes('--report');

const started = performance.now();
const scenario = readScenarioFile(file);
if (side !== undefined && !scenario.actors.some((a) => a.id === side)) usage(`There is no actor '${side}' in ${file}: it has ${scenario.actors.map((a) => a.id).join(', ')}.`);
const seeds = Array.from({ length: runs }, (_, i) => `${seed}-${i}`);
const games = seeds.map((s) => (side === undefined ? playGame(scenario, { seed: s, policy }) : playSide(scenario, side, policy, s)));
const summary = summarise(games, scenario.playable);
const who = side === undefined ? `policy ${policy}` : `${side} by ${policy}, the others by their personas`;

let spreads: ScoreSpread[] = [];
const figures = report ? balance(games) : undefined;
if (report) {
  // Each playable side played each simple way and by its persona over the same seeds, the others in character.
  spreads = scenario.playable.flatMap((s) => [...SIMPLE_POLICIES, 'persona' as const].map((way) => scoreSpread(s, way, seeds.map((x) => score(playSide(scenario, s, way, x), s)))));
}
const elapsed = ((performance.now() - started) / 1000).toFixed(1);

if (args.includes('--json')) console.log(JSON.stringify({ policy, ...(side ? { side } : {}), seed, ...summary, ...(figures ? { balance: figures, spreads } : {}), seconds: Number(elapsed) }, null, 2));
else {
  console.log(formatSummary(summary, `${english(scenario.title)} · ${who} · seeds ${seed}-0..${seed}-${runs - 1}`));
  if (figures) console.log(`\n${formatBalance(figures, spreads)}`);
  console.log(`\n${runs} games${report ? ` and ${spreads.length * runs} more for the score spread` : ''} in ${elapsed} s`);
}
