// The main menu: resume a saved game, pick a scenario and the side (or both, hot-seat) and the world's seed, load a
// scenario file an author wrote (refused whole, with every problem by line and column), or load a save file.
import { listWords, t, tx } from '../i18n/core';
import type { ActorId, Scenario } from '../engine';
import { resumeOffers } from '../machine';
import type { ScenarioProblem } from '../scenarios/problems';
import type { KeptFile } from './authorFiles';
import type { Ui } from './context';
import { button, h, radioGroup, section } from './dom';
import { GUIDED } from './tutorial';
import { gamePeriod, labelOf, nameOf, quoted, savedWhen } from './words';

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
      // Most messages open with the path they are about: it is then not said twice.
      p.path && p.message.startsWith(p.path)
        ? h('li', {}, h('span', { class: 'where' }, t('shell.menu.where', { line: p.line, column: p.column })), ' · ', h('span', { class: 'message' }, p.message))
        : h('li', {}, h('span', { class: 'where' }, t('shell.menu.where', { line: p.line, column: p.column })), ' · ', h('code', {}, p.path || t('shell.menu.wholeFile')), ' · ', h('span', { class: 'message' }, p.message)),
    ),
  );
}

function verdictBox(v: FileVerdict): HTMLElement {
  if (v.accepted === null) {
    return h(
      'div',
      { class: 'file-verdict refused', attrs: { role: 'alert' } },
      h('p', {}, h('strong', {}, t('shell.menu.refused')), ' ', t('shell.menu.refusedWhy', { file: v.file, count: v.errors.length })),
      problemList(v.errors, t('shell.menu.errorsIn', { file: v.file })),
      v.warnings.length > 0 ? h('p', {}, t('shell.menu.warnings')) : null,
      v.warnings.length > 0 ? problemList(v.warnings, t('shell.menu.warningsIn', { file: v.file })) : null,
    );
  }
  return h(
    'div',
    { class: 'file-verdict accepted', attrs: { role: 'status' } },
    h('p', {}, h('strong', {}, t('shell.menu.loaded')), ' ', t('shell.menu.loadedWhat', { title: quoted(v.accepted), file: v.file })),
    v.warnings.length > 0 ? h('p', {}, t('shell.menu.warningsPlays')) : null,
    v.warnings.length > 0 ? problemList(v.warnings, t('shell.menu.warningsIn', { file: v.file })) : null,
  );
}

/** The scenario files this browser keeps: each in the menu or not (and why), each with a way to remove it. */
function keptFiles(kept: { files: KeptFile[]; problem: string | null }, actions: MenuActions): HTMLElement | null {
  if (kept.files.length === 0 && kept.problem === null) return null;
  return h(
    'div',
    { class: 'kept-files' },
    h('h3', {}, t('shell.menu.keptTitle')),
    kept.problem ? h('p', { class: 'damaged', attrs: { role: 'alert' } }, `⚠ ${kept.problem}`) : null,
    h('p', { class: 'hint' }, t('shell.menu.keptHint')),
    h(
      'ul',
      {},
      ...kept.files.map((f, i) =>
        h(
          'li',
          {},
          h('span', {}, f.title ? t('shell.menu.keptLoaded', { title: quoted(f.title), file: f.name }) : t('shell.menu.keptNotLoaded', { file: f.name, problem: f.problem ?? '' }), ' '),
          button(t('shell.menu.remove'), () => actions.removeScenarioFile(f.id), { id: `remove-file-${i}`, attrs: { 'aria-label': t('shell.menu.removeLabel', { name: f.title ?? f.name }) } }),
        ),
      ),
    ),
  );
}

