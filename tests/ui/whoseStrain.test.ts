// A tie broken under strain is told with whose strain it was, as the rule read it (strainOn): a player whose alliance
// broke on the other side's grievances was told only that "grievances piled up", as if they were its own. A tie
// lowered is told with who walked out (walkedOut), where "one side walked out" left the reader to guess.
import { describe, expect, it } from 'vitest';
import { newGame, resolveTurn, strainOn, tieOf, walkedOut, pairAt } from '../../src/engine';
import { cloneState } from '../../src/engine/state';
import { namesFor } from '../../src/ui/reportWords';
import { brokeWords, strainBreak, tieChangeWhyIn, tieChangeWords } from '../../src/ui/words';
import { shipped } from '../helpers';

describe('whose strain broke a tie', () => {
  const game = newGame(shipped('sino-soviet-1950'), 'strain');

  it('names the side whose grievance passed the threshold, and the player as "you"', () => {
    expect(tieOf(game, 'RUS', 'CHN')).toBe('alliance');
    const strained = cloneState(game);
    strained.grievance[pairAt(strained.scenario, 'CHN', 'RUS')] = 2 * game.scenario.rules.breakThreshold;
    const after = resolveTurn(strained, {});
    const record = after.log[after.log.length - 1]!;
    const broke = strainBreak(record, 'RUS', 'CHN');
    expect(broke?.reason).toBe('grievance');
    expect(strainOn(after, 'RUS', 'CHN', 'alliance')).toEqual({ reason: 'grievance', by: ['CHN'] });
    const asRussia = brokeWords(broke!, 'RUS', namesFor(game.scenario, 'RUS'), after);
    const asChina = brokeWords(broke!, 'CHN', namesFor(game.scenario, 'CHN'), after);
    console.log(asRussia);
    // The 1950 treaty's unequal clauses burden China (its grievance grows every year the alliance holds): said with it.
    expect(asRussia).toMatch(/^The alliance with the People's Republic of China broke, because the grievance of the People's Republic of China passed what the tie can bear, under terms that weigh on the People's Republic of China every year the tie holds\. With the tie gone, your stance toward the People's Republic of China is set to hedge: the break did it, not a choice\.$/);
    expect(asChina).toMatch(/because your grievance passed what the tie can bear, under terms that weigh on you every year the tie holds/);
    // The news, which names every power, says the same.
    expect(tieChangeWhyIn(broke!, namesFor(game.scenario, null), after)).toBe("the grievance of the People's Republic of China passed what the tie can bear, under terms that weigh on the People's Republic of China every year the tie holds");
  });

  it('names no terms when the side whose grievance broke the tie is not the one they burden', () => {
    const strained = cloneState(game);
    strained.grievance[pairAt(strained.scenario, 'RUS', 'CHN')] = 2 * game.scenario.rules.breakThreshold;
    const after = resolveTurn(strained, {});
    const broke = strainBreak(after.log[after.log.length - 1]!, 'RUS', 'CHN');
    expect(strainOn(after, 'RUS', 'CHN', 'alliance')).toEqual({ reason: 'grievance', by: ['RUS'] });
    expect(tieChangeWhyIn(broke!, namesFor(game.scenario, null), after)).toBe('the grievance of the Soviet Union passed what the tie can bear');
  });

  it('a tie two other powers held tells whose strain broke it, in the report as in the news', () => {
    const strained = cloneState(game);
    strained.grievance[pairAt(strained.scenario, 'CHN', 'RUS')] = 2 * game.scenario.rules.breakThreshold;
    const after = resolveTurn(strained, {});
    const record = after.log[after.log.length - 1]!;
    const broke = record.tieChanges.find((c) => c.reason === 'grievance')!;
    // Seen by a player who is neither side (no one at the screen leads Russia or China here).
    expect(tieChangeWords(broke, namesFor(game.scenario, null), after)).toMatch(/^The Soviet Union and the People's Republic of China: alliance → no tie, because the grievance of the People's Republic of China passed what the tie can bear, under terms that weigh on the People's Republic of China/);
  });

  it('without the state after the turn, says why in general, as before', () => {
    const broke = { a: 'RUS', b: 'CHN', from: 'alliance' as const, to: 'none' as const, reason: 'grievance' as const };
    expect(brokeWords(broke, 'RUS', namesFor(game.scenario, 'RUS'))).toMatch(/because grievances piled up past what the tie can bear/);
  });
});

describe('who walked out of a tie', () => {
  const game = newGame(shipped('sino-soviet-1950'), 'walk');

  it('names the side whose posture fell below the tie, and the player as "you"', () => {
    const after = resolveTurn(game, { RUS: { postures: { CHN: 'partner' } } });
    const change = after.log[after.log.length - 1]!.tieChanges.find((c) => c.from === 'alliance')!;
    expect(change.reason).toBe('abrogated');
    expect(walkedOut(after, 'RUS', 'CHN', 'alliance')).toEqual(['RUS']);
    expect(tieChangeWhyIn(change, namesFor(game.scenario, 'CHN'), after)).toBe('the Soviet Union walked out — which costs it reputation with everyone');
    expect(tieChangeWhyIn(change, namesFor(game.scenario, 'RUS'), after)).toBe('you walked out — which costs you reputation with everyone');
    // Without the state after the turn: in general, as before.
    expect(tieChangeWhyIn(change, namesFor(game.scenario, 'CHN'))).toBe('one side walked out — which costs reputation with everyone');
  });
});
