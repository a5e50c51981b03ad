// The guided first game: a short scenario played for real, with a callout that points at the part of the screen that
// matters, waits for the player to act where it asks for a move, and after each turn tells what the turn's record
// shows happened (not what was meant to happen). It can be skipped at any time and taken again from the menu.
import type { ActorId, GameState, SupportLevel, TurnRecord } from '../engine';
import { answersSeen, gameInPlay, type FlowEvent, type FlowSnapshot, type Phase } from '../machine';
import { button, h } from './dom';
import { cssId } from './decisions';
import { nameOf, SUPPORT_WORD } from './words';
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
}

let active = false;
let read = new Set<string>();
let box: HTMLElement | null = null;
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
  document.querySelectorAll('.tutorial-target').forEach((n) => n.classList.remove('tutorial-target'));
  box?.remove();
  box = null;
  placing = null;
}

/** Called after every drawing of the game's screens: shows the step for where the game stands. */
export function guideFollows(snapshot: FlowSnapshot, phase: Phase): void {
  // A reload in the middle of the guided game resumes the guide with it.
  if (!active && session()?.getItem(KEY) === '1') active = true;
  const game = snapshot.context.game;
  if (!active) return;
  if (phase === 'menu' || !game || game.scenario.id !== GUIDED.scenario) {
    // Back at the menu, or another game: the guide ends.
    if (phase === 'menu' || (game && game.scenario.id !== GUIDED.scenario)) stopGuide();
    return;
  }
  lastArgs = { snapshot, phase };
  const step = stepFor(snapshot, phase, game);
  if (!step) return clear();
  show(step);
}

function acknowledge(id: string): void {
  read.add(id);
  if (lastArgs) guideFollows(lastArgs.snapshot, lastArgs.phase);
}

// ---- the steps, from where the game stands

function stepFor(snapshot: FlowSnapshot, phase: Phase, game: GameState): Step | null {
  const side = GUIDED.side;
  const name = (id: ActorId) => nameOf(game.scenario, id);
  const pending = snapshot.context.pending[side] ?? {};
  const first = (steps: Step[]) => steps.find((s) => !read.has(s.id)) ?? null;
  const turn = game.turn;
  switch (phase) {
    case 'briefing':
      return first([
        turn === 1
          ? { id: 'b1', target: '#screen-title', wait: 'next', text: `Welcome. You lead Russia through 2021 in four turns of three months. Each turn opens with this briefing; then you decide, and the turn is played out. Russia is allied to ${name(ALLY)} and a partner of ${name(PARTNER)}, while the two face each other in Idlib.` }
          : { id: `b${turn}`, target: '#screen-title', wait: 'next', text: `Turn ${turn}. The briefing tells you what the turn brings: read it, then go on.` },
        { id: `b${turn}-go`, target: '#continue', wait: 'act', text: 'Press this button to go on to your decisions.' },
      ]);
    case 'calling': {
      const crisis = game.agenda.crises.find((c) => c.target === side || c.initiator === side);
      const callsTurkey = crisis && (pending.calls?.[crisis.id] ?? [PARTNER]).includes(PARTNER);
      return first([
        { id: 'c-what', target: '#screen-title', wait: 'next', text: `A crisis of your own: ${crisis ? `${name(crisis.initiator)} presses Russia` : 'Russia is pressed'}. Before anyone answers, you call in public on the powers tied to you. A power you do not call owes you nothing; one you call is expected to give what your tie owes: an ally full support, a partner diplomatic support.` },
        crisis && !callsTurkey
          ? { id: 'c-call', target: `li:has(> #call-${cssId(crisis.id)}-${PARTNER})`, wait: 'act', text: `Call on ${name(PARTNER)}, your partner: tick its box.` }
          : { id: 'c-call-done', target: crisis ? `li:has(> #call-${cssId(crisis.id)}-${PARTNER})` : null, wait: 'next', text: `${name(PARTNER)} is called: as a partner it owes you diplomatic support. Will it give it? Its own partners are among those pressing you.` },
        { id: 'c-go', target: '#continue', wait: 'act', text: 'Make your calls. The others answer while you make this turn’s decisions.' },
      ]);
    }
    case 'decisions':
      return decisionSteps(game, pending, turn, name);
    case 'standing': {
      const seen = answersSeen(snapshot, side).filter((a) => a.caller === side);
      const turkey = seen.find((a) => a.callee === PARTNER);
      const words = turkey
        ? turkey.delivered < turkey.expected
          ? `${name(PARTNER)} answered your call with ${SUPPORT_WORD[turkey.delivered]}, where your partnership owed ${SUPPORT_WORD[turkey.expected]}. That is abandonment: a partner failing you in your crisis. Your trust in it will fall, and you hold a grievance against it.`
          : `${name(PARTNER)} answered your call with ${SUPPORT_WORD[turkey.delivered]}: it gave what your partnership owed (${SUPPORT_WORD[turkey.expected]}). This time you were not abandoned.`
        : `You did not call on ${name(PARTNER)}, so it owed you nothing and could not fail you.`;
      return first([
        { id: 's-answers', target: '.screen.standing .answers', wait: 'next', text: words },
        { id: 's-stance', target: '.screen.standing fieldset', wait: 'next', text: 'Now meet the crisis: press on (a clash, unless the other backs down), stand firm, or back down (no clash, but you concede). Each choice says what it leads to.' },
        { id: 's-go', target: '#continue', wait: 'act', text: 'Choose, then meet the crisis.' },
      ]);
    }
    case 'report':
      return reportSteps(game, turn, name);
    case 'debrief':
      return first([{ id: 'end', target: '#screen-title', wait: 'next', text: 'That was the guided game. The debrief sets your game against what really happened. Every other scenario in the menu plays the same way, without a guide; you can take this one again from the menu.' }]);
    default:
      return null;
  }
}

