// A player's own crises, in two steps: first whom to call on (in public, before anyone answers), then, with the
// answers in sight, whether to press on, stand firm or back down. Every figure shown is the engine's own.
import { tx } from '../i18n';
import {
  BACKDOWN_INFLUENCE,
  CLASH_ECONOMY_COST,
  CLASH_INFLUENCE,
  CLASH_STABILITY,
  CONCESSION_SECURITY,
  LOSS_COST,
  WIN_COST,
  crisisWeights,
  escalationChance,
  exposureOf,
  legalCrises,
  lookup,
  owed,
  tieOf,
  type ActorId,
  type CrisisInstance,
  type GameState,
  type Stance,
  type SupportLevel,
} from '../engine';
import { answersSeen, gameInPlay, playersInCrisis } from '../machine';
import { crisisTitle } from './consequences';
import { gameOf, type Ui } from './context';
import { cssId } from './decisions';
import { button, h, pct, radioGroup } from './dom';
import { supportWord, cap, nameOf, theatreName, tieWords } from './words';

/** The weight behind the side's own position in a crisis, as a share of both sides', with the answers given. */
function shareOfWeight(game: GameState, crisis: CrisisInstance, side: ActorId, answers: Map<string, SupportLevel>): number {
  const { wI, wT } = crisisWeights(game, crisis, answers);
  const mine = side === crisis.initiator ? wI : wT;
  return mine / (wI + wT + 1e-9);
}

function crisisHeader(game: GameState, crisis: CrisisInstance): HTMLElement[] {
  const { scenario } = game;
  const event = crisis.event ? lookup(scenario).event.get(crisis.event) : undefined;
  const head = [
    h('h3', {}, crisisTitle(game, crisis)),
    h('p', { class: 'meta' }, `${nameOf(scenario, crisis.initiator)} presses ${nameOf(scenario, crisis.target)} in ${theatreName(scenario, crisis.theatre)}.`),
  ];
  if (event?.kind === 'crisis') head.push(h('p', {}, tx(event.text)));
  return head;
}

/** Whether `side` chose to start `crisis` on the turn before (its challenge, queued for this turn). */
function startedBy(ui: Ui, side: ActorId, crisis: CrisisInstance): boolean {
  const game = gameOf(ui);
  const last = game.log[game.log.length - 1];
  const asked = last?.decisions[side]?.challenge;
  return asked !== undefined && asked.theatre === crisis.theatre && asked.target === crisis.target;
}

