// Handing in: the student types a name and downloads the result file, which the teacher's class report replays.
// The file is made in the page and offered as a blob: nothing is sent anywhere. It carries the game's rewinds.
import type { ActorId, GameState } from '../engine';
import { MAX_NAME, makeResult, resultFileName, writeResult, type ClassSettings } from '../classroom';
import { t } from '../i18n/core';
import type { Rewind } from '../persistence';
import { button, h } from './dom';
import { download } from './download';

export function handInForm(game: GameState, sides: readonly ActorId[], settings: ClassSettings, rewinds: readonly Rewind[], prefix = 'hand-in'): HTMLElement {
  const name = h('input', { id: `${prefix}-name`, attrs: { type: 'text', autocomplete: 'name', maxlength: MAX_NAME, 'aria-describedby': `${prefix}-hint` } });
  const status = h('p', { id: `${prefix}-status`, attrs: { role: 'status' } });
  const save = () => {
    const player = name.value.trim();
    if (!player) {
      status.textContent = t('class.handIn.nameFirst');
      name.focus();
      return;
    }
    const result = makeResult(game, sides, player, settings, new Date().toISOString(), rewinds);
    const file = resultFileName(result);
    download(file, writeResult(result), 'application/json');
    status.textContent = t('class.handIn.saved', { file });
  };
  return h(
    'div',
    { class: 'hand-in' },
    h('div', { class: 'field' }, h('label', { attrs: { for: `${prefix}-name` } }, t('class.handIn.name')), name, h('p', { id: `${prefix}-hint`, class: 'hint' }, t('class.handIn.nameHint'))),
    h('div', { class: 'toolbar' }, button(t('class.handIn.download'), save, { id: `${prefix}-download`, class: 'primary' })),
    status,
  );
}

/** "Stop and hand in" during play: the form in a modal dialog over the game; `debrief`, when given, reads the game's
 *  debrief as far as it has gone (a student stopped by the bell sees what really happened too). */
export function openHandInDialog(game: GameState, sides: readonly ActorId[], settings: ClassSettings, rewinds: readonly Rewind[], debrief?: () => void): void {
  document.getElementById('hand-in-dialog')?.remove();
  const dialog = h('dialog', { id: 'hand-in-dialog', class: 'no-print', attrs: { 'aria-labelledby': 'hand-in-dialog-title' } });
  const close = () => {
    dialog.close();
    dialog.remove();
  };
  dialog.append(
    // A game that has ended is handed in whole; one still going, as far as it got.
    h('h2', { id: 'hand-in-dialog-title' }, t(game.ending ? 'shell.shell.handInEnded' : 'class.handIn.stopTitle')),
    h('p', {}, game.ending ? t('class.handIn.whole', { count: game.log.length }) : t('class.handIn.soFar', { count: game.log.length })),
    handInForm(game, sides, settings, rewinds, 'stop'),
    h(
      'div',
      { class: 'toolbar' },
      debrief && !game.ending && game.log.length > 0 ? button(t('class.handIn.debrief'), () => (close(), debrief()), { id: 'hand-in-debrief' }) : null,
      button(t('class.handIn.close'), close, { id: 'hand-in-close' }),
    ),
  );
  dialog.addEventListener('cancel', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  document.getElementById('stop-name')?.focus();
}
