// The menu's classroom corner: a student joins a class with the teacher's code; a teacher makes a code and a link for
// a lesson (scenario, side, seed, length, temperament, advisor, language) and opens the class report and the
// teacher's guides.
import { lang, listWords, t, tx } from '../i18n/core';
import { LANGS, LANG_NAMES, LOCALE, type Lang } from '../i18n/langs';
import type { ActorId, GameRules, Scenario, Temperament } from '../engine';
import { MAX_SEED_BYTES, TEMPERAMENTS, classLink, encodeClassCode, type ClassSide } from '../classroom';
import type { CreateClass } from '../live/protocol';
import { codeShown, type TaughtClass } from './liveHost';
import { confirmed } from './liveConfirm';
import { button, h, radioGroup, section } from './dom';
import { playMinutes } from './guide';
import { labelOf, nameOf, periodOf, savedWhen, sentences } from './words';

export interface ClassroomActions {
  join(code: string): void;
  openReport(): void;
  /** The teacher's guide to a scenario, for the lesson `rules` set (fewer turns than all, a temperament). */
  openGuide(scenarioId: string, rules?: GameRules): void;
  /** Starts a live class on the class server and opens its live view; the sentence saying why not, when it cannot. */
  startLive(request: CreateClass): Promise<string | null>;
  /** The live classes this browser made, the live view of one, and forgetting one on this device. */
  taught(): TaughtClass[];
  openTaught(code: string): void;
  forgetTaught(code: string): void;
  /** A scenario file's text, when the scenario is one the author loaded (a live class carries it). */
  fileText(id: string): string | null;
  /** The class code the teacher made, kept for the class report to check the class's files against. */
  classMade(code: string): void;
}

/**
 * What the teacher is setting up, kept across redraws of the menu. `turns` 0 is the scenario's whole length; `lang`
 * null is the page's language, whichever it is when the code is made.
 */
const draft = {
  scenario: '',
  side: 'free' as ClassSide,
  seed: 'class-1',
  advisor: true,
  turns: 0,
  temperament: 'normal' as Temperament,
  lang: null as Lang | null,
  mode: 'solo' as LiveMode,
  /** A shared world's powers given to players, for the scenario `seatsOf` (another scenario starts from its playable ones). */
  seats: [] as ActorId[],
  seatsOf: '',
  stepSeconds: 120,
  /** Whether the teacher has set anything: until then the code shown is the menu's default, not a class made. */
  touched: false,
};

/** The lesson's rules the draft sets: its length and temperament, where they are not the scenario's own. */
const lessonDraftRules = (): GameRules => ({ ...(draft.turns > 0 ? { turns: draft.turns } : {}), ...(draft.temperament !== 'normal' ? { temperament: draft.temperament } : {}) });

/** How a live class is played: each student alone in the lesson's world, or one shared world where each student
 *  leads a power and the computer leads the rest. */
const LIVE_MODES = ['solo', 'world'] as const;
type LiveMode = (typeof LIVE_MODES)[number];
/** A shared world's time for each step of a turn, in seconds: from a quick round to a long discussion. */
const STEP_SECONDS = [30, 60, 120, 300, 600] as const;

/** A step's time in words: "30 seconds", "2 minutes". */
export const stepWords = (seconds: number): string => (seconds % 60 !== 0 ? t('class.live.seconds', { count: seconds }) : t('class.live.minutes', { count: seconds / 60 }));

/** A shared world's settings: the powers given to players (checkboxes of every power) and each step's time. */
function worldFields(scenario: Scenario): HTMLElement {
  if (draft.seatsOf !== scenario.id) {
    draft.seats = [...scenario.playable];
    draft.seatsOf = scenario.id;
  }
  const seats = h(
    'fieldset',
    { id: 'live-seats', attrs: { 'aria-describedby': 'live-seats-hint' } },
    h('legend', {}, t('class.live.seats')),
    h('p', { id: 'live-seats-hint', class: 'hint' }, t('class.live.seatsHint')),
    h(
      'div',
      { class: 'live-seat-list' },
      ...scenario.actors.map((a) => {
        const box = h('input', { id: `live-seat-${a.id}`, attrs: { type: 'checkbox', value: a.id } });
        box.checked = draft.seats.includes(a.id);
        box.addEventListener('change', () => {
          draft.seats = scenario.actors.map((x) => x.id).filter((id) => (id === a.id ? box.checked : draft.seats.includes(id)));
        });
        return h('span', { class: 'field checkbox' }, box, ' ', h('label', { attrs: { for: box.id } }, labelOf(scenario, a.id)));
      }),
    ),
  );
  const time = h('select', { id: 'live-step-time' }, ...STEP_SECONDS.map((x) => h('option', { attrs: { value: String(x) } }, stepWords(x))));
  time.value = String(draft.stepSeconds);
  time.addEventListener('change', () => (draft.stepSeconds = Number(time.value)));
  return h(
    'div',
    { id: 'live-world-fields' },
    seats,
    h('div', { class: 'field' }, h('label', { attrs: { for: 'live-step-time' } }, t('class.live.stepTime')), time, h('p', { class: 'hint' }, t('class.live.stepTimeHint'))),
  );
}

