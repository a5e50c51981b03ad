// The teacher's live view of a class on the class server: the join code big enough to read from the back of the room,
// its link and QR code, the students as they play (each one's turn, postures, fears, score, rewinds and verdict),
// pause, resume and end, the class report from the server's verdicts and its CSV, and deleting the class. Loaded only
// when a live class is opened. The teacher's key is kept in this browser's localStorage: never in a URL.
import { generate } from 'lean-qr';
import { toSvgPath } from 'lean-qr/extras/svg';
import { lookup, type ActorId, type Scenario } from '../engine';
import { lessonTurns } from '../classroom';
import { LANG_NAMES } from '../i18n/langs';
import { loadAuthorScenario } from '../scenarios/authorScenario';
import { listWords, t, tx } from '../i18n/core';
import { classCsv, classInfo, classReport, createClass, deleteClass, joinRoom, ServerRefusal, type Link, type LiveLink } from '../live/client';
import { MSG, type ClassInfo, type ClassStatus, type CreateClass, type Refused, type RosterRow, type WorldView } from '../live/protocol';
import { refusedWords } from '../live/serverWords';
import { reportView } from './classReportScreen';
import { append, button, h, keepFocus, s, tableWrap } from './dom';
import { download } from './download';
import { confirmed } from './liveConfirm';
import { LIVE_TEACHER_KEY, codeShown, forgetTaught, keepTaught, type LiveHost } from './liveHost';
import { closedWords, isLoopback, linkWords, liveProblem } from './liveWords';
import { worldPanel, type WorldPanel } from './liveWorldTeacher';
import { sidesFor, stepWords } from './teacher';
import { fixed, nameOf, periodOf, postureLabel, riskLevel } from './words';
import './live.css';

/** Creates the class on the server and opens its live view; the sentence saying why not, when it cannot. */
export async function startLiveClass(host: LiveHost, request: CreateClass): Promise<string | null> {
  try {
    const { code, teacherKey } = await createClass(request);
    const scenario = host.scenarios().find((x) => x.id === request.scenarioId);
    const title = scenario ? tx(scenario.title) : request.scenarioId;
    // Kept in this browser, not the tab: closing the tab, or starting another class, never loses the way back.
    if (!keepTaught(host.local, { code, key: teacherKey, scenarioId: request.scenarioId, title, mode: request.mode, madeAt: new Date().toISOString() })) host.shell.alert(t('class.live.notKept', { code: codeShown(code) }));
    host.session.setItem(LIVE_TEACHER_KEY, code);
    await openLiveView(host, code, teacherKey);
    return null;
  } catch (fault) {
    return liveProblem(fault, 'teacher');
  }
}

/** The scenario a class is played on: a shipped one, or the one its file carries (for names only, here). */
function scenarioOf(host: LiveHost, info: ClassInfo): Scenario | null {
  if (info.scenarioFile) {
    const loaded = loadAuthorScenario(info.scenarioFile, info.scenarioId, host.shipped);
    return loaded.ok ? loaded.value : null;
  }
  return host.scenarios().find((x) => x.id === info.scenarioId && x.hash === info.scenarioHash) ?? null;
}

/** The live view of the class `code`, joined as its teacher. A class that is gone is forgotten, and said so. */
export async function openLiveView(host: LiveHost, code: string, key: string): Promise<void> {
  let info: ClassInfo;
  try {
    info = await classInfo(code);
  } catch (fault) {
    // A class the server no longer has is forgotten; one it could not say (no server, too many look-ups) is kept.
    if (fault instanceof ServerRefusal && fault.status === 404) {
      host.session.removeItem(LIVE_TEACHER_KEY);
      forgetTaught(host.local, code);
    }
    host.menu();
    host.shell.alert(liveProblem(fault, 'teacher'));
    return;
  }
  host.session.setItem(LIVE_TEACHER_KEY, code);
  const scenario = scenarioOf(host, info);
  const view = liveView(host, info, scenario, key);
  host.showPage(view.draw, true);
  try {
    view.connect(
      await joinRoom({ code, role: 'teacher', key }, {
        messages: {
          [MSG.roster]: (rows: RosterRow[]) => view.roster(rows),
          [MSG.status]: (s: { status: ClassStatus }) => view.status(s.status),
          [MSG.world]: (v: WorldView) => view.world(v),
          [MSG.refused]: (r: Refused) => view.refused(refusedWords(r)),
        },
        link: (link, why) => {
          view.link(link);
          if (why) view.problem(closedWords(why, 'teacher'));
        },
      }),
    );
  } catch (fault) {
    view.problem(liveProblem(fault, 'teacher'));
  }
}

