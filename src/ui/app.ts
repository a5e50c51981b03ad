// The game in the page: runs the turn flow, draws the screen of its phase, feeds the map a snapshot whenever the game
// changes and opens a dossier when the map selects an actor, and keeps the autosave. It holds no rule: it sends the
// flow requests and reads the engine and the flow's selectors. The regions are the shell's, the menu's pages the
// menu page's, the game's screens the game page's.
import { createActor, type Actor } from 'xstate';
import { newGame, type ActorId, type CrisisInstance, type GameState, type Scenario } from '../engine';
import { autosave, createFlow, otherGames, phaseOf, resumeOffers, type Flow, type FlowEvent, type Phase } from '../machine';
import { exportSave, makeSave, shelf } from '../persistence';
import type { MapBus, MapTarget } from '../render/bus';
import { mapSnapshot } from '../render/snapshot';
import { classCodeIn } from '../classroom';
import { lang, t } from '../i18n/core';
import { LOCALE, type Lang } from '../i18n/langs';
import { setLang } from '../i18n';
import { authorFiles } from './authorFiles';
import { viewerOf, type Ui } from './context';
import type { Panel } from './decisions';
import { keepFocus } from './dom';
import { download } from './download';
import { dossierPanel } from './dossier';
import { gameScreen, phaseWords } from './gamePage';
import { openHandInDialog } from './handIn';
import { keepLesson, lessonOf, readLesson, settingsFor } from './lesson';
import type { LiveHost, LiveStudent } from './liveHost';
import { playersOf } from './menu';
import { menuController, pageScenario, type MenuState } from './menuPage';
import { newsFeed } from './news';
import { gameHeader, menuHeader, mountShell } from './shell';
import { stateAt } from './timeline';
import { nameOf } from './words';
import { GUIDED, guideFollows, startGuide } from './tutorial';
import './classroom.css';
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
/** Where the player's choice of language is remembered (src/main.ts reads it at start). */
export const LANG_KEY = 'bowstring.lang';

function randomSeed(): string {
  const n = crypto.getRandomValues(new Uint32Array(1))[0]! % 10000;
  return `world-${String(n).padStart(4, '0')}`;
}

/** What the page remembers beside the flow's own state. */
interface PageState extends MenuState {
  /** The dossier open beside the map. */
  dossier: MapTarget | null;
  /** Whether the side deciding asked the advisor this turn. */
  advisorOpen: boolean;
  /** What the screen was last drawn for: a change of any of these draws a fresh screen. */
  shown: { phase: Phase | ''; game: GameState | null; seat: number };
  /** The decision panel on screen, updated in place as the flow accepts choices. */
  panel: Panel | null;
  /** What the map was last fed: the state drawn, for whom, and in the menu the scenario. */
  mapShown: { state: GameState | null; side: ActorId; atScreen: boolean; scenario: string; told: readonly CrisisInstance[] | undefined } | null;
  /** While the resolved turn plays out, the map holds the world as the turn began, so each step changes it as told. */
  mapBefore: boolean;
  /** Until the page has opened on its first screen, nothing takes the focus or scrolls the page. */
  settled: boolean;
  /** Whose game a teacher opened from the class report (the flow's `review`), until the menu again. */
  reviewing: string | null;
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
  // A live class may carry its own scenario: known to this tab's games while it plays the class, kept nowhere, and
  // before a kept file of the same id.
  let classScenario: Scenario | null = null;
  const allScenarios = () => [...options.scenarios, ...(classScenario ? [classScenario] : []), ...files.scenarios().filter((s) => s.id !== classScenario?.id)];
  const shell = mountShell(root);

  const first = allScenarios()[0]!;
  const state: PageState = {
    choice: { scenario: first.id, side: first.playable[0]!, seed: randomSeed() },
    page: { kind: 'menu' },
    verdict: null,
    joinProblem: null,
    lesson: readLesson(session),
    dossier: null,
    advisorOpen: false,
    shown: { phase: '', game: null, seat: -1 },
    panel: null,
    mapShown: null,
    reviewing: null,
    mapBefore: false,
    settled: false,
  };
  let actor!: Actor<Flow>;
  let stopAutosave = () => {};
  /** The tab's link to a live class as a student, once one is joined. */
  let live: LiveStudent | null = null;

