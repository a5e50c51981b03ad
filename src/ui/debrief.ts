// The end of the game: how it ended, the score against the historical path played in the same world, and a timeline of
// every dilemma faced — the choice made, what followed, what really happened and the documents' words — with the
// scenario's objectives and discussion questions. Printable.
import { tx } from '../i18n';
import { canonicalJson, lookup, newGame, score, type ActorId, type GameRules, type GameState, type Scenario } from '../engine';
import { playGame } from '../ai/autoplay';
import { crisisTitle } from './consequences';
import { gameOf, type Ui } from './context';
import { button, h, section } from './dom';
import { stateAt } from './timeline';
import { backedDown, ownCrisisWords, endingText, POSTURE_LABEL, SUPPORT_WORD, TIE_WORD, nameOf, periodOf, quotes } from './words';
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
      return h('li', {}, h('span', { class: 'bar-name' }, e.label, e.mark ? ` (${e.mark})` : ''), h('span', { class: 'bar-track', attrs: { 'aria-hidden': 'true' } }, fill), h('span', { class: 'bar-value' }, e.value.toFixed(1)));
    }),
  );
}

function results(game: GameState, side: ActorId, history: GameState): HTMLElement {
  const { scenario } = game;
  const mine = score(game, side);
  const past = score(history, side);
  const start = score(newGame(scenario, game.seed, game.rules), side);
  const st = game.stats[side]!;
  const verdict = mine > past + 0.5 ? 'better than the historical path' : mine < past - 0.5 ? 'worse than the historical path' : 'about the same as the historical path';
  return h(
    'div',
    { class: 'result' },
    h('p', { class: 'verdict' }, `${nameOf(scenario, side)} ends with a score of ${mine.toFixed(1)} out of 100: ${verdict} (${past.toFixed(1)}).`),
    scoreBars([
      { label: 'At the start', value: start, mark: '' },
      // Said against history in words, the same band as the verdict: an arrow alone read as "went down".
      { label: 'Your game', value: mine, mark: mine > past + 0.5 ? '▲ above history' : mine < past - 0.5 ? '▼ below history' : '≈ as history' },
      { label: 'Historical path, same world', value: past, mark: '' },
    ]),
    h(
      'ul',
      {},
      h(
        'li',
        {},
        st.callsMade === 0
          ? `${nameOf(scenario, side)} never called on a partner whose treaty owed it support, so it could not be abandoned in this game.`
          : `Crises in which ${nameOf(scenario, side)} called on partners whose treaties owed it support: ${st.crisesFaced}; times such a partner stood aside or worse (abandonment): ${st.abandoned} of ${st.callsMade} calls; answered below expectation: ${st.disappointed}.`,
      ),
      h('li', {}, `Times drawn into others’ clashes (entrapment): ${st.entrapped}, costing ${st.entrapmentCost.toFixed(1)} points.`),
    ),
  );
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
            `${crisis ? crisisTitle(before, crisis) : 'A crisis'}: ${name(a.caller)} called on ${name(a.callee)}, expecting ${SUPPORT_WORD[a.expected]}; ${name(a.callee)} gave ${SUPPORT_WORD[a.delivered]} ${a.delivered >= a.expected ? '✓' : '✗'}. ${c.escalated ? `It came to a clash; ${name(c.winner)} prevailed.` : `${name(backedDown(c))} backed down.`}`,
          ),
        );
      }
    }
    // The people's own crises: whom they called on, and how they met them.
    for (const c of record.crises) {
      const side = players.find((p) => p === c.initiator || p === c.target);
      if (!side) continue;
      const crisis = before.agenda.crises.find((x) => x.id === c.crisis);
      items.push(h('li', {}, `${crisis ? crisisTitle(before, crisis) : 'A crisis'}: ${ownCrisisWords(before, record, c, side, name)}`));
    }
    for (const c of record.choices.filter((x) => players.includes(x.decider))) {
      const event = lookup(scenario).event.get(c.event)!;
      const label = (id: string | undefined) => event.choices!.find((x) => x.id === id)?.label ?? id ?? '';
      const then = past?.choices?.[c.event];
      items.push(
        h('li', {}, `${event.title}: ${name(c.decider)} chose “${label(c.choice)}”.`, then ? ` Historically: “${label(then)}” ${then === c.choice ? '✓ the same' : '✗ different'}.` : ''),
      );
    }
    for (const side of players) {
      for (const p of past?.postures?.filter((x) => x.from === side) ?? []) {
        const held = stateAt(game, record.turn + 1).postures[side]![p.to]!;
        items.push(h('li', {}, `Toward ${name(p.to)}, ${name(side)} held ${POSTURE_LABEL[held].toLowerCase()}; historically ${POSTURE_LABEL[p.posture].toLowerCase()} ${held === p.posture ? '✓' : '✗'}.`));
      }
    }
    for (const t of record.tieChanges) items.push(h('li', {}, `${name(t.a)}–${name(t.b)}: ${TIE_WORD[t.from]} → ${TIE_WORD[t.to]}.`));
    list.append(
      h(
        'li',
        {},
        h('h3', {}, `Turn ${record.turn} · ${periodOf(scenario, record.turn)}`),
        items.length > 0 ? h('ul', {}, ...items) : h('p', {}, 'No dilemma this turn.'),
        past ? h('div', { class: 'history' }, h('h4', {}, 'What really happened'), h('p', {}, tx(past.happened)), quotes(scenario, past.sources)) : null,
      ),
    );
  }
  return list;
}

/** The debrief; `classroom` are the parts a class needs (handing in, the what-if), set before the last tools. */
export function debriefScreen(ui: Ui, classroom: readonly HTMLElement[] = []): HTMLElement {
  const game = gameOf(ui);
  const { scenario } = game;
  const { players } = ui.snapshot.context;
  const history = historicalPath(scenario, game.seed, game.rules);
  const ending = game.ending;
  const outcome = section('result', 'Your result');
  for (const side of players) outcome.append(results(game, side, history));
  return h(
    'div',
    { class: 'screen debrief' },
    h('h2', { id: 'screen-title', attrs: { tabindex: '-1' } }, 'Debrief'),
    h('p', { class: 'ending' }, ending ? endingText(scenario, ending) : 'The game is over.'),
    outcome,
    section('timeline', 'Turn by turn, against history', 2, {}, h('p', { class: 'meta' }, '✓ marks a choice that matched history or met an expectation; ✗ one that did not.'), timeline(game, players)),
    section('objectives', 'What this scenario teaches', 2, {}, h('ul', {}, ...scenario.objectives.map((o) => h('li', {}, tx(o))))),
    section('questions', 'Questions for discussion', 2, {}, h('ol', {}, ...scenario.questions.map((q) => h('li', {}, tx(q))))),
    glossarySection(),
    quotes(scenario, scenario.sources, 'Sources of the scenario') ? section('scenario-sources', 'Sources', 2, {}, quotes(scenario, scenario.sources)!) : null,
    ...classroom,
    h(
      'div',
      { class: 'toolbar no-print' },
      button('Print the debrief', () => window.print(), { id: 'print' }),
      button('Save the game to a file', () => ui.exportSave(), { id: 'export-end' }),
      button('Back to the menu', () => ui.send({ type: 'QUIT' }), { id: 'menu-end', class: 'primary' }),
    ),
  );
}
