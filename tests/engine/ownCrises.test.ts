// A principal's own crisis: whom it calls on, how it meets the crisis once the answers are in, and crises it starts.
// The computer's powers, which choose neither, play exactly as before (the golden games elsewhere hold that).
import { describe, expect, it } from 'vitest';
import {
  BACKDOWN_INFLUENCE,
  CONCESSION_SECURITY,
  METRIC_RATE_PER_YEAR,
  applyDecisions,
  checkDecisions,
  legalChallenges,
  legalCrises,
  newGame,
  whoBacksDown,
  withCalls,
  type Decisions,
  type EventDef,
  type GameState,
} from '../../src/engine';
import { readSave, makeSave, writeSave } from '../../src/persistence';
import { triangle } from '../helpers';

/** C presses A in the west on turn 1; A may call on its partner B. A itself may press C in the north. */
const pressure: EventDef = { id: 'west', kind: 'crisis', title: 'Pressure in the west', text: '', theatre: 'west', turns: { from: 1, to: 1 }, weight: 1, crisis: { initiator: 'C', target: 'A', severity: 0.5 } };
const world = triangle(
  {
    id: 'own-crises',
    theatres: [
      { id: 'east', name: 'East', lon: 0, lat: 0, tension: 0, rivals: [{ challenger: 'C', defender: 'B' }], exposure: { A: 0.4 } },
      { id: 'west', name: 'West', lon: 0, lat: 0, tension: 0.5, rivals: [{ challenger: 'C', defender: 'A' }], exposure: { B: 0.4 } },
      { id: 'north', name: 'North', lon: 0, lat: 0, tension: 0.5, rivals: [{ challenger: 'A', defender: 'C' }], exposure: {} },
    ],
  },
  [pressure],
);

const start = (seed = 'own') => newGame(world, seed);
const crisisOf = (g: GameState) => g.agenda.crises.find((c) => c.target === 'A' && c.event === 'west')!;
const resolved = (g: GameState, d: Decisions) => {
  const next = applyDecisions(g, d);
  if (!next.ok) throw new Error(JSON.stringify(next.errors));
  return next.value;
};

