// npm run replay-check -- write <file> | check <file> [games] — whole games of every shipped scenario under every
// policy, and the look-ahead's and the advisor's findings on positions of them, reduced to hashes. Written before a
// change that must not alter any result (a faster engine or AI), checked after: every hash must be the same.
import '../i18n'; // the game's English messages, which the advisor's explanations carry
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { advise } from '../ai/advisor';
import { playGame } from '../ai/autoplay';
import { deliberate } from '../ai/lookahead';
import { POLICIES, decideAll } from '../ai/policies';
import { applyDecisions, hashValue, newGame, restoreRng, seedRng, stateHash, type GameRules, type GameState, type Scenario } from '../engine';
import { readScenarioFile } from './read-scenario';

const [mode, file, gamesArg] = process.argv.slice(2);
if ((mode !== 'write' && mode !== 'check') || !file) {
  console.error('usage: npm run replay-check -- write|check <file> [games per scenario and rule policy]');
  process.exit(2);
}
/** Games per scenario under each rule policy; the look-ahead, ten times dearer a game, plays a fifth as many. */
const GAMES = Number(gamesArg ?? 40);
const LOOKAHEAD_GAMES = Math.max(1, Math.round(GAMES / 5));

const scenarios: Scenario[] = readdirSync('scenarios')
  .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
  .sort()
  .map((f) => readScenarioFile(`scenarios/${f}`));

const hashes: Record<string, string> = {};
const t0 = Date.now();
let games = 0;
let positions = 0;

/** The look-ahead's findings (every option's value, in parts) for every actor on a position, and the advisor's for
 *  the first playable side: bit-identical values, not only the decisions they lead to. */
function findings(state: GameState, seed: string): string {
  const rng = restoreRng(seedRng(`findings:${seed}`));
  const all = state.scenario.actors.map((a) => deliberate(state, a.id, rng));
  positions++;
  return hashValue(all);
}

for (const scenario of scenarios) {
  for (const policy of POLICIES) {
    const n = policy === 'lookahead' ? LOOKAHEAD_GAMES : GAMES;
    for (let i = 0; i < n; i++) {
      // Two games in three under a lesson's rules: another temperament, or a shorter game.
      const rules: GameRules | undefined = i % 3 === 1 ? { temperament: i % 2 === 0 ? 'calm' : 'hawkish' } : i % 3 === 2 ? { turns: Math.max(1, scenario.turns - 2) } : undefined;
      const end = playGame(scenario, { seed: `replay-${i}`, policy, ...(rules ? { rules } : {}) });
      hashes[`${scenario.id}/${policy}/${i}`] = stateHash(end);
      games++;
    }
  }
  // Positions along a game played by persona, as the look-ahead and the advisor see them.
  for (let i = 0; i < Math.max(1, Math.round(GAMES / 20)); i++) {
    let state = newGame(scenario, `positions-${i}`);
    const rng = restoreRng(seedRng(`positions-${i}`));
    while (!state.ending) {
      hashes[`${scenario.id}/findings/${i}/${state.turn}`] = findings(state, `${i}-${state.turn}`);
      if (state.turn <= 2) {
        const side = scenario.playable[0]!;
        const advice = advise(state, side, restoreRng(seedRng(`advice:${i}:${state.turn}`)));
        hashes[`${scenario.id}/advice/${i}/${state.turn}`] = hashValue(advice);
      }
      const next = applyDecisions(state, decideAll(state, () => 'persona', rng));
      if (!next.ok) throw new Error(JSON.stringify(next.errors));
      state = next.value;
    }
  }
}

const seconds = ((Date.now() - t0) / 1000).toFixed(1);
const keys = Object.keys(hashes);
if (mode === 'write') {
  writeFileSync(file, JSON.stringify(hashes, null, 1));
  console.log(`${games} games and ${positions} positions of ${scenarios.length} scenarios, ${keys.length} hashes written to ${file} in ${seconds} s.`);
} else {
  const before = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  const differ = keys.filter((k) => before[k] !== hashes[k]);
  const missing = Object.keys(before).filter((k) => !(k in hashes));
  console.log(`${games} games and ${positions} positions of ${scenarios.length} scenarios, ${keys.length} hashes checked against ${file} in ${seconds} s: ${keys.length - differ.length} the same, ${differ.length} different, ${missing.length} missing.`);
  for (const k of [...differ, ...missing].slice(0, 20)) console.log(`  ${k}: ${before[k] ?? '(none)'} → ${hashes[k] ?? '(none)'}`);
  if (differ.length > 0 || missing.length > 0) process.exit(1);
}
