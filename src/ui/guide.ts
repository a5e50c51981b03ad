// The teacher's guide to a scenario: objectives, a 45-minute lesson plan timed from the scenario's length, the steps
// to set the lesson up and collect the results, and the discussion questions. Printable as a handout.
import { tx } from '../i18n';
import type { Scenario } from '../engine';
import { button, h, section } from './dom';
import { gamePeriod } from './words';

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
  const rows: [number, number, string, string][] = [
    [0, plan.briefing, 'Briefing', `Introduce the period and the two fears of alliance politics: abandonment and entrapment. Read the scenario’s summary aloud: “${scenario.summary}”`],
    [plan.briefing, plan.briefing + plan.play, 'Play', `${scenario.turns} turns, about ${plan.perTurn} minutes each. Students read the briefing, decide, submit and read the report each turn.${plan.short ? ` At an easy pace the game takes about ${scenario.classMinutes} minutes: keep turns brisk, or let students finish at home and hand in their file later.` : ''}`],
    [plan.briefing + plan.play, LESSON, 'Debrief', 'Students download their result file and hand it in; open the class report and discuss the questions below against the historical path.'],
  ];
  return h(
    'div',
    { class: 'screen guide' },
    h('h2', { id: 'screen-title', attrs: { tabindex: '-1' } }, `Teacher’s guide: ${scenario.title}`),
    h('div', { class: 'field no-print' }, h('label', { attrs: { for: 'guide-scenario' } }, 'Guide for'), pick),
    h('p', {}, tx(scenario.summary)),
    h('p', { class: 'meta' }, `${gamePeriod(scenario)} · ${scenario.turns} turns · about ${scenario.classMinutes} minutes of play`),
    section('guide-objectives', 'Learning objectives', 2, {}, h('p', {}, 'By the end of the lesson students can:'), h('ul', {}, ...scenario.objectives.map((o) => h('li', {}, tx(o))))),
    section(
      'guide-timing',
      `A ${LESSON}-minute lesson`,
      2,
      {},
      h(
        'table',
        {},
        h('thead', {}, h('tr', {}, h('th', { attrs: { scope: 'col' } }, 'Time'), h('th', { attrs: { scope: 'col' } }, 'Part'), h('th', { attrs: { scope: 'col' } }, 'What happens'))),
        h('tbody', {}, ...rows.map(([from, to, part, what]) => h('tr', {}, h('td', {}, `${clock(from)}–${clock(to)} (${to - from} min)`), h('th', { attrs: { scope: 'row' } }, part), h('td', {}, what)))),
      ),
    ),
    section(
      'guide-setup',
      'Setting up',
      2,
      {},
      h(
        'ol',
        {},
        h('li', {}, `Before the lesson, in the menu’s “For teachers” section, choose “${scenario.title}”, who students play, a world seed, the length of the lesson (all ${scenario.turns} turns or fewer), the temperament of the powers and whether students may ask the advisor. Copy the class code and the link.`),
        h('li', {}, 'Give the class the link (or write the code on the board: students type it under “Join a class”). Everyone gets the same world and the same events.'),
        h('li', {}, 'At the end of the game — or when you say stop, with “Stop and hand in” — each student types their name and downloads a result file. Collect the files (a shared folder, a learning platform, a USB stick).'),
        h('li', {}, 'Open “Class report” from the menu and drop in all the files at once. Each is checked by replaying it; an edited or foreign file is flagged with the reason and left out of the figures. Export the table as CSV if you wish.'),
      ),
    ),
    section('guide-questions', 'Questions for discussion', 2, {}, h('ol', {}, ...scenario.questions.map((q) => h('li', {}, tx(q))))),
    h('div', { class: 'toolbar no-print' }, button('Print this guide', () => window.print(), { id: 'print-guide' }), button('Back to the menu', back, { id: 'guide-back', class: 'primary' })),
  );
}
