// The game in the page: runs the turn flow, draws the panel for its phase, feeds the map a snapshot whenever the game
// changes and opens a dossier when the map selects an actor, and keeps the autosave. It holds no rule: it sends the
// flow requests and reads the engine and the flow's selectors.
import { createActor, type Actor } from 'xstate';
import { lastTurn, newGame, stateHash, type ActorId, type GameState, type Scenario } from '../engine';
import { autosave, createFlow, otherGames, phaseOf, resumeOffers, type Flow, type FlowEvent, type Phase } from '../machine';
import { exportSave, inspectSave, shelf } from '../persistence';
import type { MapBus, MapTarget } from '../render/bus';
import { mapSnapshot } from '../render/snapshot';
import { loadAuthorScenario } from '../scenarios/authorScenario';
import { briefingScreen } from './briefing';
import { viewerOf, type Ui } from './context';
import { decisionPanel, type Panel } from './decisions';
import { debriefScreen } from './debrief';
import { button, h, keepFocus, section } from './dom';
import { authorFiles } from './authorFiles';
import { download } from './download';
import { dossierPanel } from './dossier';
import { handOverScreen } from './handover';
import { callingScreen, standingScreen } from './crisisSteps';
import { menuScreen, playersOf, type FileVerdict, type MenuChoice } from './menu';
import { newsFeed } from './news';
import { reportScreen } from './report';
import { classCodeIn, decodeClassCode, lessonRules, type ClassOptions } from '../classroom';
import { classJoinScreen } from './classJoin';
import { classReportScreen } from './classReportScreen';
import { guideScreen } from './guide';
import { handInForm, openHandInDialog } from './handIn';
import { keepLesson, lessonOf, lessonPlayers, readLesson, settingsFor } from './lesson';
import { joinSection, teacherSection, type ClassroomActions } from './teacher';
import { whatIfSection } from './whatIfPanel';
import { guideFollows } from './tutorial';
import './classroom.css';
import { nameOf, periodOf, sidesWord } from './words';
import './app.css';

export interface AppOptions {
  /** The scenarios that ship with the game, already loaded. */
  scenarios: Scenario[];
  /** The map's bus, when the map is on the page. */
  bus?: MapBus | null;
  /** The page's query: `?scenario=…&side=RUS|CHN|hot-seat&seed=…` starts that game at once (a class link). */
  params?: URLSearchParams;
  /** Where autosaves and loaded scenario files are kept (localStorage), and the tab's own memory (sessionStorage). */
  storage?: Storage;
  session?: Storage;
}

const IN_GAME = 'bowstring.in-game';

function randomSeed(): string {
  const n = crypto.getRandomValues(new Uint32Array(1))[0]! % 10000;
  return `world-${String(n).padStart(4, '0')}`;
}

