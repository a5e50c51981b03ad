// The game screen's layout, at a laptop's 1280×720 and a phone's 390×844: the map and the decisions share the first
// screen on a laptop (each scrolling on its own), the map folds under a button on a phone, the action bar stays small,
// the keyboard never lands under it, and the menu starts a game from its first screen.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from './chromium';
import { expectAccessible, expectClean, skipToReport, watch, waitForScreen, type GamePage, LAPTOP, PHONE } from './game-page';
import { waitForMap } from './map-page';

const GAME = '?scenario=idlib-2021&side=RUS&seed=world-0001';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function open(viewport: { width: number; height: number }, query = ''): Promise<GamePage> {
  // A context of its own, which axe needs, with nothing saved from another test.
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const game = watch(page, inject('baseUrl'));
  await page.goto(`${inject('baseUrl')}${query}`);
  return game;
}

async function box(page: Page, selector: string): Promise<Box> {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} has no box on the page`);
  return found;
}

function expectInside(b: Box, viewport: { width: number; height: number }, what: string): void {
  expect(b.x, `${what}: left edge`).toBeGreaterThanOrEqual(0);
  expect(b.y, `${what}: top edge`).toBeGreaterThanOrEqual(0);
  expect(b.x + b.width, `${what}: right edge`).toBeLessThanOrEqual(viewport.width + 0.5);
  expect(b.y + b.height, `${what}: bottom edge`).toBeLessThanOrEqual(viewport.height + 0.5);
}

/** From the briefing to the decisions, as a player does. */
async function toDecisions(page: Page): Promise<void> {
  await waitForScreen(page, 'briefing');
  await page.locator('#continue').click();
  await waitForScreen(page, 'decisions');
}

/**
 * Press Tab from the decisions' title until the focus leaves the panel, and return every place the focus landed under
 * the sticky action bar (or above the panel's own top): none is the goal.
 */
async function focusUnderTheBar(page: Page, limit = 200): Promise<{ visited: number; hidden: string[] }> {
  await page.locator('#screen-title').focus();
  const hidden: string[] = [];
  let visited = 0;
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement | null;
      const bar = document.querySelector('.submit-bar');
      if (!active || !bar || !active.closest('.screen.decisions')) return null;
      const own = active.getBoundingClientRect();
      const top = Math.max(0, document.getElementById('screen')!.getBoundingClientRect().top);
      const under = !bar.contains(active) && (own.bottom > bar.getBoundingClientRect().top + 0.5 || own.top < top - 0.5);
      return { name: `${active.tagName.toLowerCase()}#${active.id}`, under };
    });
    if (!where) break;
    visited++;
    if (where.under) hidden.push(where.name);
  }
  return { visited, hidden };
}

