// The turn's briefing, seen by everyone at the screen: the crises and events dealt, who calls on whom, their sources,
// and where each player stands with every power. All scenario text goes in as text.
import { t, tx, listWords } from '../i18n/core';
import { SUPPORT_LEVELS, gauges, lastTurn, lookup, score, tieOf, trustIn, type ActorId, type CrisisInstance, type GameState } from '../engine';
import { riskWords } from './gauges';
import { calledByBoth, cameToAHead, crisisTitle, dealtAsChallenger, expectationWhy, owedOnlyRestraint, roleIn } from './consequences';
import { gameOf, type Ui } from './context';
import { button, h, pct, section, tableWrap } from './dom';
import { cap, postureLabel, supportWord, metricWord, fixed, labelOf, nameOf, quotes, rulesWords, sentences, theatreName, tieWords, youWord } from './words';
import { METRICS } from '../engine';

const gravity = (severity: number) => (severity >= 0.7 ? 'grave' : severity >= 0.45 ? 'serious' : 'limited');

function crises(game: GameState, players: readonly ActorId[]): HTMLElement {
  const { scenario } = game;
  const box = section('crises', t('play.briefing.crises'));
  if (game.agenda.crises.length === 0) box.append(h('p', {}, t('play.briefing.noCrisis')));
  for (const crisis of game.agenda.crises) {
    const event = crisis.event ? lookup(scenario).event.get(crisis.event) : undefined;
    const asks = crisis.calls.filter((c) => players.includes(c.callee));
    const who = (id: ActorId) => (players.length > 1 ? nameOf(scenario, id) : youWord());
    const you = players.length > 1 ? 'no' : 'yes';
    // The one player at the screen is "you"; in a game of two, each is named.
    const viewer = players.length > 1 ? null : players[0]!;
    // A player who is a party to the crisis calls on others: whom, and what each owes it.
    const parties = players.filter((p) => p === crisis.initiator || p === crisis.target);
    box.append(
      h(
        'article',
        { class: `crisis${asks.length > 0 || parties.length > 0 ? ' calls-you' : ''}` },
        h('h3', {}, crisisTitle(game, crisis, viewer)),
        h('p', { class: 'meta' }, cap(t('play.briefing.challenges', { who: roleIn(crisis, viewer), initiator: nameOf(scenario, crisis.initiator), target: nameOf(scenario, crisis.target), theatre: theatreName(scenario, crisis.theatre), gravity: gravity(crisis.severity) }))),
        event?.kind === 'crisis' ? h('p', {}, tx(event.text)) : null,
        asks.length > 0
          ? h(
              'ul',
              { class: 'asks' },
              ...asks.map((c) =>
                h(
                  'li',
                  {},
                  h('strong', {}, '⚑ '),
                  sentences(
                    t('play.briefing.ask', { caller: nameOf(scenario, c.caller), you, callee: who(c.callee), expected: supportWord(c.expected), least: c.expected <= 1 ? 'yes' : 'no', why: expectationWhy(game, crisis, c, who) }),
                    calledByBoth(crisis, c.callee) && c.caller === crisis.initiator && t('play.briefing.bothCall', { you, callee: who(c.callee) }),
                  ),
                ),
              ),
            )
          : parties.length === 0
            ? h('p', { class: 'meta' }, players.length > 1 ? t('play.briefing.noCallsEither') : t('play.briefing.noCalls'))
            : null,
        ...parties.map((party) =>
          h(
            'p',
            {},
            h('strong', {}, '⚑ '),
            sentences(
              partyLine(game, crisis, party, players.length > 1 ? nameOf(scenario, party) : null),
              cameToAHead(game, crisis, party) &&
                t('play.briefing.notYourMove', { you: players.length > 1 ? 'no' : 'yes', party: nameOf(scenario, party), target: nameOf(scenario, crisis.target), theatre: theatreName(scenario, crisis.theatre) }),
              dealtAsChallenger(game, crisis, party) && t('play.briefing.recordsMove', { you: players.length > 1 ? 'no' : 'yes', party: nameOf(scenario, party), target: nameOf(scenario, crisis.target) }),
            ),
          ),
        ),
        quotes(scenario, event?.sources ?? lookup(scenario).theatre.get(crisis.theatre)?.sources),
      ),
    );
  }
  return box;
}

