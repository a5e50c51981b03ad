// The guided first game: a short scenario played for real, with a callout that points at the part of the screen that
// matters, waits for the player to act where it asks for a move, and after each turn tells what the turn's record
// shows happened (not what was meant to happen). It can be skipped at any time and taken again from the menu.
import { listWords, t } from '../i18n/core';
import { lastTurn, type ActorId, type GameState, type SupportLevel, type TurnRecord } from '../engine';
import { answersSeen, type FlowEvent, type FlowSnapshot, type Phase } from '../machine';
import { hideCallout, placeNow, showCallout } from './callout';
import { button, h } from './dom';
import { cssId } from './decisions';
import { nameOf, sentences, supportWord, fixed } from './words';
import './tutorial.css';

/** The guided game: its scenario, the world seed its turns were written for, and the side it teaches. */
export const GUIDED = { scenario: 'first-game', seed: 'first-game', side: 'RUS' as ActorId };
const ALLY = 'SYR';
const PARTNER = 'TUR';
const KEY = 'bowstring.guided';

interface Step {
  id: string;
  /** CSS selector of the element pointed at; the callout docks at the bottom when it is absent. */
  target: string | null;
  text: string;
  /** 'next': read, then the "Next" button; 'act': the step ends when the player has done what it asks. */
  wait: 'next' | 'act';
  /** CSS selector of what the player must still see to do what the step asks (the choices before the button). */
  clear?: string;
}

let active = false;
let read = new Set<string>();
/** The step on screen, its callout and what it points at: drawn again only when one of them changes. */
let shown: { key: string; box: HTMLElement; target: HTMLElement | null } | null = null;
let lastArgs: { snapshot: FlowSnapshot; phase: Phase } | null = null;

const session = (): Storage | null => (typeof sessionStorage === 'undefined' ? null : sessionStorage);

/** Start the guided game: the flow starts its scenario, and the guide follows every screen until it ends or is skipped. */
export function startGuide(send: (event: FlowEvent) => void): void {
  active = true;
  read = new Set();
  session()?.setItem(KEY, '1');
  send({ type: 'START', scenario: GUIDED.scenario, seed: GUIDED.seed, players: [GUIDED.side] });
}

export function stopGuide(): void {
  active = false;
  session()?.removeItem(KEY);
  clear();
}

function clear(): void {
  hideCallout();
  shown = null;
}

/** Called after every drawing of the game's screens: shows the step for where the game stands. */
export function guideFollows(snapshot: FlowSnapshot, phase: Phase): void {
  const game = snapshot.context.game;
  const guided = game?.scenario.id === GUIDED.scenario;
  // A reload in the middle of the guided game resumes the guide once the game is back (the page opens on the menu
  // before it resumes the game: that is not the player leaving).
  if (!active && guided && phase !== 'menu' && session()?.getItem(KEY) === '1') active = true;
  if (!active) return;
  // Back at the menu, or another game: the guide ends.
  if (phase === 'menu' || !guided) return stopGuide();
  lastArgs = { snapshot, phase };
  // On a phone the map is folded under its button until the player opens it (a wide screen shows no such button).
  const fold = document.querySelector('#map[data-folded] #map-fold');
  const step = stepFor(snapshot, phase, game, fold !== null && fold.getClientRects().length > 0);
  if (!step) return clear();
  show(step);
}

function acknowledge(id: string): void {
  read.add(id);
  if (lastArgs) guideFollows(lastArgs.snapshot, lastArgs.phase);
}

// ---- the steps, from where the game stands

/** The first step not yet read; a null is a step that does not apply. */
const firstUnread = (steps: (Step | null)[]): Step | null => steps.find((s) => s !== null && !read.has(s.id)) ?? null;