describe('a crisis of your own', () => {
  it('lists whom the principal may call and how it may meet the crisis; only principals have one', () => {
    const g = start();
    const [mine] = legalCrises(g, 'A');
    expect(mine).toMatchObject({ id: crisisOf(g).id, role: 'target', opponent: 'C', callees: ['B'], stances: ['press', 'stand', 'yield'] });
    expect(legalCrises(g, 'B')).toEqual([]);
    expect(legalChallenges(g, 'A')).toEqual([{ theatre: 'north', target: 'C' }]);
    expect(legalChallenges(g, 'B')).toEqual([]);
  });

  it('a call not made is not answered: the partner left out owes nothing and cannot fail', () => {
    const g = start();
    const id = crisisOf(g).id;
    const alone: Decisions = { A: { calls: { [id]: [] } } };
    expect(withCalls(g, alone).agenda.crises.find((c) => c.id === id)!.calls).toEqual([]);
    // The same state when no one chooses, and the given one never changes.
    expect(withCalls(g, {})).toBe(g);
    expect(crisisOf(g).calls).toHaveLength(1);
    // Answering a call that was not made is refused, by the engine's own words.
    const answered = { ...alone, B: { answers: { [`${id}:B`]: 3 as const } } };
    expect(checkDecisions(g, answered).map((e) => e.code)).toEqual(['unknown-call']);
    const outcome = resolved(g, alone).log[0]!.crises.find((c) => c.crisis === id)!;
    expect(outcome.answers).toEqual([]);
    expect(resolved(g, alone).stats.A!.abandoned).toBe(0);
  });

  it('backing down ends the crisis with no clash, at a price: the initiator loses standing, a target concedes ground too', () => {
    const g = start();
    const id = crisisOf(g).id;
    const sev = crisisOf(g).severity;
    const yielded = resolved(g, { A: { stances: { [id]: 'yield' } } });
    const outcome = yielded.log[0]!.crises.find((c) => c.crisis === id)!;
    expect(outcome.escalated).toBe(false);
    expect(outcome.winner).toBe('C');
    expect(outcome.stances).toEqual({ target: 'yield' });
    // The same turn with A standing firm and C backing down, for comparison: security moves by the concession.
    const held = resolved(g, { A: { stances: { [id]: 'stand' } }, C: { stances: { [id]: 'yield' } } });
    expect(held.log[0]!.crises.find((c) => c.crisis === id)!.winner).toBe('A');
    const secGap = held.metrics.A!.security - yielded.metrics.A!.security;
    const inflGap = held.metrics.A!.influence - yielded.metrics.A!.influence;
    console.log(`A backing down rather than C: security −${secGap.toFixed(2)}, influence −${inflGap.toFixed(2)} (severity ${sev})`);
    // A year's turn: the slow forces pull each metric back toward where the world pushes it, at its yearly rate.
    expect(secGap).toBeGreaterThanOrEqual(CONCESSION_SECURITY * sev * (1 - METRIC_RATE_PER_YEAR.security) - 1e-9);
    expect(inflGap).toBeGreaterThanOrEqual(2 * BACKDOWN_INFLUENCE * sev * (1 - METRIC_RATE_PER_YEAR.influence) - 1e-9);
  });

  it('pressing on makes the clash certain unless the other backs down; standing firm leaves it to the initiator', () => {
    let clashes = 0;
    let firm = 0;
    for (let i = 0; i < 40; i++) {
      const g = start(`press-${i}`);
      const id = crisisOf(g).id;
      const pressed = resolved(g, { A: { stances: { [id]: 'press' } } }).log[0]!.crises.find((c) => c.crisis === id)!;
      if (pressed.escalated) clashes++;
      if (resolved(g, {}).log[0]!.crises.find((c) => c.crisis === id)!.escalated) firm++;
    }
    console.log(`clashes in 40 games: pressing on ${clashes}, standing firm ${firm}`);
    expect(clashes).toBe(40);
    expect(firm).toBeLessThan(40);
    expect(whoBacksDown(crisisOf(start()), { initiator: 'yield', target: 'press' }, true)).toBe('C');
    expect(whoBacksDown(crisisOf(start()), { target: 'yield' }, true)).toBe('A');
    expect(whoBacksDown(crisisOf(start()), {}, false)).toBe('C');
    expect(whoBacksDown(crisisOf(start()), {}, true)).toBeNull();
  });

  it('a crisis started opens next turn with the starter as initiator, and the starter meets it in the same two steps', () => {
    const g = start();
    const next = resolved(g, { A: { challenge: { theatre: 'north', target: 'C' } } });
    const opened = next.agenda.crises.find((c) => c.initiator === 'A');
    expect(opened).toMatchObject({ theatre: 'north', target: 'C', event: null });
    expect(next.stats.A!.crisesStarted).toBe(1);
    expect(legalCrises(next, 'A').find((c) => c.id === opened!.id)?.role).toBe('initiator');
  });

  it('refuses calls, stances and challenges that are not the actor’s to make, and keeps them in a save that replays', () => {
    const g = start();
    const id = crisisOf(g).id;
    const codes = (d: Decisions) => checkDecisions(g, d).map((e) => e.code);
    expect(codes({ A: { calls: { [id]: ['C'] } } })).toEqual(['illegal-call']);
    expect(codes({ B: { calls: { [id]: ['A'] } } })).toEqual(['unknown-crisis']);
    expect(codes({ A: { stances: { [id]: 'charge' as 'press' } } })).toEqual(['illegal-stance']);
    expect(codes({ B: { challenge: { theatre: 'north', target: 'C' } } })).toEqual(['illegal-challenge']);

    const played = resolved(g, { A: { calls: { [id]: [] }, stances: { [id]: 'press' }, challenge: { theatre: 'north', target: 'C' } } });
    const text = writeSave(makeSave(played, ['A'], '2026-01-01T00:00:00.000Z'));
    const read = readSave(text, [world]);
    expect(read.ok && read.value.game.log[0]!.decisions.A).toEqual({ calls: { [id]: [] }, stances: { [id]: 'press' }, challenge: { theatre: 'north', target: 'C' } });
    const bad = readSave(text.replace('"press"', '"charge"'), [world]);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((e) => e.message).join(' ')).toMatch(/must be one of press, stand, yield, got "charge"/);
  });
});
