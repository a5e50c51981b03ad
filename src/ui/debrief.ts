// The end of the game: how it ended, the score against the historical path played in the same world, and a timeline of
// every dilemma faced — the choice made, what followed, what really happened and the documents' words — with the
// scenario's objectives and discussion questions. Printable.
import { endingText } from '../i18n/engineWords';
import { t, tx } from '../i18n/core';
import { POSTURE_RANK, TIE_RANK, canonicalJson, lastTurn, legalPostures, lookup, newGame, score, tieOf, type ActorId, type GameRules, type GameState, type Posture, type Scenario, type TurnRecord } from '../engine';
import { playGame } from '../ai/autoplay';
import { callsTo } from '../classroom/figures';
import { crisisTitle } from './consequences';
import { gameOf, type Ui } from './context';
import { button, h, section } from './dom';
import { stateAt } from './timeline';
import { backedDown, brokeWords, choiceLabel, formedManyWords, tieChangeGroups, strainBreak, ownCrisisWords, supportWord, tieWord, nameOf, periodOf, quoted, quotes, sentences, fixed } from './words';
import { glossarySection } from './glossary';

const historical = new Map<string, GameState>();

/**
 * The same world played by the record: every power does what it did in history where the scenario says, else acts in
 * character; under the same lesson's rules, so that a shorter or a hawkish game is set against its like.
 */
function historicalPath(scenario: Scenario, seed: string, rules: GameRules | undefined): GameState {
  const key = `${scenario.hash}|${seed}|${canonicalJson(rules ?? {})}`;
  let game = historical.get(key);
  if (!game) {
    game = playGame(scenario, { seed, policy: 'historical', ...(rules ? { rules } : {}) });
    historical.set(key, game);
  }
  return game;
}

function scoreBars(entries: { label: string; value: number; mark: string }[]): HTMLElement {
  return h(
    'ul',
    { class: 'bars score-bars' },
    ...entries.map((e) => {
      const fill = h('span', { class: 'bar-fill' });
      fill.style.width = `${Math.max(0, Math.min(100, e.value))}%`;
      return h('li', {}, h('span', { class: 'bar-name' }, e.mark ? t('report.debrief.labelWithMark', { label: e.label, mark: e.mark }) : e.label), h('span', { class: 'bar-track', attrs: { 'aria-hidden': 'true' } }, fill), h('span', { class: 'bar-value' }, fixed(e.value)));
    }),
  );
}

function results(game: GameState, side: ActorId, history: GameState, whose: string | null): HTMLElement {
  const { scenario } = game;
  const mine = score(game, side);
  const past = score(history, side);
  const start = score(newGame(scenario, game.seed, game.rules), side);
  const st = game.stats[side]!;
  const band = mine > past + 0.5 ? 'better' : mine < past - 0.5 ? 'worse' : 'same';
  const actor = nameOf(scenario, side);
  return h(
    'div',
    { class: 'result' },
    h('p', { class: 'verdict' }, t('report.debrief.verdict', { actor, score: fixed(mine), band, past: fixed(past), early: game.ending === null ? 'yes' : 'no', turns: game.log.length })),
    scoreBars([
      { label: t('report.debrief.atStart'), value: start, mark: '' },
      // Said against history in words, the same band as the verdict: an arrow alone read as "went down".
      { label: whose === null ? t('report.debrief.yourGame') : t('report.debrief.theirGame', { player: whose }), value: mine, mark: t('report.debrief.mark', { band }) },
      { label: t('report.debrief.historical'), value: past, mark: '' },
    ]),
    h(
      'ul',
      {},
      h(
        'li',
        {},
        st.callsMade === 0
          ? t('report.debrief.neverCalled', { actor })
          : t('report.debrief.abandonment', { actor, faced: st.crisesFaced, abandoned: st.abandoned, calls: st.callsMade, disappointed: st.disappointed }),
      ),
      // The other half of the dilemma: the partners who called on this side, and how many it let down.
      h('li', {}, t('report.debrief.letDown', { actor, ...callsTo(game, side) })),
      h('li', {}, t('report.debrief.entrapment', { entrapped: st.entrapped, cost: fixed(st.entrapmentCost) })),
    ),
  );
}

/** `side`'s stance toward `past.to` over a turn (from `before` to `after`) against history's. A stance the player did
 *  not choose is not marked as a choice: a tie broken under strain set it to hedge, or the broken tie could not be
 *  mended yet and hedge was all the rules allowed. */
export function postureLine(before: GameState, after: GameState, record: TurnRecord, side: ActorId, past: { to: ActorId; posture: Posture }, name: (id: ActorId) => string): string {
  const held = after.postures[side]![past.to]!;
  const broke = strainBreak(record, side, past.to);
  if (broke) return sentences(brokeWords(broke, side, name, after), t('report.debrief.pastPosture', { past: past.posture }));
  if (legalPostures(before, side, past.to).length === 1) return t('report.debrief.postureBound', { other: name(past.to), actor: name(side), past: past.posture });
  const line = t('report.debrief.posture', { other: name(past.to), actor: name(side), held, past: past.posture, mark: held === past.posture ? '✓' : '✗' });
  // A stance warmer than the tie is an offer the other did not take up: the tie is what the pair holds.
  const tie = tieOf(after, side, past.to);
  return TIE_RANK[tie] < POSTURE_RANK[held] ? sentences(line, t('report.debrief.tieShort', { other: name(past.to), tie })) : line;
}

