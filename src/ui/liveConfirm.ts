// A button that asks once more before it acts, for what cannot be undone (ending or deleting a class) or what loses
// the way back to something (forgetting a class on this device).
import { t } from '../i18n/core';
import { button, h } from './dom';

/** The question and a second button appear in the button's place; Cancel puts it back. */
export function confirmed(id: string, label: string, question: string, yes: string, act: () => void): HTMLElement {
  const box = h('span', { class: 'confirm' });
  const ask = () => {
    box.replaceChildren(
      h('span', { id: `${id}-question`, attrs: { role: 'alert' } }, question),
      ' ',
      button(yes, act, { id: `${id}-yes`, class: 'danger' }),
      ' ',
      button(t('class.live.keep'), reset, { id: `${id}-no` }),
    );
    document.getElementById(`${id}-no`)?.focus();
  };
  const reset = () => {
    box.replaceChildren(button(label, ask, { id }));
    document.getElementById(id)?.focus();
  };
  box.append(button(label, ask, { id }));
  return box;
}