/** The lesson as set above, started as a live class on the class server. */
function liveBlock(scenario: Scenario, scenarios: readonly Scenario[], actions: ClassroomActions): HTMLElement {
  const problem = h('p', { id: 'live-start-problem', attrs: { role: 'alert' } });
  const world = h('div', {}, draft.mode === 'world' ? worldFields(scenario) : null);
  const modes = radioGroup<LiveMode>({
    id: 'live-mode',
    legend: t('class.live.mode'),
    options: LIVE_MODES.map((m) => ({ value: m, label: t(`class.live.mode.${m}`) })),
    checked: draft.mode,
    onChange: (m) => {
      draft.mode = m;
      world.replaceChildren(...(m === 'world' ? [worldFields(scenario)] : []));
    },
  });
  const start = button(
    t('class.live.start'),
    () => {
      const file = actions.fileText(scenario.id);
      if (draft.mode === 'world' && draft.seats.length === 0) {
        problem.textContent = t('class.live.noSeats');
        return;
      }
      const request: CreateClass = {
        scenarioId: scenario.id,
        ...(file !== null ? { scenarioFile: file } : {}),
        settings: { side: draft.side, advisor: draft.advisor, ...lessonDraftRules() },
        ...(draft.seed.trim() ? { seed: draft.seed.trim() } : {}),
        lang: draft.lang ?? lang(),
        mode: draft.mode,
        ...(draft.mode === 'world' ? { world: { seats: [...draft.seats], turnSeconds: draft.stepSeconds } } : {}),
      };
      start.disabled = true;
      problem.textContent = t('class.live.starting');
      void actions.startLive(request).then((why) => {
        start.disabled = false;
        problem.textContent = why ?? '';
      });
    },
    { id: 'live-start', class: 'primary' },
  );
  return h(
    'div',
    { id: 'live-class', class: 'live-start' },
    h('h3', {}, t('class.live.startTitle')),
    h('p', { class: 'hint' }, t('class.live.startHint')),
    modes.node,
    world,
    h('div', { class: 'toolbar' }, start),
    problem,
    taughtList(scenarios, actions),
  );
}

/** "Your live classes": every class this browser made, to open from any tab or to forget on this device. */
function taughtList(scenarios: readonly Scenario[], actions: ClassroomActions): HTMLElement | null {
  const taught = actions.taught();
  if (taught.length === 0) return null;
  const titleOf = (c: TaughtClass) => {
    const known = scenarios.find((s) => s.id === c.scenarioId);
    return known ? tx(known.title) : c.title;
  };
  return h(
    'div',
    { id: 'live-taught' },
    h('h4', { id: 'live-taught-title', attrs: { tabindex: '-1' } }, t('class.live.taughtTitle')),
    h('p', { class: 'hint' }, t('class.live.taughtHint')),
    h(
      'ul',
      { class: 'live-taught-list', attrs: { 'aria-labelledby': 'live-taught-title' } },
      ...taught.map((c) =>
        h(
          'li',
          { attrs: { 'data-code': c.code } },
          h('span', { class: 'live-taught-what' }, t('class.live.taughtItem', { code: codeShown(c.code), title: titleOf(c), mode: c.mode, made: savedWhen(c.madeAt) })),
          ' ',
          h(
            'span',
            { class: 'toolbar' },
            button(t('class.live.taughtOpen'), () => actions.openTaught(c.code), { id: `live-open-${c.code}`, attrs: { 'aria-label': t('class.live.taughtOpenLabel', { code: codeShown(c.code) }) } }),
            confirmed(`live-forget-${c.code}`, t('class.live.forget'), t('class.live.forgetQuestion', { code: codeShown(c.code) }), t('class.live.forgetYes'), () => actions.forgetTaught(c.code)),
          ),
        ),
      ),
    ),
  );
}

/** Who students play in `scenario`, as the teacher picks it: one power, each student's pick, or hot-seat pairs. */
export function sidesFor(scenario: Scenario): { value: ClassSide; label: string }[] {
  const names = scenario.playable.map((p) => nameOf(scenario, p));
  return [
    ...scenario.playable.filter((p): p is 'RUS' | 'CHN' => p === 'RUS' || p === 'CHN').map((p) => ({ value: p, label: labelOf(scenario, p) })),
    ...(scenario.playable.length > 1
      ? [
          { value: 'free' as const, label: t('class.teacher.sideFree', { names: listWords(names, 'disjunction') }) },
          { value: 'hotseat' as const, label: t('class.teacher.sideHotseat', { names: listWords(names) }) },
        ]
      : []),
  ];
}

