import { describe, expect, it } from 'vitest';
import {
  applyDecisions,
  boldness,
  DEFAULT_TERMS,
  obligation,
  gauges,
  gaugesIfAgreed,
  legalOptions,
  newGame,
  stateHash,
  tieOf,
  grievanceAgainst,
  pairAt,
  trustIn,
  type Decisions,
  type EventDef,
  type GameState,
  type TheatreDef,
} from '../../src/engine';
import { triangle } from './../helpers';

const calm: { theatres: TheatreDef[] } = { theatres: [
  { id: 'east', name: 'East', lon: 0, lat: 0, tension: 0, rivals: [{ challenger: 'C', defender: 'B' }], exposure: { A: 0.4 } },
  { id: 'west', name: 'West', lon: 0, lat: 0, tension: 0, rivals: [{ challenger: 'C', defender: 'A' }], exposure: { B: 0.4 } },
] };

const crisisOnB: EventDef = {
  id: 'pressure-on-b', kind: 'crisis', title: 'C presses B', text: '', theatre: 'east', turns: { from: 1, to: 1 }, weight: 1,
  crisis: { initiator: 'C', target: 'B', severity: 0.5 },
};

function step(state: GameState, decisions: Decisions): GameState {
  const r = applyDecisions(state, decisions);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

describe('ties follow postures', () => {
  it('starts from the scenario’s ties', () => {
    const s = newGame(triangle(), 'x');
    expect(tieOf(s, 'A', 'B')).toBe('partnership');
    expect(s.postures.A!.B).toBe('partner');
    expect(tieOf(s, 'A', 'C')).toBe('none');
  });

  it('forms an alliance only when both choose ally', () => {
    let s = newGame(triangle(calm), 'x');
    s = step(s, { A: { postures: { B: 'ally' } } });
    expect(tieOf(s, 'A', 'B')).toBe('partnership');
    s = step(s, { B: { postures: { A: 'ally' } } });
    expect(tieOf(s, 'A', 'B')).toBe('alliance');
    expect(s.log.at(-1)!.tieChanges).toContainEqual({ a: 'A', b: 'B', from: 'partnership', to: 'alliance', reason: 'formed' });
  });

  it('charges an abrogation to the leaver’s reputation with everyone', () => {
    let s = newGame(triangle(calm), 'x');
    s = step(s, { A: { postures: { B: 'ally' } }, B: { postures: { A: 'ally' } } });
    const before = { cInA: trustIn(s, 'C', 'A'), bInA: trustIn(s, 'B', 'A') };
    s = step(s, { A: { postures: { B: 'hedge' } } });
    expect(tieOf(s, 'A', 'B')).toBe('none');
    expect(s.log.at(-1)!.tieChanges[0]!.reason).toBe('abrogated');
    expect(trustIn(s, 'C', 'A')).toBeLessThan(before.cInA);
    expect(trustIn(s, 'B', 'A')).toBeLessThan(before.bInA);
    expect(grievanceAgainst(s, 'B', 'A')).toBeGreaterThan(1);
  });
});

describe('expectations depend on the tie', () => {
  it('expects, from a tie under its standard terms, full support from an ally attacked, diplomatic from a partner attacked, and only restraint otherwise', () => {
    const s = newGame(triangle(), 'x');
    const alliance = { kind: 'alliance' as const, since: 1, cooldownUntil: 0, terms: DEFAULT_TERMS.alliance };
    const partnership = { kind: 'partnership' as const, since: 1, cooldownUntil: 0, terms: DEFAULT_TERMS.partnership };
    expect(obligation(s, alliance, 'alliance', false, 'C')).toBe(3);
    expect(obligation(s, partnership, 'partnership', false, 'C')).toBe(2);
    expect(obligation(s, undefined, 'none', false, 'C')).toBe(1);
    // A defensive or consultative pact owes nothing to the partner that starts the crisis.
    expect(obligation(s, alliance, 'alliance', true, 'C')).toBe(1);
    expect(obligation(s, partnership, 'partnership', true, 'C')).toBe(1);
  });

  it('owes by the terms of the treaty: offensive always, neutrality never, and only against the powers named', () => {
    const s = newGame(triangle(), 'x');
    const tie = (terms: 'offensive' | 'neutrality' | 'defensive', against?: string[]) => ({ kind: 'alliance' as const, since: 1, cooldownUntil: 0, terms, ...(against ? { against } : {}) });
    expect(obligation(s, tie('offensive'), 'alliance', true, 'C')).toBe(3);
    expect(obligation(s, tie('neutrality'), 'alliance', false, 'C')).toBe(1);
    expect(obligation(s, tie('defensive', ['C']), 'alliance', false, 'C')).toBe(3);
    expect(obligation(s, tie('defensive', ['B']), 'alliance', false, 'C')).toBe(1);
  });

  it('the same diplomatic support satisfies a partner and betrays an ally', () => {
    const outcome = (allied: boolean) => {
      let s = newGame(triangle(calm, [{ ...crisisOnB, turns: { from: 2, to: 2 } }]), 'x');
      if (allied) s = step(s, { A: { postures: { B: 'ally' } }, B: { postures: { A: 'ally' } } });
      else s = step(s, {});
      const call = s.agenda.crises[0]!.calls.find((c) => c.callee === 'A')!;
      const trustBefore = trustIn(s, 'B', 'A');
      s = step(s, { A: { answers: { [call.id]: 2 } } });
      return { expected: call.expected, trustChange: trustIn(s, 'B', 'A') - trustBefore, grievance: grievanceAgainst(s, 'B', 'A') };
    };
    const partner = outcome(false);
    const ally = outcome(true);
    expect(partner.expected).toBe(2);
    expect(ally.expected).toBe(3);
    expect(partner.trustChange).toBeGreaterThan(0);
    expect(partner.grievance).toBe(0);
    expect(ally.trustChange).toBeLessThan(0);
    expect(ally.grievance).toBeGreaterThan(0);
  });

  it('taking a side costs standing with the other side', () => {
    const s = newGame(triangle(calm, [crisisOnB]), 'x');
    const call = s.agenda.crises[0]!.calls.find((c) => c.callee === 'A')!;
    const full = step(s, { A: { answers: { [call.id]: 3 } } });
    const neutral = step(s, { A: { answers: { [call.id]: 1 } } });
    expect(trustIn(full, 'C', 'A')).toBeLessThan(trustIn(s, 'C', 'A'));
    expect(trustIn(neutral, 'C', 'A')).toBeGreaterThanOrEqual(trustIn(s, 'C', 'A'));
  });

  it('breaks a tie whose grievances pass the threshold, and bars warming up until the cooldown ends', () => {
    const events: EventDef[] = [1, 2, 3, 4, 5].map((t) => ({ ...crisisOnB, id: `p${t}`, turns: { from: t, to: t } }));
    let s = newGame(triangle({ ...calm, rules: { breakThreshold: 2 } }, events), 'x');
    let broke = false;
    for (let t = 0; t < 5 && !broke; t++) {
      const call = s.agenda.crises[0]!.calls.find((c) => c.callee === 'A')!;
      s = step(s, { A: { answers: { [call.id]: 0 } } });
      broke = s.log.at(-1)!.tieChanges.some((c) => c.reason === 'grievance');
    }
    expect(broke).toBe(true);
    expect(tieOf(s, 'A', 'B')).toBe('none');
    expect(legalOptions(s, 'A').postures.B).toEqual(['hedge']);
    const refused = applyDecisions(s, { A: { postures: { B: 'ally' } } });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.errors[0]!.code).toBe('illegal-posture');
  });
});

