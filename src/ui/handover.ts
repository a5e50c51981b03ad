// Hot-seat: between two players' decisions the screen shows nothing of anyone's choices, only whom to hand it to.
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
    h('h2', { id: 'screen-title', attrs: { tabindex: '-1' } }, `Hand the screen to ${next}`),
    done.length > 0 ? h('p', {}, `${done.join(' and ')} ${done.length > 1 ? 'have' : 'has'} decided. Those decisions are hidden until the turn is resolved.`) : h('p', {}, `${next} decides first this turn.`),
    h('p', {}, `${next}: press the button when you are at the screen and the other player is not looking.`),
    h('div', { class: 'toolbar' }, button(`I am ${next}: show my decisions`, () => ui.send({ type: 'CONTINUE' }), { id: 'continue', class: 'primary' })),
  );
}
