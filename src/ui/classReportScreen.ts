// The teacher's class report: many result files dropped or picked at once, each verified by replay. Flagged files are
// listed with the reason and kept out of the figures; the figures are set beside the historical path; CSV export.
// The replays run in a pool of Web Workers, so the page answers while they run, shows how far they are and can cancel.
import type { ActorId, Posture, Scenario } from '../engine';
import { checkClassInWorkers, decodeClassCode, poolSize, toCsv, type ClassOptions, type ClassReport, type ReportRun, type ReportWorker, type ResultInput, type SideReport, type Spread } from '../classroom';
import { button, h, section, tableWrap } from './dom';
import { download } from './download';
import { postureLabel, nameOf } from './words';

const n1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '–');
const POSTURES: Posture[] = ['ally', 'partner', 'hedge'];

function table(caption: string, head: string[], rows: (string | number)[][], id?: string): HTMLElement {
  return tableWrap(
    caption,
    h(
      'table',
      { id },
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, ...head.map((c) => h('th', { attrs: { scope: 'col' } }, c)))),
      h('tbody', {}, ...rows.map(([first, ...rest]) => h('tr', {}, h('th', { attrs: { scope: 'row' } }, String(first)), ...rest.map((c) => h('td', {}, String(c)))))),
    ),
  );
}

const spreadCells = (s: Spread) => [s.n, n1(s.mean), n1(s.min), n1(s.p25), n1(s.p50), n1(s.p75), n1(s.max)];
const SPREAD_HEAD = ['games', 'mean', 'lowest', 'lower quartile', 'median', 'upper quartile', 'highest'];

/** Scores in bands of ten, as text bars: the shape of the class at a glance. */
function histogram(scores: number[], historical: number): HTMLElement {
  const bins = Array.from({ length: 10 }, () => 0);
  for (const s of scores) bins[Math.min(9, Math.max(0, Math.floor(s / 10)))]!++;
  const most = Math.max(1, ...bins);
  return h(
    'ul',
    { class: 'bars histogram', attrs: { 'aria-label': 'Scores in bands of ten points' } },
    ...bins.map((count, i) => {
      const fill = h('span', { class: 'bar-fill' });
      fill.style.width = `${(100 * count) / most}%`;
      const here = historical >= i * 10 && (historical < i * 10 + 10 || (i === 9 && historical <= 100));
      return h('li', {}, h('span', { class: 'bar-name' }, `${i * 10}–${i * 10 + 10}${here ? ' ◆ history' : ''}`), h('span', { class: 'bar-track', attrs: { 'aria-hidden': 'true' } }, fill), h('span', { class: 'bar-value' }, `${count}`));
    }),
  );
}

