// Variants of the 2020s scenario used by the proposition tests: the world as the scenario has it (moderate US
// pressure), and a severe direct threat to Russia and China at once.
import type { Scenario } from '../../src/engine';

const BOTH = ['RUS', 'CHN'];
const HOSTILE = new Set(['USA', 'NATO']);

/** A severe direct threat to both at once: wherever the US side challenges one of them, it challenges both, at the
 *  boiling point, with both exposed, and it is readier to press. */
export function severe(sc: Scenario): Scenario {
  return {
    ...sc,
    theatres: sc.theatres.map((t) => {
      const challengers = [...new Set(t.rivals.filter((r) => HOSTILE.has(r.challenger) && BOTH.includes(r.defender)).map((r) => r.challenger))];
      if (challengers.length === 0) return t;
      const rivals = [...t.rivals];
      for (const c of challengers) for (const d of BOTH) if (!rivals.some((r) => r.challenger === c && r.defender === d)) rivals.push({ challenger: c, defender: d });
      return { ...t, tension: 0.95, rivals, exposure: { ...t.exposure, RUS: 0.95, CHN: 0.95 } };
    }),
    actors: sc.actors.map((a) => (HOSTILE.has(a.id) ? { ...a, persona: { ...a.persona, risk: 0.7 } } : a)),
  };
}