function decisionSteps(game: GameState, pending: NonNullable<FlowSnapshot['context']['pending'][string]>, turn: number, name: (id: ActorId) => string): Step | null {
  const read1 = (steps: Step[]) => steps.find((s) => !read.has(s.id)) ?? null;
  const posture = pending.postures?.[PARTNER] ?? game.postures[GUIDED.side]![PARTNER]!;
  const submit: Step = { id: `d${turn}-submit`, target: '#submit', wait: 'act', text: 'When you are ready, submit. Nothing happens until you do.' };
  if (turn === 1) {
    return read1([
      { id: 'd-key', target: '.posture-key', wait: 'next', text: 'Toward every other power you hold a posture: ally, partner or hedge. A tie is what both sides agree on — an alliance only when both say ally. Each word opens its meaning: try one.' },
      { id: 'd-ally', target: `#posture-${ALLY}`, wait: 'next', text: `${name(ALLY)} is your ally: both hold “ally”, so your alliance owes it full support when it is attacked — but only neutrality in a crisis it starts itself.` },
      { id: 'd-gauges', target: `#posture-${PARTNER} .gauges`, wait: 'next', text: `The two gauges of your tie with ${name(PARTNER)}: abandonment risk, the chance it fails you in your next crisis; entrapment risk, the chance its conflicts drag you into a clash. Watch them as you choose.` },
      posture === 'ally'
        ? { id: 'd-partner-done', target: `#posture-${PARTNER}`, wait: 'next', text: `You offer ${name(PARTNER)} an alliance. The gauges show where it would take you. It stands at partner toward you: the tie becomes an alliance only if it says ally too.` }
        : { id: 'd-partner', target: `#posture-${PARTNER}`, wait: 'act', text: `${name(PARTNER)}, a NATO member, is only your partner. Set your posture toward ${name(PARTNER)} to ally, and see whether it follows.` },
      { id: 'd-event', target: '#choices, .choice, fieldset[id^="choice-"]', wait: 'next', text: 'An event asks you to decide: how loudly to argue with your partner. Each option says what it does. Pick one.' },
      { id: 'd-hedge', target: '#postures', wait: 'next', text: 'The powers you hedge toward — engaging without a tie — owe you nothing and expect nothing.' },
      submit,
    ]);
  }
  if (turn === 3) {
    const call = game.agenda.crises.flatMap((c) => c.calls).find((c) => c.callee === GUIDED.side && c.caller === ALLY);
    const answer: SupportLevel | undefined = call ? pending.answers?.[call.id] : undefined;
    if (!call) return read1([{ id: 'd3-none', target: '#postures', wait: 'next', text: `${name(ALLY)} has not called on you this turn. Decide as you see fit.` }, submit]);
    return read1([
      { id: 'd3-call', target: `#answer-${cssId(call.id)}`, wait: 'next', text: `Your ally ${name(ALLY)} has started a crisis of its own and calls on you. Under your defensive treaty you owe it only neutrality here, yet it counts on you. Backing it in a clash that is not your own is entrapment: you pay in security and economy.` },
      answer === 3
        ? { id: 'd3-full-done', target: `#answer-${cssId(call.id)}`, wait: 'next', text: 'You back your ally fully. See in the report what it costs you if it comes to a clash.' }
        : { id: 'd3-full', target: `#answer-${cssId(call.id)}`, wait: 'act', text: 'To see entrapment at work, answer with full support.' },
      submit,
    ]);
  }
  if (turn === 2) return read1([{ id: 'd2-gauges', target: `#posture-${PARTNER} .gauges`, wait: 'next', text: `While ${name(PARTNER)} answers your call, look again at its gauges: the abandonment risk is the chance it fails you in a crisis like this one.` }, submit]);
  return read1([{ id: `d${turn}-own`, target: '#postures', wait: 'next', text: 'The last turn: decide on your own. The gauges and the words that open their meaning are there to help.' }, submit]);
}

