// The teacher's view of a shared world: the turn and its step, the step's time left, a table of the powers given to
// players (who leads each, whether connected, still deciding, decided or held by the computer this step, the score),
// and an event of the scenario put on the turn before anyone has decided it. The world's state is rebuilt from the
// view's log with the engine, as a student's page does, to know who decides at this step. Loaded with the live class.
import type { ActorId, GameState, Scenario } from '../engine';
import { lessonRules } from '../classroom';
import { listWords, t, tx } from '../i18n/core';
import { MSG, type ClassInfo, type ClassStatus, type RosterRow, type WorldView } from '../live/protocol';
import { worldNow } from '../live/world';
import { append, button, h, keepFocus, tableWrap } from './dom';
import { clockWords } from './liveWords';
import { fixed, nameOf } from './words';

/** How a seat stands at this step of the turn. */
type SeatStep = 'deciding' | 'decided' | 'held' | 'idle' | 'over';

export interface WorldPanel {
  node: HTMLElement;
  view(view: WorldView): void;
  roster(rows: RosterRow[]): void;
  status(status: ClassStatus): void;
  /** Whether the teacher's own line is up: while it is down, no seat's connection is known. */
  line(up: boolean): void;
  /** The server refused something the teacher sent (an event, most likely): its sentence. */
  refused(message: string): void;
}

/** The seats among `seats` that meet a crisis of the turn as a principal: they call and stand; the others only decide. */
const principals = (seats: readonly ActorId[], game: GameState): ActorId[] => seats.filter((s) => game.agenda.crises.some((c) => c.initiator === s || c.target === s));