  // A live class paused by the teacher holds a turn's submit until it goes on.
  const send = (event: FlowEvent) => {
    if (!live?.holds(event)) actor.send(event);
  };
  const lessonNow = () => {
    const { game, players } = actor.getSnapshot().context;
    return game ? lessonOf(state.lesson, game, players) : null;
  };

  const ui = (): Ui => ({
    snapshot: actor.getSnapshot(),
    send,
    scenarios: allScenarios(),
    otherGames: () => otherGames(store.recent(), actor.getSnapshot().context.saves, allScenarios()),
    forgetGame(key) {
      store.forget(key);
      shell.announce(t('shell.app.forgotten'));
      keepFocus(() => drawScreen('menu', false));
    },
    showDossier,
    announce: shell.announce,
    exportSave: downloadSave,
    advisorOpen: state.advisorOpen,
    setAdvisorOpen(open) {
      state.advisorOpen = open;
      state.panel?.update(ui());
    },
    mapAt(moment) {
      state.mapBefore = moment === 'before';
      feedMap();
    },
  });

  const menu = menuController({
    state,
    shell,
    ui,
    send,
    shipped: options.scenarios,
    files,
    scenarios: allScenarios,
    session,
    restartFlow,
    draw: (fresh) => drawScreen('menu', fresh),
    feedMap,
    settled: () => state.settled,
    live: liveHost(),
    openStudentGame(text, player) {
      state.reviewing = player;
      send({ type: 'LOAD', text, review: true });
    },
  });

  /** What the live class's screens are given (they are loaded only when a live class is opened). */
  function liveHost(): LiveHost {
    return {
      shell,
      shipped: options.scenarios,
      files,
      scenarios: allScenarios,
      local: storage,
      session,
      snapshot: () => actor.getSnapshot(),
      send: (event) => actor.send(event),
      showPage(draw, fresh) {
        // Only ever in the menu: a game in play is never left for a page of the class.
        if (actor.getSnapshot().context.game) return;
        state.page = { kind: 'live', draw };
        drawScreen('menu', fresh);
      },
      menu() {
        state.page = { kind: 'menu' };
        if (!actor.getSnapshot().context.game) drawScreen('menu', true);
      },
      useClassScenario(scenario) {
        if (scenario?.hash === classScenario?.hash) return;
        classScenario = scenario;
        restartFlow();
      },
      setLesson(lesson) {
        state.lesson = lesson;
        keepLesson(session, lesson);
        // The class's game takes the screen from here: the menu, when it comes back, is the menu.
        state.page = { kind: 'menu' };
      },
      attach(student) {
        live = student;
      },
      redrawHeader: () => keepFocus(drawHeader),
      redrawDebrief() {
        if (phaseOf(actor.getSnapshot()) === 'debrief') keepFocus(() => drawScreen('debrief', false));
      },
    };
  }

  /** A new turn flow that knows the scenarios as they now are (only ever in the menu: no game is lost). */
  function restartFlow(): void {
    state.shown = { phase: '', game: null, seat: -1 };
    state.settled = false;
    startFlow();
    state.settled = true;
  }

  function startFlow(): void {
    stopAutosave();
    actor?.stop();
    actor = createActor(createFlow({ scenarios: allScenarios() }), { input: { saves: store.load() } });
    stopAutosave = autosave(actor, store, (fault) => {
      shell.alert(t('shell.app.autosaveFailed', { fault: fault instanceof Error ? fault.message : String(fault) }));
    });
    actor.subscribe(() => render());
    actor.start();
    render();
  }

  /** The game on screen as a save file: made from the game itself, not from the autosave, which a game looked
   *  through (a student's, opened from the class report) never has. */
  function downloadSave(): void {
    const { game, players, rewinds } = actor.getSnapshot().context;
    if (!game) return shell.announce(t('shell.app.nothingToSave'));
    const file = exportSave(makeSave(game, players, new Date().toISOString(), rewinds));
    download(file.name, file.text, file.type);
    shell.announce(t('shell.app.saved', { file: file.name }));
  }

  function showDossier(id: ActorId, focus = false): void {
    state.dossier = { type: 'actor', id };
    bus?.commands.send({ kind: 'select', target: state.dossier });
    drawAside();
    if (focus) document.getElementById('dossier-name')?.focus();
  }

