// A title put in quotation marks: the page's own marks outside, and marks already inside the title turned to the
// inner kind each language nests with, so a title never reads as two quotations run together.
import { afterAll, describe, expect, it } from 'vitest';
import { setLang } from '../../src/i18n';
import { quoted } from '../../src/ui/words';
import { shipped } from '../helpers';

describe('quoted', () => {
  afterAll(() => setLang('en'));

  it('English: “…‘…’…”, and a title wholly in quotation marks gets them once', async () => {
    await setLang('en');
    expect(quoted('Idlib 2021')).toBe('“Idlib 2021”');
    expect(quoted('“Eastern Axis”')).toBe('“Eastern Axis”');
    expect(quoted('Valdai: “not excluded”')).toBe('“Valdai: ‘not excluded’”');
    expect(quoted('“A” and “B”')).toBe('“‘A’ and ‘B’”');
    expect(quoted('say "no" twice')).toBe('“say ‘no’ twice”');
  });

  it('Chinese: inner “…” becomes ‘…’, one level further in “…” again', async () => {
    await setLang('zh');
    expect(quoted('瓦尔代：“不排除”')).toBe('“瓦尔代：‘不排除’”');
    expect(quoted('“一带一路”在中亚')).toBe('“‘一带一路’在中亚”');
    expect(quoted('他们更喜欢“坐山观虎斗”的政策。')).toBe('“他们更喜欢‘坐山观虎斗’的政策。”');
    expect(quoted('甲说“乙说“丙”了”')).toBe('“甲说‘乙说“丙”了’”');
    expect(quoted('《中俄密约》')).toBe('“《中俄密约》”');
  });

  it('Russian: inner «…» (or “…”) becomes „…“', async () => {
    await setLang('ru');
    expect(quoted('Валдай: «не исключено»')).toBe('«Валдай: „не исключено“»');
    expect(quoted('«Восточная ось»')).toBe('«Восточная ось»');
    expect(quoted('Операция „Буря“ и «Щит»')).toBe('«Операция „Буря“ и „Щит“»');
    expect(quoted('“Eastern Axis” и Иран')).toBe('«„Eastern Axis“ и Иран»');
  });

  it('every shipped title, choice and motto, quoted in Chinese, nests its marks', async () => {
    await setLang('zh');
    const texts = ['alliance-question-2020', 'afghanistan-2001', 'eastern-axis-2021', 'li-lobanov-1896'].flatMap((id) => {
      const s = shipped(id);
      return [s.title, ...s.events.flatMap((e) => [e.title, ...(e.choices ?? []).map((c) => c.label)]), ...s.actors.map((a) => a.persona?.motto)];
    });
    let nested = 0;
    for (const text of texts) {
      const zh = typeof text === 'object' ? text.zh : undefined;
      if (!zh) continue;
      const out = quoted(zh);
      // Outer marks once, and inside them no “ or ” at the first level.
      expect(out.startsWith('“') && out.endsWith('”'), out).toBe(true);
      expect(out.slice(1, -1), out).not.toMatch(/[“”]/);
      if (/[“”]/.test(zh)) nested += 1;
    }
    console.log(`zh texts with quotation marks of their own: ${nested}`);
    expect(nested).toBeGreaterThan(0);
  });
});
