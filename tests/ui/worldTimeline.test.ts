// A shared world's game in the page's timeline (src/ui/timeline.ts): its own log holds the decisions of each turn
// but not the events the teacher put on it, so the report, the debrief and the map of a turn played out replay it
// with those events, once the page has said what they were; without them, it does not replay at all.
import { afterEach, describe, expect, it } from 'vitest';
import { newGame, stateHash } from '../../src/engine';
import { advance, inject, startWorld, type World } from '../../src/live/world';
import { personaOthers } from '../../src/machine';
import { stateAt, turnWhy, useWorldEvents } from '../../src/ui/timeline';
import { smallWorld } from '../machine/support';

// A crisis the deck never deals (its turns are past the game's end): only the teacher can put it on a turn.
const scenario = smallWorld([{ id: 'north', kind: 'crisis', title: 'A teacher’s crisis', text: '', theatre: 'north', turns: { from: 9, to: 9 }, weight: 1, crisis: { initiator: 'C', target: 'B', severity: 0.5 } }]);
const SEED = 'timeline-world';
const ok = <T>(r: { ok: true; value: T } | { ok: false; errors: unknown }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
};

afterEach(() => useWorldEvents(null));

describe('a shared world’s game in the timeline', () => {
  it('replays with the teacher’s events on their turns, and not without them', () => {
    // The teacher's crisis on turn 1; no player has a seat's decision to make, so the computer decides for both.
    let world: World = ok(startWorld({ scenario, seed: SEED, seats: ['A', 'B'] }));
    world = ok(inject(world, 'north'));
    const decidedIn = world.game;
    world = ok(advance({ ...world, held: ['A', 'B'] }, personaOthers));
    expect(world.log).toHaveLength(1);
    const game = world.game;
    expect(() => stateAt(game, 1)).toThrow(/does not replay at turn 1/);

    useWorldEvents(newGame(scenario, SEED), world.log.map((t) => t.injected));
    const start = stateAt(game, 1);
    expect(stateHash(start)).toBe(stateHash(decidedIn));
    expect(start.agenda.crises.some((c) => c.event === 'north')).toBe(true);
    expect(stateAt(game, 2)).toBe(game);
    expect(turnWhy(game, 1).before.turn).toBe(1);
    // Another world (another seed) is not given those events.
    expect(() => stateAt(ok(advance({ ...ok(inject(ok(startWorld({ scenario, seed: 'other', seats: ['A'] })), 'north')), held: ['A'] }, personaOthers)).game, 1)).toThrow(/does not replay/);
  });
});
