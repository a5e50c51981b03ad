// The news feed: the turns played so far, newest first, as headlines drawn from the game's log.
import { t, tx } from '../i18n/core';
import { lookup, type ActorId, type GameState } from '../engine';
import { crisisTitle } from './consequences';
import { h, section } from './dom';
import { stateAt } from './timeline';
import { supportWord, backedDown, choiceLabel, formedManyWords, tieChangeGroups, tieChangeWhyIn, tieWord, nameOf, periodOf, quoted, sentences } from './words';

function headlines(game: GameState, turn: number, people: readonly ActorId[]): string[] {
  const record = game.log[turn - 1]!;
  const before = stateAt(game, turn);
  const name = (id: ActorId) => nameOf(game.scenario, id);
  const out: string[] = [];
  for (const c of record.crises) {
    const crisis = before.agenda.crises.find((x) => x.id === c.crisis);
    const title = crisis ? crisisTitle(before, crisis) : t('play.news.against', { initiator: name(c.initiator), target: name(c.target) });
    const result = c.escalated ? t('play.news.clash', { title, winner: name(c.winner) }) : t('play.news.backedDown', { title, loser: name(backedDown(c)) });
    const theirs = c.answers
      .filter((a) => people.includes(a.callee) || people.includes(a.caller))
      .map((a) => t('play.news.gave', { callee: name(a.callee), caller: name(a.caller), support: supportWord(a.delivered) }));
    out.push(sentences(result, theirs.length > 0 && t('play.news.answers', { answers: theirs.join(t('play.words.partsJoin')) })));
  }
  // A tie lowered or broken says who walked out or whose strain it was, read off the state the turn left (replayed only
  // then).
  const ended = record.tieChanges.some((c) => c.reason !== 'formed');
  const after = ended ? stateAt(game, turn + 1) : undefined;
  for (const group of tieChangeGroups(record.tieChanges, people)) {
    const c = group[0]!;
    out.push(group.length > 1 ? formedManyWords(group, name) : t('play.news.tie', { a: name(c.a), b: name(c.b), from: tieWord(c.from), to: tieWord(c.to), why: tieChangeWhyIn(c, name, after) }));
  }
  for (const c of record.choices) {
    if (people.includes(c.decider)) continue;
    const event = lookup(game.scenario).event.get(c.event)!;
    out.push(t('play.news.choice', { decider: name(c.decider), label: quoted(choiceLabel(event, c.choice)), title: quoted(tx(event.title)) }));
  }
  return out.length > 0 ? out : [t('play.news.quiet')];
}

/** The feed of `game`'s turns; with `playingOut`, the last turn is still being played out on the map, and its news
 *  waits until it has been told there. */
export function newsFeed(game: GameState, people: readonly ActorId[], playingOut = false): HTMLElement {
  const box = section('news', t('play.news.heading'), 2, { class: 'panel' });
  const told = playingOut ? game.log.length - 1 : game.log.length;
  if (playingOut) box.append(h('p', { class: 'meta' }, t('play.news.playingOut', { turn: game.log.length })));
  if (told <= 0) {
    if (!playingOut) box.append(h('p', { class: 'meta' }, t('play.news.nothingYet')));
    return box;
  }
  const list = h('ol', { class: 'news', attrs: { reversed: true } });
  for (let turn = told; turn >= 1; turn--) {
    list.append(h('li', {}, h('h3', {}, t('play.news.turn', { turn, period: periodOf(game.scenario, turn) })), h('ul', {}, ...headlines(game, turn, people).map((t) => h('li', {}, t)))));
  }
  box.append(list);
  return box;
}
