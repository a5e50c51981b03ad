// Once loaded, the game plays offline: its service worker has stored every file of the build, so with the server
// gone the page comes back, draws its map, plays a whole game and runs the what-if games in their worker.
import { readdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preview, type PreviewServer } from 'vite';
import { launch } from './chromium';
import { expectClean, openGame, playToEnd, waitForScreen } from './game-page';

let browser: Browser;
// A server of its own, built by the shared setup: this test takes it away.
let server: PreviewServer | null = null;
let base = '';
beforeAll(async () => {
  browser = await launch();
  server = await preview({ preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'warn' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  base = `http://127.0.0.1:${address.port}/`;
});
afterAll(async () => {
  await browser?.close();
  await stopServer();
});

async function stopServer(): Promise<void> {
  if (!server) return;
  const closing = server;
  server = null;
  // The browser keeps connections open; they must go too, or the page would still reach the server.
  (closing.httpServer as Server).closeAllConnections();
  await new Promise<void>((resolve) => closing.httpServer.close(() => resolve()));
}

/** Every file of the build, as the service worker stores them. */
const buildFiles = (): string[] => ['./', 'index.html', ...readdirSync('dist/assets').filter((f) => !f.endsWith('.map')).map((f) => `assets/${f}`)];

describe('offline', () => {
  it('once loaded, the game plays with the server gone: the page, the map, a whole game and the what-if', async () => {
    const context = await browser.newContext();
    const game = await openGame(context, base);
    const { page } = game;
    await waitForScreen(page, 'menu');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    const stored = () =>
      page.evaluate(async () => {
        const name = (await caches.keys()).find((n) => n.startsWith('bowstring-'));
        return name ? (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname) : [];
      });
    await expect.poll(async () => (await stored()).length, { timeout: 20_000 }).toBe(buildFiles().length);
    expect((await stored()).some((path) => path.includes('phaser'))).toBe(true);

    await stopServer();
    const direct = await context.request.get(base).catch(() => null);
    expect(direct, 'the server still answers').toBeNull();

    // A class link, opened with no server: the page, then its game, come from the store.
    await page.goto(`${base}?scenario=idlib-2021&side=RUS&seed=offline`);
    await waitForScreen(page, 'briefing');
    await page.waitForFunction(() => window.__bowstringMap?.ready === true, undefined, { timeout: 20_000 });
    await playToEnd(page);
    await waitForScreen(page, 'debrief');
    await page.locator('#what-if-run').click();
    await page.locator('#what-if-results').waitFor({ timeout: 30_000 });
    expect(await page.locator('#what-if-results li').count()).toBe(4);
    expectClean(game);
    await context.close();
  });
});
