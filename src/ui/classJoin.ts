// A class code that leaves the side to the student: the lesson's world, and a choice of side before it starts.
import { t, tx } from '../i18n/core';
import type { ActorId, Scenario } from '../engine';
import { lessonTurns, type ClassOptions } from '../classroom';
import { button, h, radioGroup } from './dom';
import { labelOf, rulesWords } from './words';

export function classJoinScreen(scenario: Scenario, lesson: ClassOptions, start: (side: ActorId) => void, back: () => void): HTMLElement {
  let side: ActorId = scenario.playable[0]!;
  const sides = radioGroup<string>({
    id: 'class-side',
    legend: t('class.classJoin.playAs'),
    options: scenario.playable.map((p) => ({ value: p, label: labelOf(scenario, p) })),
    checked: side,
    onChange: (value) => (side = value),
  });
  const form = h('form', { attrs: { 'aria-labelledby': 'screen-title' } });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    start(side);
  });
  // The lesson's length and temperament, in the words the briefing will use once the game starts.
  const rules = rulesWords(scenario, { turns: lessonTurns(scenario, lesson), ...(lesson.temperament ? { temperament: lesson.temperament } : {}) });
  form.append(
    sides.node,
    h('div', { class: 'toolbar' }, h('button', { id: 'class-start', class: 'primary', attrs: { type: 'submit' } }, t('class.classJoin.start')), button(t('class.classJoin.back'), back, { id: 'class-back' })),
  );
  return h(
    'div',
    { class: 'screen class-join' },
    h('h2', { id: 'screen-title', attrs: { tabindex: '-1' } }, t('class.classJoin.title', { title: tx(scenario.title) })),
    h('p', {}, tx(scenario.summary)),
    h('p', { class: 'meta' }, t('class.classJoin.meta', { seed: lesson.seed, advisor: lesson.advisor ? 'on' : 'off' })),
    rules.length > 0 ? h('div', { id: 'lesson-rules', class: 'lesson-rules' }, ...rules.map((line) => h('p', {}, line))) : null,
    form,
  );
}
