// The balance report for scenario authors (npm run simulate -- FILE --report): its counts against the games' logs
// counted here independently, where each crisis came from, how long starting ties held, and the score spread.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { balance, crisisOrigins, scoreSpread } from '../../src/ai/balance';
import { formatBalance } from '../../src/cli/reports';
import { playGame, playSide } from '../../src/ai/autoplay';
import { summarise } from '../../src/ai/summary';
import { prepareScenario, score, type EventDef, type GameState, type ScenarioDef } from '../../src/engine';
import { triangle } from '../helpers';

const fixture = (name: string) => prepareScenario(JSON.parse(readFileSync(new URL(`../fixtures/${name}.json`, import.meta.url), 'utf8')) as ScenarioDef);
const golden = fixture('golden-scenario');
const minimal = fixture('minimal');
const GAMES = 12;
const games = Array.from({ length: GAMES }, (_, i) => playGame(golden, { seed: `balance-${i}`, policy: 'persona' }));
const crisesIn = (gs: GameState[]) => gs.flatMap((g) => g.log.flatMap((r) => r.crises));

describe('crises', () => {
  const b = balance(games);

  it('counts every crisis in the logs, in one theatre and one pair each', () => {
    const all = crisesIn(games);
    console.log(`golden scenario, ${GAMES} games: ${all.length} crises`);
    expect(all.length).toBeGreaterThan(0);
    expect(b.crises).toBe(all.length);
    for (const t of golden.theatres) {
      const theirs = b.theatres.find((x) => x.theatre === t.id)!;
      expect(theirs.crises).toBe(all.filter((c) => c.theatre === t.id).length);
      expect(Object.values(theirs.byOrigin).reduce((a, n) => a + n, 0)).toBe(theirs.crises);
      expect(theirs.clashes).toBe(all.filter((c) => c.theatre === t.id && c.escalated).length);
    }
    expect(b.pairs.reduce((a, p) => a + p.crises, 0)).toBe(all.length);
    for (const p of b.pairs) expect(p.crises).toBe(all.filter((c) => c.theatre === p.theatre && c.initiator === p.challenger && c.target === p.target).length);
  });

  it('gives every crisis of a game an origin, from its replay', () => {
    for (const g of games) {
      const ids = g.log.flatMap((r) => r.crises.map((c) => c.crisis)).sort();
      expect([...crisisOrigins(g).keys()].filter((id) => ids.includes(id)).sort()).toEqual(ids);
    }
  });

  it("the summary's crises a game count every crisis an actor is party to, not only those it called partners in", () => {
    const s = summarise(games, golden.playable);
    let fewerInStats = 0;
    for (const a of s.actors) {
      const mine = crisesIn(games).filter((c) => c.initiator === a.actor || c.target === a.actor).length;
      expect(a.crisesPerGame * GAMES).toBeCloseTo(mine, 9);
      fewerInStats += mine - games.reduce((n, g) => n + g.stats[a.actor]!.crisesFaced, 0);
    }
    // The running total it used to read misses the crises in which no partner's terms owed the actor support.
    console.log(`crises of the playable sides missed by stats.crisesFaced: ${fewerInStats}`);
    expect(fewerInStats).toBeGreaterThan(0);
  });
});

describe('where a crisis came from', () => {
  const calm = (tension: number) => triangle().theatres.map((t) => ({ ...t, tension }));
  const deckCrisis: EventDef = { id: 'c-on-b', kind: 'crisis', title: 'C presses B', text: '', theatre: 'east', turns: { from: 2, to: 2 }, weight: 1, crisis: { initiator: 'C', target: 'B', severity: 0.5 } };
  const dispute: EventDef = {
    id: 'claim', kind: 'dispute', title: 'A claim', text: '', turns: { from: 1, to: 1 }, weight: 1, decider: 'A',
    choices: [{ id: 'press', label: 'Press', effects: [{ kind: 'crisis', theatre: 'west', initiator: 'A', target: 'C', severity: 0.4 }] }],
  };
  const originsOf = (g: GameState) => [...crisisOrigins(g).values()];

  it('a deck crisis, an option that starts one, and no rivalry at zero tension', () => {
    const g = playGame(triangle({ theatres: calm(0), turns: 3 }, [deckCrisis, dispute]), { seed: 'o', policy: 'persona' });
    expect(originsOf(g).sort()).toEqual(['deck', 'effect']);
  });

  it('rivalries flaring, with no deck', () => {
    const gs = Array.from({ length: 4 }, (_, i) => playGame(triangle({ theatres: calm(1) }), { seed: `r-${i}`, policy: 'persona' }));
    const origins = gs.flatMap(originsOf);
    expect(origins.length).toBeGreaterThan(0);
    expect(new Set(origins)).toEqual(new Set(['rivalry']));
  });

  it('a crisis a power chose to start opens the next turn as started', () => {
    const lead = { name: 'challenge', lead: (state: GameState, d: Record<string, object>) => void (state.turn === 1 && (d.C = { ...d.C, challenge: { theatre: 'east', target: 'B' } })) };
    const g = playSide(triangle({ theatres: calm(0), turns: 3 }), 'C', lead, 's');
    expect(originsOf(g)).toEqual(['started']);
    expect(g.log[1]!.crises.map((c) => [c.initiator, c.target])).toEqual([['C', 'B']]);
  });
});

