// The report's "Decisions" list tells every decision of the player's: besides postures, own crises and events, each
// call it answered (with what, against what was expected) and a crisis it chose to start next turn.
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/ai/autoplay';
import { decisionLines } from '../../src/ui/report';
import { turnWhy } from '../../src/ui/timeline';
import { shipped } from '../helpers';

describe('the decisions a report lists', () => {
  it('name every call the side answered, as many as were made to it', () => {
    const game = playGame(shipped('idlib-2021'), { seed: 'lines', policy: 'persona' });
    let calls = 0;
    for (const record of game.log) {
      const { before } = turnWhy(game, record.turn);
      const made = before.agenda.crises.flatMap((c) => c.calls.filter((call) => call.callee === 'RUS'));
      const lines = decisionLines(before, record, ['RUS'], 'RUS').filter((l) => l.startsWith('You answered the call of '));
      expect(lines).toHaveLength(made.length);
      calls += made.length;
    }
    console.log(`calls to Russia answered and told over a game of Idlib: ${calls}`);
    expect(calls).toBeGreaterThan(0);
  });

  it('name a crisis the side chose to start', () => {
    const game = playGame(shipped('alliance-question-2020'), { seed: 'lines', policy: 'persona' });
    const record = { ...game.log[0]!, decisions: { ...game.log[0]!.decisions, RUS: { ...game.log[0]!.decisions.RUS, challenge: { theatre: 'ukraine', target: 'UKR' } } } };
    const { before } = turnWhy(game, 1);
    expect(decisionLines(before, record, ['RUS'], 'RUS')).toContain('You chose to press Ukraine in Ukraine and Crimea: the crisis opens next turn.');
  });
});