function reportSteps(game: GameState, turn: number, name: (id: ActorId) => string): Step | null {
  const record: TurnRecord | undefined = game.log[game.log.length - 1];
  if (!record) return null;
  const side = GUIDED.side;
  const lines: string[] = [];
  if (record.turn === 1) {
    const tie = record.tieChanges.find((c) => [c.a, c.b].includes(side) && [c.a, c.b].includes(PARTNER));
    lines.push(
      tie
        ? `Your tie with ${name(PARTNER)} changed: ${tie.from} to ${tie.to}.`
        : `${name(PARTNER)} stayed at ${game.postures[PARTNER]![side]} toward you, so your tie is still ${game.ties[[side, PARTNER].sort().join('|')]?.kind ?? 'what it was'}: the lesser of the two postures holds. A hedger keeps its options open.`,
    );
  }
  for (const c of record.crises) {
    const mine = c.answers.filter((a) => a.caller === side);
    const paid = c.answers.filter((a) => a.callee === side);
    if (c.initiator === side || c.target === side) {
      const opponent = c.initiator === side ? c.target : c.initiator;
      const failed = mine.filter((a) => a.delivered < a.expected);
      lines.push(
        failed.length > 0
          ? `In your crisis with ${name(opponent)}, ${failed.map((a) => `${name(a.callee)} gave ${SUPPORT_WORD[a.delivered]} where it owed ${SUPPORT_WORD[a.expected]}`).join('; ')}: you were abandoned.`
          : `In your crisis with ${name(opponent)}, everyone you called gave what it owed: you were not abandoned this time.`,
        c.escalated ? `It came to a clash, won by ${name(c.winner)}.` : `No clash: ${name(c.winner === side ? opponent : side)} backed down.`,
      );
    } else {
      for (const a of paid) {
        lines.push(
          c.escalated && a.cost > 0
            ? `You backed ${name(a.caller)} with ${SUPPORT_WORD[a.delivered]} in its crisis with ${name(a.caller === c.initiator ? c.target : c.initiator)}. It came to a clash, and it cost you ${a.cost.toFixed(1)} points of security and economy: that is entrapment.`
            : `You answered ${name(a.caller)}’s call with ${SUPPORT_WORD[a.delivered]}. ${c.escalated ? 'It came to a clash, but your answer cost you nothing.' : 'No clash came, so your answer cost you nothing this time.'}`,
        );
      }
    }
  }
  if (lines.length === 0) lines.push('No crisis touched you this turn.');
  return [
    { id: `r${record.turn}`, target: '#screen-title', wait: 'next' as const, text: `What turn ${record.turn} brought: ${lines.join(' ')}` },
    { id: `r${record.turn}-trust`, target: '#trust-moves', wait: 'next' as const, text: 'Trust moves only on deeds: a partner that delivers gains it, one that fails loses it. Open “Trust” to read what it means.' },
    { id: `r${record.turn}-go`, target: '#continue', wait: 'act' as const, text: turn > game.scenario.turns ? 'See how the game ended.' : 'Go on to the next turn.' },
  ].find((s) => !read.has(s.id)) ?? null;
}