function stepFor(snapshot: FlowSnapshot, phase: Phase, game: GameState, mapFolded: boolean): Step | null {
  const side = GUIDED.side;
  const name = (id: ActorId) => nameOf(game.scenario, id);
  const pending = snapshot.context.pending[side] ?? {};
  const turn = game.turn;
  switch (phase) {
    case 'briefing':
      return firstUnread([
        turn === 1
          ? { id: 'b1', target: '#screen-title', wait: 'next', text: t('report.tutorial.welcome', { ally: name(ALLY), partner: name(PARTNER) }) }
          : { id: `b${turn}`, target: '#screen-title', wait: 'next', text: t('report.tutorial.briefing', { turn }) },
        { id: `b${turn}-go`, target: '#continue', wait: 'act', text: t('report.tutorial.briefingGo') },
      ]);
    case 'calling': {
      const crisis = game.agenda.crises.find((c) => c.target === side || c.initiator === side);
      const opponent = crisis && (crisis.initiator === side ? crisis.target : crisis.initiator);
      const callsPartner = crisis && (pending.calls?.[crisis.id] ?? [PARTNER]).includes(PARTNER);
      const torn = opponent && game.ties[[PARTNER, opponent].sort().join('|')] ? 'yes' : 'no';
      const partner = name(PARTNER);
      return firstUnread([
        { id: 'c-what', target: '#screen-title', wait: 'next', text: t('report.tutorial.callWhat', { opponent: opponent ? name(opponent) : t('report.tutorial.aRival') }) },
        crisis && !callsPartner
          ? { id: 'c-call', target: `li:has(> #call-${cssId(crisis.id)}-${PARTNER})`, wait: 'act', text: t('report.tutorial.callAsk', { partner }) }
          : { id: 'c-call-done', target: crisis ? `li:has(> #call-${cssId(crisis.id)}-${PARTNER})` : null, wait: 'next', text: t('report.tutorial.callAsked', { partner, torn, opponent: opponent ? name(opponent) : '' }) },
        { id: 'c-go', target: '#continue', wait: 'act', text: t('report.tutorial.callGo') },
      ]);
    }
    case 'decisions':
      return decisionSteps(game, pending, turn, name);
    case 'standing': {
      const seen = answersSeen(snapshot, side).filter((a) => a.caller === side);
      const partner = seen.find((a) => a.callee === PARTNER);
      const words = partner
        ? // What the caller sees, as the screen shows it and the engine judges it: a partner called by both sides that backs
          // the other side more is seen to take it.
          t(partner.seen < partner.expected ? 'report.tutorial.abandoned' : 'report.tutorial.backed', { partner: name(PARTNER), given: supportWord(partner.seen), expected: supportWord(partner.expected) })
        : t('report.tutorial.notAsked', { partner: name(PARTNER) });
      return firstUnread([
        { id: 's-answers', target: '.screen.standing .answers', wait: 'next', text: words },
        { id: 's-stance', target: '.screen.standing fieldset', wait: 'next', text: t('report.tutorial.stance') },
        { id: 's-go', target: '#continue', wait: 'act', clear: '.screen.standing fieldset', text: t('report.tutorial.stanceGo', { button: t('play.crisisSteps.meet') }) },
      ]);
    }
    case 'resolution':
      return resolutionSteps(game, mapFolded);
    case 'report':
      return reportSteps(game, name);
    case 'debrief':
      return firstUnread([{ id: 'end', target: '#screen-title', wait: 'next', text: t('report.tutorial.end') }]);
    default:
      return null;
  }
}

