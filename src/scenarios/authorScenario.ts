// A scenario file an author loads into the game: checked like any file, and refused when it would take the id of a
// scenario the game ships. Class codes, saves and result files name a scenario by its id (and its content hash), so
// a file that changed what a shipped id means would make genuine codes and results look wrong.
import type { Scenario } from '../engine/types';
import { offsetOf, readJson } from './json';
import { loadScenario, type LoadReport } from './loader';

export function loadAuthorScenario(text: string, fileName: string, shipped: readonly Scenario[]): LoadReport {
  const report = loadScenario(text, fileName);
  if (!report.ok) return report;
  const same = shipped.find((s) => s.id === report.value.id);
  if (!same) return report;
  const doc = readJson(text);
  const at = doc.lines.position(offsetOf(doc.root, ['id']));
  const message =
    same.hash === report.value.hash
      ? `This is “${same.title}”, which comes with the game: it is already in the menu, so nothing was loaded.`
      : `The id '${same.id}' belongs to “${same.title}”, which comes with the game; a file may not change a scenario the game ships (class codes and result files rely on it). Give the file an id of its own, for example '${same.id}-edited', and load it again.`;
  return { ok: false, errors: [{ severity: 'error', stage: 'meaning', path: 'id', ...at, message, file: fileName }], warnings: report.warnings };
}
