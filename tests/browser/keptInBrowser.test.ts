// What the browser keeps between visits, as a player meets it: each tab's game keeps its own autosave (a reload
// resumes that tab's game, the menu lists the others), scenario files kept by an author are listed with a way to
// remove them, a damaged entry loses only itself, and a file can never change a scenario the game ships.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from './chromium';
import { expectAccessible, expectClean, openGame, position, skipToReport, waitForScreen } from './game-page';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});
const base = () => inject('baseUrl');
const idlib = readFileSync('scenarios/idlib-2021.json', 'utf8');
const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

describe('kept in this browser', () => {
  it('two tabs keep two games: a reload resumes each tab’s own, and the menu offers the other', async () => {
    const context = await browser.newContext();
    const a = await openGame(context, `${base()}?scenario=idlib-2021&side=RUS&seed=tab-a`);
    await waitForScreen(a.page, 'briefing');
    await a.page.locator('#continue').click();
    await waitForScreen(a.page, 'decisions');
    await a.page.locator('#submit').click();
    await skipToReport(a.page);
    await a.page.locator('#continue').click();
    await waitForScreen(a.page, 'briefing');
    const whereA = await position(a.page);
    expect(whereA.turn).toBe(2);

    const b = await openGame(context, `${base()}?scenario=li-lobanov-1896&side=CHN&seed=tab-b`);
    await waitForScreen(b.page, 'briefing');
    const whereB = await position(b.page);

    await a.page.reload();
    await waitForScreen(a.page, 'briefing');
    expect(await position(a.page)).toEqual(whereA);
    await b.page.reload();
    await waitForScreen(b.page, 'briefing');
    expect(await position(b.page)).toEqual(whereB);

    // From the menu, tab A continues its own game, and lists B's among the others.
    await a.page.locator('#quit').click();
    await waitForScreen(a.page, 'menu');
    expect(await a.page.locator('#resume-latest').textContent()).toMatch(/^Resume “.*Idlib.*” — turn 2 of/);
    const other = a.page.locator('#resume-other-0');
    expect(await other.textContent()).toMatch(/^Resume “.*” — turn 1 of \d+, /);
    await expectAccessible(a.page, 'menu with other games');
    await other.click();
    await waitForScreen(a.page, 'briefing');
    expect(await position(a.page)).toEqual(whereB);

    // Back in the menu, the Idlib game is now the other one; forgotten, it is gone for good.
    await a.page.locator('#quit').click();
    await waitForScreen(a.page, 'menu');
    expect(await a.page.locator('#resume-other-0').textContent()).toMatch(/Idlib.*turn 2 of/);
    await a.page.locator('#forget-other-0').click();
    await expect.poll(() => a.page.locator('#resume-other-0').count()).toBe(0);
    await a.page.reload();
    await waitForScreen(a.page, 'menu');
    expect(await a.page.locator('#resume-other-0').count()).toBe(0);
    expectClean(a);
    expectClean(b);
    await context.close();
  });

  it('a file with a shipped scenario’s id is refused; a kept file is listed, survives a damaged neighbour, and can be removed', async () => {
    const context = await browser.newContext();
    const game = await openGame(context, base());
    const { page } = game;
    await waitForScreen(page, 'menu');
    const shippedCount = await page.locator('#scenario input[type=radio]').count();

    const edited = idlib.replace(/"classMinutes": (\d+)/, (_, n) => `"classMinutes": ${Number(n) + 5}`);
    await page.locator('#scenario-file').setInputFiles(file('idlib-edited.json', edited));
    const refused = page.locator('.file-verdict.refused');
    await refused.waitFor();
    expect(await refused.locator('.problems li').first().textContent()).toMatch(/· id · The id 'idlib-2021' belongs to “.+”, which comes with the game/);

    await page.locator('#scenario-file').setInputFiles(file('my-idlib.json', idlib.replace('"id": "idlib-2021"', '"id": "my-idlib"')));
    await page.locator('.file-verdict.accepted').waitFor();
    expect(await page.locator('#scenario input[type=radio]').count()).toBe(shippedCount + 1);

    // A damaged entry beside it, as an old version or a hand edit might leave one.
    await page.evaluate(() => {
      const list = JSON.parse(localStorage.getItem('bowstring.scenario-files')!);
      localStorage.setItem('bowstring.scenario-files', JSON.stringify({ broken: null, ...list }));
    });
    await page.reload();
    await waitForScreen(page, 'menu');
    const kept = page.locator('.kept-files li');
    expect(await kept.allTextContents()).toEqual([expect.stringMatching(/^⚠ broken: not loaded\. This entry is damaged/), expect.stringMatching(/^✓ “.+” \(my-idlib\.json\): in the list of scenarios\./)]);
    expect(await page.locator('#scenario input[type=radio]').count()).toBe(shippedCount + 1);
    await expectAccessible(page, 'menu with kept files');

    await page.locator('#remove-file-1').click();
    await expect.poll(() => kept.count()).toBe(1);
    expect(await page.locator('#scenario input[type=radio]').count()).toBe(shippedCount);
    await page.locator('#remove-file-0').click();
    await expect.poll(() => page.locator('.kept-files').count()).toBe(0);
    await page.reload();
    await waitForScreen(page, 'menu');
    expect(await page.locator('.kept-files').count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('bowstring.scenario-files'))).toBe('{}');
    expectClean(game);
    await context.close();
  });
});
