// The teacher's class report: many result files dropped or picked at once, each verified by replay. Flagged files are
// listed with the reason and kept out of the figures; the figures are set beside the historical path; CSV export of every row.
// The replays run in a pool of Web Workers, so the page answers while they run, shows how far they are and can cancel.
import type { ActorId, Scenario } from '../engine';
import { checkClassInWorkers, decodeClassCode, poolSize, warmWorkers, toCsv, verifyResult, type ClassOptions, type ClassReport, type FlagCode, type ReportRun, type ReportWorker, type ResultInput, type SideReport, type Spread } from '../classroom';
import { listWords, num, t, tx } from '../i18n/core';
import { type MessageKey } from '../i18n/catalog/en';
import { makeSave, writeSave } from '../persistence';
import type { MadeWhere } from './classMade';
import { button, h, section, tableWrap } from './dom';
import { download } from './download';
import { nameOf, savedWhen, sentences } from './words';

const n1 = (x: number) => (Number.isFinite(x) ? num(x, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) : '–');

function table(caption: string, head: string[], rows: (string | number | Node)[][], id?: string): HTMLElement {
  return tableWrap(
    caption,
    h(
      'table',
      { id },
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, ...head.map((c) => h('th', { attrs: { scope: 'col' } }, c)))),
      // Each cell names its column (data-label): a phone shows a row as a card with every figure named.
      h('tbody', {}, ...rows.map(([first, ...rest]) => h('tr', {}, h('th', { attrs: { scope: 'row' } }, first instanceof Node ? first : String(first)), ...rest.map((c, i) => h('td', { attrs: { 'data-label': head[i + 1] ?? '' } }, c instanceof Node ? c : String(c)))))),
    ),
  );
}

const spreadCells = (s: Spread) => [s.n, n1(s.mean), n1(s.min), n1(s.p25), n1(s.p50), n1(s.p75), n1(s.max)];
const spreadHead = () => (['games', 'mean', 'lowest', 'lowerQuartile', 'median', 'upperQuartile', 'highest'] as const).map((x) => t(`class.classReportScreen.spread.${x}`));

/** Band widths the histogram may use, narrowest first. */
const BAND_WIDTHS = [0.5, 1, 2, 5, 10] as const;

/** The bands of a histogram of `values` (the class's scores and history's): the narrowest width that holds them in ten
 *  bands or fewer, from a multiple of it at or below the lowest; bands of ten from 0 at most. A class whose scores lie
 *  within a point of each other is told apart, not heaped in one band of ten. */
export function scoreBands(values: readonly number[]): { from: number; width: number; count: number } {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  for (const width of BAND_WIDTHS) {
    const from = Math.floor(lo / width) * width;
    const count = Math.floor((hi - from) / width) + 1;
    if (count <= 10) return { from, width, count };
  }
  return { from: 0, width: 10, count: 10 };
}

/** Scores in bands (scoreBands), as text bars: the shape of the class at a glance, with history's band marked. */
function histogram(scores: number[], historical: number): HTMLElement {
  const { from, width, count } = scores.length > 0 ? scoreBands([...scores, historical]) : { from: 0, width: 10, count: 10 };
  const bins = Array.from({ length: count }, () => 0);
  const binOf = (s: number) => Math.min(count - 1, Math.max(0, Math.floor((s - from) / width)));
  for (const s of scores) bins[binOf(s)]!++;
  const most = Math.max(1, ...bins);
  return h(
    'ul',
    { class: 'bars histogram', attrs: { 'aria-label': t('class.classReportScreen.histogram', { width: num(width) }) } },
    ...bins.map((n, i) => {
      const fill = h('span', { class: 'bar-fill' });
      fill.style.width = `${(100 * n) / most}%`;
      const band = t('class.classReportScreen.band', { from: num(from + i * width), to: num(from + (i + 1) * width), history: binOf(historical) === i ? 'yes' : 'no' });
      return h('li', {}, h('span', { class: 'bar-name' }, band), h('span', { class: 'bar-track', attrs: { 'aria-hidden': 'true' } }, fill), h('span', { class: 'bar-value' }, num(n)));
    }),
  );
}

