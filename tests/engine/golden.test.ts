// Pins what the rules and the computer players make of fixed seeds and decisions, under RULES_VERSION.
// When this fails, a change made the same game end differently: saves, class codes and result files made before it
// would replay to another game. If the change is meant, raise RULES_VERSION (src/engine/version.ts) and rewrite the
// figures with `UPDATE_GOLDEN=1 npx vitest run tests/engine/golden.test.ts`.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/ai/autoplay';
import type { PolicyName } from '../../src/ai/policies';
import { RULES_VERSION, prepareScenario, stateHash, type GameRules, type ScenarioDef } from '../../src/engine';

const FILE = new URL('../fixtures/golden-hashes.json', import.meta.url);
// A frozen copy of a shipped scenario, so editing the shipped one does not move these figures.
const scenario = prepareScenario(JSON.parse(readFileSync(new URL('../fixtures/golden-scenario.json', import.meta.url), 'utf8')) as ScenarioDef);

interface Game {
  seed: string;
  policy: PolicyName;
  maxTurns?: number;
  rules?: GameRules;
}
const GAMES: Game[] = [
  ...['g1', 'g2', 'g3', 'g4'].map((seed) => ({ seed, policy: 'persona' as const })),
  { seed: 'g5', policy: 'historical' },
  { seed: 'g6', policy: 'all-ally' },
  { seed: 'g7', policy: 'all-hedge' },
  { seed: 'g8', policy: 'persona', rules: { turns: 6, temperament: 'hawkish' } },
  { seed: 'g9', policy: 'persona', rules: { temperament: 'calm' } },
  // The computer players the game uses: a change to how they decide changes every game that has them.
  { seed: 'g10', policy: 'lookahead', maxTurns: 3 },
];

const play = (g: Game) => stateHash(playGame(scenario, { seed: g.seed, policy: g.policy, ...(g.maxTurns ? { maxTurns: g.maxTurns } : {}), ...(g.rules ? { rules: g.rules } : {}) }));

describe(`the rules, version ${RULES_VERSION}`, () => {
  if (process.env.UPDATE_GOLDEN) {
    it('writes the figures', () => {
      const games = GAMES.map((g) => ({ ...g, hash: play(g) }));
      writeFileSync(FILE, JSON.stringify({ rulesVersion: RULES_VERSION, games }, null, 2) + '\n');
      expect(games.length).toBe(GAMES.length);
    });
    return;
  }
  const golden = JSON.parse(readFileSync(FILE, 'utf8')) as { rulesVersion: number; games: (Game & { hash: string })[] };

  it('the pinned figures are for this version of the rules', () => {
    expect(golden.rulesVersion, 'RULES_VERSION changed: rewrite the figures with UPDATE_GOLDEN=1').toBe(RULES_VERSION);
    expect(golden.games.map(({ hash: _h, ...g }) => g)).toEqual(GAMES);
  });

  it.each(GAMES.map((g, i) => [`${g.policy} ${g.seed}${g.rules ? ' with lesson rules' : ''}`, i] as const))('%s ends as pinned', (_name, i) => {
    expect(play(GAMES[i]!), 'the same seed and decisions now end differently: raise RULES_VERSION').toBe(golden.games[i]!.hash);
  });
});