/** First step: for each crisis of each player in one, whom to call on. */
export function callingScreen(ui: Ui): HTMLElement {
  const base = gameOf(ui);
  const { scenario } = base;
  const sides = playersInCrisis(ui.snapshot.context);
  const blocks: HTMLElement[] = [];
  for (const side of sides) {
    for (const c of legalCrises(base, side)) {
      const crisis = base.agenda.crises.find((x) => x.id === c.id)!;
      const initiated = c.role === 'initiator';
      // What this side has chosen so far: every one it may call, until it unticks some.
      const chosen = new Set(ui.snapshot.context.pending[side]?.calls?.[c.id] ?? c.callees);
      const preview = h('p', { class: 'expects', id: `call-preview-${cssId(c.id)}` });
      const showPreview = () => {
        // The other side's calls stand as made: its partners are counted at what their terms owe it.
        const theirs = crisis.calls.filter((call) => call.caller !== side).map((call) => [call.id, call.expected] as const);
        const alone = shareOfWeight(base, crisis, side, new Map(theirs));
        const kept = new Map([...theirs, ...crisis.calls.filter((call) => call.caller === side && chosen.has(call.callee)).map((call) => [call.id, call.expected] as const)]);
        const backed = shareOfWeight(base, crisis, side, kept);
        const against = theirs.length > 0 ? `, ${nameOf(scenario, c.opponent)}’s partners giving what they owe it` : '';
        preview.textContent =
          kept.size === theirs.length
            ? `You call on no one: you carry ${pct(alone)} of the weight in this crisis${against}. No one owes you anything in it.`
            : `Alone, you carry ${pct(alone)} of the weight in this crisis${against}; if everyone you call gives what they owe, ${pct(backed)}. Partners often give more, or less, than they owe. A call is public: an ally that fails you is seen reneging by everyone, and anyone that fails you loses your trust.`;
      };
      const boxes = c.callees.map((callee) => {
        const expected = owed(base, callee, side, initiated, c.opponent);
        const box = h('input', { id: `call-${cssId(c.id)}-${cssId(callee)}`, attrs: { type: 'checkbox', checked: chosen.has(callee) } });
        box.addEventListener('change', () => {
          if (box.checked) chosen.add(callee);
          else chosen.delete(callee);
          ui.send({ type: 'CALL', side, crisis: c.id, callees: c.callees.filter((x) => chosen.has(x)) });
          showPreview();
        });
        return h(
          'li',
          {},
          box,
          ' ',
          h('label', { attrs: { for: box.id } }, h('strong', {}, nameOf(scenario, callee))),
          h(
            'span',
            { class: 'meta' },
            ` — ${tieWords(base, side, callee)}; owes you ${supportWord(expected)} here; your trust in it ${pct(base.trust[side]![callee]!)}.`,
          ),
        );
      });
      showPreview();
      blocks.push(
        h(
          'div',
          { class: 'crisis', attrs: { 'data-crisis': c.id } },
          ...crisisHeader(base, crisis),
          initiated && crisis.event === null && !startedBy(ui, side, crisis)
            ? h('p', { class: 'expects' }, `This crisis grew out of the rivalry itself (tension ${pct(base.tension[crisis.theatre] ?? 0)}): hawks at home pressed the claim. You may still back down once the answers are in.`)
            : null,
          sides.length > 1 ? h('p', {}, h('strong', {}, `${nameOf(scenario, side)} calls:`)) : null,
          c.callees.length > 0
            ? h('fieldset', {}, h('legend', {}, `Whom ${sides.length > 1 ? nameOf(scenario, side) : 'you'} call${sides.length > 1 ? 's' : ''} on`), h('ul', { class: 'callees' }, ...boxes))
            : h('p', {}, 'No one is tied to you or has a stake here: you face this alone.'),
          preview,
        ),
      );
    }
  }
  return h(
    'div',
    { class: 'screen calling' },
    h('h2', { id: 'screen-title', attrs: { tabindex: '-1' } }, `A crisis of your own — turn ${base.turn}`),
    h('p', {}, 'First, whom do you call on? Those you call answer in the open, and everyone sees the answer. One you do not call owes you nothing this time, though it may still take the other side.'),
    ...blocks,
    h('div', { class: 'toolbar' }, button('Make these calls', () => ui.send({ type: 'CONTINUE' }), { id: 'continue', class: 'primary' })),
  );
}

/** What each stance leads to, in the engine's numbers, for `side` in `crisis` with the answers given. */
function stanceHints(game: GameState, crisis: CrisisInstance, side: ActorId, answers: Map<string, SupportLevel>): Record<Stance, string> {
  const { scenario } = game;
  const sev = crisis.severity;
  const other = nameOf(scenario, side === crisis.initiator ? crisis.target : crisis.initiator);
  const win = shareOfWeight(game, crisis, side, answers);
  const presses = escalationChance(game, crisis, answers);
  const stability = CLASH_STABILITY * sev * exposureOf(scenario, crisis.theatre, side);
  const either = `, and either way ${(CLASH_ECONOMY_COST * sev).toFixed(1)} economy${stability >= 0.05 ? ` and ${stability.toFixed(1)} stability` : ''}`;
  const clash = `you win it ${pct(win)} of the time (winning costs you ${(WIN_COST * sev).toFixed(1)} security and gains ${(CLASH_INFLUENCE * sev).toFixed(1)} influence; losing costs ${(LOSS_COST * sev).toFixed(1)} security and ${(CLASH_INFLUENCE * sev).toFixed(1)} influence${either})`;
  if (side === crisis.initiator) {
    return {
      press: `A clash for certain, unless ${other} backs down: ${clash}.`,
      stand: `Stand firm and see: it comes to a clash ${pct(presses)} of the time (your temperament and the balance of backing); otherwise you back down.`,
      yield: `No clash: you lose ${(BACKDOWN_INFLUENCE * sev).toFixed(1)} influence.`,
    };
  }
  return {
    press: `Meet force with force: a clash for certain, unless ${other} backs down: ${clash}.`,
    stand: `Hold firm: ${other} presses on into a clash ${pct(presses)} of the time; otherwise it backs down and you gain ${(BACKDOWN_INFLUENCE * sev).toFixed(1)} influence.`,
    yield: `No clash: you concede — ${(CONCESSION_SECURITY * sev).toFixed(1)} security and ${(BACKDOWN_INFLUENCE * sev).toFixed(1)} influence.`,
  };
}

