// The sentences the computer's powers and the advisor give agree with the state they speak of: a tie said to be an
// alliance is one, a trust said to be high is high, a grievance said to be held is held, and no sentence says both
// that an actor trusts a power and that it holds grievances against it.
import { english } from '../../src/engine/prose';
import { describe, expect, it } from 'vitest';
import { advise } from '../../src/ai/advisor';
import { decideAll } from '../../src/ai/policies';
import { decideWithReasons } from '../../src/ai/reasoned';
import { HIGH_TRUST, LOW_TRUST } from '../../src/ai/explain';
import { applyDecisions, lookup, newGame, restoreRng, seedRng, tieOf, type ActorId, type Decisions, type GameState } from '../../src/engine';
import { shippedScenarios } from '../machine/support';

/** What a sentence claims about the actor's relation to `other` (named `X`), each with whether the state bears it out. */
function claims(state: GameState, actor: ActorId, other: ActorId, X: string, sentence: string): { claim: string; holds: boolean }[] {
  const tie = tieOf(state, actor, other);
  const trust = state.trust[actor]![other]!;
  const grievance = state.grievance[actor]![other]!;
  const out: { claim: string; holds: boolean }[] = [];
  const has = (text: string) => sentence.includes(text);
  if (has(`stays allied with ${X}`) || has(`stay allied with ${X}`)) out.push({ claim: 'allied', holds: tie === 'alliance' });
  if (has(`from alliance to partnership with ${X}`)) out.push({ claim: 'steps back from an alliance', holds: tie === 'alliance' });
  if (has(`alliance with ${X}`) && (has('walks out') || has('walk out'))) out.push({ claim: 'walks out of an alliance', holds: tie === 'alliance' });
  if (has(`in partnership with ${X}`) && (has('stays') || has('stay '))) out.push({ claim: 'in partnership', holds: tie === 'partnership' });
  if (new RegExp(`\\btrusts? ${X}\\b`).test(sentence)) out.push({ claim: 'trusts', holds: trust >= HIGH_TRUST });
  if (has(`trust in ${X} is low`)) out.push({ claim: 'low trust', holds: trust <= LOW_TRUST });
  if (has(`grievances against ${X}`)) out.push({ claim: 'holds grievances', holds: grievance >= 0.3 * state.scenario.rules.breakThreshold });
  if (new RegExp(`\\btrusts? ${X}\\b`).test(sentence) && has(`grievances against ${X}`)) out.push({ claim: 'trusts and holds grievances at once', holds: false });
  if (has(`owes ${X} nothing`) || has(`owe ${X} nothing`)) out.push({ claim: 'owes nothing', holds: tie === 'none' });
  return out;
}

describe('the explanations agree with the state', () => {
  it('over seeded turns of every scenario, for every actor and for the advisor’s voice', () => {
    let checked = 0;
    const wrong: string[] = [];
    for (const scenario of shippedScenarios()) {
      const L = lookup(scenario);
      for (let g = 0; g < 2; g++) {
        const rng = restoreRng(seedRng(`agree:${scenario.id}:${g}`));
        let state = newGame(scenario, `agree-${g}`);
        while (!state.ending) {
          const decisions: Decisions = {};
          for (const actor of L.ids) {
            // The playable sides speak as the advisor does (the look-ahead, to "you"); the others as the computer's powers.
            const advised = scenario.playable.includes(actor);
            const voice = advised ? { you: actor, advice: true } : {};
            const { decision, explanations } = decideWithReasons(state, actor, rng, advised ? 'lookahead' : 'persona', voice);
            decisions[actor] = decision;
            for (const e of explanations) {
              if (!e.target) continue;
              const X = e.target === (voice as { you?: ActorId }).you ? 'you' : english(L.actor.get(e.target)!.name);
              for (const c of claims(state, actor, e.target, X, e.sentence)) {
                checked++;
                if (!c.holds) wrong.push(`${scenario.id} turn ${state.turn}, ${actor}: “${e.sentence}” claims “${c.claim}”`);
              }
            }
          }
          const next = applyDecisions(state, decisions);
          if (!next.ok) throw new Error(JSON.stringify(next.errors));
          state = next.value;
        }
      }
    }
    console.log(`${checked} claims checked against the state; ${wrong.length} wrong${wrong.length > 0 ? `, e.g. ${wrong.slice(0, 3).join(' | ')}` : ''}`);
    expect(checked).toBeGreaterThan(200);
    expect(wrong).toEqual([]);
  }, 300_000);

  it('for the advisor’s own advice, over a seeded game of every scenario: every sentence speaks of the decision advised', () => {
    let checked = 0;
    let led = 0;
    const wrong: string[] = [];
    for (const scenario of shippedScenarios()) {
      const L = lookup(scenario);
      const side = scenario.playable[0]!;
      const rng = restoreRng(seedRng(`agree-advice:${scenario.id}`));
      let state = newGame(scenario, 'agree-advice');
      while (!state.ending) {
        const advice = advise(state, side, rng);
        const decisions = decideAll(state, () => 'persona', rng);
        decisions[side] = advice.decision;
        for (const { explanation: e } of [...advice.postures, ...advice.answers, ...advice.choices]) {
          const advised =
            e.kind === 'posture' ? advice.decision.postures?.[e.ref] ?? state.postures[side]![e.ref]
              : e.kind === 'answer' ? advice.decision.answers?.[e.ref] ?? 1
                : advice.decision.choices?.[e.ref];
          checked++;
          if (e.decision !== advised) wrong.push(`${scenario.id} turn ${state.turn}: “${e.sentence}” speaks of ${String(e.decision)}, the advice is ${String(advised)}`);
          if (e.sentence.includes('the course it belongs to')) led++;
          if (!e.target) continue;
          for (const c of claims(state, side, e.target, english(L.actor.get(e.target)!.name), e.sentence)) if (!c.holds) wrong.push(`${scenario.id} turn ${state.turn}: “${e.sentence}” claims “${c.claim}”`);
        }
        const next = applyDecisions(state, decisions);
        if (!next.ok) throw new Error(JSON.stringify(next.errors));
        state = next.value;
      }
    }
    console.log(`${checked} pieces of advice checked against the decision advised, ${led} of them resting on the whole course; ${wrong.length} wrong${wrong.length > 0 ? `, e.g. ${wrong.slice(0, 3).join(' | ')}` : ''}`);
    expect(checked).toBeGreaterThan(200);
    expect(wrong).toEqual([]);
  }, 600_000);
});
