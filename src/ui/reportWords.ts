// Words the turn's playback, its report and the debrief share: a power's name or "you" for the player at the screen,
// in the page's language.
import type { ActorId, Scenario } from '../engine';
import { nameOf, youWord } from './words';

export type Name = (id: ActorId) => string;

/** Each power by its name, the player at the screen (`viewer`, none in a game of two) as "you". */
export const namesFor = (scenario: Scenario, viewer: ActorId | null): Name => (id) => (id === viewer ? youWord() : nameOf(scenario, id));