/** The code as last typed: after a refusal the menu is drawn again, and the student mends what they typed. */
let typedCode = '';

export function joinSection(actions: ClassroomActions, problem: string | null): HTMLElement {
  const code = h('input', { id: 'join-code', attrs: { type: 'text', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'join-hint join-problem' } });
  code.value = typedCode;
  code.addEventListener('input', () => (typedCode = code.value));
  const form = h('form', { class: 'join-form' });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    actions.join(code.value.trim());
  });
  form.append(
    h('div', { class: 'field' }, h('label', { attrs: { for: 'join-code' } }, t('class.teacher.classCode')), code, h('p', { id: 'join-hint', class: 'hint' }, t('class.teacher.joinHint'), ' ', t('class.live.joinHint'))),
    h('div', { class: 'toolbar' }, h('button', { id: 'join', attrs: { type: 'submit' } }, t('class.teacher.join'))),
  );
  return section(
    'join-class',
    t('class.teacher.joinTitle'),
    2,
    {},
    form,
    h('div', { id: 'join-problem', class: problem ? 'refusal' : '', attrs: { role: 'alert' } }, problem ?? ''),
  );
}

/** The length and minutes of play of the lesson the teacher sets: the scenario's, or the fewer turns chosen. */
export function lengthHint(scenario: Scenario, turns: number): string {
  const played = turns > 0 ? turns : scenario.turns;
  const minutes = playMinutes(scenario, played);
  return played < scenario.turns ? t('class.teacher.lessonHint', { turns: played, all: scenario.turns, minutes }) : t('class.teacher.scenarioHint', { turns: played, minutes });
}

