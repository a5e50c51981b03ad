// A player's own crises, in two steps: first whom to call on (in public, before anyone answers), then, with the
// answers in sight, whether to press on, stand firm or back down. Every figure shown is the engine's own.
import { listWords, t, tx } from '../i18n/core';
import {
  BACKDOWN_INFLUENCE,
  refusalInfluence,
  BACKDOWN_STABILITY,
  CLASH_ECONOMY_COST,
  CLASH_INFLUENCE,
  CLASH_STABILITY,
  CONCESSION_SECURITY,
  clashSecurityCost,
  crisisWeights,
  escalationChance,
  exposureOf,
  legalCrises,
  lookup,
  owed,
  tieOf,
  winChance,
  trustIn,
  type ActorId,
  type CrisisInstance,
  type GameState,
  type Stance,
  type SupportLevel,
} from '../engine';
import { answersSeen, gameInPlay, playersInCrisis } from '../machine';
import { crisisTitle, roleIn } from './consequences';
import { gameOf, type Ui } from './context';
import { cssId } from './decisions';
import { button, h, pct, radioGroup } from './dom';
import { cap, fixed, labelOf, nameOf, supportWord, theatreName, tieWords } from './words';

/** The weight behind the side's own position in a crisis, as a share of both sides', with the answers given. */
function shareOfWeight(game: GameState, crisis: CrisisInstance, side: ActorId, answers: Map<string, SupportLevel>): number {
  const { wI, wT } = crisisWeights(game, crisis, answers);
  const mine = side === crisis.initiator ? wI : wT;
  return mine / (wI + wT + 1e-9);
}

/** The chance `side` prevails if `crisis` comes to a clash, with the calls it makes to `chosen`: `owed` with everyone
 *  called, on both sides, giving what its terms owe (a challenger's partners, under the usual terms, only
 *  neutrality); `full` with everyone `side` calls backing it fully; `theirsFull` with those `side` calls giving what
 *  they owe and everyone the other side calls backing it fully — partners often give more than they owe, and the
 *  player is told how far that could go. A partner not called gives nothing, as in the engine. */
export function callOdds(game: GameState, crisis: CrisisInstance, side: ActorId, chosen: ReadonlySet<ActorId>): { owed: number; full: number; theirsFull: number } {
  const theirs = crisis.calls.filter((call) => call.caller !== side);
  const mine = crisis.calls.filter((call) => call.caller === side && chosen.has(call.callee));
  const at = (myLevel: (expected: SupportLevel) => SupportLevel, theirLevel: (expected: SupportLevel) => SupportLevel) =>
    winChance(crisis, crisisWeights(game, crisis, new Map([...theirs.map((call) => [call.id, theirLevel(call.expected)] as const), ...mine.map((call) => [call.id, myLevel(call.expected)] as const)])), side);
  const owed = (expected: SupportLevel) => expected;
  const full = (): SupportLevel => 3;
  return { owed: at(owed, owed), full: at(full, owed), theirsFull: at(owed, full) };
}

/** Those `side` may call whose terms would back it if it were challenged, but owe it only neutrality as the
 *  challenger in `crisis`: the player is told before counting on them. */
export function neutralAsChallenger(game: GameState, crisis: CrisisInstance, side: ActorId): ActorId[] {
  if (side !== crisis.initiator) return [];
  return crisis.calls.filter((call) => call.caller === side && call.expected <= 1 && owed(game, call.callee, side, false, crisis.target) > 1).map((call) => call.callee);
}

