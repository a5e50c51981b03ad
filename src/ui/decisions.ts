// The decision panel of the side deciding: an answer per call, a choice per event, a posture per actor, with what
// each option risks and the two gauges per tie. Every change is a request to the flow; the radios show what it accepted.
import { listWords, t, tx } from '../i18n/core';
import { POSTURES, POSTURE_RANK, gauges, gaugesIf, gaugesIfAgreed, grievanceAhead, grievanceAheadAfterOption, lastTurn, legalOptions, lookup, tieFromPostures, tieOf, trustIn, type ChoiceDef, type EventDef, type ActorId, type GameState, type LegalOptions, type Posture, type SupportLevel } from '../engine';
import type { Advisory } from '../ai/advisor';
import { alignment, reckonTie } from '../ai/persona';
import { gameInPlay, viewOf, type SideView } from '../machine';
import { answerOutlook, calledByBoth, crisisTitle, noCrisisToStart, optionEffects, outlookLine } from './consequences';
import { gameOf, type Ui } from './context';
import { button, h, pct, radioGroup, section, type RadioGroup } from './dom';
import { apportion, units } from './apportion';
import { gaugePair } from './gauges';
import { term } from './terms';
import { adviceFor } from './reasons';
import { periodOf, postureHint, postureLabel, supportHint, supportLabel, supportWord, labelOf, nameOf, quoted, quotes, sentences, theatreName, tieWords, fixed } from './words';
import { explanationText, outlookText } from './explainWords';

export interface Panel {
  node: HTMLElement;
  update(ui: Ui): void;
}

/** Others in the order a player cares about them: tied first, then those courting or courted, then the rest. */
function othersByCloseness(state: GameState, side: ActorId, options: LegalOptions): ActorId[] {
  const rank = (o: ActorId) => {
    const tie = tieOf(state, side, o);
    if (tie !== 'none') return tie === 'alliance' ? 0 : 1;
    return state.postures[side]![o] !== 'hedge' || state.postures[o]![side] !== 'hedge' ? 2 : 3;
  };
  return Object.keys(options.postures).sort((a, b) => rank(a) - rank(b));
}

/** What the lesson allows on the panel: `advisor: false` leaves out the way to ask the advisor. */
export interface PanelRules {
  advisor: boolean;
}

/** What a side with no crisis to start is told, by why (noCrisisToStart). */
const NO_CHALLENGE = { last: 'play.decisions.noChallengeLast', 'no-rivalry': 'play.decisions.noRivalry', challenged: 'play.decisions.noChallengeAny' } as const;

