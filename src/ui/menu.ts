// The main menu: resume a saved game, pick a scenario and the side (or both, hot-seat) and the world's seed, load a
// scenario file an author wrote (refused whole, with every problem by line and column), or load a save file.
import { tx } from '../i18n';
import type { ActorId, Scenario } from '../engine';
import { resumeOffers } from '../machine';
import type { ScenarioProblem } from '../scenarios/problems';
import type { KeptFile } from './authorFiles';
import type { Ui } from './context';
import { button, h, radioGroup, section } from './dom';
import { GUIDED } from './tutorial';
import { gamePeriod, listWords, nameOf } from './words';

export interface MenuChoice {
  scenario: string;
  /** A playable actor, or 'hot-seat' for every playable side at one screen. */
  side: string;
  seed: string;
}

/** What the last scenario file said about itself. */
export interface FileVerdict {
  file: string;
  errors: ScenarioProblem[];
  warnings: ScenarioProblem[];
  /** The scenario's title, when it was accepted. */
  accepted: string | null;
}

export interface MenuActions {
  choose(patch: Partial<MenuChoice>): void;
  loadScenarioFile(file: File): void;
  removeScenarioFile(id: string): void;
  loadSaveFile(file: File): void;
}

export function playersOf(scenario: Scenario, side: string): ActorId[] {
  return side === 'hot-seat' ? [...scenario.playable] : [side];
}

function problemList(problems: readonly ScenarioProblem[], label: string): HTMLElement {
  return h(
    'ol',
    { class: 'problems', attrs: { 'aria-label': label } },
    ...problems.map((p) =>
      h('li', {}, h('span', { class: 'where' }, `Line ${p.line}, column ${p.column}`), ' · ', h('code', {}, p.path || '(the whole file)'), ' · ', h('span', { class: 'message' }, p.message)),
    ),
  );
}

function verdictBox(v: FileVerdict): HTMLElement {
  if (v.accepted === null) {
    return h(
      'div',
      { class: 'file-verdict refused', attrs: { role: 'alert' } },
      h('p', {}, h('strong', {}, '✗ Refused: '), `${v.file} has ${v.errors.length} ${v.errors.length === 1 ? 'error' : 'errors'}. Nothing was loaded; fix ${v.errors.length === 1 ? 'it' : 'them'} and load the file again.`),
      problemList(v.errors, `Errors in ${v.file}`),
      v.warnings.length > 0 ? h('p', {}, 'Warnings:') : null,
      v.warnings.length > 0 ? problemList(v.warnings, `Warnings in ${v.file}`) : null,
    );
  }
  return h(
    'div',
    { class: 'file-verdict accepted', attrs: { role: 'status' } },
    h('p', {}, h('strong', {}, '✓ Loaded: '), `“${v.accepted}” from ${v.file}. It is selected below.`),
    v.warnings.length > 0 ? h('p', {}, 'Warnings (the scenario plays, but check them):') : null,
    v.warnings.length > 0 ? problemList(v.warnings, `Warnings in ${v.file}`) : null,
  );
}

/** The scenario files this browser keeps: each in the menu or not (and why), each with a way to remove it. */
function keptFiles(kept: { files: KeptFile[]; problem: string | null }, actions: MenuActions): HTMLElement | null {
  if (kept.files.length === 0 && kept.problem === null) return null;
  return h(
    'div',
    { class: 'kept-files' },
    h('h3', {}, 'Scenario files kept in this browser'),
    kept.problem ? h('p', { class: 'damaged', attrs: { role: 'alert' } }, `⚠ ${kept.problem}`) : null,
    h('p', { class: 'hint' }, 'Removing a file keeps the games saved on it: they resume again once you load the same file.'),
    h(
      'ul',
      {},
      ...kept.files.map((f, i) =>
        h(
          'li',
          {},
          h('span', {}, f.title ? `✓ “${f.title}” (${f.name}): in the list of scenarios. ` : `⚠ ${f.name}: not loaded. ${f.problem ?? ''} `),
          button('Remove', () => actions.removeScenarioFile(f.id), { id: `remove-file-${i}`, attrs: { 'aria-label': `Remove ${f.title ?? f.name} from this browser` } }),
        ),
      ),
    ),
  );
}