function resumeSection(ui: Ui): HTMLElement {
  const box = section('resume', t('shell.menu.resumeTitle'));
  const offers = resumeOffers(ui.snapshot.context.saves, ui.scenarios);
  if (offers.length === 0) box.append(h('p', {}, t('shell.menu.noSave')));
  for (const offer of offers) {
    const which = offer.slot === 'latest' ? 'latest' : 'previous';
    if (!offer.ok) {
      box.append(
        h(
          'div',
          { class: 'damaged', attrs: { role: 'alert' } },
          h('p', {}, h('strong', {}, '⚠ '), t('shell.menu.cannotResume', { which })),
          h('ul', {}, ...offer.problems.map((p) => h('li', {}, p.message))),
          offers.some((o) => o.ok) ? h('p', {}, t('shell.menu.lastGood')) : null,
        ),
      );
      continue;
    }
    const label = resumeLabel(ui, offer);
    box.append(
      h(
        'div',
        { class: 'offer' },
        button(label, () => ui.send({ type: 'RESUME', slot: offer.slot }), { id: `resume-${offer.slot}`, class: offer.slot === 'latest' ? 'primary' : '' }),
        h('p', { class: 'meta' }, t('shell.menu.savedAt', { which, when: savedWhen(offer.savedAt) })),
      ),
    );
  }
  // Games played in other tabs, or before: each keeps its own autosave.
  const others = ui.otherGames();
  if (others.length > 0) {
    box.append(
      h('h3', {}, t('shell.menu.otherGames')),
      h(
        'ul',
        { class: 'other-games' },
        ...others.map((game, i) => {
          return h(
            'li',
            {},
            button(resumeLabel(ui, game), () => ui.send({ type: 'LOAD', text: game.text }), { id: `resume-other-${i}` }),
            h('span', { class: 'meta' }, ' ', t('shell.menu.otherSaved', { when: savedWhen(game.savedAt) }), ' '),
            button(t('shell.menu.forget'), () => ui.forgetGame(game.key), { id: `forget-other-${i}`, attrs: { 'aria-label': t('shell.menu.forgetLabel', { title: quoted(titleOf(ui, game)), when: savedWhen(game.savedAt) }) } }),
          );
        }),
      ),
    );
  }
  return box;
}

/** "Resume “Idlib 2021” — turn 3 of 4, Russia (hot-seat)" for a saved game; its sides named in the page's language. */
function resumeLabel(ui: Ui, game: { scenario: string; scenarioId: string; players: readonly ActorId[]; turn: number; lastTurn: number }): string {
  const scenario = ui.scenarios.find((s) => s.id === game.scenarioId);
  const sides = scenario ? listWords(game.players.map((p) => nameOf(scenario, p))) : game.players.join(', ');
  const title = quoted(titleOf(ui, game));
  return t('shell.menu.resume', { title, turn: game.turn, last: game.lastTurn, sides, hotSeat: game.players.length > 1 ? 'yes' : 'no' });
}

/** "Start the game as the Soviet Union", or for two players at one screen "Start the game, hot seat". */
function startLabel(scenario: Scenario, side: string): string {
  return scenario.playable.includes(side) ? t('shell.menu.startAs', { side: nameOf(scenario, side) }) : side === 'hot-seat' ? t('shell.menu.startHotSeat') : t('shell.menu.start');
}

function titleOf(ui: Ui, game: { scenario: string; scenarioId: string }): string {
  const scenario = ui.scenarios.find((s) => s.id === game.scenarioId);
  return scenario ? tx(scenario.title) : game.scenario;
}