describe('bad decisions are refused with a typed error and the state untouched', () => {
  const s = newGame(triangle(calm, [crisisOnB]), 'x');
  const hash = stateHash(s);
  const cases: [string, Decisions, string][] = [
    ['an actor that does not exist', { Z: {} }, 'unknown-actor'],
    ['a posture toward oneself', { A: { postures: { A: 'ally' } } }, 'unknown-actor'],
    ['a posture that does not exist', { A: { postures: { B: 'friend' as never } } }, 'illegal-posture'],
    ['an answer to a call never made', { A: { answers: { 'nope:A': 2 } } }, 'unknown-call'],
    ['an answer out of range', { A: { answers: { [s.agenda.crises[0]!.calls[0]!.id]: 7 as never } } }, 'illegal-answer'],
    ['an answer by the wrong actor', { C: { answers: { [s.agenda.crises[0]!.calls[0]!.id]: 2 } } }, 'unknown-call'],
    ['a choice on an event not dealt', { A: { choices: { '1.e9': 'x' } } }, 'unknown-choice'],
  ];
  for (const [what, decisions, code] of cases) {
    it(`refuses ${what}`, () => {
      const r = applyDecisions(s, decisions);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors.map((e) => e.code)).toContain(code);
      expect(stateHash(s)).toBe(hash);
    });
  }

  it('refuses every decision once the game is over', () => {
    let g = newGame(triangle({ ...calm, turns: 1 }), 'x');
    g = step(g, {});
    expect(g.ending?.reason).toBe('last-turn');
    const r = applyDecisions(g, {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.code).toBe('game-over');
  });
});

