// Authoring advice that `npm run validate` gives about a deck: the turns on which it gives a playable side nothing
// to decide. A file problem it is not (a rivalry's crisis or a partner's call may still come); a turn with no
// decision is a turn a student only watches.
import type { ActorId, Scenario } from '../engine';
import { listWords, t, tx } from '../i18n/core';

/** For each playable side, the turns on which no event in the deck can give it a decision: none it decides, no
 *  crisis with it as a principal (conditions aside: an event that may be dealt counts). */
export function turnsWithoutDecision(scenario: Scenario): { side: ActorId; index: number; turns: number[] }[] {
  return scenario.playable.map((side, index) => {
    const turns: number[] = [];
    for (let t = 1; t <= scenario.turns; t++) {
      const some = scenario.events.some((e) => {
        if (e.weight <= 0 || t < (e.turns?.from ?? 1) || t > (e.turns?.to ?? scenario.turns)) return false;
        return e.kind === 'crisis' ? e.crisis?.initiator === side || e.crisis?.target === side : e.decider === side;
      });
      if (!some) turns.push(t);
    }
    return { side, index, turns };
  });
}

/** The advice in words, one line per side that needs it. */
export function coverageWarnings(scenario: Scenario): { path: string; message: string }[] {
  return turnsWithoutDecision(scenario)
    .filter((c) => c.turns.length > 0)
    .map(({ side, index, turns }) => ({
      path: `playable[${index}]`,
      message: t('files.deckCoverage.noDecision', { count: turns.length, turns: turns.join(', '), total: scenario.turns, side }),
    }));
}

/** Share of the deck events a side meets in a game that may be ones it met before in the same game before
 *  `npm run validate` advises more variety; and how many times a game, on average, it may meet one event. */
export const REPEATS_ADVISED = { share: 0.3, timesAGame: 3 } as const;

/** How often, in play, a side met deck events it had met before in the game (measured by src/ai/deckRepeats). */
export interface SideRepeats {
  side: ActorId;
  met: number;
  share: number;
  most: readonly { event: string; perGame: number }[];
}

/** The advice in words for the sides that meet the same events too often (REPEATS_ADVISED), from `games` games. */
export function repeatWarnings(scenario: Scenario, repeats: readonly SideRepeats[], games: number): { path: string; message: string }[] {
  return repeats
    .filter((r) => r.share > REPEATS_ADVISED.share || (r.most[0]?.perGame ?? 0) > REPEATS_ADVISED.timesAGame)
    .map((r) => {
      const often = r.most.filter((m) => m.perGame > 1).slice(0, 3);
      const events = listWords(often.map((m) => t('files.deckCoverage.timesAGame', { event: m.event, title: tx(scenario.events.find((e) => e.id === m.event)!.title), times: m.perGame.toFixed(1) })));
      return {
        path: `playable[${scenario.playable.indexOf(r.side)}]`,
        message: t('files.deckCoverage.repeats', { games, side: r.side, met: r.met.toFixed(1), share: Math.round(100 * r.share), events }),
      };
    });
}
