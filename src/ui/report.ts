// The turn report: what the engine recorded for the turn just resolved — how each crisis ended and who stood by whom,
// the events decided, the ties that changed and why, how trust and standing moved — and why the others acted as they did.
import { tx } from '../i18n';
import { METRICS, lastTurn, lookup, score, type ActorId, type Part, type Why, type CrisisOutcome, type GameState, type TurnRecord } from '../engine';
import { crisisTitle, owedOnlyRestraint } from './consequences';
import { gameOf, type Ui } from './context';
import { button, h, pct, section, signed, tableWrap } from './dom';
import { term } from './terms';
import { explainOthers, relevantTo } from './reasons';
import { stateAt, turnWhy } from './timeline';
import { METRIC_WORD, POSTURE_LABEL, backedDown, crisisEndWords, ownCrisisWords, partsWords, SUPPORT_WORD, tieChangeWords, cap, endingText, listWords, nameOf, points, quoted } from './words';
import { explanationText } from './explainWords';

function crisisBlock(before: GameState, outcome: CrisisOutcome, name: (id: ActorId) => string): HTMLElement {
  const crisis = before.agenda.crises.find((c) => c.id === outcome.crisis);
  const title = crisis ? crisisTitle(before, crisis) : `${name(outcome.initiator)} against ${name(outcome.target)}`;
  const result = crisisEndWords(before.scenario, outcome, name);
  const restrained = owedOnlyRestraint(before, outcome, outcome.answers);
  const twice = (callee: ActorId) => outcome.answers.filter((a) => a.callee === callee).length > 1;
  const rows = outcome.answers.map((a) => {
    const short = a.delivered < a.expected;
    return h(
      'tr',
      {},
      h('th', { attrs: { scope: 'row' } }, cap(name(a.callee)), twice(a.callee) ? h('span', { class: 'meta' }, ' (tied to both sides)') : null),
      h('td', {}, name(a.caller)),
      h('td', {}, SUPPORT_WORD[a.expected]),
      h('td', {}, SUPPORT_WORD[a.delivered], short ? h('strong', {}, ' ✗ short') : ' ✓'),
      h('td', {}, a.cost > 0 ? a.cost.toFixed(1) : '—'),
    );
  });
  return h(
    'article',
    { class: `outcome ${outcome.escalated ? 'escalated' : 'calm'}` },
    h('h3', {}, title),
    h('p', {}, h('strong', {}, outcome.escalated ? '⚠ Clash: ' : name(backedDown(outcome)) === 'you' ? '↩ No clash: ' : '✓ Defused: '), result),
    rows.length > 0
      ? tableWrap(
          `Who stood by whom: ${title}`,
          h(
            'table',
            {},
            h('caption', {}, 'Who stood by whom'),
            h('thead', {}, h('tr', {}, ...['Called', 'By', 'Expected', 'Gave', 'Cost (points)'].map((t) => h('th', { attrs: { scope: 'col' } }, t)))),
            h('tbody', {}, ...rows),
          ),
        )
      : h('p', { class: 'meta' }, 'No one was called on.'),
    restrained.length > 0
      ? h('p', { class: 'meta' }, `${cap(name(outcome.initiator))} ${name(outcome.initiator) === 'you' ? 'were' : 'was'} the challenger, so under their treaties’ terms ${listWords(restrained.map(name))} owed ${name(outcome.initiator) === 'you' ? 'you' : 'it'} only neutrality.`)
      : null,
  );
}

function trustMoves(before: GameState, after: GameState, side: ActorId, name: (id: ActorId) => string, why: Why, viewer: ActorId | null): HTMLElement {
  const moves: { text: string; size: number }[] = [];
  for (const a of before.scenario.actors) {
    if (a.id === side) continue;
    const mine = [before.trust[side]![a.id]!, after.trust[side]![a.id]!] as const;
    const theirs = [before.trust[a.id]![side]!, after.trust[a.id]![side]!] as const;
    const line = (label: string, [from, to]: readonly [number, number], parts: readonly Part[]) => {
      if (Math.abs(to - from) < 0.005) return;
      const delta = Math.round((to - from) * 100);
      const because = partsWords(before, parts, viewer, 100, 0);
      moves.push({ text: `${label}: ${pct(from)} → ${pct(to)} (${to > from ? '▲ up' : '▼ down'} ${points(Math.abs(delta))})${because ? `: ${because} points` : ''}`, size: Math.abs(to - from) });
    };
    line(`${name(side) === 'you' ? 'Your' : `${name(side)}’s`} trust in ${a.name}`, mine, why.trust[side]![a.id]!);
    line(`${a.name}’s trust in ${name(side)}`, theirs, why.trust[a.id]![side]!);
  }
  moves.sort((x, y) => y.size - x.size);
  return moves.length > 0 ? h('ul', {}, ...moves.slice(0, 10).map((m) => h('li', {}, m.text))) : h('p', {}, 'Trust hardly moved.');
}

