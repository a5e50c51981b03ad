// A teacher's event: one of the scenario's deck events put on the turn being decided, as the deck would deal it.
import { describe, expect, it } from 'vitest';
import { applyDecisions, injectEvent, legalChoices, legalCrises, newGame, stateHash, type EventDef, type GameState } from '../../src/engine';
import { triangle } from '../helpers';

/** C presses A in the west; on turn 1 when `from` is 1, else only from turn `from`. */
const pressure = (from: number): EventDef => ({ id: 'west', kind: 'crisis', title: 'Pressure in the west', text: '', theatre: 'west', turns: { from }, weight: 1, crisis: { initiator: 'C', target: 'A', severity: 0.5 } });
/** The same clash by another card. */
const pressureAgain: EventDef = { ...pressure(9), id: 'west-again' };
const offer: EventDef = {
  id: 'offer',
  kind: 'opportunity',
  title: 'An offer',
  text: '',
  turns: { from: 9 },
  weight: 1,
  once: false,
  decider: 'B',
  choices: [
    { id: 'take', label: 'Take', effects: [{ kind: 'metric', actor: 'B', metric: 'economy', amount: 5 }] },
    { id: 'leave', label: 'Leave', effects: [] },
  ],
};
const calm = { theatres: triangle().theatres.map((t) => ({ ...t, tension: 0, rivals: [] })) };
/** No rivalries and no card dealt before turn 9: the agenda holds only what is injected. */
const quiet = triangle({ id: 'inject', ...calm }, [pressure(9), pressureAgain, offer]);

const injected = (g: GameState, id: string): GameState => {
  const r = injectEvent(g, id);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
};
const codes = (g: GameState, id: string) => {
  const r = injectEvent(g, id);
  return r.ok ? [] : r.errors.map((e) => e.code);
};

describe('injecting an event', () => {
  it('opens a crisis event as one of the turn’s crises with the calls the deck would have made, counted as started', () => {
    const g = newGame(quiet, 's');
    expect(g.agenda.crises).toEqual([]);
    const hash = stateHash(g);
    const after = injected(g, 'west');
    // The given state is untouched.
    expect(stateHash(g)).toBe(hash);
    expect(g.agenda.crises).toEqual([]);
    expect(g.dealt).toEqual([]);
    // The same card dealt by the deck on turn 1, in the same world.
    const dealt = newGame(triangle({ id: 'inject', ...calm }, [pressure(1), pressureAgain, offer]), 's');
    const byDeck = dealt.agenda.crises.find((c) => c.event === 'west')!;
    expect(after.agenda.crises).toEqual([{ ...byDeck, id: '1.c1' }]);
    expect(byDeck.calls.length).toBeGreaterThan(0);
    expect(after.stats.C!.crisesStarted).toBe(g.stats.C!.crisesStarted + 1);
    expect(after.dealt).toEqual(['west']);
    expect(legalCrises(after, 'A').map((c) => c.id)).toEqual(['1.c1']);
    // It is decided and resolved as any crisis: A's partner answers A's call.
    const call = after.agenda.crises[0]!.calls.find((c) => c.callee === 'B')!;
    const next = applyDecisions(after, { B: { answers: { [call.id]: 3 } } });
    expect(next.ok && next.value.log[0]!.crises.map((c) => [c.crisis, c.initiator, c.target])).toEqual([['1.c1', 'C', 'A']]);
  });

  it('puts a choice event to its decider, who decides it as a dealt one', () => {
    const g = injected(newGame(quiet, 's'), 'offer');
    expect(legalChoices(g, 'B')).toEqual([{ id: '1.e1', event: 'offer', options: ['take', 'leave'] }]);
    expect(legalChoices(g, 'A')).toEqual([]);
    const next = applyDecisions(g, { B: { choices: { '1.e1': 'take' } } });
    expect(next.ok && next.value.log[0]!.choices).toEqual([{ id: '1.e1', event: 'offer', decider: 'B', choice: 'take' }]);
  });

  it('a second event of the turn takes the next id', () => {
    const g = injected(injected(newGame(quiet, 's'), 'offer'), 'west');
    expect(g.agenda.choices.map((c) => c.id)).toEqual(['1.e1']);
    expect(g.agenda.crises.map((c) => c.id)).toEqual(['1.c1']);
  });

  it('refuses an unknown event, one already on the agenda, a once-only one dealt before, the same clash twice, and a finished game', () => {
    const g = newGame(quiet, 's');
    expect(codes(g, 'nope')).toEqual(['unknown-event']);
    const once = injected(g, 'west');
    expect(codes(once, 'west')).toEqual(['on-agenda']);
    expect(codes(once, 'west-again')).toEqual(['same-crisis']);
    const twice = injected(g, 'offer');
    expect(codes(twice, 'offer')).toEqual(['on-agenda']);
    // Next turn: the crisis card was dealt and is once-only; the offer may come again.
    const next = applyDecisions(injected(once, 'offer'), {});
    if (!next.ok) throw new Error(JSON.stringify(next.errors));
    expect(codes(next.value, 'west')).toEqual(['dealt-once']);
    expect(codes(next.value, 'offer')).toEqual([]);
    let end: GameState = newGame(triangle({ id: 'inject', ...calm, turns: 1 }, [pressure(9)]), 's');
    const last = applyDecisions(end, {});
    if (!last.ok) throw new Error(JSON.stringify(last.errors));
    end = last.value;
    expect(end.ending).not.toBeNull();
    expect(codes(end, 'west')).toEqual(['game-over']);
  });
});
