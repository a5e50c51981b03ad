// The class report a teacher opens after a short lesson, in a real browser: the teacher's corner gives the lesson's own
// turns and minutes; the class code made there is already in the report's field, again after going through a
// student's game, and in another tab; a game stopped before the lesson's end is marked, set beside history over its
// own turns and kept out of the side's figures; every column of the report's tables is in sight at 1280×720 in each
// language, and on a phone each student's row is a card.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeResult, type ClassSettings } from '../../src/classroom';
import { playedInClass, resultOf } from '../classroom/support';
import { launch } from './chromium';
import { LAPTOP, PHONE, expectClean, openGame, waitForScreen } from './game-page';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const base = () => inject('baseUrl');
const SCENARIO = 'eastern-axis-2021';
const SEED = 'class-short';
const LESSON: ClassSettings = { side: 'free', advisor: false, turns: 3, temperament: 'hawkish' };
const shots = process.env.CLASS_SHOTS;
const text = async (page: Page, selector: string) => ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();

/** Three students of the lesson, played in Node as the game plays them: two to its end, one stopped after 2 turns. */
function handedIn(): { name: string; mimeType: string; buffer: Buffer }[] {
  const students: [string, string, number | undefined][] = [
    ['anna', 'Anna K.', undefined],
    ['ben', 'Ben', undefined],
    ['cara', 'Cara L', 2],
  ];
  return students.map(([file, player, stopAfter]) => {
    const game = playedInClass(SCENARIO, SEED, { sides: ['RUS'], settings: LESSON, student: 'random', who: file, ...(stopAfter === undefined ? {} : { stopAfter }) });
    return { name: `${file}.json`, mimeType: 'application/json', buffer: Buffer.from(writeResult(resultOf(game, player, ['RUS'], LESSON))) };
  });
}

/** The report's tables that scroll sideways to show all their columns (none should). */
const clipped = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('#class-results .table-wrap')]
      .filter((wrap) => wrap.scrollWidth > wrap.clientWidth + 1 || wrap.getBoundingClientRect().right > window.innerWidth)
      .map((wrap) => `${wrap.querySelector('table')?.id}: ${wrap.scrollWidth} px in ${wrap.clientWidth}`),
  );

async function checkFiles(page: Page, files: ReturnType<typeof handedIn>): Promise<void> {
  await page.locator('#result-files').setInputFiles(files);
  await page.locator('#class-results').waitFor({ timeout: 30_000 });
  expect(await page.locator('#class-results').getAttribute('data-verified')).toBe('3');
}