describe('choices and effects', () => {
  const choice: EventDef = {
    id: 'deal', kind: 'opportunity', title: 'A deal', text: '', decider: 'A', theatre: 'east', weight: 1, turns: { from: 1, to: 1 },
    choices: [
      { id: 'take', label: 'Take it', effects: [{ kind: 'metric', actor: 'A', metric: 'economy', amount: 10 }] },
      { id: 'leave', label: 'Leave it', effects: [] },
    ],
  };
  it('scales a metric effect by the tension of the event’s theatre', () => {
    const run = (tension: number) => {
      const theatres = calm.theatres.map((t) => ({ ...t, tension }));
      const s = newGame(triangle({ theatres }, [choice]), 'x');
      const id = s.agenda.choices[0]!.id;
      const took = step(s, { A: { choices: { [id]: 'take' } } });
      const left = step(s, { A: { choices: { [id]: 'leave' } } });
      return took.metrics.A!.economy - left.metrics.A!.economy;
    };
    // 0.5 + tension: twice the effect at tension 0.5 as at tension 0 (the turn's drift shrinks both alike).
    expect(run(0)).toBeGreaterThan(4);
    expect(run(0.5) / run(0)).toBeCloseTo(2, 5);
  });
});

describe('moral hazard and the gauges', () => {
  it('a challenger grows bolder the more it trusts a partner whose terms back it whoever starts the crisis', () => {
    const s = newGame(triangle(), 'x');
    const scenario = triangle({ ties: [{ a: 'C', b: 'A', kind: 'alliance', terms: 'offensive' }] });
    const backed = newGame(scenario, 'x');
    backed.trust[pairAt(scenario, 'C', 'A')] = 0.9;
    expect(boldness(backed, 'C', 'B', 'east')).toBeGreaterThan(boldness(s, 'C', 'B', 'east'));
    backed.trust[pairAt(scenario, 'C', 'A')] = 0.2;
    const lessSure = boldness(backed, 'C', 'B', 'east');
    backed.trust[pairAt(scenario, 'C', 'A')] = 0.9;
    expect(boldness(backed, 'C', 'B', 'east')).toBeGreaterThan(lessSure);
  });

  it('a defensive pact emboldens no one: it owes nothing to the partner that starts the crisis', () => {
    const s = newGame(triangle(), 'x');
    const defensive = newGame(triangle({ ties: [{ a: 'A', b: 'B', kind: 'partnership' }, { a: 'C', b: 'A', kind: 'alliance', terms: 'defensive' }] }), 'x');
    defensive.trust[pairAt(defensive.scenario, 'C', 'A')] = 0.9;
    expect(boldness(defensive, 'C', 'B', 'east')).toBeCloseTo(boldness(s, 'C', 'B', 'east'), 12);
  });

  it('no tie: nothing owed, so full abandonment risk and no entrapment', () => {
    const s = newGame(triangle({ ties: [] }), 'x');
    const g = gauges(s, 'A', 'B');
    expect(g.abandonment).toBe(1);
    expect(g.owes).toBe(false);
    expect(g.entrapment).toBe(0);
    // A tie whose terms owe A backing says so: the screens show a chance then, not "nothing owed".
    expect(gauges(newGame(triangle(), 'x'), 'A', 'B').owes).toBe(true);
  });

  it('abandonment risk falls with trust; entrapment costs more with commitment', () => {
    const partner = newGame(triangle(), 'x');
    const ally = newGame(triangle({ ties: [{ a: 'A', b: 'B', kind: 'alliance' }] }), 'x');
    // Both are called into B's clashes where B is attacked (a partner for words, an ally for arms): the ally pays more.
    expect(gauges(partner, 'A', 'B').entrapment).toBeGreaterThan(0);
    expect(gauges(ally, 'A', 'B').entrapment).toBeGreaterThan(0);
    expect(gauges(ally, 'A', 'B').entrapmentCost).toBeGreaterThan(gauges(partner, 'A', 'B').entrapmentCost);
    const trusting = newGame(triangle(), 'x');
    trusting.trust[pairAt(trusting.scenario, 'A', 'B')] = 0.9;
    expect(gauges(trusting, 'A', 'B').abandonment).toBeLessThan(gauges(partner, 'A', 'B').abandonment);
    // Failing an ally puts more at stake (grievance weighing more, its word with everyone): it is likelier to come.
    expect(gauges(ally, 'A', 'B').abandonment).toBeLessThan(gauges(partner, 'A', 'B').abandonment);
    expect(gaugesIfAgreed(partner, 'A', 'B', 'ally').abandonment).toBeLessThan(gauges(partner, 'A', 'B').abandonment);
  });
});
