// The calling screen's figures: the chance of prevailing in a clash, by the engine's own winChance, with the calls
// ticked — partners at what their terms owe, and all of them backing fully; and the stances' words, with the figures
// of the clash and of backing down.
import { describe, expect, it } from 'vitest';
import { BACKDOWN_INFLUENCE, BACKDOWN_STABILITY, clashSecurityCost, crisisWeights, legalCrises, newGame, owed, winChance, type ActorId, type CrisisInstance, type GameState, type SupportLevel } from '../../src/engine';
import { callOdds, neutralAsChallenger, stanceHints } from '../../src/ui/crisisSteps';
import { pct } from '../../src/ui/dom';
import { fixed } from '../../src/ui/words';
import { shipped } from '../helpers';

/** Every crisis of a principal on the first turn of a few worlds, with the side and whom it may call. */
function crises(): { game: GameState; crisis: CrisisInstance; side: ActorId; callees: ActorId[]; role: string }[] {
  const found = [];
  for (const seed of ['pt16', 'a', 'b', 'c', 'd', 'e', 'f', 'g']) {
    const game = newGame(shipped('alliance-question-2020'), seed);
    for (const side of game.scenario.actors.map((a) => a.id)) {
      for (const c of legalCrises(game, side)) found.push({ game, crisis: game.agenda.crises.find((x) => x.id === c.id)!, side, callees: c.callees, role: c.role });
    }
  }
  return found;
}
const all = crises();
const challenger = all.find((x) => x.role === 'initiator' && x.callees.length > 0 && x.crisis.calls.every((c) => c.caller !== x.side || c.expected <= 1));

/** The engine's chance with the side's calls to `chosen` answered at `level`, and the other side's at `theirs` (what
 *  each owes when undefined). */
function engine(x: (typeof all)[number], chosen: ActorId[], level?: SupportLevel, theirs?: SupportLevel): number {
  const answers = new Map<string, SupportLevel>();
  for (const call of x.crisis.calls) {
    if (call.caller !== x.side) answers.set(call.id, theirs ?? call.expected);
    else if (chosen.includes(call.callee)) answers.set(call.id, level ?? call.expected);
  }
  return winChance(x.crisis, crisisWeights(x.game, x.crisis, answers), x.side);
}

describe('the chance of prevailing shown while calling', () => {
  it('is found in some crisis of the first turn', () => expect(all.length).toBeGreaterThan(0));

  it('equals the engine’s for no one called, each one alone, and everyone', () => {
    for (const x of all) {
      for (const chosen of [[], ...x.callees.map((c) => [c]), x.callees]) {
        const odds = callOdds(x.game, x.crisis, x.side, new Set(chosen));
        expect(odds.owed).toBeCloseTo(engine(x, chosen), 12);
        expect(odds.full).toBeCloseTo(engine(x, chosen, 3), 12);
        expect(odds.theirsFull).toBeCloseTo(engine(x, chosen, undefined, 3), 12);
        // The other side's partners backing it beyond what they owe never helps this side.
        expect(odds.theirsFull).toBeLessThanOrEqual(odds.owed + 1e-12);
        // Full backing never does worse than what is owed, and no one called adds nothing.
        expect(odds.full).toBeGreaterThanOrEqual(odds.owed - 1e-12);
        if (chosen.length === 0) expect(odds.full).toBeCloseTo(odds.owed, 12);
      }
    }
  });

  it.skipIf(!challenger)('for a challenger owed only neutrality: calling changes only what full backing would give', () => {
    const x = challenger!;
    const none = callOdds(x.game, x.crisis, x.side, new Set());
    const every = callOdds(x.game, x.crisis, x.side, new Set(x.callees));
    console.log(`${x.side} against ${x.crisis.target}: no one called ${none.owed.toFixed(3)}; all called ${every.owed.toFixed(3)}, all backing fully ${every.full.toFixed(3)}`);
    expect(every.owed).toBeCloseTo(none.owed, 12);
    expect(every.full).toBeGreaterThan(every.owed + 0.01);
  });

  it('names, as owing a challenger only neutrality, exactly those whose terms would back the side if challenged', () => {
    let named = 0;
    for (const x of all) {
      const listed = neutralAsChallenger(x.game, x.crisis, x.side);
      if (x.role !== 'initiator') expect(listed).toEqual([]);
      for (const call of x.crisis.calls.filter((c) => c.caller === x.side)) {
        const asDefender = owed(x.game, call.callee, x.side, false, x.crisis.target);
        expect(listed.includes(call.callee)).toBe(x.role === 'initiator' && call.expected <= 1 && asDefender > 1);
      }
      named += listed.length;
    }
    console.log(`partners named as owing a challenger only neutrality: ${named}`);
    expect(named).toBeGreaterThan(0);
  });
});

describe('the stances’ words give the engine’s figures', () => {
  const byRole = (role: string) => all.find((x) => x.role === role);
  const figures = (x: (typeof all)[number]) => {
    const answers = new Map(x.crisis.calls.map((c) => [c.id, c.expected] as const));
    const weights = crisisWeights(x.game, x.crisis, answers);
    const sev = x.crisis.severity;
    return { answers, win: pct(winChance(x.crisis, weights, x.side)), loss: fixed(clashSecurityCost(x.crisis, weights, x.side, false)), influence: fixed(BACKDOWN_INFLUENCE * sev), stability: fixed(BACKDOWN_STABILITY * sev) };
  };

  it.skipIf(!byRole('initiator'))('a challenger standing firm is told the clash’s odds and what backing down then costs', () => {
    const x = byRole('initiator')!;
    const f = figures(x);
    const stand = stanceHints(x.game, x.crisis, x.side, f.answers).stand;
    console.log(stand);
    for (const figure of [f.win, f.loss, f.influence, f.stability]) expect(stand).toContain(figure);
  });

  it.skipIf(!byRole('target'))('a defender standing firm is told the clash’s odds and the security it loses', () => {
    const x = byRole('target')!;
    const f = figures(x);
    const stand = stanceHints(x.game, x.crisis, x.side, f.answers).stand;
    console.log(stand);
    for (const figure of [f.win, f.loss]) expect(stand).toContain(figure);
  });
});