export function teacherSection(scenarios: readonly Scenario[], actions: ClassroomActions): HTMLElement {
  if (!scenarios.some((s) => s.id === draft.scenario)) draft.scenario = scenarios[0]!.id;
  const box = section('teachers', t('class.teacher.title'), 2, { class: 'teachers' });
  const body = h('div');
  box.append(h('p', {}, t('class.teacher.intro')), body);

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
      draft.touched = true;
      draw();
      document.getElementById('teach-scenario')?.focus();
    });
    const side = h('select', { id: 'teach-side' }, ...sides.map((s) => h('option', { attrs: { value: s.value } }, s.label)));
    side.value = draft.side;
    const seed = h('input', { id: 'teach-seed', attrs: { type: 'text', autocomplete: 'off', spellcheck: 'false', maxlength: MAX_SEED_BYTES, 'aria-describedby': 'teach-seed-hint' } });
    seed.value = draft.seed;
    const advisor = h('input', { id: 'teach-advisor', attrs: { type: 'checkbox' } });
    advisor.checked = draft.advisor;
    const turns = h(
      'select',
      { id: 'teach-turns', attrs: { 'aria-describedby': 'teach-turns-hint' } },
      h('option', { attrs: { value: '0' } }, t('class.teacher.allTurns', { count: scenario.turns, period: periodOf(scenario, scenario.turns) })),
      ...Array.from({ length: scenario.turns - 1 }, (_, i) => i + 1).map((n) => h('option', { attrs: { value: String(n) } }, t('class.teacher.someTurns', { count: n, period: periodOf(scenario, n) }))),
    );
    turns.value = String(draft.turns);
    const temperament = h(
      'select',
      { id: 'teach-temperament', attrs: { 'aria-describedby': 'teach-temperament-hint' } },
      ...TEMPERAMENTS.map((x) => h('option', { attrs: { value: x } }, t(`class.teacher.temperament.${x}`))),
    );
    temperament.value = draft.temperament;
    // Each language named in itself, as the language switch names it.
    const language = h(
      'select',
      { id: 'teach-lang', attrs: { 'aria-describedby': 'teach-lang-hint' } },
      ...LANGS.map((x) => h('option', { attrs: { value: x, lang: LOCALE[x] } }, LANG_NAMES[x])),
    );
    language.value = draft.lang ?? lang();

    // A class code is long: it wraps in full, to be read off the board letter by letter, instead of running out of its box.
    const code = h('textarea', { id: 'class-code', attrs: { readonly: true, rows: 3, spellcheck: 'false' } });
    const link = h('input', { id: 'class-code-link', attrs: { type: 'text', readonly: true } });
    const problem = h('p', { id: 'class-code-problem', attrs: { role: 'alert' } });
    const copied = h('p', { id: 'class-code-copied', class: 'hint', attrs: { role: 'status' } });
    const length = h('p', { id: 'teach-scenario-hint', class: 'hint' });
    const update = () => {
      draft.side = side.value as ClassSide;
      draft.seed = seed.value;
      draft.advisor = advisor.checked;
      draft.turns = Number(turns.value);
      draft.temperament = temperament.value as Temperament;
      if (language.value !== (draft.lang ?? lang())) draft.lang = language.value as Lang;
      const classLang = draft.lang ?? lang();
      // Only what changes the game goes into the code, and the class's language: a student plays in it.
      const made = encodeClassCode({
        scenarioId: scenario.id,
        scenarioHash: scenario.hash,
        seed: draft.seed.trim(),
        side: draft.side,
        advisor: draft.advisor,
        ...lessonDraftRules(),
        lang: classLang,
      });
      problem.textContent = made.ok ? '' : sentences(...made.errors.map((e) => e.message));
      code.value = made.ok ? made.value : '';
      link.value = made.ok ? classLink(`${location.origin}${location.pathname}`, made.value, classLang) : '';
      length.textContent = lengthHint(scenario, draft.turns);
      if (made.ok && draft.touched) actions.classMade(made.value);
    };
    for (const input of [side, seed, advisor, turns, temperament, language])
      input.addEventListener(input === seed ? 'input' : 'change', () => {
        draft.touched = true;
        update();
      });
    update();
    for (const input of [code, link]) input.addEventListener('focus', () => input.select());
    const copy = (input: HTMLInputElement | HTMLTextAreaElement, what: 'code' | 'link') => () => {
      // A code copied is a class made, even one of the menu's first settings.
      if (!draft.touched) {
        draft.touched = true;
        update();
      }
      input.focus();
      input.select();
      // The clipboard API needs a secure page; copying the selection works on a plain http classroom server too.
      const done = () => (copied.textContent = t('class.teacher.copied', { what }));
      if (navigator.clipboard) navigator.clipboard.writeText(input.value).then(done, () => document.execCommand('copy') && done());
      else if (document.execCommand('copy')) done();
    };

    body.replaceChildren(
      h(
        'div',
        { class: 'field' },
        h('label', { attrs: { for: 'teach-scenario' } }, t('class.teacher.scenario')),
        pick,
        length,
      ),
      h('div', { class: 'field' }, h('label', { attrs: { for: 'teach-side' } }, t('class.teacher.side')), side),
      h('div', { class: 'field' }, h('label', { attrs: { for: 'teach-seed' } }, t('class.teacher.seed')), seed, h('p', { id: 'teach-seed-hint', class: 'hint' }, t('class.teacher.seedHint', { most: MAX_SEED_BYTES }))),
      h('div', { class: 'field' }, h('label', { attrs: { for: 'teach-turns' } }, t('class.teacher.length')), turns, h('p', { id: 'teach-turns-hint', class: 'hint' }, t('class.teacher.lengthHint'))),
      h(
        'div',
        { class: 'field' },
        h('label', { attrs: { for: 'teach-temperament' } }, t('class.teacher.temperament')),
        temperament,
        h('p', { id: 'teach-temperament-hint', class: 'hint' }, t('class.teacher.temperamentHint')),
      ),
      h('div', { class: 'field' }, h('label', { attrs: { for: 'teach-lang' } }, t('class.teacher.lang')), language, h('p', { id: 'teach-lang-hint', class: 'hint' }, t('class.teacher.langHint'))),
      h('div', { class: 'field checkbox' }, h('span', {}, advisor, ' ', h('label', { attrs: { for: 'teach-advisor' } }, t('class.teacher.advisor')))),
      liveBlock(scenario, scenarios, actions),
      h('h3', {}, t('class.live.codeTitle')),
      problem,
      h('div', { class: 'field' }, h('label', { attrs: { for: 'class-code' } }, t('class.teacher.classCode')), code, button(t('class.teacher.copyCode'), copy(code, 'code'), { id: 'copy-code' })),
      h('div', { class: 'field class-link' }, h('label', { attrs: { for: 'class-code-link' } }, t('class.teacher.link')), link, button(t('class.teacher.copyLink'), copy(link, 'link'), { id: 'copy-link' })),
      copied,
      h(
        'div',
        { class: 'toolbar' },
        button(t('class.teacher.report'), actions.openReport, { id: 'open-report' }),
        button(t('class.teacher.guide', { title: tx(scenario.title) }), () => actions.openGuide(scenario.id, lessonDraftRules()), { id: 'open-guide' }),
      ),
    );
  };
  draw();
  return box;
}