export function decisionPanel(ui: Ui, rules: PanelRules): Panel {
  // The position with the people's calls made: only calls made are answered.
  const game = gameInPlay(ui.snapshot.context) ?? gameOf(ui);
  const { scenario } = game;
  const side = ui.snapshot.context.players[ui.snapshot.context.seat]!;
  const hotSeat = ui.snapshot.context.players.length > 1;
  const options = legalOptions(game, side);
  const syncs: ((view: SideView) => void)[] = [];
  const adviceSlots = new Map<string, HTMLElement>();

  const heading = h('h2', { id: 'screen-title', attrs: { tabindex: '-1' } }, hotSeat ? t('play.decisions.headingSeat', { side: nameOf(scenario, side), turn: game.turn }) : t('play.decisions.heading', { turn: game.turn }));
  const refusals = h('div', { id: 'refusals', attrs: { role: 'alert' } });
  syncs.push((view) => {
    refusals.replaceChildren(...(view.refusals.length > 0 ? [h('p', {}, t('play.decisions.refused')), h('ul', {}, ...view.refusals.map((r) => h('li', {}, r.message)))] : []));
  });

  // ---- calls for support, grouped by crisis
  const calls = section('calls', t('play.decisions.calls'));
  const byCrisis = new Map<string, LegalOptions['calls']>();
  for (const call of options.calls) byCrisis.set(call.crisis, [...(byCrisis.get(call.crisis) ?? []), call]);
  for (const [crisisId, list] of byCrisis) {
    const crisis = game.agenda.crises.find((c) => c.id === crisisId)!;
    const event = crisis.event ? lookup(scenario).event.get(crisis.event) : undefined;
    const block = h(
      'div',
      { class: 'crisis' },
      h('h3', {}, crisisTitle(game, crisis)),
      h('p', { class: 'meta' }, t('play.decisions.challenges', { initiator: nameOf(scenario, crisis.initiator), target: nameOf(scenario, crisis.target), theatre: theatreName(scenario, crisis.theatre) })),
      event?.kind === 'crisis' ? h('p', {}, tx(event.text)) : null,
      calledByBoth(crisis, side)
        ? h('p', { class: 'expects' }, t('play.decisions.tiedToBoth', { initiator: nameOf(scenario, crisis.initiator), target: nameOf(scenario, crisis.target) }))
        : null,
    );
    for (const call of list) {
      const callerName = nameOf(scenario, call.caller);
      const outlookNote = h('p', { class: 'expects', id: `expects-${cssId(call.id)}` });
      const groupId = `answer-${cssId(call.id)}`;
      const unanswered = h('p', { class: 'unanswered' });
      const hints = new Map<SupportLevel, HTMLElement>();
      const group: RadioGroup<SupportLevel> = radioGroup<SupportLevel>({
        id: groupId,
        legend: t('play.decisions.callsOnYou', { caller: callerName }),
        describedBy: outlookNote.id,
        options: call.levels.map((level) => {
          const hint = h('span', {}, supportHint(level));
          hints.set(level, hint);
          return { value: level, label: level === call.expected ? t('play.decisions.expectedLabel', { label: supportLabel(level), caller: callerName }) : supportLabel(level), hint };
        }),
        checked: undefined,
        onChange: (level) => ui.send({ type: 'ANSWER', side, call: call.id, level }),
        extra: [outlookNote],
      });
      group.node.append(unanswered);
      const slot = h('p', { class: 'advice' });
      adviceSlots.set(`answer:${call.id}`, slot);
      group.node.append(slot);
      block.append(group.node);
      syncs.push((view) => {
        const mine = view.decisions[side]?.answers ?? {};
        const given = mine[call.id];
        group.set(given);
        const outlook = answerOutlook(game, side, crisis, call.id, mine);
        outlookNote.textContent = t('play.decisions.expects', { caller: callerName, expected: supportWord(outlook.expected), why: outlook.why });
        for (const o of outlook.levels) hints.get(o.level)!.textContent = sentences(supportHint(o.level), outlookLine(o, callerName, outlook.expected, (id) => nameOf(scenario, id)));
        unanswered.textContent = given === undefined ? t('play.decisions.notAnswered') : '';
      });
    }
    block.append(quotes(scenario, event?.sources ?? lookup(scenario).theatre.get(crisis.theatre)?.sources) ?? '');
    calls.append(block);
  }

  // ---- events the side decides
  const events = section('events', t('play.decisions.events'));
  for (const choice of options.choices) {
    const event = lookup(scenario).event.get(choice.event)!;
    const defs = event.choices!;
    const unanswered = h('p', { class: 'unanswered' });
    const text = h('p', { id: `event-text-${cssId(choice.id)}` }, tx(event.text));
    // Under each option, what it would do, and what it would leave of a tie it falls short toward (sync below).
    const expects = new Map<string, HTMLElement>();
    const strains = new Map<string, HTMLElement>();
    const group = radioGroup<string>({
      id: `choice-${cssId(choice.id)}`,
      legend: tx(event.title),
      describedBy: text.id,
      options: defs.map((d) => {
        const expect = h('span', {});
        const strain = h('span', { class: 'meta option-strain' });
        expects.set(d.id, expect);
        strains.set(d.id, strain);
        return { value: d.id, label: tx(d.label), hint: h('span', {}, expect, strain) };
      }),
      checked: undefined,
      onChange: (option) => ui.send({ type: 'CHOOSE', side, choice: choice.id, option }),
      extra: [text, event.theatre ? h('p', { class: 'meta' }, t('play.decisions.eventTheatre', { theatre: theatreName(scenario, event.theatre), tension: pct(game.tension[event.theatre] ?? 0) })) : null],
    });
    const slot = h('p', { class: 'advice' });
    adviceSlots.set(`choice:${choice.id}`, slot);
    group.node.append(unanswered, slot, quotes(scenario, event.sources) ?? '');
    events.append(group.node);
    syncs.push((view) => {
      const given = view.decisions[side]?.choices?.[choice.id];
      group.set(given);
      // A gesture is judged by the tie in force at the turn's start (applyChoice), whatever the postures chosen now;
      // the grievance it leaves is weighed by the tie the postures chosen leave standing.
      const chosen = view.decisions[side]?.postures ?? {};
      for (const d of defs) {
        expects.get(d.id)!.textContent = sentences(d.text === undefined ? undefined : tx(d.text), expectLine(game, side, event, d));
        const strain = optionStrainWords(game, side, event, d, chosen);
        const line = strains.get(d.id)!;
        line.textContent = strain?.text ?? '';
        line.className = strain?.breaks ? 'warning option-strain' : 'meta option-strain';
        line.hidden = strain === null;
      }
      unanswered.textContent = given === undefined ? t('play.decisions.notChosen', { label: quoted(tx(defs[0]!.label)) }) : '';
    });
  }

  // ---- a crisis of the side's own making, to open next turn
  const challenge = section('challenge', t('play.decisions.challenge'));
  if (options.challenges.length > 0) {
    const key = (c: { theatre: string; target: ActorId }) => `${c.theatre}|${c.target}`;
    const select = h(
      'select',
      { id: 'challenge-choice', attrs: { 'aria-describedby': 'challenge-hint' } },
      h('option', { attrs: { value: '' } }, t('play.decisions.noChallenge')),
      ...options.challenges.map((c) =>
        h('option', { attrs: { value: key(c) } }, t('play.decisions.pressOption', { target: nameOf(scenario, c.target), theatre: theatreName(scenario, c.theatre), tension: pct(game.tension[c.theatre] ?? 0) })),
      ),
    );
    select.addEventListener('change', () => {
      const picked = options.challenges.find((c) => key(c) === select.value) ?? null;
      ui.send({ type: 'CHALLENGE', side, challenge: picked });
    });
    challenge.append(
      h('p', { id: 'challenge-hint', class: 'meta' }, t('play.decisions.challengeHint')),
      h('label', { attrs: { for: 'challenge-choice' } }, t('play.decisions.pressRival'), ' '),
      select,
    );
    syncs.push((view) => {
      const set = view.decisions[side]?.challenge;
      select.value = set ? key(set) : '';
    });
  }

  // ---- postures toward every other actor
  const postures = section('postures', t('play.decisions.postures'));
  postures.append(
    h('p', {}, t('play.decisions.tieRule')),
    h('dl', { class: 'posture-key' }, ...POSTURES.slice().reverse().flatMap((p) => [h('dt', {}, term(p, postureLabel(p))), h('dd', {}, postureHint(p))])),
    h('p', { class: 'meta' }, t('play.decisions.riskKey')),
  );
  const quiet = h('details', { class: 'quiet' }, h('summary', {}, t('play.decisions.quiet')));
  let quietCount = 0;
  for (const other of othersByCloseness(game, side, options)) {
    const legal = options.postures[other]!;
    const tie = tieOf(game, side, other);
    const theirs = game.postures[other]![side]!;
    const otherName = nameOf(scenario, other);
    const status = h('p', { class: 'meta', id: `posture-status-${cssId(other)}` }, t('play.decisions.status', { tie: tieWords(game, side, other), other: otherName, posture: postureLabel(theirs).toLowerCase(), trust: pct(trustIn(game, side, other)) }));
    // Until when: the turn the pair may warm again (the broken tie's cooldown), or never before the game ends.
    const warmsOn = game.ties[lookup(scenario).pair[side]![other]!]?.cooldownUntil ?? 0;
    const cooling =
      legal.length === 1
        ? h('p', { class: 'meta' }, t('play.decisions.cooling', { other: otherName, when: warmsOn > lastTurn(game) ? 'never' : 'turn', turn: warmsOn, period: warmsOn > lastTurn(game) ? '' : periodOf(scenario, warmsOn) }))
        : null;
    // The gauges look at the turns ahead; a call already made this turn is said beside them, or a student reads a low
    // entrapment figure as the answer to a call in front of them.
    const calling = game.agenda.crises.some((c) => c.calls.some((call) => call.caller === other && call.callee === side))
      ? h('p', { class: 'meta calling-now' }, t('play.decisions.callingNow', { other: otherName }))
      : null;
    // What strains the tie, under the posture chosen: re-said as the choice changes (sync below).
    const strained = h('p', { class: 'meta strained' });
    // Why the other goes no further, when the posture chosen offers more than it stands at (sync below).
    const reckoning = h('p', { class: 'meta reckoning', id: `reckoning-${cssId(other)}` });
    const group = radioGroup<Posture>({
      id: `posture-${cssId(other)}`,
      legend: labelOf(scenario, other),
      describedBy: status.id,
      class: 'posture',
      options: POSTURES.filter((p) => legal.includes(p))
        .slice()
        .reverse()
        .map((p) => ({ value: p, label: postureLabel(p) })),
      checked: game.postures[side]![other],
      onChange: (posture) => ui.send({ type: 'POSTURE', side, toward: other, posture }),
      extra: [status, strained, reckoning, cooling, calling],
    });
    const warning = h('p', { class: 'warning', attrs: { 'aria-live': 'polite' } });
    const gaugeBox = h('div');
    const slot = h('p', { class: 'advice' });
    adviceSlots.set(`posture:${other}`, slot);
    group.node.append(warning, gaugeBox, slot, button(t('play.decisions.dossierOf', { other: labelOf(scenario, other) }), () => ui.showDossier(other, true), { class: 'link', id: `dossier-${cssId(other)}` }));
    const inQuiet = tie === 'none' && theirs === 'hedge' && game.postures[side]![other] === 'hedge';
    if (inQuiet) quietCount++;
    (inQuiet ? quiet : postures).append(group.node);
    syncs.push((view) => {
      const chosen = view.decisions[side]?.postures?.[other] ?? game.postures[side]![other]!;
      group.set(chosen);
      warning.textContent =
        tie === 'alliance' && chosen !== 'ally' ? t('play.decisions.walkOut', { other: otherName }) : '';
      const strain = strainWords(game, side, other, chosen);
      strained.textContent = strain?.text ?? '';
      strained.className = strain?.breaks ? 'warning strained' : 'meta strained';
      strained.hidden = strain === null;
      // Beside the gauges as they stand, where the posture chosen (not yet resolved) would take them.
      // An offer warmer than the other's posture forms no tie by itself: its gauges are those of the tie if the other agreed.
      const offer = POSTURE_RANK[chosen] > POSTURE_RANK[theirs];
      reckoning.textContent = offer ? reckoningWords(game, side, other, chosen, theirs) : '';
      reckoning.hidden = !offer;
      const ifChosen = chosen === game.postures[side]![other] ? undefined : (offer ? gaugesIfAgreed : gaugesIf)(game, side, other, chosen);
      gaugeBox.replaceChildren(tie !== 'none' || chosen !== 'hedge' || ifChosen ? gaugePair(otherName, gauges(game, side, other), advisedGauges(other), null, ifChosen, offer && ifChosen !== undefined) : '');
    });
  }
  if (quietCount > 0) postures.append(quiet);

  // ---- the advisor, on request
  let advice: Advisory | null = null;
  const advisedGauges = (other: ActorId) => advice?.postures.concat(advice.answers, advice.choices).flatMap((a) => a.gauges).find((g) => g.other === other)?.expected;
  const adviceBox = h('div', { id: 'advisor', attrs: { 'aria-live': 'polite' } });
  const askButton = button(t('play.decisions.askAdvisor'), () => ui.setAdvisorOpen(!ui.advisorOpen), { id: 'ask-advisor', attrs: { 'aria-controls': 'advisor', 'aria-expanded': 'false' } });
  const showAdvice = (open: boolean) => {
    askButton.setAttribute('aria-expanded', String(open));
    askButton.textContent = open ? t('play.decisions.hideAdvice') : t('play.decisions.askAdvisor');
    advice = open ? adviceFor(game, side) : null;
    for (const [key, slot] of adviceSlots) {
      const found = advice && [...advice.postures, ...advice.answers, ...advice.choices].find((a) => `${a.explanation.kind}:${a.explanation.ref}` === key);
      slot.textContent = found ? t('play.decisions.advisorSays', { advice: explanationText(scenario, found.explanation) }) : '';
    }
    if (!advice) return adviceBox.replaceChildren();
    const taken = advice;
    const changes = [...taken.answers, ...taken.choices, ...taken.postures.filter((p) => p.explanation.changed)];
    adviceBox.replaceChildren(
      h('h3', {}, t('play.decisions.advisorHeading')),
      h('ul', {}, ...(changes.length > 0 ? changes : taken.postures.slice(0, 3)).map((a) => h('li', {}, explanationText(scenario, a.explanation)))),
      ...(taken.outlook ? [h('p', {}, outlookText(taken.outlook))] : []),
      h('p', { class: 'meta' }, t('play.decisions.advisorMethod')),
      button(t('play.decisions.followAdvice'), () => {
        for (const [toward, posture] of Object.entries(taken.decision.postures ?? {})) ui.send({ type: 'POSTURE', side, toward, posture });
        for (const [call, level] of Object.entries(taken.decision.answers ?? {})) ui.send({ type: 'ANSWER', side, call, level });
        for (const [choice, option] of Object.entries(taken.decision.choices ?? {})) ui.send({ type: 'CHOOSE', side, choice, option });
        ui.announce(t('play.decisions.adviceFollowed'));
      }, { id: 'follow-advice' }),
    );
  };

  // ---- submit
  const summary = h('p', { id: 'submit-summary' });
  const submit = button(hotSeat ? t('play.decisions.submitSeat', { side: nameOf(scenario, side) }) : t('play.decisions.submit'), () => ui.send({ type: 'SUBMIT', side }), {
    id: 'submit',
    class: 'primary',
    attrs: { 'aria-describedby': 'submit-summary' },
  });
  const clear = button(t('play.decisions.clear'), () => ui.send({ type: 'CLEAR', side }), { id: 'clear' });
  syncs.push((view) => {
    const open = view.unanswered.calls.length + view.unanswered.choices.length;
    summary.textContent = open > 0 ? t('play.decisions.open', { open }) : t('play.decisions.allDecided');
  });

  const node = h(
    'div',
    { class: 'screen decisions' },
    heading,
    h('p', { class: 'meta' }, hotSeat ? t('play.decisions.onlySeat', { side: nameOf(scenario, side) }) : t('play.decisions.intro')),
    refusals,
    rules.advisor ? h('div', { class: 'toolbar' }, askButton) : null,
    rules.advisor ? adviceBox : null,
    options.calls.length > 0 ? calls : h('p', {}, t('play.decisions.noCalls')),
    options.choices.length > 0 ? events : null,
    options.challenges.length > 0
      ? challenge
      : h(
          'p',
          { class: 'meta', id: 'no-challenge' },
          t(NO_CHALLENGE[noCrisisToStart(game, side)], { side: nameOf(scenario, side), you: hotSeat ? 'no' : 'yes' }),
        ),
    postures,
    h('div', { class: 'submit-bar' }, summary, h('div', { class: 'toolbar' }, clear, submit)),
  );

  const update = (next: Ui) => {
    const view = viewOf(next.snapshot, side);
    if ((advice !== null) !== next.advisorOpen) showAdvice(next.advisorOpen);
    for (const sync of syncs) sync(view);
  };
  update(ui);
  return { node, update };
}

