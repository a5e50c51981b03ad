// What a teacher sets for a lesson, and which sides people then play. Shared by class codes and result files.
import type { ActorId, GameRules, Scenario, Temperament } from '../engine';
import { english } from '../engine/prose';

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

/** A whole lesson: the world (scenario, exact version, seed) and the settings. */
export interface ClassOptions extends ClassSettings {
  scenarioId: string;
  scenarioHash: string;
  seed: string;
}

/** The name of an actor as the scenario writes it, for messages. */
export function actorName(scenario: Scenario, id: ActorId): string {
  const name = scenario.actors.find((a) => a.id === id)?.name;
  return name === undefined ? id : english(name);
}

/**
 * Whether `sides` (the people's sides in a game) are what `side` allows in `scenario`; a sentence saying why not.
 * 'free' allows any one playable side; 'hotseat' needs every playable side, in the scenario's order.
 */
export function sidesProblem(scenario: Scenario, side: ClassSide, sides: readonly ActorId[]): string | null {
  const playable = scenario.playable;
  const names = (ids: readonly ActorId[], joint = ' and ') => ids.map((id) => actorName(scenario, id)).join(joint);
  if (side === 'hotseat') {
    if (playable.length < 2) return `'${scenario.title}' cannot be played hot-seat: only ${names(playable)} can be played in it.`;
    if (sides.length !== playable.length || sides.some((s, i) => s !== playable[i])) return `A hot-seat game of '${scenario.title}' is played by ${names(playable)}, not ${names(sides) || 'nobody'}.`;
    return null;
  }
  if (side !== 'free' && !playable.includes(side)) return `In '${scenario.title}' only ${names(playable)} can be played, not ${actorName(scenario, side)}.`;
  if (sides.length !== 1) return `This lesson is played by one side at a time, not ${names(sides) || 'nobody'}.`;
  if (side === 'free' ? !playable.includes(sides[0]!) : sides[0] !== side) return `This lesson is played as ${side === 'free' ? names(playable, ' or ') : actorName(scenario, side)}, not ${names(sides)}.`;
  return null;
}

/** The turns a lesson lasts: the teacher's count, never more than the scenario has. */
export const lessonTurns = (scenario: Scenario, settings: ClassSettings): number => Math.min(settings.turns ?? scenario.turns, scenario.turns);

/** The engine's rules for a lesson: its turn count and temperament, those that are set (the engine drops what changes nothing). */
export function lessonRules(settings: Pick<ClassSettings, 'turns' | 'temperament'>): GameRules {
  return { ...(settings.turns === undefined ? {} : { turns: settings.turns }), ...(settings.temperament === undefined ? {} : { temperament: settings.temperament }) };
}