/** The crisis as the player who is a party to it sees it: which side it is on, whom it calls and for what, and who owes
 *  it only neutrality because it is the challenger. `who` is the player's name in hot-seat, null for "you". */
function partyLine(game: GameState, crisis: CrisisInstance, party: ActorId, who: string | null): string {
  const made = crisis.calls.filter((c) => c.caller === party);
  const restrained = new Set(party === crisis.initiator ? owedOnlyRestraint(game, crisis, made) : []);
  const groups = SUPPORT_LEVELS.slice()
    .reverse()
    .map((level) => ({ level, called: made.filter((c) => c.expected === level).map((c) => c.callee) }))
    .filter((g) => g.called.length > 0)
    .map(({ level, called }) => {
      const held = called.filter((x) => restrained.has(x));
      return t('play.briefing.group', {
        called: listWords(called.map((x) => nameOf(game.scenario, x))),
        support: supportWord(level),
        held: held.length === 0 ? 'none' : held.length === called.length ? 'all' : 'some',
        heldNames: listWords(held.map((x) => nameOf(game.scenario, x))),
      });
    });
  return t('play.briefing.party', {
    you: who === null ? 'yes' : 'no',
    party: who ?? '',
    role: party === crisis.initiator ? 'initiator' : 'target',
    calls: groups.length > 0 ? 'some' : 'none',
    groups: listWords(groups),
  });
}

function events(game: GameState, players: readonly ActorId[]): HTMLElement | null {
  const { scenario } = game;
  if (game.agenda.choices.length === 0) return null;
  const box = section('events-dealt', t('play.briefing.events'));
  for (const choice of game.agenda.choices) {
    const event = lookup(scenario).event.get(choice.event)!;
    const who = players.includes(choice.decider) && players.length === 1 ? t('play.briefing.youDecide') : t('play.briefing.decides', { side: nameOf(scenario, choice.decider) });
    box.append(h('article', { class: 'event' }, h('h3', {}, tx(event.title)), h('p', {}, tx(event.text)), h('p', { class: 'meta' }, who), quotes(scenario, event.sources)));
  }
  return box;
}

