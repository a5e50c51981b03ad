// Scenarios for tests: a tiny hand-built triangle for exact rule checks, and the shipped files for statistics.
import { readFileSync } from 'node:fs';
import { legalOptions, prepareScenario, type ActorDef, type Decisions, type EventDef, type GameState, type Rng, type Scenario, type ScenarioDef } from '../src/engine';

/** A plain state of this military (and economic) power, for hand-built scenarios. */
export const actor = (id: string, military: number, extra: Partial<ActorDef> = {}): ActorDef => ({
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

/** Any legal decisions at all, picked at random: postures that break ties and start cooldowns, any answer, any option. */
export function randomLegal(state: GameState, rng: Rng): Decisions {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng.next() * xs.length)]!;
  const out: Decisions = {};
  for (const a of state.scenario.actors) {
    const o = legalOptions(state, a.id);
    out[a.id] = {
      postures: Object.fromEntries(Object.entries(o.postures).map(([b, legal]) => [b, pick(legal)])),
      answers: Object.fromEntries(o.calls.map((c) => [c.id, pick(c.levels)])),
      choices: Object.fromEntries(o.choices.map((c) => [c.id, pick(c.options)])),
    };
  }
  return out;
}
