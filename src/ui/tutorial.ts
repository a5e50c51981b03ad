// The guided first game: a short scenario played for real, with a callout that points at the part of the screen that
// matters, waits for the player to act where it asks for a move, and after each turn tells what the turn's record
// shows happened (not what was meant to happen). It can be skipped at any time and taken again from the menu.
import { lastTurn, type ActorId, type GameState, type SupportLevel, type TurnRecord } from '../engine';
import { answersSeen, type FlowEvent, type FlowSnapshot, type Phase } from '../machine';
import { hideCallout, placeNow, showCallout } from './callout';
import { button, h } from './dom';
import { cssId } from './decisions';
import { nameOf, supportWord } from './words';
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
          ? { id: 'b1', target: '#screen-title', wait: 'next', text: `Welcome! You lead Russia through 2021, in four turns of three months each. Every turn starts with this briefing; then you make your decisions, and the turn plays out. Russia has an ally, the ${name(ALLY)}, and a partner, ${name(PARTNER)}, and the two are on opposite sides in Idlib, in north-west Syria.` }
          : { id: `b${turn}`, target: '#screen-title', wait: 'next', text: `Turn ${turn}. Read the briefing: it tells you what this turn brings.` },
        { id: `b${turn}-go`, target: '#continue', wait: 'act', text: 'When you have read it, press this button to go on.' },
      ]);
    case 'calling': {
      const crisis = game.agenda.crises.find((c) => c.target === side || c.initiator === side);
      const opponent = crisis && (crisis.initiator === side ? crisis.target : crisis.initiator);
      const callsPartner = crisis && (pending.calls?.[crisis.id] ?? [PARTNER]).includes(PARTNER);
      const torn = opponent && game.ties[[PARTNER, opponent].sort().join('|')] ? ` But ${name(PARTNER)} is also a partner of ${name(opponent)}.` : '';
      return firstUnread([
        { id: 'c-what', target: '#screen-title', wait: 'next', text: `A crisis of your own: ${opponent ? name(opponent) : 'a rival'} is putting pressure on Russia. First you choose, in public, whom to ask for help. A power you do not ask owes you nothing. A power you ask is expected to give what your tie promises: an ally owes full support (arms, money or troops), a partner diplomatic support (words, votes and visits).` },
        crisis && !callsPartner
          ? { id: 'c-call', target: `li:has(> #call-${cssId(crisis.id)}-${PARTNER})`, wait: 'act', text: `Ask ${name(PARTNER)}, your partner, for help: tick its box.` }
          : { id: 'c-call-done', target: crisis ? `li:has(> #call-${cssId(crisis.id)}-${PARTNER})` : null, wait: 'next', text: `You ask ${name(PARTNER)} for help: as your partner it owes you diplomatic support.${torn} Will it back you?` },
        { id: 'c-go', target: '#continue', wait: 'act', text: 'Press this button to send your calls for help. The powers you asked answer while you make this turn’s decisions.' },
      ]);
    }
    case 'decisions':
      return decisionSteps(game, pending, turn, name);
    case 'standing': {
      const seen = answersSeen(snapshot, side).filter((a) => a.caller === side);
      const partner = seen.find((a) => a.callee === PARTNER);
      const words = partner
        ? partner.delivered < partner.expected
          ? `${name(PARTNER)} answered your call with ${supportWord(partner.delivered)}, but your partnership promised ${supportWord(partner.expected)}. That is abandonment: a partner letting you down in your crisis. Your trust in ${name(PARTNER)} will fall, and Russia will hold a grievance (a grudge) against it.`
          : `${name(PARTNER)} answered your call with ${supportWord(partner.delivered)}: it gave what your partnership promised (${supportWord(partner.expected)}). This time you were not abandoned.`
        : `You did not ask ${name(PARTNER)} for help, so it owed you nothing and could not let you down.`;
      return firstUnread([
        { id: 's-answers', target: '.screen.standing .answers', wait: 'next', text: words },
        { id: 's-stance', target: '.screen.standing fieldset', wait: 'next', text: 'Now decide how to face the crisis: press on (a fight, unless the other side backs down), stand firm, or back down (no fight, but you give way). Under each choice you can read what it leads to.' },
        { id: 's-go', target: '#continue', wait: 'act', text: 'Choose one, then press “Meet the crisis”.' },
      ]);
    }
    case 'resolution':
      return resolutionSteps(game, mapFolded);
    case 'report':
      return reportSteps(game, name);
    case 'debrief':
      return firstUnread([{ id: 'end', target: '#screen-title', wait: 'next', text: 'That was the guided game! The debrief compares your game with what really happened. The other scenarios in the menu play the same way, without a guide. You can take this guided game again from the menu.' }]);
    default:
      return null;
  }
}