function timeline(game: GameState, players: readonly ActorId[]): HTMLElement {
  const { scenario } = game;
  const name = (id: ActorId) => nameOf(scenario, id);
  const list = h('ol', { class: 'timeline' });
  for (const record of game.log) {
    const before = stateAt(game, record.turn);
    const past = scenario.history.find((x) => x.turn === record.turn);
    const items: HTMLElement[] = [];
    for (const c of record.crises) {
      const crisis = before.agenda.crises.find((x) => x.id === c.crisis);
      for (const a of c.answers.filter((x) => players.includes(x.callee))) {
        items.push(
          h(
            'li',
            {},
            sentences(
              t('report.debrief.call', {
              title: crisis ? crisisTitle(before, crisis) : t('report.debrief.aCrisis'),
              caller: name(a.caller),
              callee: name(a.callee),
              expected: supportWord(a.expected),
              given: supportWord(a.delivered),
              mark: a.delivered >= a.expected ? '✓' : '✗',
              }),
              c.escalated ? t('report.debrief.clash', { winner: name(c.winner) }) : t('report.debrief.backedDown', { loser: name(backedDown(c)) }),
            ),
          ),
        );
      }
    }
    // The people's own crises: whom they called on, and how they met them.
    for (const c of record.crises) {
      const side = players.find((p) => p === c.initiator || p === c.target);
      if (!side) continue;
      const crisis = before.agenda.crises.find((x) => x.id === c.crisis);
      items.push(h('li', {}, t('report.debrief.titled', { title: crisis ? crisisTitle(before, crisis) : t('report.debrief.aCrisis'), account: ownCrisisWords(before, record, c, side, name) })));
    }
    for (const c of record.choices.filter((x) => players.includes(x.decider))) {
      const event = lookup(scenario).event.get(c.event)!;
      const then = past?.choices?.[c.event];
      items.push(
        h(
          'li',
          {},
          sentences(
            t('report.debrief.chose', { event: tx(event.title), decider: name(c.decider), choice: quoted(choiceLabel(event, c.choice)) }),
            then && t('report.debrief.historically', { choice: quoted(choiceLabel(event, then)), same: then === c.choice ? 'yes' : 'no' }),
          ),
        ),
      );
    }
    for (const side of players) {
      for (const p of past?.postures?.filter((x) => x.from === side) ?? []) {
        items.push(h('li', {}, postureLine(before, stateAt(game, record.turn + 1), record, side, p, name)));
      }
    }
    for (const group of tieChangeGroups(record.tieChanges, players)) {
      const change = group[0]!;
      items.push(h('li', {}, group.length > 1 ? formedManyWords(group, name) : t('report.debrief.tieChange', { a: name(change.a), b: name(change.b), from: tieWord(change.from), to: tieWord(change.to) })));
    }
    list.append(
      h(
        'li',
        {},
        h('h3', {}, t('report.debrief.turn', { turn: record.turn, period: periodOf(scenario, record.turn) })),
        items.length > 0 ? h('ul', {}, ...items) : h('p', {}, t('report.debrief.noDilemma')),
        past ? h('div', { class: 'history' }, h('h4', {}, t('report.debrief.happened')), h('p', {}, tx(past.happened)), quotes(scenario, past.sources)) : null,
      ),
    );
  }
  return list;
}

/** The debrief; `classroom` are the parts a class needs (handing in, the what-if), set before the last tools;
 *  `whose`, the student whose game a teacher is going through (null for the player's own). */
export function debriefScreen(ui: Ui, classroom: readonly HTMLElement[] = [], whose: string | null = null): HTMLElement {
  const game = gameOf(ui);
  const { scenario } = game;
  const { players } = ui.snapshot.context;
  // Before the end, history is compared over the same turns.
  const history = historicalPath(scenario, game.seed, game.ending === null && game.log.length < lastTurn(game) ? { ...game.rules, turns: game.log.length } : game.rules);
  const ending = game.ending;
  const early = ending === null && !ui.snapshot.context.remote;
  const outcome = section('result', whose === null ? t('report.debrief.result') : t('report.debrief.theirResult', { player: whose }));
  for (const side of players) outcome.append(results(game, side, history, whose));
  return h(
    'div',
    { class: 'screen debrief' },
    h('h2', { id: 'screen-title', attrs: { tabindex: '-1' } }, t('report.debrief.title')),
    // Read before the end (handed in early, or a student's game stopped part-way): so far, and the game goes on.
    h('p', { class: 'ending' }, ending ? endingText(scenario, ending) : early ? t('report.debrief.soFar', { count: game.log.length, total: lastTurn(game) }) : t('report.debrief.over')),
    outcome,
    section('timeline', t('report.debrief.timeline'), 2, {}, h('p', { class: 'meta' }, t('report.debrief.marks')), timeline(game, players)),
    section('objectives', t('report.debrief.objectives'), 2, {}, h('ul', {}, ...scenario.objectives.map((o) => h('li', {}, tx(o))))),
    section('questions', t('report.debrief.questions'), 2, {}, h('ol', {}, ...scenario.questions.map((q) => h('li', {}, tx(q))))),
    glossarySection(),
    quotes(scenario, scenario.sources, t('report.debrief.scenarioSources')) ? section('scenario-sources', t('report.debrief.sources'), 2, {}, quotes(scenario, scenario.sources)!) : null,
    ...classroom,
    h(
      'div',
      { class: 'toolbar no-print' },
      button(t('report.debrief.print'), () => window.print(), { id: 'print' }),
      button(t('report.debrief.save'), () => ui.exportSave(), { id: 'export-end' }),
      early ? button(t('report.debrief.playOn'), () => ui.send({ type: 'PLAY_ON' }), { id: 'play-on', class: 'primary' }) : null,
      button(t('report.debrief.menu'), () => ui.send({ type: 'QUIT' }), { id: 'menu-end', class: early ? '' : 'primary' }),
    ),
  );
}