interface LiveView {
  draw(): HTMLElement;
  connect(link: LiveLink): void;
  roster(rows: RosterRow[]): void;
  status(status: ClassStatus): void;
  link(link: Link): void;
  problem(text: string): void;
  /** A shared world's view, as the teacher may see it. */
  world(view: WorldView): void;
  /** Something the teacher sent was refused: the server's sentence. */
  refused(message: string): void;
}

/** The QR code of `text`, drawn as SVG by DOM calls: one path of dark modules on a light square with a quiet zone. */
function qrCode(text: string, label: string): SVGSVGElement {
  const code = generate(text);
  const pad = 4;
  const size = code.size + 2 * pad;
  return s(
    'svg',
    { class: 'live-qr', viewBox: `${-pad} ${-pad} ${size} ${size}`, role: 'img', 'aria-label': label, 'shape-rendering': 'crispEdges' },
    s('rect', { x: -pad, y: -pad, width: size, height: size, fill: '#fff' }),
    s('path', { d: toSvgPath(code), fill: '#000' }),
  );
}

/** Which powers a student's postures are shown toward: the other playable sides, else those the side starts close to. */
function focusOf(scenario: Scenario, side: ActorId): ActorId[] {
  const others = scenario.playable.filter((p) => p !== side);
  if (others.length > 0) return others;
  const start = lookup(scenario).start[side] ?? {};
  return Object.entries(start)
    .filter(([other, posture]) => other !== side && posture !== 'hedge')
    .map(([other]) => other);
}

/** What the class is, in the words the teacher chose it by: scenario, who students play (or, in a shared world, the
 *  powers given and each step's time), the lesson's length, seed, temperament, advisor and language. */
function aboutClass(info: ClassInfo, scenario: Scenario | null): HTMLElement {
  const { settings } = info;
  const rows: [string, string][] = [[t('class.teacher.scenario'), scenario ? tx(scenario.title) : info.scenarioId]];
  if (info.mode === 'world' && info.world) {
    rows.push([t('class.live.seats'), listWords(info.world.seats.map((id) => (scenario ? nameOf(scenario, id) : id)))]);
    rows.push([t('class.live.stepTime'), stepWords(info.world.turnSeconds)]);
  } else {
    const side = scenario ? sidesFor(scenario).find((x) => x.value === settings.side)?.label : undefined;
    rows.push([t('class.teacher.side'), side ?? settings.side]);
  }
  if (scenario) {
    const turns = lessonTurns(scenario, settings);
    const length = turns < scenario.turns ? t('class.teacher.someTurns', { count: turns, period: periodOf(scenario, turns) }) : t('class.teacher.allTurns', { count: turns, period: periodOf(scenario, turns) });
    rows.push([t('class.teacher.length'), length]);
  }
  rows.push([t('class.teacher.seed'), info.seed]);
  rows.push([t('class.teacher.temperament'), t(`class.teacher.temperament.${settings.temperament ?? 'normal'}`)]);
  rows.push([t('class.live.aboutAdvisor'), t('class.live.advisorWord', { advisor: settings.advisor ? 'on' : 'off' })]);
  if (info.lang) rows.push([t('class.teacher.lang'), LANG_NAMES[info.lang]]);
  return h(
    'dl',
    { id: 'live-about', class: 'live-about' },
    ...rows.flatMap(([label, value]) => [h('dt', {}, label), h('dd', {}, value)]),
  );
}

