// No empty turns: in every shipped scenario each playable side must be asked for a decision with a trade-off — a
// call to answer, a crisis of its own, or an event it decides whose options differ — on at least 90% of the turns
// played, over 50 seeded games with every power in character (the 'persona' policy, as bench:choices plays the
// others).
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decisionShares, decisionsAsked } from '../../src/ai/decisionTurns';
import { newGame, type ChoiceDef, type EventDef } from '../../src/engine';
import { shipped, triangle } from '../helpers';

// 50 games a scenario: the lowest share, China's in 2001 at 94.7% of 700 turns, stands five standard errors above
// the bar counting each turn apart (√(0.947 × 0.053 / 700) = 0.85 points; counted game by game, the error is about
// half that); at 200 games the least is 94.3%.
const GAMES = 50;
const BAR = 0.9;

const dir = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const names = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json').map((f) => f.replace(/\.json$/, '')).sort();

describe('what the game asks a side on a turn', () => {
  const option = (id: string, amount: number): ChoiceDef => ({ id, label: id, text: '', effects: [{ kind: 'metric', actor: 'A', metric: 'economy', amount }] });
  const event = (id: string, choices: ChoiceDef[]): EventDef => ({ id, kind: 'opportunity', title: id, text: '', weight: 1, decider: 'A', choices });

  it('counts an event only when its options differ', () => {
    const same = newGame(triangle({ rules: { eventsPerTurn: 1 } }, [event('same', [option('x', 2), option('y', 2)])]), 'asked');
    const differ = newGame(triangle({ rules: { eventsPerTurn: 1 } }, [event('differ', [option('x', 2), option('y', -2)])]), 'asked');
    expect(same.agenda.choices.map((c) => c.decider)).toEqual(['A']);
    expect(decisionsAsked(same, 'A').events).toBe(0);
    expect(decisionsAsked(differ, 'A').events).toBe(1);
  });

  it("counts a crisis of one's own and a partner's call", () => {
    const crisis: EventDef = { id: 'clash', kind: 'crisis', title: 'clash', text: '', weight: 1, theatre: 'east', crisis: { initiator: 'C', target: 'B', severity: 0.5 } };
    const state = newGame(triangle({ rules: { eventsPerTurn: 1 } }, [crisis]), 'asked');
    expect(decisionsAsked(state, 'B').crises).toBeGreaterThan(0);
    expect(decisionsAsked(state, 'A').calls).toBeGreaterThan(0);
  });
});

describe(`a decision on at least ${BAR * 100}% of turns, ${GAMES} games`, () => {
  const rows = names.flatMap((name) => decisionShares(shipped(name), GAMES).map((s) => ({ name, ...s })));
  console.log(
    [
      `share of turns with a decision, ${GAMES} games each, every power in character:`,
      ...rows.map((r) => `  ${r.name.padEnd(24)} ${r.side}  ${(100 * r.share).toFixed(1).padStart(5)}%  (${r.withDecision} of ${r.turns} turns)${r.share < BAR ? '  short of the bar' : ''}`),
    ].join('\n'),
  );

  it('covers every shipped scenario', () => expect(new Set(rows.map((r) => r.name)).size).toBe(names.length));

  it.each(rows.map((r) => [`${r.name} ${r.side}`, r] as const))('%s', (key, r) => {
    expect(r.share, `${key}: a decision on ${(100 * r.share).toFixed(1)}% of turns, below ${BAR * 100}%`).toBeGreaterThanOrEqual(BAR);
  });
});