describe('the game screen on a laptop (1280×720)', () => {
  it('opens the menu with the scenarios, the Start button and the chosen scenario’s map in the first screen', async () => {
    const game = await open(LAPTOP);
    const { page } = game;
    await waitForScreen(page, 'menu');
    await waitForMap(page);
    const start = await box(page, '#start');
    const list = await box(page, '#scenario');
    const canvas = await box(page, '.map-frame canvas');
    console.log(`menu at 1280×720: scenario list y ${Math.round(list.y)}–${Math.round(list.y + list.height)}, Start y ${Math.round(start.y)}–${Math.round(start.y + start.height)}, map ${Math.round(canvas.width)}×${Math.round(canvas.height)}`);
    expectInside(start, LAPTOP, 'Start button');
    expectInside(list, LAPTOP, 'scenario list');
    expectInside(canvas, LAPTOP, 'map canvas');
    // The map shows the scenario chosen, before any game starts: choosing another changes what the map names.
    await page.locator('label[for="scenario-idlib-2021"]').click();
    await page.locator('.map-frame').focus();
    await page.keyboard.press('n');
    await expect.poll(() => page.locator('#map-selection').textContent()).toMatch(/Selected: (Russia|Turkey|Syria)/);
    await expectAccessible(page, 'menu at 1280×720');
    expectClean(game);
    await page.context().close();
  });

  it('brings a scenario’s sides into sight when it is picked, none under the Start bar, and Start names the side', async () => {
    const game = await open(LAPTOP);
    const { page } = game;
    await waitForScreen(page, 'menu');
    // Far enough down the list that its sides sat under the bar before.
    await page.locator('label[for="scenario-sino-soviet-1945"]').click();
    for (const side of ['RUS', 'CHN', 'hot-seat']) {
      // What a click at the radio's centre would reach: the radio, not the bar stuck over the foot of the form.
      await expect.poll(() => page.evaluate((id) => {
        const radio = document.getElementById(id)!;
        const r = radio.getBoundingClientRect();
        return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)?.id;
      }, `side-${side}`), { message: `side ${side} in sight` }).toBe(`side-${side}`);
    }
    await expect.poll(() => page.locator('#start').textContent()).toBe('Start the game as the Soviet Union');
    await page.locator('label[for="side-CHN"]').click();
    await expect.poll(() => page.locator('#start').textContent()).toBe('Start the game as the Republic of China (Nationalist government)');
    expectClean(game);
    await page.context().close();
  });

  it('shows the map and at least 400 px of decisions side by side, each scrolling on its own', async () => {
    const game = await open(LAPTOP, GAME);
    const { page } = game;
    await toDecisions(page);
    await waitForMap(page);
    const canvas = await box(page, '.map-frame canvas');
    const panel = await box(page, '#screen');
    const bar = await box(page, '.submit-bar');
    const scrollBox = await page.evaluate(() => document.getElementById('screen')!.clientHeight);
    const visible = scrollBox - bar.height;
    console.log(`decisions at 1280×720: map ${Math.round(canvas.width)}×${Math.round(canvas.height)} at (${Math.round(canvas.x)}, ${Math.round(canvas.y)}); panel's scroll box ${scrollBox} px high, action bar ${Math.round(bar.height)} px, decisions visible ${Math.round(visible)} px`);
    expectInside(canvas, LAPTOP, 'map canvas');
    expectInside(panel, LAPTOP, 'decision panel');
    expectInside(bar, LAPTOP, 'action bar');
    expect(Math.abs(canvas.width / canvas.height - 16 / 9)).toBeLessThan(0.02);
    expect(visible).toBeGreaterThanOrEqual(400);

    // The mouse wheel over the decisions scrolls them, not the page: the map stays where it was.
    await page.mouse.move(panel.x + panel.width / 2, panel.y + panel.height / 2);
    await page.mouse.wheel(0, 600);
    await expect.poll(() => page.evaluate(() => document.getElementById('screen')!.scrollTop)).toBeGreaterThan(0);
    expect((await box(page, '.map-frame canvas')).y).toBeCloseTo(canvas.y, 0);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    // Tab through the whole panel: nothing the keyboard reaches hides under the action bar.
    const tabbed = await focusUnderTheBar(page);
    console.log(`Tab visited ${tabbed.visited} elements of the decisions; under the bar: ${tabbed.hidden.length}`);
    expect(tabbed.visited).toBeGreaterThanOrEqual(8);
    expect(tabbed.hidden).toEqual([]);
    expect((await box(page, '.map-frame canvas')).y).toBeCloseTo(canvas.y, 0);

    await expectAccessible(page, 'decisions at 1280×720');
    await page.locator('#submit').click();
    await skipToReport(page);
    expectInside(await box(page, '#screen'), LAPTOP, 'report panel');
    await expectAccessible(page, 'report at 1280×720');
    expectClean(game);
    await page.context().close();
  });
});

