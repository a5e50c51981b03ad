// The turn report: what the engine recorded for the turn just resolved — how each crisis ended and who stood by whom,
// the events decided, the ties that changed and why, how trust and standing moved — and why the others acted as they did.
import { endingText } from '../i18n/engineWords';
import { t, tx, listWords } from '../i18n/core';
import { METRICS, lastTurn, lookup, score, trustIn, type ActorId, type Part, type Why, type CrisisOutcome, type GameState, type TieChange, type TurnRecord } from '../engine';
import { crisisTitle, owedOnlyRestraint } from './consequences';
import { gameOf, type Ui } from './context';
import { button, h, pct, section, signed, tableWrap, type Child } from './dom';
import { term } from './terms';
import { explainOthers, relevantTo } from './reasons';
import { stateAt, turnWhy } from './timeline';
import { answerMark } from './playback/steps';
import { namesFor, type Name } from './reportWords';
import { metricWord, backedDown, choiceLabel, crisisEndWords, ownCrisisWords, movedWords, strainBreak, brokeWords, supportWord, theatreName, tieChangeWords, tieChangeGroups, formedManyWords, cap, labelOf, nameOf, quoted, fixed } from './words';
import { explanationText } from './explainWords';
import { units } from './apportion';
import { grievanceRiseWords, type TurnTold } from './grievanceWords';

/** One crisis of the turn; `players`, the sides played at the screen: a climb-down by one of them is no defusing to cheer. */
function crisisBlock(before: GameState, outcome: CrisisOutcome, name: Name, viewer: ActorId | null, players: readonly ActorId[]): HTMLElement {
  const crisis = before.agenda.crises.find((c) => c.id === outcome.crisis);
  const title = crisis ? crisisTitle(before, crisis, viewer) : t('report.report.against', { initiator: name(outcome.initiator), target: name(outcome.target) });
  const result = crisisEndWords(before.scenario, outcome, name);
  const restrained = owedOnlyRestraint(before, outcome, outcome.answers);
  const twice = (callee: ActorId) => outcome.answers.filter((a) => a.callee === callee).length > 1;
  const columns = [t('report.report.called'), t('report.report.by'), t('report.report.expected'), t('report.report.gave'), t('report.report.cost')];
  // Each cell carries its column's name: on a phone the rows become cards that name what each figure is.
  const cell = (col: number, ...children: Child[]) => h('td', { attrs: { 'data-label': columns[col]! } }, ...children);
  const rows = outcome.answers.map((a) => {
    const short = a.delivered < a.expected;
    return h(
      'tr',
      {},
      h('th', { attrs: { scope: 'row' } }, cap(name(a.callee)), twice(a.callee) ? h('span', { class: 'meta' }, ` ${t('report.report.tiedToBoth')}`) : null),
      cell(1, name(a.caller)),
      cell(2, supportWord(a.expected)),
      cell(3, supportWord(a.delivered), short ? h('strong', {}, ` ${answerMark({ given: a.delivered, expected: a.expected })}`) : ` ${answerMark({ given: a.delivered, expected: a.expected })}`),
      cell(4, a.cost > 0 ? fixed(a.cost) : '—'),
    );
  });
  return h(
    'article',
    { class: `outcome ${outcome.escalated ? 'escalated' : 'calm'}` },
    h('h3', {}, title),
    h('p', {}, h('strong', {}, outcome.escalated ? t('report.report.clash') : players.includes(backedDown(outcome)) ? t('report.report.noClash') : t('report.report.defused')), result),
    rows.length > 0
      ? tableWrap(
          t('report.report.whoStoodBy', { title }),
          h(
            'table',
            { class: 'stood' },
            h('caption', {}, t('report.report.whoStood')),
            h('thead', {}, h('tr', {}, ...columns.map((col) => h('th', { attrs: { scope: 'col' } }, col)))),
            h('tbody', {}, ...rows),
          ),
        )
      : h('p', { class: 'meta' }, t('report.report.noCalls')),
    restrained.length > 0
      ? h('p', { class: 'meta' }, t('report.report.restrained', { you: outcome.initiator === viewer ? 'yes' : 'no', initiator: cap(name(outcome.initiator)), list: listWords(restrained.map(name)) }))
      : null,
  );
}

