// Scenario files an author loaded in this browser, kept beside the autosave so that a game on one resumes after a reload.
import type { Scenario } from '../engine';
import { loadScenario } from '../scenarios/loader';

const KEY = 'bowstring.scenario-files';

export interface AuthorFiles {
  scenarios(): Scenario[];
  has(id: string): boolean;
  /** Keep a scenario and its file; false when the browser would not store it (it still plays until the page closes). */
  keep(scenario: Scenario, name: string, text: string): boolean;
}

export function authorFiles(storage: Pick<Storage, 'getItem' | 'setItem'>): AuthorFiles {
  const files = new Map<string, { name: string; text: string }>();
  const loaded = new Map<string, Scenario>();
  try {
    for (const [id, file] of Object.entries(JSON.parse(storage.getItem(KEY) ?? '{}') as Record<string, { name: string; text: string }>)) {
      // A file the game no longer accepts (its rules changed) is dropped, never half-loaded.
      const report = loadScenario(file.text, file.name);
      if (report.ok) {
        files.set(id, file);
        loaded.set(id, report.value);
      }
    }
  } catch {
    // A damaged list only loses the files: the shipped scenarios still play.
  }
  return {
    scenarios: () => [...loaded.values()],
    has: (id) => loaded.has(id),
    keep(scenario, name, text) {
      loaded.set(scenario.id, scenario);
      files.set(scenario.id, { name, text });
      try {
        storage.setItem(KEY, JSON.stringify(Object.fromEntries(files)));
        return true;
      } catch {
        return false;
      }
    },
  };
}