function sideSection(scenario: Scenario, report: ClassReport, side: SideReport): HTMLElement {
  const name = (id: ActorId) => nameOf(scenario, id);
  const hist = side.historical;
  const whole = report.rows.filter((r) => r.verdict === 'verified' && !r.stopped);
  const scores = whole.flatMap((r) => r.figures.filter((f) => f.side === side.side).map((f) => f.score));
  const postureRows = side.postures.map((p, i) => [
    p.turn,
    ...side.focus.map((o) => t('class.classReportScreen.postureCounts', { ...p.toward[o]!, history: hist.postures[i]?.[o] ?? 'none' })),
  ]);
  const histAlliances = (turn: number) =>
    hist.alliances
      .filter((a) => a.turn === turn)
      .map((a) => t('class.classReportScreen.allianceEvent', { event: a.event, actor: name(a.with) }))
      .join('; ') || '–';
  const fear = (key: 'abandoned' | 'entrapped' | 'cost', s: Spread, history: string | number) => [t(`class.classReportScreen.fear.${key}`), n1(s.mean), n1(s.min), n1(s.p50), n1(s.max), history];
  const head = (keys: readonly ('turn' | 'formed' | 'broken' | 'historical' | 'suffered' | 'mean' | 'lowest' | 'median' | 'highest')[]) => keys.map((k) => t(`class.classReportScreen.head.${k}`));
  return section(
    `side-${side.side}`,
    t('class.classReportScreen.sideTitle', { side: name(side.side), games: side.games }),
    2,
    { class: 'side-report' },
    table(
      t('class.classReportScreen.scoresCaption', { side: name(side.side), historical: n1(hist.score) }),
      [t('class.classReportScreen.head.who'), ...spreadHead()],
      [[t('class.classReportScreen.classRow'), ...spreadCells(side.score)]],
      `scores-${side.side}`,
    ),
    histogram(scores, hist.score),
    stoppedNote(report, side.side),
    table(
      t('class.classReportScreen.posturesCaption', { names: listWords(side.focus.map(name)) }),
      [...head(['turn']), ...side.focus.map((o) => t('class.classReportScreen.toward', { actor: name(o) }))],
      postureRows,
      `postures-${side.side}`,
    ),
    table(
      t('class.classReportScreen.alliancesCaption', { formed: side.formed, broke: side.broke, students: side.studentsWithBreak }),
      head(['turn', 'formed', 'broken', 'historical']),
      side.alliances.map((a) => [a.turn, a.formed, a.broke, histAlliances(a.turn)]),
      `alliances-${side.side}`,
    ),
    table(
      t('class.classReportScreen.fearsCaption'),
      head(['suffered', 'mean', 'lowest', 'median', 'highest', 'historical']),
      [fear('abandoned', side.abandoned, hist.abandoned), fear('entrapped', side.entrapped, hist.entrapped), fear('cost', side.entrapmentCost, n1(hist.entrapmentCost))],
      `fears-${side.side}`,
    ),
  );
}

/** Under a side's scores: the games of that side stopped before the lesson's last turn, left out of its figures. */
function stoppedNote(report: ClassReport, side: ActorId): HTMLElement | null {
  const stopped = report.rows.filter((r) => r.verdict === 'verified' && r.stopped && r.sides.includes(side));
  if (stopped.length === 0) return null;
  const games = stopped.map((r) => t('class.classReportScreen.stoppedGame', { player: r.player || r.file, turns: r.stopped!.turns, of: r.stopped!.of }));
  return h('p', { id: `stopped-${side}`, class: 'hint stopped-note' }, t('class.classReportScreen.stoppedLeftOut', { count: stopped.length, games: listWords(games) }));
}

