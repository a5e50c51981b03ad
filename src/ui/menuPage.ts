// The menu and the pages reached from it: the new game, the classroom (a class code, a class's choice of side, the
// class report, a teacher's guide) and the scenario files an author loads or removes.
import { lang, t, tx } from '../i18n/core';
import type { ActorId, GameRules, Scenario } from '../engine';
import type { FlowEvent } from '../machine';
import { loadAuthorScenario } from '../scenarios/authorScenario';
import { CLASS_CODE_VERSION, decodeClassCode, lessonRules, type ClassOptions } from '../classroom';
import type { AuthorFiles } from './authorFiles';
import { classJoinScreen } from './classJoin';
import { classMade, keepClassMade } from './classMade';
import { classReportScreen, reportShown } from './classReportScreen';
import type { Ui } from './context';
import { guideScreen } from './guide';
import { keepLesson, lessonPlayers, speakLessonLang } from './lesson';
import { h } from './dom';
import { quoted, sentences } from './words';
import { menuScreen, type FileVerdict, type MenuChoice } from './menu';
import type { Shell } from './shell';
import { joinSection, teacherSection, type ClassroomActions } from './teacher';
import { joinCodeSlip, normaliseJoinCode } from '../live/joinCode';
import { slipWords } from '../live/serverWords';
import { LIVE_CLASS_KEY, LIVE_TEACHER_KEY, codeShown, forgetTaught, taughtClass, taughtClasses, type LiveHost } from './liveHost';

/** Which page the menu shows. */
export type MenuPage =
  | { kind: 'menu' }
  | { kind: 'join'; lesson: ClassOptions }
  | { kind: 'report' }
  /** A teacher's guide, to the lesson the class code being made sets (its length, its temperament), if any. */
  | { kind: 'guide'; id: string; rules?: GameRules }
  /** A page of a live class, drawn by its own (lazily loaded) screen. */
  | { kind: 'live'; draw: () => HTMLElement };

/** The scenario a menu page is about, for the map: a guide's, a report's (the one on screen), a joined lesson's;
 *  null on the menu itself, where the map shows the scenario chosen for a new game. */
export function pageScenario(state: MenuState): string | null {
  const p = state.page;
  if (p.kind === 'guide') return p.id;
  if (p.kind === 'join') return p.lesson.scenarioId;
  if (p.kind === 'report') return reportShown();
  return null;
}

/** What the menu remembers between its redraws. */
export interface MenuState {
  choice: MenuChoice;
  page: MenuPage;
  /** What the last scenario file said about itself. */
  verdict: FileVerdict | null;
  /** Why the last class code was refused. */
  joinProblem: string | null;
  /** The lesson this tab joined. */
  lesson: ClassOptions | null;
}

export interface MenuHost {
  state: MenuState;
  shell: Shell;
  ui(): Ui;
  send(event: FlowEvent): void;
  /** The scenarios that ship with the game, and the author's files kept in this browser. */
  shipped: readonly Scenario[];
  files: AuthorFiles;
  scenarios(): Scenario[];
  session: Storage;
  /** A new turn flow that knows the scenarios as they now are (only ever called in the menu: no game is lost). */
  restartFlow(): void;
  /** Redraw the menu; `fresh` when it is a new page, which takes the focus. */
  draw(fresh: boolean): void;
  /** Show the chosen scenario on the map. */
  feedMap(): void;
  /** Whether the page has opened on its first screen (until then nothing takes the focus). */
  settled(): boolean;
  /** What the live class's screens are given. */
  live: LiveHost;
  /** Open a student's game (a save of it) from the class report, saying whose it is. */
  openStudentGame(saveText: string, player: string): void;
}

export interface MenuController {
  screen(): HTMLElement;
  /** A class code typed or opened by link: refused with its reason, or that lesson's world (after a side, if free);
   *  a live class's six-character code opens that class. */
  joinClass(code: string): void;
  /** After a reload: the live class this tab teaches, or the one it plays in as a student. */
  backToLiveClass(): void;
}

