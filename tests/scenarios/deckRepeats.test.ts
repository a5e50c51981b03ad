// Decks that vary: how often a playable side meets a deck event it has already met in the same game, over 50 seeded
// games with every power in character (as the decision-turns test plays them), and the advice `npm run validate`
// gives where a side meets the same events too often (REPEATS_ADVISED).
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { deckRepeats } from '../../src/ai/deckRepeats';
import type { ChoiceDef, EventDef } from '../../src/engine';
import { REPEATS_ADVISED, repeatWarnings } from '../../src/scenarios/deckCoverage';
import { shipped, triangle } from '../helpers';

const GAMES = 50;
const dir = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const names = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json').map((f) => f.replace(/\.json$/, '')).sort();

describe('counting the events a side meets again', () => {
  const options: ChoiceDef[] = [
    { id: 'x', label: 'x', text: '', effects: [{ kind: 'metric', actor: 'A', metric: 'economy', amount: 2 }] },
    { id: 'y', label: 'y', text: '', effects: [{ kind: 'metric', actor: 'A', metric: 'economy', amount: -2 }] },
  ];
  const event = (id: string, once: boolean): EventDef => ({ id, kind: 'opportunity', title: id, text: '', weight: 1, decider: 'A', once, choices: options });

  it('counts a recurring event dealt every turn as met again on every turn after its first', () => {
    const scenario = triangle({ rules: { defaultTrust: 0.5, eventsPerTurn: 1, breakThreshold: 4, cooldownTurns: 2 } }, [event('again', false)]);
    const [a, b] = deckRepeats(scenario, 3);
    expect(a!.side).toBe('A');
    expect(a!.met).toBe(scenario.turns);
    expect(a!.repeats).toBe(scenario.turns - 1);
    expect(a!.most).toEqual([{ event: 'again', perGame: scenario.turns }]);
    expect(b!.met).toBe(0);
    expect(repeatWarnings(scenario, [a!, b!], 3).map((w) => w.path)).toEqual(['playable[0]']);
  });

  it('counts one-off events as never met again, and advises nothing', () => {
    const scenario = triangle({ rules: { defaultTrust: 0.5, eventsPerTurn: 1, breakThreshold: 4, cooldownTurns: 2 } }, Array.from({ length: 12 }, (_, i) => event(`once-${i}`, true)));
    const [a] = deckRepeats(scenario, 3);
    expect(a!.met).toBe(scenario.turns);
    expect(a!.repeats).toBe(0);
    expect(repeatWarnings(scenario, [a!], 3)).toEqual([]);
  });
});

describe(`the shipped decks, ${GAMES} games each`, () => {
  const rows = names.flatMap((name) => deckRepeats(shipped(name), GAMES).map((r) => ({ name, ...r })));
  console.log(
    [
      `deck events a side meets again in the same game, ${GAMES} games each, every power in character:`,
      ...rows.map((r) => `  ${r.name.padEnd(24)} ${r.side}  ${r.met.toFixed(1).padStart(4)} a game, ${(100 * r.share).toFixed(0).padStart(2)}% met before; most: ${r.most.slice(0, 2).map((m) => `${m.event} ${m.perGame.toFixed(1)}`).join(', ')}`),
    ].join('\n'),
  );

  it.each(rows.map((r) => [`${r.name} ${r.side}`, r] as const))('%s', (key, r) => {
    expect(r.share, `${key}: ${(100 * r.share).toFixed(0)}% of the deck events it meets it has met before`).toBeLessThanOrEqual(REPEATS_ADVISED.share);
    expect(r.most[0]?.perGame ?? 0, `${key}: ${r.most[0]?.event} met ${r.most[0]?.perGame.toFixed(1)} times a game`).toBeLessThanOrEqual(REPEATS_ADVISED.timesAGame);
  });
});