/** Why a file was flagged, in a word or two for the table (the flagged-files list gives the whole reason). */
const CODE_WORDS: Record<FlagCode, MessageKey> = {
  'empty': 'class.classReportScreen.code.empty',
  'truncated': 'class.classReportScreen.code.truncated',
  'not-json': 'class.classReportScreen.code.notJson',
  'not-a-result': 'class.classReportScreen.code.notAResult',
  'unknown-version': 'class.classReportScreen.code.unknownVersion',
  'newer-version': 'class.classReportScreen.code.newerVersion',
  'bad-field': 'class.classReportScreen.code.badField',
  'checksum': 'class.classReportScreen.code.checksum',
  'unknown-scenario': 'class.classReportScreen.code.unknownScenario',
  'scenario-changed': 'class.classReportScreen.code.scenarioChanged',
  'bad-sides': 'class.classReportScreen.code.badSides',
  'illegal-decisions': 'class.classReportScreen.code.illegalDecisions',
  'too-many-decisions': 'class.classReportScreen.code.tooManyDecisions',
  'computer-moves': 'class.classReportScreen.code.computerMoves',
  'student-moves': 'class.classReportScreen.code.studentMoves',
  'newer-rules': 'class.classReportScreen.code.newerRules',
  'other-rules': 'class.classReportScreen.code.otherRules',
  'rules-contradicted': 'class.classReportScreen.code.rulesContradicted',
  'hash-mismatch': 'class.classReportScreen.code.hashMismatch',
  'score-mismatch': 'class.classReportScreen.code.scoreMismatch',
  'ending-mismatch': 'class.classReportScreen.code.endingMismatch',
  'internal': 'class.classReportScreen.code.internal',
  'other-game': 'class.classReportScreen.code.otherGame',
  'other-settings': 'class.classReportScreen.code.otherSettings',
  'copy': 'class.classReportScreen.code.copy',
  'no-turns': 'class.classReportScreen.code.noTurns',
};

const flagWords = (codes: readonly FlagCode[]): string => listWords([...new Set(codes)].map((c) => t(CODE_WORDS[c])));

/** A row's verdict, and beside it how often the student went back (a rewind is shown, not flagged) and whether the
 *  game was stopped before the lesson's end. */
function verdictWords(row: ClassReport['rows'][number]): string {
  const verdict = row.verdict === 'verified' ? t('class.classReportScreen.verified') : t('class.classReportScreen.flagged', { codes: flagWords(row.codes) });
  const rewinds = row.rewinds ? t('class.classReportScreen.rewound', { verdict, count: row.rewinds }) : row.verdict === 'verified' && row.rewinds === null ? t('class.classReportScreen.rewindsUnknown', { verdict }) : verdict;
  return row.stopped ? t('class.classReportScreen.stopped', { verdict: rewinds, turns: row.stopped.turns, of: row.stopped.of }) : rewinds;
}

/** A row's score for each side; a stopped game's beside the historical path's over the same turns. */
function scoreWords(row: ClassReport['rows'][number], scenario: Scenario | undefined): string {
  const words = row.figures.map((f) => {
    const side = scenario ? nameOf(scenario, f.side) : f.side;
    const past = row.stopped?.historical[f.side];
    return past === undefined
      ? t('class.classReportScreen.sideScore', { side, score: n1(f.score) })
      : t('class.classReportScreen.sideScoreSoFar', { side, score: n1(f.score), turns: row.stopped!.turns, historical: n1(past) });
  });
  return words.join(', ') || '–';
}

/** A flagged file, its name in bold, then who handed it in and why, punctuated as the page's language writes it. */
function flaggedItem(row: ClassReport['rows'][number], of: ReportOf): HTMLElement {
  // A live class's game is named by its player: no file name beside it.
  const line = t('class.classReportScreen.flaggedFile', { file: '\u0000', named: row.player && of === 'files' ? 'yes' : 'no', player: row.player, reason: row.reason });
  const [before, after] = line.split('\u0000');
  return h('li', {}, before, h('strong', {}, row.file), after);
}