/** The stances' names, the same on every screen and in the report (a challenger that stands firm may still back down:
 *  its hint says so). */
const STANCE_LABEL: Record<Stance, string> = { press: 'Press on', stand: 'Stand firm', yield: 'Back down' };
const label = (s: Stance) => STANCE_LABEL[s];

/** Second step: with the answers in sight, how each player meets each of its crises. */
export function standingScreen(ui: Ui): HTMLElement {
  const game = gameInPlay(ui.snapshot.context)!;
  const { scenario } = game;
  const sides = playersInCrisis(ui.snapshot.context);
  const blocks: HTMLElement[] = [];
  for (const side of sides) {
    const seen = answersSeen(ui.snapshot, side);
    for (const c of legalCrises(game, side)) {
      const crisis = game.agenda.crises.find((x) => x.id === c.id)!;
      const here = seen.filter((a) => a.crisis === c.id);
      const answers = new Map(here.map((a) => [a.call, a.delivered]));
      const rows = here.map((a) => {
        const short = a.delivered < a.expected;
        const mine = a.caller === side;
        return h(
          'li',
          { class: short && mine ? 'abandoned' : '' },
          h('strong', {}, cap(nameOf(scenario, a.callee))),
          mine ? ' answered your call with ' : ` answered ${nameOf(scenario, a.caller)}’s call with `,
          h('strong', {}, supportWord(a.delivered)),
          `, where it owed ${supportWord(a.expected)}`,
          short ? (mine ? (tieOf(game, side, a.callee) === 'alliance' ? ' ✗ — it abandoned you, and everyone saw an ally renege.' : ' ✗ — it abandoned you.') : ' ✗') : ' ✓',
        );
      });
      const hints = stanceHints(game, crisis, side, answers);
      const group = radioGroup<Stance>({
        id: `stance-${cssId(c.id)}`,
        legend: sides.length > 1 ? `How ${nameOf(scenario, side)} meets it` : 'How you meet it',
        options: c.stances.map((s) => ({ value: s, label: label(s), hint: hints[s] })),
        checked: ui.snapshot.context.pending[side]?.stances?.[c.id] ?? 'stand',
        onChange: (stance) => ui.send({ type: 'STANCE', side, crisis: c.id, stance }),
      });
      blocks.push(
        h(
          'div',
          { class: 'crisis', attrs: { 'data-crisis': c.id } },
          ...crisisHeader(game, crisis),
          here.length > 0 ? h('ul', { class: 'answers' }, ...rows) : h('p', {}, 'No one was called: each side stands alone.'),
          h('p', { class: 'expects' }, `With these answers, ${pct(shareOfWeight(game, crisis, side, answers))} of the weight in this crisis is behind you.`),
          group.node,
        ),
      );
    }
  }
  return h(
    'div',
    { class: 'screen standing' },
    h('h2', { id: 'screen-title', attrs: { tabindex: '-1' } }, `The answers are in — turn ${game.turn}`),
    h('p', {}, 'You have seen who stood by you. Now press on, stand firm, or back down.'),
    ...blocks,
    h('div', { class: 'toolbar' }, button('Meet the crisis', () => ui.send({ type: 'CONTINUE' }), { id: 'continue', class: 'primary' })),
  );
}
