// An event option's "Expect: …" line gives each metric change as the engine will apply it: scaled by the tension of
// the event's theatre (effectScale), as the report then shows it.
import { describe, expect, it } from 'vitest';
import { effectScale, newGame, type EventDef } from '../../src/engine';
import { optionEffects } from '../../src/ui/consequences';
import { triangle } from '../helpers';

const event = (theatre?: string): EventDef => ({
  id: 'offer',
  kind: 'opportunity',
  title: 'An offer',
  text: 'An offer.',
  ...(theatre ? { theatre } : {}),
  turns: { from: 1, to: 1 },
  weight: 1,
  decider: 'A',
  choices: [{ id: 'take', label: 'Take it', effects: [{ kind: 'metric', actor: 'A', metric: 'economy', amount: 2 }] }],
});

describe('what an event option is expected to do', () => {
  it('scales a metric change by the tension of the event’s theatre, and says what the engine then applies', () => {
    const def = event('east');
    const game = newGame(triangle({}, [def]), 'effects');
    const scale = effectScale(game, def);
    expect(scale).toBeCloseTo(1.1);
    expect(optionEffects(game, 'A', def, def.choices![0]!)).toEqual(['your economy +2.2']);
  });

  it('leaves it as written for an event in no theatre', () => {
    const def = event();
    const game = newGame(triangle({}, [def]), 'effects');
    expect(optionEffects(game, 'A', def, def.choices![0]!)).toEqual(['your economy +2.0']);
  });
});