function crisisHeader(game: GameState, crisis: CrisisInstance, side: ActorId | null): HTMLElement[] {
  const { scenario } = game;
  const event = crisis.event ? lookup(scenario).event.get(crisis.event) : undefined;
  // Told to the player whose crisis it is: "you" press, or are pressed (`side`; null where two players' sides share the screen).
  const values = { who: roleIn(crisis, side), initiator: nameOf(scenario, crisis.initiator), target: nameOf(scenario, crisis.target), theatre: theatreName(scenario, crisis.theatre) };
  // A crisis of a rivalry alone has no title of its own: who presses whom is its title.
  if (!event) return [h('h3', {}, crisisTitle(game, crisis, side))];
  const head = [h('h3', {}, crisisTitle(game, crisis, side)), h('p', { class: 'meta' }, t('play.crisisSteps.presses', values))];
  if (event.kind === 'crisis') head.push(h('p', {}, tx(event.text)));
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
  const previews: (() => void)[] = [];
  // The button says what it does: make the calls ticked, or go on with none made.
  const ticked: Set<ActorId>[] = [];
  let anyone = false;
  const goLabel = () => (!anyone ? t('play.crisisSteps.noOneToCall') : ticked.every((x) => x.size === 0) ? t('play.crisisSteps.callNone') : t('play.crisisSteps.makeCalls'));
  const go = button(t('play.crisisSteps.makeCalls'), () => ui.send({ type: 'CONTINUE' }), { id: 'continue', class: 'primary' });
  for (const side of sides) {
    for (const c of legalCrises(base, side)) {
      const crisis = base.agenda.crises.find((x) => x.id === c.id)!;
      const initiated = c.role === 'initiator';
      // What this side has chosen so far: every one it may call, until it unticks some.
      const chosen = new Set(ui.snapshot.context.pending[side]?.calls?.[c.id] ?? c.callees);
      ticked.push(chosen);
      if (c.callees.length > 0) anyone = true;
      const preview = h('p', { class: 'expects', id: `call-preview-${cssId(c.id)}` });
      const showPreview = () => {
        const odds = callOdds(base, crisis, side, chosen);
        // Their partners backing them beyond what they owe is worth saying only where it would change the odds.
        const against = crisis.calls.some((call) => call.caller !== side) ? (pct(odds.theirsFull) !== pct(odds.owed) ? 'more' : 'yes') : 'no';
        const values = { owed: pct(odds.owed), full: pct(odds.full), theirsFull: pct(odds.theirsFull), against, opponent: nameOf(scenario, c.opponent) };
        preview.textContent = chosen.size === 0 ? t('play.crisisSteps.callNoOne', values) : t('play.crisisSteps.callSome', values);
        go.textContent = goLabel();
      };
      previews.push(showPreview);
      const neutralOnly = neutralAsChallenger(base, crisis, side).map((id) => nameOf(scenario, id));
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
          h('label', { attrs: { for: box.id } }, h('strong', {}, labelOf(scenario, callee))),
          h(
            'span',
            { class: 'meta' },
            ` ${t('play.crisisSteps.callee', { tie: tieWords(base, side, callee), owed: supportWord(expected), trust: pct(trustIn(base, side, callee)) })}`,
          ),
        );
      });
      blocks.push(
        h(
          'div',
          { class: 'crisis', attrs: { 'data-crisis': c.id } },
          ...crisisHeader(base, crisis, sides.length > 1 ? null : side),
          initiated && crisis.event === null && !startedBy(ui, side, crisis)
            ? h('p', { class: 'expects' }, t('play.crisisSteps.grewOut', { tension: pct(base.tension[crisis.theatre] ?? 0) }))
            : null,
          sides.length > 1 ? h('p', {}, h('strong', {}, t('play.crisisSteps.sideCalls', { side: nameOf(scenario, side) }))) : null,
          c.callees.length > 0
            ? h('fieldset', {}, h('legend', {}, sides.length > 1 ? t('play.crisisSteps.whomSide', { side: nameOf(scenario, side) }) : t('play.crisisSteps.whomYou')), h('ul', { class: 'callees' }, ...boxes))
            : h('p', {}, t('play.crisisSteps.alone')),
          neutralOnly.length > 0 ? h('p', { class: 'meta' }, t('play.crisisSteps.challengerOwed', { names: listWords(neutralOnly), count: neutralOnly.length })) : null,
          preview,
        ),
      );
    }
  }
  for (const show of previews) show();
  return h(
    'div',
    { class: 'screen calling' },
    h('h2', { id: 'screen-title', attrs: { tabindex: '-1' } }, t('play.crisisSteps.callingHeading', { turn: base.turn })),
    h('p', {}, t('play.crisisSteps.callingIntro')),
    ...blocks,
    h('div', { class: 'toolbar' }, go),
  );
}

