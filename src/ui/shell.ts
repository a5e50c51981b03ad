// The page's regions around the game: the header (title, where the game stands, the game's tools), the screen of the
// phase, the dossier and news beside the map, the alerts and the screen-reader announcer. The page declares them
// (index.html) so that their boxes are laid out before the game arrives; a page without them gets them made here.
import { lang, listWords, t, tx } from '../i18n/core';
import { LANGS, LANG_NAMES, LOCALE, type Lang } from '../i18n/langs';
import { lastTurn, stateHash, type ActorId, type GameState } from '../engine';
import type { Phase } from '../machine';
import { button, h, keepFocus } from './dom';
import { nameOf, periodOf } from './words';

export interface Shell {
  header: HTMLElement;
  aside: HTMLElement;
  /** Show a phase's screen: a fresh one takes the focus at its title and starts at its top. */
  show(node: HTMLElement, fresh: boolean): void;
  /** Tell screen-reader users something happened, politely. */
  announce(text: string): void;
  /** A problem the player must see (saving failed, a file could not be kept). */
  alert(text: string): void;
}

/** Finds a region of the page by its id, or makes it at the end of `root`. */
function region<K extends keyof HTMLElementTagNameMap>(root: HTMLElement, tag: K, id: string, label?: string): HTMLElement {
  const found = document.getElementById(id);
  if (found) return found;
  const made = h(tag, { id, attrs: { 'aria-label': label } });
  root.append(made);
  return made;
}

/** The words the page declares outside the regions the game draws (index.html): its title, the link past the map, the
 *  regions' names. Set at start and again when the language changes. */
export function pageWords(): void {
  document.title = t('shell.shell.pageTitle');
  const skip = document.querySelector('.skip-link');
  if (skip) skip.textContent = t('shell.shell.skipMap');
  document.getElementById('map')?.setAttribute('aria-label', t('shell.shell.mapLabel'));
  document.getElementById('side-panels')?.setAttribute('aria-label', t('shell.shell.asideLabel'));
}

export function mountShell(root: HTMLElement): Shell {
  const announcer = h('div', { id: 'announcer', class: 'sr-only', attrs: { role: 'status', 'aria-live': 'polite' } });
  const alerts = h('div', { id: 'alerts', attrs: { role: 'alert' } });
  const screen = h('div', { id: 'screen' });
  root.removeAttribute('aria-live');
  root.replaceChildren(announcer, alerts, screen);
  const header = region(root, 'header', 'game-header');
  const aside = region(root, 'aside', 'side-panels', t('shell.shell.asideLabel'));
  return {
    header,
    aside,
    show(node, fresh) {
      if (!fresh) return keepFocus(() => screen.replaceChildren(node));
      screen.replaceChildren(node);
      screen.scrollTop = 0;
      document.getElementById('screen-title')?.focus();
    },
    announce(text) {
      announcer.textContent = '';
      // A fresh text node after a tick, so the same message twice is still read out.
      setTimeout(() => (announcer.textContent = text), 50);
    },
    alert(text) {
      alerts.replaceChildren(h('p', {}, text));
    },
  };
}

/** The game's tools in its header; a game that cannot be saved, handed in or rewound (a shared world's) has none of those. */
export interface GameTools {
  save?(): void;
  handIn?(): void;
  /** The debrief of a game not over, as far as it has gone (a student's game a teacher goes through). */
  debrief?(): void;
  rewind?(turn: number): void;
  quit(): void;
}

/** The language switch: every language named in itself; choosing one calls `choose`, which redraws the page. */
export function langSwitch(choose: (next: Lang) => void): HTMLElement {
  const select = h('select', { id: 'lang-switch' }, ...LANGS.map((l) => h('option', { attrs: { value: l, lang: LOCALE[l] } }, LANG_NAMES[l])));
  select.value = lang();
  select.addEventListener('change', () => choose(select.value as Lang));
  return h('span', { class: 'lang-switch' }, h('label', { attrs: { for: 'lang-switch' } }, t('common.language')), select);
}

/** The header in the menu: the game's name, the language switch, and the guided first game for a newcomer
 *  (`guided`, when the game has it). */
export function menuHeader(header: HTMLElement, guided: (() => void) | null, choose: (next: Lang) => void): void {
  header.replaceChildren(
    h('div', { class: 'title-block' }, h('h1', {}, GAME_NAME), h('p', { class: 'tagline' }, t('shell.shell.tagline'))),
    h(
      'div',
      { class: `header-side${guided ? ' guided-entry' : ''}` },
      guided ? button(t('shell.shell.guided'), guided, { id: 'guided-game', attrs: { 'aria-describedby': 'guided-hint' } }) : null,
      langSwitch(choose),
      guided ? h('p', { id: 'guided-hint', class: 'hint' }, t('shell.shell.guidedHint')) : null,
    ),
  );
}

/** Going back to the start of a turn. From a finished game it asks first, in place: the turns after it are dropped,
 *  and a finished game is a student's work. */
