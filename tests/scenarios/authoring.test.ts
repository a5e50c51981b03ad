// Advice to authors: an option that is never the better choice, and turns on which the deck gives a side nothing to
// decide.
import { describe, expect, it } from 'vitest';
import type { EventDef } from '../../src/engine';
import { coverageWarnings, turnsWithoutDecision } from '../../src/scenarios/deckCoverage';
import { loadScenario } from '../../src/scenarios/loader';
import { triangle } from '../helpers';
import { fixture } from './helpers';

const support = (level: number, cost: number) => ({ kind: 'support', to: 'B', level, cost });
const arms = (choices: unknown[]) => {
  const doc = JSON.parse(fixture('minimal.json')) as Record<string, unknown> & { events: unknown[]; actors: { id: string }[] };
  const decider = doc.actors[0]!.id;
  const other = doc.actors[1]!.id;
  doc.events = [{ id: 'arms', kind: 'opportunity', title: 'Arms', text: '', weight: 1, decider, choices: choices.map((c, i) => ({ id: `c${i}`, label: `option ${i}`, ...(c as object) })) }];
  return loadScenario(JSON.stringify(doc).replaceAll('"to":"B"', `"to":"${other}"`).replaceAll('"actor":"D"', `"actor":"${decider}"`));
};
const dominated = (report: ReturnType<typeof loadScenario>) => report.warnings.filter((w) => w.message.includes('never the better choice'));

describe('advice to authors', () => {
  it('warns of an option another beats in every way: the same support, no costlier, no worse in any metric', () => {
    const cheap = { effects: [support(3, 0.4), { kind: 'metric', actor: 'D', metric: 'economy', amount: 3 }] };
    const dear = { effects: [support(3, 0.4), { kind: 'metric', actor: 'D', metric: 'security', amount: -8 }, { kind: 'metric', actor: 'D', metric: 'economy', amount: -4 }] };
    const found = dominated(arms([cheap, dear]));
    expect(found.map((w) => w.path)).toEqual(['events[0].choices[1]']);
    expect(found[0]!.message).toMatch(/choices\[0\] \(‘option 0’\) gives the same support at no lower cost/);
    // A costlier signal counts for more with the partner: not beaten. Nor is an option with other support.
    expect(dominated(arms([cheap, { effects: [support(3, 0.8), ...dear.effects.slice(1)] }]))).toEqual([]);
    expect(dominated(arms([cheap, { effects: [support(2, 0.4), ...dear.effects.slice(1)] }]))).toEqual([]);
  });

  it('lists the turns on which the deck gives a playable side nothing to decide', () => {
    const deal = (id: string, decider: string, from: number, to: number): EventDef => ({ id, kind: 'opportunity', title: id, text: '', weight: 1, decider, turns: { from, to }, choices: [{ id: 'x', label: 'x', effects: [] }] });
    const press: EventDef = { id: 'press', kind: 'crisis', title: 'press', text: '', weight: 1, theatre: 'west', turns: { from: 4, to: 4 }, crisis: { initiator: 'C', target: 'B', severity: 0.4 } };
    const s = triangle({ turns: 5 }, [deal('a', 'A', 1, 3), deal('b', 'B', 2, 2), press]);
    expect(turnsWithoutDecision(s)).toEqual([
      { side: 'A', index: 0, turns: [4, 5] },
      { side: 'B', index: 1, turns: [1, 3, 5] },
    ]);
    expect(coverageWarnings(s)[1]!.message).toMatch(/^On turns 1, 3, 5 of 5, no event in the deck gives B a decision/);
  });
});
