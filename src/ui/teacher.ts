// The menu's classroom corner: a student joins a class with the teacher's code; a teacher makes a code and a link for
// a lesson (scenario, side, seed, length, temperament, advisor) and opens the class report and the teacher's guides.
import { tx } from '../i18n';
import type { Scenario, Temperament } from '../engine';
import { TEMPERAMENTS, classLink, encodeClassCode, type ClassSide } from '../classroom';
import { button, h, section } from './dom';
import { listWords, nameOf, periodOf } from './words';

export interface ClassroomActions {
  join(code: string): void;
  openReport(): void;
  openGuide(scenarioId: string): void;
}

/** What the teacher is setting up, kept across redraws of the menu. `turns` 0 is the scenario's whole length. */
const draft = { scenario: '', side: 'free' as ClassSide, seed: 'class-1', advisor: true, turns: 0, temperament: 'normal' as Temperament };

const TEMPERAMENT_LABEL: Record<Temperament, string> = {
  calm: 'Calm: slower to start a crisis, quicker to back down',
  normal: 'As in the scenario: each power in character',
  hawkish: 'Hawkish: quicker to start a crisis, slower to back down',
};

function sidesFor(scenario: Scenario): { value: ClassSide; label: string }[] {
  const names = scenario.playable.map((p) => nameOf(scenario, p));
  return [
    ...scenario.playable.filter((p): p is 'RUS' | 'CHN' => p === 'RUS' || p === 'CHN').map((p) => ({ value: p, label: nameOf(scenario, p) })),
    ...(scenario.playable.length > 1 ? [{ value: 'free' as const, label: `Each student picks: ${listWords(names, 'or')}` }, { value: 'hotseat' as const, label: `Hot-seat pairs: ${listWords(names)}` }] : []),
  ];
}

export function joinSection(actions: ClassroomActions, problem: string | null): HTMLElement {
  const code = h('input', { id: 'join-code', attrs: { type: 'text', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'join-hint join-problem' } });
  const form = h('form', { class: 'join-form' });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    actions.join(code.value);
  });
  form.append(
    h('div', { class: 'field' }, h('label', { attrs: { for: 'join-code' } }, 'Class code'), code, h('p', { id: 'join-hint', class: 'hint' }, 'The code your teacher gave you, such as B1-05RT-G8JB-…')),
    h('div', { class: 'toolbar' }, h('button', { id: 'join', attrs: { type: 'submit' } }, 'Join the class')),
  );
  return section(
    'join-class',
    'Join a class',
    2,
    {},
    form,
    h('div', { id: 'join-problem', class: problem ? 'refusal' : '', attrs: { role: 'alert' } }, problem ?? ''),
  );
}