function decisionSteps(game: GameState, pending: NonNullable<FlowSnapshot['context']['pending'][string]>, turn: number, name: (id: ActorId) => string): Step | null {
  const event = game.agenda.choices.find((c) => c.decider === GUIDED.side);
  const posture = pending.postures?.[PARTNER] ?? game.postures[GUIDED.side]![PARTNER]!;
  const submit: Step = { id: `d${turn}-submit`, target: '#submit', wait: 'act', text: t('report.tutorial.submit', { button: t('play.decisions.submit') }) };
  if (turn === 1) {
    return firstUnread([
      { id: 'd-key', target: '.posture-key', wait: 'next', text: t('report.tutorial.postures') },
      { id: 'd-ally', target: `#posture-status-${cssId(ALLY)}`, wait: 'next', text: t('report.tutorial.ally', { ally: name(ALLY) }) },
      { id: 'd-gauges', target: `#posture-${PARTNER} .gauges`, wait: 'next', text: t('report.tutorial.gauges', { partner: name(PARTNER) }) },
      posture === 'ally'
        ? { id: 'd-partner-done', target: `#posture-${PARTNER} .gauges`, wait: 'next', text: t('report.tutorial.offered', { partner: name(PARTNER) }) }
        : { id: 'd-partner', target: `#posture-${PARTNER}`, wait: 'act', text: t('report.tutorial.offer', { partner: name(PARTNER) }) },
      // The event waits for the player's choice, like every move the guide asks for.
      event && pending.choices?.[event.id] === undefined
        ? { id: 'd-event', target: `#choice-${cssId(event.id)} .radios > .radio:first-child`, wait: 'act', text: t('report.tutorial.event', { partner: name(PARTNER) }) }
        : null,
      { id: 'd-hedge', target: '#postures .quiet', wait: 'next', text: t('report.tutorial.hedge') },
      submit,
    ]);
  }
  if (turn === 3) {
    const call = game.agenda.crises.flatMap((c) => c.calls).find((c) => c.callee === GUIDED.side && c.caller === ALLY);
    const answer: SupportLevel | undefined = call ? pending.answers?.[call.id] : undefined;
    if (!call) return firstUnread([{ id: 'd3-none', target: '#postures-title', wait: 'next', text: t('report.tutorial.noCall') }, submit]);
    // The option the guide asks for, alone: the whole call is taller than a phone's screen.
    const full = `.radio:has(> #answer-${cssId(call.id)}-3)`;
    return firstUnread([
      { id: 'd3-call', target: `#answer-${cssId(call.id)} > legend`, wait: 'next', text: t('report.tutorial.allyCalls', { ally: name(ALLY) }) },
      answer === 3
        ? { id: 'd3-full-done', target: full, wait: 'next', text: t('report.tutorial.backedFully') }
        : { id: 'd3-full', target: full, wait: 'act', text: t('report.tutorial.backFully') },
      submit,
    ]);
  }
  if (turn === 2) return firstUnread([{ id: 'd2-gauges', target: `#posture-${PARTNER} .gauges`, wait: 'next', text: t('report.tutorial.partnerDeciding', { partner: name(PARTNER) }) }, submit]);
  return firstUnread([{ id: `d${turn}-own`, target: '#postures-title', wait: 'next', text: t('report.tutorial.lastTurn') }, submit]);
}

/** The turn played out: on the first turn that has something to show, what the map shows and what the buttons do. */
function resolutionSteps(game: GameState, mapFolded: boolean): Step | null {
  const record = game.log[game.log.length - 1];
  if (!record) return null;
  const go = `res${record.turn}-go`;
  if (record.crises.length + record.tieChanges.length === 0) {
    return firstUnread([{ id: go, target: '#skip-to-report', wait: 'act', text: t('report.tutorial.quietTurn') }]);
  }
  return firstUnread([
    { id: 'res-map', target: mapFolded ? '#map-fold' : '#map .map-frame', wait: 'next', text: t('report.tutorial.playback', { folded: mapFolded ? 'yes' : 'no', button: t('shell.mapPanel.show') }) },
    { id: 'res-controls', target: '.playback-controls', wait: 'next', text: t('report.tutorial.playbackControls', { play: t('report.resolution.play'), pause: t('report.resolution.pause'), step: t('report.resolution.step'), replay: t('report.resolution.replay') }) },
    { id: go, target: '#skip-to-report', wait: 'act', text: t('report.tutorial.playbackGo') },
  ]);
}