function decisionSteps(game: GameState, pending: NonNullable<FlowSnapshot['context']['pending'][string]>, turn: number, name: (id: ActorId) => string): Step | null {
  const event = game.agenda.choices.find((c) => c.decider === GUIDED.side);
  const posture = pending.postures?.[PARTNER] ?? game.postures[GUIDED.side]![PARTNER]!;
  const submit: Step = { id: `d${turn}-submit`, target: '#submit', wait: 'act', text: 'When you are ready, press “Submit decisions”. Nothing happens until you do.' };
  if (turn === 1) {
    return firstUnread([
      { id: 'd-key', target: '.posture-key', wait: 'next', text: 'Toward every other power you choose a posture: ally, partner or hedge. Your tie is what you both agree on: you are allies only if both of you choose ally. Words with a dotted underline open their meaning when you click them: try one.' },
      { id: 'd-ally', target: `#posture-${ALLY}`, wait: 'next', text: `The ${name(ALLY)} is your ally: you both chose ally. Your treaty is defensive: if someone challenges the ${name(ALLY)}, you owe it full support; if it starts a crisis itself, you owe it only neutrality (staying out).` },
      { id: 'd-gauges', target: `#posture-${PARTNER} .gauges`, wait: 'next', text: `These two gauges measure your tie with ${name(PARTNER)}. Abandonment risk: the chance ${name(PARTNER)} lets you down in your next crisis. Entrapment risk: the chance its quarrels drag you into a fight. Watch them change as you choose.` },
      posture === 'ally'
        ? { id: 'd-partner-done', target: `#posture-${PARTNER}`, wait: 'next', text: `You offer ${name(PARTNER)} an alliance. The lines with an arrow show how the risks would change. ${name(PARTNER)} still says partner: you become allies only if it says ally too.` }
        : { id: 'd-partner', target: `#posture-${PARTNER}`, wait: 'act', text: `${name(PARTNER)}, a member of NATO, is only your partner. Try for more: set your posture toward ${name(PARTNER)} to ally, and see whether it follows.` },
      // The event waits for the player's choice, like every move the guide asks for.
      event && pending.choices?.[event.id] === undefined
        ? { id: 'd-event', target: `#choice-${cssId(event.id)} .radios > .radio:first-child`, wait: 'act', text: `An event needs your decision: how loudly do you argue with ${name(PARTNER)}? Under each option, starting with this one, you can read what it would do. Pick one.` }
        : null,
      { id: 'd-hedge', target: '#postures .quiet', wait: 'next', text: 'To hedge is to deal with a power without any tie. The powers you hedge with are listed here: they owe you nothing, and you owe them nothing.' },
      submit,
    ]);
  }
  if (turn === 3) {
    const call = game.agenda.crises.flatMap((c) => c.calls).find((c) => c.callee === GUIDED.side && c.caller === ALLY);
    const answer: SupportLevel | undefined = call ? pending.answers?.[call.id] : undefined;
    if (!call) return firstUnread([{ id: 'd3-none', target: '#postures-title', wait: 'next', text: `Your ally has not asked you for help this turn. Decide as you see fit.` }, submit]);
    // The option the guide asks for, alone: the whole call is taller than a phone's screen.
    const full = `.radio:has(> #answer-${cssId(call.id)}-3)`;
    return firstUnread([
      { id: 'd3-call', target: `#answer-${cssId(call.id)} > legend`, wait: 'next', text: `Your ally, the ${name(ALLY)}, has started a crisis of its own and asks you for help. Because it started the crisis, your defensive treaty only asks you to stay out, yet it counts on you. Being dragged into a fight that is not your own is entrapment: it costs you security and economy.` },
      answer === 3
        ? { id: 'd3-full-done', target: full, wait: 'next', text: 'You back your ally fully. If it comes to a fight, the report will show what that cost you.' }
        : { id: 'd3-full', target: full, wait: 'act', text: 'To see entrapment happen, answer with full support.' },
      submit,
    ]);
  }
  if (turn === 2) return firstUnread([{ id: 'd2-gauges', target: `#posture-${PARTNER} .gauges`, wait: 'next', text: `${name(PARTNER)} is deciding how to answer your call. Look at its gauges again: the abandonment risk is the chance it lets you down in a crisis like this one.` }, submit]);
  return firstUnread([{ id: `d${turn}-own`, target: '#postures-title', wait: 'next', text: 'The last turn: decide on your own. The gauges and the dotted words are there to help.' }, submit]);
}