/** "Expect: …": an option's effects, as the line beside it. */
const expectLine = (state: GameState, side: ActorId, event: EventDef, option: ChoiceDef): string =>
  t('play.decisions.expect', { effects: optionEffects(state, side, event, option).join(t('play.words.partsJoin')) });

/** Ids from call and event ids, which hold dots and colons. */
export const cssId = (id: string): string => id.replace(/[^A-Za-z0-9_-]/g, '_');

/** Share of the threshold a grievance must reach, at the turn's end, before the tie's card says it is strained. */
const STRAIN_SHOWN = 0.5;

/** How `other` weighs the tie `side` offers it (`chosen`, warmer than its own posture `theirs`), by its own reckoning
 *  (reckonTie): what it would gain and pay, against the tie it stands at, and so whether it may come toward `side`. */
export function reckoningWords(game: GameState, side: ActorId, other: ActorId, chosen: Posture, theirs: Posture): string {
  // The tie each posture stands for, were the other to answer it in kind.
  const offered = tieFromPostures(chosen, chosen) as 'alliance' | 'partnership';
  const held = tieFromPostures(theirs, theirs);
  const r = reckonTie(game, other, side, offered);
  const heldValue = held === 'none' ? 0 : reckonTie(game, other, side, held).value;
  // Each side of the reckoning in tenths, its parts rounded so that they add up to the sum shown (tenthsOf).
  const gains = tenthsOf(r.gains);
  const costs = tenthsOf(r.costs);
  const listed = (parts: [string, number][]) => listWords(parts.filter(([, x]) => x !== 0).map(([part, x]) => t('play.decisions.reckonPart', { part, amount: fixed(x / 10) })));
  // As aimedTie: with no tie, a persona courts only a power its camp aligns with, whatever the tie would be worth; a
  // tie it values below nothing it steps back from, whatever a warmer one would be worth. Where the tie is worth no
  // more than the one it holds, that is reason enough, and the one said.
  const worthMore = heldValue >= 0 && r.value > heldValue;
  const verdict = worthMore && held === 'none' && alignment(game, other, side) <= 0 ? 'unaligned' : worthMore ? 'more' : 'less';
  return t('play.decisions.theirReckoning', {
    other: nameOf(game.scenario, other),
    offered,
    gains: fixed(gains.total / 10),
    gainParts: listed(gains.parts) || t('play.decisions.reckonNothing'),
    costs: fixed(costs.total / 10),
    costParts: listed(costs.parts) || t('play.decisions.reckonNothing'),
    // What the two sums shown come to, so that a reader who works it out finds the same.
    value: fixed((gains.total - costs.total) / 10),
    held,
    heldValue: fixed(heldValue),
    verdict,
  });
}

