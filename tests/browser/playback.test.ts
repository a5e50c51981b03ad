// The turn played out before the report, on a desktop and a phone: the lines arrive one by one in step with the map,
// the player pauses, steps, replays and skips by mouse and by keyboard; with reduced motion every step is listed at once,
// nothing moves on by itself and the map draws each step without a tween. The map holds the world as the turn began
// until the last step, and its view follows the story: it opens on the scenario's region, frames each crisis, and
// comes back to the region at the end.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { PlaybackProbe } from '../../src/render/debug';
import { makeProjection } from '../../src/render/geography';
import { launch } from './chromium';
import { expectAccessible, expectClean, openGame, tabTo, waitForScreen, type GamePage, LAPTOP, PHONE } from './game-page';
import { showMap, waitForMap } from './map-page';

// Idlib 2021 on this seed: on turn 1 the Syrian government, pressed, calls on Russia and others.
const LINK = '?scenario=idlib-2021&side=RUS&seed=world-0001';
const SIZES = [LAPTOP, PHONE];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const lines = (page: Page) => page.locator('#playback-lines li').count();
const current = (page: Page) => page.locator('#playback-lines li[aria-current]').textContent();
/** "Step 3 of 8 — paused." as [3, 8]. */
async function progress(page: Page): Promise<[number, number]> {
  const m = /^Step (\d+) of (\d+)/.exec((await page.locator('#playback-progress').textContent()) ?? '');
  if (!m) throw new Error('no step is shown');
  return [Number(m[1]), Number(m[2])];
}
const probe = (page: Page) => page.evaluate(() => window.__bowstringMap?.playback ?? null) as Promise<PlaybackProbe | null>;
/** The pairs of the playback's words on the map whose boxes touch, and how many words there are. */
async function touching(page: Page): Promise<{ words: number; pairs: string[] }> {
  const labels = (await probe(page))?.labels ?? [];
  const pairs: string[] = [];
  labels.forEach((a, i) =>
    labels.slice(i + 1).forEach((b) => {
      if (Math.abs(a.x - b.x) < (a.w + b.w) / 2 && Math.abs(a.y - b.y) < (a.h + b.h) / 2) pairs.push(`“${a.text}” and “${b.text}”`);
    }),
  );
  return { words: labels.length, pairs };
}
/** The turn of the world the map draws: 1 while turn 1 plays out, 2 once it is all told. */
const mapTurn = (page: Page) => page.evaluate(() => window.__bowstringMap?.turn ?? null);

interface ViewFrame {
  zoom: number;
  cx: number;
  cy: number;
}
const viewOf = (page: Page, which: 'view' | 'home' = 'view') => page.evaluate((w) => ({ ...window.__bowstringMap![w] }), which) as Promise<ViewFrame>;
/** Where a theatre's marker is on the canvas, as shares of its width and height (0..1 when it is in view). */
async function shareOf(page: Page, theatre: string): Promise<{ x: number; y: number }> {
  const at = await page.evaluate((id) => window.__bowstringMap!.screenOf({ type: 'theatre', id }), theatre);
  if (!at) throw new Error(`${theatre} is not in view`);
  const box = (await page.locator('.map-frame canvas').boundingBox())!;
  return { x: (at.x - box.x) / box.width, y: (at.y - box.y) / box.height };
}

/** From the class link to the resolution of turn 1, the decisions submitted as they stand. */
async function toResolution(context: BrowserContext, size: { width: number; height: number }): Promise<GamePage> {
  const game = await openGame(context, `${inject('baseUrl')}${LINK}`);
  await game.page.setViewportSize(size);
  await showMap(game.page);
  await waitForMap(game.page);
  await waitForScreen(game.page, 'briefing');
  await game.page.locator('#continue').click();
  await waitForScreen(game.page, 'decisions');
  await game.page.locator('#submit').click();
  await waitForScreen(game.page, 'resolution');
  return game;
}

describe('the map of the Idlib scenario', () => {
  it('opens on its region, not on the whole of Europe and Asia', async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const game = await openGame(context, `${inject('baseUrl')}${LINK}`);
    const { page } = game;
    await page.setViewportSize(SIZES[0]!);
    await waitForMap(page);
    await waitForScreen(page, 'briefing');
    await expect.poll(() => viewOf(page)).toEqual(await viewOf(page, 'home'));
    const home = await viewOf(page, 'home');
    const [lon, lat] = makeProjection().invert!([home.cx, home.cy])!;
    console.log(`Idlib 2021 opens at zoom ${home.zoom.toFixed(2)}, centred on ${lon.toFixed(1)}°E ${lat.toFixed(1)}°N`);
    // Zoom 1 is the whole of Europe and Asia; the scenario's region, from Brussels and Moscow to Tehran and Idlib, is
    // a fraction of it, centred near the Black Sea.
    expect(home.zoom).toBeGreaterThan(1.8);
    expect(lon).toBeGreaterThan(20);
    expect(lon).toBeLessThan(45);
    expect(lat).toBeGreaterThan(35);
    expect(lat).toBeLessThan(52);
    // The Levant's theatres are in view, inside the frame's margin.
    for (const theatre of ['idlib', 'tal-rifaat', 'east-euphrates']) {
      const at = await shareOf(page, theatre);
      expect(at.x).toBeGreaterThan(0.05);
      expect(at.x).toBeLessThan(0.95);
      expect(at.y).toBeGreaterThan(0.05);
      expect(at.y).toBeLessThan(0.95);
    }
    expectClean(game);
    await context.close();
  });
});

