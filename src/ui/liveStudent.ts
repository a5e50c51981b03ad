// A student in a live class. The code (typed, or from the class's link) opens the class's page and a name field; the
// game then starts with the class's scenario, side and rules, in its language, and runs in the page as any game does,
// while every resolved turn, and every rewind, goes to the class server, which replays it. A reload rejoins as the
// same student (a token kept per class code) and resumes the same game. While the teacher has paused the class a
// turn's submit is held; when the class ends, the result is with the teacher. Loaded only when a live class is opened.
import type { ActorId, GameState, Scenario } from '../engine';
import type { FlowEvent, FlowSnapshot } from '../machine';
import { lessonRules, type ClassOptions } from '../classroom';
import { makeSave, replay, writeSave } from '../persistence';
import { loadAuthorScenario } from '../scenarios/authorScenario';
import { t } from '../i18n/core';
import { classInfo, joinRoom, ServerRefusal, type Link, type LiveLink } from '../live/client';
import { MSG, type Ack, type ClassInfo, type ClassStatus, type Refused, type TurnMove, type Welcome } from '../live/protocol';
import { refusedWords } from '../live/serverWords';
import { catchUp, movesOf, serverIsAhead, sharedTurns } from '../live/sync';
import { h, radioGroup } from './dom';
import { lessonOf, lessonPlayers, speakLessonLang } from './lesson';
import { LIVE_CLASS_KEY, codeShown, liveStudentKey, type LiveHost, type LiveStudent } from './liveHost';
import { closedWords, liveProblem } from './liveWords';
import { joinWorld, worldJoinPage } from './liveWorld';
import { joinScreen } from './liveJoin';
import { labelOf } from './words';
import './live.css';

/** What this browser keeps of its place in a class: the token to rejoin as the same student, the name, the side. */
interface Kept {
  token: string;
  name: string;
  side?: ActorId;
}

function readKept(local: Storage, code: string): Kept | null {
  try {
    const kept = JSON.parse(local.getItem(liveStudentKey(code)) ?? 'null') as Partial<Kept> | null;
    return typeof kept?.token === 'string' && typeof kept.name === 'string' ? { token: kept.token, name: kept.name, ...(typeof kept.side === 'string' ? { side: kept.side } : {}) } : null;
  } catch {
    return null;
  }
}

/** A class as a student needs it: its description, the scenario it is played on and its lesson. */
export interface LiveClass {
  info: ClassInfo;
  scenario: Scenario;
  lesson: ClassOptions;
}

/** The class `code`, its scenario made known to the game (one the class carries, for this tab only), in its language. */
async function prepare(host: LiveHost, code: string): Promise<LiveClass> {
  const info = await classInfo(code);
  let scenario: Scenario | undefined;
  if (info.scenarioFile) {
    const loaded = loadAuthorScenario(info.scenarioFile, info.scenarioId, host.shipped);
    if (!loaded.ok) throw new Error(t('class.live.scenarioRefused', { problem: loaded.errors[0]?.message ?? '' }));
    scenario = loaded.value;
    host.useClassScenario(scenario);
  } else {
    scenario = host.shipped.find((s) => s.id === info.scenarioId && s.hash === info.scenarioHash);
  }
  if (!scenario || scenario.hash !== info.scenarioHash) throw new Error(t('class.live.otherScenario'));
  const lesson: ClassOptions = { scenarioId: info.scenarioId, scenarioHash: info.scenarioHash, seed: info.seed, ...info.settings, ...(info.lang ? { lang: info.lang } : {}) };
  // The class's language, as a class code's: the page speaks it from the name field on.
  await speakLessonLang(lesson, host.local).catch(() => undefined);
  return { info, scenario, lesson };
}

/** Opens the class `code`: back into it as the same student when this browser has a place in it, else at its name
 *  field; the sentence saying why not, when it cannot be opened. */
export async function openJoin(host: LiveHost, code: string): Promise<string | null> {
  try {
    const live = await prepare(host, code);
    host.session.setItem(LIVE_CLASS_KEY, code);
    const kept = readKept(host.local, code);
    if (kept) {
      try {
        await (live.info.mode === 'world' ? joinWorld(host, live, kept.name, kept.side, kept.token) : connect(host, live, kept.name, kept.side, kept.token));
        return null;
      } catch (fault) {
        // A place the server no longer knows is forgotten, and the student joins afresh by name.
        if (!(fault instanceof ServerRefusal && fault.status === 401)) throw fault;
        host.local.removeItem(liveStudentKey(code));
      }
    }
    host.showPage(live.info.mode === 'world' ? worldJoinPage(host, live, () => leaveJoin(host)) : joinPage(host, live), true);
    return null;
  } catch (fault) {
    return liveProblem(fault, 'student');
  }
}

/** After a reload: back into the class as the same student, or at its name field when this browser never joined it. */
export async function rejoin(host: LiveHost, code: string): Promise<void> {
  const problem = await openJoin(host, code);
  if (problem) host.shell.alert(problem);
}

