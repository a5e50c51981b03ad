// Scenarios for tests: a tiny hand-built triangle for exact rule checks, and the shipped files for statistics.
import { readFileSync } from 'node:fs';
import { prepareScenario, type ActorDef, type EventDef, type Scenario, type ScenarioDef } from '../src/engine';

const actor = (id: string, military: number, extra: Partial<ActorDef> = {}): ActorDef => ({
  id,
  name: id,
  kind: 'state',
  power: { military, economic: military },
  interests: { security: 1, economy: 1, influence: 1, autonomy: 1, stability: 1 },
  persona: { risk: 0.5, reliability: 0.6, hedging: 0.5 },
  map: { iso: [], lon: 0, lat: 0 },
  ...extra,
});

/** Three powers: A and B are partners, C challenges both. No deck unless given. */
export function triangle(overrides: Partial<ScenarioDef> = {}, events: EventDef[] = []): Scenario {
  return prepareScenario({
    formatVersion: 1,
    id: 'triangle',
    title: 'Triangle',
    summary: '',
    startYear: 2000,
    endYear: 2010,
    monthsPerTurn: 12,
    turns: 10,
    playable: ['A', 'B'],
    documents: [],
    actors: [actor('A', 50, { trust: { B: 0.6 } }), actor('B', 60, { trust: { A: 0.6 } }), actor('C', 90)],
    ties: [{ a: 'A', b: 'B', kind: 'partnership' }],
    postures: [],
    theatres: [
      { id: 'east', name: 'East', lon: 0, lat: 0, tension: 0.6, rivals: [{ challenger: 'C', defender: 'B' }], exposure: { A: 0.4 } },
      { id: 'west', name: 'West', lon: 0, lat: 0, tension: 0.6, rivals: [{ challenger: 'C', defender: 'A' }], exposure: { B: 0.4 } },
    ],
    events,
    history: [],
    objectives: [],
    questions: [],
    classMinutes: 30,
    ...overrides,
  });
}

export function shipped(name: string): Scenario {
  return prepareScenario(JSON.parse(readFileSync(new URL(`../scenarios/${name}.json`, import.meta.url), 'utf8')) as ScenarioDef);
}
