// Turning a validated scenario definition into the form the rules use: defaults filled, content hashed.
import { hashValue } from './hash';
import { englishOnly } from './prose';
import type { Rules, Scenario, ScenarioDef } from './types';

export const DEFAULT_RULES: Rules = {
  defaultTrust: 0.5,
  eventsPerTurn: 2,
  breakThreshold: 4,
  cooldownTurns: 3,
};

export function prepareScenario(def: ScenarioDef): Scenario {
  // Copied through JSON, as the shipped game reads its scenarios: JSON.parse gives short strings (the actors' ids
  // among them) as the engine's own shared copies, where a definition the loader checked holds pieces of the file's
  // text. The rules compare ids and look records up by them constantly: shared copies compare at once, pieces of
  // text letter by letter.
  const { $schema: _schema, ...content } = JSON.parse(JSON.stringify(def)) as ScenarioDef;
  return {
    ...content,
    rules: { ...DEFAULT_RULES, ...def.rules },
    // Hashed by what it plays: a translation added or mended, or the article a name takes, leaves class codes and
    // result files valid.
    hash: hashValue(englishOnly({ ...content, actors: content.actors.map(({ definite: _definite, ...actor }) => actor) })),
  };
}

/** The year and month (1–12) in which turn `turn` begins, counted from the scenario's first month. */
export function turnStart(scenario: Pick<Scenario, 'startYear' | 'startMonth' | 'monthsPerTurn'>, turn: number): { year: number; month: number } {
  const months = (scenario.startMonth ?? 1) - 1 + (turn - 1) * scenario.monthsPerTurn;
  return { year: scenario.startYear + Math.floor(months / 12), month: (months % 12) + 1 };
}
