// Words the turn's playback, its report and the debrief share: a power's name or "you" for the player at the screen,
// and figures with a fixed number of decimals, both in the page's language.
import { num } from '../i18n';
import type { ActorId, Scenario } from '../engine';
import { nameOf, youWord } from './words';

export type Name = (id: ActorId) => string;

/** Each power by its name, the player at the screen (`viewer`, none in a game of two) as "you". */
export const namesFor = (scenario: Scenario, viewer: ActorId | null): Name => (id) => (id === viewer ? youWord() : nameOf(scenario, id));

/** "3.5" in English, "3,5" in Russian. */
export const decimal = (x: number, digits = 1): string => num(x, { minimumFractionDigits: digits, maximumFractionDigits: digits });
