// Every choice of the AI comes with its reasons, and a sentence said from them: it names the right actors, matches the decision
// made, and says what decided it — here, a low or a high trust in the caller.
import { describe, expect, it } from 'vitest';
import { decideAllWithReasons, decideWithReasons, explainDecision } from '../../src/ai/reasoned';
import { decideAll } from '../../src/ai/policies';
import { applyDecisions, newGame, restoreRng, seedRng, type EventDef, type GameState, type Scenario } from '../../src/engine';
import { shipped, triangle } from '../helpers';
import { explanationText, reasonText } from '../../src/ui/explainWords';
import { cap, nameOf } from '../../src/ui/words';
import '../../src/i18n';

describe('explanations', () => {
  it.each(['alliance-question-2020', 'idlib-2021', 'afghanistan-2001'])('%s: name the deciding actor and the one the decision is about, and match the decision', (name) => {
    const scenario = shipped(name);
    let state = newGame(scenario, 'explain');
    const rng = restoreRng(seedRng('ai:explain'));
    let seen = 0;
    for (let turn = 0; turn < 4 && !state.ending; turn++) {
      const { decisions, explanations } = decideAllWithReasons(state, () => 'lookahead', rng, { you: 'RUS' });
      for (const e of explanations) {
        seen++;
        expect(explanationText(scenario, e).startsWith(e.actor === 'RUS' ? 'You ' : `${cap(nameOf(scenario, e.actor))} `), explanationText(scenario, e)).toBe(true);
        if (e.target && e.kind !== 'choice') expect(explanationText(scenario, e), explanationText(scenario, e)).toContain(e.target === 'RUS' ? 'you' : nameOf(scenario, e.target));
        expect(e.reasons.length).toBeGreaterThan(0);
        expect(explanationText(scenario, e)).toContain(reasonText(scenario, e, e.reasons[0]!));
        const d = decisions[e.actor]!;
        if (e.kind === 'posture') expect(d.postures?.[e.ref] ?? state.postures[e.actor]![e.ref]).toBe(e.decision);
        if (e.kind === 'answer') expect(d.answers?.[e.ref]).toBe(e.decision);
        if (e.kind === 'choice') expect(d.choices?.[e.ref]).toBe(e.decision);
      }
      const r = applyDecisions(state, decisions);
      if (!r.ok) throw new Error('illegal');
      state = r.value;
    }
    expect(seen).toBeGreaterThan(10);
  });

  it('come with the very decisions decideAll makes from the same generator', () => {
    const state = newGame(shipped('afghanistan-2001'), 'same');
    const plain = decideAll(state, (a) => (a === 'TAL' ? 'persona' : 'lookahead'), restoreRng(seedRng('x')));
    const reasoned = decideAllWithReasons(state, (a) => (a === 'TAL' ? 'persona' : 'lookahead'), restoreRng(seedRng('x')));
    expect(reasoned.decisions).toEqual(plain);
  });

  it('explain decisions already made, by another policy or a player, without changing them, the same each time', () => {
    const scenario = shipped('alliance-question-2020');
    let state = newGame(scenario, 'after');
    const rng = restoreRng(seedRng('ai:after'));
    for (let turn = 0; turn < 3 && !state.ending; turn++) {
      const decisions = decideAll(state, () => 'persona', rng);
      for (const [actor, d] of Object.entries(decisions)) {
        const explanations = explainDecision(state, actor, d, { you: 'CHN' });
        expect(explainDecision(state, actor, d, { you: 'CHN' })).toEqual(explanations);
        const answered = Object.keys(d.answers ?? {}).sort();
        expect(explanations.filter((e) => e.kind === 'answer').map((e) => e.ref).sort()).toEqual(answered);
        expect(explanations.filter((e) => e.kind === 'posture').map((e) => e.ref).sort()).toEqual(Object.keys(d.postures ?? {}).sort());
        for (const e of explanations) {
          if (e.kind === 'answer') expect(e.decision).toBe(d.answers![e.ref]);
          if (e.kind === 'posture') expect(e.decision).toBe(d.postures![e.ref]);
          if (e.kind === 'choice') expect(e.decision).toBe(d.choices![e.ref]);
          expect(explanationText(scenario, e).startsWith(actor === 'CHN' ? 'You ' : `${cap(nameOf(scenario, actor))} `)).toBe(true);
        }
      }
      const r = applyDecisions(state, decisions);
      if (!r.ok) throw new Error('illegal');
      state = r.value;
    }
  });

  describe('say what decided: B, A’s partner, is pressed by C and calls on A', () => {
    const crisisOnB: EventDef = {
      id: 'pressure-on-b', kind: 'crisis', title: 'C presses B', text: '', theatre: 'east', turns: { from: 1, to: 1 }, weight: 1,
      crisis: { initiator: 'C', target: 'B', severity: 0.8 },
    };
    const base = triangle(
      {
        theatres: [
          { id: 'east', name: 'East', lon: 0, lat: 0, tension: 0.7, rivals: [{ challenger: 'C', defender: 'B' }], exposure: { A: 0.8 } },
          { id: 'west', name: 'West', lon: 0, lat: 0, tension: 0.3, rivals: [{ challenger: 'C', defender: 'A' }], exposure: { B: 0.4 } },
        ],
      },
      [crisisOnB],
    );
    const withTrust = (t: number): Scenario => ({ ...base, actors: base.actors.map((a) => (a.id === 'A' ? { ...a, trust: { B: t } } : a)) });
    const answers = (t: number, voice = {}) =>
      Array.from({ length: 12 }, (_, i) => {
        const state: GameState = newGame(withTrust(t), `trust-${i}`);
        const { explanations } = decideWithReasons(state, 'A', restoreRng(seedRng(`ai-${i}`)), 'lookahead', voice);
        return explanations.find((e) => e.kind === 'answer')!;
      });

    it('a low trust in the caller: A mostly falls short of what the partnership asks, and says its trust is low', () => {
      const low = answers(0.1);
      const short = low.filter((e) => (e.decision as number) < 2);
      console.log(`trust 0.1: A answers ${low.map((e) => e.decision).join(' ')}; e.g. “${short[0] && explanationText(base, short[0])}”`);
      expect(short.length).toBeGreaterThan(low.length / 2);
      for (const e of short) expect(explanationText(base, e)).toMatch(/^A (stays neutral in the crisis between B and C|sides against B): its trust in B is low/);
      for (const e of low) expect(explanationText(base, e)).not.toContain('it trusts B');
    });

    it('a high trust: A gives what the partnership asks or more, and says it trusts B', () => {
      const high = answers(0.9);
      console.log(`trust 0.9: A answers ${high.map((e) => e.decision).join(' ')}; e.g. “${explanationText(base, high[0]!)}”`);
      for (const e of high) {
        expect(e.decision as number).toBeGreaterThanOrEqual(2);
        expect(explanationText(base, e)).toMatch(/^A (gives B diplomatic support|backs B fully): it trusts B/);
      }
    });

    it('speak to the player as “you”', () => {
      const e = answers(0.1, { you: 'B' }).find((x) => (x.decision as number) < 2)!;
      expect(explanationText(base, e)).toMatch(/^A (stays neutral in your crisis with C|sides against you): its trust in you is low/);
    });
  });
});
