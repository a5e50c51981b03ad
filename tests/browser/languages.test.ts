// A whole turn and the debrief in each language, as a student who opens a class link in it plays them: the page
// says its language, every screen speaks it (scenario prose included), nothing is cut off, no message is broken, and
// each language's decisions and debrief look like their stored baselines (Chinese in real glyphs, not boxes).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from './chromium';
import { expectClean, playToEnd, skipToReport, waitForScreen, watch, LAPTOP } from './game-page';
import { compareWithBaseline } from './png-diff';
import { shipped } from './shipped-size';
import { brokenWords, clippedText, latinShare } from './text-checks';

const GAME = 'scenario=idlib-2021&side=RUS&seed=world-0001';
/** The most of a screen's letters that may be Latin in Russian or Chinese: names such as "HTS" or "S-400" only. */
const MOST_LATIN = 0.05;
/** The most of a screenshot's pixels that may differ from its baseline (fonts antialias a little differently). */
const MOST_DIFFERING = 0.02;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function expectSpoken(page: Page, lang: string, screen: string): Promise<void> {
  expect(await brokenWords(page), `${lang} ${screen}: broken messages`).toEqual([]);
  expect(await clippedText(page), `${lang} ${screen}: text cut off`).toEqual([]);
  if (lang === 'en') return;
  const share = await latinShare(page, '#screen, header');
  console.log(`${lang} ${screen}: ${share.letters} letters, ${(share.latin * 100).toFixed(1)}% Latin (${share.sample})`);
  expect(share.latin, `${lang} ${screen}: Latin words left: ${share.sample}`).toBeLessThan(MOST_LATIN);
}

async function expectLooksLike(page: Page, lang: string, screen: string): Promise<void> {
  const shot = await page.locator('#screen').screenshot({ animations: 'disabled' });
  const result = compareWithBaseline(shot, `tests/browser/baselines/${screen}-${lang}.png`);
  console.log(`${lang} ${screen}: ${result.updated ? 'baseline written' : `${(result.differing * 100).toFixed(2)}% of pixels differ${result.diffPath ? ` (${result.diffPath})` : ''}`}`);
  expect(result.differing).toBeLessThan(MOST_DIFFERING);
}

describe.each([
  ['en', 'en-GB'],
  ['ru', 'ru'],
  ['zh', 'zh-Hans'],
])('a turn and the debrief in %s', (lang, htmlLang) => {
  it('speak the language on every screen, whole and unbroken', async () => {
    const context = await browser.newContext({ viewport: LAPTOP, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const game = watch(page, inject('baseUrl'));
    await page.goto(`${inject('baseUrl')}?lang=${lang}&${GAME}`);
    await waitForScreen(page, 'briefing');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(htmlLang);
    await expectSpoken(page, lang, 'briefing');
    await page.locator('#continue').click();
    await waitForScreen(page, 'decisions');
    await expectSpoken(page, lang, 'decisions');
    await expectLooksLike(page, lang, 'decisions');
    await page.locator('#submit').click();
    await skipToReport(page);
    await expectSpoken(page, lang, 'report');
    // Who stood by whom keeps every column in sight beside the map, however long the language's words.
    const stood = await page.evaluate(() => [...document.querySelectorAll('table.stood')].map((t) => Math.round(t.getBoundingClientRect().width - t.closest('.table-wrap')!.clientWidth)));
    console.log(`${lang} report: who stood by whom, ${stood.length} tables, widest ${Math.max(...stood, -Infinity)} px past its box`);
    expect(stood.length).toBeGreaterThan(0);
    for (const over of stood) expect(over, `${lang}: who stood by whom is wider than its box`).toBeLessThanOrEqual(0);
    await playToEnd(page);
    await expectSpoken(page, lang, 'debrief');
    await expectLooksLike(page, lang, 'debrief');
    expectClean(game);
    await context.close();
  });
});

describe('what a player downloads', () => {
  it('stays within 500 KB of JavaScript, gzip, for one language: the others load only when chosen', () => {
    const size = shipped();
    const chunks = size.rows.filter(([name]) => /^(ru|zh)\.js$/.test(name));
    console.log(
      `JavaScript shipped: ${(size.js / 1024).toFixed(1)} KB gzip in all; for one language ${(size.jsOneLanguage / 1024).toFixed(1)} KB; language chunks: ${chunks.map(([n, , gz]) => `${n} ${(gz / 1024).toFixed(1)} KB`).join(', ')}; the live class's screens ${(size.jsLiveClass / 1024).toFixed(1)} KB`,
    );
    expect(chunks.map(([n]) => n).sort()).toEqual(['ru.js', 'zh.js']);
    expect(size.jsOneLanguage).toBeLessThanOrEqual(500 * 1024);
  });

  it('keeps the live class in a chunk of its own, within 64 KB gzip, that only a class on the class server loads', () => {
    const size = shipped();
    expect(size.rows.filter(([name]) => name === 'liveScreens.js')).toHaveLength(1);
    expect(size.jsLiveClass).toBeGreaterThan(0);
    expect(size.jsLiveClass).toBeLessThanOrEqual(64 * 1024);
  });
});