/** What taking `option` of `event` would leave of each tie of `side` it falls short toward (grievanceAheadAfterOption),
 *  said beside the option as the tie's card says its strain: a warning where the other's grievance would pass what the
 *  tie can bear, a quieter line where it would reach STRAIN_SHOWN of it; null where it strains no tie so far.
 *  `postures`: those `side` has chosen this turn. */
export function optionStrainWords(game: GameState, side: ActorId, event: EventDef, option: ChoiceDef, postures: Partial<Record<ActorId, Posture>> = {}): { text: string; breaks: boolean } | null {
  const shown = grievanceAheadAfterOption(game, side, event, option, postures).filter((x) => x.ahead.b >= STRAIN_SHOWN * x.ahead.limit);
  if (shown.length === 0) return null;
  const text = shown.map(({ other, added, ahead: g, breaksAnyway }) =>
    t('play.decisions.optionStrain', {
      breaks: g.b > g.limit ? 'yes' : 'no',
      anyway: breaksAnyway ? 'yes' : 'no',
      added: fixed(added),
      other: nameOf(game.scenario, other),
      level: fixed(g.b, Math.abs(g.b - g.limit) < 0.05 ? 2 : 1),
      limit: fixed(g.limit),
      tie: g.tie,
    }),
  );
  return { text: text.join(' '), breaks: shown.some((x) => x.ahead.b > x.ahead.limit) };
}