function rewindTools(game: GameState, rewindTo: HTMLSelectElement, rewind: (turn: number) => void, reviewing: boolean): HTMLElement {
  const box = h('span', { class: 'rewind' });
  const choose = () =>
    box.replaceChildren(
      h('label', { attrs: { for: 'rewind-turn' } }, t('shell.shell.rewindTo')),
      rewindTo,
      button(t('shell.shell.rewind'), () => (game.ending ? ask(Number(rewindTo.value)) : rewind(Number(rewindTo.value))), { id: 'rewind' }),
    );
  const ask = (turn: number) => {
    box.replaceChildren(
      h('span', { id: 'rewind-question', attrs: { role: 'status' } }, t('shell.shell.rewindFinished', { turn, last: game.log.length, count: game.log.length - turn + 1, review: reviewing ? 'yes' : 'no' })),
      button(t('shell.shell.rewindGo', { turn }), () => rewind(turn), { id: 'rewind-confirm' }),
      button(t('shell.shell.rewindKeep'), choose, { id: 'rewind-cancel' }),
    );
    box.querySelector<HTMLButtonElement>('#rewind-cancel')?.focus();
  };
  choose();
  return box;
}

/** The game's name, the same in every language. */
export const GAME_NAME = 'Bowstring';

/** The header in a game: the scenario, who leads whom and where the turn stands, and the game's tools in one row. */
export function gameHeader(header: HTMLElement, game: GameState, players: readonly ActorId[], phase: Phase, tools: GameTools, choose: (next: Lang) => void, reviewing: string | null = null): void {
  const { scenario } = game;
  const sides = listWords(players.map((p) => nameOf(scenario, p)));
  // A student's game opened from the class report says whose it is, not "You lead".
  const lead =
    reviewing !== null
      ? t('shell.shell.leadReview', { player: reviewing, sides })
      : players.length > 1
        ? t('shell.shell.leadHotSeat', { sides })
        : t('shell.shell.leadOne', { name: nameOf(scenario, players[0]!) });
  const rewindTo = h('select', { id: 'rewind-turn' }, ...Array.from({ length: game.turn }, (_, i) => h('option', { attrs: { value: String(i + 1) } }, t('shell.shell.rewindOption', { turn: i + 1 }))));
  // Once a turn is resolved (its playback, its report), going back most likely means playing that turn again.
  rewindTo.value = String(turnShown(game, phase).turn);
  const hash = stateHash(game);
  header.replaceChildren(
      h(
        'div',
        { class: 'title-block' },
        h('h1', {}, tx(scenario.title)),
        h('p', { class: 'lead' }, t('shell.shell.lead', { lead, turn: turnLine(game, phase) })),
      ),
      h(
        'div',
        { class: 'header-side' },
        h(
        'div',
        { class: 'toolbar game-tools no-print' },
        tools.save ? button(t('shell.shell.save'), tools.save, { id: 'export-save' }) : null,
        // A game that has ended is handed in, not stopped.
        tools.handIn ? button(t(game.ending ? 'shell.shell.handInEnded' : 'shell.shell.handIn'), tools.handIn, { id: 'stop-hand-in' }) : null,
        tools.debrief && !game.ending && game.log.length > 0 && phase !== 'debrief' ? button(t('shell.shell.debriefSoFar'), tools.debrief, { id: 'debrief-so-far' }) : null,
        tools.rewind ? rewindTools(game, rewindTo, tools.rewind, reviewing !== null) : null,
        button(t('shell.shell.quit'), tools.quit, { id: 'quit', attrs: { 'aria-describedby': 'quit-hint' } }),
        // A student's game a teacher goes through is never kept in the browser: the class report holds its file.
        h('span', { id: 'quit-hint', class: 'sr-only' }, t(reviewing !== null ? 'shell.shell.quitHintReview' : 'shell.shell.quitHint')),
        ),
        // The switch sits on the quiet line under the tools, so that a longer language does not push them onto two rows.
        h(
          'div',
          { class: 'header-meta' },
          h('p', { id: 'state-hash', class: 'meta', attrs: { 'data-state-hash': hash, 'data-turn': String(game.turn) } }, t('shell.shell.seedLine', { seed: game.seed, hash })),
          langSwitch(choose),
        ),
      ),
  );
}

/** The turn the screen speaks of: while a turn plays out and in its report, the turn just resolved, not the next one. */
function turnShown(game: GameState, phase: Phase): { turn: number; resolved: boolean } {
  const resolved = phase === 'report' || phase === 'resolution' ? game.log[game.log.length - 1] : undefined;
  return resolved ? { turn: resolved.turn, resolved: true } : { turn: game.turn, resolved: false };
}

/** Where the game stands, for the header. */
function turnLine(game: GameState, phase: Phase): string {
  const { turn, resolved } = turnShown(game, phase);
  return t('shell.shell.turnLine', { turn, last: lastTurn(game), resolved: resolved ? 'yes' : 'no', period: periodOf(game.scenario, turn, { unbroken: true }) });
}