/** What each stance leads to, in the engine's numbers, for `side` in `crisis` with the answers given. */
export function stanceHints(game: GameState, crisis: CrisisInstance, side: ActorId, answers: Map<string, SupportLevel>): Record<Stance, string> {
  const { scenario } = game;
  const sev = crisis.severity;
  const other = nameOf(scenario, side === crisis.initiator ? crisis.target : crisis.initiator);
  const weights = crisisWeights(game, crisis, answers);
  const win = winChance(crisis, weights, side);
  const presses = escalationChance(game, crisis, answers);
  const stability = CLASH_STABILITY * sev * exposureOf(scenario, crisis.theatre, side);
  const clash = t('play.crisisSteps.clash', {
    win: pct(win),
    winCost: fixed(clashSecurityCost(crisis, weights, side, true)),
    influence: fixed(CLASH_INFLUENCE * sev),
    lossCost: fixed(clashSecurityCost(crisis, weights, side, false)),
    economy: fixed(CLASH_ECONOMY_COST * sev),
    unsettles: stability >= 0.05 ? 'yes' : 'no',
    stability: fixed(stability),
  });
  const backdown = fixed(BACKDOWN_INFLUENCE * sev);
  const retreat = fixed(BACKDOWN_STABILITY * sev);
  if (side === crisis.initiator) {
    return {
      press: t('play.crisisSteps.initiatorPress', { other, clash }),
      stand: t('play.crisisSteps.initiatorStand', { chance: pct(presses), clash, influence: backdown, stability: retreat }),
      yield: t('play.crisisSteps.initiatorYield', { influence: backdown, stability: retreat }),
    };
  }
  return {
    press: t('play.crisisSteps.targetPress', { other, clash }),
    stand: t('play.crisisSteps.targetStand', { other, chance: pct(presses), clash, influence: backdown }),
    yield: t('play.crisisSteps.targetYield', { security: fixed(CONCESSION_SECURITY * sev), influence: backdown, stability: retreat }),
  };
}

/** The stances' names, the same on every screen and in the report (a challenger that stands firm may still back down:
 *  its hint says so). */
const label = (s: Stance): string => t(`play.crisisSteps.stance.${s}`);

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
        // As the caller sees it: backing the other side more is taking it, whatever was answered here.
        const short = a.seen < a.expected;
        const mine = a.caller === side;
        const mark = short ? (mine ? (tieOf(game, side, a.callee) === 'alliance' ? 'reneged' : 'abandoned') : 'short') : 'met';
        const values = { callee: cap(nameOf(scenario, a.callee)), caller: nameOf(scenario, a.caller), given: supportWord(a.seen), owed: supportWord(a.expected), mark };
        // It answered one thing and backed the other side more: say both.
        if (mine && a.seen !== a.delivered) {
          const opponent = nameOf(scenario, side === crisis.initiator ? crisis.target : crisis.initiator);
          return h('li', { class: 'abandoned' }, t('play.crisisSteps.tookOtherSide', { ...values, given: supportWord(a.delivered), opponent }));
        }
        // Another's answer to the other side carries no mark: a ✓ on the backing your rival won reads as good news.
        return h('li', { class: short && mine ? 'abandoned' : '' }, mine ? t('play.crisisSteps.answeredYou', values) : t('play.crisisSteps.answeredThem', values));
      });
      const hints = stanceHints(game, crisis, side, answers);
      // A partner refusing a call in public costs the caller standing at once, whatever stance it takes (crisis.ts).
      const refused = here.filter((a) => a.caller === side && a.seen < a.expected);
      const lost = refused.reduce((sum, a) => sum + refusalInfluence(crisis.severity, a.expected, a.seen), 0);
      const group = radioGroup<Stance>({
        id: `stance-${cssId(c.id)}`,
        legend: sides.length > 1 ? t('play.crisisSteps.howSide', { side: nameOf(scenario, side) }) : t('play.crisisSteps.howYou'),
        options: c.stances.map((s) => ({ value: s, label: label(s), hint: hints[s] })),
        checked: ui.snapshot.context.pending[side]?.stances?.[c.id] ?? 'stand',
        onChange: (stance) => ui.send({ type: 'STANCE', side, crisis: c.id, stance }),
      });
      blocks.push(
        h(
          'div',
          { class: 'crisis', attrs: { 'data-crisis': c.id } },
          ...crisisHeader(game, crisis, sides.length > 1 ? null : side),
          here.length > 0 ? h('ul', { class: 'answers' }, ...rows) : h('p', {}, t('play.crisisSteps.noneCalled')),
          lost > 0 ? h('p', { class: 'meta refused-cost' }, t('play.crisisSteps.refusedCost', { names: listWords(refused.map((a) => nameOf(scenario, a.callee))), count: refused.length, influence: fixed(lost) })) : null,
          h('p', { class: 'expects' }, t('play.crisisSteps.share', { share: pct(shareOfWeight(game, crisis, side, answers)), win: pct(winChance(crisis, crisisWeights(game, crisis, answers), side)) })),
          group.node,
        ),
      );
    }
  }
  return h(
    'div',
    { class: 'screen standing' },
    h('h2', { id: 'screen-title', attrs: { tabindex: '-1' } }, t('play.crisisSteps.standingHeading', { turn: game.turn })),
    h('p', {}, t('play.crisisSteps.standingIntro')),
    ...blocks,
    h('div', { class: 'toolbar' }, button(t('play.crisisSteps.meet'), () => ui.send({ type: 'CONTINUE' }), { id: 'continue', class: 'primary' })),
  );
}
