// The target of a crisis calls the powers tied to neither side that have a large stake in the theatre — but never its
// own rival: in 2001 the Taliban, challenged by the Northern Alliance, do not call on the United States for help,
// while the Northern Alliance, challenged by the Taliban, does.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BYSTANDER_EXPOSURE, exposureOf, newGame, prepareScenario, tieOf, type ScenarioDef } from '../../src/engine';
import { makeCalls } from '../../src/engine/crisis';

const scenario = prepareScenario(JSON.parse(readFileSync('scenarios/afghanistan-2001.json', 'utf8')) as ScenarioDef);

describe('who a crisis target calls', () => {
  const game = newGame(scenario, 'bystanders');
  const callees = (initiator: string, target: string) => makeCalls(game, 'c', 'afghan-north', initiator, target).filter((c) => c.caller === target).map((c) => c.callee);

  it('the United States stands where a bystander is called: untied to both, with a large stake', () => {
    expect(exposureOf(scenario, 'afghan-north', 'USA')).toBeGreaterThanOrEqual(BYSTANDER_EXPOSURE);
    for (const x of ['TAL', 'NAL']) expect(tieOf(game, 'USA', x)).toBe('none');
  });

  it('is called by the Northern Alliance, and not by the Taliban, its rival in the south', () => {
    expect(callees('TAL', 'NAL')).toContain('USA');
    expect(callees('NAL', 'TAL')).not.toContain('USA');
  });
});