function joinPage(host: LiveHost, live: LiveClass): () => HTMLElement {
  const { scenario, lesson } = live;
  let side: ActorId = scenario.playable[0]!;
  const free = lesson.side === 'free';
  return joinScreen(live, {
    intro: null,
    power: () =>
      free
        ? radioGroup<string>({
            id: 'live-side',
            legend: t('class.classJoin.playAs'),
            options: scenario.playable.map((p) => ({ value: p, label: labelOf(scenario, p) })),
            checked: side,
            onChange: (value) => (side = value),
          }).node
        : null,
    join: (name) => connect(host, live, name, free ? side : undefined),
    back: () => leaveJoin(host),
  });
}


function leaveJoin(host: LiveHost): void {
  host.session.removeItem(LIVE_CLASS_KEY);
  host.useClassScenario(null);
  host.menu();
}

/** Joins the room as a student (refused with the server's sentence) and links the page's game to the class. */
async function connect(host: LiveHost, live: LiveClass, name: string, picked: ActorId | undefined, token?: string): Promise<void> {
  const student = studentLink(host, live, name, picked, token);
  const code = live.info.code;
  // A class that lets each student pick a power is told the one picked when the student first joins.
  const who = () => ({ code, role: 'student' as const, name, ...(student.token() ? { token: student.token() } : picked ? { seat: picked } : {}) });
  const link = await joinRoom(
    who(),
    {
      messages: { [MSG.welcome]: student.welcome, [MSG.ack]: student.ack, [MSG.refused]: student.refused, [MSG.status]: student.status },
      link: student.link,
      resumed: student.resumed,
    },
    who,
  );
  student.connect(link);
}

interface StudentLink extends LiveStudent {
  token(): string;
  connect(link: LiveLink): void;
  welcome(w: Welcome): void;
  ack(a: Ack): void;
  refused(r: Refused): void;
  status(s: { status: ClassStatus }): void;
  link(link: Link, why?: ServerRefusal): void;
  resumed(): void;
}