// ---- the callout

function show(step: Step): void {
  // The player who pressed "Next" keeps the focus in the guide.
  const hadFocus = box?.contains(document.activeElement) ?? false;
  clear();
  const target = step.target ? (document.querySelector(step.target) as HTMLElement | null) : null;
  target?.classList.add('tutorial-target');
  const text = h('p', { class: 'tutorial-text', attrs: { 'aria-live': 'polite' } }, step.text);
  box = h(
    'section',
    { id: 'tutorial', class: 'tutorial-callout', attrs: { 'aria-label': 'Guide to your first game' } },
    text,
    h(
      'div',
      { class: 'tutorial-tools' },
      step.wait === 'next' ? button('Next', () => acknowledge(step.id), { id: 'tutorial-next', class: 'primary' }) : h('span', { class: 'tutorial-wait' }, 'Waiting for you…'),
      button('Skip the guide', stopGuide, { id: 'tutorial-skip', class: 'link' }),
    ),
  );
  document.body.append(box);
  target?.scrollIntoView({ block: window.innerWidth < 700 ? 'start' : 'center', inline: 'nearest' });
  place(box, target);
  if (hadFocus) box.querySelector('button')?.focus();
}

/** Beside the target, below it or above it, where it does not cover it; docked at the bottom on a narrow screen. */
function place(callout: HTMLElement, target: HTMLElement | null): void {
  const narrow = window.innerWidth < 700;
  callout.classList.toggle('docked', narrow || !target);
  if (!target) return;
  if (narrow) return;
  placing = () => place(callout, target);
  const r = target.getBoundingClientRect();
  const c = callout.getBoundingClientRect();
  const gap = 10;
  let top: number;
  let left = Math.min(Math.max(gap, r.left), window.innerWidth - c.width - gap);
  if (r.bottom + gap + c.height <= window.innerHeight) top = r.bottom + gap;
  else if (r.top - gap - c.height >= 0) top = r.top - gap - c.height;
  else if (r.right + gap + c.width <= window.innerWidth) [top, left] = [Math.max(gap, r.top), r.right + gap];
  else if (r.left - gap - c.width >= 0) [top, left] = [Math.max(gap, r.top), r.left - gap - c.width];
  else return void callout.classList.add('docked');
  callout.style.top = `${top}px`;
  callout.style.left = `${left}px`;
}

// The callout is fixed to the window: it follows its target as the page scrolls (a sticky toolbar included).
let placing: (() => void) | null = null;
if (typeof window !== 'undefined') for (const e of ['scroll', 'resize']) window.addEventListener(e, () => box && placing?.(), { passive: true });
