// The turn played out before the report, on a desktop and a phone: the lines arrive one by one in step with the map,
// the player pauses, steps, replays and skips by mouse and by keyboard; with reduced motion every step is listed at once,
// nothing moves on by itself and the map draws each step without a tween.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { PlaybackCue } from '../../src/render/bus';
import { launch } from './chromium';
import { expectAccessible, expectClean, openGame, tabTo, waitForScreen, type GamePage } from './game-page';
import { showMap, waitForMap } from './map-page';

// Idlib 2021 on this seed: on turn 1 the Syrian government, pressed, calls on Russia and others.
const LINK = '?scenario=idlib-2021&side=RUS&seed=world-0001';
const SIZES = [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
];

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
const probe = (page: Page) => page.evaluate(() => window.__bowstringMap?.playback ?? null) as Promise<{ cue: PlaybackCue; animated: boolean } | null>;

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

describe.each(SIZES)('the turn played out at $width×$height', (size) => {
  it('shows the steps one by one in step with the map, and pauses, steps, replays and skips by mouse and keyboard', async () => {
    const context = await browser.newContext({ reducedMotion: 'no-preference' });
    const game = await toResolution(context, size);
    const { page } = game;

    // The crisis flares first, on the page and on the map.
    expect(await page.locator('#playback-lines li').first().textContent()).toMatch(/^Crisis: /);
    await expect.poll(async () => (await probe(page))?.cue.crisis?.theatre).toBe('idlib');
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
    for (let i = 1; i < total; i++) await page.locator('#playback-step').click();
    expect(await progress(page)).toEqual([total, total]);
    expect(await page.locator('#playback-step').isDisabled()).toBe(true);
    expect(await page.locator('#skip-to-report').textContent()).toBe('Continue to the report');

    // Skip by keyboard: the report, and the map cleared of the playback.
    await tabTo(page, '#skip-to-report');
    await page.keyboard.press('Enter');
    await waitForScreen(page, 'report');
    await expect.poll(() => probe(page)).toBe(null);
    expectClean(game);
    await context.close();
  });

  it('skips to the report by mouse at once', async () => {
    const context = await browser.newContext({ reducedMotion: 'no-preference' });
    const game = await toResolution(context, size);
    await game.page.locator('#skip-to-report').click();
    await waitForScreen(game.page, 'report');
    expect(await game.page.locator('#screen-title').textContent()).toBe('Report — turn 1');
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
    await expectAccessible(page, `resolution with reduced motion at ${size.width}×${size.height}`);
    expectClean(game);
    await context.close();
  });
});