function sideSection(scenario: Scenario, report: ClassReport, side: SideReport): HTMLElement {
  const name = (id: ActorId) => nameOf(scenario, id);
  const hist = side.historical;
  const scores = report.rows.filter((r) => r.verdict === 'verified').flatMap((r) => r.figures.filter((f) => f.side === side.side).map((f) => f.score));
  const postureRows = side.postures.map((p, i) => [
    p.turn,
    ...side.focus.map((o) => `${POSTURES.map((k) => `${postureLabel(k).toLowerCase()} ${p.toward[o]![k]}`).join(' · ')} (history: ${hist.postures[i]?.[o] ? postureLabel(hist.postures[i]![o]!).toLowerCase() : '–'})`),
  ]);
  const histAlliances = (turn: number) =>
    hist.alliances.filter((a) => a.turn === turn).map((a) => `${a.event === 'formed' ? 'formed with' : 'broke with'} ${name(a.with)}`).join('; ') || '–';
  return section(
    `side-${side.side}`,
    `Playing ${name(side.side)}: ${side.games} ${side.games === 1 ? 'game' : 'games'}`,
    2,
    { class: 'side-report' },
    table(`Scores of ${name(side.side)} (historical path: ${n1(hist.score)})`, ['Who', ...SPREAD_HEAD], [['Class', ...spreadCells(side.score)]], `scores-${side.side}`),
    histogram(scores, hist.score),
    table(
      `Postures chosen toward ${side.focus.map(name).join(' and ')}, turn by turn (number of students)`,
      ['Turn', ...side.focus.map((o) => `Toward ${name(o)}`)],
      postureRows,
      `postures-${side.side}`,
    ),
    table(
      `Alliances formed and broken, turn by turn (in all: ${side.formed} formed, ${side.broke} broken; ${side.studentsWithBreak} ${side.studentsWithBreak === 1 ? 'student' : 'students'} lost an alliance)`,
      ['Turn', 'formed', 'broken', 'historical path'],
      side.alliances.map((a) => [a.turn, a.formed, a.broke, histAlliances(a.turn)]),
      `alliances-${side.side}`,
    ),
    table(
      'Abandonment and entrapment suffered, per student',
      ['Suffered', 'mean', 'lowest', 'median', 'highest', 'historical path'],
      [
        ['Abandoned (calls unanswered by a partner)', n1(side.abandoned.mean), n1(side.abandoned.min), n1(side.abandoned.p50), n1(side.abandoned.max), hist.abandoned],
        ['Entrapped (drawn into others’ clashes)', n1(side.entrapped.mean), n1(side.entrapped.min), n1(side.entrapped.p50), n1(side.entrapped.max), hist.entrapped],
        ['Cost of entrapment (points)', n1(side.entrapmentCost.mean), n1(side.entrapmentCost.min), n1(side.entrapmentCost.p50), n1(side.entrapmentCost.max), n1(hist.entrapmentCost)],
      ],
      `fears-${side.side}`,
    ),
  );
}

function reportView(report: ClassReport, scenarios: readonly Scenario[], ms: number): HTMLElement {
  const scenario = scenarios.find((s) => s.id === report.scenarioId);
  const flagged = report.rows.filter((r) => r.verdict === 'flagged');
  const csv = () => download(`bowstring-class-${report.scenarioId || 'report'}.csv`, toCsv(report), 'text/csv');
  return h(
    'div',
    { id: 'class-results', attrs: { 'data-verified': report.verified, 'data-flagged': report.flagged } },
    h('p', { id: 'class-summary', class: 'verdict', attrs: { role: 'status' } }, `${report.verified} of ${report.files} ${report.files === 1 ? 'file' : 'files'} verified; ${report.flagged} flagged and left out of the figures.`),
    scenario ? h('p', {}, `${scenario.title} · world seed ${report.seed} · checked in ${(ms / 1000).toFixed(1)} s`) : null,
    flagged.length > 0
      ? section('flagged', 'Flagged files', 2, {}, h('ul', { id: 'flagged-list' }, ...flagged.map((r) => h('li', {}, h('strong', {}, r.file), r.player ? ` (${r.player})` : '', `: ${r.reason}`))))
      : null,
    h('div', { class: 'toolbar no-print' }, button('Export CSV', csv, { id: 'export-csv', attrs: { disabled: report.verified === 0 } })),
    ...(scenario ? report.sides.map((s) => sideSection(scenario, report, s)) : []),
    section(
      'students',
      'Students',
      2,
      {},
      table(
        'One row per file',
        ['Player', 'File', 'Verdict', 'Score', 'Alliances formed / broken', 'Abandoned', 'Entrapped', 'Saved'],
        report.rows.map((r) => [
          r.player || '(unknown)',
          r.file,
          r.verdict === 'verified' ? 'verified ✓' : `flagged ✗ (${r.codes.join(', ')})`,
          r.figures.map((f) => `${f.side} ${n1(f.score)}`).join(', ') || '–',
          r.figures.map((f) => `${f.alliances.filter((a) => a.event === 'formed').length} / ${f.alliances.filter((a) => a.event === 'broke').length}`).join(', ') || '–',
          r.figures.map((f) => f.abandoned).join(', ') || '–',
          r.figures.map((f) => f.entrapped).join(', ') || '–',
          r.savedAt ? r.savedAt.slice(0, 16).replace('T', ' ') : '–',
        ]),
        'student-rows',
      ),
    ),
  );
}