function standingMoves(before: GameState, after: GameState, side: ActorId, why: Why, viewer: ActorId | null): HTMLElement {
  const rows = METRICS.map((m) => {
    const from = before.metrics[side]![m];
    const to = after.metrics[side]![m];
    return h(
      'tr',
      {},
      h('th', { attrs: { scope: 'row' } }, METRIC_WORD[m]),
      h('td', {}, from.toFixed(1)),
      h('td', {}, to.toFixed(1)),
      h('td', {}, signed(to - from)),
      h('td', { class: 'why-parts' }, partsWords(before, why.metrics[side]![m], viewer) || '—'),
    );
  });
  const s0 = score(before, side);
  const s1 = score(after, side);
  rows.push(h('tr', { class: 'total' }, h('th', { attrs: { scope: 'row' } }, 'score'), h('td', {}, s0.toFixed(1)), h('td', {}, s1.toFixed(1)), h('td', {}, signed(s1 - s0)), h('td', { class: 'why-parts' }, 'your interests weigh each change')));
  return tableWrap(
    `${nameOf(before.scenario, side)}: before and after, and why`,
    h('table', { class: 'why-table' }, h('caption', {}, `${nameOf(before.scenario, side)}: before and after, and why`), h('thead', {}, h('tr', {}, ...['', 'Before', 'After', 'Change', 'Because of'].map((t) => h('th', { attrs: { scope: 'col' } }, t)))), h('tbody', {}, ...rows)),
  );
}

/** The postures a side changed this turn, in words. */
function postureChanges(before: GameState, record: TurnRecord, side: ActorId, name: (id: ActorId) => string): string[] {
  return Object.entries(record.decisions[side]?.postures ?? {})
    .filter(([other, p]) => before.postures[side]![other] !== p)
    .map(([other, p]) => `${name(side) === 'you' ? 'You' : name(side)} moved from ${POSTURE_LABEL[before.postures[side]![other]!].toLowerCase()} to ${POSTURE_LABEL[p].toLowerCase()} toward ${name(other)}.`);
}

export function reportScreen(ui: Ui): HTMLElement {
  const game = gameOf(ui);
  const { scenario } = game;
  const { players } = ui.snapshot.context;
  const viewer = players.length === 1 ? players[0]! : null;
  const name = (id: ActorId) => (id === viewer ? 'you' : nameOf(scenario, id));
  const record = game.log[game.log.length - 1]!;
  // The turn's start with the calls made, and why each metric and each trust moved.
  const { before, why } = turnWhy(game, record.turn);
  const after = stateAt(game, record.turn + 1);

  const crises = section('outcomes', 'Crises');
  if (record.crises.length === 0) crises.append(h('p', {}, 'No crisis broke out.'));
  for (const outcome of record.crises) crises.append(crisisBlock(before, outcome, name));

  const decided = section('decided', 'Decisions');
  const lines: string[] = players.flatMap((p) => postureChanges(before, record, p, name));
  for (const c of record.crises) {
    const side = players.find((p) => p === c.initiator || p === c.target);
    if (side) lines.push(`In the crisis between ${name(c.initiator)} and ${name(c.target)}: ${ownCrisisWords(before, record, c, side, name)}`);
  }
  for (const c of record.choices) {
    const event = lookup(scenario).event.get(c.event)!;
    const label = event.choices!.find((x) => x.id === c.choice)?.label ?? c.choice;
    lines.push(`${cap(name(c.decider))} chose “${label}” on ${quoted(tx(event.title))}.`);
  }
  decided.append(lines.length > 0 ? h('ul', {}, ...lines.map((l) => h('li', {}, l))) : h('p', {}, 'No one changed course.'));

  const ties = section('tie-changes', 'Ties');
  ties.append(
    record.tieChanges.length > 0
      ? h('ul', {}, ...record.tieChanges.map((c) => h('li', {}, tieChangeWords(c, name))))
      : h('p', {}, 'No tie changed.'),
  );

  const trust = section('trust-moves', 'Trust');
  trust.querySelector('h2')!.replaceChildren(term('trust', 'Trust'));
  for (const side of players) trust.append(players.length > 1 ? h('h3', {}, nameOf(scenario, side)) : '', trustMoves(before, after, side, name, why, viewer));

  const standing = section('standing-moves', players.length > 1 ? 'Standing' : 'Your standing');
  for (const side of players) standing.append(standingMoves(before, after, side, why, viewer));

  const others = section('why', 'Why the others acted');
  // A tie that changed is told in "Ties" by what both sides chose; a reason given before the other side chose
  // ("it holds back for now") would contradict it.
  const changed = new Set(record.tieChanges.map((c) => [c.a, c.b].sort().join('|')));
  const reasons = relevantTo(explainOthers(before, record.decisions, players, viewer), players).filter(
    (e) => !(e.kind === 'posture' && e.target && changed.has([e.actor, e.target].sort().join('|'))),
  );
  others.append(reasons.length > 0 ? h('ul', {}, ...reasons.slice(0, 12).map((e) => h('li', {}, explanationText(scenario, e)))) : h('p', {}, 'The other powers held their course.'));

  const over = game.ending !== null;
  return h(
    'div',
    { class: 'screen report' },
    h('h2', { id: 'screen-title', attrs: { tabindex: '-1' } }, `Report — turn ${record.turn}`),
    over ? h('p', { class: 'ending', attrs: { role: 'status' } }, `The game is over. ${endingText(scenario, game.ending!)}`) : null,
    crises,
    decided,
    ties,
    trust,
    standing,
    others,
    h('div', { class: 'toolbar' }, button(over ? 'See how it ended' : `Next turn (${record.turn + 1} of ${lastTurn(game)})`, () => ui.send({ type: 'CONTINUE' }), { id: 'continue', class: 'primary' })),
  );
}
