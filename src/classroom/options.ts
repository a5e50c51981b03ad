// What a teacher sets for a lesson, and which sides people then play. Shared by class codes and result files.
import { nameOf } from '../i18n/engineWords';
import type { ActorId, GameRules, Scenario, Temperament } from '../engine';
import { listWords, t, tx } from '../i18n/core';
import type { Lang } from '../i18n/langs';

/** Who the students play: Russia, China, their own pick among the playable sides, or both at one screen. */
export const CLASS_SIDES = ['RUS', 'CHN', 'free', 'hotseat'] as const;
export type ClassSide = (typeof CLASS_SIDES)[number];

/** How readily actors start and press crises: the engine's rule (src/engine/crisis.ts, riskOf). */
export { TEMPERAMENTS, type Temperament } from '../engine';

/** The options a lesson is played with (everything in a class code but the world itself). */
export interface ClassSettings {
  side: ClassSide;
  /** Turns to play, when shorter than the scenario. */
  turns?: number;
  /** Whether students may ask the advisor. */
  advisor: boolean;
  temperament?: Temperament;
}

/** A whole lesson: the world (scenario, exact version, seed), the settings, and the language the class plays in. */
export interface ClassOptions extends ClassSettings {
  scenarioId: string;
  scenarioHash: string;
  seed: string;
  /** The class's language: a student who opens the code plays in it. Not part of the game, so not in result files. */
  lang?: Lang;
}

/**
 * Whether `sides` (the people's sides in a game) are what `side` allows in `scenario`; a sentence saying why not.
 * 'free' allows any one playable side; 'hotseat' needs every playable side, in the scenario's order.
 */
export function sidesProblem(scenario: Scenario, side: ClassSide, sides: readonly ActorId[]): string | null {
  const playable = scenario.playable;
  const names = (ids: readonly ActorId[], type: 'conjunction' | 'disjunction' = 'conjunction') => listWords(ids.map((id) => nameOf(scenario, id)), type);
  const played = names(sides) || t('class.options.nobody');
  const title = tx(scenario.title);
  if (side === 'hotseat') {
    if (playable.length < 2) return t('class.options.noHotseat', { title, names: names(playable) });
    if (sides.length !== playable.length || sides.some((s, i) => s !== playable[i])) return t('class.options.hotseatSides', { title, names: names(playable), played });
    return null;
  }
  if (side !== 'free' && !playable.includes(side)) return t('class.options.notPlayable', { title, names: names(playable), side: nameOf(scenario, side) });
  if (sides.length !== 1) return t('class.options.oneSide', { played });
  if (side === 'free' ? !playable.includes(sides[0]!) : sides[0] !== side)
    return t('class.options.otherSide', { allowed: side === 'free' ? names(playable, 'disjunction') : nameOf(scenario, side), played });
  return null;
}

/** The turns a lesson lasts: the teacher's count, never more than the scenario has. */
export const lessonTurns = (scenario: Scenario, settings: ClassSettings): number => Math.min(settings.turns ?? scenario.turns, scenario.turns);

/** The engine's rules for a lesson: its turn count and temperament, those that are set (the engine drops what changes nothing). */
export function lessonRules(settings: Pick<ClassSettings, 'turns' | 'temperament'>): GameRules {
  return { ...(settings.turns === undefined ? {} : { turns: settings.turns }), ...(settings.temperament === undefined ? {} : { temperament: settings.temperament }) };
}
