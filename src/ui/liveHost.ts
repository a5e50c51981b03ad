// What the page gives the screens of a live class, which are loaded only when a live class is opened (so the game's
// first load carries none of their code), and what a student's link to the class gives back to the page. Types and
// storage keys only.
import type { Scenario } from '../engine';
import type { FlowEvent, FlowSnapshot } from '../machine';
import type { ClassOptions } from '../classroom';
import type { AuthorFiles } from './authorFiles';
import type { Shell } from './shell';

/** The tab's live class as a student: its code (sessionStorage), so a reload goes back to it. */
export const LIVE_CLASS_KEY = 'bowstring.live.class';
/** The teacher's class in this tab: `{ code, key }` (sessionStorage only: the key never leaves the tab or enters a URL). */
export const LIVE_TEACHER_KEY = 'bowstring.live.teacher';
/** A student's place in a class, kept per class code in localStorage so a reload rejoins as the same student. */
export const liveStudentKey = (code: string): string => `bowstring.live.student.${code}`;

/** "K7Q-M2X": a class's six characters in two groups of three, easier to read out and to copy. */
export const codeShown = (code: string): string => `${code.slice(0, 3)}-${code.slice(3)}`;

/** The class this tab teaches, if any: what a reload returns to. */
export function taughtClass(session: Storage): { code: string; key: string } | null {
  try {
    const kept = JSON.parse(session.getItem(LIVE_TEACHER_KEY) ?? 'null') as { code?: unknown; key?: unknown } | null;
    return typeof kept?.code === 'string' && typeof kept.key === 'string' ? { code: kept.code, key: kept.key } : null;
  } catch {
    return null;
  }
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
  /** Whether the debrief offers the result file to hand in: not in a shared world, whose record is on the class server. */
  readonly handsIn: boolean;
  /** A shared world's waiting screen: who is still deciding this step; null when the game is no shared world. */
  waitingLine(): string | null;
}