export function worldPanel(info: ClassInfo, scenario: Scenario, send: (type: typeof MSG.inject, body: { event: string }) => void): WorldPanel {
  const seats = info.world?.seats ?? [];
  const name = (id: ActorId) => nameOf(scenario, id);
  const lastTurn = Math.min(info.settings.turns ?? scenario.turns, scenario.turns);
  let view: WorldView | null = null;
  let rows: RosterRow[] = [];
  let status: ClassStatus = info.status;
  /** The turn being decided, rebuilt from the view once per change of its log or its events. */
  let rebuilt: { key: string; game: GameState | null } = { key: '', game: null };
  let said = '';
  let lineUp = true;

  const stateLine = h('p', { id: 'world-state', class: 'live-status', attrs: { 'aria-live': 'off' } });
  const table = h('div', { id: 'world-seats' });
  const injectBox = h('div', { id: 'world-inject' });
  const injectStatus = h('p', { id: 'world-inject-status', attrs: { role: 'status' } });
  const pick = h('select', { id: 'world-event' }, ...scenario.events.map((e) => h('option', { attrs: { value: e.id } }, tx(e.title))));
  const put = button(t('class.live.injectButton'), () => {
    said = t('class.live.injectSending');
    injectStatus.textContent = said;
    send(MSG.inject, { event: pick.value });
  }, { id: 'world-inject-put' });

  const gameNow = (): GameState | null => {
    if (!view) return null;
    const key = `${view.log.length}|${view.injected.join(',')}`;
    if (rebuilt.key !== key) {
      const r = worldNow(scenario, info.seed, lessonRules(info.settings), view.log, view.injected);
      rebuilt = { key, game: r.ok ? r.value : null };
    }
    return rebuilt.game;
  };
  const stepOf = (seat: ActorId, game: GameState | null): SeatStep => {
    if (!view || view.phase === 'over') return 'over';
    if (view.held.includes(seat)) return 'held';
    if (view.waitingFor.includes(seat)) return 'deciding';
    return view.phase === 'deciding' || (game && principals([seat], game).length > 0) ? 'decided' : 'idle';
  };
  /** No one has decided the turn yet: the only time an event can be put on it. */
  const untouched = (game: GameState | null): boolean => {
    if (!view || !game || view.phase === 'over' || view.held.length > 0) return false;
    const called = principals(seats, game);
    const first = called.length > 0 ? 'calling' : 'deciding';
    return view.phase === first && view.waitingFor.length === (first === 'calling' ? called : seats).length;
  };

  const drawState = () => {
    if (!view) return;
    const clock = clockWords(view.deadline, view.phase === 'over' || status === 'ended' ? 'over' : status);
    stateLine.textContent = t('class.live.worldState', { turn: Math.min(view.turn, lastTurn), last: lastTurn, phase: view.phase, clock });
  };
  const drawTable = () =>
    keepFocus(() => {
      const game = gameNow();
      const head = (['power', 'player', 'connection', 'step', 'score'] as const).map((k) => h('th', { attrs: { scope: 'col' } }, t(`class.live.seatColumn.${k}`)));
      const body = seats.map((seat) => {
        const row = rows.find((r) => r.side === seat);
        const step = stepOf(seat, game);
        return h(
          'tr',
          { attrs: { 'data-seat': seat, 'data-step': step, 'data-player': row ? 'yes' : 'no' } },
          h('th', { attrs: { scope: 'row' } }, name(seat)),
          h('td', {}, row ? row.name : t('class.live.noPlayer')),
          h('td', {}, row ? t('class.live.connected', { connected: !lineUp ? 'unknown' : row.connected ? 'yes' : 'no' }) : '–'),
          h('td', { class: `seat-${step}` }, t('class.live.seatStep', { step })),
          h('td', {}, row?.score == null ? '–' : fixed(row.score)),
        );
      });
      table.replaceChildren(
        tableWrap(
          t('class.live.seatsCaption', { over: view?.phase === 'over' ? 'yes' : 'no' }),
          h('table', { id: 'world-seat-table' }, h('caption', {}, t('class.live.seatsCaption', { over: view?.phase === 'over' ? 'yes' : 'no' })), h('thead', {}, h('tr', {}, ...head)), h('tbody', {}, ...body)),
        ),
      );
    });
  const injectTitle = h('h4', {}, t('class.live.injectTitle'));
  const drawInject = () =>
    keepFocus(() => {
      // A world over takes no more events: the form goes.
      const over = view?.phase === 'over';
      injectTitle.hidden = over;
      injectBox.hidden = over;
      const game = gameNow();
      const open = untouched(game) && status === 'open';
      put.disabled = !open;
      const injected = view?.injected ?? [];
      const titles = injected.map((id) => tx(scenario.events.find((e) => e.id === id)?.title ?? { en: id }));
      injectBox.replaceChildren();
      append(injectBox, [
        h('div', { class: 'field' }, h('label', { attrs: { for: 'world-event' } }, t('class.live.injectLabel')), pick),
        h('div', { class: 'toolbar' }, put),
        h('p', { id: 'world-inject-hint', class: 'hint' }, open ? t('class.live.injectHint') : t('class.live.injectLate')),
        titles.length > 0 ? h('p', { id: 'world-injected' }, t('class.live.injected', { events: listWords(titles) })) : null,
      ]);
      put.setAttribute('aria-describedby', 'world-inject-hint');
      injectStatus.textContent = said;
    });
  const draw = () => {
    drawState();
    drawTable();
    drawInject();
  };

  // The countdown, each second while the panel is on the page; gone with it once the teacher has left the view.
  let drawn = false;
  const ticker = setInterval(() => {
    if (node.isConnected) drawn = true;
    else if (drawn) return clearInterval(ticker);
    drawState();
  }, 1000);
  const node = h(
    'section',
    { id: 'live-world', class: 'live-world', attrs: { 'aria-labelledby': 'live-world-title' } },
    h('h3', { id: 'live-world-title' }, t('class.live.worldTitle')),
    stateLine,
    table,
    injectTitle,
    injectBox,
    injectStatus,
  );
  draw();

  return {
    node,
    view(next) {
      const before = view;
      view = next;
      // An event put on the turn, or a new turn, answers what was said of the last one sent.
      if (before && (next.injected.length !== before.injected.length || next.turn !== before.turn)) said = '';
      draw();
    },
    roster(next) {
      rows = next;
      drawTable();
    },
    status(next) {
      status = next;
      draw();
    },
    line(up) {
      lineUp = up;
      drawTable();
    },
    refused(message) {
      said = message;
      injectStatus.textContent = said;
    },
  };
}