export function teacherSection(scenarios: readonly Scenario[], actions: ClassroomActions): HTMLElement {
  if (!scenarios.some((s) => s.id === draft.scenario)) draft.scenario = scenarios[0]!.id;
  const box = section('teachers', 'For teachers', 2, { class: 'teachers' });
  const body = h('div');
  box.append(
    h('p', {}, 'Make a class code: every student who opens its link, or types the code, plays the same world with the same events. Collect the result files at the end and open them in the class report.'),
    body,
  );

  const draw = () => {
    const scenario = scenarios.find((s) => s.id === draft.scenario)!;
    const sides = sidesFor(scenario);
    if (!sides.some((s) => s.value === draft.side)) draft.side = sides[0]!.value;
    // A length the new scenario cannot have falls back to its whole length.
    if (draft.turns >= scenario.turns) draft.turns = 0;

    const pick = h('select', { id: 'teach-scenario' }, ...scenarios.map((s) => h('option', { attrs: { value: s.id } }, tx(s.title))));
    pick.value = scenario.id;
    pick.addEventListener('change', () => {
      draft.scenario = pick.value;
      draw();
      document.getElementById('teach-scenario')?.focus();
    });
    const side = h('select', { id: 'teach-side' }, ...sides.map((s) => h('option', { attrs: { value: s.value } }, s.label)));
    side.value = draft.side;
    const seed = h('input', { id: 'teach-seed', attrs: { type: 'text', autocomplete: 'off', spellcheck: 'false', maxlength: 40, 'aria-describedby': 'teach-seed-hint' } });
    seed.value = draft.seed;
    const advisor = h('input', { id: 'teach-advisor', attrs: { type: 'checkbox' } });
    advisor.checked = draft.advisor;
    const turns = h(
      'select',
      { id: 'teach-turns', attrs: { 'aria-describedby': 'teach-turns-hint' } },
      h('option', { attrs: { value: '0' } }, `All ${scenario.turns} ${scenario.turns === 1 ? 'turn' : 'turns'} (to ${periodOf(scenario, scenario.turns)})`),
      ...Array.from({ length: scenario.turns - 1 }, (_, i) => i + 1).map((n) => h('option', { attrs: { value: String(n) } }, `${n} ${n === 1 ? 'turn' : 'turns'} (to ${periodOf(scenario, n)})`)),
    );
    turns.value = String(draft.turns);
    const temperament = h('select', { id: 'teach-temperament', attrs: { 'aria-describedby': 'teach-temperament-hint' } }, ...TEMPERAMENTS.map((t) => h('option', { attrs: { value: t } }, TEMPERAMENT_LABEL[t])));
    temperament.value = draft.temperament;

    const code = h('input', { id: 'class-code', attrs: { type: 'text', readonly: true } });
    const link = h('input', { id: 'class-code-link', attrs: { type: 'text', readonly: true } });
    const problem = h('p', { id: 'class-code-problem', attrs: { role: 'alert' } });
    const copied = h('p', { id: 'class-code-copied', class: 'hint', attrs: { role: 'status' } });
    const update = () => {
      draft.side = side.value as ClassSide;
      draft.seed = seed.value;
      draft.advisor = advisor.checked;
      draft.turns = Number(turns.value);
      draft.temperament = temperament.value as Temperament;
      // Only what changes the game goes into the code: a plain lesson keeps the short code it always had.
      const made = encodeClassCode({
        scenarioId: scenario.id,
        scenarioHash: scenario.hash,
        seed: draft.seed.trim(),
        side: draft.side,
        advisor: draft.advisor,
        ...(draft.turns > 0 ? { turns: draft.turns } : {}),
        ...(draft.temperament !== 'normal' ? { temperament: draft.temperament } : {}),
      });
      problem.textContent = made.ok ? '' : made.errors.map((e) => e.message).join(' ');
      code.value = made.ok ? made.value : '';
      link.value = made.ok ? classLink(`${location.origin}${location.pathname}`, made.value) : '';
    };
    for (const input of [side, seed, advisor, turns, temperament]) input.addEventListener(input === seed ? 'input' : 'change', update);
    update();
    for (const input of [code, link]) input.addEventListener('focus', () => input.select());
    const copy = (input: HTMLInputElement, what: string) => () => {
      input.focus();
      input.select();
      // The clipboard API needs a secure page; copying the selection works on a plain http classroom server too.
      const done = () => (copied.textContent = `The ${what} is copied.`);
      if (navigator.clipboard) navigator.clipboard.writeText(input.value).then(done, () => document.execCommand('copy') && done());
      else if (document.execCommand('copy')) done();
    };

    body.replaceChildren(
      h('div', { class: 'field' }, h('label', { attrs: { for: 'teach-scenario' } }, 'Scenario'), pick, h('p', { class: 'hint' }, `${scenario.turns} turns · about ${scenario.classMinutes} minutes of play`)),
      h('div', { class: 'field' }, h('label', { attrs: { for: 'teach-side' } }, 'Students play'), side),
      h('div', { class: 'field' }, h('label', { attrs: { for: 'teach-seed' } }, 'World seed'), seed, h('p', { id: 'teach-seed-hint', class: 'hint' }, 'Up to 40 characters; a new seed deals a new world.')),
      h('div', { class: 'field' }, h('label', { attrs: { for: 'teach-turns' } }, 'Length of the lesson'), turns, h('p', { id: 'teach-turns-hint', class: 'hint' }, 'A shorter lesson ends the game after that turn; students are told at the start.')),
      h(
        'div',
        { class: 'field' },
        h('label', { attrs: { for: 'teach-temperament' } }, 'Temperament of the powers'),
        temperament,
        h('p', { id: 'teach-temperament-hint', class: 'hint' }, 'How readily every power starts a crisis and presses it rather than backing down.'),
      ),
      h('div', { class: 'field checkbox' }, h('span', {}, advisor, ' ', h('label', { attrs: { for: 'teach-advisor' } }, 'Students may ask the advisor'))),
      problem,
      h('div', { class: 'field' }, h('label', { attrs: { for: 'class-code' } }, 'Class code'), code, button('Copy the code', copy(code, 'code'), { id: 'copy-code' })),
      h('div', { class: 'field class-link' }, h('label', { attrs: { for: 'class-code-link' } }, 'Link for the class'), link, button('Copy the link', copy(link, 'link'), { id: 'copy-link' })),
      copied,
      h(
        'div',
        { class: 'toolbar' },
        button('Class report', actions.openReport, { id: 'open-report' }),
        button(`Teacher’s guide: ${scenario.title}`, () => actions.openGuide(scenario.id), { id: 'open-guide' }),
      ),
    );
  };
  draw();
  return box;
}