/** Where `side` stands with every power it is tied to or courting: a table, so each figure has its header. */
export function standingTable(game: GameState, side: ActorId, ui: Ui, caption: string, hotSeat = false): HTMLElement {
  const { scenario } = game;
  // Those it is tied to or courting, and those it started the game tied to: a tie that ended stays in sight.
  const startedTied = new Set(scenario.ties.flatMap((x) => (x.a === side ? [x.b] : x.b === side ? [x.a] : [])));
  const rows = scenario.actors
    .filter((a) => a.id !== side)
    .filter((a) => startedTied.has(a.id) || tieOf(game, side, a.id) !== 'none' || game.postures[side]![a.id] !== 'hedge' || game.postures[a.id]![side] !== 'hedge');
  // Paired figures share a column (yours / theirs), so the two risks stay in sight beside the map.
  // (Soft hyphens let the long words break in a narrow panel.)
  // Those who call on `side` in this turn's crises: the risks look past this turn, so the row says that the call is now.
  const callingNow = new Set(game.agenda.crises.flatMap((c) => c.calls.filter((call) => call.callee === side).map((call) => call.caller)));
  const head = [t('play.briefing.colPower'), t('play.briefing.colTie'), t('play.briefing.colPosture'), t('play.briefing.colTrust'), t('play.briefing.colAbandonment'), t('play.briefing.colEntrapment')];

  const table = h(
    'table',
    { class: 'standing' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...head.map((t) => h('th', { attrs: { scope: 'col' } }, t)))),
    h(
      'tbody',
      {},
      ...rows.map((a) => {
        const tie = tieOf(game, side, a.id);
        const g = gauges(game, side, a.id);
        // Each cell carries its column's name: on a phone each power becomes a card that names every figure.
        const cell = (col: number, text: string, cls = '') => h('td', { class: cls, attrs: { 'data-label': head[col]! } }, text);
        return h(
          'tr',
          {},
          h('th', { attrs: { scope: 'row' } }, button(tx(a.name), () => ui.showDossier(a.id, true), { class: 'link', attrs: { 'aria-label': t('play.briefing.openDossier', { power: tx(a.name) }) } })),
          cell(1, tieWords(game, side, a.id), 'tie'),
          cell(2, `${postureLabel(game.postures[side]![a.id]!)} / ${postureLabel(game.postures[a.id]![side]!)}`),
          cell(3, `${pct(trustIn(game, side, a.id))} / ${pct(trustIn(game, a.id, side))}`),
          cell(4, tie === 'none' ? '—' : riskWords('abandonment', g.abandonment, g.owes, g.rivalled)),
          cell(5, `${tie === 'none' ? '—' : riskWords('entrapment', g.entrapment)}${callingNow.has(a.id) ? ` · ${t('play.briefing.callsNow', { you: hotSeat ? 'no' : 'yes', side: nameOf(scenario, side) })}` : ''}`),
        );
      }),
    ),
  );
  return tableWrap(caption, rows.length > 0 ? table : h('p', {}, t('play.briefing.noTies', { side: nameOf(scenario, side) })));
}

export function metricsLine(game: GameState, side: ActorId): HTMLElement {
  const m = game.metrics[side]!;
  return h('p', { class: 'metrics' }, `${t('play.briefing.score', { score: fixed(score(game, side)) })} · `, METRICS.map((k) => `${metricWord(k)} ${fixed(m[k], 0)}`).join(' · '));
}

export function briefingScreen(ui: Ui): HTMLElement {
  const game = gameOf(ui);
  const { scenario } = game;
  const { players } = ui.snapshot.context;
  const hotSeat = players.length > 1;
  const standing = section('standing', hotSeat ? t('play.briefing.standingSeat') : t('play.briefing.standing'));
  for (const side of players) {
    standing.append(
      hotSeat ? h('h3', {}, labelOf(scenario, side)) : '',
      metricsLine(game, side),
      standingTable(game, side, ui, hotSeat ? t('play.briefing.relationsSeat', { side: nameOf(scenario, side) }) : t('play.briefing.relations'), hotSeat),
    );
  }
  const ownCrisis = game.agenda.crises.some((c) => players.includes(c.initiator) || players.includes(c.target));
  const next = ownCrisis ? t('play.briefing.nextCrisis') : hotSeat ? t('play.briefing.nextSeat', { side: nameOf(scenario, players[0]!) }) : t('play.briefing.next');
  // A lesson that changes the game says how, every turn: its length matters most near its end.
  const rules = rulesWords(scenario, game.rules);
  return h(
    'div',
    { class: 'screen briefing' },
    h('h2', { id: 'screen-title', attrs: { tabindex: '-1' } }, t('play.briefing.heading', { turn: game.turn, last: lastTurn(game) })),
    rules.length > 0 ? h('div', { id: 'lesson-rules', class: 'lesson-rules' }, ...rules.map((line) => h('p', {}, line))) : null,
    game.turn === 1 ? h('p', { class: 'summary' }, tx(scenario.summary)) : null,
    crises(game, players),
    events(game, players),
    standing,
    h('div', { class: 'toolbar' }, button(next, () => ui.send({ type: 'CONTINUE' }), { id: 'continue', class: 'primary' })),
  );
}
