// The advisor's sentences: a decision the whole course chose, though another course does about as well, says so and
// claims no preference; two reasons read as two clauses; in Russian the verb agrees with one option or several.
import { afterAll, describe, expect, it } from 'vitest';
import type { Explanation, Reason } from '../../src/ai/explain';
import { newGame } from '../../src/engine';
import { setLang } from '../../src/i18n';
import { explanationText } from '../../src/ui/explainWords';
import { shipped } from '../helpers';

const { scenario } = newGame(shipped('alliance-question-2020'), 'words');
const stepBack = (reasons: Reason[]): Explanation => ({
  actor: 'RUS',
  kind: 'posture',
  target: 'KAZ',
  decision: 'partner',
  ref: 'KAZ',
  changed: true,
  voice: { you: 'RUS', advice: true },
  head: { code: 'step-back', target: 'KAZ' },
  reasons,
});
const choice = (others: number): Explanation => ({
  actor: 'RUS',
  kind: 'choice',
  target: 'CHN',
  decision: 'x',
  ref: 'x',
  changed: true,
  voice: { you: 'RUS', advice: true },
  head: { code: 'choose', event: 'none', choice: 'x' },
  reasons: [
    { code: 'choice-would-hurt', others, parts: ['influence'] },
    { code: 'choice-keeps-faith', target: 'CHN' },
  ],
});

describe('the advisor’s sentences', () => {
  afterAll(() => setLang('en'));

  it('a course level with another within chance: either is about as good, and no preference claimed', () => {
    const text = explanationText(scenario, stepBack([{ code: 'course', best: false }, { code: 'prefers-options-open' }]));
    console.log(text);
    expect(text).toContain('either way is about as good');
    expect(text).not.toContain('prefer');
  });

  it('a course ahead beyond chance keeps its second reason', () => {
    const text = explanationText(scenario, stepBack([{ code: 'course', best: true }, { code: 'prefers-options-open' }]));
    console.log(text);
    expect(text).toContain('does best for you');
    expect(text).toContain('you prefer to keep your options open');
  });

  it('an option’s two reasons read as two clauses', () => {
    const text = explanationText(scenario, choice(1));
    console.log(text);
    expect(text).toContain('the alternative would hurt your influence, and this option keeps faith with China');
  });

  it('ru: one option “нанёс бы”, several “нанесли бы”; the second reason is set apart from the list of interests', async () => {
    await setLang('ru');
    const one = explanationText(scenario, choice(1));
    const two = explanationText(scenario, choice(2));
    console.log(one, '\n', two);
    expect(one).toContain('другой вариант нанёс бы');
    expect(two).toContain('другие варианты нанесли бы');
    expect(one).toMatch(/влияние; кроме того, этот вариант сохраняет верность/);
  });
});
