// A lesson with a turn count and a temperament, end to end in the browser: the teacher sets them and gets the code, a
// student opens its link in a fresh browser, is told the lesson's length and temperament, plays by clicking, and the
// game ends after exactly the lesson's turns, as the report, the debrief, the save and the result file (which verifies) all say; a
// rewind and a reload keep the rules, and the what-if games are played by them.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { encodeClassCode, verifyResult, type ResultFile } from '../../src/classroom';
import { readSave } from '../../src/persistence';
import { launch } from './chromium';
import { expectAccessible, expectClean, latestSave, nextButton, openGame, position, screenOf, shippedScenarios, waitForScreen } from './game-page';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const base = () => inject('baseUrl');
const scenarios = shippedScenarios();
const scenario = scenarios.find((s) => s.id === 'sino-soviet-1945')!;
const TURNS = 3;
const text = async (page: Page, selector: string) => ((await page.locator(selector).textContent()) ?? '').replace(/\s+/g, ' ').trim();

/** Click through one screen (continue, skip the turn's playback, or submit the decisions as they stand) and wait for the next. */
async function step(page: Page): Promise<string> {
  const screen = await screenOf(page);
  await page.locator(nextButton(screen)).click();
  await page.waitForFunction((s) => !document.querySelector(`#screen > .screen.${s}`), screen);
  return screenOf(page);
}

