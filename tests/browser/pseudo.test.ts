// Russian runs about a third longer than English: with every text made 40% longer (?pseudo=1), no button, label or
// heading is cut off and the page never scrolls sideways, on a laptop and on a phone, from the menu to the debrief.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from './chromium';
import { expectClean, nextButton, screenOf, waitForScreen, watch, LAPTOP, PHONE } from './game-page';
import { clippedText } from './text-checks';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function expectFits(page: Page, where: string): Promise<void> {
  const clipped = await clippedText(page);
  console.log(`${where}: ${clipped.length} texts cut off${clipped.length ? `: ${clipped.slice(0, 5).join('; ')}` : ''}`);
  expect(clipped, where).toEqual([]);
}

describe.each([
  { device: 'laptop', viewport: LAPTOP },
  { device: 'phone', viewport: PHONE },
])('every text 40 per cent longer, on a $device', ({ device, viewport }) => {
  it('fits from the menu to the debrief', async () => {
    const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const game = watch(page, inject('baseUrl'));
    await page.goto(`${inject('baseUrl')}?pseudo=1`);
    await waitForScreen(page, 'menu');
    // The pseudo-localised words are really on screen: ⟦…⟧ around every message.
    expect(await page.locator('#screen').innerText()).toContain('⟦');
    await expectFits(page, `${device} menu`);
    await page.goto(`${inject('baseUrl')}?pseudo=1&scenario=idlib-2021&side=RUS&seed=world-0001`);
    const seen = new Set<string>();
    await waitForScreen(page, 'briefing');
    for (let step = 0; step < 200; step++) {
      const screen = await screenOf(page);
      if (!seen.has(screen)) {
        seen.add(screen);
        await expectFits(page, `${device} ${screen}`);
      }
      if (screen === 'debrief') break;
      await page.locator(nextButton(screen)).click();
      await page.waitForFunction((s) => !document.querySelector(`#screen > .screen.${s}`), screen);
    }
    expect([...seen]).toEqual(expect.arrayContaining(['briefing', 'decisions', 'report', 'debrief']));
    expectClean(game);
    await context.close();
  });
});
