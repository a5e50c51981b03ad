// A tie broken because a grievance passed what it can bear is told with the figures and what raised them this turn:
// the start, each deed that added to it, the unequal terms, what faded, adding up to where it ended, each deed named by
// its event's title. Checked over seeded turns of the shipped scenarios, and on a hand-built tie strained past bearing.
import { describe, expect, it } from 'vitest';
import { explainTurn, grievanceAgainst, lookup, newGame, pairAt, restoreRng, seedRng, type GameState } from '../../src/engine';
import { tx } from '../../src/i18n/core';
import { grievanceRiseWords } from '../../src/ui/grievanceWords';
import { tieLine } from '../../src/ui/report';
import { namesFor } from '../../src/ui/reportWords';
import { fixed } from '../../src/ui/words';
import { randomLegal, triangle } from '../helpers';
import { shippedScenarios } from '../machine/support';

/** Tenths in a figure as the report shows it ("4.3" → 43). */
const tenths = (shown: string) => Math.round(Number(shown) * 10);

describe('what raised a grievance that broke a tie, told', () => {
  it('the start, what each deed added and what faded add up to the end, over seeded turns of the shipped scenarios', () => {
    let told = 0;
    for (const scenario of shippedScenarios()) {
      for (let g = 0; g < 4; g++) {
        const rng = restoreRng(seedRng(`rise:${scenario.id}:${g}`));
        let state: GameState = newGame(scenario, `rise-${g}`);
        while (!state.ending) {
          const decisions = randomLegal(state, rng);
          const result = explainTurn(state, decisions);
          if (!result.ok) throw new Error('a legal turn was refused');
          const { next, why } = result.value;
          const record = next.log.at(-1)!;
          for (const c of record.tieChanges.filter((x) => x.reason === 'grievance')) {
            const words = grievanceRiseWords({ before: state, after: next, record, why }, c, namesFor(scenario, c.a));
            if (words === null || words.includes('; yours:') || words.startsWith('yours:') || words.startsWith('that of')) continue;
            const figures = /^(\d+\.\d) against (\d+\.\d) at the turn’s end \((\d+\.\d) at its start\)/.exec(words);
            expect(figures, words).not.toBeNull();
            const [, end, limit, start] = figures!;
            expect(Number(end)).toBeGreaterThan(Number(limit) - 0.05);
            const added = [...words.matchAll(/added (\d+\.\d)/g)].reduce((s, m) => s + tenths(m[1]!), 0);
            const faded = /while (\d+\.\d) faded/.exec(words);
            expect(tenths(start!) + added - (faded ? tenths(faded[1]!) : 0), words).toBe(tenths(end!));
            // Every event that added to it is named by its title.
            const hurt = words.startsWith(`${fixed(grievanceAgainst(next, c.a, c.b))} `) ? c.a : c.b;
            for (const p of why.grievance[hurt]![hurt === c.a ? c.b : c.a]!) {
              if (p.cause.kind === 'event' && p.amount >= 0.05) expect(words).toContain(tx(lookup(scenario).event.get(p.cause.event)!.title));
            }
            told++;
          }
          state = next;
        }
      }
    }
    console.log(`${told} ties broken by a grievance told with what raised it`);
    expect(told).toBeGreaterThan(0);
  });

  it('a grievance carried over from before, with nothing added this turn, is told as what it was and what faded', () => {
    const scenario = triangle({ ties: [{ a: 'A', b: 'B', kind: 'alliance' }], postures: [] });
    const start = newGame(scenario, 'carried');
    const strained: GameState = { ...start, grievance: start.grievance.slice() };
    strained.grievance[pairAt(scenario, 'B', 'A')] = 2 * scenario.rules.breakThreshold;
    const result = explainTurn(strained, {});
    if (!result.ok) throw new Error('the turn was refused');
    const { next, why } = result.value;
    const record = next.log.at(-1)!;
    const change = record.tieChanges.find((c) => c.reason === 'grievance')!;
    const end = grievanceAgainst(next, 'B', 'A');
    const line = tieLine(record, change, ['A'], namesFor(scenario, 'A'), next, { before: strained, after: next, record, why });
    console.log(line);
    const was = 2 * scenario.rules.breakThreshold;
    expect(line).toContain(`the grievance of B passed what the tie can bear: ${fixed(end)} against ${fixed(scenario.rules.breakThreshold)} at the turn’s end (${fixed(was)} at its start), while ${fixed(was - end)} faded.`);
    expect(line).not.toMatch(/added/);
  });
});
