// What the page gives the screens of a live class, which are loaded only when a live class is opened (so the game's
// first load carries none of their code), and what a student's link to the class gives back to the page. Types and
// storage keys, and the classes this browser teaches.
import type { Scenario } from '../engine';
import type { FlowEvent, FlowSnapshot } from '../machine';
import type { ClassOptions } from '../classroom';
import type { AuthorFiles } from './authorFiles';
import type { Shell } from './shell';

/** The tab's live class as a student: its code (sessionStorage), so a reload goes back to it. */
export const LIVE_CLASS_KEY = 'bowstring.live.class';
/** The live class this tab shows its teacher: its code (sessionStorage), so a reload goes back to its live view. */
export const LIVE_TEACHER_KEY = 'bowstring.live.teacher';
/** Every live class this browser made, with its teacher key (localStorage only: the key never enters a URL). */
export const LIVE_TAUGHT_KEY = 'bowstring.live.taught';
/** A student's place in a class, kept per class code in localStorage so a reload rejoins as the same student. */
export const liveStudentKey = (code: string): string => `bowstring.live.student.${code}`;

/** "K7Q-M2X": a class's six characters in two groups of three, easier to read out and to copy. */
export const codeShown = (code: string): string => `${code.slice(0, 3)}-${code.slice(3)}`;

/** A live class this browser made: what its teacher needs to open it again from any tab. */
export interface TaughtClass {
  code: string;
  key: string;
  scenarioId: string;
  /** The scenario's title when the class was made, for a scenario this browser no longer knows. */
  title: string;
  mode: 'solo' | 'world';
  /** ISO time. */
  madeAt: string;
}

const isTaught = (x: unknown): x is TaughtClass => {
  const c = x as Partial<TaughtClass> | null;
  return typeof c === 'object' && c !== null && [c.code, c.key, c.scenarioId, c.title, c.madeAt].every((v) => typeof v === 'string') && (c.mode === 'solo' || c.mode === 'world');
};

/** The live classes this browser made, newest first; a damaged entry is left out. */
export function taughtClasses(local: Storage): TaughtClass[] {
  try {
    const kept: unknown = JSON.parse(local.getItem(LIVE_TAUGHT_KEY) ?? '[]');
    return Array.isArray(kept) ? kept.filter(isTaught) : [];
  } catch {
    return [];
  }
}

/** Keeps a class made here (first in the list); false when the browser would not keep it. */
export function keepTaught(local: Storage, made: TaughtClass): boolean {
  try {
    local.setItem(LIVE_TAUGHT_KEY, JSON.stringify([made, ...taughtClasses(local).filter((c) => c.code !== made.code)]));
    return true;
  } catch {
    return false;
  }
}

/** Forgets the way back to a class on this device (the class itself goes on on the server). */
export function forgetTaught(local: Storage, code: string): void {
  try {
    local.setItem(LIVE_TAUGHT_KEY, JSON.stringify(taughtClasses(local).filter((c) => c.code !== code)));
  } catch {
    // Nothing to forget where nothing could be kept.
  }
}

/** The class this tab teaches, if any and still kept: what a reload returns to. */
export function taughtClass(session: Storage, local: Storage): TaughtClass | null {
  const code = session.getItem(LIVE_TEACHER_KEY);
  return taughtClasses(local).find((c) => c.code === code) ?? null;
}

export interface LiveHost {
  shell: Shell;
  /** The scenarios the game ships, and the author's files kept in this browser. */
  shipped: readonly Scenario[];
  files: AuthorFiles;
  scenarios(): Scenario[];
  local: Storage;
  session: Storage;
  snapshot(): FlowSnapshot;
  /** A request to the flow, past any hold of the live class. */
  send(event: FlowEvent): void;
  /** Shows a page of the live class where the menu's pages go; `fresh` when it is a new page, which takes the focus. */
  showPage(draw: () => HTMLElement, fresh: boolean): void;
  /** Back to the menu. */
  menu(): void;
  /** A scenario the class carries, known to the game in this tab only (never kept, never a shipped id); null: none. */
  useClassScenario(scenario: Scenario | null): void;
  /** The lesson this tab plays, as a class code's: its settings go with the game's result and its debrief. */
  setLesson(lesson: ClassOptions): void;
  /** The student's link to a class, which the page consults as the game goes; null when the tab is in no live class. */
  attach(student: LiveStudent | null): void;
  redrawHeader(): void;
  /** Draws the debrief again, when it is shown: what it says of the class's result has changed. */
  redrawDebrief(): void;
}

/** A student's link to a live class, as the page sees it. */
export interface LiveStudent {
  /** Called whenever the game changes: resolved turns and rewinds are sent to the class server from here. */
  follow(snapshot: FlowSnapshot): void;
  /** Whether the page must hold `event` instead of sending it (a turn's submit while the class is paused). */
  holds(event: FlowEvent): boolean;
  /** The line under the game's header: the class's code and the connection; null when this game is not the class's. */
  headerLine(): HTMLElement | null;
  /** Said on the debrief of the class's game: where the result is. */
  debriefNote(): HTMLElement | null;
  /** Whether the debrief offers the result file to hand in: not in a shared world, whose record is on the class server,
   *  nor once the class has ended, when the server's copy of the game is what the teacher has. */
  readonly handsIn: boolean;
  /** A shared world's waiting screen: who is still deciding this step; null when the game is no shared world. */
  waitingLine(): string | null;
}
