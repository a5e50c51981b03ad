// The first load: the menu is drawn from the scenarios alone and a game can start while the map's code (Phaser, the
// largest part of the game) is still on its way; the map's frame keeps its place meanwhile, so nothing on the page
// moves as it fills, the map's arrival included. On a phone, where the map is folded away, its code is not even asked
// for until the player opens the map.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from './chromium';
import { expectClean, watch, waitForScreen, LAPTOP, PHONE } from './game-page';
import { showMap, waitForMap } from './map-page';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

declare global {
  interface Window {
    __shifts?: number[];
  }
}

/** Open the game with the map's code held back until `release` is called. */
async function openHeld(size: { width: number; height: number }) {
  const page = await browser.newPage({ viewport: size });
  const game = watch(page, inject('baseUrl'));
  // Every layout shift the page reports, from its very start (none follows input in these tests).
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__shifts!.push((entry as PerformanceEntry & { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/phaser-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(inject('baseUrl'));
  return { page, game, release };
}

/** Longer than the page waits for the browser to be idle before it loads a map in sight (src/main.ts, 2 s). */
const IDLE_WAIT = 3000;

const waiting = (page: Page) => page.locator('.map-frame').evaluate((frame) => frame.classList.contains('map-waiting'));

describe('first load', () => {
  it('the menu is drawn and a game starts while the map is still on its way', async () => {
    const { page, game, release } = await openHeld(LAPTOP);
    await waitForScreen(page, 'menu');
    expect(await waiting(page)).toBe(true);
    await page.click('#start');
    await waitForScreen(page, 'briefing');
    expect(await waiting(page), 'the map came before its code was let through').toBe(true);
    release();
    await waitForMap(page);
    expect(await waiting(page)).toBe(false);
    expectClean(game);
    await page.close();
  });

  for (const size of [LAPTOP, PHONE]) {
    it(`nothing on the page moves as it fills${size === LAPTOP ? ", the map's arrival included" : ', the map folded'} (${size.width}×${size.height})`, async () => {
      const { page, game, release } = await openHeld(size);
      await waitForScreen(page, 'menu');
      release();
      // On a phone the map stays folded: the page fills without it.
      if (size === LAPTOP) await waitForMap(page);
      else await page.waitForTimeout(IDLE_WAIT);
      await page.waitForTimeout(500);
      const shifts = await page.evaluate(() => window.__shifts ?? []);
      const total = shifts.reduce((a, b) => a + b, 0);
      console.log(`layout shift at ${size.width}×${size.height}: ${total.toFixed(4)} in ${shifts.length} shifts`);
      expect(total).toBeLessThan(0.01);
      expectClean(game);
      await page.close();
    });
  }

  it('on a phone, nothing of the map’s code is asked for until the player opens the map, and opening it draws the map', async () => {
    const page = await browser.newPage({ viewport: PHONE });
    const game = watch(page, inject('baseUrl'));
    const asked: string[] = [];
    page.on('request', (r) => {
      if (/\/assets\/(phaser|render)-[^/]*\.js$/.test(r.url())) asked.push(r.url());
    });
    await page.goto(inject('baseUrl'));
    await waitForScreen(page, 'menu');
    await page.click('#start');
    await waitForScreen(page, 'briefing');
    await page.waitForTimeout(IDLE_WAIT);
    expect(asked, 'the map’s code was asked for while the map was folded').toEqual([]);
    await showMap(page);
    await waitForMap(page);
    expect(asked.length).toBeGreaterThanOrEqual(2);
    expect(await page.evaluate(() => window.__bowstringMap?.countries.length ?? 0)).toBeGreaterThan(0);
    expectClean(game);
    await page.close();
  });
});
