// Authoring advice that `npm run validate` gives about a deck: the turns on which it gives a playable side nothing
// to decide. A file problem it is not (a rivalry's crisis or a partner's call may still come); a turn with no
// decision is a turn a student only watches.
import type { ActorId, Scenario } from '../engine';
import { t } from '../i18n/core';

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
