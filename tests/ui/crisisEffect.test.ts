// An option that starts a crisis "next turn" says so only while a next turn is to come.
import { describe, expect, it } from 'vitest';
import { lastTurn, newGame, type Effect } from '../../src/engine';
import { describeEffect } from '../../src/ui/consequences';
import { shipped } from '../helpers';

const fx: Effect = { kind: 'crisis', theatre: 'tal-rifaat', initiator: 'TUR', target: 'SDF', severity: 0.6 };

describe('an event option that starts a crisis', () => {
  const start = newGame(shipped('idlib-2021'), 'crisis-effect');

  it('promises it for next turn while the game goes on', () => {
    expect(describeEffect(start, 'RUS', start.scenario.events[0]!, fx)).toMatch(/^a crisis next turn: Turkey against .* in /);
  });

  it('on the last turn says the game ends before it can open', () => {
    const last = { ...start, turn: lastTurn(start) };
    const words = describeEffect(last, 'RUS', last.scenario.events[0]!, fx);
    expect(words).not.toMatch(/next turn/);
    expect(words).toMatch(/^no crisis after all: the game ends before Turkey could move against/);
  });
});