function liveView(host: LiveHost, info: ClassInfo, scenario: Scenario | null, key: string): LiveView {
  const { code } = info;
  const name = (id: ActorId) => (scenario ? nameOf(scenario, id) : id);
  const lastTurn = scenario ? Math.min(info.settings.turns ?? scenario.turns, scenario.turns) : null;
  let status: ClassStatus = info.status;
  let rows: RosterRow[] = [];
  let link: Link = 'connecting';
  let room: LiveLink | null = null;
  let problem = '';
  let report: HTMLElement | null = null;
  /** A shared world's panel (its seats, its clock, the teacher's event), in place of the students' table. */
  const world: WorldPanel | null = info.mode === 'world' && scenario ? worldPanel(info, scenario, (type, body) => room?.send(type, body)) : null;
  let worldOver = false;
  let reportShown = false;

  // Each region is redrawn on its own as news arrives, so the rest of the page (and the keyboard's place) stays.
  const statusLine = h('p', { id: 'live-status', class: 'live-status', attrs: { role: 'status' } });
  const controls = h('div', { id: 'live-controls', class: 'toolbar' });
  const table = h('div', { id: 'live-roster' });
  const problemBox = h('p', { id: 'live-problem', attrs: { role: 'alert' } });
  const reportBox = h('div', { id: 'live-report' });
  const reportStatus = h('p', { id: 'live-report-status', attrs: { role: 'status' } });

  const drawStatus = () => {
    // Who is connected is known only while this view's own line is up: a line down hears of no one leaving.
    const connected = link === 'connected' ? rows.filter((r) => r.connected).length : 'unknown';
    statusLine.textContent = t('class.live.statusLine', { status, students: rows.length, connected, link });
    problemBox.textContent = problem;
  };
  const send = (type: typeof MSG.pause | typeof MSG.resume | typeof MSG.end) => () => room?.send(type);
  const drawControls = () =>
    keepFocus(() => {
      controls.replaceChildren();
      // A shared world that is over has nothing left to pause or end: its report is what remains.
      if (worldOver) return;
      append(controls, [
        status === 'open' ? button(t('class.live.pause'), send(MSG.pause), { id: 'live-pause' }) : null,
        status === 'paused' ? button(t('class.live.resume'), send(MSG.resume), { id: 'live-resume', class: 'primary' }) : null,
        status !== 'ended' ? confirmed('live-end', t('class.live.end'), t('class.live.endQuestion'), t('class.live.endYes'), send(MSG.end)) : null,
      ]);
    });
  const cellOf = (row: RosterRow): (string | HTMLElement)[] => {
    const side = row.side;
    const postures = side && scenario ? focusOf(scenario, side).filter((o) => row.postures[o]) : [];
    const fear = (x: number | undefined, toward: ActorId | undefined) =>
      x === undefined || toward === undefined ? '–' : t('class.live.fear', { value: x, word: riskLevel(x).word, mark: riskLevel(x).mark, actor: name(toward) });
    const verdict =
      row.verdict === 'flagged'
        ? t('class.live.flagged', { reasons: row.flags.map((f) => f.message).join(' ') })
        : t('class.live.verdict', { verdict: row.verdict });
    // Where each game stands and its verdict first: what a teacher looks for across the room.
    return [
      side ? name(side) : '–',
      t('class.live.turnCell', { turn: row.turn, last: lastTurn ?? 0, known: lastTurn === null ? 'no' : 'yes', finished: row.finished ? 'yes' : 'no' }),
      h('span', { class: `verdict-${row.verdict}` }, verdict),
      row.score === null ? '–' : fixed(row.score),
      postures.length > 0 ? listWords(postures.map((o) => t('class.live.posture', { actor: name(o), posture: postureLabel(row.postures[o]!) }))) : '–',
      fear(row.gauges?.abandonment, row.gauges?.abandonmentToward),
      fear(row.gauges?.entrapment, row.gauges?.entrapmentToward),
      String(row.rewinds),
      t('class.live.connected', { connected: link !== 'connected' ? 'unknown' : row.connected ? 'yes' : 'no' }),
    ];
  };
  const drawTable = () =>
    keepFocus(() => {
      if (rows.length === 0) return table.replaceChildren(h('p', { id: 'live-empty' }, t('class.live.noStudents')));
      const head = (['name', 'side', 'turn', 'verdict', 'score', 'postures', 'abandonment', 'entrapment', 'rewinds', 'connection'] as const).map((k) => h('th', { attrs: { scope: 'col' } }, t(`class.live.column.${k}`)));
      table.replaceChildren(
        tableWrap(
          t('class.live.tableCaption'),
          h(
            'table',
            { id: 'live-students' },
            h('caption', {}, t('class.live.tableCaption')),
            h('thead', {}, h('tr', {}, ...head)),
            h('tbody', {}, ...rows.map((row) => h('tr', { attrs: { 'data-student': row.studentId, 'data-turn': row.turn, 'data-verdict': row.verdict, 'data-rewinds': row.rewinds } }, h('th', { attrs: { scope: 'row' } }, row.name), ...cellOf(row).map((c) => h('td', {}, c))))),
          ),
        ),
      );
    });

  const showReport = async () => {
    reportStatus.textContent = t('class.live.reportLoading');
    try {
      const made = await classReport(code, key);
      report = reportView(made, scenario ? [scenario] : host.scenarios(), null, () => void downloadCsv(), 'games');
      reportBox.replaceChildren(report);
      reportStatus.textContent = t('class.live.reportShown', { count: made.rows.length });
    } catch (fault) {
      reportStatus.textContent = liveProblem(fault, 'teacher');
    }
  };
  const downloadCsv = async () => {
    try {
      download(`bowstring-class-${code}.csv`, await classCsv(code, key), 'text/csv');
      reportStatus.textContent = t('class.live.csvSaved');
    } catch (fault) {
      reportStatus.textContent = liveProblem(fault, 'teacher');
    }
  };
  const remove = async () => {
    try {
      await deleteClass(code, key);
    } catch (fault) {
      problem = liveProblem(fault, 'teacher');
      drawStatus();
      return;
    }
    room?.leave();
    host.session.removeItem(LIVE_TEACHER_KEY);
    forgetTaught(host.local, code);
    host.menu();
    host.shell.announce(t('class.live.deleted', { code: codeShown(code) }));
  };
  const leave = () => {
    room?.leave();
    host.menu();
  };

  const joinLink = linkWords(code);
  const draw = () => {
    drawStatus();
    drawControls();
    drawTable();
    const linkInput = h('input', { id: 'live-link', attrs: { type: 'text', readonly: true } });
    linkInput.value = joinLink;
    linkInput.addEventListener('focus', () => linkInput.select());
    return h(
      'div',
      { class: 'screen live-teacher' },
      h('h2', { id: 'screen-title', attrs: { tabindex: '-1' } }, t('class.live.viewTitle', { title: scenario ? tx(scenario.title) : info.scenarioId })),
      h(
        'div',
        { class: 'live-join' },
        h(
          'div',
          { class: 'live-join-words' },
          h('p', { class: 'live-code-label' }, t('class.live.codeLabel')),
          // Read out letter by letter by a screen reader; spaced on screen for the back of the room.
          h('p', { id: 'live-code', class: 'live-code', attrs: { 'aria-label': [...code].join(' '), 'data-code': code } }, codeShown(code)),
          h('div', { class: 'field' }, h('label', { attrs: { for: 'live-link' } }, t('class.live.linkLabel')), linkInput),
          // The class server on this computer's own address: no student's device can open the link.
          isLoopback(location.hostname) ? h('p', { id: 'live-loopback', class: 'live-warning' }, t('class.live.loopback', { port: location.port || (location.protocol === 'https:' ? '443' : '80') })) : null,
          h('p', { class: 'hint' }, t('class.live.joinHow')),
        ),
        qrCode(joinLink, t('class.live.qrLabel', { code: codeShown(code) })),
      ),
      h('h3', { id: 'live-about-title' }, t('class.live.aboutTitle')),
      aboutClass(info, scenario),
      statusLine,
      problemBox,
      controls,
      ...(world ? [world.node] : [h('h3', {}, t('class.live.studentsTitle')), table]),
      h('h3', {}, t('class.live.reportTitle')),
      h('p', { class: 'hint' }, t('class.live.reportHint')),
      h('div', { class: 'toolbar' }, button(t('class.live.showReport'), () => void showReport(), { id: 'live-show-report' }), button(t('class.live.csv'), () => void downloadCsv(), { id: 'live-csv' })),
      reportStatus,
      reportBox,
      h(
        'div',
        { class: 'toolbar live-leave' },
        button(t('class.live.back'), leave, { id: 'live-back' }),
        confirmed('live-delete', t('class.live.delete'), t('class.live.deleteQuestion', { code: codeShown(code) }), t('class.live.deleteYes'), () => void remove()),
      ),
    );
  };

  return {
    draw,
    connect(next) {
      room = next;
    },
    roster(next) {
      rows = Array.isArray(next) ? next : [];
      drawStatus();
      drawTable();
      world?.roster(rows);
      // A world over and verified (or flagged) seat by seat: its report is ready, and shown.
      if (worldOver && !reportShown && rows.length > 0 && rows.every((r) => r.verdict !== 'playing')) {
        reportShown = true;
        void showReport();
      }
    },
    status(next) {
      status = next;
      drawStatus();
      drawControls();
      world?.status(next);
    },
    world(next) {
      const over = next.phase === 'over';
      if (over !== worldOver) {
        worldOver = over;
        drawControls();
      }
      world?.view(next);
    },
    refused(message) {
      if (world) world.refused(message);
      else {
        problem = message;
        drawStatus();
      }
    },
    link(next) {
      link = next;
      drawStatus();
      drawTable();
      world?.line(next === 'connected');
    },
    problem(text) {
      problem = text;
      drawStatus();
    },
  };
}