function studentLink(host: LiveHost, live: LiveClass, name: string, picked: ActorId | undefined, token = ''): StudentLink {
  const { info, scenario, lesson } = live;
  const code = info.code;
  let room: LiveLink | null = null;
  let link: Link = 'connecting';
  let closedWhy: ServerRefusal | undefined;
  let status: ClassStatus = info.status;
  let players: ActorId[] = lessonPlayers(scenario, lesson, picked);
  let started = false;
  // Until the server has said what it holds (its welcome, at each fresh join), nothing is sent.
  let awaitingWelcome = true;
  /** What the server holds of the game; the page's own turns; the turn sent and not yet answered. */
  let held: TurnMove[] = [];
  let local: TurnMove[] = [];
  let inFlight: TurnMove | null = null;
  /** The last turn the server refused (its hash, when the page had sent one), and why. */
  let refused: { turn: number | null; stateHash: string | null; message: string } | null = null;
  let heldSubmit: FlowEvent | null = null;
  /** The class's game as last seen in the page (null: the page plays no game of this class now). */
  let shown: GameState | null = null;

  const banner = h('div', { id: 'live-banner', class: 'live-banner no-print', attrs: { role: 'status' } });
  banner.hidden = true;
  const note = h('p', { id: 'live-debrief', class: 'live-note' });

  const drawBanner = () => {
    if (!banner.isConnected) document.getElementById('screen')?.before(banner);
    const lines: string[] = [];
    if (shown) {
      if (status === 'paused') lines.push(t('class.live.paused', { held: heldSubmit ? 'yes' : 'no' }));
      // A deleted class keeps no game: its line says so alone.
      const gone = link === 'closed' && closedWhy?.status === 404;
      if (status === 'ended' && !gone) lines.push(t('class.live.ended'));
      if (refused) lines.push(refused.turn === null ? refused.message : t('class.live.refused', { turn: refused.turn, message: refused.message }));
      if (link === 'closed') lines.push(closedWords(closedWhy, 'student'));
    }
    banner.hidden = lines.length === 0;
    banner.replaceChildren(...lines.map((line) => h('p', {}, line)));
    const waiting = local.length - sharedTurns(local, held);
    // Once the class has ended, the server's copy is the game the teacher has: nothing more is sent, or handed in.
    const words = status === 'ended' ? t('class.live.endedResult') : waiting === 0 ? t('class.live.withTeacher') : t('class.live.stillSending', { count: waiting });
    note.textContent = words;
    note.className = status !== 'ended' && waiting > 0 ? 'live-note live-waiting' : 'live-note';
  };

  const pump = () => {
    if (!room || link !== 'connected' || awaitingWelcome || status !== 'open' || inFlight || !shown) return;
    const plan = catchUp(local, held);
    if (plan.rewindTo !== null) {
      if (!room.send(MSG.rewind, { toTurn: plan.rewindTo })) return;
      held = held.slice(0, plan.rewindTo);
    }
    const next = plan.moves[0];
    // A turn the server refused is not sent again: the student sees why, and a rewind or another turn moves on.
    if (!next || (refused && refused.turn === next.turn && refused.stateHash === next.stateHash)) return;
    if (room.send(MSG.turn, next)) inFlight = next;
  };

  /**
   * The first welcome: the class's game resumed as it is in the page, started, or taken from the server's copy. A tab
   * playing another game keeps it (the class's game is among the games to resume, and is followed once resumed).
   */
  const begin = () => {
    host.setLesson(lesson);
    const snap = host.snapshot();
    const game = snap.context.game;
    const start = () => host.send({ type: 'START', scenario: lesson.scenarioId, seed: lesson.seed, players, rules: lessonRules(lesson) });
    if (game && !lessonOf(lesson, game, snap.context.players)) return;
    if (game && !serverIsAhead(movesOf(game), held)) return;
    if (held.length === 0) return start();
    const copy = replay(scenario, lesson.seed, held.map((m) => m.decisions), lessonRules(lesson));
    if (!copy.ok) {
      // The server's copy does not replay here (another version of the game): start afresh; the server is told by a rewind.
      host.shell.alert(t('class.live.notResumed', { problem: copy.errors[0]?.message ?? '' }));
      return start();
    }
    host.send({ type: 'LOAD', text: writeSave(makeSave(copy.value, players, new Date().toISOString())) });
  };

  const student: StudentLink = {
    get handsIn() {
      return status !== 'ended';
    },
    waitingLine: () => null,
    token: () => token,
    connect(next) {
      room = next;
      host.attach(student);
      pump();
    },
    welcome(w) {
      token = w.token;
      try {
        host.local.setItem(liveStudentKey(code), JSON.stringify({ token, name, ...(w.side ?? picked ? { side: w.side ?? picked } : {}) }));
      } catch {
        // Not kept: a reload will ask for the name again, and the server takes the student as new.
      }
      host.session.setItem(LIVE_CLASS_KEY, code);
      const before = started ? status : null;
      status = w.info.status;
      if (w.side) players = lessonPlayers(scenario, lesson, w.side);
      held = Array.isArray(w.moves) ? w.moves : [];
      inFlight = null;
      awaitingWelcome = false;
      if (!started) {
        started = true;
        // The page's link to the class is in place before the game starts, so that its first screen shows the class.
        host.attach(student);
        begin();
      }
      student.follow(host.snapshot());
      pump();
      drawBanner();
      host.redrawHeader();
      // A debrief drawn before the class was known (a reload), or before it ended, says where the result is now.
      if (before !== status) host.redrawDebrief();
    },
    ack(a) {
      if (!inFlight || a.turn !== inFlight.turn) return;
      held = [...held.filter((m) => m.turn < a.turn), inFlight];
      inFlight = null;
      refused = null;
      pump();
      drawBanner();
    },
    refused(r) {
      const move = inFlight;
      inFlight = null;
      // Refused only because the class was paused on the way: sent again when it goes on.
      if (status === 'paused') return;
      refused = { turn: r.turn, stateHash: move?.turn === r.turn ? move.stateHash : null, message: refusedWords(r) };
      drawBanner();
    },
    status(s) {
      const ended = status !== 'ended' && s.status === 'ended';
      status = s.status;
      if (status === 'open') {
        refused = null;
        if (heldSubmit) {
          const event = heldSubmit;
          heldSubmit = null;
          host.send(event);
        }
      }
      if (shown) host.shell.announce(t('class.live.statusNow', { status }));
      pump();
      drawBanner();
      host.redrawHeader();
      if (ended) host.redrawDebrief();
    },
    link(next, why) {
      link = next;
      closedWhy = why;
      if (next !== 'connected') awaitingWelcome = true;
      drawBanner();
      host.redrawHeader();
    },
    resumed() {
      // The same seat again: whatever was sent before the line dropped may or may not have arrived; a fresh join
      // has the server say what it holds.
      if (inFlight) return room?.rejoin();
      awaitingWelcome = false;
      pump();
    },
    follow(snapshot: FlowSnapshot) {
      const game = snapshot.context.game;
      const ours = game !== null && lessonOf(lesson, game, snapshot.context.players) !== null;
      if (!ours) {
        shown = null;
        banner.hidden = true;
        return;
      }
      if (game === shown) return;
      shown = game;
      local = movesOf(game);
      pump();
      drawBanner();
    },
    holds(event) {
      if (event.type !== 'SUBMIT' || status !== 'paused' || !shown) return false;
      heldSubmit = event;
      drawBanner();
      host.shell.announce(t('class.live.paused', { held: 'yes' }));
      return true;
    },
    headerLine() {
      if (!shown) return null;
      return h('p', { id: 'live-line', class: 'live-line', attrs: { 'data-link': link, 'data-status': status } }, t('class.live.headerLine', { code: codeShown(code), link, status }));
    },
    debriefNote() {
      if (!shown) return null;
      drawBanner();
      return note;
    },
  };
  return student;
}