export function startApp(root: HTMLElement, options: AppOptions) {
  const storage = options.storage ?? localStorage;
  const session = options.session ?? sessionStorage;
  const params = options.params ?? new URLSearchParams();
  const bus = options.bus ?? null;
  // Each game keeps its own autosave; the tab remembers which game it plays.
  const store = shelf(storage, session);

  // Scenario files loaded by an author are kept, so a game on one can be resumed after a reload.
  // A kept file never takes a shipped scenario's id, so the two lists never overlap.
  const files = authorFiles(storage, options.scenarios);
  const allScenarios = () => [...options.scenarios, ...files.scenarios()];

  // ---- page regions
  const announcer = h('div', { id: 'announcer', class: 'sr-only', attrs: { role: 'status', 'aria-live': 'polite' } });
  const alerts = h('div', { id: 'alerts', attrs: { role: 'alert' } });
  const header = h('header', { id: 'game-header' });
  const screen = h('div', { id: 'screen' });
  const aside = h('aside', { id: 'side-panels', attrs: { 'aria-label': 'Dossier and news' } });
  root.removeAttribute('aria-live');
  root.replaceChildren(announcer, alerts, header, h('div', { class: 'layout' }, screen, aside));

  // ---- what the page remembers
  let actor!: Actor<Flow>;
  let stopAutosave = () => {};
  let choice: MenuChoice = { scenario: allScenarios()[0]!.id, side: allScenarios()[0]!.playable[0]!, seed: randomSeed() };
  let verdict: FileVerdict | null = null;
  let dossier: MapTarget | null = null;
  let advisorOpen = false;
  let shown = { phase: '' as Phase | '', game: null as GameState | null, seat: -1 };
  let panel: Panel | null = null;
  let mapShown: { game: GameState | null; side: ActorId; scenario: string } | null = null;
  // The classroom: the lesson this tab joined, and which page the menu shows (the menu, a class's side choice, the
  // class report or a teacher's guide).
  let lesson: ClassOptions | null = readLesson(session);
  let joinProblem: string | null = null;
  let page: { kind: 'menu' } | { kind: 'join'; lesson: ClassOptions } | { kind: 'report' } | { kind: 'guide'; id: string } = { kind: 'menu' };

  const announce = (text: string) => {
    announcer.textContent = '';
    // A fresh text node after a tick, so the same message twice is still read out.
    setTimeout(() => (announcer.textContent = text), 50);
  };

  const send = (event: FlowEvent) => actor.send(event);

  const ui = (): Ui => ({
    snapshot: actor.getSnapshot(),
    send,
    scenarios: allScenarios(),
    otherGames: () => otherGames(store.recent(), actor.getSnapshot().context.saves, allScenarios()),
    forgetGame(key) {
      store.forget(key);
      announce('The game was removed from this browser.');
      keepFocus(() => drawScreen('menu', false));
    },
    showDossier,
    announce,
    exportSave: downloadSave,
    advisorOpen,
    setAdvisorOpen(open) {
      advisorOpen = open;
      panel?.update(ui());
    },
  });

  function startFlow(): void {
    stopAutosave();
    actor?.stop();
    actor = createActor(createFlow({ scenarios: allScenarios() }), { input: { saves: store.load() } });
    stopAutosave = autosave(actor, store, (fault) => {
      alerts.replaceChildren(h('p', {}, `⚠ Your game could not be saved in this browser (${fault instanceof Error ? fault.message : String(fault)}). Save it to a file to keep it.`));
    });
    actor.subscribe(() => render());
    actor.start();
    render();
  }

  function downloadSave(): void {
    actor.send({ type: 'SAVE' });
    const text = actor.getSnapshot().context.saves.latest;
    const read = text ? inspectSave(text) : null;
    if (!read?.ok) return announce('There is no game to save.');
    const file = exportSave(read.value.save);
    download(file.name, file.text, file.type);
    announce(`Saved as ${file.name}.`);
  }

  function showDossier(id: ActorId, focus = false): void {
    dossier = { type: 'actor', id };
    bus?.commands.send({ kind: 'select', target: dossier });
    drawAside();
    if (focus) document.getElementById('dossier-name')?.focus();
  }

  // ---- the map
  function feedMap(): void {
    if (!bus) return;
    const snap = actor.getSnapshot();
    const game = snap.context.game;
    const scenario = allScenarios().find((s) => s.id === choice.scenario) ?? allScenarios()[0]!;
    const side = game ? (viewerOf(ui()) ?? snap.context.players[0]!) : playersOf(scenario, choice.side)[0]!;
    if (mapShown && mapShown.game === game && mapShown.side === side && (game !== null || mapShown.scenario === scenario.id)) return;
    mapShown = { game, side, scenario: scenario.id };
    bus.snapshots.send(mapSnapshot(game ?? newGame(scenario, choice.seed || 'class'), side));
  }
  bus?.intents.subscribe((intent) => {
    if (intent.kind !== 'select' || !intent.target || !actor.getSnapshot().context.game) return;
    dossier = intent.target;
    drawAside();
  });

  // ---- drawing
  function drawHeader(): void {
    const snap = actor.getSnapshot();
    const game = snap.context.game;
    if (!game) {
      header.replaceChildren(h('h1', {}, 'Bowstring'), h('p', { class: 'tagline' }, 'Alliance politics, turn by turn'));
      return;
    }
    const { scenario } = game;
    const { players } = snap.context;
    const lead = players.length > 1 ? `Hot-seat: ${sidesWord(scenario, players)}` : `You lead ${nameOf(scenario, players[0]!)}`;
    const rewindTo = h('select', { id: 'rewind-turn' }, ...Array.from({ length: game.turn }, (_, i) => h('option', { attrs: { value: String(i + 1) } }, `turn ${i + 1}`)));
    rewindTo.value = String(game.turn);
    const hash = stateHash(game);
    const hashLine = h('p', { id: 'state-hash', class: 'meta', attrs: { 'data-state-hash': hash, 'data-turn': String(game.turn) } }, `World seed ${game.seed} · state ${hash}`);
    header.replaceChildren(
      h('h1', {}, scenario.title),
      h('p', { class: 'lead' }, `${lead} · ${turnLine(game, phaseOf(snap))}`),
      h(
        'div',
        { class: 'toolbar game-tools no-print' },
        button('Save to a file', downloadSave, { id: 'export-save' }),
        button('Stop and hand in', () => openHandInDialog(game, players, settingsFor(lessonOf(lesson, game, players), game, players)), { id: 'stop-hand-in' }),
        h('span', { class: 'rewind' }, h('label', { attrs: { for: 'rewind-turn' } }, 'Go back to the start of'), rewindTo, button('Rewind', () => send({ type: 'REWIND', turn: Number(rewindTo.value) }), { id: 'rewind' })),
        button('Main menu', () => send({ type: 'QUIT' }), { id: 'quit', attrs: { 'aria-describedby': 'quit-hint' } }),
        h('span', { id: 'quit-hint', class: 'sr-only' }, 'Your game is saved in this browser; resume it from the menu.'),
      ),
      hashLine,
    );
  }

  function drawAside(): void {
    const snap = actor.getSnapshot();
    const game = snap.context.game;
    if (!game) {
      aside.hidden = true;
      aside.replaceChildren();
      return;
    }
    aside.hidden = false;
    keepFocus(() => aside.replaceChildren(dossierPanel(game, dossier, viewerOf(ui()), snap.context.players, (id) => showDossier(id, false)), newsFeed(game, snap.context.players)));
  }

  function drawScreen(phase: Phase, fresh: boolean): void {
    const state = ui();
    panel = null;
    let node: HTMLElement;
    switch (phase) {
      case 'menu':
        if (page.kind !== 'menu') {
          node = classroomPage(page);
          break;
        }
        node = menuScreen(state, choice, verdict, { files: files.kept(), problem: files.listProblem() }, {
          choose(patch) {
            const scenarioChanged = patch.scenario !== undefined && patch.scenario !== choice.scenario;
            choice = { ...choice, ...patch };
            const scenario = allScenarios().find((s) => s.id === choice.scenario)!;
            if (choice.side !== 'hot-seat' ? !scenario.playable.includes(choice.side) : scenario.playable.length < 2) choice.side = scenario.playable[0]!;
            if (scenarioChanged || patch.side !== undefined) {
              drawScreen('menu', false);
              feedMap();
            }
          },
          loadScenarioFile: (file) => void readScenarioFile(file),
          removeScenarioFile,
          loadSaveFile: (file) => void file.text().then((text) => send({ type: 'LOAD', text })),
        });
        node.append(joinSection(classroom, joinProblem), teacherSection(allScenarios(), classroom));
        break;
      case 'briefing':
        node = briefingScreen(state);
        break;
      case 'handOver':
        node = handOverScreen(state);
        break;
      case 'calling':
        node = callingScreen(state);
        break;
      case 'standing':
        node = standingScreen(state);
        break;
      case 'decisions':
        panel = decisionPanel(state);
        node = panel.node;
        // A lesson with the advisor off: no way to ask it.
        if (lessonNow()?.advisor === false) node.querySelector('#ask-advisor')?.closest('.toolbar')?.remove();
        break;
      case 'report':
        node = reportScreen(state);
        break;
      case 'debrief':
        node = debriefScreen(state);
        classroomDebrief(node);
        break;
      default:
        node = faultScreen(state);
    }
    if (fresh) {
      screen.replaceChildren(node);
      document.getElementById('screen-title')?.focus();
    } else keepFocus(() => screen.replaceChildren(node));
  }

  // ---- the classroom
  const lessonNow = () => {
    const { game, players } = actor.getSnapshot().context;
    return game ? lessonOf(lesson, game, players) : null;
  };

  const classroom: ClassroomActions = {
    join: (code) => joinClass(code),
    openReport: () => showPage({ kind: 'report' }),
    openGuide: (id) => showPage({ kind: 'guide', id }),
  };

  function showPage(next: typeof page): void {
    page = next;
    drawScreen('menu', true);
    window.scrollTo(0, 0);
  }

  function classroomPage(p: Exclude<typeof page, { kind: 'menu' }>): HTMLElement {
    const back = () => showPage({ kind: 'menu' });
    if (p.kind === 'report') return classReportScreen(allScenarios(), back);
    if (p.kind === 'guide') {
      const scenario = allScenarios().find((s) => s.id === p.id) ?? allScenarios()[0]!;
      return guideScreen(scenario, allScenarios(), (id) => showPage({ kind: 'guide', id }), back);
    }
    const scenario = allScenarios().find((s) => s.id === p.lesson.scenarioId)!;
    return classJoinScreen(scenario, p.lesson, (side) => startLesson(p.lesson, lessonPlayers(scenario, p.lesson, side)), back);
  }

  /** A class code typed or opened by link: refused with its reason, or that lesson's world (after a side, if free). */
  function joinClass(code: string): void {
    const decoded = decodeClassCode(code, allScenarios());
    if (!decoded.ok) joinProblem = decoded.errors.map((e) => e.message).join(' ');
    else {
      joinProblem = null;
      const scenario = allScenarios().find((s) => s.id === decoded.value.scenarioId)!;
      if (decoded.value.side === 'free') return showPage({ kind: 'join', lesson: decoded.value });
      return startLesson(decoded.value, lessonPlayers(scenario, decoded.value));
    }
    page = { kind: 'menu' };
    drawScreen('menu', false);
    if (settled) document.getElementById('join-code')?.focus();
  }

  function startLesson(next: ClassOptions, players: ActorId[]): void {
    lesson = next;
    keepLesson(session, next);
    page = { kind: 'menu' };
    // The lesson's length and temperament are the game's rules from its first turn: rewinds, saves and replays keep them.
    send({ type: 'START', scenario: next.scenarioId, seed: next.seed, players, rules: lessonRules(next) });
  }

  /** The debrief's classroom parts: hand in the result file, and compare with other strategies. */
  function classroomDebrief(node: HTMLElement): void {
    const { game, players } = actor.getSnapshot().context;
    if (!game) return;
    const settings = settingsFor(lessonOf(lesson, game, players), game, players);
    const tools = node.querySelector(':scope > .toolbar.no-print');
    const parts = [
      section('hand-in', 'Hand in your result', 2, { class: 'no-print' }, h('p', {}, 'Download your result file and give it to your teacher, who can check it by replaying your game.'), handInForm(game, players, settings)),
      whatIfSection(game, players[0]!),
    ];
    for (const part of parts) node.insertBefore(part, tools);
  }

  function faultScreen(state: Ui): HTMLElement {
    const refusal = state.snapshot.context.refusal;
    const game = state.snapshot.context.game;
    return h(
      'div',
      { class: 'screen fault' },
      h('h2', { id: 'screen-title', attrs: { tabindex: '-1' } }, 'The turn could not be resolved'),
      h('ul', { attrs: { role: 'alert' } }, ...(refusal?.reasons ?? []).map((r) => h('li', {}, r.message))),
      h('p', {}, 'This is a fault in the game, not in your play. Rewind to the start of this turn, or go back to the menu; please report it with a saved file.'),
      h(
        'div',
        { class: 'toolbar' },
        game ? button('Rewind to the start of this turn', () => send({ type: 'REWIND', turn: game.turn }), { id: 'rewind-fault', class: 'primary' }) : null,
        button('Main menu', () => send({ type: 'QUIT' }), { id: 'quit-fault' }),
      ),
    );
  }

  // Until the page has opened on its first screen, nothing takes the focus or scrolls the page.
  let settled = false;
  function render(): void {
    const snap = actor.getSnapshot();
    const phase = phaseOf(snap);
    // The computer's turn and the resolution need no one's input: move on to the report at once.
    if (phase === 'aiDecisions' || phase === 'resolution') {
      queueMicrotask(() => {
        if (phaseOf(actor.getSnapshot()) === phase) actor.send({ type: 'CONTINUE' });
      });
      return;
    }
    const game = snap.context.game;
    const changed = phase !== shown.phase || game !== shown.game || snap.context.seat !== shown.seat;
    if (phase === 'menu') session.removeItem(IN_GAME);
    else session.setItem(IN_GAME, '1');
    if (changed) {
      advisorOpen = false;
      if (game !== shown.game && game && dossier?.type === 'actor' && !game.scenario.actors.some((a) => a.id === dossier!.id)) dossier = null;
      if (!game) dossier = null;
      shown = { phase, game, seat: snap.context.seat };
      drawHeader();
      drawAside();
      drawScreen(phase, settled);
      if (settled) announce(phaseWords(phase, snap.context.players.length > 1 && game ? nameOf(game.scenario, snap.context.players[snap.context.seat] ?? '') : ''));
    } else if (panel) {
      panel.update(ui());
    } else if (phase === 'menu') {
      // Only a refusal changes the flow in the menu: show it.
      drawScreen(phase, false);
    }
    feedMap();
    guideFollows(snap, phase);
  }

  async function readScenarioFile(file: File): Promise<void> {
    const text = await file.text();
    const report = loadAuthorScenario(text, file.name, options.scenarios);
    if (!report.ok) {
      verdict = { file: file.name, errors: report.errors, warnings: report.warnings, accepted: null };
      drawScreen('menu', false);
      return;
    }
    const scenario = report.value;
    if (!files.keep(scenario, file.name, text)) {
      alerts.replaceChildren(h('p', {}, `⚠ “${scenario.title}” is loaded, but this browser could not keep it: after a reload, load the file again to resume a game on it.`));
    }
    verdict = { file: file.name, errors: [], warnings: report.warnings, accepted: scenario.title };
    choice = { ...choice, scenario: scenario.id, side: scenario.playable[0]! };
    // The flow knows its scenarios from the start: make a new one that knows this file too (no game is lost: we are in the menu).
    shown = { phase: '', game: null, seat: -1 };
    settled = false;
    startFlow();
    settled = true;
    keepFocus(() => drawScreen('menu', false));
  }

  function removeScenarioFile(id: string): void {
    const title = files.kept().find((f) => f.id === id)?.title ?? id;
    if (!files.remove(id)) alerts.replaceChildren(h('p', {}, `⚠ “${title}” could not be removed: this browser would not store the shorter list.`));
    if (choice.scenario === id) choice = { ...choice, scenario: allScenarios()[0]!.id, side: allScenarios()[0]!.playable[0]! };
    verdict = null;
    // The flow knows its scenarios from the start: make one that no longer knows this file (we are in the menu).
    shown = { phase: '', game: null, seat: -1 };
    settled = false;
    startFlow();
    settled = true;
    announce(`“${title}” removed from this browser.`);
    keepFocus(() => drawScreen('menu', false));
  }

  // ---- start: a class link starts its game; a reload in a tab that was playing resumes; otherwise the menu
  const wasPlaying = session.getItem(IN_GAME) === '1';
  startFlow();
  const wanted = params.get('scenario') ?? (params.has('side') || params.has('seed') ? allScenarios()[0]!.id : null);
  const classCode = params.has('class') ? classCodeIn(`?${params.toString()}`) : null;
  if (classCode !== null) {
    // A class link: its lesson, once; a reload then resumes the game rather than starting it again.
    const rest = new URLSearchParams(params);
    rest.delete('class');
    const query = rest.toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    joinClass(classCode);
  } else if (wanted !== null) {
    const scenario = allScenarios().find((s) => s.id === wanted);
    const sideParam = params.get('side') ?? scenario?.playable[0] ?? 'RUS';
    const players = scenario ? playersOf(scenario, sideParam === 'hot-seat' ? 'hot-seat' : sideParam) : [sideParam];
    send({ type: 'START', scenario: wanted, seed: params.get('seed') ?? randomSeed(), players });
    // The link has done its work: a reload now resumes this game rather than starting it again.
    const rest = new URLSearchParams(params);
    for (const key of ['scenario', 'side', 'seed']) rest.delete(key);
    const query = rest.toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  } else if (wasPlaying) {
    const [latest] = resumeOffers(actor.getSnapshot().context.saves, allScenarios());
    if (latest?.ok && latest.slot === 'latest') send({ type: 'RESUME', slot: 'latest' });
  }
  settled = true;
  return { actor: () => actor };
}

/** Where the game stands, for the header: the report speaks of the turn just resolved, not the next one. */
function turnLine(game: GameState, phase: Phase): string {
  const resolved = phase === 'report' ? game.log[game.log.length - 1] : undefined;
  const turn = resolved?.turn ?? game.turn;
  return `turn ${turn} of ${lastTurn(game)}${resolved ? ', resolved' : ''} · ${periodOf(game.scenario, turn)}`;
}

function phaseWords(phase: Phase, seat: string): string {
  switch (phase) {
    case 'menu':
      return 'Main menu.';
    case 'briefing':
      return 'A new turn: the briefing.';
    case 'handOver':
      return `Hand the screen to ${seat}.`;
    case 'calling':
      return 'A crisis of your own: whom do you call on?';
    case 'decisions':
      return 'Your decisions.';
    case 'standing':
      return 'The answers are in: press on, stand firm or back down.';
    case 'report':
      return 'The turn is resolved: the report.';
    case 'debrief':
      return 'The game is over: the debrief.';
    default:
      return '';
  }
}
