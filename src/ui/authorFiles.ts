// Scenario files an author loaded in this browser, kept beside the autosaves so that a game on one resumes after a
// reload. Each kept file stands or falls alone: one that no longer loads (the rules changed, the entry was damaged,
// it takes a shipped scenario's id) is listed with the reason and kept until the author removes it.
import { t, tx } from '../i18n/core';
import type { Scenario } from '../engine';
import type { KeyValueStorage } from '../persistence';
import { loadAuthorScenario } from '../scenarios/authorScenario';

const KEY = 'bowstring.scenario-files';
/** Where a list that cannot be read at all is moved, so that it is not overwritten and lost. */
const UNREADABLE_KEY = `${KEY}.unreadable`;

/** One kept file as the menu lists it. */
export interface KeptFile {
  id: string;
  name: string;
  /** The scenario's title, when the file loads. */
  title?: string;
  /** Why the file is not in the menu, when it is not. */
  problem?: string;
}

export interface AuthorFiles {
  scenarios(): Scenario[];
  has(id: string): boolean;
  /** A kept file's text, as loaded (a live class carries it to its students). */
  text(id: string): string | null;
  /** Every kept file, loaded or not, in the order kept. */
  kept(): KeptFile[];
  /** What went wrong reading the list as a whole, if anything. */
  listProblem(): string | null;
  /** Keep a scenario and its file; false when the browser would not store it (it still plays until the page closes). */
  keep(scenario: Scenario, name: string, text: string): boolean;
  /** Forget a kept file; false when the browser would not store the shorter list. */
  remove(id: string): boolean;
}

export function authorFiles(storage: KeyValueStorage, shipped: readonly Scenario[]): AuthorFiles {
  const entries = new Map<string, unknown>();
  const loaded = new Map<string, Scenario>();
  const problems = new Map<string, string>();
  let listProblem: string | null = null;

  const raw = storage.getItem(KEY);
  let list: unknown = {};
  try {
    list = JSON.parse(raw ?? '{}');
  } catch {
    list = undefined;
  }
  if (typeof list !== 'object' || list === null || Array.isArray(list)) {
    listProblem = t('files.authorFiles.listUnreadable');
    try {
      if (raw !== null) storage.setItem(UNREADABLE_KEY, raw);
      storage.setItem(KEY, '{}');
    } catch {
      // The list stays where it was: nothing is lost, and it is read again next time.
    }
    list = {};
  }
  for (const [id, entry] of Object.entries(list as Record<string, unknown>)) {
    entries.set(id, entry);
    const file = entry as { name?: unknown; text?: unknown } | null;
    if (typeof file !== 'object' || file === null || typeof file.text !== 'string') {
      problems.set(id, t('files.authorFiles.damaged', { holds: file === null ? 'null' : typeof file }));
      continue;
    }
    const report = loadAuthorScenario(file.text, typeof file.name === 'string' ? file.name : id, shipped);
    if (report.ok) loaded.set(id, report.value);
    else problems.set(id, report.errors.length > 1 ? t('files.authorFiles.firstOfMany', { problem: report.errors[0]!.message, more: report.errors.length - 1 }) : report.errors[0]!.message);
  }

  const write = (): boolean => {
    try {
      storage.setItem(KEY, JSON.stringify(Object.fromEntries(entries)));
      return true;
    } catch {
      return false;
    }
  };
  const nameOf = (id: string) => {
    const name = (entries.get(id) as { name?: unknown } | null)?.name;
    return typeof name === 'string' ? name : id;
  };

  return {
    scenarios: () => [...loaded.values()],
    has: (id) => loaded.has(id),
    text(id) {
      const text = (entries.get(id) as { text?: unknown } | null)?.text;
      return loaded.has(id) && typeof text === 'string' ? text : null;
    },
    kept: () =>
      [...entries.keys()].map((id) => {
        const title = loaded.get(id)?.title;
        const problem = problems.get(id);
        return { id, name: nameOf(id), ...(title ? { title: tx(title) } : {}), ...(problem ? { problem } : {}) };
      }),
    listProblem: () => listProblem,
    keep(scenario, name, text) {
      loaded.set(scenario.id, scenario);
      problems.delete(scenario.id);
      entries.set(scenario.id, { name, text });
      return write();
    },
    remove(id) {
      loaded.delete(id);
      problems.delete(id);
      entries.delete(id);
      return write();
    },
  };
}