describe('the class report of a short lesson', () => {
  it('gives the lesson’s length, keeps the class code, marks a stopped game, and shows every column on a laptop and a phone', async () => {
    const files = handedIn();
    const context = await browser.newContext();
    const teacher = await openGame(context, `${base()}?lang=en`);
    const { page } = teacher;
    await page.setViewportSize(LAPTOP);
    await waitForScreen(page, 'menu');

    // The teacher sets a three-turn lesson: the corner says three turns and their minutes, as the guide does.
    await page.locator('#teach-scenario').selectOption(SCENARIO);
    await page.locator('#teach-seed').fill(SEED);
    await page.locator('#teach-advisor').uncheck();
    await page.locator('#teach-temperament').selectOption('hawkish');
    const whole = await text(page, '#teach-scenario-hint');
    await page.locator('#teach-turns').selectOption('3');
    const hint = await text(page, '#teach-scenario-hint');
    expect(hint).not.toBe(whole);
    const [, all, minutes] = hint.match(/^3 turns of the scenario’s (\d+) · about (\d+) minutes of play$/) ?? [];
    expect(whole).toMatch(new RegExp(`^${all} turns · about \\d+ minutes of play$`));
    await page.locator('#open-guide').click();
    await waitForScreen(page, 'guide');
    expect(await text(page, '#guide-meta')).toContain(`3 turns · about ${minutes} minutes of play`);
    await page.locator('#guide-back').click();
    await waitForScreen(page, 'menu');
    const code = await page.locator('#class-code').inputValue();
    expect(code).toMatch(/^B1-/);

    // Its class report opens with that code in the field, saying where it came from.
    await page.locator('#open-report').click();
    await waitForScreen(page, 'class-report');
    expect(await page.locator('#report-code').inputValue()).toBe(code);
    expect(await text(page, '#report-code-filled')).toMatch(/^Filled in with the class code made in this tab/);
    await checkFiles(page, files);

    // The stopped game is marked, set beside history over its own two turns, and left out of Russia's figures.
    const cara = page.locator('#student-rows tbody tr', { hasText: 'cara.json' });
    expect(await cara.locator('td').nth(0).textContent()).toBe('verified ✓; stopped after 2 of 3 turns');
    expect(await cara.locator('td').nth(1).textContent()).toMatch(/^Russia \d+\.\d \(historical path after 2 turns: \d+\.\d\)$/);
    expect(await page.locator('#student-rows tbody tr', { hasText: 'anna.json' }).locator('td').nth(0).textContent()).toBe('verified ✓');
    expect(await text(page, '#side-RUS-title')).toBe('Playing Russia: 2 games');
    expect(await page.locator('#scores-RUS tbody td').first().textContent()).toBe('2');
    const banded = await page.locator('#side-RUS .histogram .bar-value').allTextContents();
    expect(banded.reduce((n, x) => n + Number(x), 0)).toBe(2);
    expect(await text(page, '#stopped-RUS')).toContain('left out of these figures, which are of games played to the lesson’s end: Cara L (2 of 3 turns).');

    // At 1280×720 every column of every table is in sight, the students' last one too.
    expect(await clipped(page)).toEqual([]);
    if (shots) {
      await page.locator('#side-RUS').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${shots}/report-lesson-side-laptop.png` });
      await page.evaluate(() => document.querySelector('#student-rows')!.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: `${shots}/report-lesson-students-laptop.png` });
    }

    // On a phone each row is a card: nothing runs off the side, and every figure is named.
    await page.setViewportSize(PHONE);
    expect((await clipped(page)).filter((x) => x.startsWith('student-rows'))).toEqual([]);
    const labels = await cara.locator('td').evaluateAll((cells) => cells.map((c) => getComputedStyle(c, '::before').content));
    expect(labels).toEqual(['"Verdict"', '"Score"', '"Alliances formed / broken"', '"Abandoned by partners"', '"Let partners down"', '"Entrapped"']);
    const inside = await cara.locator('td, th').evaluateAll((cells) => cells.every((c) => c.getBoundingClientRect().right <= window.innerWidth));
    expect(inside).toBe(true);
    if (shots) {
      await page.evaluate(() => document.querySelector('#student-rows')!.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: `${shots}/report-lesson-students-phone.png` });
    }
    await page.setViewportSize(LAPTOP);

    // Through the stopped game and back: the report is there, and the field still holds the code it was checked with.
    await cara.locator('button.open-game').click();
    await page.waitForFunction(() => !document.querySelector('#screen > .screen.class-report'));
    await page.locator('#quit').click();
    await page.waitForSelector('#screen > .screen.menu, #screen > .screen.class-report', { timeout: 15_000 });
    if (await page.locator('#screen > .screen.menu').count()) await page.locator('#open-report').click();
    await waitForScreen(page, 'class-report');
    expect(await page.locator('#report-code').inputValue()).toBe(code);
    expect(await page.locator('#class-results').getAttribute('data-verified')).toBe('3');
    expectClean(teacher);

    // Another tab of the browser, in Russian and in Chinese: the last class made here fills the field, and the
    // report's columns are all in sight at 1280×720 in those languages too.
    for (const lang of ['ru', 'zh']) {
      const other = await openGame(context, `${base()}?lang=${lang}`);
      await other.page.setViewportSize(LAPTOP);
      await waitForScreen(other.page, 'menu');
      await other.page.locator('#open-report').click();
      await waitForScreen(other.page, 'class-report');
      expect(await other.page.locator('#report-code').inputValue()).toBe(code);
      expect(await other.page.locator('#report-code-filled').isVisible()).toBe(true);
      await checkFiles(other.page, files);
      expect(await clipped(other.page), lang).toEqual([]);
      if (shots) {
        await other.page.evaluate(() => document.querySelector('#student-rows')!.scrollIntoView({ block: 'start' }));
        await other.page.screenshot({ path: `${shots}/report-lesson-students-laptop-${lang}.png` });
      }
      expectClean(other);
      await other.page.close();
    }
    await context.close();
  }, 180_000);
});
