// The advisor suggests, with the same look-ahead, a posture toward every actor, an answer to every call and an
// option on every event, each explained to the player and with the gauges it expects; the engine accepts it all.
import { describe, expect, it } from 'vitest';
import { advise } from '../../src/ai/advisor';
import { PLAN } from '../../src/ai/plan';
import { decideAll } from '../../src/ai/policies';
import { applyDecisions, checkDecisions, newGame, restoreRng, seedRng, type GameState } from '../../src/engine';
import { shipped } from '../helpers';
import { explanationText, outlookText } from '../../src/ui/explainWords';

/** The first state of a persona game in which `side` is called on in a crisis. */
function calledOn(name: string, side: string): GameState {
  const scenario = shipped(name);
  for (let g = 0; g < 50; g++) {
    let state = newGame(scenario, `advice-${g}`);
    const rng = restoreRng(seedRng(`ai-${g}`));
    while (!state.ending) {
      if (state.agenda.crises.some((c) => c.calls.some((call) => call.callee === side))) return state;
      const r = applyDecisions(state, decideAll(state, () => 'persona', rng));
      if (!r.ok) throw new Error('illegal');
      state = r.value;
    }
  }
  throw new Error(`${side} is never called on in ${name}`);
}

describe('the advisor', () => {
  it.each([
    ['alliance-question-2020', 'RUS'],
    ['alliance-question-2020', 'CHN'],
    ['afghanistan-2001', 'RUS'],
    ['idlib-2021', 'RUS'],
  ])('%s as %s: its answer to a call, and everything else it suggests, is accepted by the engine', (name, side) => {
    const state = calledOn(name, side);
    const advice = advise(state, side, restoreRng(seedRng('advisor')));
    expect(checkDecisions(state, { [side]: advice.decision })).toEqual([]);
    const others = decideAll(state, () => 'persona', restoreRng(seedRng('others')));
    expect(applyDecisions(state, { ...others, [side]: advice.decision }).ok).toBe(true);

    const calls = state.agenda.crises.flatMap((c) => c.calls.filter((call) => call.callee === side));
    expect(advice.answers.map((a) => a.explanation.ref).sort()).toEqual(calls.map((c) => c.id).sort());
    for (const a of advice.answers) {
      const call = calls.find((c) => c.id === a.explanation.ref)!;
      expect(advice.decision.answers?.[call.id]).toBe(a.explanation.decision);
      expect([0, 1, 2, 3]).toContain(a.explanation.decision);
      expect(a.gauges.map((g) => g.other)).toEqual([call.caller]);
      console.log(`${name} turn ${state.turn}, ${side} called by ${call.caller}: ${explanationText(state.scenario, a.explanation)}`);
    }
    // What the advised course comes to at the end of the game, said with the figures it rests on.
    const o = advice.outlook!;
    console.log(outlookText(o));
    expect(o.worlds).toBeGreaterThanOrEqual(PLAN.worlds);
    expect(o.score).toBeGreaterThan(0);
    expect(o.score).toBeLessThanOrEqual(100);
    expect(outlookText(o)).toContain(`your score at ${o.score.toFixed(1)}`);
    // A lead is claimed only beyond the futures' sampling error; a course behind or level is never said to lead.
    if (o.other && o.other.score >= o.score) expect(o.clear).toBe(false);
    if (o.other && o.clear) expect(outlookText(o)).toContain(`${(o.score - o.other.score).toFixed(1)} points above`);
    if (o.other && !o.clear) expect(outlookText(o)).toContain('these futures cannot tell the two apart');
    // A posture toward every other actor, addressed to the player.
    expect(advice.postures.map((p) => p.explanation.target).sort()).toEqual(state.scenario.actors.map((a) => a.id).filter((id) => id !== side).sort());
    for (const p of [...advice.postures, ...advice.answers, ...advice.choices]) {
      expect(explanationText(state.scenario, p.explanation)).toMatch(/^[A-Z]/);
      expect(explanationText(state.scenario, p.explanation)).not.toMatch(new RegExp(`^${state.scenario.actors.find((a) => a.id === side)!.name} `));
      for (const g of p.gauges) {
        for (const x of [g.now.abandonment, g.now.entrapment, g.expected.abandonment, g.expected.entrapment]) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(1);
        }
      }
    }
  });

  it('gives the same advice for the same generator seed', () => {
    const state = calledOn('alliance-question-2020', 'RUS');
    const a = advise(state, 'RUS', restoreRng(seedRng('same')));
    const b = advise(state, 'RUS', restoreRng(seedRng('same')));
    expect(b).toEqual(a);
  });
});