/** How `side`'s trust in each other power, and theirs in it, moved over the turn and why: the ten largest moves. */
export function trustLines(before: GameState, after: GameState, side: ActorId, why: Why, viewer: ActorId | null): string[] {
  const name = namesFor(before.scenario, viewer);
  const moves: { text: string; size: number }[] = [];
  for (const a of before.scenario.actors) {
    if (a.id === side) continue;
    const mine = [trustIn(before, side, a.id), trustIn(after, side, a.id)] as const;
    const theirs = [trustIn(before, a.id, side), trustIn(after, a.id, side)] as const;
    const changes = after.log[after.log.length - 1]?.tieChanges ?? [];
    const line = (label: string, [from, to]: readonly [number, number], parts: readonly Part[], truster: ActorId, trusted: ActorId) => {
      const moved = movedWords(before, parts, [from, to], { scale: 100, digits: 0 }, viewer, truster, { id: trusted, changes });
      // A move too small to show in the figures, with nothing to tell of it, is no move.
      if (moved.change === 0 && !moved.parts) return;
      const up = moved.change > 0 ? 'yes' : moved.change < 0 ? 'no' : 'same';
      const text = cap(t('report.report.trustMove', { label, from: pct(from), to: pct(to), up, delta: Math.abs(moved.change), because: moved.parts, why: moved.parts ? 'yes' : 'no' }));
      moves.push({ text, size: Math.abs(to - from) });
    };
    const other = nameOf(before.scenario, a.id);
    line(side === viewer ? t('report.report.yourTrust', { other }) : t('report.report.trustIn', { actor: name(side), other }), mine, why.trust[side]![a.id]!, side, a.id);
    line(t('report.report.trustIn', { actor: other, other: name(side) }), theirs, why.trust[a.id]![side]!, a.id, side);
  }
  moves.sort((x, y) => y.size - x.size);
  return moves.slice(0, 10).map((m) => m.text);
}

function trustMoves(before: GameState, after: GameState, side: ActorId, why: Why, viewer: ActorId | null): HTMLElement {
  const lines = trustLines(before, after, side, why, viewer);
  return lines.length > 0 ? h('ul', {}, ...lines.map((line) => h('li', {}, line))) : h('p', {}, t('report.report.trustStill'));
}

function standingMoves(before: GameState, after: GameState, side: ActorId, why: Why, viewer: ActorId | null): HTMLElement {
  const rows = METRICS.map((m) => {
    const from = before.metrics[side]![m];
    const to = after.metrics[side]![m];
    const moved = movedWords(before, why.metrics[side]![m], [from, to], {}, viewer, side);
    return h(
      'tr',
      {},
      h('th', { attrs: { scope: 'row' } }, metricWord(m)),
      h('td', {}, fixed(units(from, 1) / 10)),
      h('td', {}, fixed(units(to, 1) / 10)),
      h('td', {}, moved.amount),
      h('td', { class: 'why-parts' }, moved.parts || '—'),
    );
  });
  const s0 = score(before, side);
  const s1 = score(after, side);
  rows.push(h('tr', { class: 'total' }, h('th', { attrs: { scope: 'row' } }, t('report.report.score')), h('td', {}, fixed(units(s0, 1) / 10)), h('td', {}, fixed(units(s1, 1) / 10)), h('td', {}, signed((units(s1, 1) - units(s0, 1)) / 10)), h('td', { class: 'why-parts' }, t('report.report.scoreWhy'))));
  const caption = cap(t('report.report.beforeAfter', { actor: nameOf(before.scenario, side) }));
  const columns = ['', t('report.report.before'), t('report.report.after'), t('report.report.change'), t('report.report.because')];
  return tableWrap(
    caption,
    h('table', { class: 'why-table' }, h('caption', {}, caption), h('thead', {}, h('tr', {}, ...columns.map((col) => (col === '' ? h('td', {}) : h('th', { attrs: { scope: 'col' } }, col))))), h('tbody', {}, ...rows)),
  );
}

/** The postures a side changed this turn, in words. */
function postureChanges(before: GameState, record: TurnRecord, side: ActorId, name: Name, viewer: ActorId | null): string[] {
  return Object.entries(record.decisions[side]?.postures ?? {})
    .filter(([other, p]) => before.postures[side]![other] !== p)
    .map(([other, p]) => t('report.report.postureMoved', { you: side === viewer ? 'yes' : 'no', actor: name(side), from: before.postures[side]![other]!, to: p, other: name(other) }));
}

/** What the players decided this turn, a sentence each: the postures they changed, how they met their own crises, how
 *  they answered the calls made to them, the events they decided, and a crisis they chose to start next turn. */
export function decisionLines(before: GameState, record: TurnRecord, players: readonly ActorId[], viewer: ActorId | null): string[] {
  const name = namesFor(before.scenario, viewer);
  const lines: string[] = players.flatMap((p) => postureChanges(before, record, p, name, viewer));
  for (const c of record.crises) {
    const side = players.find((p) => p === c.initiator || p === c.target);
    if (side) lines.push(t('report.report.ownCrisis', { initiator: name(c.initiator), target: name(c.target), account: ownCrisisWords(before, record, c, side, name) }));
  }
  for (const crisis of before.agenda.crises) {
    for (const call of crisis.calls) {
      if (!players.includes(call.callee)) continue;
      const given = record.decisions[call.callee]?.answers?.[call.id] ?? 1;
      lines.push(
        t('report.report.answered', { you: call.callee === viewer ? 'yes' : 'no', callee: cap(name(call.callee)), caller: name(call.caller), crisis: crisisTitle(before, crisis, viewer), given: supportWord(given), expected: supportWord(call.expected) }),
      );
    }
  }
  for (const c of record.choices) {
    const event = lookup(before.scenario).event.get(c.event)!;
    lines.push(t('report.report.chose', { decider: cap(name(c.decider)), choice: quoted(choiceLabel(event, c.choice)), event: quoted(tx(event.title)) }));
  }
  for (const p of players) {
    const challenge = record.decisions[p]?.challenge;
    if (challenge) lines.push(t('report.report.challenged', { you: p === viewer ? 'yes' : 'no', actor: cap(name(p)), target: name(challenge.target), theatre: theatreName(before.scenario, challenge.theatre) }));
  }
  return lines;
}