/** The turn played out: on the first turn that has something to show, what the map shows and what the buttons do. */
function resolutionSteps(game: GameState, mapFolded: boolean): Step | null {
  const record = game.log[game.log.length - 1];
  if (!record) return null;
  const go = `res${record.turn}-go`;
  if (record.crises.length + record.tieChanges.length === 0) {
    return firstUnread([{ id: go, target: '#skip-to-report', wait: 'act', text: 'Your decisions are in. No crisis broke out and no tie changed this turn, so there is nothing to watch on the map. Go on to the report.' }]);
  }
  const watch = mapFolded ? 'Press “Show the map” to watch it' : 'Watch it on the map';
  return firstUnread([
    { id: 'res-map', target: mapFolded ? '#map-fold' : '#map .map-frame', wait: 'next', text: `Everyone has decided, and now the turn plays out, step by step. ${watch}: a crisis flashes where it breaks out, lines show who asked whom for help (coloured by the answer), and a tie that forms or breaks is marked. The list on this screen says the same in words.` },
    { id: 'res-controls', target: '.playback-controls', wait: 'next', text: 'Play and Pause start and stop the steps, Step shows the next one, and Replay starts again from the first.' },
    { id: go, target: '#skip-to-report', wait: 'act', text: 'When you have seen enough, go on to the report: it sums up what the turn changed.' },
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
    lines.push(
      tie
        ? `Your tie with ${name(PARTNER)} changed: ${tie.from} to ${tie.to}.`
        : offered
          ? `You offered ${name(PARTNER)} an alliance, but it stayed at ${game.postures[PARTNER]![side]}. So your tie is still a ${game.ties[[side, PARTNER].sort().join('|')]?.kind ?? 'partnership'}: a tie is only as close as the cooler of the two postures.`
          : `Your tie with ${name(PARTNER)} did not change.`,
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
          ? `In your crisis with ${name(opponent)}, ${failed.map((a) => `${name(a.callee)} gave only ${supportWord(a.delivered)} where it owed ${supportWord(a.expected)}`).join('; ')}: you were abandoned.`
          : `In your crisis with ${name(opponent)}, everyone you asked gave what it owed: you were not abandoned this time.`,
        c.escalated ? `It came to a fight, won by ${name(c.winner)}.` : `No fight: ${name(c.winner === side ? opponent : side)} backed down.`,
      );
    } else {
      for (const a of paid) {
        lines.push(
          c.escalated && a.cost > 0
            ? `You backed ${name(a.caller)} with ${supportWord(a.delivered)} in its crisis with ${name(a.caller === c.initiator ? c.target : c.initiator)}. It came to a fight, and it cost you ${a.cost.toFixed(1)} points of security and economy: that is entrapment.`
            : `You answered ${name(a.caller)}’s call with ${supportWord(a.delivered)}. ${c.escalated ? 'It came to a fight, but your answer cost you nothing.' : 'No fight came, so your answer cost you nothing this time.'}`,
        );
      }
    }
  }
  if (lines.length === 0) lines.push('No crisis touched you this turn.');
  return firstUnread([
    { id: `r${record.turn}`, target: '#screen-title', wait: 'next', text: `What turn ${record.turn} brought: ${lines.join(' ')}` },
    { id: 'r-trust', target: '#trust-moves', wait: 'next', text: 'Trust changes only through what powers do. A partner that gives what it owes gains trust; one that lets its partner down loses it. The same goes for their trust in you. The word “Trust” opens its meaning.' },
    { id: `r${record.turn}-go`, target: '#continue', wait: 'act', text: record.turn >= lastTurn(game) ? 'See how the game ended.' : 'Go on to the next turn.' },
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
    { id: 'tutorial', class: 'tutorial-callout', attrs: { 'aria-label': 'Guide to your first game' } },
    h('p', { class: 'tutorial-text', attrs: { 'aria-live': 'polite' } }, step.text),
    h(
      'div',
      { class: 'tutorial-tools' },
      step.wait === 'next' ? button('Next', () => acknowledge(step.id), { id: 'tutorial-next', class: 'primary' }) : h('span', { class: 'tutorial-wait' }, 'Waiting for you…'),
      button('Skip the guide', stopGuide, { id: 'tutorial-skip', class: 'link' }),
    ),
  );
  showCallout(box, target);
  shown = { key, box, target };
  if (hadFocus) box.querySelector('button')?.focus();
}