/**
 * A row's first cell: who handed the game in and, small beneath, which file and when it was saved, with the button
 * that opens a verified game. A column for each of those pushed the figures off a laptop's screen; the file's name
 * still tells apart two files of one student.
 */
function whoCell(row: ClassReport['rows'][number], games: boolean, open?: (row: ClassReport['rows'][number]) => void): HTMLElement {
  const saved = row.savedAt ? h('span', { class: 'meta saved-at' }, t('class.classReportScreen.savedAt', { when: savedWhen(row.savedAt) })) : null;
  return h(
    'span',
    { class: 'who' },
    row.player || t('class.classReportScreen.unknownPlayer'),
    games ? null : h('span', { class: 'meta file-name' }, row.file),
    saved,
    open && row.verdict === 'verified' ? button(t('class.classReportScreen.openGame'), () => open(row), { class: 'open-game', attrs: { 'aria-label': t('class.classReportScreen.openGameOf', { player: row.player || row.file }) } }) : null,
  );
}

/** What a report's rows are: result files handed in, or a live class's games as the class server holds them. */
export type ReportOf = 'files' | 'games';

/**
 * A class report on screen, from files checked here (`ms`: how long that took) or from the class server's verdicts
 * (`of` 'games'); `csv` downloads its CSV (by default made here from the report).
 */
export function reportView(
  report: ClassReport,
  scenarios: readonly Scenario[],
  ms: number | null,
  csv = () => download(`bowstring-class-${report.scenarioId || 'report'}.csv`, toCsv(report), 'text/csv'),
  of: ReportOf = 'files',
  open?: (row: ClassReport['rows'][number]) => void,
): HTMLElement {
  const games = of === 'games';
  const opens = open !== undefined && !games;
  const scenario = scenarios.find((s) => s.id === report.scenarioId);
  const flagged = report.rows.filter((r) => r.verdict === 'flagged');
  return h(
    'div',
    { id: 'class-results', attrs: { 'data-verified': report.verified, 'data-flagged': report.flagged } },
    h('p', { id: 'class-summary', class: 'verdict', attrs: { role: 'status' } }, games ? t('class.live.reportSummary', { verified: report.verified, games: report.files, flagged: report.flagged }) : t('class.classReportScreen.summary', { verified: report.verified, files: report.files, flagged: report.flagged })),
    scenario && ms !== null ? h('p', {}, t('class.classReportScreen.about', { title: tx(scenario.title), seed: report.seed, seconds: n1(ms / 1000) })) : null,
    flagged.length > 0
      ? section(
          'flagged',
          games ? t('class.live.reportFlagged') : t('class.classReportScreen.flaggedTitle'),
          2,
          {},
          h('ul', { id: 'flagged-list' }, ...flagged.map((r) => flaggedItem(r, of))),
        )
      : null,
    h('div', { class: 'toolbar no-print' }, button(t('class.classReportScreen.exportCsv'), csv, { id: 'export-csv', attrs: { disabled: report.files === 0 } })),
    ...(scenario ? report.sides.map((s) => sideSection(scenario, report, s)) : []),
    section(
      'students',
      t('class.classReportScreen.studentsTitle'),
      2,
      {},
      opens ? h('p', { class: 'hint no-print' }, t('class.classReportScreen.openHint')) : null,
      table(
        games ? t('class.live.reportRows') : t('class.classReportScreen.studentsCaption'),
        (['player', 'verdict', 'score', 'alliances', 'abandoned', 'letDown', 'entrapped'] as const).map((k) => t(`class.classReportScreen.column.${k}`)),
        report.rows.map((r) => [
          whoCell(r, games, opens ? open : undefined),
          verdictWords(r),
          scoreWords(r, scenario),
          r.figures.map((f) => `${f.alliances.filter((a) => a.event === 'formed').length} / ${f.alliances.filter((a) => a.event === 'broke').length}`).join(', ') || '–',
          r.figures.map((f) => f.abandoned).join(', ') || '–',
          r.figures.map((f) => f.letDown).join(', ') || '–',
          r.figures.map((f) => f.entrapped).join(', ') || '–',
        ]),
        'student-rows',
      ),
    ),
  );
}

