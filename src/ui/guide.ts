// The teacher's guide to a scenario: objectives, a 45-minute lesson plan timed from the scenario's length, the steps
// to set the lesson up and collect the results, and the discussion questions. Printable as a handout.
import { num, t, tx } from '../i18n/core';
import type { Scenario } from '../engine';
import { button, h, section } from './dom';
import { gamePeriod, quoted, sentences } from './words';

const LESSON = 45;
const BRIEFING = 5;
const DEBRIEF_MIN = 10;

/** The lesson's three parts in minutes: play gets what the briefing and a debrief of at least ten minutes leave. */
export function lessonPlan(scenario: Scenario): { briefing: number; play: number; debrief: number; perTurn: number; short: boolean } {
  const play = Math.min(scenario.classMinutes, LESSON - BRIEFING - DEBRIEF_MIN);
  return { briefing: BRIEFING, play, debrief: LESSON - BRIEFING - play, perTurn: Math.round((2 * play) / scenario.turns) / 2, short: scenario.classMinutes > play };
}

const clock = (m: number) => `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;

export function guideScreen(scenario: Scenario, scenarios: readonly Scenario[], open: (id: string) => void, back: () => void): HTMLElement {
  const plan = lessonPlan(scenario);
  const pick = h('select', { id: 'guide-scenario' }, ...scenarios.map((s) => h('option', { attrs: { value: s.id } }, tx(s.title))));
  pick.value = scenario.id;
  pick.addEventListener('change', () => open(pick.value));
  const title = tx(scenario.title);
  const play = t('report.guide.playWhat', { turns: scenario.turns, perTurn: num(plan.perTurn) });
  const rows: [number, number, string, string][] = [
    [0, plan.briefing, t('report.guide.briefing'), t('report.guide.briefingWhat', { summary: quoted(tx(scenario.summary)) })],
    [plan.briefing, plan.briefing + plan.play, t('report.guide.play'), plan.short ? sentences(play, t('report.guide.playLong', { minutes: scenario.classMinutes })) : play],
    [plan.briefing + plan.play, LESSON, t('report.guide.debrief'), t('report.guide.debriefWhat')],
  ];
  return h(
    'div',
    { class: 'screen guide' },
    h('h2', { id: 'screen-title', attrs: { tabindex: '-1' } }, t('report.guide.title', { title })),
    h('div', { class: 'field no-print' }, h('label', { attrs: { for: 'guide-scenario' } }, t('report.guide.for')), pick),
    h('p', {}, tx(scenario.summary)),
    h('p', { class: 'meta' }, t('report.guide.meta', { period: gamePeriod(scenario), turns: scenario.turns, minutes: scenario.classMinutes })),
    section('guide-objectives', t('report.guide.objectives'), 2, {}, h('p', {}, t('report.guide.studentsCan')), h('ul', {}, ...scenario.objectives.map((o) => h('li', {}, tx(o))))),
    section(
      'guide-timing',
      t('report.guide.lesson', { minutes: LESSON }),
      2,
      {},
      h(
        'table',
        {},
        h('thead', {}, h('tr', {}, h('th', { attrs: { scope: 'col' } }, t('report.guide.time')), h('th', { attrs: { scope: 'col' } }, t('report.guide.part')), h('th', { attrs: { scope: 'col' } }, t('report.guide.what')))),
        h('tbody', {}, ...rows.map(([from, to, part, what]) => h('tr', {}, h('td', {}, t('report.guide.span', { from: clock(from), to: clock(to), minutes: to - from })), h('th', { attrs: { scope: 'row' } }, part), h('td', {}, what)))),
      ),
    ),
    section(
      'guide-setup',
      t('report.guide.setup'),
      2,
      {},
      h(
        'ol',
        {},
        h('li', {}, t('report.guide.setup1', { title: quoted(title), turns: scenario.turns, section: t('class.teacher.title') })),
        h('li', {}, t('report.guide.setup2', { section: t('class.teacher.joinTitle') })),
        h('li', {}, t('report.guide.setup3', { button: t('shell.shell.handIn') })),
        h('li', {}, t('report.guide.setup4', { button: t('class.teacher.report') })),
      ),
    ),
    section('guide-questions', t('report.debrief.questions'), 2, {}, h('ol', {}, ...scenario.questions.map((q) => h('li', {}, tx(q))))),
    h('div', { class: 'toolbar no-print' }, button(t('report.guide.print'), () => window.print(), { id: 'print-guide' }), button(t('report.debrief.menu'), back, { id: 'guide-back', class: 'primary' })),
  );
}
