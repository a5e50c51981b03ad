// A scenario file an author loads into the game: checked like any file, and refused when it would take the id of a
// scenario the game ships. Class codes, saves and result files name a scenario by its id (and its content hash), so
// a file that changed what a shipped id means would make genuine codes and results look wrong.
import type { Scenario } from '../engine/types';
import { offsetOf, readJson } from './json';
import { loadScenario, type LoadReport } from './loader';
import { t, tx } from '../i18n/core';

export function loadAuthorScenario(text: string, fileName: string, shipped: readonly Scenario[]): LoadReport {
  const report = loadScenario(text, fileName);
  if (!report.ok) return report;
  const same = shipped.find((s) => s.id === report.value.id);
  if (!same) return report;
  const doc = readJson(text);
  const at = doc.lines.position(offsetOf(doc.root, ['id']));
  const message =
    same.hash === report.value.hash ? t('files.authorScenario.same', { title: tx(same.title) }) : t('files.authorScenario.takenId', { id: same.id, title: tx(same.title) });
  return { ok: false, errors: [{ severity: 'error', stage: 'meaning', path: 'id', ...at, message, file: fileName }], warnings: report.warnings };
}
