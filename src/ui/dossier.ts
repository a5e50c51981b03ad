// An actor's dossier: who it is, what it cares about, how it behaves, where it stands with you, how trust has moved
// (a chart drawn from the game replayed turn by turn, with the same figures as a table), and the documents' words.
import { t, tx } from '../i18n/core';
import { METRICS, gauges, lookup, tieOf, grievanceAgainst, trustIn, type ActorId, type GameState, type TheatreDef } from '../engine';
import { cssPct, h, pct, s, section } from './dom';
import { term, withTerm } from './terms';
import { gaugePair } from './gauges';
import { statesOf, turnWhy } from './timeline';
import { cap, fixed, metricWord, movedWords, nameOf, postureLabel, quotes, tieWords, treatyOwes, trustWords } from './words';

const W = 320;
const H = 150;
const PAD = { left: 34, right: 10, top: 10, bottom: 26 };

/** Two lines over the turns: `side`'s trust in `other` (solid, circles) and `other`'s in `side` (dashed, squares). */
function trustChart(game: GameState, side: ActorId, other: ActorId): HTMLElement {
  const states = statesOf(game);
  const mine = states.map((st) => trustIn(st, side, other));
  const theirs = states.map((st) => trustIn(st, other, side));
  const n = states.length;
  const x = (i: number) => PAD.left + (n === 1 ? 0 : (i / (n - 1)) * (W - PAD.left - PAD.right));
  const y = (v: number) => PAD.top + (1 - v) * (H - PAD.top - PAD.bottom);
  const path = (vs: number[]) => vs.map((v, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const sideName = nameOf(game.scenario, side);
  const otherName = nameOf(game.scenario, other);
  const descId = `trust-chart-${side}-${other}`;
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-labelledby': descId });
  for (const v of [0, 0.5, 1]) {
    svg.append(s('line', { x1: PAD.left, x2: W - PAD.right, y1: y(v), y2: y(v), class: 'grid' }), s('text', { x: PAD.left - 4, y: y(v) + 4, 'text-anchor': 'end', class: 'axis' }, pct(v)));
  }
  for (let i = 0; i < n; i++) {
    const label = i === n - 1 && game.ending ? t('play.dossier.end') : String(i + 1);
    if (n <= 12 || i % Math.ceil(n / 10) === 0 || i === n - 1) svg.append(s('text', { x: x(i), y: H - 8, 'text-anchor': 'middle', class: 'axis' }, label));
  }
  svg.append(s('path', { d: path(mine), class: 'line mine' }), s('path', { d: path(theirs), class: 'line theirs' }));
  mine.forEach((v, i) => svg.append(s('circle', { cx: x(i), cy: y(v), r: 3.2, class: 'dot mine' })));
  theirs.forEach((v, i) => svg.append(s('rect', { x: x(i) - 3, y: y(v) - 3, width: 6, height: 6, class: 'dot theirs' })));

  const rows = states.map((_, i) =>
    h('tr', {}, h('th', { attrs: { scope: 'row' } }, i === n - 1 && game.ending ? t('play.dossier.end') : t('play.dossier.turnN', { turn: i + 1 })), h('td', {}, pct(mine[i]!)), h('td', {}, pct(theirs[i]!))),
  );
  const first = mine[0]!;
  const last = mine[n - 1]!;
  return h(
    'figure',
    { class: 'trust-chart' },
    svg,
    h(
      'figcaption',
      { id: descId },
      t('play.dossier.chartCaption', { side: sideName, other: otherName, mineFirst: pct(first), mineLast: pct(last), theirsFirst: pct(theirs[0]!), theirsLast: pct(theirs[n - 1]!) }),
    ),
    h(
      'ul',
      { class: 'chart-key', attrs: { 'aria-hidden': 'true' } },
      h('li', { class: 'key-mine' }, t('play.dossier.keyMine', { from: sideName, to: otherName })),
      h('li', { class: 'key-theirs' }, t('play.dossier.keyTheirs', { from: otherName, to: sideName })),
    ),
    h(
      'details',
      {},
      h('summary', {}, t('play.dossier.table')),
      h('table', {}, h('thead', {}, h('tr', {}, h('th', { attrs: { scope: 'col' } }, t('play.dossier.startOf')), h('th', { attrs: { scope: 'col' } }, `${sideName} → ${otherName}`), h('th', { attrs: { scope: 'col' } }, `${otherName} → ${sideName}`))), h('tbody', {}, ...rows)),
    ),
  );
}

function bars(entries: [string, number][], max: number, label: string): HTMLElement {
  return h(
    'ul',
    { class: 'bars', attrs: { 'aria-label': label } },
    ...entries.map(([name, v]) => {
      const fill = h('span', { class: 'bar-fill' });
      fill.style.width = cssPct(max > 0 ? v / max : 0);
      return h('li', {}, h('span', { class: 'bar-name' }, name), h('span', { class: 'bar-track', attrs: { 'aria-hidden': 'true' } }, fill), h('span', { class: 'bar-value' }, fixed(v, 2)));
    }),
  );
}

/** A trait of character as a share and a word: low below 35%, high above 65%, middling between. */
const persona = (x: number, trait: 'risk' | 'reliability' | 'hedging') =>
  t('play.dossier.trait', { value: pct(x), word: t(`play.dossier.${trait}.${x < 0.35 ? 'low' : x > 0.65 ? 'high' : 'middle'}`) });

export function actorDossier(game: GameState, actor: ActorId, viewer: ActorId | null, players: readonly ActorId[]): HTMLElement {
  const def = lookup(game.scenario).actor.get(actor)!;
  const box = h('div', { class: 'dossier-body' });
  box.append(h('h3', { id: 'dossier-name', attrs: { tabindex: '-1' } }, tx(def.name)), h('p', { class: 'meta' }, t('play.dossier.kindLine', { kind: def.kind, military: powerFigure(game.power[actor]!.military), economic: powerFigure(game.power[actor]!.economic) })));
  if (def.description) box.append(h('p', {}, tx(def.description)));
  // A motto is the scenario's line for the actor's stance, not a quotation: shown without quotation marks.
  if (def.persona.motto) box.append(h('p', { class: 'motto' }, t('play.dossier.motto', { motto: tx(def.persona.motto) })));

  // Where the actor stands with the side at the screen ("you"), or in hot-seat outside a player's turn with each player.
  for (const side of viewer ? [viewer] : players) {
    if (side === actor) continue;
    const mine = side === viewer;
    const sideName = nameOf(game.scenario, side);
    const voice = { you: mine ? 'yes' : 'no', side: sideName };
    const tie = tieOf(game, side, actor);
    box.append(
      h('h4', {}, mine ? t('play.dossier.withYou') : t('play.dossier.withSide', { side: sideName })),
      h(
        'ul',
        {},
        h('li', {}, t('play.dossier.tieLine', { ...voice, tie: tieWords(game, side, actor), mine: postureLabel(game.postures[side]![actor]!), theirs: postureLabel(game.postures[actor]![side]!) })),
        tie !== 'none' ? h('li', {}, t('play.dossier.owes', { owes: treatyOwes(game, side, actor) })) : null,
        h('li', {}, ...withTerm((mark) => t('play.dossier.trustLine', { ...voice, term: mark, mine: trustWords(game, side, actor), theirs: trustWords(game, actor, side) }), term('trust', t('play.dossier.trustTerm')))),
        h(
          'li',
          {},
          ...withTerm(
            (mark) => t('play.dossier.grievanceLine', { ...voice, term: mark, theirs: fixed(grievanceAgainst(game, actor, side)), breaks: fixed(game.scenario.rules.breakThreshold), mine: fixed(grievanceAgainst(game, side, actor)) }),
            term('grievance', t('play.dossier.grievanceTerm')),
          ),
        ),
      ),
      tie !== 'none' ? gaugePair(tx(def.name), gauges(game, side, actor), undefined, mine ? null : sideName) : h('p', { class: 'meta' }, t('play.dossier.noGauges')),
      trustChart(game, side, actor),
    );
  }

  // The last turn, told: what moved this power's standing, and the trust between it and the players, and why.
  const last = game.log[game.log.length - 1];
  if (last) {
    const { before, why } = turnWhy(game, last.turn);
    // `game` is the state after that turn: the figures the screens show it at.
    const moved = METRICS.map((m) => ({ m, moved: movedWords(before, why.metrics[actor]![m], [before.metrics[actor]![m], game.metrics[actor]![m]], {}, viewer, actor) }))
      .filter((x) => x.moved.change !== 0)
      .map(({ m, moved: x }) => h('li', {}, t('play.dossier.moved', { you: actor === viewer ? 'yes' : 'no', actor: tx(def.name), metric: metricWord(m), amount: x.amount, parts: x.parts })));
    const trusts = (viewer ? [viewer] : players).filter((p) => p !== actor).flatMap((p) => {
      const lines: HTMLElement[] = [];
      for (const [a, b] of [[p, actor], [actor, p]] as const) {
        const x = movedWords(before, why.trust[a]![b]!, [trustIn(before, a, b), trustIn(game, a, b)], { scale: 100, digits: 0 }, viewer, a, { id: b, changes: last.tieChanges });
        if (x.change === 0) continue;
        const you = a === viewer ? 'truster' : b === viewer ? 'trusted' : 'none';
        const values = { you, truster: nameOf(game.scenario, a), trusted: nameOf(game.scenario, b), amount: x.amount, n: Math.abs(x.change), parts: x.parts };
        lines.push(h('li', {}, cap(t('play.dossier.trustMoved', values))));
      }
      // Each grievance between them, by its causes: what may break their tie.
      for (const [a, b] of [[p, actor], [actor, p]] as const) {
        const x = movedWords(before, why.grievance[a]![b]!, [grievanceAgainst(before, a, b), grievanceAgainst(game, a, b)], {}, viewer, a);
        if (x.change === 0) continue;
        const you = a === viewer ? 'holder' : b === viewer ? 'against' : 'none';
        lines.push(h('li', {}, cap(t('play.dossier.grievanceMoved', { you, holder: nameOf(game.scenario, a), against: nameOf(game.scenario, b), amount: x.amount, parts: x.parts }))));
      }
      return lines;
    });
    box.append(h('h4', {}, t('play.dossier.lastTurn', { turn: last.turn })), moved.length + trusts.length > 0 ? h('ul', { class: 'why-moved' }, ...moved, ...trusts) : h('p', {}, t('play.dossier.nothingMoved')));
  }

  const weights = METRICS.map((m) => [metricWord(m), def.interests[m]] as [string, number]);
  box.append(
    h('h4', {}, t('play.dossier.cares')),
    bars(weights, Math.max(...weights.map(([, v]) => v)), t('play.dossier.caresOf', { power: tx(def.name) })),
    h('h4', {}, t('play.dossier.behaves')),
    h(
      'ul',
      {},
      h('li', {}, t('play.dossier.riskLine', { trait: persona(def.persona.risk, 'risk') })),
      h('li', {}, t('play.dossier.reliabilityLine', { trait: persona(def.persona.reliability, 'reliability') })),
      h('li', {}, t('play.dossier.hedgingLine', { trait: persona(def.persona.hedging, 'hedging') })),
    ),
  );
  const q = quotes(game.scenario, def.sources, t('play.dossier.documentsOn', { subject: tx(def.name) }));
  if (q) box.append(h('h4', {}, t('play.dossier.documents')), q);
  return box;
}

export function theatreDossier(game: GameState, theatre: TheatreDef): HTMLElement {
  const name = (id: ActorId) => nameOf(game.scenario, id);
  return h(
    'div',
    { class: 'dossier-body' },
    h('h3', { id: 'dossier-name', attrs: { tabindex: '-1' } }, cap(tx(theatre.name))),
    h('p', {}, t('play.dossier.tension', { tension: pct(game.tension[theatre.id] ?? theatre.tension) })),
    h('h4', {}, t('play.dossier.rivals')),
    h('ul', {}, ...theatre.rivals.map((r) => h('li', {}, `${name(r.challenger)} → ${name(r.defender)}`))),
    quotes(game.scenario, theatre.sources, t('play.dossier.documentsOn', { subject: tx(theatre.name) })) ?? '',
  );
}

/** The dossier panel: a picker of every actor, and the chosen one's dossier. */
export function dossierPanel(game: GameState, selected: { type: 'actor' | 'theatre'; id: string } | null, viewer: ActorId | null, players: readonly ActorId[], pick: (id: ActorId) => void): HTMLElement {
  const select = h('select', { id: 'dossier-pick' });
  select.append(h('option', { attrs: { value: '' } }, t('play.dossier.choose')));
  for (const a of game.scenario.actors) {
    const option = h('option', { attrs: { value: a.id } }, tx(a.name));
    option.selected = selected?.type === 'actor' && selected.id === a.id;
    select.append(option);
  }
  const open = () => select.value && pick(select.value);
  select.addEventListener('change', open);
  const theatre = selected?.type === 'theatre' ? lookup(game.scenario).theatre.get(selected.id) : undefined;
  const body =
    selected?.type === 'actor' && lookup(game.scenario).actor.has(selected.id)
      ? actorDossier(game, selected.id, viewer, players)
      : theatre
        ? theatreDossier(game, theatre)
        : h('p', { class: 'meta' }, t('play.dossier.pick'));
  return section('dossier', t('play.dossier.heading'), 2, { class: 'panel' }, h('label', { attrs: { for: 'dossier-pick' } }, t('play.dossier.power'), ' '), select, body);
}

/** A power figure in whole points, or to a tenth below 10: Kyrgyzstan's economy of 0.3 is not "0". */
const powerFigure = (x: number): string => fixed(x, x < 10 && x !== Math.round(x) ? 1 : 0);
