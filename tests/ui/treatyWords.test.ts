// What the page says a tie owes (rules version 3): the treaty's terms by name, and for a call the reason it expects
// what the engine set (`call.expected`) — the terms, who started the crisis, and against whom the treaty is aimed.
import { describe, expect, it } from 'vitest';
import { newGame, owed, pairAt, type ActorId, type Call, type CrisisInstance, type GameState, type TieDef } from '../../src/engine';
import { answerOutlook, calledByBoth, expectationWhy, owedOnlyRestraint } from '../../src/ui/consequences';
import { gamePeriod, periodOf, tieWords, treatyOwes, trustWords } from '../../src/ui/words';
import { shipped, triangle } from '../helpers';

const you = (side: ActorId) => (id: ActorId) => (id === side ? 'you' : id);

/** A, B and C as in the triangle, plus D; A and B tied by `tie`, C a partner of A. */
function world(tie: Partial<TieDef>): GameState {
  const base = triangle();
  const d = { ...base.actors[2]!, id: 'D', name: 'D' };
  const scenario = triangle({
    actors: [...base.actors, d],
    ties: [{ a: 'A', b: 'B', kind: 'alliance', ...tie }, { a: 'A', b: 'C', kind: 'partnership' }],
    theatres: [{ id: 'east', name: 'East', lon: 0, lat: 0, tension: 0.6, rivals: [{ challenger: 'B', defender: 'C' }, { challenger: 'C', defender: 'B' }, { challenger: 'B', defender: 'D' }], exposure: { A: 0.6 } }],
  });
  return newGame(scenario, 'words');
}

/** A crisis in the east with A called by `caller`, expecting what the engine says A owes it. */
function crisisOf(state: GameState, initiator: ActorId, target: ActorId, callers: ActorId[]): CrisisInstance {
  const calls: Call[] = callers.map((caller, i) => ({
    id: i === 0 ? 'x:A' : `x:A:${initiator}`,
    caller,
    callee: 'A',
    expected: owed(state, 'A', caller, caller === initiator, caller === initiator ? target : initiator),
  }));
  return { id: 'x', event: null, theatre: 'east', initiator, target, severity: 0.6, calls };
}

describe('a tie in words', () => {
  it('names the treaty’s terms, and whom it is aimed at', () => {
    expect(tieWords(world({}), 'A', 'B')).toBe('alliance (defensive)');
    expect(tieWords(world({ terms: 'offensive', against: ['D'] }), 'B', 'A')).toBe('alliance (offensive, against D)');
    expect(tieWords(world({}), 'A', 'C')).toBe('partnership (consultative)');
    expect(tieWords(world({}), 'B', 'C')).toBe('no tie');
  });

  it('says what the terms owe either side, as the engine reads them', () => {
    expect(treatyOwes(world({}), 'A', 'B')).toBe('Each owes the other full support when challenged, but only neutrality in a crisis it starts itself.');
    expect(treatyOwes(world({}), 'A', 'C')).toBe('Each owes the other diplomatic support when challenged, but only neutrality in a crisis it starts itself.');
    expect(treatyOwes(world({ terms: 'offensive' }), 'A', 'B')).toBe('Each owes the other full support in any crisis, whoever starts it.');
    expect(treatyOwes(world({ terms: 'neutrality' }), 'A', 'B')).toBe('Neither owes the other more than neutrality, whoever starts a crisis.');
    expect(treatyOwes(world({ against: ['D'], burden: { actor: 'A', grievancePerYear: 0.4 } }), 'A', 'B')).toBe(
      'Each owes the other full support when challenged, but only neutrality in a crisis it starts itself, and only against D or a state allied with them. Its unequal clauses weigh on A: its grievance grows by 0.4 a year while the tie holds.',
    );
  });
});

