// The look-ahead values the states it plays to without dealing their next agenda (quietTurn, resolveUndealt): what it
// values must be what a dealt turn gives. Every field but those the dealing changes is compared, over positions of
// every shipped scenario played at random.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { obligationLoad, newGame, quietTurn, quietTurnInPlace, resolveTurn, resolveUndealt, restoreRng, seedRng, stateHash, type GameState } from '../../src/engine';
import { randomLegal, shipped } from '../helpers';

/** What dealing changes: the agenda, the deck dealt, the queue, the generator and the count of crises started. */
function undealtPart(s: GameState): string {
  const { agenda: _agenda, dealt: _dealt, queued: _queued, rng: _rng, stats: _stats, ...rest } = s;
  return stateHash({ ...rest, agenda: { crises: [], choices: [] }, dealt: [], queued: [], rng: { c: 0, s0: 0, s1: 0, s2: 0 }, stats: {} } as GameState);
}

/** undealtPart with only the metrics a turn valued for one actor moves: all of `valued`'s, and the security and
 *  stability of the playable sides (whose collapse ends the game); and without the evidence beliefs rest on, which
 *  valuing never reads and such a turn does not thin. */
function valuedPart(s: GameState, valued: string): string {
  const metrics: GameState['metrics'] = {};
  for (const [id, m] of Object.entries(s.metrics)) {
    if (id === valued) metrics[id] = m;
    else if (s.scenario.playable.includes(id)) metrics[id] = { ...m, autonomy: 0, economy: 0, influence: 0 };
  }
  return undealtPart({ ...s, metrics, evidence: s.evidence.map(() => 0) });
}

const names = readdirSync('scenarios')
  .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
  .map((f) => f.replace(/\.json$/, ''));

describe('turns left undealt', () => {
  for (const name of names) {
    it(`${name}: the same state as a dealt turn but for what the dealing changes (and, valued for one actor, the others' metrics), the same obligation load read`, () => {
      const scenario = shipped(name);
      const rng = restoreRng(seedRng(`undealt:${name}`));
      let state = newGame(scenario, `undealt-${name}`);
      let compared = 0;
      let endedInPlace = 0;
      while (!state.ending) {
        const decisions = randomLegal(state, rng);
        const dealt = resolveTurn(state, decisions);
        expect(undealtPart(resolveUndealt(state, decisions))).toBe(undealtPart(dealt));
        const quiet = { ...state, agenda: { crises: [], choices: [] } };
        const q = quietTurn(state);
        expect(undealtPart(q)).toBe(undealtPart(resolveTurn(quiet, {})));
        for (const a of scenario.actors) expect(obligationLoad(q, a.id)).toBe(obligationLoad(resolveTurn(quiet, {}), a.id));
        // A turn valued for one actor: the same but for the metrics of the others the slow forces leave alone.
        const valued = scenario.actors[compared % scenario.actors.length]!.id;
        const undealtFor = resolveUndealt(state, decisions, valued);
        expect(valuedPart(undealtFor, valued)).toBe(valuedPart(dealt, valued));
        expect(valuedPart(quietTurn(undealtFor, valued), valued)).toBe(valuedPart(quietTurn(dealt), valued));
        // Played in place, on a state read before (as the look-ahead reads it): the same state, the same readings of it.
        if (!dealt.ending) {
          const own = resolveUndealt(state, decisions, valued);
          obligationLoad(own, valued);
          const copied = quietTurn(undealtFor, valued);
          const inPlace = quietTurnInPlace(own, valued);
          expect(inPlace).toBe(own);
          expect(undealtPart(inPlace)).toBe(undealtPart(copied));
          expect(obligationLoad(inPlace, valued)).toBe(obligationLoad(copied, valued));
          if (inPlace.ending) endedInPlace++;
        }
        compared++;
        state = dealt;
      }
      console.log(`${name}: ${compared} turns compared, ${endedInPlace} quiet turns in place ending the game`);
      expect(compared).toBeGreaterThan(0);
      expect(endedInPlace).toBeGreaterThan(0);
    });
  }
});