/** A tie that changed, in a sentence; one a player held that broke under strain says that the break, not the
 *  player, set the player's stance to hedge, and, given the turn told (`told`), what raised the grievance that broke it. */
export function tieLine(record: TurnRecord, c: TieChange, players: readonly ActorId[], name: Name, after?: GameState, told?: TurnTold): string {
  const side = players.find((p) => strainBreak(record, p, p === c.a ? c.b : c.a) === c);
  return side ? brokeWords(c, side, name, after, told && grievanceRiseWords(told, c, name)) : tieChangeWords(c, name, after);
}

export function reportScreen(ui: Ui): HTMLElement {
  const game = gameOf(ui);
  const { scenario } = game;
  const { players } = ui.snapshot.context;
  const viewer = players.length === 1 ? players[0]! : null;
  const name = namesFor(scenario, viewer);
  const record = game.log[game.log.length - 1]!;
  // The turn's start with the calls made, and why each metric and each trust moved.
  const { before, why } = turnWhy(game, record.turn);
  const after = stateAt(game, record.turn + 1);

  const crises = section('outcomes', t('report.report.crises'));
  if (record.crises.length === 0) crises.append(h('p', {}, t('report.report.noCrisis')));
  for (const outcome of record.crises) crises.append(crisisBlock(before, outcome, name, viewer, players));

  const decided = section('decided', t('report.report.decisions'));
  const lines = decisionLines(before, record, players, viewer);
  decided.append(lines.length > 0 ? h('ul', {}, ...lines.map((l) => h('li', {}, l))) : h('p', {}, t('report.report.noChange')));

  const ties = section('tie-changes', t('report.report.ties'));
  ties.append(
    record.tieChanges.length > 0
      ? h('ul', {}, ...tieChangeGroups(record.tieChanges, players).map((g) => h('li', {}, g.length === 1 ? tieLine(record, g[0]!, players, name, after, { before, after, record, why }) : formedManyWords(g, name))))
      : h('p', {}, t('report.report.noTieChange')),
  );

  const trust = section('trust-moves', t('report.report.trust'));
  trust.querySelector('h2')!.replaceChildren(term('trust', t('report.report.trust')));
  for (const side of players) trust.append(players.length > 1 ? h('h3', {}, labelOf(scenario, side)) : '', trustMoves(before, after, side, why, viewer));

  const standing = section('standing-moves', players.length > 1 ? t('report.report.standing') : t('report.report.yourStanding'));
  for (const side of players) standing.append(standingMoves(before, after, side, why, viewer));

  const others = section('why', t('report.report.whyOthers'));
  // A tie that changed is told in "Ties" by what both sides chose; a reason given before the other side chose
  // ("it has not answered in kind yet") would contradict it.
  const changed = new Set(record.tieChanges.map((c) => [c.a, c.b].sort().join('|')));
  const reasons = relevantTo(explainOthers(before, record.decisions, players, viewer), players).filter(
    (e) => !(e.kind === 'posture' && e.target && changed.has([e.actor, e.target].sort().join('|'))),
  );
  // Where the only moves were ties made or left (told above), the others did not simply hold their course.
  const quiet = record.tieChanges.length > 0 ? t('report.report.othersHeldBeyondTies') : t('report.report.othersHeld');
  others.append(reasons.length > 0 ? h('ul', {}, ...reasons.slice(0, 12).map((e) => h('li', {}, explanationText(scenario, e)))) : h('p', {}, quiet));

  const over = game.ending !== null;
  return h(
    'div',
    { class: 'screen report' },
    h('h2', { id: 'screen-title', attrs: { tabindex: '-1' } }, t('report.report.title', { turn: record.turn })),
    over ? h('p', { class: 'ending', attrs: { role: 'status' } }, t('report.report.over', { ending: endingText(scenario, game.ending!) })) : null,
    crises,
    decided,
    ties,
    trust,
    standing,
    others,
    h('div', { class: 'toolbar' }, button(over ? t('report.report.seeEnd') : t('report.report.nextTurn', { next: record.turn + 1, last: lastTurn(game) }), () => ui.send({ type: 'CONTINUE' }), { id: 'continue', class: 'primary' })),
  );
}
