// The decision panel of the side deciding: an answer per call, a choice per event, a posture per actor, with what
// each option risks and the two gauges per tie. Every change is a request to the flow; the radios show what it accepted.
import { tx } from '../i18n';
import { POSTURES, expectedOf, gauges, gaugesIf, legalOptions, withPostures, type ChoiceDef, lookup, tieOf, type ActorId, type GameState, type LegalOptions, type Posture, type SupportLevel } from '../engine';
import type { Advisory } from '../ai/advisor';
import { gameInPlay, viewOf, type SideView } from '../machine';
import { answerOutlook, calledByBoth, crisisTitle, optionEffects, outlookLine } from './consequences';
import { gameOf, type Ui } from './context';
import { button, h, pct, radioGroup, section, type RadioGroup } from './dom';
import { gaugePair } from './gauges';
import { term } from './terms';
import { adviceFor } from './reasons';
import { POSTURE_HINT, POSTURE_LABEL, SUPPORT_HINT, SUPPORT_LABEL, SUPPORT_WORD, nameOf, quotes, theatreName, tieWords } from './words';
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

export function decisionPanel(ui: Ui, rules: PanelRules): Panel {
  // The position with the people's calls made: only calls made are answered.
  const game = gameInPlay(ui.snapshot.context) ?? gameOf(ui);
  const { scenario } = game;
  const side = ui.snapshot.context.players[ui.snapshot.context.seat]!;
  const hotSeat = ui.snapshot.context.players.length > 1;
  const options = legalOptions(game, side);
  const name = (id: ActorId) => (id === side ? 'you' : nameOf(scenario, id));
  const syncs: ((view: SideView) => void)[] = [];
  const adviceSlots = new Map<string, HTMLElement>();

  const heading = h('h2', { id: 'screen-title', attrs: { tabindex: '-1' } }, hotSeat ? `${nameOf(scenario, side)} decides — turn ${game.turn}` : `Your decisions — turn ${game.turn}`);
  const refusals = h('div', { id: 'refusals', attrs: { role: 'alert' } });
  syncs.push((view) => {
    refusals.replaceChildren(...(view.refusals.length > 0 ? [h('p', {}, 'The game refused that:'), h('ul', {}, ...view.refusals.map((r) => h('li', {}, r.message)))] : []));
  });

  // ---- calls for support, grouped by crisis
  const calls = section('calls', 'Calls for support');
  const byCrisis = new Map<string, LegalOptions['calls']>();
  for (const call of options.calls) byCrisis.set(call.crisis, [...(byCrisis.get(call.crisis) ?? []), call]);
  for (const [crisisId, list] of byCrisis) {
    const crisis = game.agenda.crises.find((c) => c.id === crisisId)!;
    const event = crisis.event ? lookup(scenario).event.get(crisis.event) : undefined;
    const block = h(
      'div',
      { class: 'crisis' },
      h('h3', {}, crisisTitle(game, crisis)),
      h('p', { class: 'meta' }, `${nameOf(scenario, crisis.initiator)} challenges ${nameOf(scenario, crisis.target)} in ${theatreName(scenario, crisis.theatre)}.`),
      event?.kind === 'crisis' ? h('p', {}, tx(event.text)) : null,
      calledByBoth(crisis, side)
        ? h('p', { class: 'expects' }, `You are tied to both ${nameOf(scenario, crisis.initiator)} and ${nameOf(scenario, crisis.target)}, so each calls on you: answer each call apart. Each side weighs your answer to its own call.`)
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
        legend: `${callerName} calls on you`,
        describedBy: outlookNote.id,
        options: call.levels.map((level) => {
          const hint = h('span', {}, SUPPORT_HINT[level]);
          hints.set(level, hint);
          return { value: level, label: level === call.expected ? `${SUPPORT_LABEL[level]} (what ${callerName} expects)` : SUPPORT_LABEL[level], hint };
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
        outlookNote.textContent = `${callerName} expects ${SUPPORT_WORD[outlook.expected]}: ${outlook.why}. The chances of escalation below assume the others called give what they are expected to.`;
        for (const o of outlook.levels) hints.get(o.level)!.textContent = `${SUPPORT_HINT[o.level]} ${outlookLine(o, callerName, outlook.expected)}`;
        unanswered.textContent = given === undefined ? 'Not answered yet: if you submit now, you stay neutral.' : '';
      });
    }
    block.append(quotes(scenario, event?.sources ?? lookup(scenario).theatre.get(crisis.theatre)?.sources) ?? '');
    calls.append(block);
  }

  // ---- events the side decides
  const events = section('events', 'Events to decide');
  for (const choice of options.choices) {
    const event = lookup(scenario).event.get(choice.event)!;
    const defs = event.choices!;
    const unanswered = h('p', { class: 'unanswered' });
    const text = h('p', { id: `event-text-${cssId(choice.id)}` }, tx(event.text));
    const group = radioGroup<string>({
      id: `choice-${cssId(choice.id)}`,
      legend: tx(event.title),
      describedBy: text.id,
      options: defs.map((d) => ({
        value: d.id,
        label: tx(d.label),
        hint: [d.text === undefined ? undefined : tx(d.text), `Expect: ${optionEffects(game, side, d).join('; ')}.`].filter(Boolean).join(' '),
      })),
      checked: undefined,
      onChange: (option) => ui.send({ type: 'CHOOSE', side, choice: choice.id, option }),
      extra: [text, event.theatre ? h('p', { class: 'meta' }, `In ${theatreName(scenario, event.theatre)}: the effects grow with its tension (now ${pct(game.tension[event.theatre] ?? 0)}).`) : null],
    });
    const slot = h('p', { class: 'advice' });
    adviceSlots.set(`choice:${choice.id}`, slot);
    group.node.append(unanswered, slot, quotes(scenario, event.sources) ?? '');
    events.append(group.node);
    syncs.push((view) => {
      const given = view.decisions[side]?.choices?.[choice.id];
      group.set(given);
      // Events are resolved after the ties: what a partner expects of you is judged by the tie your postures make.
      const chosen = view.decisions[side]?.postures ?? {};
      const planned = withPostures(game, side, chosen);
      for (const d of defs) {
        const hint = group.node.querySelector(`[id="choice-${cssId(choice.id)}-${d.id}-hint"]`);
        if (hint) hint.textContent = [d.text, `Expect: ${optionEffects(planned, side, d).join('; ')}.`, ...warmerTieNotes(game, side, chosen, d)].filter(Boolean).join(' ');
      }
      unanswered.textContent = given === undefined ? `Not chosen yet: if you submit now, “${defs[0]!.label}” is taken.` : '';
    });
  }

  // ---- a crisis of the side's own making, to open next turn
  const challenge = section('challenge', 'Start a crisis');
  if (options.challenges.length > 0) {
    const key = (c: { theatre: string; target: ActorId }) => `${c.theatre}|${c.target}`;
    const select = h(
      'select',
      { id: 'challenge-choice', attrs: { 'aria-describedby': 'challenge-hint' } },
      h('option', { attrs: { value: '' } }, 'No: start no crisis'),
      ...options.challenges.map((c) =>
        h('option', { attrs: { value: key(c) } }, `Press ${nameOf(scenario, c.target)} in ${theatreName(scenario, c.theatre)} (tension ${pct(game.tension[c.theatre] ?? 0)})`),
      ),
    );
    select.addEventListener('change', () => {
      const picked = options.challenges.find((c) => key(c) === select.value) ?? null;
      ui.send({ type: 'CHALLENGE', side, challenge: picked });
    });
    challenge.append(
      h('p', { id: 'challenge-hint', class: 'meta' }, 'A crisis you start opens next turn: you call on partners in public, see who answers, then press on, stand firm or back down. The tenser the theatre, the graver it is.'),
      h('label', { attrs: { for: 'challenge-choice' } }, 'Press a rival '),
      select,
    );
    syncs.push((view) => {
      const set = view.decisions[side]?.challenge;
      select.value = set ? key(set) : '';
    });
  }

  // ---- postures toward every other actor
  const postures = section('postures', 'Your postures');
  postures.append(
    h('p', {}, 'A tie is what both sides agree on: the lesser of your posture and theirs takes effect when the turn is resolved.'),
    h('dl', { class: 'posture-key' }, ...POSTURES.slice().reverse().flatMap((p) => [h('dt', {}, term(p, POSTURE_LABEL[p])), h('dd', {}, POSTURE_HINT[p])])),
    h('p', { class: 'meta' }, 'Abandonment risk: the chance a partner fails you in your next crisis. Entrapment risk: the chance its conflicts drag you into a clash.'),
  );
  const quiet = h('details', { class: 'quiet' }, h('summary', {}, 'Powers you hedge with and who hedge with you'));
  let quietCount = 0;
  for (const other of othersByCloseness(game, side, options)) {
    const legal = options.postures[other]!;
    const tie = tieOf(game, side, other);
    const theirs = game.postures[other]![side]!;
    const otherName = nameOf(scenario, other);
    const status = h('p', { class: 'meta', id: `posture-status-${cssId(other)}` }, `Tie now: ${tieWords(game, side, other)}. ${otherName} stands at ${POSTURE_LABEL[theirs].toLowerCase()} toward you. Your trust in ${otherName}: ${pct(game.trust[side]![other]!)}.`);
    const cooling = legal.length === 1 ? h('p', { class: 'meta' }, `Your tie with ${otherName} broke recently: you can only hedge until it has cooled down.`) : null;
    const group = radioGroup<Posture>({
      id: `posture-${cssId(other)}`,
      legend: otherName,
      describedBy: status.id,
      class: 'posture',
      options: POSTURES.filter((p) => legal.includes(p))
        .slice()
        .reverse()
        .map((p) => ({ value: p, label: POSTURE_LABEL[p] })),
      checked: game.postures[side]![other],
      onChange: (posture) => ui.send({ type: 'POSTURE', side, toward: other, posture }),
      extra: [status, cooling],
    });
    const warning = h('p', { class: 'warning', attrs: { 'aria-live': 'polite' } });
    const gaugeBox = h('div');
    const slot = h('p', { class: 'advice' });
    adviceSlots.set(`posture:${other}`, slot);
    group.node.append(warning, gaugeBox, slot, button(`${otherName}’s dossier`, () => ui.showDossier(other, true), { class: 'link', id: `dossier-${cssId(other)}` }));
    const inQuiet = tie === 'none' && theirs === 'hedge' && game.postures[side]![other] === 'hedge';
    if (inQuiet) quietCount++;
    (inQuiet ? quiet : postures).append(group.node);
    syncs.push((view) => {
      const chosen = view.decisions[side]?.postures?.[other] ?? game.postures[side]![other]!;
      group.set(chosen);
      warning.textContent =
        tie === 'alliance' && chosen !== 'ally' ? `Walking out of the alliance with ${otherName} costs you reputation with everyone, not only with ${otherName}.` : '';
      // Beside the gauges as they stand, where the posture chosen (not yet resolved) would take them.
      const ifChosen = chosen !== game.postures[side]![other] ? gaugesIf(game, side, other, chosen) : undefined;
      gaugeBox.replaceChildren(tie !== 'none' || chosen !== 'hedge' || ifChosen ? gaugePair(otherName, gauges(game, side, other), advisedGauges(other), null, ifChosen) : '');
    });
  }
  if (quietCount > 0) postures.append(quiet);

  // ---- the advisor, on request
  let advice: Advisory | null = null;
  const advisedGauges = (other: ActorId) => advice?.postures.concat(advice.answers, advice.choices).flatMap((a) => a.gauges).find((g) => g.other === other)?.expected;
  const adviceBox = h('div', { id: 'advisor', attrs: { 'aria-live': 'polite' } });
  const askButton = button('Ask your advisor', () => ui.setAdvisorOpen(!ui.advisorOpen), { id: 'ask-advisor', attrs: { 'aria-controls': 'advisor', 'aria-expanded': 'false' } });
  const showAdvice = (open: boolean) => {
    askButton.setAttribute('aria-expanded', String(open));
    askButton.textContent = open ? 'Hide the advice' : 'Ask your advisor';
    advice = open ? adviceFor(game, side) : null;
    for (const [key, slot] of adviceSlots) {
      const found = advice && [...advice.postures, ...advice.answers, ...advice.choices].find((a) => `${a.explanation.kind}:${a.explanation.ref}` === key);
      slot.textContent = found ? `Advisor: ${explanationText(scenario, found.explanation)}` : '';
    }
    if (!advice) return adviceBox.replaceChildren();
    const taken = advice;
    const changes = [...taken.answers, ...taken.choices, ...taken.postures.filter((p) => p.explanation.changed)];
    adviceBox.replaceChildren(
      h('h3', {}, 'Your advisor says'),
      h('ul', {}, ...(changes.length > 0 ? changes : taken.postures.slice(0, 3)).map((a) => h('li', {}, explanationText(scenario, a.explanation)))),
      ...(taken.outlook ? [h('p', {}, outlookText(taken.outlook))] : []),
      h('p', { class: 'meta' }, 'The advisor plays whole courses to the end of the game a few times with the rules of the game, and each option of this turn a turn or two ahead. Its expected gauges appear beside each tie.'),
      button('Follow all of this advice', () => {
        for (const [toward, posture] of Object.entries(taken.decision.postures ?? {})) ui.send({ type: 'POSTURE', side, toward, posture });
        for (const [call, level] of Object.entries(taken.decision.answers ?? {})) ui.send({ type: 'ANSWER', side, call, level });
        for (const [choice, option] of Object.entries(taken.decision.choices ?? {})) ui.send({ type: 'CHOOSE', side, choice, option });
        ui.announce('The advisor’s choices are set. You can still change any of them.');
      }, { id: 'follow-advice' }),
    );
  };

  // ---- submit
  const summary = h('p', { id: 'submit-summary' });
  const submit = button(hotSeat ? `Submit ${nameOf(scenario, side)}’s decisions` : 'Submit decisions', () => ui.send({ type: 'SUBMIT', side }), {
    id: 'submit',
    class: 'primary',
    attrs: { 'aria-describedby': 'submit-summary' },
  });
  const clear = button('Undo my choices this turn', () => ui.send({ type: 'CLEAR', side }), { id: 'clear' });
  syncs.push((view) => {
    const open = view.unanswered.calls.length + view.unanswered.choices.length;
    summary.textContent = open > 0 ? `${open} ${open === 1 ? 'item is' : 'items are'} still open: unanswered calls count as neutrality, undecided events take their first option.` : 'Everything is decided.';
  });

  const node = h(
    'div',
    { class: 'screen decisions' },
    heading,
    h('p', { class: 'meta' }, hotSeat ? `Only ${nameOf(scenario, side)} should be looking at the screen.` : 'Answer the calls, decide the events, set your postures, then submit. Nothing happens until you submit.'),
    refusals,
    rules.advisor ? h('div', { class: 'toolbar' }, askButton) : null,
    rules.advisor ? adviceBox : null,
    options.calls.length > 0 ? calls : h('p', {}, `No one calls on ${name(side)} this turn.`),
    options.choices.length > 0 ? events : null,
    options.challenges.length > 0 ? challenge : null,
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

/** Where you offer a partner a warmer tie than it holds (an offer made now, or one still open from before), and it
 *  meets you this very turn, the tie forms before the event and the partner expects more of this option: say so,
 *  since its own choice is not yet known. */
export function warmerTieNotes(game: GameState, side: ActorId, chosen: Readonly<Record<ActorId, Posture>>, option: ChoiceDef): string[] {
  const notes: string[] = [];
  for (const fx of option.effects) {
    const mine = fx.kind === 'support' ? (chosen[fx.to] ?? game.postures[side]?.[fx.to]) : undefined;
    if (fx.kind !== 'support' || mine === undefined) continue;
    const met = { ...game, postures: { ...game.postures, [fx.to]: { ...game.postures[fx.to]!, [side]: mine } } };
    // The pair's tie settled as if both postures held (the offer may predate this turn, so it is not among `chosen`).
    const expected = expectedOf(withPostures(met, side, { ...chosen, [fx.to]: mine }), fx.to, side);
    if (expected > fx.level && expected > expectedOf(withPostures(game, side, chosen), fx.to, side)) {
      notes.push(`If ${nameOf(game.scenario, fx.to)} meets your posture this turn, it will expect ${SUPPORT_WORD[expected]} here, and this falls short.`);
    }
  }
  return notes;
}

/** Ids from call and event ids, which hold dots and colons. */
export const cssId = (id: string): string => id.replace(/[^A-Za-z0-9_-]/g, '_');