describe('the game screen on a phone (390×844)', () => {
  it('folds the map under a button that opens and closes it, keeps the action bar small and the focus clear of it', async () => {
    const game = await open(PHONE, GAME);
    const { page } = game;
    // Where you stand: each power a card, its two risks in sight without scrolling sideways.
    await waitForScreen(page, 'briefing');
    const risks = await page.evaluate(() =>
      [...document.querySelectorAll('table.standing tbody tr')].map((tr) => {
        const cells = [...tr.querySelectorAll('td')].slice(-2);
        const wrap = tr.closest('.table-wrap')!.getBoundingClientRect();
        return { labels: cells.map((c) => c.getAttribute('data-label')), inSight: cells.every((c) => c.getBoundingClientRect().right <= Math.min(innerWidth, wrap.right) + 0.5 && c.getBoundingClientRect().width > 0) };
      }),
    );
    console.log(`phone briefing: ${risks.length} powers in “where you stand”, risks in sight in ${risks.filter((r) => r.inSight).length}`);
    expect(risks.length).toBeGreaterThan(0);
    for (const r of risks) expect(r).toEqual({ labels: ['Abandon\u00adment risk', 'Entrap\u00adment risk'], inSight: true });
    await page.locator('#continue').click();
    await waitForScreen(page, 'decisions');
    const fold = page.locator('#map-fold');
    expectInside(await box(page, '#map-fold'), PHONE, 'the map’s button');
    expect(await fold.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('.map-frame').isVisible()).toBe(false);

    // By mouse: open, the map is in the screen at its 16:9 shape; close, it is gone again.
    await fold.click();
    expect(await fold.getAttribute('aria-expanded')).toBe('true');
    await waitForMap(page);
    await expect.poll(() => page.locator('.map-frame canvas').isVisible()).toBe(true);
    const canvas = await box(page, '.map-frame canvas');
    console.log(`phone: map opened ${Math.round(canvas.width)}×${Math.round(canvas.height)} at y ${Math.round(canvas.y)}`);
    expectInside(canvas, PHONE, 'map canvas, opened');
    await fold.click();
    expect(await page.locator('.map-frame').isVisible()).toBe(false);
    // By keyboard: the same button, and the map itself then takes the focus.
    await fold.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('.map-frame').isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('map-frame'))).toBe(true);
    await fold.focus();
    await page.keyboard.press('Space');
    expect(await page.locator('.map-frame').isVisible()).toBe(false);

    const bar = await box(page, '.submit-bar');
    console.log(`phone: action bar ${Math.round(bar.height)} px of ${PHONE.height} (${((bar.height / PHONE.height) * 100).toFixed(1)}%)`);
    expectInside(bar, PHONE, 'action bar');
    expect(bar.height).toBeLessThanOrEqual(0.12 * PHONE.height);

    const tabbed = await focusUnderTheBar(page);
    console.log(`phone: Tab visited ${tabbed.visited} elements of the decisions; under the bar: ${tabbed.hidden.length}`);
    expect(tabbed.visited).toBeGreaterThanOrEqual(8);
    expect(tabbed.hidden).toEqual([]);
    await expectAccessible(page, 'decisions at 390×844');

    // The turn played out: with the map folded, the words say which button shows it; opened, they say "on the map".
    await page.locator('#submit').click();
    await waitForScreen(page, 'resolution');
    const intro = () => page.locator('#playback-intro').innerText();
    if (await page.locator('#playback-intro .map-open-words').count()) {
      expect(await intro()).toMatch(/ this turn\. Press “Show the map” above: on the map, (it|each) flares/);
      await fold.click();
      expect(await intro()).toMatch(/ this turn: on the map, (it|each) flares/);
      await fold.click();
    } else console.log('phone: no crisis in this turn, so no words about the map to check');
    // The report: its tables scroll sideways in their own box; the page itself never does.
    await skipToReport(page);
    const tables = await page.evaluate(() =>
      [...document.querySelectorAll('#screen table')].map((table) => {
        const wrap = table.closest('.table-wrap');
        const right = table.getBoundingClientRect().right;
        return { stood: table.classList.contains('stood'), fits: right <= innerWidth + 0.5, scrolls: wrap !== null && getComputedStyle(wrap).overflowX === 'auto' && wrap.getBoundingClientRect().right <= innerWidth + 0.5 };
      }),
    );
    console.log(`phone report: ${tables.length} tables (${tables.filter((t) => t.stood).length} of who stood by whom), ${tables.filter((t) => !t.fits).length} wider than the screen`);
    expect(tables.length).toBeGreaterThan(0);
    for (const t of tables) expect(t.fits || t.scrolls).toBe(true);
    // Who stood by whom becomes cards on a phone: every column in sight, none scrolled away.
    for (const t of tables.filter((x) => x.stood)) expect(t.fits).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(page, 'report at 390×844');
    expectClean(game);
    await page.context().close();
  });

  it('shows the menu without sideways scrolling and passes axe', async () => {
    const game = await open(PHONE);
    const { page } = game;
    await waitForScreen(page, 'menu');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(page, 'menu at 390×844');
    expectClean(game);
    await page.context().close();
  });
});