describe('calls and the deck', () => {
  const b = balance(games);

  it('counts every call answered, each answer once', () => {
    const answers = crisesIn(games).flatMap((c) => c.answers);
    expect(b.calls.reduce((a, c) => a + c.calls, 0)).toBe(answers.length);
    for (const c of b.calls) {
      expect(c.answers.reduce((a, n) => a + n, 0)).toBe(c.calls);
      const theirs = answers.filter((x) => x.callee === c.callee && x.caller === c.caller);
      expect(c.answers[3]).toBe(theirs.filter((x) => x.delivered === 3).length);
      expect(c.short).toBe(theirs.filter((x) => x.delivered < x.expected).length);
    }
  });

  it('lists exactly the events no game dealt', () => {
    const dealt = new Set(games.flatMap((g) => g.dealt));
    expect(b.neverDealt.map((e) => e.id).sort()).toEqual(golden.events.filter((e) => !dealt.has(e.id)).map((e) => e.id).sort());
    const late: EventDef = { ...golden.events.find((e) => e.kind === 'opportunity')!, id: 'too-late', turns: { from: golden.turns + 1 } };
    const withLate = prepareScenario({ ...golden, events: [...golden.events, late] });
    expect(balance([playGame(withLate, { seed: 'late', policy: 'persona' })]).neverDealt.map((e) => e.id)).toContain('too-late');
  });
});

describe('starting ties', () => {
  it('each held between 0 and 1 of the games, its end turns within the game', () => {
    const b = balance(games);
    expect(b.ties.length).toBeGreaterThan(0);
    for (const t of b.ties) {
      expect(t.held + t.endTurns.length).toBe(GAMES);
      expect(t.broken + t.left).toBe(t.endTurns.length);
      for (const turn of t.endTurns) {
        expect(turn).toBeGreaterThanOrEqual(1);
        expect(turn).toBeLessThanOrEqual(golden.turns);
      }
    }
  });

  it('a tie no rule can break in a one-turn game holds in every game, even as it warms to an alliance', () => {
    // No tension, no deck: no crisis, no grievance; all-ally keeps every aligned posture warm.
    const quiet = triangle({ theatres: triangle().theatres.map((t) => ({ ...t, tension: 0 })) });
    const gs = Array.from({ length: 5 }, (_, i) => playGame(quiet, { seed: `q-${i}`, policy: 'all-ally', rules: { turns: 1 } }));
    expect(gs.every((g) => g.log[0]!.tieChanges.some((c) => c.to === 'alliance'))).toBe(true);
    expect(balance(gs).ties).toEqual([{ a: 'A', b: 'B', kind: 'partnership', held: 5, endTurns: [], broken: 0, left: 0 }]);
  });

  it('a tie an unequal clause breaks on the first turn, and one a side walks out of', () => {
    // Held as a partnership: warmed to an alliance, the pair would sign the standard treaty, without the clause.
    const burdened = triangle({ ties: [{ a: 'A', b: 'B', kind: 'partnership', burden: { actor: 'A', grievancePerYear: 10 } }] });
    const broken = balance(Array.from({ length: 3 }, (_, i) => playGame(burdened, { seed: `b-${i}`, policy: 'all-partner' }))).ties[0]!;
    expect(broken).toMatchObject({ held: 0, endTurns: [1, 1, 1], broken: 3, left: 0 });
    const left = balance(Array.from({ length: 3 }, (_, i) => playSide(triangle(), 'A', 'all-hedge', `l-${i}`))).ties[0]!;
    expect(left).toMatchObject({ held: 0, endTurns: [1, 1, 1], broken: 0, left: 3 });
  });
});

describe('score spread by policy', () => {
  it('percentiles in order, within the scores played', () => {
    for (const policy of ['all-hedge', 'persona'] as const) {
      const scores = Array.from({ length: 20 }, (_, i) => score(playSide(minimal, 'RUS', policy, `s-${i}`), 'RUS'));
      const s = scoreSpread('RUS', policy, scores);
      console.log(`minimal, RUS ${policy}: p5 ${s.p5.toFixed(2)} p50 ${s.p50.toFixed(2)} p95 ${s.p95.toFixed(2)}`);
      expect(s.games).toBe(20);
      expect(Math.min(...scores)).toBeLessThanOrEqual(s.p5);
      expect(s.p5).toBeLessThanOrEqual(s.p50);
      expect(s.p50).toBeLessThanOrEqual(s.p95);
      expect(s.p95).toBeLessThanOrEqual(Math.max(...scores));
    }
  });

  it("one side led by a policy leaves the others' first decisions as they were: paired games", () => {
    const [ally, hedge] = (['all-ally', 'all-hedge'] as const).map((p) => playSide(golden, 'RUS', p, 'pair'));
    const others = (g: GameState) => Object.fromEntries(Object.entries(g.log[0]!.decisions).filter(([a]) => a !== 'RUS'));
    expect(others(ally!)).toEqual(others(hedge!));
    expect(ally!.log[0]!.decisions.RUS).not.toEqual(hedge!.log[0]!.decisions.RUS);
  });

  it('the printed report names every theatre and the total', () => {
    const text = formatBalance(balance(games), [scoreSpread('RUS', 'persona', [1, 2, 3])]);
    expect(text).toContain(`Crises: ${crisesIn(games).length} in ${GAMES} games`);
    for (const t of golden.theatres) expect(text).toContain(t.id);
  });
});
