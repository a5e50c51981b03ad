// How big a scenario file may be. The rules' work grows with the number of actors (every pair may be tied, every
// third party called), so a file far beyond any real scenario would freeze the page; past these limits a file is
// refused at once, before anything else is checked. Every shipped scenario meets them with room to spare:
// `tests/scenarios/limits.test.ts` checks that each stays within half of every limit.
import { offsetOf, type JsonDocument } from './json';
import { formatPath, type PathSegment, type ScenarioProblem } from './problems';
import { t } from '../i18n/core';

/** Every shipped scenario, in its three languages, is shorter than this (tests/scenarios/limits.test.ts holds it so). */
export const SHIPPED_UNDER = 250_000;

export const LIMITS = {
  /** Characters in the whole file (four times the largest shipped scenario, in its three languages). */
  fileCharacters: 1_000_000,
  /** Lists inside lists and objects inside objects (a scenario needs 7). */
  nesting: 32,
  /** Characters in any one text or key (the longest shipped text has about 600). */
  text: 4_000,
  /** Items in a list the format names (shipped: at most 12 actors, 12 ties, 40 stances, 8 theatres, 20 turns of history). */
  lists: { actors: 32, ties: 120, treaties: 120, postures: 400, theatres: 24, events: 150, history: 200 } as Record<string, number>,
  /** Items in any other list (a list of choices, of effects, of map codes …). */
  otherList: 200,
  /** Turns in a game (shipped: at most 20). */
  turns: 100,
} as const;

/** The most problems of size worth listing: one is enough to refuse the file. */
const MOST_REPORTED = 10;


/** The file's length, checked before it is read. */
export function fileSizeProblem(text: string): ScenarioProblem | undefined {
  if (text.length <= LIMITS.fileCharacters) return undefined;
  return {
    severity: 'error',
    stage: 'syntax',
    path: '',
    line: 1,
    column: 1,
    message: t('files.limits.file', { length: text.length, most: LIMITS.fileCharacters, largest: SHIPPED_UNDER }),
  };
}

/** Lists, texts and turns beyond the limits, found in one pass over the parsed value. */
export function sizeProblems(doc: JsonDocument): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const report = (path: PathSegment[], message: string, at: 'value' | 'key' = 'value') =>
    problems.push({ severity: 'error', stage: 'schema', path: formatPath(path), ...doc.lines.position(offsetOf(doc.root, path, at)), message });

  const stack: { value: unknown; path: PathSegment[] }[] = [{ value: doc.value, path: [] }];
  while (stack.length > 0 && problems.length < MOST_REPORTED) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      if (value.length > LIMITS.text) report(path, t('files.limits.text', { length: value.length, most: LIMITS.text }));
    } else if (Array.isArray(value)) {
      const named = path.length === 1 ? LIMITS.lists[String(path[0])] : undefined;
      const most = named ?? LIMITS.otherList;
      if (value.length > most) {
        report(path, t('files.limits.list', { count: value.length, most, named: named !== undefined ? 'yes' : 'no', list: String(path[0]) }));
        continue;
      }
      value.forEach((item, i) => stack.push({ value: item, path: [...path, i] }));
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        if (key.length > LIMITS.text) report([...path, key], t('files.limits.key', { length: key.length, most: LIMITS.text }), 'key');
        else stack.push({ value: item, path: [...path, key] });
      }
    } else if (path.length === 1 && path[0] === 'turns' && typeof value === 'number' && value > LIMITS.turns) {
      report(path, t('files.limits.turns', { turns: value, most: LIMITS.turns }));
    }
  }
  return problems;
}