describe.each(SIZES)('the turn played out at $width×$height', (size) => {
  it('shows the steps one by one in step with the map, and pauses, steps, replays and skips by mouse and keyboard', async () => {
    const context = await browser.newContext({ reducedMotion: 'no-preference' });
    const game = await toResolution(context, size);
    const { page } = game;

    // The crisis flares first, on the page and on the map.
    expect(await page.locator('#playback-lines li').first().textContent()).toMatch(/^Crisis: /);
    await expect.poll(async () => (await probe(page))?.cue.crisis?.theatre).toBe('idlib');
    // Under the steps the map shows the world as the turn began, and the view glides in on the crisis.
    expect(await mapTurn(page)).toBe(1);
    const home = await viewOf(page, 'home');
    await expect.poll(async () => (await viewOf(page)).zoom).toBeGreaterThan(home.zoom * 1.2);
    const framed = await shareOf(page, 'idlib');
    console.log(`the crisis framed: zoom ${(await viewOf(page)).zoom.toFixed(2)} (the scenario's region ${home.zoom.toFixed(2)}), Idlib at ${framed.x.toFixed(2)}, ${framed.y.toFixed(2)} of the map`);
    expect(framed.x).toBeGreaterThan(0.05);
    expect(framed.x).toBeLessThan(0.95);
    expect(framed.y).toBeGreaterThan(0.05);
    expect(framed.y).toBeLessThan(0.95);
    const [, total] = await progress(page);
    expect(total).toBeGreaterThan(2);
    // It moves on by itself, a line at a time, each with its cue on the map.
    await expect.poll(() => lines(page), { timeout: 5_000 }).toBeGreaterThanOrEqual(2);
    const second = await probe(page);
    expect(second?.animated).toBe(true);
    expect(second?.cue.adds).toBe('call');
    expect(await page.locator('#playback-lines li').nth(1).textContent()).toMatch(/called on .*, expecting .*gave .*(✓|✗ short)\.$/);
    await expectAccessible(page, `resolution at ${size.width}×${size.height}`);

    // Pause by mouse: nothing moves on.
    await page.locator('#playback-toggle').click();
    expect(await page.locator('#playback-toggle').textContent()).toBe('Play');
    const held = await lines(page);
    await page.waitForTimeout(2_000);
    expect(await lines(page)).toBe(held);
    expect((await progress(page))[0]).toBe(held);

    // Step by mouse, then by keyboard: one line each, and the map follows.
    await page.locator('#playback-step').click();
    expect(await lines(page)).toBe(held + 1);
    await tabTo(page, '#playback-step');
    await page.keyboard.press('Enter');
    expect(await lines(page)).toBe(held + 2);
    expect((await probe(page))?.cue).toEqual(await page.evaluate(() => window.__bowstringMap!.playback!.cue));
    expect(await current(page)).toBe(await page.locator('#playback-lines li').last().textContent());

    // Replay by keyboard: back to the flare, playing again.
    await tabTo(page, '#playback-replay');
    await page.keyboard.press('Enter');
    expect(await lines(page)).toBe(1);
    expect((await probe(page))?.cue.adds).toBe('flare');
    expect(await page.locator('#playback-toggle').textContent()).toBe('Pause');
    // Pause again with the keyboard's Space, and step to the end: the button now says the report is next.
    await tabTo(page, '#playback-toggle');
    await page.keyboard.press('Space');
    expect(await page.locator('#playback-toggle').textContent()).toBe('Play');
    // Playing again, it may have moved on before the pause took (a busy machine): step on from where it stopped.
    const [paused] = await progress(page);
    if (paused < total) {
      for (let i = paused; i < total - 1; i++) await page.locator('#playback-step').click();
      expect(await progress(page)).toEqual([total - 1, total]);
      expect(await mapTurn(page)).toBe(1);
      // The last step told, the map shows the world after the turn.
      await page.locator('#playback-step').click();
    }
    expect(await progress(page)).toEqual([total, total]);
    await expect.poll(() => mapTurn(page)).toBe(2);
    expect(await page.locator('#playback-step').isDisabled()).toBe(true);
    expect(await page.locator('#skip-to-report').textContent()).toBe('Continue to the report');

    // Skip by keyboard: the report, the map cleared of the playback and back on the scenario's region.
    await tabTo(page, '#skip-to-report');
    await page.keyboard.press('Enter');
    await waitForScreen(page, 'report');
    await expect.poll(() => probe(page)).toBe(null);
    await expect.poll(() => viewOf(page)).toEqual(home);
    expectClean(game);
    await context.close();
  });

  it('skips to the report by mouse at once, the header offering the turn just resolved to play again', async () => {
    const context = await browser.newContext({ reducedMotion: 'no-preference' });
    const game = await toResolution(context, size);
    expect(await mapTurn(game.page)).toBe(1);
    // The header offers to go back to the start of the turn just resolved, not of the next one.
    expect(await game.page.locator('#rewind-turn').inputValue()).toBe('1');
    // The news keeps the turn's outcome until the map has told it.
    expect(await game.page.locator('#news').textContent()).toContain('Turn 1’s news follows with its report.');
    expect(await game.page.locator('#news ol.news').count()).toBe(0);
    await game.page.locator('#skip-to-report').click();
    await waitForScreen(game.page, 'report');
    expect(await game.page.locator('#news ol.news > li').count()).toBe(1);
    expect(await game.page.locator('#news').textContent()).not.toContain('follows with its report');
    expect(await game.page.locator('#screen-title').textContent()).toBe('Report — turn 1');
    await expect.poll(() => mapTurn(game.page)).toBe(2);
    expect(await game.page.locator('#rewind-turn').inputValue()).toBe('1');
    await game.page.locator('#continue').click();
    await waitForScreen(game.page, 'briefing');
    expect(await game.page.locator('#rewind-turn').inputValue()).toBe('2');
    expectClean(game);
    await context.close();
  });

  it('with reduced motion, lists every step at once, waits for the player, and draws the map without a tween', async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const game = await toResolution(context, size);
    const { page } = game;
    const [first, total] = await progress(page);
    expect(first).toBe(1);
    expect(await lines(page)).toBe(total);
    expect(await current(page)).toMatch(/^Crisis: /);
    expect(await page.locator('#playback-toggle').textContent()).toBe('Play');
    await expect.poll(async () => (await probe(page))?.animated).toBe(false);
    expect(await mapTurn(page)).toBe(1);
    // The view has jumped to the crisis, with no glide.
    const home = await viewOf(page, 'home');
    const framed = await viewOf(page);
    expect(framed.zoom).toBeGreaterThan(home.zoom * 1.2);
    // Nothing moves on by itself, and nothing on the page is animated.
    await page.waitForTimeout(2_500);
    expect((await progress(page))[0]).toBe(1);
    expect(await page.locator('#playback-lines li[aria-current]').evaluate((li) => getComputedStyle(li).animationName)).toBe('none');
    // Still steppable, by keyboard: the mark and the map move to the next step, at once.
    await tabTo(page, '#playback-step');
    await page.keyboard.press('Enter');
    expect((await progress(page))[0]).toBe(2);
    expect(await current(page)).toBe(await page.locator('#playback-lines li').nth(1).textContent());
    const cue = await probe(page);
    expect(cue).toMatchObject({ animated: false, cue: { adds: 'call' } });
    // The call reaches out of the Levant: the view takes in the caller and the called at once, without a glide.
    const call = await viewOf(page);
    expect(call).not.toEqual(framed);
    await page.waitForTimeout(300);
    expect(await viewOf(page)).toEqual(call);
    // Step to the end: at every step the words on the map stand clear of one another, crowded as the Levant is.
    for (let k = 2; ; k++) {
      const { words, pairs } = await touching(page);
      console.log(`step ${k}: ${words} words on the map${pairs.length ? `, touching: ${pairs.join('; ')}` : ''}`);
      expect(pairs).toEqual([]);
      if (k === total) break;
      await page.locator('#playback-step').click();
    }
    // Zoomed out to the whole of Europe and Asia, the Levant's ties crowd into a few pixels: their words still part.
    // (On a phone the map is folded under its button: open it.)
    const fold = page.locator('#map-fold');
    if ((await fold.isVisible()) && (await fold.getAttribute('aria-expanded')) === 'false') await fold.click();
    for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Zoom out' }).click();
    expect((await viewOf(page)).zoom).toBe(1);
    const { words, pairs } = await touching(page);
    console.log(`zoomed out: ${words} words on the map${pairs.length ? `, touching: ${pairs.join('; ')}` : ''}`);
    expect(words).toBeGreaterThan(1);
    expect(pairs).toEqual([]);
    await expectAccessible(page, `resolution with reduced motion at ${size.width}×${size.height}`);
    expectClean(game);
    await context.close();
  });
});