describe('why a call expects what it does', () => {
  it('a defensive ally that starts the crisis is owed only neutrality, and is told why', () => {
    const state = world({});
    const crisis = crisisOf(state, 'B', 'C', ['B']);
    expect(crisis.calls[0]!.expected).toBe(1);
    expect(expectationWhy(state, crisis, crisis.calls[0]!, you('A'))).toBe('it started this crisis, and your alliance (defensive) owes a partner that starts one no more than that');
    expect(answerOutlook(state, 'A', crisis, 'x:A', {}).why).toBe(expectationWhy(state, crisis, crisis.calls[0]!, you('A')));
  });

  it('a defensive ally that is challenged is owed full support', () => {
    const state = world({});
    const crisis = crisisOf(state, 'C', 'B', ['B']);
    expect(crisis.calls[0]!.expected).toBe(3);
    expect(expectationWhy(state, crisis, crisis.calls[0]!, you('A'))).toBe('it is the one challenged, and your alliance (defensive) owes that to a partner challenged');
  });

  it('an offensive ally is owed full support even in a crisis it starts; a treaty aimed elsewhere owes no more than neutrality', () => {
    const offensive = world({ terms: 'offensive' });
    const started = crisisOf(offensive, 'B', 'C', ['B']);
    expect(started.calls[0]!.expected).toBe(3);
    expect(expectationWhy(offensive, started, started.calls[0]!, you('A'))).toBe('your alliance (offensive) owes that even in a crisis the partner starts');
    const aimed = world({ against: ['D'] });
    const elsewhere = crisisOf(aimed, 'C', 'B', ['B']);
    expect(elsewhere.calls[0]!.expected).toBe(1);
    expect(expectationWhy(aimed, elsewhere, elsewhere.calls[0]!, you('A'))).toBe('your alliance (defensive, against D) is aimed at D, not at C, so it owes no more here');
  });

  it('an actor tied to both sides is called by both, and each call says its own reason', () => {
    const state = world({});
    const crisis = crisisOf(state, 'B', 'C', ['C', 'B']);
    expect(calledByBoth(crisis, 'A')).toBe(true);
    expect(crisis.calls.map((c) => c.expected)).toEqual([2, 1]);
    expect(expectationWhy(state, crisis, crisis.calls[0]!, you('A'))).toBe('it is the one challenged, and your partnership (consultative) owes that to a partner challenged');
    expect(expectationWhy(state, crisis, crisis.calls[1]!, (id) => id)).toBe('it started this crisis, and the alliance (defensive) A holds owes a partner that starts one no more than that');
  });

  it('names those who owe a challenger only neutrality because it started the crisis', () => {
    const defensive = world({});
    expect(owedOnlyRestraint(defensive, crisisOf(defensive, 'B', 'C', ['B']), crisisOf(defensive, 'B', 'C', ['B']).calls)).toEqual(['A']);
    const offensive = world({ terms: 'offensive' });
    expect(owedOnlyRestraint(offensive, crisisOf(offensive, 'B', 'C', ['B']), crisisOf(offensive, 'B', 'C', ['B']).calls)).toEqual([]);
    // A neutrality pact owes no more when its partner is challenged either: nothing to explain by who started it.
    const pact = world({ terms: 'neutrality' });
    expect(owedOnlyRestraint(pact, crisisOf(pact, 'B', 'C', ['B']), crisisOf(pact, 'B', 'C', ['B']).calls)).toEqual([]);
  });

  it('an answer that backs the other side more is shown as the caller will see it: opposition, whatever it says', () => {
    // A is tied to both B and C, and each calls on it; neutral to C while backing B with words is taking B's side.
    const state = world({});
    const crisis = crisisOf(state, 'B', 'C', ['C', 'B']);
    expect(calledByBoth(crisis, 'A')).toBe(true);
    const toC = answerOutlook(state, 'A', crisis, 'x:A', { 'x:A:B': 2 }).levels;
    expect(toC[1]).toMatchObject({ meets: false, sidedWith: 'B' });
    // Words to both alike back neither: C sees neutrality; more for C than for B stands by C.
    const fromC = crisis.calls.find((c) => c.id === 'x:A')!;
    expect(toC[2]).toMatchObject({ meets: fromC.expected <= 1, sidedWith: null, alike: 'B' });
    expect(toC[3]).toMatchObject({ meets: true, sidedWith: null, alike: null });
    // With B answered neutrally too, neutrality meets what C expects of a partner only when that is what it expects.
    const alone = answerOutlook(state, 'A', crisis, 'x:A', { 'x:A:B': 1 }).levels;
    expect(alone[1]!.sidedWith).toBeNull();
    expect(alone[1]!.meets).toBe(crisis.calls[0]!.expected <= 1);
  });

  it('opposing the caller is priced as words for the other side, never as free', () => {
    const state = world({});
    const crisis = crisisOf(state, 'C', 'B', ['B']);
    const levels = answerOutlook(state, 'A', crisis, 'x:A', {}).levels;
    expect(levels[1]!.cost).toBe(0);
    expect(levels[0]!.cost).toBeGreaterThan(0);
  });
});

describe('the months a turn covers', () => {
  it('count from the scenario’s first month (British short months: “Sept”)', () => {
    const october = triangle({ startYear: 2020, startMonth: 10, monthsPerTurn: 6 });
    expect([1, 2, 3].map((t) => periodOf(october, t))).toEqual(['Oct 2020 – Mar 2021', 'Apr 2021 – Sept 2021', 'Oct 2021 – Mar 2022']);
    expect(periodOf(triangle({ startYear: 2020, monthsPerTurn: 6 }), 2)).toBe('Jul 2020 – Dec 2020');
    expect(periodOf(triangle({ startYear: 2020, monthsPerTurn: 12 }), 2)).toBe('2021');
    expect(gamePeriod(october)).toBe('Oct 2020 – Sept 2025');
  });
});

describe('trust with its uncertainty', () => {
  it('shows the spread of the belief, wider on less evidence', () => {
    const s = newGame(shipped('alliance-question-2020'), 'trust-words');
    const thin = trustWords(s, 'RUS', 'CHN');
    s.evidence[pairAt(s.scenario, 'RUS', 'CHN')] = 40;
    const thick = trustWords(s, 'RUS', 'CHN');
    const spread = (t: string) => Number(/± (\d+)%/.exec(t)![1]);
    expect(thin).toMatch(/^\d+% ± \d+%$/);
    expect(spread(thick)).toBeLessThan(spread(thin));
  });
});
