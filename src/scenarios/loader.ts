// Loading a scenario file: read the JSON, check it against the format, check that it makes sense,
// and hand back the prepared scenario only when nothing is wrong. Pure: it touches nothing outside.
import { prepareScenario } from '../engine/scenario';
import type { Result, Scenario } from '../engine/types';
import { adviceFindings } from './advice';
import { schemaProblems } from './issues';
import { readJson, offsetOf, type JsonDocument } from './json';
import { fileSizeProblem, sizeProblems } from './limits';
import { byPosition, clipped, formatPath, type Finding, type ScenarioProblem } from './problems';
import { checkQuotations, type DocumentSource } from './quotations';
import { referenceProblems } from './references';
import { FORMAT_VERSION, scenarioSchema } from './schema';
import { t } from '../i18n/core';

/**
 * The verdict on one file. `ok` only when there are no errors; warnings come either way.
 * Errors and warnings are each in reading order.
 */
export type LoadReport = Result<Scenario, ScenarioProblem> & { warnings: ScenarioProblem[] };

/** Checks that need something from outside the file; each is left out when not given. */
export interface ExtraChecks {
  /** The documents the file quotes: every quotation is looked for in its document (a quotation not found is an error). */
  documents?: DocumentSource;
  /** The country codes the game's map can draw: an actor's code outside them is pointed out. */
  mapCodes?: ReadonlySet<string>;
}

export function loadScenario(text: string, fileName?: string, extra: ExtraChecks = {}): LoadReport {
  let problems: ScenarioProblem[];
  let scenario: Scenario | undefined;
  try {
    ({ problems, scenario } = check(typeof text === 'string' ? text : '', extra));
  } catch (fault) {
    // A fault in the checks themselves must not take the caller down with it.
    problems = [
      {
        severity: 'error',
        stage: 'internal',
        path: '',
        line: 1,
        column: 1,
        message: t('files.loader.internal', { fault: String(fault) }),
      },
    ];
  }
  problems = problems.map((p) => clipped(fileName === undefined ? p : { ...p, file: fileName }));
  problems.sort(byPosition);
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  if (errors.length > 0 || scenario === undefined) return { ok: false, errors, warnings };
  return { ok: true, value: scenario, warnings };
}

/** Every problem in the report, errors and warnings together, in reading order. */
export function allProblems(report: LoadReport): ScenarioProblem[] {
  return [...(report.ok ? [] : report.errors), ...report.warnings].sort(byPosition);
}

function check(text: string, extra: ExtraChecks): { problems: ScenarioProblem[]; scenario?: Scenario } {
  // A file far too big is refused before it is read: reading it would freeze the page.
  const tooBig = fileSizeProblem(text);
  if (tooBig) return { problems: [tooBig] };
  const doc = readJson(text);
  // Values lost to a syntax error would show up as a crowd of false "missing" reports: stop here.
  if (!doc.trustworthy) return { problems: doc.problems };
  // Lists or texts far beyond any scenario would make every later check slow: say only that.
  const oversized = sizeProblems(doc);
  if (oversized.length > 0) return { problems: [...doc.problems, ...oversized] };

  // A file for another version of the format would be judged against the wrong rules: say only that.
  const version = isObject(doc.value) ? doc.value.formatVersion : undefined;
  if (typeof version === 'number' && version !== FORMAT_VERSION) {
    const at = doc.lines.position(offsetOf(doc.root, ['formatVersion']));
    return {
      problems: [
        ...doc.problems,
        {
          severity: 'error',
          stage: 'schema',
          path: 'formatVersion',
          ...at,
          message: t('files.loader.otherVersion', { version, current: FORMAT_VERSION }),
        },
      ],
    };
  }

  const parsed = scenarioSchema.safeParse(doc.value);
  const schema = parsed.success ? [] : schemaProblems(parsed.error.issues, doc, scenarioSchema);
  // The schema already explains a wrong value; a second report on the same spot adds nothing.
  const explained = new Set(schema.map((p) => p.path));
  const meaning = referenceProblems(doc).filter((p) => !explained.has(p.path));
  const problems = [...doc.problems, ...schema, ...meaning];

  // Advice reads the scenario as the game would: only a file whose every id resolves.
  const sound = parsed.success && !problems.some((p) => p.severity === 'error');
  if (sound) problems.push(...placed(doc, adviceFindings(parsed.data, extra.mapCodes)));
  if (extra.documents) problems.push(...placed(doc, checkQuotations(doc.value, extra.documents)));

  const clean = sound && !problems.some((p) => p.severity === 'error');
  return { problems, scenario: clean ? prepareScenario(parsed.data) : undefined };
}

/** Findings placed at the text they are about. */
function placed(doc: JsonDocument, findings: Finding[]): ScenarioProblem[] {
  return findings.map((f) => ({
    severity: f.severity,
    stage: 'meaning',
    path: formatPath(f.path),
    ...doc.lines.position(offsetOf(doc.root, f.path, f.at)),
    message: f.message,
  }));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