  // ---- the map: the game as the viewer sees it, or in the menu the chosen scenario's opening
  function feedMap(): void {
    if (!bus) return;
    const snap = actor.getSnapshot();
    const game = snap.context.game;
    // In the menu, a page about one scenario (a guide, a class report, a lesson joined) shows it; else the new game's.
    const about = game ? null : pageScenario(state);
    const scenario = allScenarios().find((s) => s.id === (about ?? state.choice.scenario)) ?? allScenarios()[0]!;
    const side = game ? (viewerOf(ui()) ?? snap.context.players[0]!) : about ? scenario.playable[0]! : playersOf(scenario, state.choice.side)[0]!;
    const resolved = game?.log[game.log.length - 1];
    const shown = game && state.mapBefore && resolved ? stateAt(game, resolved.turn) : game;
    // A turn played out and its report tell that turn: its crises are marked, not the next turn's, already dealt.
    const phase = phaseOf(snap);
    const told = game && resolved && (phase === 'report' || phase === 'resolution') ? stateAt(game, resolved.turn).agenda.crises : undefined;
    // In a game of two at one screen with no player's turn on it, the map shows the first player's ties, not "yours".
    const atScreen = !game || viewerOf(ui()) !== null;
    const last = state.mapShown;
    if (last && last.state === shown && last.side === side && last.atScreen === atScreen && last.told === told && (game !== null || last.scenario === scenario.id)) return;
    state.mapShown = { state: shown, side, atScreen, scenario: scenario.id, told };
    bus.snapshots.send(mapSnapshot(shown ?? newGame(scenario, state.choice.seed || 'class'), side, told, atScreen));
  }
  bus?.intents.subscribe((intent) => {
    if (intent.kind !== 'select' || !intent.target || !actor.getSnapshot().context.game) return;
    state.dossier = intent.target;
    drawAside();
  });

  // ---- drawing
  function drawHeader(): void {
    const snap = actor.getSnapshot();
    const { game, players } = snap.context;
    if (!game) return menuHeader(shell.header, allScenarios().some((s) => s.id === GUIDED.scenario) ? () => startGuide(send) : null, (next) => void switchLang(next));
    const quit = () => send({ type: 'QUIT' });
    // A shared world's game is the class server's: no save, no result file, no going back.
    const tools = snap.context.remote
      ? { quit }
      : {
          save: downloadSave,
          // A teacher going through a student's game hands nothing in.
          ...(!snap.context.review ? { handIn: () => openHandInDialog(game, players, settingsFor(lessonOf(state.lesson, game, players), game, players), snap.context.rewinds, () => send({ type: 'DEBRIEF' })) } : {}),
          // A student's game stopped part-way: the teacher reads its debrief so far.
          ...(snap.context.review ? { debrief: () => send({ type: 'DEBRIEF' }) } : {}),
          rewind: (turn: number) => send({ type: 'REWIND', turn }),
          quit,
        };
    gameHeader(shell.header, game, players, phaseOf(snap), tools, (next) => void switchLang(next), state.reviewing);
    // A live class's game says so, with the line to the class server.
    const line = live?.headerLine();
    if (line) shell.header.append(line);
  }

  /** Speak another language: everything on screen is drawn again in it, the game and the player's place in it kept. */
  async function switchLang(next: Lang): Promise<void> {
    if (next === lang()) return;
    try {
      await setLang(next);
    } catch (fault) {
      shell.alert(t('shell.app.languageFailed', { fault: fault instanceof Error ? fault.message : String(fault) }));
      keepFocus(drawHeader);
      return;
    }
    try {
      storage.setItem(LANG_KEY, next);
    } catch {
      // Not remembered: the page still speaks it until it is closed.
    }
    document.documentElement.lang = LOCALE[next];
    keepFocus(() => {
      drawHeader();
      drawAside();
      drawScreen(state.shown.phase || 'menu', false);
    });
    // The map's names come from its snapshot: feed it again.
    state.mapShown = null;
    feedMap();
    shell.announce(t('common.languageChanged'));
  }

  function drawAside(): void {
    const { aside } = shell;
    const snap = actor.getSnapshot();
    const game = snap.context.game;
    if (!game) {
      aside.hidden = true;
      aside.replaceChildren();
      return;
    }
    aside.hidden = false;
    keepFocus(() => aside.replaceChildren(dossierPanel(game, state.dossier, viewerOf(ui()), snap.context.players, (id) => showDossier(id, false)), newsFeed(game, snap.context.players, phaseOf(snap) === 'resolution')));
  }

