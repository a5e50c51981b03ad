// Handing in: the student types a name and downloads the result file, which the teacher's class report replays.
// The file is made in the page and offered as a blob: nothing is sent anywhere.
import type { ActorId, GameState } from '../engine';
import { MAX_NAME, makeResult, resultFileName, writeResult, type ClassSettings } from '../classroom';
import { button, h } from './dom';
import { download } from './download';

export function handInForm(game: GameState, sides: readonly ActorId[], settings: ClassSettings, prefix = 'hand-in'): HTMLElement {
  const name = h('input', { id: `${prefix}-name`, attrs: { type: 'text', autocomplete: 'name', maxlength: MAX_NAME, 'aria-describedby': `${prefix}-hint` } });
  const status = h('p', { id: `${prefix}-status`, attrs: { role: 'status' } });
  const save = () => {
    const player = name.value.trim();
    if (!player) {
      status.textContent = 'Type your name first, so your teacher knows whose file it is.';
      name.focus();
      return;
    }
    const result = makeResult(game, sides, player, settings, new Date().toISOString());
    const file = resultFileName(result);
    download(file, writeResult(result), 'application/json');
    status.textContent = `Saved as ${file}. Hand this file to your teacher.`;
  };
  return h(
    'div',
    { class: 'hand-in' },
    h('div', { class: 'field' }, h('label', { attrs: { for: `${prefix}-name` } }, 'Your name'), name, h('p', { id: `${prefix}-hint`, class: 'hint' }, 'Your teacher sees this name in the class report. For a pair at one screen, type both names.')),
    h('div', { class: 'toolbar' }, button('Download my result file', save, { id: `${prefix}-download`, class: 'primary' })),
    status,
  );
}

/** "Stop and hand in" during play: the form in a modal dialog over the game. */
export function openHandInDialog(game: GameState, sides: readonly ActorId[], settings: ClassSettings): void {
  document.getElementById('hand-in-dialog')?.remove();
  const dialog = h('dialog', { id: 'hand-in-dialog', class: 'no-print', attrs: { 'aria-labelledby': 'hand-in-dialog-title' } });
  const close = () => {
    dialog.close();
    dialog.remove();
  };
  dialog.append(
    h('h2', { id: 'hand-in-dialog-title' }, 'Stop and hand in'),
    h('p', {}, `Your game so far: ${game.log.length} ${game.log.length === 1 ? 'turn' : 'turns'} played. You can keep playing afterwards.`),
    handInForm(game, sides, settings, 'stop'),
    h('div', { class: 'toolbar' }, button('Close', close, { id: 'hand-in-close' })),
  );
  dialog.addEventListener('cancel', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  document.getElementById('stop-name')?.focus();
}
