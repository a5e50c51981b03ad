// A student in a shared world: joining asks for a name and a power among the seats the teacher gave to players; the
// game page then plays that seat with the turn flow in remote mode. This driver listens to the room's 'world'
// messages and to the flow: after each, it tells the flow what the server has decided (worldEvent, resumeStep) and
// sends the server the step the player has just finished (seatDecision), unless the computer holds the seat. The
// header counts down the step's time; the waiting screen names who is still deciding; a page whose game is not the
// server's is rebuilt from the server's record, and says so. Loaded only when a live class is opened.
import { newGame, type ActorId, type GameState } from '../engine';
import type { FlowSnapshot } from '../machine';
import { lessonRules, type ClassOptions } from '../classroom';
import { listWords, t } from '../i18n/core';
import { joinRoom, type Link, type LiveLink, type ServerRefusal } from '../live/client';
import { MSG, type ClassStatus, type Decide, type Refused, type Welcome, type WorldView } from '../live/protocol';
import { refusedWords } from '../live/serverWords';
import { worldNow } from '../live/world';
import { seatDecision, worldEvent, type Rebuild } from '../live/worldSync';
import { matchesServer, resumeStep, serverWaitsFor } from '../live/worldResume';
import { h } from './dom';
import { LIVE_CLASS_KEY, codeShown, liveStudentKey, type LiveHost, type LiveStudent } from './liveHost';
import { clockWords, closedWords } from './liveWords';
import { stepWords } from './teacher';
import { useWorldEvents } from './timeline';
import { nameOf } from './words';
import type { LiveClass } from './liveStudent';
import { joinScreen } from './liveJoin';
import './live.css';

/** The join page of a world class: the player's name and the power asked for. */
export function worldJoinPage(host: LiveHost, live: LiveClass, leave: () => void): () => HTMLElement {
  const { info, scenario } = live;
  const seats = info.world?.seats ?? [];
  let seat: ActorId = seats[0] ?? '';
  const named = (id: ActorId) => nameOf(scenario, id);
  return joinScreen(live, {
    intro: t('class.live.worldIntro', { step: stepWords(info.world?.turnSeconds ?? 0) }),
    power: () => {
      const pick = h('select', { id: 'live-seat', attrs: { 'aria-describedby': 'live-seat-hint' } }, ...seats.map((s) => h('option', { attrs: { value: s } }, named(s))));
      pick.value = seat;
      pick.addEventListener('change', () => (seat = pick.value));
      return h('div', { class: 'field' }, h('label', { attrs: { for: 'live-seat' } }, t('class.live.seatPick')), pick, h('p', { id: 'live-seat-hint', class: 'hint' }, t('class.live.seatPickHint')));
    },
    join: (name) => joinWorld(host, live, name, seat),
    named,
    back: leave,
  });
}

/** Joins the world's room for `seat` (a new player), or with the token kept from an earlier join (the same seat). */
export async function joinWorld(host: LiveHost, live: LiveClass, name: string, seat: ActorId | undefined, token?: string): Promise<void> {
  const player = worldPlayer(host, live, name, token ?? '');
  const code = live.info.code;
  const who = () => ({ code, role: 'student' as const, name, ...(player.token() ? { token: player.token() } : seat ? { seat } : {}) });
  const link = await joinRoom(
    who(),
    {
      messages: { [MSG.welcome]: player.welcome, [MSG.world]: player.world, [MSG.refused]: player.refused, [MSG.status]: player.status },
      link: player.link,
    },
    who,
  );
  player.connect(link);
}

interface WorldPlayer extends LiveStudent {
  token(): string;
  connect(link: LiveLink): void;
  welcome(w: Welcome): void;
  world(v: WorldView): void;
  refused(r: Refused): void;
  status(s: { status: ClassStatus }): void;
  link(link: Link, why?: ServerRefusal): void;
}

/** The lesson a seat plays, as a class code's: its rules, and the seat as its side where the lesson can say so. */
function seatLesson(live: LiveClass, seat: ActorId): ClassOptions {
  const side = seat === 'RUS' || seat === 'CHN' ? seat : 'free';
  return { ...live.lesson, side };
}

