// The screens of a game, one per phase of the turn flow. The lesson's rules are arguments that decide what is drawn:
// a lesson with the advisor off gets a decision panel with no way to ask it.
import type { ActorId, GameState } from '../engine';
import { t } from '../i18n/core';
import { type MessageKey } from '../i18n/catalog/en';
import type { Phase } from '../machine';
import type { ClassOptions } from '../classroom';
import type { Rewind } from '../persistence';
import { briefingScreen } from './briefing';
import type { Ui } from './context';
import { callingScreen, standingScreen } from './crisisSteps';
import { debriefScreen } from './debrief';
import { decisionPanel, type Panel } from './decisions';
import { button, h, section } from './dom';
import { handInForm } from './handIn';
import { handOverScreen } from './handover';
import { settingsFor } from './lesson';
import { reportScreen } from './report';
import { resolutionScreen } from './resolution';
import type { MapBus } from '../render/bus';
import type { LiveStudent } from './liveHost';
import { whatIfSection } from './whatIfPanel';

export interface GameScreen {
  node: HTMLElement;
  /** The decision panel, which follows the flow's changes without being redrawn. */
  panel: Panel | null;
}

/** The screen of a game's phase; `lesson` is the class this game belongs to, if any; `live`, the tab's link to a live
 *  class, which says on the debrief where the result is and on a shared world's waiting screen who is still deciding;
 *  `reviewing`, the student whose game a teacher opened from the class report (null for one's own game): its debrief
 *  is that student's, and offers no hand-in. */
export function gameScreen(phase: Exclude<Phase, 'menu'>, ui: Ui, lesson: ClassOptions | null, bus: MapBus | null, live: LiveStudent | null = null, reviewing: string | null = null): GameScreen {
  switch (phase) {
    case 'briefing':
      return { node: briefingScreen(ui), panel: null };
    case 'handOver':
      return { node: handOverScreen(ui), panel: null };
    case 'calling':
      return { node: callingScreen(ui), panel: null };
    case 'standing':
      return { node: standingScreen(ui), panel: null };
    case 'decisions': {
      const panel = decisionPanel(ui, { advisor: lesson?.advisor !== false });
      return { node: panel.node, panel };
    }
    case 'resolution':
      return { node: resolutionScreen(ui, bus), panel: null };
    case 'report':
      return { node: reportScreen(ui), panel: null };
    case 'debrief': {
      const { game, players, rewinds, remote } = ui.snapshot.context;
      return { node: debriefScreen(ui, game ? classroomParts(game, players, lesson, rewinds, live, remote, reviewing) : [], reviewing), panel: null };
    }
    case 'awaitingCalls':
    case 'awaitingOthers':
    case 'awaitingTurn':
    case 'turnKnown':
      return { node: waitingScreen(phase, live?.waitingLine() ?? ''), panel: null };
    default:
      return { node: faultScreen(ui), panel: null };
  }
}

/** The debrief's classroom parts: hand in the result file (a shared world's record is on the class server: only its
 *  word; a student's game the teacher is going through hands nothing in), and compare with other strategies — not in
 *  a shared world, whose other powers were led by people, not by the computer the what-if games play them with. */
function classroomParts(game: GameState, players: readonly ActorId[], lesson: ClassOptions | null, rewinds: readonly Rewind[], live: LiveStudent | null, remote: boolean, reviewing: string | null): HTMLElement[] {
  const settings = settingsFor(lesson, game, players);
  const note = live?.debriefNote() ?? null;
  const handIn = () =>
    live && !live.handsIn
      ? section('hand-in', t('shell.gamePage.resultKept'), 2, { class: 'no-print' }, note)
      : section('hand-in', t('shell.gamePage.handIn'), 2, { class: 'no-print' }, note, h('p', {}, t('shell.gamePage.handInHint')), handInForm(game, players, settings, rewinds));
  return [
    ...(reviewing !== null ? [] : [handIn()]),
    ...(remote ? [] : [whatIfSection(game, players[0]!, reviewing)]),
  ];
}

/** A shared world: this side has done its part of the step; the class server waits for the others. */
function waitingScreen(phase: 'awaitingCalls' | 'awaitingOthers' | 'awaitingTurn' | 'turnKnown', waiting: string): HTMLElement {
  const title = phase === 'awaitingCalls' ? t('shell.gamePage.waitingCalls') : phase === 'awaitingOthers' ? t('shell.gamePage.waitingOthers') : t('shell.gamePage.waitingTurn');
  return h(
    'div',
    { class: 'screen waiting' },
    h('h2', { id: 'screen-title', attrs: { tabindex: '-1' } }, title),
    h('p', { id: 'world-waiting', attrs: { role: 'status' } }, waiting),
    h('p', { class: 'hint' }, t('shell.gamePage.waitingHint')),
  );
}

function faultScreen(ui: Ui): HTMLElement {
  const refusal = ui.snapshot.context.refusal;
  const game = ui.snapshot.context.game;
  return h(
    'div',
    { class: 'screen fault' },
    h('h2', { id: 'screen-title', attrs: { tabindex: '-1' } }, t('shell.gamePage.faultTitle')),
    h('ul', { attrs: { role: 'alert' } }, ...(refusal?.reasons ?? []).map((r) => h('li', {}, r.message))),
    h('p', {}, t('shell.gamePage.faultHint')),
    h(
      'div',
      { class: 'toolbar' },
      game ? button(t('shell.gamePage.faultRewind'), () => ui.send({ type: 'REWIND', turn: game.turn }), { id: 'rewind-fault', class: 'primary' }) : null,
      button(t('shell.shell.quit'), () => ui.send({ type: 'QUIT' }), { id: 'quit-fault' }),
    ),
  );
}

/** What a screen reader hears when each phase's screen opens. */
const PHASE_WORDS: Partial<Record<Phase, MessageKey>> = {
  menu: 'shell.gamePage.phaseMenu',
  briefing: 'shell.gamePage.phaseBriefing',
  handOver: 'shell.gamePage.phaseHandOver',
  calling: 'shell.gamePage.phaseCalling',
  decisions: 'shell.gamePage.phaseDecisions',
  standing: 'shell.gamePage.phaseStanding',
  awaitingCalls: 'shell.gamePage.waitingCalls',
  awaitingOthers: 'shell.gamePage.waitingOthers',
  awaitingTurn: 'shell.gamePage.waitingTurn',
  resolution: 'shell.gamePage.phaseResolution',
  report: 'shell.gamePage.phaseReport',
  debrief: 'shell.gamePage.phaseDebrief',
};

/** What a screen reader hears when a phase's screen opens; `seat` names the hot-seat player whose turn it is, `over`
 *  whether the game has ended (a debrief may be of a game handed in before its end). */
export function phaseWords(phase: Phase, seat: string, over = true): string {
  const key = PHASE_WORDS[phase];
  return key ? t(key, { seat, over: over ? 'yes' : 'no' }) : '';
}