/** `parts` in tenths: their sum rounded, and the parts apportioned to it (apportion), so that the parts shown add up
 *  to the sum shown. */
export function tenthsOf(parts: Record<string, number>): { total: number; parts: [string, number][] } {
  const entries = Object.entries(parts);
  const total = units(entries.reduce((sum, [, x]) => sum + x, 0), 1);
  const shown = apportion(entries.map(([, x]) => x * 10), total);
  return { total, parts: entries.map(([part], i) => [part, shown[i]!]) };
}

/** What strains the tie `side` holds with `other`, said before it breaks: the grievances the turn's end will leave
 *  (grievanceAhead) against what the tie can bear, and the unequal terms that add to them; null for no tie, or one
 *  under little strain. With `chosen`, the posture `side` has chosen toward `other` this turn: where it walks out of
 *  the tie, what that adds to the other's grievance, and whether the tie it leaves then breaks too. */
export function strainWords(game: GameState, side: ActorId, other: ActorId, chosen?: Posture): { text: string; breaks: boolean } | null {
  if (tieOf(game, side, other) === 'none') return null;
  const g = grievanceAhead(game, side, other, { a: chosen });
  // A grievance a hair from what the tie can bear is shown to the hundredth, or "4.0, past the 4.0" reads as a slip.
  const level = (x: number) => fixed(x, Math.abs(x - g.limit) < 0.05 ? 2 : 1);
  if (g.walkOut.b > 0) {
    // Walking out to no tie at all leaves nothing to break (the walk-out warning says what it costs).
    if (tieFromPostures(chosen ?? game.postures[side]![other]!, game.postures[other]![side]!) === 'none') return null;
    const breaks = Math.max(g.a, g.b) > g.limit;
    return { text: t('play.decisions.strainedIfChosen', { breaks: breaks ? 'yes' : 'no', other: nameOf(game.scenario, other), walk: fixed(g.walkOut.b), level: level(g.b), limit: fixed(g.limit) }), breaks };
  }
  const worst = Math.max(g.a, g.b);
  if (worst < STRAIN_SHOWN * g.limit) return null;
  const mineHigh = g.a >= STRAIN_SHOWN * g.limit;
  const theirsHigh = g.b >= STRAIN_SHOWN * g.limit;
  const breaks = worst > g.limit;
  const text = t('play.decisions.strained', {
    breaks: breaks ? 'yes' : 'no',
    who: mineHigh && theirsHigh ? 'both' : mineHigh ? 'you' : 'them',
    other: nameOf(game.scenario, other),
    level: level(mineHigh && theirsHigh ? worst : mineHigh ? g.a : g.b),
    limit: fixed(g.limit),
    burden: g.burden ? 'yes' : 'no',
    burdened: g.burden?.actor === side ? 'you' : 'them',
    perYear: fixed(g.burden?.perYear ?? 0),
  });
  return { text, breaks };
}
