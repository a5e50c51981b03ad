// A live class's join page, for a class where each student plays alone and for a shared world alike.
import type { ActorId } from '../engine';
import { MAX_NAME, lessonRules } from '../classroom';
import { t, tx } from '../i18n/core';
import { button, h } from './dom';
import { codeShown } from './liveHost';
import { liveProblem } from './liveWords';
import { rulesWords } from './words';
import type { LiveClass } from './liveStudent';

/** What a live class's join page asks besides the name: the power, where the student picks one, and how to join. */
export interface JoinParts {
  /** A line under the title (a shared world says how its turns go). */
  intro: string | null;
  /** The power's field, drawn anew with each page; null when the class gives the power. */
  power: () => HTMLElement | null;
  join(name: string): Promise<void>;
  /** How a refusal names a power (a seat taken). */
  named?: (id: ActorId) => string;
  back(): void;
}

/** A live class's join page: the name and what `parts` asks, the class's lesson in words; the name and the last
 *  refusal are kept across redraws. */
export function joinScreen(live: LiveClass, parts: JoinParts): () => HTMLElement {
  const { info, scenario, lesson } = live;
  let name = '';
  let problem = '';
  return () => {
    const input = h('input', { id: 'live-name', attrs: { type: 'text', autocomplete: 'name', maxlength: MAX_NAME, required: true, 'aria-describedby': 'live-name-hint live-join-problem' } });
    input.value = name;
    input.addEventListener('input', () => (name = input.value));
    const problemBox = h('p', { id: 'live-join-problem', attrs: { role: 'alert' } }, problem);
    const joinButton = h('button', { id: 'live-join', class: 'primary', attrs: { type: 'submit' } }, t('class.live.joinButton'));
    const form = h('form', { attrs: { 'aria-labelledby': 'screen-title' } });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      name = input.value.trim();
      if (!name) {
        problemBox.textContent = t('class.live.nameFirst');
        input.focus();
        return;
      }
      joinButton.disabled = true;
      problemBox.textContent = t('class.live.joining');
      parts.join(name).catch((fault: unknown) => {
        // A taken name or seat, an ended class: the server's sentence, in words of the page where known.
        problem = liveProblem(fault, 'student', parts.named);
        problemBox.textContent = problem;
        joinButton.disabled = false;
      });
    });
    const power = parts.power();
    form.append(
      h('div', { class: 'field' }, h('label', { attrs: { for: 'live-name' } }, t('class.live.name')), input, h('p', { id: 'live-name-hint', class: 'hint' }, t('class.live.nameHint'))),
      ...(power ? [power] : []),
      h('div', { class: 'toolbar' }, joinButton, button(t('class.classJoin.back'), parts.back, { id: 'live-join-back' })),
      problemBox,
    );
    const rules = rulesWords(scenario, lessonRules(lesson));
    return h(
      'div',
      { class: 'screen live-join-page' },
      h('h2', { id: 'screen-title', attrs: { tabindex: '-1' } }, t('class.live.joinTitle', { code: codeShown(info.code), title: tx(scenario.title) })),
      parts.intro === null ? null : h('p', {}, parts.intro),
      h('p', {}, tx(scenario.summary)),
      rules.length > 0 ? h('div', { id: 'lesson-rules', class: 'lesson-rules' }, ...rules.map((line) => h('p', {}, line))) : null,
      form,
    );
  };
}