export function menuController(host: MenuHost): MenuController {
  const { state } = host;
  const scenarioOf = (id: string) => host.scenarios().find((s) => s.id === id);

  const classroom: ClassroomActions = {
    join: (code) => joinClass(code),
    openReport: () => showPage({ kind: 'report' }),
    openGuide: (id, rules) => showPage({ kind: 'guide', id, ...(rules ? { rules } : {}) }),
    startLive: (request) =>
      import('./liveScreens').then(
        (m) => m.startLiveClass(host.live, request),
        (fault: unknown) => t('class.live.failed', { fault: fault instanceof Error ? fault.message : String(fault) }),
      ),
    taught: () => taughtClasses(host.live.local),
    openTaught(code) {
      const taught = taughtClasses(host.live.local).find((c) => c.code === code);
      if (taught) void import('./liveScreens').then((m) => m.openLiveView(host.live, taught.code, taught.key));
    },
    forgetTaught(code) {
      forgetTaught(host.live.local, code);
      if (taughtClass(host.session, host.live.local) === null) host.session.removeItem(LIVE_TEACHER_KEY);
      host.draw(false);
      host.shell.announce(t('class.live.forgotten', { code: codeShown(code) }));
      document.getElementById(taughtClasses(host.live.local).length > 0 ? 'live-taught-title' : 'live-start')?.focus();
    },
    fileText: (id) => host.files.text(id),
    classMade: (code) => keepClassMade(code, host.session, host.live.local),
  };

  /** A live class's code: its page, or the join box again with why not. */
  function joinLive(code: string): void {
    void import('./liveScreens')
      .then((m) => m.openJoin(host.live, code))
      .catch((fault: unknown) => t('class.live.failed', { fault: fault instanceof Error ? fault.message : String(fault) }))
      .then((problem) => {
        if (!problem) return;
        state.joinProblem = problem;
        state.page = { kind: 'menu' };
        host.draw(false);
        if (host.settled()) document.getElementById('join-code')?.focus();
      });
  }

  function backToLiveClass(): void {
    const taught = taughtClass(host.session, host.live.local);
    const played = host.session.getItem(LIVE_CLASS_KEY);
    if (taught) classroom.openTaught(taught.code);
    else if (played) void import('./liveScreens').then((m) => m.rejoin(host.live, played));
  }

  function showPage(next: MenuPage): void {
    state.page = next;
    host.draw(true);
    // The map follows the page's scenario (pageScenario).
    host.feedMap();
  }

  function classroomPage(p: Exclude<MenuPage, { kind: 'menu' }>): HTMLElement {
    const back = () => showPage({ kind: 'menu' });
    if (p.kind === 'live') return p.draw();
    if (p.kind === 'report')
      return classReportScreen(host.scenarios(), back, (text, player) => host.openStudentGame(text, player), () => host.feedMap(), classMade(host.session, host.live.local));
    if (p.kind === 'guide') {
      const scenario = scenarioOf(p.id) ?? host.scenarios()[0]!;
      return guideScreen(scenario, host.scenarios(), (id) => showPage({ kind: 'guide', id }), back, p.rules);
    }
    const scenario = scenarioOf(p.lesson.scenarioId)!;
    return classJoinScreen(scenario, p.lesson, (side) => startLesson(p.lesson, lessonPlayers(scenario, p.lesson, side)), back);
  }

  function joinClass(code: string): void {
    const live = normaliseJoinCode(code);
    if (live) return joinLive(live);
    // A short run of letters and digits is a live class's code mistyped, not a class code (B1-…, far longer).
    const slip = code.trim().toUpperCase().startsWith(`B${CLASS_CODE_VERSION}-`) ? null : joinCodeSlip(code);
    const decoded = decodeClassCode(code, host.scenarios());
    if (slip) state.joinProblem = slipWords(slip);
    else if (!decoded.ok) state.joinProblem = sentences(...decoded.errors.map((e) => e.message));
    else {
      state.joinProblem = null;
      const lesson = decoded.value;
      const scenario = scenarioOf(lesson.scenarioId)!;
      const join = () => (lesson.side === 'free' ? showPage({ kind: 'join', lesson }) : startLesson(lesson, lessonPlayers(scenario, lesson)));
      // The lesson opens in the class's language: at once when the page speaks it, else once its words have loaded.
      const speaking = !lesson.lang || lesson.lang === lang();
      const spoken = speakLessonLang(lesson, localStorage).catch(() => undefined);
      if (speaking) return join();
      void spoken.then(join);
      return;
    }
    state.page = { kind: 'menu' };
    host.draw(false);
    if (host.settled()) document.getElementById('join-code')?.focus();
  }

  function startLesson(next: ClassOptions, players: ActorId[]): void {
    state.lesson = next;
    keepLesson(host.session, next);
    state.page = { kind: 'menu' };
    // The lesson's length and temperament are the game's rules from its first turn: rewinds, saves and replays keep them.
    host.send({ type: 'START', scenario: next.scenarioId, seed: next.seed, players, rules: lessonRules(next) });
  }

  async function readScenarioFile(file: File): Promise<void> {
    const text = await file.text();
    const report = loadAuthorScenario(text, file.name, host.shipped);
    if (!report.ok) {
      state.verdict = { file: file.name, errors: report.errors, warnings: report.warnings, accepted: null };
      host.draw(false);
      return;
    }
    const scenario = report.value;
    if (!host.files.keep(scenario, file.name, text)) {
      host.shell.alert(t('shell.menuPage.notKept', { title: quoted(tx(scenario.title)) }));
    }
    state.verdict = { file: file.name, errors: [], warnings: report.warnings, accepted: tx(scenario.title) };
    state.choice = { ...state.choice, scenario: scenario.id, side: scenario.playable[0]! };
    host.restartFlow();
    host.draw(false);
  }

  function removeScenarioFile(id: string): void {
    const title = quoted(host.files.kept().find((f) => f.id === id)?.title ?? id);
    if (!host.files.remove(id)) host.shell.alert(t('shell.menuPage.notRemoved', { title }));
    if (state.choice.scenario === id) state.choice = { ...state.choice, scenario: host.scenarios()[0]!.id, side: host.scenarios()[0]!.playable[0]! };
    state.verdict = null;
    host.restartFlow();
    host.shell.announce(t('shell.menuPage.removed', { title }));
    host.draw(false);
  }

  function screen(): HTMLElement {
    if (state.page.kind !== 'menu') return classroomPage(state.page);
    const node = menuScreen(host.ui(), state.choice, state.verdict, { files: host.files.kept(), problem: host.files.listProblem() }, {
      choose(patch) {
        const scenarioChanged = patch.scenario !== undefined && patch.scenario !== state.choice.scenario;
        state.choice = { ...state.choice, ...patch };
        const scenario = scenarioOf(state.choice.scenario)!;
        if (state.choice.side !== 'hot-seat' ? !scenario.playable.includes(state.choice.side) : scenario.playable.length < 2) state.choice.side = scenario.playable[0]!;
        if (scenarioChanged || patch.side !== undefined) {
          host.draw(false);
          host.feedMap();
        }
      },
      loadScenarioFile: (file) => void readScenarioFile(file),
      removeScenarioFile,
      loadSaveFile: (file) => void file.text().then((text) => host.send({ type: 'LOAD', text })),
    });
    node.append(joinSection(classroom, state.joinProblem), teacherSection(host.scenarios(), classroom));
    // On a phone the join box is far down the menu: a student with a code finds the way to it at the top.
    node.querySelector('#screen-title')?.after(joinShortcut());
    return node;
  }

  return { screen, joinClass, backToLiveClass };
}

/** "Join a class", at the top of the menu: to the join box, its field focused. */
function joinShortcut(): HTMLElement {
  const link = h('a', { id: 'join-shortcut', attrs: { href: '#join-class' } }, t('class.live.joinShortcut'));
  link.addEventListener('click', (e) => {
    e.preventDefault();
    document.getElementById('join-class')?.scrollIntoView({ block: 'start' });
    document.getElementById('join-code')?.focus({ preventScroll: true });
  });
  return h('p', { class: 'join-shortcut' }, link);
}