function reportSteps(game: GameState, name: (id: ActorId) => string): Step | null {
  const record: TurnRecord | undefined = game.log[game.log.length - 1];
  if (!record) return null;
  const side = GUIDED.side;
  const lines: string[] = [];
  if (record.turn === 1) {
    const tie = record.tieChanges.find((c) => [c.a, c.b].includes(side) && [c.a, c.b].includes(PARTNER));
    const offered = game.postures[side]![PARTNER] === 'ally' && game.postures[PARTNER]![side] !== 'ally';
    const partner = name(PARTNER);
    lines.push(
      tie
        ? t('report.tutorial.tieChanged', { partner, from: tie.from, to: tie.to })
        : offered
          ? t('report.tutorial.offerRefused', { partner, their: game.postures[PARTNER]![side]!, tie: game.ties[[side, PARTNER].sort().join('|')]?.kind ?? 'partnership' })
          : t('report.tutorial.tieSame', { partner }),
    );
  }
  for (const c of record.crises) {
    const mine = c.answers.filter((a) => a.caller === side);
    const paid = c.answers.filter((a) => a.callee === side);
    if (c.initiator === side || c.target === side) {
      const opponent = c.initiator === side ? c.target : c.initiator;
      const failed = mine.filter((a) => a.delivered < a.expected);
      const failures = failed.map((a) => t('report.tutorial.failure', { callee: name(a.callee), given: supportWord(a.delivered), expected: supportWord(a.expected) }));
      lines.push(
        failed.length > 0
          ? t('report.tutorial.youAbandoned', { opponent: name(opponent), failures: listWords(failures) })
          : t('report.tutorial.youNotAbandoned', { opponent: name(opponent) }),
        c.escalated ? t('report.tutorial.fight', { winner: name(c.winner) }) : t('report.tutorial.noFight', { loser: name(c.winner === side ? opponent : side) }),
      );
    } else {
      for (const a of paid) {
        lines.push(
          c.escalated && a.cost > 0
            ? t('report.tutorial.entrapped', { caller: name(a.caller), given: supportWord(a.delivered), other: name(a.caller === c.initiator ? c.target : c.initiator), cost: fixed(a.cost) })
            : t('report.tutorial.answered', { caller: name(a.caller), given: supportWord(a.delivered), escalated: c.escalated ? 'yes' : 'no' }),
        );
      }
    }
  }
  if (lines.length === 0) lines.push(t('report.tutorial.untouched'));
  return firstUnread([
    { id: `r${record.turn}`, target: '#screen-title', wait: 'next', text: t('report.tutorial.turnBrought', { turn: record.turn, lines: sentences(...lines) }) },
    { id: 'r-trust', target: '#trust-moves', wait: 'next', text: t('report.tutorial.trust', { term: t('report.report.trust') }) },
    { id: `r${record.turn}-go`, target: '#continue', wait: 'act', text: record.turn >= lastTurn(game) ? t('report.tutorial.seeEnd') : t('report.tutorial.nextTurn') },
  ]);
}

// ---- the callout

function show(step: Step): void {
  const target = step.target ? (document.querySelector(step.target) as HTMLElement | null) : null;
  const key = `${step.id}\n${step.text}`;
  if (shown && shown.key === key && shown.target === target && shown.box.isConnected) return placeNow();
  // The player who pressed "Next" keeps the focus in the guide.
  const hadFocus = shown?.box.contains(document.activeElement) ?? false;
  const box = h(
    'section',
    { id: 'tutorial', class: 'tutorial-callout', attrs: { 'aria-label': t('report.tutorial.label') } },
    h('p', { class: 'tutorial-text', attrs: { 'aria-live': 'polite' } }, step.text),
    h(
      'div',
      { class: 'tutorial-tools' },
      step.wait === 'next' ? button(t('report.tutorial.next'), () => acknowledge(step.id), { id: 'tutorial-next', class: 'primary' }) : h('span', { class: 'tutorial-wait' }, t('report.tutorial.waiting')),
      button(t('report.tutorial.skip'), stopGuide, { id: 'tutorial-skip', class: 'link' }),
    ),
  );
  showCallout(box, target, step.clear ? [...document.querySelectorAll<HTMLElement>(step.clear)] : []);
  shown = { key, box, target };
  if (hadFocus) box.querySelector('button')?.focus();
}
