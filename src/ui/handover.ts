// Hot-seat: between two players' decisions the screen shows nothing of anyone's choices, only whom to hand it to.
import { listWords, t } from '../i18n/core';
import { gameOf, type Ui } from './context';
import { button, h } from './dom';
import { nameOf } from './words';

export function handOverScreen(ui: Ui): HTMLElement {
  const game = gameOf(ui);
  const { players, seat } = ui.snapshot.context;
  const next = nameOf(game.scenario, players[seat]!);
  const done = players.slice(0, seat).map((p) => nameOf(game.scenario, p));
  return h(
    'div',
    { class: 'screen handover' },
    h('h2', { id: 'screen-title', attrs: { tabindex: '-1' } }, t('report.handover.title', { next })),
    done.length > 0 ? h('p', {}, t('report.handover.decided', { done: listWords(done), count: done.length })) : h('p', {}, t('report.handover.first', { next })),
    h('p', {}, t('report.handover.ready', { next })),
    h('div', { class: 'toolbar' }, button(t('report.handover.show', { next }), () => ui.send({ type: 'CONTINUE' }), { id: 'continue', class: 'primary' })),
  );
}
