// Turning a validated scenario definition into the form the rules use: defaults filled, content hashed.
import { hashValue } from './hash';
import type { Rules, Scenario, ScenarioDef } from './types';

export const DEFAULT_RULES: Rules = {
  defaultTrust: 0.5,
  eventsPerTurn: 2,
  breakThreshold: 4,
  cooldownTurns: 3,
};

export function prepareScenario(def: ScenarioDef): Scenario {
  const { $schema: _schema, ...content } = def;
  return {
    ...content,
    rules: { ...DEFAULT_RULES, ...def.rules },
    hash: hashValue(content),
  };
}
