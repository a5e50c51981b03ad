// A shared world in real browsers, on the real class server serving the built game: a teacher makes a world class of
// "Should China and Russia form an alliance?" (three turns, Russia and China given to players, the computer leading
// the rest, ten minutes a step so that nothing races the clock); the teacher puts the Ukraine crisis on the first
// turn, so that both players meet a crisis of their own (China's with the United States is dealt): Ada leads Russia
// and Boris China through the game's own screens — calls, decisions, standing firm or backing down; Ada's page is reloaded while she waits for Boris and comes back to her
// seat, waiting, her decisions kept; both pages reach the debrief at the server's own final state; the teacher's view
// shows the seats and then the class report. Screenshots of the teacher's view and a student's waiting screen and
// decisions, on a laptop and a phone, go to WORLD_SHOTS (default /tmp/world-shots).
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'colyseus.js';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startClassServer, type ClassServer } from '../../server/app';
import { MSG, ROOM_NAME, type WorldView } from '../../src/live/protocol';
import { launch } from './chromium';
import { LAPTOP, PHONE, expectAccessible, expectClean, nextButton, position, screenOf, waitForScreen, watch, type GamePage } from './game-page';

const SHOTS = process.env.WORLD_SHOTS ?? '/tmp/world-shots';
const SCENARIO = 'alliance-question-2020';
/** A crisis of Russia's own, put on the first turn of this world, where the deck deals one of China's. */
const EVENT = 'ukraine-crisis';
const actors = (JSON.parse(readFileSync(`scenarios/${SCENARIO}.json`, 'utf8')) as { actors: unknown[] }).actors.length;

let browser: Browser;
let server: ClassServer;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'bowstring-world-ui-'));
  server = await startClassServer({ port: 0, dataDir, distDir: 'dist', perMinute: { lookups: 1000, joins: 1000 } });
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function open(url: string): Promise<GamePage> {
  const page = await (await browser.newContext({ viewport: LAPTOP, acceptDownloads: true })).newPage();
  const game = watch(page, url);
  watched.set(page, game);
  await page.goto(url);
  return game;
}
const watched = new Map<Page, GamePage>();

const started = Date.now();
const step = (what: string) => console.log(`${((Date.now() - started) / 1000).toFixed(1)} s: ${what}`);

