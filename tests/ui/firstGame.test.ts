// The guided first game, played through the turn flow with the moves its guide asks for: on its fixed seed the
// player is abandoned by its partner in a crisis of its own, and pays for backing its ally in the ally's clash,
// whichever option of turn 1's event the player picks.
import { readFileSync } from 'node:fs';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { legalOptions, newGame, type CrisisOutcome } from '../../src/engine';
import { createFlow, gameInPlay, phaseOf } from '../../src/machine';
import { loadScenario } from '../../src/scenarios/loader';
import { GUIDED } from '../../src/ui/tutorial';

const report = loadScenario(readFileSync('scenarios/first-game.json', 'utf8'), 'first-game.json');
if (!report.ok) throw new Error(report.errors.map((e) => e.message).join('; '));
const scenario = report.value;
// The guide asks the player to pick an option of turn 1's event, any of them.
const turn1 = newGame(scenario, GUIDED.seed);
const event = turn1.agenda.choices.find((c) => c.decider === GUIDED.side)!;
const options = scenario.events.find((e) => e.id === event.event)!.choices!.map((c) => c.id);

describe('the guided first game', () => {
  it('deals the player an event to decide on turn 1', () => {
    expect(options.length).toBeGreaterThan(1);
  });

  it.each(options)('brings abandonment on turn 2 and entrapment on turn 3 for the guided moves, with “%s” on turn 1', (option) => {
    const side = GUIDED.side;
    const flow = createActor(createFlow({ scenarios: [scenario] }), { input: {} }).start();
    flow.send({ type: 'START', scenario: GUIDED.scenario, seed: GUIDED.seed, players: [side] });
    const phases: string[] = [];
    for (let guard = 0; guard < 100 && phaseOf(flow.getSnapshot()) !== 'debrief'; guard++) {
      const snap = flow.getSnapshot();
      const phase = phaseOf(snap);
      const game = snap.context.game!;
      phases.push(`${game.turn}:${phase}`);
      if (phase === 'decisions') {
        const options = legalOptions(gameInPlay(snap.context)!, side);
        // The guide asks: ally toward Turkey on turn 1, full support to Syria's call on turn 3.
        if (game.turn === 1) {
          flow.send({ type: 'POSTURE', side, toward: 'TUR', posture: 'ally' });
          flow.send({ type: 'CHOOSE', side, choice: event.id, option });
        }
        for (const call of options.calls) if (call.caller === 'SYR') flow.send({ type: 'ANSWER', side, call: call.id, level: 3 });
        flow.send({ type: 'SUBMIT', side });
      } else if (phase === 'calling') {
        // Turkey and Syria are called.
        for (const c of legalOptions(game, side).crises) flow.send({ type: 'CALL', side, crisis: c.id, callees: c.callees });
        flow.send({ type: 'CONTINUE' });
      } else if (phase === 'standing') {
        for (const c of legalOptions(game, side).crises) flow.send({ type: 'STANCE', side, crisis: c.id, stance: 'stand' });
        flow.send({ type: 'CONTINUE' });
      } else flow.send({ type: 'CONTINUE' });
      expect(flow.getSnapshot().context.refusal).toBeNull();
    }
    const game = flow.getSnapshot().context.game!;
    const crisisOn = (turn: number): CrisisOutcome | undefined => game.log.find((t) => t.turn === turn)?.crises[0];
    const own = crisisOn(2);
    const allys = crisisOn(3);
    console.log(`turn 2: ${JSON.stringify(own?.answers)}\nturn 3: escalated ${allys?.escalated}, ${JSON.stringify(allys?.answers)}`);
    expect(phases).toContain('2:calling');
    expect(phases).toContain('2:standing');
    // Turn 2, Russia's own crisis: Turkey, called, gives less than the partnership owes.
    expect(own?.target).toBe(side);
    const turkey = own!.answers.find((a) => a.caller === side && a.callee === 'TUR')!;
    expect(turkey.delivered).toBeLessThan(turkey.expected);
    // Turn 3, Syria's crisis: Russia backs it fully, the crisis comes to a clash, and Russia pays.
    expect(allys?.initiator).toBe('SYR');
    expect(allys?.escalated).toBe(true);
    expect(allys!.answers.find((a) => a.callee === side)!.cost).toBeGreaterThan(0);
    expect(game.stats[side]!.abandoned).toBeGreaterThanOrEqual(1);
    expect(game.stats[side]!.entrapped).toBeGreaterThanOrEqual(1);
  });
});
