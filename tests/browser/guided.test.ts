// The guided first game, in Chromium: started from the menu, played to its end by doing what each callout asks on a
// laptop and on a phone, skipped and taken again; axe with a callout open; a term opened and closed from the keyboard.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from './chromium';
import { expectAccessible, expectClean, watch, waitForScreen, LAPTOP, PHONE } from './game-page';

const SHOTS = process.env.GUIDED_SHOTS ?? null;
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function openMenu(size = LAPTOP) {
  // A context of its own: axe-core needs one.
  const page = await (await browser.newContext()).newPage();
  await page.setViewportSize(size);
  const game = watch(page, inject('baseUrl'));
  await page.goto(inject('baseUrl'));
  await waitForScreen(page, 'menu');
  return game;
}

const calloutText = (page: Page) => page.locator('#tutorial .tutorial-text').textContent();

/** Do what a callout that waits for the player asks, on the element it points at. */
async function act(page: Page, text: string): Promise<void> {
  const target = page.locator('.tutorial-target');
  const tag = await target.evaluate((n) => n.tagName);
  if (tag === 'BUTTON') return target.click();
  if (/ally/.test(text)) return target.locator('input[value="ally"]').check();
  if (/full support/.test(text)) return target.locator('input[value="3"]').check();
  if (/tick its box/.test(text)) return target.locator('input[type="checkbox"]').check();
  if (/Pick one/.test(text)) return target.locator('input[type="radio"]').first().check();
  throw new Error(`no move for: ${text}`);
}

describe('the guided first game', () => {
  for (const [where, size] of [['a laptop', LAPTOP], ['a phone', PHONE]] as const) {
    it(`plays to its end on ${where} by following the callouts, none over what it points at`, async () => {
      const game = await openMenu(size);
      const { page } = game;
      await page.click('#guided-game');
      const seen: string[] = [];
      for (let i = 0; i < 80; i++) {
        await page.locator('#tutorial').waitFor({ timeout: 15_000 });
        const text = (await calloutText(page)) ?? '';
        seen.push(text);
        // The callout, docked or not, never covers what it points at, and that is shown, in the window.
        const where = await page.evaluate(() => {
          const target = document.querySelector('.tutorial-target');
          const c = document.querySelector('#tutorial')!.getBoundingClientRect();
          // Nor what the step asks the player to use before the button it points at.
          const keepOver = [...document.querySelectorAll('.tutorial-keep')].some((k) => {
            const r = k.getBoundingClientRect();
            return !document.querySelector('#tutorial.docked') && c.bottom > r.top && c.top < r.bottom && c.right > r.left && c.left < r.right;
          });
          if (keepOver) return { over: true, shown: true, inWindow: true, keep: true };
          if (!target) return { over: false, shown: true, inWindow: true };
          const t = target.getBoundingClientRect();
          const [w, h] = [document.documentElement.clientWidth, document.documentElement.clientHeight];
          return {
            over: c.bottom > t.top && c.top < t.bottom && c.right > t.left && c.left < t.right,
            shown: target.checkVisibility({ visibilityProperty: true }),
            inWindow: t.left >= -1 && t.right <= w + 1 && (t.height > h || (t.top >= -1 && t.bottom <= h + 1)),
          };
        });
        expect(where, text).toEqual({ over: false, shown: true, inWindow: true });
        if (SHOTS) await page.screenshot({ path: `${SHOTS}/guided-${size.width}-${String(i).padStart(2, '0')}.png` });
        if (text.startsWith('That was the guided game')) {
          await page.click('#tutorial-next');
          break;
        }
        if (await page.locator('#tutorial-next').count()) await page.click('#tutorial-next');
        else await act(page, text);
        await page.waitForFunction((before) => document.querySelector('#tutorial .tutorial-text')?.textContent !== before, text, { timeout: 15_000 });
      }
      console.log(`the guide's callouts on ${where}, in order:\n${seen.map((t, i) => `${i + 1}. ${t}`).join('\n')}`);
      await waitForScreen(page, 'debrief');
      expect(await page.locator('#tutorial').count()).toBe(0);
      // The turns it tells of: the turn played out, being abandoned by the partner, and paying for an ally's clash.
      expect(seen.some((t) => /the turn plays out, step by step/.test(t))).toBe(true);
      expect(seen.some((t) => /you were abandoned/.test(t))).toBe(true);
      expect(seen.some((t) => /that is entrapment/.test(t))).toBe(true);
      expectClean(game);
      await page.close();
    });
  }

  it('can be skipped at any time, taken again from the menu, and comes back with its game after a reload', async () => {
    const game = await openMenu();
    const { page } = game;
    await page.click('#guided-game');
    await page.locator('#tutorial').waitFor();
    await page.click('#tutorial-skip');
    expect(await page.locator('#tutorial').count()).toBe(0);
    await page.click('#continue');
    await waitForScreen(page, 'decisions');
    expect(await page.locator('#tutorial').count()).toBe(0);
    await page.click('#quit');
    await waitForScreen(page, 'menu');
    await page.click('#guided-game');
    await waitForScreen(page, 'briefing');
    expect(await calloutText(page)).toMatch(/^Welcome/);
    // A reload opens the page on the menu before it resumes the game: the guide comes back with the game.
    await page.reload();
    await waitForScreen(page, 'briefing');
    expect(await calloutText(page)).toMatch(/^Welcome/);
    expectClean(game);
    await page.close();
  });

  it('has no serious accessibility violation with a callout open, and docks it at the bottom of a phone', async () => {
    const game = await openMenu();
    const { page } = game;
    await page.click('#guided-game');
    await page.click('#tutorial-next');
    await page.click('#continue');
    await waitForScreen(page, 'decisions');
    await page.locator('#tutorial').waitFor();
    await expectAccessible(page, 'decisions with the guide');
    await page.setViewportSize(PHONE);
    await page.click('#tutorial-next');
    await page.locator('#tutorial.docked').waitFor();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/guided-phone.png` });
    // Docked: its foot at the foot of the visible window.
    const gap = await page.evaluate(() => document.documentElement.clientHeight - document.querySelector('#tutorial')!.getBoundingClientRect().bottom);
    expect(Math.abs(gap)).toBeLessThan(1);
    expectClean(game);
    await page.close();
  });

  it('opens a term’s glossary entry from the keyboard, closes it with Escape, and with a press anywhere else', async () => {
    const game = await openMenu();
    const { page } = game;
    await page.click('#guided-game');
    await page.click('#tutorial-skip');
    await page.click('#continue');
    await waitForScreen(page, 'decisions');
    const word = page.locator('.posture-key .term-word').first();
    await word.focus();
    await page.keyboard.press('Enter');
    expect(await word.getAttribute('aria-expanded')).toBe('true');
    const note = page.locator(`#${await word.getAttribute('aria-controls')}`);
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toMatch(/Alliance/);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/term-open.png` });
    await page.keyboard.press('Escape');
    expect(await note.isVisible()).toBe(false);
    expect(await word.evaluate((n) => n === document.activeElement)).toBe(true);
    // Opened by the mouse, it closes when the player presses anywhere else.
    await word.click();
    expect(await note.isVisible()).toBe(true);
    await page.locator('#screen-title').click();
    expect(await note.isVisible()).toBe(false);
    expectClean(game);
    await page.close();
  });
});