/** The window at a laptop's size and a phone's, each saved; back to the laptop. */
async function shots(page: Page, name: string, selector?: string): Promise<void> {
  for (const [size, tag] of [[LAPTOP, '1280'], [PHONE, '390']] as const) {
    await page.setViewportSize(size);
    if (selector) await page.locator(selector).first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/${name}-${tag}.png` });
  }
  await page.setViewportSize(LAPTOP);
}

/** One move of a player on the screen shown: the screen's own button (calls, decisions, stances as they stand), or
 *  nothing on a waiting screen or the debrief. Returns the screen it was on and its turn. */
async function move(page: Page): Promise<{ screen: string; turn: number }> {
  const screen = await screenOf(page);
  const turn = screen === '' ? 0 : (await position(page).catch(() => ({ turn: 0 }))).turn;
  if (screen === 'waiting' || screen === 'debrief' || screen === '') return { screen, turn };
  const next = page.locator(nextButton(screen));
  // The server may move the page on (a rebuilt turn, the turn resolved) between a look and a click: look again then.
  if ((await next.count()) === 0) return { screen, turn };
  await next.click({ timeout: 5000 }).catch(() => undefined);
  await page.waitForFunction((s) => !document.querySelector(`#screen > .screen.${s}`), screen, { timeout: 5000 }).catch(() => undefined);
  return { screen, turn };
}

/** What a page shows of where it stands: its screen's title, its waiting line and its banner. */
const where = async (page: Page) =>
  `${await page.evaluate(() => ['#screen-title', '#world-waiting', '#live-banner', '#live-line', '#state-hash'].map((sel) => document.querySelector(sel)?.textContent ?? '').join(' | '))} | errors: ${watched.get(page)?.errors.join(' / ')}`;

/** Moves the pages on, each as far as it can go, until `done` says so. Every screen passed is recorded. */
async function play(pages: Record<string, Page>, done: () => Promise<boolean>, seen: Set<string>, limit = 120_000): Promise<void> {
  const until = Date.now() + limit;
  while (!(await done())) {
    if (Date.now() > until) throw new Error(`the pages stopped: ${JSON.stringify(await Promise.all(Object.values(pages).map(where)))}`);
    let moved = false;
    for (const [who, page] of Object.entries(pages)) {
      const at = await move(page);
      seen.add(`${who}:${at.turn}:${at.screen}`);
      if (at.screen !== 'waiting' && at.screen !== 'debrief') moved = true;
      if (await done()) return;
    }
    if (!moved) await new Promise((r) => setTimeout(r, 250));
  }
}

const at = async (page: Page, screen: string, turn?: number) => (await screenOf(page)) === screen && (turn === undefined || (await position(page)).turn === turn);

/** The seats' table as the teacher sees it: each power's step and player. */
async function seats(page: Page): Promise<{ seat: string; step: string; player: string }[]> {
  return page.locator('#world-seat-table tbody tr').evaluateAll((rows) =>
    rows.map((r) => ({ seat: r.getAttribute('data-seat') ?? '', step: r.getAttribute('data-step') ?? '', player: r.querySelector('td')?.textContent ?? '' })),
  );
}

describe('a shared world on the class server, in the browser', () => {
  it('is run by the teacher and played seat by seat to the server’s own end, across an event and a reload', async () => {
    // The teacher: three turns, a world of Russia and China with ten minutes a step.
    const teacher = await open(server.url);
    await waitForScreen(teacher.page, 'menu');
    await teacher.page.locator('#teach-scenario').selectOption(SCENARIO);
    await teacher.page.locator('#teach-turns').selectOption('3');
    await teacher.page.locator('#teach-seed').fill('world-class');
    await teacher.page.locator('label[for="live-mode-world"]').click();
    // The playable powers are ticked by default; the computer leads the rest.
    const ticked = await teacher.page.locator('#live-seats input:checked').evaluateAll((xs) => xs.map((x) => (x as HTMLInputElement).value));
    expect(ticked).toEqual(['RUS', 'CHN']);
    expect(await teacher.page.locator('#live-seats input').count()).toBe(actors);
    await teacher.page.locator('#live-step-time').selectOption('600');
    await teacher.page.locator('#live-start').click();
    await waitForScreen(teacher.page, 'live-teacher');
    const code = (await teacher.page.locator('#live-code').getAttribute('data-code'))!;
    const key = await teacher.page.evaluate((c) => (JSON.parse(localStorage.getItem('bowstring.live.taught')!) as { code: string; key: string }[]).find((x) => x.code === c)!.key, code);
    await expect.poll(() => teacher.page.locator('#world-state').textContent()).toContain('Turn 1 of 3');
    expect(await teacher.page.locator('#world-state').textContent()).toContain('the clock starts when a player takes a seat');
    step('the world class is started');

    // Ada leads Russia, Boris China; a third asking for China is refused with the server's sentence in the page's words.
    const players: Record<string, GamePage> = {};
    for (const [name, seat] of [['Ada', 'RUS'], ['Boris', 'CHN']] as const) {
      const student = await open(`${server.url}?join=${code}`);
      await waitForScreen(student.page, 'live-join-page');
      await student.page.locator('#live-name').fill(name);
      await student.page.locator('#live-seat').selectOption(seat);
      await student.page.locator('#live-join').click();
      await waitForScreen(student.page, 'briefing');
      players[name] = student;
    }
    const { page: ada } = players.Ada!;
    const { page: boris } = players.Boris!;
    const late = await open(`${server.url}?join=${code}`);
    await waitForScreen(late.page, 'live-join-page');
    await late.page.locator('#live-name').fill('Chen');
    await late.page.locator('#live-seat').selectOption('CHN');
    await late.page.locator('#live-join').click();
    await expect.poll(() => late.page.locator('#live-join-problem').textContent()).toContain('Another player leads China already');
    expect(await screenOf(late.page)).toBe('live-join-page');
    await expect.poll(() => ada.locator('#live-line').textContent()).toMatch(new RegExp(`^Shared world ${code.slice(0, 3)}-${code.slice(3)} · turn 1 · \\d+:\\d\\d left$`));
    // Neither can save, hand in or go back: the world is the server's.
    expect(await ada.locator('#export-save, #stop-hand-in, #rewind').count()).toBe(0);
    step('Ada and Boris hold their seats');

    // The teacher's table: both seats taken; China calls on its partners first, Russia has no crisis to call in.
    const table = async () => (await seats(teacher.page)).map((s) => `${s.seat} ${s.player} ${s.step}`).join(', ');
    await expect.poll(table).toBe('RUS Ada idle, CHN Boris deciding');
    const before = (await position(ada)).hash;
    await teacher.page.locator('#world-event').selectOption(EVENT);
    await teacher.page.locator('#world-inject-put').click();
    await expect.poll(() => teacher.page.locator('#world-injected').textContent()).toMatch(/^Put on this turn: /);
    // The crisis in Ukraine is Russia's own: Ada now calls too.
    await expect.poll(table).toBe('RUS Ada deciding, CHN Boris deciding');
    // The students' pages take the turn again with the event on it.
    await expect.poll(async () => (await position(ada)).hash).not.toBe(before);
    await waitForScreen(ada, 'briefing');
    await shots(teacher.page, 'teacher-world', '#live-world');
    await expectAccessible(teacher.page, 'teacher’s view of a shared world');
    step('the teacher put an event on turn 1');

    // Turn 1, both played through the real screens to the briefing of turn 2.
    const seen = new Set<string>();
    await play({ ada, boris }, async () => (await at(ada, 'briefing', 2)) && (await at(boris, 'briefing', 2)), seen);
    step('turn 1 played');

    // Turn 2: China calls first, Russia has nothing to call; Ada waits, and her waiting screen names Boris's power.
    await play({ ada }, async () => at(ada, 'waiting', 2), seen);
    await expect.poll(() => ada.locator('#world-waiting').textContent()).toBe('Still deciding: China.');
    await expect.poll(async () => (await seats(teacher.page)).map((s) => s.step).join(' ')).toBe('idle deciding');
    // Boris calls and comes to his decisions (on both screens); Ada decides first and waits for him.
    await play({ boris }, async () => at(boris, 'decisions', 2), seen);
    await shots(boris, 'student-decisions');
    await play({ ada }, async () => (await at(ada, 'waiting', 2)) && seen.has('ada:2:decisions'), seen);
    await expect.poll(() => ada.locator('#world-waiting').textContent()).toBe('Still deciding: China.');
    await shots(ada, 'student-waiting');
    await expect.poll(async () => (await seats(teacher.page)).map((s) => s.step).join(' ')).toBe('decided deciding');
    // Once someone has decided the turn, no event can be put on it.
    expect(await teacher.page.locator('#world-inject-put').isDisabled()).toBe(true);
    // Reloaded while waiting: back to her seat and her wait, not asked to decide again.
    await ada.reload();
    await waitForScreen(ada, 'waiting');
    expect(await ada.locator('#screen-title').textContent()).toBe('Waiting for the other players to decide');
    expect(await position(ada)).toMatchObject({ turn: 2 });
    expect((await seats(teacher.page)).map((s) => s.step).join(' ')).toBe('decided deciding');
    await expect.poll(() => ada.locator('#world-waiting').textContent()).toBe('Still deciding: China.');
    await expect.poll(() => ada.locator('#live-line').getAttribute('data-link')).toBe('connected');
    step('Ada reloaded while she waited');

    // The rest of the lesson, to the debrief.
    await play({ ada, boris }, async () => (await at(ada, 'debrief')) && (await at(boris, 'debrief')), seen, 180_000);
    const screens = [...new Set([...seen].map((s) => s.split(':')[2]))];
    console.log(`screens passed: ${screens.join(', ')}`);
    expect(screens).toEqual(expect.arrayContaining(['briefing', 'calling', 'decisions', 'standing', 'waiting', 'resolution', 'report']));
    step('both pages reached the debrief');

    // The server's world, as a teacher's client in Node sees it: over, its end hashed as each page's game.
    const room = await new Client(server.url.replace(/^http/, 'ws')).joinOrCreate(ROOM_NAME, { code, role: 'teacher', key });
    const world = await new Promise<WorldView>((resolve) => room.onMessage('*', (type, body) => type === MSG.world && resolve(body as WorldView)));
    await room.leave(true);
    expect(world.phase).toBe('over');
    expect(world.log.map((t) => t.injected)).toEqual([[EVENT], [], []]);
    for (const page of [ada, boris]) expect((await position(page)).hash).toBe(world.stateHash);
    // The debrief says where the result is, and offers no file to hand in.
    for (const page of [ada, boris]) {
      expect(await page.locator('#live-debrief').textContent()).toContain('Your part in the shared world is on the class server');
      expect(await page.locator('#hand-in-download').count()).toBe(0);
      // Nor does it set the player's strategy against the computer's: the other powers were people.
      expect(await page.locator('#what-if').count()).toBe(0);
    }

    // The teacher's view: the world over, each seat's part verified in the class report, shown by itself.
    await expect.poll(() => teacher.page.locator('#world-state').textContent()).toBe('Turn 3 of 3 · the world is over');
    await teacher.page.waitForSelector('#class-results', { timeout: 30_000 });
    expect(Number(await teacher.page.locator('#class-results').getAttribute('data-verified'))).toBe(2);
    // A world that is over has nothing left to pause, resume or end.
    expect(await teacher.page.locator('#live-controls button').count()).toBe(0);
    await shots(teacher.page, 'teacher-world-over', '#live-world');
    await shots(teacher.page, 'teacher-world-report', '#class-results');
    await expectAccessible(teacher.page, 'teacher’s view of a finished shared world');
    for (const page of [teacher, players.Ada!, players.Boris!, late]) expectClean(page);
  }, 300_000);
});
