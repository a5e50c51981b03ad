// The lesson a game belongs to: the class code it was opened with (kept for the tab, so a reload or a resume keeps
// the teacher's settings), or the plain settings of a game started from the menu.
import { lastTurn, type ActorId, type GameState, type Scenario } from '../engine';
import { lessonRules, lessonTurns, sidesProblem, type ClassOptions, type ClassSettings } from '../classroom';
import { lang } from '../i18n/core';
import { LOCALE } from '../i18n/langs';
import { setLang } from '../i18n';

const KEY = 'bowstring.lesson';
/** Where the player's choice of language is kept, as the language switch keeps it. */
const LANG_KEY = 'bowstring.lang';

/**
 * A class code's language becomes the student's, as if chosen with the language switch: the page speaks it, says so
 * in `<html lang>`, and remembers it. A code without a language leaves the page as it is.
 */
export async function speakLessonLang(lesson: ClassOptions, local: Storage): Promise<void> {
  if (!lesson.lang) return;
  if (lesson.lang !== lang()) await setLang(lesson.lang);
  local.setItem(LANG_KEY, lesson.lang);
  document.documentElement.lang = LOCALE[lesson.lang];
}

export function readLesson(session: Storage): ClassOptions | null {
  try {
    const text = session.getItem(KEY);
    return text ? (JSON.parse(text) as ClassOptions) : null;
  } catch {
    return null;
  }
}

export function keepLesson(session: Storage, lesson: ClassOptions): void {
  session.setItem(KEY, JSON.stringify(lesson));
}

/**
 * The class settings of this game: the lesson's, when the game is the lesson's world, played by the lesson's rules
 * (its length and temperament) and as the lesson allows.
 */
export function lessonOf(lesson: ClassOptions | null, game: GameState, players: readonly ActorId[]): ClassOptions | null {
  if (!lesson) return null;
  const { scenario } = game;
  const same = lesson.scenarioId === scenario.id && lesson.scenarioHash === scenario.hash && lesson.seed === game.seed;
  const sameRules = lessonTurns(scenario, lesson) === lastTurn(game) && (lesson.temperament ?? 'normal') === (game.rules?.temperament ?? 'normal');
  return same && sameRules && sidesProblem(scenario, lesson.side, players) === null ? lesson : null;
}

/**
 * The settings a result file records for a game: the lesson's, or those of a game started from the menu or loaded
 * from a file, whose rules (a shorter game, a temperament) come from the game itself so that its replay honours them.
 */
export function settingsFor(lesson: ClassOptions | null, game: GameState, players: readonly ActorId[]): ClassSettings {
  if (lesson) {
    const { side, advisor, turns, temperament } = lesson;
    return { side, advisor, ...(turns === undefined ? {} : { turns }), ...(temperament === undefined ? {} : { temperament }) };
  }
  const rules = lessonRules(game.rules ?? {});
  if (players.length > 1) return { side: 'hotseat', advisor: true, ...rules };
  const side = players[0];
  return { side: side === 'RUS' || side === 'CHN' ? side : 'free', advisor: true, ...rules };
}

/** Who plays a lesson, once the side is known: both playable sides for hot-seat, else the one side. */
export function lessonPlayers(scenario: Scenario, lesson: ClassOptions, picked?: ActorId): ActorId[] {
  if (lesson.side === 'hotseat') return [...scenario.playable];
  if (lesson.side === 'free') return [picked ?? scenario.playable[0]!];
  return [lesson.side];
}