  function drawScreen(phase: Phase, fresh: boolean): void {
    state.panel = null;
    if (phase !== 'resolution') bus?.commands.send({ kind: 'playback', cue: null });
    if (phase === 'menu') return shell.show(menu.screen(), fresh);
    const screen = gameScreen(phase, ui(), lessonNow(), bus, live, actor.getSnapshot().context.review ? (state.reviewing ?? '') : null);
    state.panel = screen.panel;
    shell.show(screen.node, fresh);
  }

  function render(): void {
    const snap = actor.getSnapshot();
    const phase = phaseOf(snap);
    // A live class hears of every resolved turn and rewind first, so the header and screens drawn below show it.
    live?.follow(snap);
    // The computer's turn needs no one's input: move on at once.
    if (phase === 'aiDecisions') {
      queueMicrotask(() => {
        if (phaseOf(actor.getSnapshot()) === phase) actor.send({ type: 'CONTINUE' });
      });
      return;
    }
    const game = snap.context.game;
    const { shown } = state;
    const changed = phase !== shown.phase || game !== shown.game || snap.context.seat !== shown.seat;
    if (phase === 'menu') {
      session.removeItem(IN_GAME);
      state.reviewing = null;
    }
    else session.setItem(IN_GAME, '1');
    if (changed) {
      state.advisorOpen = false;
      const dossier = state.dossier;
      if (game !== shown.game && game && dossier?.type === 'actor' && !game.scenario.actors.some((a) => a.id === dossier.id)) state.dossier = null;
      if (!game) state.dossier = null;
      state.shown = { phase, game, seat: snap.context.seat };
      // A turn just resolved plays out over the world it began in; its screen says when all is told.
      state.mapBefore = phase === 'resolution';
      drawHeader();
      drawAside();
      drawScreen(phase, state.settled);
      if (state.settled) shell.announce(phaseWords(phase, snap.context.players.length > 1 && game ? nameOf(game.scenario, snap.context.players[snap.context.seat] ?? '') : '', Boolean(game?.ending)));
    } else if (state.panel) {
      state.panel.update(ui());
    } else if (phase === 'menu') {
      // Only a refusal changes the flow in the menu: show it.
      drawScreen(phase, false);
    }
    feedMap();
    guideFollows(snap, phase);
  }

  // ---- start: a class link starts its game; a reload in a tab that was playing resumes; otherwise the menu
  const wasPlaying = session.getItem(IN_GAME) === '1';
  startFlow();
  const wanted = params.get('scenario') ?? (params.has('side') || params.has('seed') ? allScenarios()[0]!.id : null);
  const classCode = params.has('class') ? classCodeIn(`?${params.toString()}`) : null;
  if (params.has('join')) {
    // A live class's link: its page (the code is checked there).
    const code = params.get('join') ?? '';
    forgetQuery(params, ['join']);
    menu.joinClass(code);
  } else if (classCode !== null) {
    // A class link: its lesson, once; a reload then resumes the game rather than starting it again.
    forgetQuery(params, ['class']);
    menu.joinClass(classCode);
  } else if (wanted !== null) {
    const scenario = allScenarios().find((s) => s.id === wanted);
    const sideParam = params.get('side') ?? scenario?.playable[0] ?? 'RUS';
    const players = scenario ? playersOf(scenario, sideParam === 'hot-seat' ? 'hot-seat' : sideParam) : [sideParam];
    send({ type: 'START', scenario: wanted, seed: params.get('seed') ?? randomSeed(), players });
    // The link has done its work: a reload now resumes this game rather than starting it again.
    forgetQuery(params, ['scenario', 'side', 'seed']);
  } else if (wasPlaying) {
    const [latest] = resumeOffers(actor.getSnapshot().context.saves, allScenarios());
    if (latest?.ok && latest.slot === 'latest') send({ type: 'RESUME', slot: 'latest' });
  }
  // A reload of a live class, as its teacher or a student, goes back to it.
  if (!params.has('join')) menu.backToLiveClass();
  state.settled = true;
  return { actor: () => actor };
}

/** Takes the keys of a link that has done its work out of the address bar, keeping the rest. */
function forgetQuery(params: URLSearchParams, keys: string[]): void {
  const rest = new URLSearchParams(params);
  for (const key of keys) rest.delete(key);
  const query = rest.toString();
  history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
}