function resumeSection(ui: Ui): HTMLElement {
  const box = section('resume', 'Continue a game');
  const offers = resumeOffers(ui.snapshot.context.saves, ui.scenarios);
  if (offers.length === 0) box.append(h('p', {}, 'No game is saved in this browser yet.'));
  for (const offer of offers) {
    const which = offer.slot === 'latest' ? 'The latest autosave' : 'The autosave before it';
    if (!offer.ok) {
      box.append(
        h(
          'div',
          { class: 'damaged', attrs: { role: 'alert' } },
          h('p', {}, h('strong', {}, '⚠ '), `${which} cannot be resumed:`),
          h('ul', {}, ...offer.problems.map((p) => h('li', {}, p.message))),
          offers.some((o) => o.ok) ? h('p', {}, 'The last good save is offered instead.') : null,
        ),
      );
      continue;
    }
    const scenario = ui.scenarios.find((s) => s.title === offer.scenario);
    const sides = scenario ? listWords(offer.players.map((p) => nameOf(scenario, p))) : offer.players.join(', ');
    const label = `Resume “${offer.scenario}” — turn ${offer.turn} of ${offer.lastTurn}, ${sides}${offer.players.length > 1 ? ' (hot-seat)' : ''}`;
    box.append(
      h(
        'div',
        { class: 'offer' },
        button(label, () => ui.send({ type: 'RESUME', slot: offer.slot }), { id: `resume-${offer.slot}`, class: offer.slot === 'latest' ? 'primary' : '' }),
        h('p', { class: 'meta' }, `${which}, saved ${savedWhen(offer.savedAt)}.`),
      ),
    );
  }
  // Games played in other tabs, or before: each keeps its own autosave.
  const others = ui.otherGames();
  if (others.length > 0) {
    box.append(
      h('h3', {}, 'Other games in this browser'),
      h(
        'ul',
        { class: 'other-games' },
        ...others.map((game, i) => {
          const scenario = ui.scenarios.find((s) => s.title === game.scenario);
          const sides = scenario ? listWords(game.players.map((p) => nameOf(scenario, p))) : game.players.join(', ');
          return h(
            'li',
            {},
            button(`Resume “${game.scenario}” — turn ${game.turn} of ${game.lastTurn}, ${sides}${game.players.length > 1 ? ' (hot-seat)' : ''}`, () => ui.send({ type: 'LOAD', text: game.text }), { id: `resume-other-${i}` }),
            h('span', { class: 'meta' }, ` saved ${savedWhen(game.savedAt)} `),
            button('Forget', () => ui.forgetGame(game.key), { id: `forget-other-${i}`, attrs: { 'aria-label': `Forget the game of “${game.scenario}” saved ${savedWhen(game.savedAt)}` } }),
          );
        }),
      ),
    );
  }
  return box;
}

function savedWhen(savedAt: string): string {
  const when = new Date(savedAt);
  return Number.isNaN(when.getTime()) ? savedAt : when.toLocaleString();
}

