// The look-ahead policy plays by the rules on every shipped scenario, in ordinary and odd states, never touches the
// state it is given, and replays exactly from its generator's seed.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sampleFutures } from '../../src/ai/lookahead';
import { ruleDecision } from '../../src/ai/persona';
import { decideAll } from '../../src/ai/policies';
import { applyDecisions, checkDecisions, hashValue, lookup, newGame, restoreRng, seedRng, stateHash, type Decisions, type GameState } from '../../src/engine';
import { randomLegal, shipped } from '../helpers';

const names = readdirSync(fileURLToPath(new URL('../../scenarios/', import.meta.url)))
  .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
  .map((f) => f.replace(/\.json$/, ''))
  .sort();

function step(state: GameState, decisions: Decisions): GameState {
  const r = applyDecisions(state, decisions);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}


describe('the look-ahead policy', () => {
  it.each(names)('%s: every decision it makes in a whole game is legal', (name) => {
    const scenario = shipped(name);
    let state = newGame(scenario, 'legal');
    const rng = restoreRng(seedRng('ai:legal'));
    while (!state.ending) {
      const decisions = decideAll(state, () => 'lookahead', rng);
      expect(checkDecisions(state, decisions)).toEqual([]);
      state = step(state, decisions);
    }
    expect(state.log.length).toBeGreaterThan(0);
  });

  it.each(names)('%s: its decisions stay legal after random play has broken and cooled ties', (name) => {
    const scenario = shipped(name);
    for (let g = 0; g < 3; g++) {
      let state = newGame(scenario, `odd-${g}`);
      const chaos = restoreRng(seedRng(`chaos-${g}`));
      for (let t = 0; t < 3 && !state.ending; t++) state = step(state, randomLegal(state, chaos));
      if (state.ending) continue;
      const decisions = decideAll(state, () => 'lookahead', restoreRng(seedRng(`ai-${g}`)));
      expect(checkDecisions(state, decisions)).toEqual([]);
    }
  });

  it('samples the futures the persona gives when asked for every actor in every future', () => {
    // The persona's decisions that draw nothing are sampled once for a position (sureDecision): the futures, and the
    // generator after them, must be those of asking the persona each time.
    const asked = (state: GameState, actor: string, rng: ReturnType<typeof restoreRng>, n: number) =>
      Array.from({ length: n }, () => {
        const others: Decisions = {};
        for (const id of lookup(state.scenario).ids) if (id !== actor) others[id] = ruleDecision(state, id, 'persona', rng);
        return { engine: seedRng(`engine:${rng.next()}`), others, later: seedRng(`later:${rng.next()}`) };
      });
    let positions = 0;
    for (const name of ['afghanistan-2001', 'idlib-2021']) {
      let state = newGame(shipped(name), 'futures');
      const play = restoreRng(seedRng('futures'));
      while (!state.ending && state.turn <= 6) {
        for (const { id } of state.scenario.actors) {
          const [mine, theirs] = [restoreRng(seedRng(`f:${state.turn}:${id}`)), restoreRng(seedRng(`f:${state.turn}:${id}`))];
          expect(hashValue(sampleFutures(state, id, mine, 3))).toBe(hashValue(asked(state, id, theirs, 3)));
          expect(mine.next()).toBe(theirs.next());
        }
        positions++;
        state = step(state, decideAll(state, () => 'persona', play));
      }
    }
    expect(positions).toBeGreaterThan(10);
  });

  it('never changes the state it decides in', () => {
    const state = newGame(shipped('afghanistan-2001'), 'untouched');
    const before = stateHash(state);
    decideAll(state, () => 'lookahead', restoreRng(seedRng('ai')));
    expect(stateHash(state)).toBe(before);
  });

  it('replays: the same generator seed gives the same decisions and the same game', () => {
    const scenario = shipped('moscow-format-2015');
    const play = (aiSeed: string) => {
      let state = newGame(scenario, 'replay');
      const rng = restoreRng(seedRng(aiSeed));
      const log: Decisions[] = [];
      while (!state.ending) {
        const d = decideAll(state, () => 'lookahead', rng);
        log.push(d);
        state = step(state, d);
      }
      return { hash: stateHash(state), log };
    };
    const a = play('same');
    const b = play('same');
    expect(b.log).toEqual(a.log);
    expect(b.hash).toBe(a.hash);
  });
});
