// Shared by the map's browser tests and `npm run bench:browser`: open the game page and wait for the map,
// watch for errors and requests leaving the origin, and time frames in the page with requestAnimationFrame.
import type { Browser, Page } from 'playwright-core';
import { watch } from './game-page';

export const VIEWPORT = { width: 1400, height: 1000 };

export interface MapPage {
  page: Page;
  errors: string[];
  /** Requests to anything but the page's own origin. */
  outside: string[];
}

export async function openMap(browser: Browser, url: string, options: { still?: boolean } = {}): Promise<MapPage> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  if (options.still) await page.emulateMedia({ reducedMotion: 'reduce' });
  const { errors, outside } = watch(page, url);
  await page.goto(url);
  await waitForMap(page);
  return { page, errors, outside };
}

/** On a phone the map is folded away, and its code waits for the player to open it: open it. */
export async function showMap(page: Page): Promise<void> {
  const fold = page.locator('#map-fold');
  if ((await fold.isVisible()) && (await fold.getAttribute('aria-expanded')) === 'false') await fold.click();
}

export async function waitForMap(page: Page): Promise<void> {
  // A function, not source text: the page's CSP forbids the eval a string predicate would need.
  await page.waitForFunction(() => window.__bowstringMap?.ready === true, null, { timeout: 30_000 });
}

/** Intervals between animation frames over `ms` milliseconds, measured in the page.
 *  (Passed as source text: the page must run it as written, without the test runner's helpers.) */
export function frameIntervals(page: Page, ms: number): Promise<number[]> {
  return page.evaluate(`new Promise((resolve) => {
    const t = [];
    function frame(ts) {
      t.push(ts);
      if (ts - t[0] < ${ms}) requestAnimationFrame(frame);
      else resolve(t.slice(1).map((x, i) => x - t[i]));
    }
    requestAnimationFrame(frame);
  })`) as Promise<number[]>;
}

/** The game's own work per frame during the last `count` frames (from the map's probe). */
export function frameWork(page: Page, count: number): Promise<number[]> {
  return page.evaluate(`window.__bowstringMap.frameWork.slice(-${count})`) as Promise<number[]>;
}

/** A player's look around: zoom in with the wheel, drag across Asia, zoom back out. */
export async function panAndZoom(page: Page): Promise<void> {
  const box = (await page.locator('.map-frame canvas').boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  for (let i = 0; i < 6; i++) {
    await page.mouse.wheel(0, -120);
    await page.waitForTimeout(50);
  }
  await page.mouse.down();
  for (let i = 1; i <= 40; i++) {
    await page.mouse.move(x - i * 7, y + Math.sin(i / 6) * 40);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  for (let i = 0; i < 6; i++) {
    await page.mouse.wheel(0, 120);
    await page.waitForTimeout(50);
  }
}

/** Frame intervals while the markers pulse untouched, and while the player pans and zooms. */
export async function measureFrames(page: Page): Promise<{ animating: number[]; panZoom: number[] }> {
  await page.waitForTimeout(500);
  const animating = await frameIntervals(page, 3000);
  const measuring = frameIntervals(page, 3500);
  await panAndZoom(page);
  const panZoom = await measuring;
  return { animating, panZoom };
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))]!;
}

/** Browsers round frame timestamps (to 0.1 ms here), so frame times are compared at that precision. */
export const toTenth = (ms: number): number => Math.round(ms * 10) / 10;
