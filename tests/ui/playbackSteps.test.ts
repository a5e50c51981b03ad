// The resolved turn told step by step, on real games played by the engine: each crisis flares, each call is answered,
// the crisis ends; then the ties that changed. Every step's line is the report's own words for it.
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/ai/autoplay';
import { TIE_RANK, type ActorId, type GameState, type TurnRecord } from '../../src/engine';
import { playbackSteps } from '../../src/ui/playback/steps';
import { turnWhy } from '../../src/ui/timeline';
import { cap, supportWord, crisisEndWords, nameOf, tieChangeWords } from '../../src/ui/words';
import { shipped } from '../helpers';

// Whole games of two scenarios, every power in character: their turns give crises with calls, quiet turns and tie changes.
const games: GameState[] = [
  ...['p-1', 'p-2', 'p-3'].map((seed) => playGame(shipped('idlib-2021'), { seed, policy: 'persona' })),
  ...['p-1', 'p-2'].map((seed) => playGame(shipped('alliance-question-2020'), { seed, policy: 'persona' })),
];
const turns = games.flatMap((game) => game.log.map((record) => ({ game, record })));
const withCalls = turns.filter((t) => t.record.crises.some((c) => c.answers.length > 0));
const quiet = turns.filter((t) => t.record.crises.length === 0);
const withTies = turns.filter((t) => t.record.tieChanges.length > 0);
console.log(`played ${games.length} games, ${turns.length} turns: ${withCalls.length} with a crisis that called on someone, ${quiet.length} without a crisis, ${withTies.length} with a tie that changed`);

function told(game: GameState, record: TurnRecord, viewer: ActorId | null = null) {
  const { before } = turnWhy(game, record.turn);
  const name = (id: ActorId) => (id === viewer ? 'you' : nameOf(game.scenario, id));
  return { before, name, steps: playbackSteps(before, record, viewer) };
}

describe('the resolved turn, step by step', () => {
  it.skipIf(withCalls.length === 0)('tells each crisis as its flare, each call with its answer, and its end, in the order resolved', () => {
    for (const { game, record } of withCalls) {
      const { before, name, steps } = told(game, record);
      expect(steps).toHaveLength(record.crises.reduce((n, c) => n + 2 + c.answers.length, 0) + record.tieChanges.length);
      let i = 0;
      for (const c of record.crises) {
        const flare = steps[i++]!;
        expect(flare.cue).toMatchObject({ adds: 'flare', crisis: { theatre: c.theatre, initiator: c.initiator, target: c.target, calls: [], end: null } });
        // The line opens a sentence with the challenger's name: "The" where English gives it "the".
        expect(flare.line).toContain(`${cap(nameOf(game.scenario, c.initiator))} presses ${nameOf(game.scenario, c.target)}`);
        c.answers.forEach((a, k) => {
          const step = steps[i++]!;
          // The calls accumulate: the map shows this answer with those before it.
          expect(step.cue.adds).toBe('call');
          expect(step.cue.crisis!.calls).toHaveLength(k + 1);
          expect(step.cue.crisis!.calls[k]).toMatchObject({ caller: a.caller, callee: a.callee, expected: a.expected, given: a.delivered });
          expect(step.line).toContain(`called on ${nameOf(game.scenario, a.callee)}, expecting ${supportWord(a.expected)}`);
          expect(step.line).toContain(`gave ${supportWord(a.delivered)}`);
          expect(step.line.endsWith(a.delivered >= a.expected ? '✓.' : '✗ short.')).toBe(true);
        });
        const end = steps[i++]!;
        expect(end.cue.crisis!.end).toEqual({ escalated: c.escalated, winner: c.winner });
        expect(end.line.startsWith(crisisEndWords(before.scenario, c, name))).toBe(true);
        // What backing a side cost is told only when someone paid.
        expect(end.line.includes('Backing a side cost')).toBe(c.answers.some((a) => a.cost > 0));
      }
    }
  });

  it.skipIf(withCalls.length === 0)('says “you” for the player at the screen', () => {
    const { game, record } = withCalls[0]!;
    const c = record.crises.find((x) => x.answers.length > 0)!;
    const { steps } = told(game, record, c.answers[0]!.caller);
    expect(steps.find((s) => s.cue.adds === 'call')!.line).toMatch(/^You called on /);
  });

  it.skipIf(withTies.length === 0)('ends with each tie that changed, marked formed, warmed, cooled or broke by its kinds', () => {
    for (const { game, record } of withTies) {
      const { name, steps } = told(game, record);
      const tail = steps.slice(steps.length - record.tieChanges.length);
      record.tieChanges.forEach((change, k) => {
        const step = tail[k]!;
        expect(step.line).toBe(tieChangeWords(change, name));
        expect(step.cue.ties).toHaveLength(k + 1);
        const cue = step.cue.ties[k]!;
        const expected = change.from === 'none' ? 'formed' : change.to === 'none' ? 'broke' : TIE_RANK[change.to] > TIE_RANK[change.from] ? 'warmed' : 'cooled';
        expect(cue).toMatchObject({ a: change.a, b: change.b, change: expected, to: change.to });
      });
    }
  });

  it.skipIf(quiet.length === 0)('tells a turn without crisis only by its ties', () => {
    for (const { game, record } of quiet) {
      const { steps } = told(game, record);
      expect(steps.map((s) => s.cue.adds)).toEqual(record.tieChanges.map(() => 'tie'));
    }
  });
});