export function menuScreen(ui: Ui, choice: MenuChoice, verdict: FileVerdict | null, kept: { files: KeptFile[]; problem: string | null }, actions: MenuActions): HTMLElement {
  const scenario = ui.scenarios.find((s) => s.id === choice.scenario) ?? ui.scenarios[0]!;
  const refusal = ui.snapshot.context.refusal;

  const scenarios = radioGroup<string>({
    id: 'scenario',
    legend: t('shell.menu.scenario'),
    // The guided first game has its own entry in the header, which starts it with its guide.
    options: ui.scenarios.filter((s) => s.id !== GUIDED.scenario).map((s) => ({
      value: s.id,
      label: tx(s.title),
      hint: t('shell.menu.scenarioHint', { period: gamePeriod(s), turns: s.turns, minutes: s.classMinutes, sides: listWords(s.playable.map((p) => nameOf(s, p)), 'disjunction') }),
    })),
    checked: scenario.id,
    onChange: (id) => {
      actions.choose({ scenario: id });
      // A scenario's sides are listed under the list: bring them into sight, above the Start bar a wide screen keeps
      // stuck at the foot of the form, or a student may start as the side that happens to be checked.
      requestAnimationFrame(() => document.getElementById('side')?.scrollIntoView({ block: 'nearest' }));
    },
    class: 'scenario-list',
  });

  const sides = radioGroup<string>({
    id: 'side',
    legend: t('shell.menu.playAs'),
    options: [
      ...scenario.playable.map((p) => ({ value: p, label: labelOf(scenario, p) })),
      ...(scenario.playable.length > 1
        ? [{ value: 'hot-seat', label: t('shell.shell.leadHotSeat', { sides: listWords(scenario.playable.map((p) => nameOf(scenario, p))) }), hint: t('shell.menu.hotSeatHint') }]
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
    h('h2', { id: 'new-game-title' }, t('shell.menu.newGame')),
    scenarios.node,
    // The side, the seed and Start right under the list, so that a new game starts from the first screen.
    h(
      'div',
      { class: 'start-row' },
      sides.node,
      h('div', { class: 'field' }, h('label', { attrs: { for: 'seed' } }, t('shell.menu.seed')), seed),
    ),
    // Start stays in sight at the foot of the form however long the list grows (sticky within the form).
    // The button names the side it starts as: the side's choice may be out of sight under it.
    h('div', { class: 'toolbar start-bar' }, h('button', { id: 'start', class: 'primary', attrs: { type: 'submit' } }, startLabel(scenario, choice.side))),
    h('p', { id: 'seed-hint', class: 'hint' }, t('shell.menu.seedHint')),
    h(
      'div',
      { class: 'about', attrs: { 'aria-labelledby': 'about-title', role: 'region' } },
      h('h3', { id: 'about-title' }, tx(scenario.title)),
      h('p', {}, tx(scenario.summary)),
      scenario.objectives.length > 0 ? h('h4', {}, t('shell.menu.objectives')) : null,
      scenario.objectives.length > 0 ? h('ul', {}, ...scenario.objectives.map((o) => h('li', {}, tx(o)))) : null,
    ),
    h('div', { class: 'field class-link' }, h('label', { attrs: { for: 'class-link' } }, t('shell.menu.classLink')), link, h('p', { id: 'class-link-hint', class: 'hint' }, t('shell.menu.classLinkHint'))),
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
    h('h2', { id: 'screen-title', class: 'sr-only', attrs: { tabindex: '-1' } }, t('shell.shell.quit')),
    refusal && refusal.reasons.length > 0
      ? h('div', { class: 'refusal', attrs: { role: 'alert' } }, h('p', {}, h('strong', {}, t('shell.menu.didNotWork'))), h('ul', {}, ...refusal.reasons.map((r) => h('li', {}, r.message))))
      : null,
    // A game to resume comes first; with none, the new game does.
    saved ? resume : null,
    h('section', { class: 'new-game' }, form),
    h('p', { class: 'summary' }, t('shell.menu.summary')),
    saved ? null : resume,
    section(
      'files',
      t('shell.menu.files'),
      2,
      {},
      h('div', { class: 'field' }, h('label', { attrs: { for: 'scenario-file' } }, t('shell.menu.loadScenario')), scenarioFile, h('p', { id: 'scenario-file-hint', class: 'hint' }, t('shell.menu.loadScenarioHint'))),
      verdict ? verdictBox(verdict) : null,
      keptFiles(kept, actions),
      h('div', { class: 'field' }, h('label', { attrs: { for: 'save-file' } }, t('shell.menu.loadSave')), saveFile),
    ),
  );
}

