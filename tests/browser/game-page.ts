// Shared by the browser tests that play the game: open the page watching for errors and requests leaving the origin,
// check a screen with axe-core, move the keyboard focus by Tab alone, and read where the game stands.
import { readFileSync, readdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Scenario } from '../../src/engine';
import { loadScenario } from '../../src/scenarios/loader';

export const VIEWPORT = { width: 1400, height: 1000 };

export interface GamePage {
  page: Page;
  errors: string[];
  outside: string[];
}

export function watch(page: Page, base: string): GamePage {
  const origin = new URL(base).origin;
  const errors: string[] = [];
  const outside: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin) outside.push(u);
  });
  return { page, errors, outside };
}

export async function openGame(target: Browser | BrowserContext, url: string): Promise<GamePage> {
  const page = await target.newPage();
  await page.setViewportSize(VIEWPORT);
  const game = watch(page, url);
  await page.goto(url);
  return game;
}

/** The two screens every game-screen test is played on: a laptop's, and a phone's. */
export const LAPTOP = { width: 1280, height: 720 };
export const PHONE = { width: 390, height: 844 };

export function expectClean({ errors, outside }: GamePage): void {
  expect(errors).toEqual([]);
  expect(outside).toEqual([]);
}

/** axe-core on the whole page: no serious or critical violation. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  console.log(`axe on the ${screen}: ${results.violations.length} violations (${bad.length} serious or critical), ${results.passes.length} rules passed`);
  expect(report, `axe on the ${screen}`).toEqual([]);
}

/** The screen being shown, by its class: menu, briefing, handover, decisions, report, debrief. */
export async function screenOf(page: Page): Promise<string> {
  return page.evaluate(() => {
    const cls = document.querySelector('#screen > .screen')?.className ?? '';
    return cls.replace('screen', '').trim();
  });
}

export async function waitForScreen(page: Page, name: string): Promise<void> {
  await page.waitForSelector(`#screen > .screen.${name}`, { timeout: 15_000 });
}

/** Where the game stands, as the page says: the turn and the state hash. */
export async function position(page: Page): Promise<{ turn: number; hash: string }> {
  const line = page.locator('#state-hash');
  return { turn: Number(await line.getAttribute('data-turn')), hash: (await line.getAttribute('data-state-hash'))! };
}

/** Press Tab (never the mouse) until the focused element matches `selector`. */
export async function tabTo(page: Page, selector: string, limit = 400): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The shipped scenarios, loaded the way the game loads them. */
export function shippedScenarios(): Scenario[] {
  return readdirSync('scenarios')
    .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
    .map((f) => {
      const report = loadScenario(readFileSync(`scenarios/${f}`, 'utf8'), f);
      if (!report.ok) throw new Error(`${f} does not load`);
      return report.value;
    });
}

/** The latest autosave of the game the page's tab plays (each game keeps its own, and the tab knows which is its). */
export async function latestSave(page: Page): Promise<string> {
  return (await page.evaluate(() => localStorage.getItem(`bowstring.autosave.${sessionStorage.getItem('bowstring.tab-game')}.latest`)))!;
}

/** The button that moves a screen on: submit the decisions, skip the turn's playback, or continue. */
export const nextButton = (screen: string): string => ({ decisions: '#submit', resolution: '#skip-to-report' })[screen] ?? '#continue';

/** Past the turn played out on the map, to the report: what a player in a hurry does. */
export async function skipToReport(page: Page): Promise<void> {
  await waitForScreen(page, 'resolution');
  await page.locator('#skip-to-report').click();
  await waitForScreen(page, 'report');
}

/** Click through every screen (continue, skip the turn's playback, or submit the decisions as they stand) until the debrief. */
export async function playToEnd(page: Page): Promise<void> {
  for (let step = 0; step < 200; step++) {
    const screen = await screenOf(page);
    if (screen === 'debrief') return;
    await page.locator(nextButton(screen)).click();
    await page.waitForFunction((s) => !document.querySelector(`#screen > .screen.${s}`), screen);
  }
  throw new Error('the game did not end');
}
