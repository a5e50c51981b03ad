// What the loader reports about a scenario file, and how a problem is written out.
import { listWords, t } from '../i18n/core';

export type Severity = 'error' | 'warning';

/** Which check found the problem: reading the JSON, the format, the meaning across the file, or a fault in the checks. */
export type ProblemStage = 'syntax' | 'schema' | 'meaning' | 'internal';

export interface ScenarioProblem {
  severity: Severity;
  stage: ProblemStage;
  /** Where in the scenario, e.g. `actors[3].trust.CHN`; empty for the file as a whole. */
  path: string;
  /** 1-based line and column of the offending text (columns count UTF-16 code units, as editors do). */
  line: number;
  column: number;
  /** A full sentence an author can act on. */
  message: string;
  /** The file name given to the loader, if any. */
  file?: string;
}

export type PathSegment = string | number;

/** A problem a check found, before it is placed in the file's text: the loader turns it into a ScenarioProblem. */
export interface Finding {
  severity: Severity;
  path: PathSegment[];
  message: string;
  /** Point at the key rather than its value (for a key that is itself the problem). */
  at?: 'value' | 'key';
}

/** `['actors', 3, 'trust', 'CHN']` → `actors[3].trust.CHN`; keys that are not plain words are quoted. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** Turns character offsets into 1-based line and column, treating \r\n, \r and \n as line breaks. */
export class LineMap {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 13 /* \r */ && text.charCodeAt(i + 1) === 10) continue;
      if (ch === 10 || ch === 13) this.starts.push(i + 1);
    }
  }

  position(offset: number): { line: number; column: number } {
    const at = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - this.starts[lo]! + 1 };
  }
}

/** `file:line:column  severity  path  message`, the form editors and terminals turn into links. */
export function formatProblem(problem: ScenarioProblem, fileName = problem.file ?? '<scenario>'): string {
  const where = `${fileName}:${problem.line}:${problem.column}`;
  return `${where}  ${problem.severity}  ${problem.path || '(file)'}  ${problem.message}`;
}

/** Problems in reading order: by line, then column. */
export function byPosition(a: ScenarioProblem, b: ScenarioProblem): number {
  return a.line - b.line || a.column - b.column;
}

/** Writes a value the way it appears in the file, shortened, for messages. */
export function show(value: unknown): string {
  if (value === undefined) return t('files.problems.nothing');
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/** A name or id from the file, shortened for a message: a file may hold text of any length. */
export function shortText(text: string, max = 48): string {
  return text.length > max ? t('files.problems.shortText', { start: text.slice(0, max - 1), length: text.length }) : text;
}

/** At most this many characters of a message or a path: the part that names the problem comes first. */
export const LONGEST_MESSAGE = 600;

/** A problem whose message and path fit on a screen, whatever the file held. */
export function clipped(problem: ScenarioProblem): ScenarioProblem {
  const clip = (text: string) => (text.length > LONGEST_MESSAGE ? `${text.slice(0, LONGEST_MESSAGE - 1)}…` : text);
  return { ...problem, path: clip(problem.path), message: clip(problem.message) };
}

/** Lists values for a message: 'a', 'b' or 'c' (or with 'and'), in the page's language. */
export function listChoices(values: readonly unknown[], conjunction: 'or' | 'and' = 'or'): string {
  const shown = values.map((v) => (typeof v === 'string' ? t('files.problems.quoted', { value: v }) : String(v)));
  return listWords(shown, conjunction === 'or' ? 'disjunction' : 'conjunction');
}