/** The last class report checked on this page, kept while the page lives: a teacher who opens a student's game and
 *  comes back to the report finds it as it was. */
let lastChecked: { inputs: ResultInput[]; report: ClassReport; ms: number } | null = null;

/** The class code as last typed or checked with on this page (null until then): coming back, the field holds it. */
let typedCode: string | null = null;

/** The scenario of the class report last shown on this page, if any: the map shows it beside the report. */
export const reportShown = (): string | null => lastChecked?.report.scenarioId || null;

/** `open(saveText, player)` opens a student's game in the turn flow, as loading a save does; `shown()` is told when a
 *  report comes on screen (the map follows its scenario); `made` is the class code the teacher made last (classMade.ts),
 *  which fills the code's field until the teacher types in it. */
const newWorker = () => new Worker(new URL('../classroom/games.worker.ts', import.meta.url), { type: 'module' }) as ReportWorker;

/** Workers warming up for the next report (warmWorkers): started when the screen opens, while the teacher picks the
 *  files, and kept across redraws of the screen; a report takes them first. Once warm they wait, idle, for one. */
const spares: ReportWorker[] = [];

export function classReportScreen(scenarios: readonly Scenario[], back: () => void, open?: (saveText: string, player: string) => void, shown?: () => void, made?: MadeWhere | null): HTMLElement {
  warmWorkers(spares, newWorker, poolSize(Infinity, navigator.hardwareConcurrency), scenarios);
  const picker = h('input', { id: 'result-files', attrs: { type: 'file', multiple: true, accept: '.json,application/json', 'aria-describedby': 'result-files-hint' } });
  // A code made for a scenario file no longer kept here is not offered.
  const offered = typedCode === null && made && decodeClassCode(made.code, scenarios).ok ? made : null;
  const filled = h('p', { id: 'report-code-filled', class: 'hint' }, offered ? t('class.classReportScreen.codeFilled', { where: offered.where, when: savedWhen(offered.madeAt) }) : '');
  filled.hidden = !offered;
  const code = h('input', { id: 'report-code', attrs: { type: 'text', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'report-code-hint report-code-filled' } });
  code.value = typedCode ?? offered?.code ?? '';
  code.addEventListener('input', () => {
    typedCode = code.value;
    filled.hidden = true;
  });
  const status = h('p', { id: 'report-status', attrs: { role: 'status' } });
  const out = h('div', { id: 'report-out' });
  const drop = h('div', { id: 'drop-zone', class: 'drop-zone' }, t('class.classReportScreen.drop'));
  const bar = h('div', { class: 'progress-fill' });
  const progress = h('div', { id: 'report-progress', class: 'progress', attrs: { role: 'progressbar', 'aria-label': t('class.classReportScreen.progressLabel'), 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': 0 } }, bar);
  progress.hidden = true;

  let running: ReportRun | null = null;
  // Each pick of files, and each Cancel, starts a new generation: files still being read for an older one are dropped.
  let generation = 0;
  const stop = () => {
    running?.cancel();
    running = null;
    cancel.hidden = true;
    progress.hidden = true;
  };
  const show = (checked: number, total: number) => {
    const pct = total === 0 ? 100 : Math.round((100 * checked) / total);
    progress.setAttribute('aria-valuenow', String(pct));
    progress.setAttribute('aria-valuetext', t('class.classReportScreen.progress', { checked, total }));
    bar.style.width = `${pct}%`;
    status.textContent = t('class.classReportScreen.checking', { checked, total });
  };

  const check = async (files: File[]) => {
    if (files.length === 0) return;
    let expected: ClassOptions | undefined;
    if (code.value.trim()) {
      const decoded = decodeClassCode(code.value, scenarios);
      if (!decoded.ok) {
        status.textContent = sentences(...decoded.errors.map((e) => e.message));
        return;
      }
      expected = decoded.value;
    }
    // The report on screen was checked with this code: coming back to it, the field still holds it.
    typedCode = code.value;
    const ticket = ++generation;
    stop();
    out.replaceChildren();
    out.removeAttribute('data-ms');
    status.textContent = t('class.classReportScreen.reading', { count: files.length });
    const started = performance.now();
    let inputs: ResultInput[];
    try {
      inputs = await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() })));
    } catch (fault) {
      if (ticket === generation) status.textContent = t('class.classReportScreen.unreadable', { fault: fault instanceof Error ? fault.message : String(fault) });
      return;
    }
    if (ticket !== generation) return;
    const run = checkClassInWorkers(inputs, scenarios, expected, {
      spawn: () => spares.shift() ?? newWorker(),
      workers: poolSize(inputs.length, navigator.hardwareConcurrency),
      // Left the screen: nobody is waiting for this report.
      onProgress: (checked, total) => (screen.isConnected ? show(checked, total) : run.cancel()),
    });
    running = run;
    cancel.hidden = false;
    progress.hidden = false;
    show(0, inputs.length);
    try {
      const report = await run.done;
      if (running !== run || !report) return;
      stop();
      const ms = performance.now() - started;
      lastChecked = { inputs, report, ms };
      showChecked(lastChecked);
      shown?.();
    } catch (fault) {
      if (running !== run) return;
      stop();
      status.textContent = t('class.classReportScreen.failed', { fault: fault instanceof Error ? fault.message : String(fault) });
    }
  };
  const cancel = button(
    t('class.classReportScreen.cancel'),
    () => {
      generation++;
      stop();
      status.textContent = t('class.classReportScreen.cancelled');
    },
    { id: 'report-cancel' },
  );
  cancel.hidden = true;

  /** A verified row's game, verified again here from its file and opened as a save of it: the debrief, every turn. */
  function openRow(row: ClassReport['rows'][number]): void {
    const input = lastChecked?.inputs.find((i) => i.name === row.file);
    const verified = input && open ? verifyResult(input.text, scenarios) : null;
    if (!verified?.ok) return void (status.textContent = t('class.classReportScreen.cannotOpen', { file: row.file }));
    const { game, result } = verified.value;
    open!(writeSave(makeSave(game, result.sides, result.savedAt, result.rewinds ?? [])), result.player || row.file);
  }
  /** A report checked, on screen (again, when the teacher comes back to it). */
  function showChecked(c: NonNullable<typeof lastChecked>): void {
    out.replaceChildren(reportView(c.report, scenarios, c.ms, undefined, 'files', open ? openRow : undefined));
    out.setAttribute('data-ms', c.ms.toFixed(0));
    status.textContent = t('class.classReportScreen.checked', { count: c.inputs.length });
  }
  if (lastChecked) showChecked(lastChecked);

  picker.addEventListener('change', () => void check([...(picker.files ?? [])]));
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    void check([...(e.dataTransfer?.files ?? [])]);
  });

  const screen = h(
    'div',
    { class: 'screen class-report' },
    h('h2', { id: 'screen-title', attrs: { tabindex: '-1' } }, t('class.classReportScreen.title')),
    h('p', {}, t('class.classReportScreen.intro')),
    h(
      'div',
      { class: 'no-print' },
      h(
        'div',
        { class: 'field' },
        h('label', { attrs: { for: 'report-code' } }, t('class.classReportScreen.code')),
        code,
        filled,
        h('p', { id: 'report-code-hint', class: 'hint' }, t('class.classReportScreen.codeHint')),
      ),
      h(
        'div',
        { class: 'field' },
        h('label', { attrs: { for: 'result-files' } }, t('class.classReportScreen.files')),
        picker,
        h('p', { id: 'result-files-hint', class: 'hint' }, t('class.classReportScreen.filesHint')),
      ),
      drop,
    ),
    h('div', { class: 'toolbar no-print' }, progress, cancel),
    status,
    out,
    h('div', { class: 'toolbar no-print' }, button(t('class.classReportScreen.back'), back, { id: 'report-back' })),
  );
  return screen;
}
