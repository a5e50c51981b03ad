// The teacher's guide to a scenario: objectives, a 45-minute lesson plan timed from the lesson's length, the steps
// to set the lesson up and collect the results, and the discussion questions. Printable as a handout.
import { num, t, tx } from '../i18n/core';
import type { GameRules, Scenario } from '../engine';
import { button, h, section } from './dom';
import { gamePeriod, quoted, rulesWords, sentences } from './words';

const LESSON = 45;
const BRIEFING = 5;
const DEBRIEF_MIN = 10;

/** The minutes of play a lesson of `turns` of the scenario's turns takes at an easy pace: its share of the scenario's. */
export const playMinutes = (scenario: Scenario, turns: number): number => Math.max(1, Math.round((scenario.classMinutes * turns) / scenario.turns));

/** The three parts in minutes of a lesson of `turns` turns: play gets what the briefing and a debrief of at least
 *  ten minutes leave. */
export function lessonPlan(scenario: Scenario, turns = scenario.turns): { briefing: number; play: number; debrief: number; perTurn: number; short: boolean } {
  const wanted = playMinutes(scenario, turns);
  const play = Math.min(wanted, LESSON - BRIEFING - DEBRIEF_MIN);
  return { briefing: BRIEFING, play, debrief: LESSON - BRIEFING - play, perTurn: Math.round((2 * play) / turns) / 2, short: wanted > play };
}

const clock = (m: number) => `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;

/** The guide to a lesson: the class code's `rules` (a shorter game, a temperament), the scenario's own game by
 *  default. */
export function guideScreen(scenario: Scenario, scenarios: readonly Scenario[], open: (id: string) => void, back: () => void, rules: GameRules = {}): HTMLElement {
  const turns = Math.min(rules.turns ?? scenario.turns, scenario.turns);
  const shorter = turns < scenario.turns;
  const plan = lessonPlan(scenario, turns);
  const minutes = playMinutes(scenario, turns);
  const pick = h('select', { id: 'guide-scenario' }, ...scenarios.map((s) => h('option', { attrs: { value: s.id } }, tx(s.title))));
  pick.value = scenario.id;
  pick.addEventListener('change', () => open(pick.value));
  const title = tx(scenario.title);
  // The lesson's minutes of play, and when they are fewer than the game takes at an easy pace, those too: one
  // sentence that says both, so the two figures never read as two estimates of one thing.
  const play = plan.short
    ? t('report.guide.playShort', { turns, play: plan.play, perTurn: num(plan.perTurn), minutes })
    : t('report.guide.playWhat', { turns, perTurn: num(plan.perTurn) });
  const rows: [number, number, string, string][] = [
    [0, plan.briefing, t('report.guide.briefing'), t('report.guide.briefingWhat', { summary: quoted(tx(scenario.summary)) })],
    [plan.briefing, plan.briefing + plan.play, t('report.guide.play'), sentences(play, t('report.guide.eachTurn'))],
    [plan.briefing + plan.play, LESSON, t('report.guide.debrief'), t('report.guide.debriefWhat')],
  ];
  // The temperament is told as the students' briefing tells it; the length has the guide's own sentence below.
  const lesson = [...(shorter ? [t('report.guide.shorter', { turns, all: scenario.turns })] : []), ...rulesWords(scenario, { ...(rules.temperament ? { temperament: rules.temperament } : {}) })];
  return h(
    'div',
    { class: 'screen guide' },
    h('h2', { id: 'screen-title', attrs: { tabindex: '-1' } }, t('report.guide.title', { title })),
    h('div', { class: 'field no-print' }, h('label', { attrs: { for: 'guide-scenario' } }, t('report.guide.for')), pick),
    h('p', {}, tx(scenario.summary)),
    h('p', { class: 'meta', id: 'guide-meta' }, t('report.guide.meta', { period: gamePeriod(scenario, turns), turns, minutes })),
    lesson.length > 0 ? h('p', { class: 'hint', id: 'guide-lesson' }, sentences(...lesson)) : null,
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
    section(
      'guide-questions',
      t('report.debrief.questions'),
      2,
      {},
      // The questions are the whole story's: a shorter lesson stops before the years some of them ask about.
      shorter ? h('p', { class: 'hint', id: 'guide-later' }, t('report.guide.laterYears', { period: gamePeriod(scenario, turns) })) : null,
      h('ol', {}, ...scenario.questions.map((q) => h('li', {}, tx(q)))),
    ),
    h('div', { class: 'toolbar no-print' }, button(t('report.guide.print'), () => window.print(), { id: 'print-guide' }), button(t('report.debrief.menu'), back, { id: 'guide-back', class: 'primary' })),
  );
}
