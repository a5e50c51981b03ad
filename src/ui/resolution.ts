// The turn played out before the report: one step at a time, each crisis flaring, each call answered, each crisis
// ending, each tie changing, in words here and in step on the map. The player may pause, step, replay or skip to the
// report; with reduced motion every step is listed at once and nothing moves on by itself. Until the last step the map
// shows the world as the turn began, then the world after it.
import type { TurnRecord } from '../engine';
import { t } from '../i18n/core';
import type { MapBus } from '../render/bus';
import { gameOf, type Ui } from './context';
import { button, h } from './dom';
import { playbackSteps } from './playback/steps';
import { turnWhy } from './timeline';
import './resolution.css';

/** How long each step stays before the next, in milliseconds. */
export const STEP_MS = 1200;

/** Where each turn's playback stands, so that the screen drawn again (in another language) goes on from the same step
 *  rather than from the first; a turn played again is a new record and starts afresh. */
const places = new WeakMap<TurnRecord, { shown: number; playing: boolean }>();

export function resolutionScreen(ui: Ui, bus: MapBus | null): HTMLElement {
  const game = gameOf(ui);
  const { players } = ui.snapshot.context;
  const viewer = players.length === 1 ? players[0]! : null;
  const record = game.log[game.log.length - 1]!;
  // The game is the state this turn left: a tie broken under strain is told with whose strain it was.
  const steps = playbackSteps(turnWhy(game, record.turn).before, record, viewer, game, players);
  const still = matchMedia('(prefers-reduced-motion: reduce)').matches;

  const crises = record.crises.length;
  // "On the map" where the map is in sight; on a phone with the map folded under its button, both are drawn and the
  // style sheet shows the one that fits, as the button is pressed (resolution.css).
  const crisesWords = (map: 'open' | 'folded') => h('span', { class: `map-${map}-words` }, t('report.resolution.crises', { count: crises, map, button: t('shell.mapPanel.show') }));
  const intro = crises > 0 ? [crisesWords('open'), crisesWords('folded')] : [steps.length === 0 ? t('report.resolution.quiet') : t('report.resolution.noCrisis')];
  // Motion: lines arrive one by one and are read out as they come. Still: all are listed at once, the current one marked.
  const lines = h('ol', { id: 'playback-lines', class: still ? 'still' : 'moving', attrs: { 'aria-live': still ? 'off' : 'polite', 'aria-label': t('report.resolution.stepsLabel') } });
  const progress = h('p', { id: 'playback-progress', class: 'meta' });
  const toggle = button(t('report.resolution.pause'), () => (playing ? pause() : play()), { id: 'playback-toggle' });
  const stepButton = button(t('report.resolution.step'), () => step(), { id: 'playback-step', attrs: { 'aria-controls': 'playback-lines' } });
  const replay = button(t('report.resolution.replay'), () => restart(), { id: 'playback-replay' });
  const skip = button(t('report.resolution.skip'), () => ui.send({ type: 'CONTINUE' }), { id: 'skip-to-report', class: 'primary' });
  // The buttons stay above the lines, so that they do not move as lines arrive.
  const controls = h('div', { class: 'toolbar playback-controls' }, ...(steps.length > 0 ? [toggle, stepButton, replay] : []), skip);
  const node = h(
    'div',
    { class: 'screen resolution' },
    h('h2', { id: 'screen-title', attrs: { tabindex: '-1' } }, t('report.resolution.title', { turn: record.turn })),
    h('p', { id: 'playback-intro' }, ...intro),
    controls,
    steps.length > 0 ? h('div', {}, progress, lines) : null,
  );

  let shown = 0;
  let playing = false;
  let timer: ReturnType<typeof setTimeout> | null = null;

  function show(k: number, first = false): void {
    shown = k;
    if (!still) {
      while (lines.children.length > k) lines.lastElementChild!.remove();
      while (lines.children.length < k) lines.append(h('li', {}, steps[lines.children.length]!.line));
    } else if (!first) ui.announce(steps[k - 1]!.line);
    lines.querySelectorAll('li').forEach((li, i) => (i === k - 1 ? li.setAttribute('aria-current', 'step') : li.removeAttribute('aria-current')));
    bus?.commands.send({ kind: 'playback', cue: steps[k - 1]!.cue });
    refresh();
  }

  function refresh(): void {
    const done = shown >= steps.length;
    if (done) playing = false;
    places.set(record, { shown, playing });
    // The map holds the world as the turn began until the last step is told (a replay takes it back).
    ui.mapAt(done ? 'after' : 'before');
    progress.textContent = t('report.resolution.progress', { shown, total: steps.length, state: done ? 'done' : playing ? 'playing' : 'paused' });
    toggle.textContent = playing ? t('report.resolution.pause') : t('report.resolution.play');
    toggle.disabled = done;
    stepButton.disabled = done;
    skip.textContent = done ? t('report.resolution.continue') : t('report.resolution.skip');
  }

  function schedule(): void {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (!playing || shown >= steps.length) return;
    timer = setTimeout(() => {
      timer = null;
      // The screen has gone (the report, a rewind, the menu): stop.
      if (!node.isConnected) return;
      show(shown + 1);
      schedule();
    }, STEP_MS);
  }

  function play(): void {
    playing = true;
    refresh();
    schedule();
  }

  function pause(): void {
    playing = false;
    schedule();
    refresh();
  }

  function step(): void {
    if (shown < steps.length) show(shown + 1);
    schedule();
  }

  function restart(): void {
    playing = !still;
    show(1);
    schedule();
  }

  if (steps.length > 0) {
    if (still) lines.append(...steps.map((s) => h('li', {}, s.line)));
    const place = places.get(record);
    playing = !still && (place?.playing ?? true);
    show(place?.shown ?? 1, true);
    schedule();
  } else {
    skip.textContent = t('report.resolution.continue');
    ui.mapAt('after');
  }
  return node;
}
