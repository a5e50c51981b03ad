// A trust that moved because a power left a tie is told by the tie it left, not as "postures taken, and ties formed
// or walked out of": the turn's tie changes name it.
import { describe, expect, it } from 'vitest';
import { explainTurn, newGame, trustIn } from '../../src/engine';
import { movedWords } from '../../src/ui/words';
import { triangle } from '../helpers';

describe('why a trust moved when a tie was left', () => {
  it('names the power that stepped back and the tie it left', () => {
    // A and B start as allies; B steps back to partner, and A learns what B is.
    const game = newGame(triangle({ ties: [{ a: 'A', b: 'B', kind: 'alliance' }] }), 'left');
    const told = explainTurn(game, { B: { postures: { A: 'partner' } } });
    expect(told.ok).toBe(true);
    if (!told.ok) return;
    const { next, why } = told.value;
    const changes = next.log[next.log.length - 1]!.tieChanges;
    expect(changes).toContainEqual(expect.objectContaining({ from: 'alliance', to: 'partnership' }));
    const parts = why.trust.A!.B!.filter((p) => p.cause.kind === 'ties');
    expect(parts.length, 'A learns of B leaving while the ties settle').toBeGreaterThan(0);
    const span = [trustIn(game, 'A', 'B'), trustIn(next, 'A', 'B')] as const;
    const trust = { scale: 100, digits: 0 };
    const words = movedWords(game, parts, span, trust, 'A', 'A', { id: 'B', changes }).parts;
    expect(words).toMatch(/^B leaving a tie \((A|you) and (B|you): alliance → partnership\) −\d+/);
    // Without the turn's tie changes, only the general words are left.
    expect(movedWords(game, parts, span, trust, 'A', 'A').parts).toMatch(/^postures taken, and ties formed or walked out of/);
  });
});
