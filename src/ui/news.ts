// The news feed: the turns played so far, newest first, as headlines drawn from the game's log.
import { tx } from '../i18n';
import { lookup, type ActorId, type GameState } from '../engine';
import { crisisTitle } from './consequences';
import { h, section } from './dom';
import { stateAt } from './timeline';
import { supportWord, backedDown, choiceLabel, tieChangeWhy, tieWord, nameOf, periodOf, quoted } from './words';

function headlines(game: GameState, turn: number, people: readonly ActorId[]): string[] {
  const record = game.log[turn - 1]!;
  const before = stateAt(game, turn);
  const name = (id: ActorId) => nameOf(game.scenario, id);
  const out: string[] = [];
  for (const c of record.crises) {
    const crisis = before.agenda.crises.find((x) => x.id === c.crisis);
    const title = crisis ? crisisTitle(before, crisis) : `${name(c.initiator)} against ${name(c.target)}`;
    const result = c.escalated ? `clash — ${name(c.winner)} prevailed` : `${name(backedDown(c))} backed down`;
    const theirs = c.answers.filter((a) => people.includes(a.callee) || people.includes(a.caller)).map((a) => `${name(a.callee)} gave ${name(a.caller)} ${supportWord(a.delivered)}`);
    out.push(`${title}: ${result}.${theirs.length > 0 ? ` ${theirs.join('; ')}.` : ''}`);
  }
  for (const c of record.tieChanges) out.push(`${name(c.a)}–${name(c.b)}: ${tieWord(c.from)} → ${tieWord(c.to)} (${tieChangeWhy(c.reason)}).`);
  for (const c of record.choices) {
    if (people.includes(c.decider)) continue;
    const event = lookup(game.scenario).event.get(c.event)!;
    out.push(`${name(c.decider)}: “${choiceLabel(event, c.choice)}” (${quoted(tx(event.title))}).`);
  }
  return out.length > 0 ? out : ['A quiet turn.'];
}

export function newsFeed(game: GameState, people: readonly ActorId[]): HTMLElement {
  const box = section('news', 'News', 2, { class: 'panel' });
  if (game.log.length === 0) {
    box.append(h('p', { class: 'meta' }, 'Nothing has happened yet: the news of each turn appears here once it is resolved.'));
    return box;
  }
  const list = h('ol', { class: 'news', attrs: { reversed: true } });
  for (let turn = game.log.length; turn >= 1; turn--) {
    list.append(h('li', {}, h('h3', {}, `Turn ${turn} · ${periodOf(game.scenario, turn)}`), h('ul', {}, ...headlines(game, turn, people).map((t) => h('li', {}, t)))));
  }
  box.append(list);
  return box;
}