export function menuScreen(ui: Ui, choice: MenuChoice, verdict: FileVerdict | null, kept: { files: KeptFile[]; problem: string | null }, actions: MenuActions): HTMLElement {
  const scenario = ui.scenarios.find((s) => s.id === choice.scenario) ?? ui.scenarios[0]!;
  const refusal = ui.snapshot.context.refusal;

  const scenarios = radioGroup<string>({
    id: 'scenario',
    legend: 'Scenario',
    // The guided first game has its own entry in the header, which starts it with its guide.
    options: ui.scenarios.filter((s) => s.id !== GUIDED.scenario).map((s) => ({
      value: s.id,
      label: tx(s.title),
      hint: `${gamePeriod(s)} · ${s.turns} turns · about ${s.classMinutes} minutes in class · play as ${listWords(s.playable.map((p) => nameOf(s, p)), 'or')}`,
    })),
    checked: scenario.id,
    onChange: (id) => actions.choose({ scenario: id }),
    class: 'scenario-list',
  });

  const sides = radioGroup<string>({
    id: 'side',
    legend: 'Play as',
    options: [
      ...scenario.playable.map((p) => ({ value: p, label: nameOf(scenario, p) })),
      ...(scenario.playable.length > 1
        ? [{ value: 'hot-seat', label: `Hot-seat: ${listWords(scenario.playable.map((p) => nameOf(scenario, p)))}`, hint: 'Two players at one screen, each deciding in turn while the other looks away.' }]
        : []),
    ],
    checked: choice.side,
    onChange: (side) => actions.choose({ side }),
  });

  const seed = h('input', { id: 'seed', attrs: { type: 'text', 'aria-describedby': 'seed-hint', autocomplete: 'off', spellcheck: 'false' } });
  seed.value = choice.seed;
  // A class link carries the scenario, the side and the seed: every student who opens it gets the same world.
  const link = h('input', { id: 'class-link', attrs: { type: 'text', readonly: true, 'aria-describedby': 'class-link-hint' } });
  const linkFor = () => {
    const query = new URLSearchParams({ scenario: scenario.id, side: choice.side, seed: seed.value.trim() || 'class' });
    link.value = `${location.origin}${location.pathname}?${query}`;
  };
  linkFor();
  link.addEventListener('focus', () => link.select());
  seed.addEventListener('input', () => {
    actions.choose({ seed: seed.value });
    linkFor();
  });

  const start = () => ui.send({ type: 'START', scenario: scenario.id, seed: seed.value.trim() || 'class', players: playersOf(scenario, choice.side) });
  const form = h('form', { id: 'new-game', attrs: { 'aria-labelledby': 'new-game-title' } });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    start();
  });
  form.append(
    h('h2', { id: 'new-game-title' }, 'New game'),
    scenarios.node,
    // The side, the seed and Start right under the list, so that a new game starts from the first screen.
    h(
      'div',
      { class: 'start-row' },
      sides.node,
      h('div', { class: 'field' }, h('label', { attrs: { for: 'seed' } }, 'World seed'), seed),
    ),
    // Start stays in sight at the foot of the form however long the list grows (sticky within the form).
    h('div', { class: 'toolbar start-bar' }, h('button', { id: 'start', class: 'primary', attrs: { type: 'submit' } }, 'Start the game')),
    h('p', { id: 'seed-hint', class: 'hint' }, 'The same seed deals the same world and events: give a class one seed to compare games.'),
    h(
      'div',
      { class: 'about', attrs: { 'aria-labelledby': 'about-title', role: 'region' } },
      h('h3', { id: 'about-title' }, tx(scenario.title)),
      h('p', {}, tx(scenario.summary)),
      scenario.objectives.length > 0 ? h('h4', {}, 'You will learn to') : null,
      scenario.objectives.length > 0 ? h('ul', {}, ...scenario.objectives.map((o) => h('li', {}, tx(o)))) : null,
    ),
    h('div', { class: 'field class-link' }, h('label', { attrs: { for: 'class-link' } }, 'Class link'), link, h('p', { id: 'class-link-hint', class: 'hint' }, 'For teachers: everyone who opens this link plays this scenario, as this side, in the same world.')),
  );

  const scenarioFile = h('input', { id: 'scenario-file', attrs: { type: 'file', accept: '.json,application/json', 'aria-describedby': 'scenario-file-hint' } });
  scenarioFile.addEventListener('change', () => {
    const file = scenarioFile.files?.[0];
    if (file) actions.loadScenarioFile(file);
  });
  const saveFile = h('input', { id: 'save-file', attrs: { type: 'file', accept: '.json,application/json' } });
  saveFile.addEventListener('change', () => {
    const file = saveFile.files?.[0];
    if (file) actions.loadSaveFile(file);
  });

  const resume = resumeSection(ui);
  const saved = resume.querySelector('button') !== null;
  return h(
    'div',
    { class: 'screen menu' },
    h('h2', { id: 'screen-title', class: 'sr-only', attrs: { tabindex: '-1' } }, 'Main menu'),
    refusal && refusal.reasons.length > 0
      ? h('div', { class: 'refusal', attrs: { role: 'alert' } }, h('p', {}, h('strong', {}, '⚠ That did not work:')), h('ul', {}, ...refusal.reasons.map((r) => h('li', {}, r.message))))
      : null,
    // A game to resume comes first; with none, the new game does.
    saved ? resume : null,
    h('section', { class: 'new-game' }, form),
    h('p', { class: 'summary' }, 'Lead Russia or China through historical crises. Each turn choose how close to stand to every other power — ally, partner or hedge — and live with the two fears of alliance politics: being abandoned by a partner in your crisis, and being entrapped in a partner’s war.'),
    saved ? null : resume,
    section(
      'files',
      'Files',
      2,
      {},
      h('div', { class: 'field' }, h('label', { attrs: { for: 'scenario-file' } }, 'Load a scenario file'), scenarioFile, h('p', { id: 'scenario-file-hint', class: 'hint' }, 'For authors: the file is checked and refused whole if anything is wrong, with every problem by line and column.')),
      verdict ? verdictBox(verdict) : null,
      keptFiles(kept, actions),
      h('div', { class: 'field' }, h('label', { attrs: { for: 'save-file' } }, 'Load a saved game from a file'), saveFile),
    ),
  );
}

