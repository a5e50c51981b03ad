// A tie that breaks under strain sets both sides' stances to hedge: the debrief and the turn's report say the break
// did it, and never present hedge as the player's choice, nor mark it against history as one.
import { describe, expect, it } from 'vitest';
import { applyDecisions, newGame, pairAt, type GameState } from '../../src/engine';
import { postureLine } from '../../src/ui/debrief';
import { tieLine } from '../../src/ui/report';
import { namesFor } from '../../src/ui/reportWords';
import { nameOf } from '../../src/ui/words';
import { triangle } from '../helpers';

const scenario = triangle({ ties: [{ a: 'A', b: 'B', kind: 'alliance' }], postures: [] });
const start = newGame(scenario, 'broken');
// B's grievances against A far past what an alliance bears: the tie breaks as the turn ends, whatever A does.
const strained: GameState = { ...start, grievance: start.grievance.slice() };
strained.grievance[pairAt(scenario, 'B', 'A')] = 10 * scenario.rules.breakThreshold;
const played = (state: GameState) => {
  const next = applyDecisions(state, {});
  if (!next.ok) throw new Error(JSON.stringify(next.errors));
  return next.value;
};
const afterBreak = played(strained);
const broke = afterBreak.log.at(-1)!;
const afterNext = played(afterBreak);
const name = (id: string) => nameOf(scenario, id);

describe('a tie broken under strain, told', () => {
  it('breaks in the turn played, and leaves A hedging toward B though A chose nothing', () => {
    expect(strained.postures.A!.B).toBe('ally');
    expect(broke.decisions.A?.postures?.B).toBeUndefined();
    expect(broke.tieChanges).toContainEqual(expect.objectContaining({ from: 'alliance', to: 'none', reason: 'grievance' }));
    expect(afterBreak.postures.A!.B).toBe('hedge');
  });

  it('the debrief says the break set the stance, with history beside it and no mark of a choice', () => {
    const line = postureLine(strained, afterBreak, broke, 'A', { to: 'B', posture: 'ally' }, name);
    console.log(line);
    expect(line).toBe('The alliance between A and B broke, because the grievance of B passed what the tie can bear. With the tie gone, A’s stance toward B is set to hedge: the break did it, not a choice. Historically ally.');
    expect(line).not.toMatch(/held|[✓✗]/);
  });

  it('the debrief of the turns after says hedge was all the rules allowed while the tie could not be mended', () => {
    const line = postureLine(afterBreak, afterNext, afterNext.log.at(-1)!, 'A', { to: 'B', posture: 'ally' }, name);
    console.log(line);
    expect(line).toMatch(/^Toward B, A could only hedge: the broken tie could not be mended yet; historically ally\.$/);
  });

  it('a stance the player chose is still marked against history', () => {
    const line = postureLine(start, played(start), played(start).log.at(-1)!, 'A', { to: 'B', posture: 'ally' }, name);
    expect(line).toBe('Toward B, A held ally; historically ally ✓.');
  });

  it('a stance warmer than the tie the other took up says what the tie stayed', () => {
    const offered = triangle({ ties: [{ a: 'A', b: 'B', kind: 'partnership' }], postures: [] });
    const before = newGame(offered, 'offer');
    const after = applyDecisions(before, { A: { postures: { B: 'ally' } } });
    if (!after.ok) throw new Error(JSON.stringify(after.errors));
    const line = postureLine(before, after.value, after.value.log.at(-1)!, 'A', { to: 'B', posture: 'ally' }, (id) => nameOf(offered, id));
    console.log(line);
    expect(line).toBe('Toward B, A held ally; historically ally ✓. The tie stayed a partnership: B went no further.');
  });

  it('the turn’s report says so in the player’s voice; a tie of others reads as before', () => {
    const change = broke.tieChanges.find((c) => c.reason === 'grievance')!;
    const line = tieLine(broke, change, ['A'], namesFor(scenario, 'A'));
    console.log(line);
    expect(line).toBe('The alliance with B broke, because grievances piled up past what the tie can bear. With the tie gone, your stance toward B is set to hedge: the break did it, not a choice.');
    expect(tieLine(broke, change, ['C'], namesFor(scenario, 'C'))).toBe('A and B: alliance → no tie, because grievances piled up past what the tie can bear.');
  });
});
