// Memory over a long session: fifty turns played in one page without a reload, the heap measured after a full
// garbage collection on turn 1 and after turn 50. `npm run bench:memory` also writes the figures into BENCHMARKS.md.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from './chromium';
import { openGame, position, screenOf, skipToReport, waitForScreen } from './game-page';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const TURNS = 50;
const LIMIT_MB = 10;

async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / (1024 * 1024);
}

/** Start the 1950 scenario from the menu, as a player does. */
async function startFromMenu(page: Page, seed: string): Promise<void> {
  await waitForScreen(page, 'menu');
  await page.locator('label', { hasText: 'The 1950 alliance and the Sino-Soviet split' }).click();
  await page.locator('label[for="side-RUS"]').click();
  await page.locator('#seed').fill(seed);
  await page.locator('#start').click();
  await waitForScreen(page, 'briefing');
}

describe('memory over a long session', () => {
  it(`keeps the heap after ${TURNS} turns within ${LIMIT_MB} MB of the heap after one`, async () => {
    const game = await openGame(browser, inject('baseUrl'));
    const { page } = game;
    let played = 0;
    let games = 0;
    let afterOne = 0;
    await startFromMenu(page, `memory-${games}`);
    while (played < TURNS) {
      const screen = await screenOf(page);
      if (screen === 'debrief') {
        await page.locator('#menu-end').click();
        games++;
        await startFromMenu(page, `memory-${games}`);
        continue;
      }
      if (screen === 'decisions') {
        await page.locator('#submit').click();
        played++;
        // A crisis of Russia's own stops once more, for its stance, before the turn plays out and the report.
        await page.waitForSelector('#screen > .screen.resolution, #screen > .screen.standing');
        if ((await screenOf(page)) === 'standing') await page.locator('#continue').click();
        await skipToReport(page);
        if (played === 1) afterOne = await heapMB(page);
      } else {
        await page.locator('#continue').click();
      }
      await page.waitForFunction((s) => !document.querySelector(`#screen > .screen.${s}`), screen);
    }
    const afterAll = await heapMB(page);
    const grew = afterAll - afterOne;
    console.log(`heap after turn 1: ${afterOne.toFixed(1)} MB; after turn ${TURNS} (${games + 1} games, now on turn ${(await position(page)).turn}): ${afterAll.toFixed(1)} MB; grew ${grew.toFixed(1)} MB`);
    expect(game.errors).toEqual([]);
    expect(grew).toBeLessThan(LIMIT_MB);

    if (process.env.WRITE_BENCHMARKS) {
      const block = [
        '<!-- memory:start -->',
        '## Memory over a long session (`npm run bench:memory`)',
        '',
        `The built game in headless Chromium; the 1950 scenario played as Russia from the menu, game after game in one page without a reload, submitting each turn; the JavaScript heap measured through the DevTools protocol after a full garbage collection. Measured ${new Date().toISOString().slice(0, 10)}.`,
        '',
        '| figure | value | target |',
        '| --- | --- | --- |',
        `| heap after turn 1 | ${afterOne.toFixed(1)} MB | |`,
        `| heap after turn ${TURNS} | ${afterAll.toFixed(1)} MB | |`,
        `| growth | ${grew.toFixed(1)} MB | ≤ ${LIMIT_MB} MB |`,
        '<!-- memory:end -->',
      ].join('\n');
      const current = readFileSync('BENCHMARKS.md', 'utf8');
      const pattern = /<!-- memory:start -->[\s\S]*<!-- memory:end -->/;
      writeFileSync('BENCHMARKS.md', pattern.test(current) ? current.replace(pattern, block) : current.trimEnd() + '\n\n' + block + '\n');
    }
  }, 300_000);
});
