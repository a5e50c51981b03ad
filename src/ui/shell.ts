// The page's regions around the game: the header (title, where the game stands, the game's tools), the screen of the
// phase, the dossier and news beside the map, the alerts and the screen-reader announcer. The page declares them
// (index.html) so that their boxes are laid out before the game arrives; a page without them gets them made here.
import { tx } from '../i18n';
import { lastTurn, stateHash, type ActorId, type GameState } from '../engine';
import type { Phase } from '../machine';
import { button, h, keepFocus } from './dom';
import { nameOf, periodOf, sidesWord } from './words';

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

export function mountShell(root: HTMLElement): Shell {
  const announcer = h('div', { id: 'announcer', class: 'sr-only', attrs: { role: 'status', 'aria-live': 'polite' } });
  const alerts = h('div', { id: 'alerts', attrs: { role: 'alert' } });
  const screen = h('div', { id: 'screen' });
  root.removeAttribute('aria-live');
  root.replaceChildren(announcer, alerts, screen);
  const header = region(root, 'header', 'game-header');
  const aside = region(root, 'aside', 'side-panels', 'Dossier and news');
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

export interface GameTools {
  save(): void;
  handIn(): void;
  rewind(turn: number): void;
  quit(): void;
}

/** The header in the menu: the game's name, and the guided first game for a newcomer (`guided`, when the game has it). */
export function menuHeader(header: HTMLElement, guided: (() => void) | null): void {
  header.replaceChildren(
    h('div', { class: 'title-block' }, h('h1', {}, 'Bowstring'), h('p', { class: 'tagline' }, 'Alliance politics, turn by turn')),
    ...(guided
      ? [
          h(
            'div',
            { class: 'header-side guided-entry' },
            button('New here? Play a guided first game', guided, { id: 'guided-game', attrs: { 'aria-describedby': 'guided-hint' } }),
            h('p', { id: 'guided-hint', class: 'hint' }, 'Four short turns, about ten minutes, with a guide'),
          ),
        ]
      : []),
  );
}

/** The header in a game: the scenario, who leads whom and where the turn stands, and the game's tools in one row. */
export function gameHeader(header: HTMLElement, game: GameState, players: readonly ActorId[], phase: Phase, tools: GameTools): void {
  const { scenario } = game;
  const lead = players.length > 1 ? `Hot-seat: ${sidesWord(scenario, players)}` : `You lead ${nameOf(scenario, players[0]!)}`;
  const rewindTo = h('select', { id: 'rewind-turn' }, ...Array.from({ length: game.turn }, (_, i) => h('option', { attrs: { value: String(i + 1) } }, `turn ${i + 1}`)));
  // Once a turn is resolved (its playback, its report), going back most likely means playing that turn again.
  rewindTo.value = String(turnShown(game, phase).turn);
  const hash = stateHash(game);
  header.replaceChildren(
      h(
        'div',
        { class: 'title-block' },
        h('h1', {}, tx(scenario.title)),
        h('p', { class: 'lead' }, `${lead} · ${turnLine(game, phase)}`),
      ),
      h(
        'div',
        { class: 'header-side' },
        h(
        'div',
        { class: 'toolbar game-tools no-print' },
        button('Save to a file', tools.save, { id: 'export-save' }),
        button('Stop and hand in', tools.handIn, { id: 'stop-hand-in' }),
        h('span', { class: 'rewind' }, h('label', { attrs: { for: 'rewind-turn' } }, 'Back to the start of'), rewindTo, button('Rewind', () => tools.rewind(Number(rewindTo.value)), { id: 'rewind' })),
        button('Main menu', tools.quit, { id: 'quit', attrs: { 'aria-describedby': 'quit-hint' } }),
        h('span', { id: 'quit-hint', class: 'sr-only' }, 'Your game is saved in this browser; resume it from the menu.'),
        ),
        h('p', { id: 'state-hash', class: 'meta', attrs: { 'data-state-hash': hash, 'data-turn': String(game.turn) } }, `World seed ${game.seed} · state ${hash}`),
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
  return `turn ${turn} of ${lastTurn(game)}${resolved ? ', resolved' : ''} · ${periodOf(game.scenario, turn)}`;
}