describe('a lesson with a turn count and a temperament', () => {
  it('is made on the teacher’s screen and played to its end, exactly its turns, in a fresh browser', async () => {
    expect(scenario.turns).toBeGreaterThan(TURNS);

    // The teacher sets the lesson up in the menu.
    const teacherContext = await browser.newContext();
    const teacher = await openGame(teacherContext, base());
    await waitForScreen(teacher.page, 'menu');
    await teacher.page.locator('#teach-scenario').selectOption(scenario.id);
    await teacher.page.locator('#teach-side').selectOption('free');
    await teacher.page.locator('#teach-seed').fill('lesson-rules');
    expect(await teacher.page.locator('#teach-turns option').count()).toBe(scenario.turns);
    await teacher.page.locator('#teach-turns').selectOption(String(TURNS));
    await teacher.page.locator('#teach-temperament').selectOption('hawkish');
    // The class's language is the teacher's page's unless chosen: English here.
    const made = encodeClassCode({ scenarioId: scenario.id, scenarioHash: scenario.hash, seed: 'lesson-rules', side: 'free', advisor: true, turns: TURNS, temperament: 'hawkish', lang: 'en' });
    if (!made.ok) throw new Error(made.errors[0]!.message);
    await expect.poll(() => teacher.page.locator('#class-code').inputValue()).toBe(made.value);
    const link = await teacher.page.locator('#class-code-link').inputValue();
    expect(link).toContain(`class=${made.value}&lang=en`);
    await expectAccessible(teacher.page, 'menu with the lesson’s length and temperament');
    expectClean(teacher);
    await teacherContext.close();

    // A student opens the link in a browser of their own and is told what kind of lesson it is before choosing a side.
    const context = await browser.newContext();
    const game = await openGame(context, link);
    const { page } = game;
    await waitForScreen(page, 'class-join');
    const told = await text(page, '#lesson-rules');
    expect(told).toContain(`This lesson lasts ${TURNS} of the scenario’s ${scenario.turns} turns`);
    expect(told).toContain('The powers are hawkish in this lesson');
    await page.locator('#class-side input[value="CHN"]').check();
    await page.locator('#class-start').click();
    await waitForScreen(page, 'briefing');
    expect(await text(page, '#lesson-rules')).toBe(told);

    // Played by clicking: every briefing and report counts the lesson's turns, not the scenario's.
    const briefings: string[] = [];
    const nextButtons: string[] = [];
    let screen = await screenOf(page);
    for (let guard = 0; screen !== 'debrief'; guard++) {
      if (guard > 40) throw new Error('the game did not end');
      if (screen === 'briefing') {
        briefings.push(await text(page, '#screen-title'));
        expect(await text(page, '#game-header .lead')).toContain(`turn ${(await position(page)).turn} of ${TURNS}`);
      }
      if (screen === 'report') {
        nextButtons.push(await text(page, '#continue'));
        // The header speaks of the turn the report is about, not the next one.
        const resolved = (await text(page, '#screen-title')).replace('Report — turn ', '');
        expect(await text(page, '#game-header .lead')).toContain(`turn ${resolved} of ${TURNS}, resolved`);
      }
      screen = await step(page);
    }
    expect(briefings).toEqual(Array.from({ length: TURNS }, (_, i) => `Briefing — turn ${i + 1} of ${TURNS}`));
    expect(nextButtons).toEqual([...Array.from({ length: TURNS - 1 }, (_, i) => `Next turn (${i + 2} of ${TURNS})`), 'See how it ended']);

    // The debrief: ended after exactly the lesson's turns, and says so.
    const ending = `The lesson’s ${TURNS} turns were played: it ended after turn ${TURNS} of the scenario’s ${scenario.turns}.`;
    expect(await text(page, '#screen .ending')).toBe(ending);
    expect(await page.locator('ol.timeline > li').count()).toBe(TURNS);
    const end = await position(page);
    expect(end.turn).toBe(TURNS);

    // The autosave carries the rules and replays, in Node, to the game the page shows.
    const saved = readSave(await latestSave(page), scenarios);
    if (!saved.ok) throw new Error(saved.errors[0]!.message);
    expect(saved.value.save.rules).toEqual({ turns: TURNS, temperament: 'hawkish' });
    expect(saved.value.game.ending).toMatchObject({ reason: 'last-turn', turn: TURNS });
    expect(saved.value.game.log).toHaveLength(TURNS);

    // The result file records the lesson's rules.
    await page.locator('#hand-in-name').fill('Lin');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#hand-in-download').click()]);
    const resultText = readFileSync((await download.path())!, 'utf8');
    const result = JSON.parse(resultText) as ResultFile;
    expect([result.turns, result.ending?.turn, result.options]).toEqual([TURNS, TURNS, { side: 'free', advisor: true, turns: TURNS, temperament: 'hawkish' }]);
    expect(result.finalStateHash).toBe(end.hash);
    // And it verifies: replayed under those rules, with the computer's moves worked out again.
    const verified = verifyResult(resultText, scenarios);
    expect(verified.ok ? 'verified' : verified.errors.map((e) => e.message).join(' ')).toBe('verified');

    // The what-if games run in the worker by the same rules.
    expect(await text(page, '#what-if')).toContain('each game as long as yours and with the same temperament');
    await page.locator('#what-if-run').click();
    await page.locator('#what-if-results').waitFor({ timeout: 30_000 });
    expect(await page.locator('#what-if-results li').count()).toBe(4);

    // A rewind to the last turn keeps the rules; the same clicks lead to the same end.
    await page.locator('#rewind-turn').selectOption(String(TURNS));
    await page.locator('#rewind').click();
    // From a finished game, the rewind asks first: keeping the game changes nothing, going back goes back.
    if (process.env.LESSON_SHOTS) await page.screenshot({ path: `${process.env.LESSON_SHOTS}/rewind-question.png` });
    expect(await text(page, '#rewind-question')).toBe(`Going back to turn ${TURNS} drops turn ${TURNS} of this finished game (save it to a file first to keep it).`);
    await page.locator('#rewind-cancel').click();
    await waitForScreen(page, 'debrief');
    expect(await position(page)).toEqual(end);
    await page.locator('#rewind-turn').selectOption(String(TURNS));
    await page.locator('#rewind').click();
    await page.locator('#rewind-confirm').click();
    await waitForScreen(page, 'briefing');
    expect(await text(page, '#screen-title')).toBe(`Briefing — turn ${TURNS} of ${TURNS}`);
    for (screen = await screenOf(page); screen !== 'debrief'; ) screen = await step(page);
    expect(await position(page)).toEqual(end);

    // A reload resumes the finished lesson, still of its own length.
    await page.reload();
    await waitForScreen(page, 'debrief');
    expect(await text(page, '#screen .ending')).toBe(ending);
    expect(await position(page)).toEqual(end);
    expectClean(game);
    await context.close();
  });
});