function worldPlayer(host: LiveHost, live: LiveClass, name: string, token: string): WorldPlayer {
  const { info, scenario } = live;
  const code = info.code;
  const rules = lessonRules(live.lesson);
  /** The world's first state: its scenario, seed and rules as the page's games hold them. */
  const origin = newGame(scenario, info.seed, rules);
  let room: LiveLink | null = null;
  let link: Link = 'connecting';
  let closedWhy: ServerRefusal | undefined;
  let status: ClassStatus = info.status;
  let seat: ActorId | null = null;
  let view: WorldView | null = null;
  /** The flow as last seen, to tell the step the player has just finished. */
  let last: FlowSnapshot = host.snapshot();
  /** The page plays the world (once given it); false again if the player quits it. */
  let playing = false;
  let quit = false;
  let driving = false;
  /** What the page says beside the game: the server's last refusal, a rebuild, a record that does not replay. */
  let refusedWhy = '';
  let rebuiltAt: string | null = null;
  let brokenWhy = '';
  let ticker: ReturnType<typeof setInterval> | undefined;
  /** The step the player has finished and the server is still owed, and whether it has been sent on this line. */
  let owed: Decide | null = null;
  let sent = false;

  const rebuild: Rebuild = (log, injected) => {
    const r = worldNow(scenario, info.seed, rules, log, injected);
    if (!r.ok) throw new Error(t('class.live.worldNoReplay', { turn: r.errors[0]?.turn ?? 0 }));
    return r.value;
  };
  const power = () => (seat ? nameOf(scenario, seat) : '');
  const names = (ids: readonly ActorId[]) => listWords(ids.map((id) => nameOf(scenario, id)));

  const banner = h('div', { id: 'live-banner', class: 'live-banner no-print', attrs: { role: 'status' } });
  banner.hidden = true;
  const headerLine = h('p', { id: 'live-line', class: 'live-line' });
  const note = h('p', { id: 'live-debrief', class: 'live-note' }, t('class.live.worldResult'));

  const clock = () => clockWords(view?.deadline ?? null, view?.phase === 'over' || status === 'ended' ? 'over' : status);
  const waitingWords = () => {
    if (!view || !seat) return '';
    const others = view.waitingFor.filter((s) => s !== seat);
    const held = view.held.filter((s) => s !== seat);
    return [t('class.live.stillDeciding', { count: others.length, names: names(others) }), held.length > 0 ? t('class.live.heldOthers', { names: names(held) }) : ''].filter(Boolean).join(' ');
  };

  /** The lines that change with the clock and with the view, in place: the header's line and the waiting screen's. */
  const drawLines = () => {
    headerLine.textContent = t('class.live.worldLine', { code: codeShown(code), turn: view?.turn ?? 1, clock: clock(), link });
    headerLine.dataset.link = link;
    headerLine.dataset.status = status;
    const waiting = document.getElementById('world-waiting');
    if (waiting && waiting.textContent !== waitingWords()) waiting.textContent = waitingWords();
  };
  const drawBanner = () => {
    if (!banner.isConnected) document.getElementById('screen')?.before(banner);
    const lines: string[] = [];
    if (playing) {
      if (seat && view?.held.includes(seat)) lines.push(t('class.live.worldHeld', { power: power() }));
      if (status === 'paused') lines.push(t('class.live.paused', { held: 'no' }));
      if (status === 'ended') lines.push(t('class.live.worldEnded'));
      if (rebuiltAt) lines.push(t('class.live.worldRebuilt'));
      if (refusedWhy) lines.push(t('class.live.worldRefused', { message: refusedWhy }));
      if (brokenWhy) lines.push(brokenWhy);
      if (link === 'closed') lines.push(closedWords(closedWhy, 'student'));
    }
    banner.hidden = lines.length === 0;
    banner.replaceChildren(...lines.map((line) => h('p', {}, line)));
    drawLines();
  };

  /** Tells the flow what the server holds until the page is in step; then checks the page's game against the server's. */
  const drive = () => {
    if (driving || !view || !seat || quit) return;
    driving = true;
    try {
      for (let i = 0; i < 40; i++) {
        const snap = host.snapshot();
        const event = worldEvent(snap, view, seat, rebuild) ?? resumeStep(snap, view, seat);
        if (!event) break;
        host.send(event);
        playing = true;
        const after = host.snapshot();
        // The flow took nothing from it (or refused it): the player goes on from here.
        if (after === snap || after.context.refusal) break;
      }
      const game = host.snapshot().context.game;
      if (game && host.snapshot().context.remote) compare(game, view);
      brokenWhy = '';
    } catch (fault) {
      brokenWhy = fault instanceof Error ? fault.message : String(fault);
    } finally {
      driving = false;
    }
    drawBanner();
  };

  /** Sends the step owed while the server waits for it, once per line (again after a pause or a dropped line, which
   *  may have lost it); a step the server no longer waits for (taken, or the computer's now) is owed no more. */
  const pay = () => {
    if (!owed || !view || !seat) return;
    if (!serverWaitsFor(view, seat, owed)) {
      owed = null;
      return;
    }
    if (sent || status !== 'open' || link !== 'connected' || !room) return;
    sent = room.send(MSG.decide, owed);
  };

  /** A page whose game is not the server's is given the server's, once for each state of the server's world. */
  const compare = (game: GameState, v: WorldView) => {
    const match = matchesServer(game, v);
    // Said until the page is in step again at a later state of the world.
    if (match === 'same' && rebuiltAt !== v.stateHash) rebuiltAt = null;
    if (match !== 'differs' || rebuiltAt === v.stateHash || !seat) return;
    rebuiltAt = v.stateHash;
    host.send({ type: 'WORLD', game: rebuild(v.log, v.injected), players: [seat] });
    host.shell.announce(t('class.live.worldRebuilt'));
  };

  const player: WorldPlayer = {
    handsIn: false,
    token: () => token,
    connect(next) {
      room = next;
      ticker ??= setInterval(drawLines, 1000);
    },
    welcome(w) {
      token = w.token;
      seat = w.side;
      try {
        host.local.setItem(liveStudentKey(code), JSON.stringify({ token, name, ...(seat ? { side: seat } : {}) }));
      } catch {
        // Not kept: a reload asks for the name again, and the seat is taken; the teacher can end and start again.
      }
      host.session.setItem(LIVE_CLASS_KEY, code);
      status = w.info.status;
      if (seat) host.setLesson(seatLesson(live, seat));
      host.attach(player);
      drive();
    },
    world(v) {
      view = v;
      // The page's timeline (the report, the debrief, the map of a turn played out) replays the world's turns with
      // the teacher's events on them, as the server did.
      useWorldEvents(origin, v.log.map((turn) => turn.injected));
      // A refusal is of the step it was sent at: a new step clears it.
      refusedWhy = '';
      drive();
      pay();
      host.redrawHeader();
    },
    refused(r) {
      refusedWhy = refusedWords(r);
      drawBanner();
    },
    status(s) {
      status = s.status;
      sent = false;
      pay();
      if (playing) host.shell.announce(t('class.live.statusNow', { status }));
      drawBanner();
      host.redrawHeader();
    },
    link(next, why) {
      link = next;
      closedWhy = why;
      sent = false;
      pay();
      drawBanner();
      host.redrawHeader();
    },
    follow(snapshot) {
      const before = last;
      last = snapshot;
      // The flow tells its observers of every request, even one it took nothing from (the answers to calls a seat
      // did not make): only a change moves the driver, or the two would tell each other the same thing forever.
      if (!seat || quit || snapshot === before) return;
      if (playing && !snapshot.context.remote) {
        // The player quit the world's game: the page lets the class go (the seat is kept, and the code takes it up again).
        quit = true;
        clearInterval(ticker);
        room?.leave();
        host.session.removeItem(LIVE_CLASS_KEY);
        host.attach(null);
        useWorldEvents(null);
        banner.remove();
        return;
      }
      const step = seatDecision(before, snapshot, seat);
      if (step) {
        owed = step;
        sent = false;
        pay();
      }
      // After the page's own step, the server may already hold what comes next (a message that came first).
      queueMicrotask(drive);
    },
    // A shared world waits for no submit: the server's clock and the others' steps decide when the turn goes on.
    holds: () => false,
    headerLine() {
      if (!playing) return null;
      drawLines();
      return headerLine;
    },
    debriefNote: () => (playing ? note : null),
    waitingLine: () => waitingWords(),
  };
  return player;
}