export function classReportScreen(scenarios: readonly Scenario[], back: () => void): HTMLElement {
  const picker = h('input', { id: 'result-files', attrs: { type: 'file', multiple: true, accept: '.json,application/json', 'aria-describedby': 'result-files-hint' } });
  const code = h('input', { id: 'report-code', attrs: { type: 'text', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'report-code-hint' } });
  const status = h('p', { id: 'report-status', attrs: { role: 'status' } });
  const out = h('div', { id: 'report-out' });
  const drop = h('div', { id: 'drop-zone', class: 'drop-zone' }, 'Drop the result files here');
  const bar = h('div', { class: 'progress-fill' });
  const progress = h('div', { id: 'report-progress', class: 'progress', attrs: { role: 'progressbar', 'aria-label': 'Files checked', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': 0 } }, bar);
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
    progress.setAttribute('aria-valuetext', `${checked} of ${total} files`);
    bar.style.width = `${pct}%`;
    status.textContent = `Checked ${checked} of ${total} ${total === 1 ? 'file' : 'files'}…`;
  };

  const check = async (files: File[]) => {
    if (files.length === 0) return;
    let expected: ClassOptions | undefined;
    if (code.value.trim()) {
      const decoded = decodeClassCode(code.value, scenarios);
      if (!decoded.ok) {
        status.textContent = decoded.errors.map((e) => e.message).join(' ');
        return;
      }
      expected = decoded.value;
    }
    const ticket = ++generation;
    stop();
    out.replaceChildren();
    out.removeAttribute('data-ms');
    status.textContent = `Reading ${files.length} ${files.length === 1 ? 'file' : 'files'}…`;
    const started = performance.now();
    let inputs: ResultInput[];
    try {
      inputs = await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() })));
    } catch (fault) {
      if (ticket === generation) status.textContent = `The files could not be read: ${fault instanceof Error ? fault.message : String(fault)}. Pick them again to retry.`;
      return;
    }
    if (ticket !== generation) return;
    const run = checkClassInWorkers(inputs, scenarios, expected, {
      spawn: () => new Worker(new URL('../classroom/classReport.worker.ts', import.meta.url), { type: 'module' }) as ReportWorker,
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
      out.replaceChildren(reportView(report, scenarios, ms));
      out.setAttribute('data-ms', ms.toFixed(0));
      status.textContent = `Checked ${inputs.length} ${inputs.length === 1 ? 'file' : 'files'}.`;
    } catch (fault) {
      if (running !== run) return;
      stop();
      status.textContent = `The files could not be checked: ${fault instanceof Error ? fault.message : String(fault)}. Nothing was lost: pick them again to retry.`;
    }
  };
  const cancel = button(
    'Cancel',
    () => {
      generation++;
      stop();
      status.textContent = 'Cancelled: no report was made. Pick the files again to check them.';
    },
    { id: 'report-cancel' },
  );
  cancel.hidden = true;

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
    h('h2', { id: 'screen-title', attrs: { tabindex: '-1' } }, 'Class report'),
    h('p', {}, 'Open every student’s result file at once. Each game is replayed from its seed and decisions, and the computer players’ moves are worked out again: a file that does not replay to the score it claims, whose computer players did not play their own moves, whose students’ decisions do not lead to the game it records, or that comes from another game or lesson settings, is flagged and left out.'),
    h(
      'div',
      { class: 'no-print' },
      h('div', { class: 'field' }, h('label', { attrs: { for: 'report-code' } }, 'Class code (optional)'), code, h('p', { id: 'report-code-hint', class: 'hint' }, 'With the code, files from any other game or lesson settings are flagged; without it, the game and settings most files share are the class’s. Whether the advisor was on can be checked only this way.')),
      h('div', { class: 'field' }, h('label', { attrs: { for: 'result-files' } }, 'Result files'), picker, h('p', { id: 'result-files-hint', class: 'hint' }, 'Pick many files at once, or drop them on the box below.')),
      drop,
    ),
    h('div', { class: 'toolbar no-print' }, progress, cancel),
    status,
    out,
    h('div', { class: 'toolbar no-print' }, button('Back to the menu', back, { id: 'report-back' })),
  );
  return screen;
}
