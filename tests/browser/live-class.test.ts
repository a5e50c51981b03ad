// A live class in real browsers, on the real class server (embedded database in a temporary folder) serving the built
// game: a teacher starts a class of three turns where each student picks a power; two students join by its code, one
// by the class's link and one typing the code in lower case with spaces; both play two turns and the teacher's table
// shows them; the teacher pauses (a student's submit is held, and says so) and resumes; one student finishes and
// shows as verified; a reload resumes the same game; a rewind reaches the teacher; the CSV comes with a verdict
// column; the class is kept in the teacher's browser and opened from a new tab; a student who reloads after the class
// ended sees the debrief with no file to hand in, and after it is deleted is told it no longer exists; a Russian page
// says the server's refusals and a mistyped code in Russian. LIVE_SHOTS=<folder> saves screenshots of the teacher's
// view and a student's page on a laptop and a phone.
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startClassServer, type ClassServer } from '../../server/app';
import { t } from '../../src/i18n/core';
import { launch } from './chromium';
import { LAPTOP, PHONE, expectAccessible, expectClean, nextButton, position, screenOf, waitForScreen, watch, type GamePage } from './game-page';

const SHOTS = process.env.LIVE_SHOTS ?? null;
/** The CSV the teacher downloaded, read by the test of its verdict column. */
let csvText = '';
const SCENARIO = 'eastern-axis-2021';

let browser: Browser;
let server: ClassServer;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'bowstring-live-'));
  // The suite's pages all come from one address: limits high enough for every join and look-up here.
  server = await startClassServer({ port: 0, dataDir, distDir: 'dist', perMinute: { lookups: 1000, joins: 1000 } });
  browser = await launch();
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function open(url: string, size = LAPTOP): Promise<GamePage> {
  const page = await (await browser.newContext({ viewport: size, acceptDownloads: true })).newPage();
  const game = watch(page, url);
  await page.goto(url);
  return game;
}

const started = Date.now();
/** Where the test stands, with the seconds since it started: on 2 busy cores each step's time is worth seeing. */
const step = (what: string) => console.log(`${((Date.now() - started) / 1000).toFixed(1)} s: ${what}`);

/** A screenshot, of the window or of one scrolling region (the game's column) scrolled to `selector`. */
const shot = async (page: Page, name: string, selector?: string) => {
  if (!SHOTS) return;
  if (selector) await page.locator(selector).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
};

/** The students' table as the teacher sees it: each row's name, turns played and verdict. */
interface Row {
  name: string;
  turn: number;
  verdict: string;
  rewinds: number;
}

async function roster(page: Page): Promise<Row[]> {
  return page.locator('#live-students tbody tr').evaluateAll((rows) =>
    rows.map((r) => ({
      name: r.querySelector('th')?.textContent ?? '',
      turn: Number(r.getAttribute('data-turn')),
      verdict: r.getAttribute('data-verdict') ?? '',
      rewinds: Number(r.getAttribute('data-rewinds')),
    })),
  );
}

async function waitForRoster(page: Page, ok: (rows: Row[]) => boolean): Promise<void> {
  await expect.poll(async () => ok(await roster(page)), { timeout: 30_000 }).toBe(true);
}

/** Clicks through the game's screens until the briefing of `turn` (or the debrief). */
async function playTo(page: Page, turn: number): Promise<void> {
  for (let step = 0; step < 60; step++) {
    const screen = await screenOf(page);
    if (screen === 'debrief' || (screen === 'briefing' && (await position(page)).turn === turn)) return;
    await page.locator(nextButton(screen)).click();
    await page.waitForFunction((s) => !document.querySelector(`#screen > .screen.${s}`), screen);
  }
  throw new Error(`turn ${turn} was never reached`);
}

/** The teacher's corner: the lesson (three turns, each student picks a power) started live; the class's code. */
async function startClass(teacher: Page): Promise<string> {
  await waitForScreen(teacher, 'menu');
  await teacher.locator('#teach-scenario').selectOption(SCENARIO);
  await teacher.locator('#teach-side').selectOption('free');
  await teacher.locator('#teach-turns').selectOption('3');
  await teacher.locator('#live-start').click();
  await waitForScreen(teacher, 'live-teacher');
  return (await teacher.locator('#live-code').getAttribute('data-code'))!;
}

describe('a live class on the class server', () => {
  it('is taught and played from the browser: join by code, turns on the teacher’s table, pause, a finished game verified, the CSV', async () => {
    const teacher = await open(server.url);
    const code = await startClass(teacher.page);
    expect(code).toMatch(/^[A-HJ-KM-NP-Z2-9]{6}$/);
    // Big and spaced for the board, with its link and a QR code drawn as SVG.
    expect(await teacher.page.locator('#live-code').textContent()).toBe(`${code.slice(0, 3)}-${code.slice(3)}`);
    expect(await teacher.page.locator('#live-link').inputValue()).toBe(`${server.url}?join=${code}`);
    expect(await teacher.page.locator('svg.live-qr path').getAttribute('d')).toMatch(/^M/);
    // The key never reaches the address bar.
    expect(teacher.page.url()).toBe(server.url);
    // What the class is, in words; and, on this computer's own address, that students' devices cannot reach the link.
    const about = (await teacher.page.locator('#live-about').textContent())!;
    expect(about).toContain('3 turns');
    expect(about).toContain('Each student picks');
    expect(await teacher.page.locator('#live-loopback').textContent()).toContain('HOST=0.0.0.0');
    await shot(teacher.page, 'teacher-start-1280');

    // The class is kept in this browser, not the tab: a new tab lists it under “Your live classes” and opens it.
    const other = await teacher.page.context().newPage();
    const otherGame = watch(other, server.url);
    await other.goto(server.url);
    await waitForScreen(other, 'menu');
    expect(await other.locator(`#live-taught li[data-code="${code}"]`).textContent()).toContain(`${code.slice(0, 3)}-${code.slice(3)}`);
    await other.locator('#live-taught').scrollIntoViewIfNeeded();
    await shot(other, 'teacher-taught-1280');
    await other.locator(`#live-open-${code}`).click();
    await waitForScreen(other, 'live-teacher');
    expect(await other.locator('#live-code').getAttribute('data-code')).toBe(code);
    await other.setViewportSize(PHONE);
    await shot(other, 'teacher-about-390', '#live-about');
    expectClean(otherGame);
    await other.close();

    step('the class is started');
    // Ada opens the class's link and plays Russia; Boris types the code as people do and plays China.
    const ada = await open(`${server.url}?join=${code}`);
    await waitForScreen(ada.page, 'live-join-page');
    await shot(ada.page, 'student-join-1280');
    await ada.page.locator('#live-name').fill('Ada');
    await ada.page.locator('#live-join').click();
    await waitForScreen(ada.page, 'briefing');
    const boris = await open(server.url);
    await waitForScreen(boris.page, 'menu');
    await boris.page.locator('#join-code').fill(` ${code.slice(0, 3).toLowerCase()} ${code.slice(3).toLowerCase()} `);
    await boris.page.locator('#join').click();
    await waitForScreen(boris.page, 'live-join-page');
    await boris.page.locator('#live-name').fill('Boris');
    await boris.page.locator('label[for="live-side-CHN"]').click();
    await boris.page.locator('#live-join').click();
    await waitForScreen(boris.page, 'briefing');
    expect(await boris.page.locator('#live-line').textContent()).toContain(`${code.slice(0, 3)}-${code.slice(3)}`);
    await expect.poll(() => boris.page.locator('#live-line').getAttribute('data-link')).toBe('connected');

    step('both students joined');
    // Two turns each: the teacher's table follows.
    await playTo(ada.page, 3);
    await playTo(boris.page, 3);
    await waitForRoster(teacher.page, (rows) => rows.length === 2 && rows.every((r) => r.turn === 2 && r.verdict === 'playing'));
    const rows = await roster(teacher.page);
    expect(rows.map((r) => r.name).sort()).toEqual(['Ada', 'Boris']);
    const sides = await teacher.page.locator('#live-students tbody tr td:nth-child(2)').allTextContents();
    expect(sides.sort()).toEqual(['China', 'Russia']);
    await shot(teacher.page, 'teacher-1280');
    await expectAccessible(teacher.page, 'teacher’s live view');

    step('two turns played');
    // Paused: Ada's submit is held, and she is told; resumed, it goes and the turn resolves.
    await teacher.page.locator('#live-pause').click();
    await expect.poll(() => ada.page.locator('#live-line').getAttribute('data-status')).toBe('paused');
    await ada.page.locator('#continue').click();
    await waitForScreen(ada.page, 'decisions');
    await ada.page.locator('#submit').click();
    await expect.poll(() => ada.page.locator('#live-banner').textContent()).toContain('Your teacher has paused the class.');
    expect(await ada.page.locator('#live-banner').textContent()).toContain('as soon as the class goes on');
    expect(await screenOf(ada.page)).toBe('decisions');
    await shot(ada.page, 'student-paused-1280');
    await ada.page.setViewportSize(PHONE);
    await shot(ada.page, 'student-paused-390');
    await ada.page.setViewportSize(LAPTOP);
    await teacher.page.locator('#live-resume').click();
    await waitForScreen(ada.page, 'resolution');
    expect(await ada.page.locator('#live-banner').isHidden()).toBe(true);

    step('paused and resumed');
    // Ada finishes the lesson: her debrief says the result is with the teacher, whose table shows it verified.
    await playTo(ada.page, 99);
    await waitForScreen(ada.page, 'debrief');
    await expect.poll(() => ada.page.locator('#live-debrief').textContent(), { timeout: 15_000 }).toContain('Your result is with your teacher');
    await waitForRoster(teacher.page, (r) => r.some((x) => x.name === 'Ada' && x.turn === 3 && x.verdict === 'verified'));
    await shot(ada.page, 'student-debrief-1280', '#live-debrief');
    await shot(teacher.page, 'teacher-verified-1280', '#live-students');

    step('Ada finished');
    // A reload takes Boris back into the same game, in the class.
    const before = await position(boris.page);
    await boris.page.reload();
    await waitForScreen(boris.page, 'briefing');
    expect(await position(boris.page)).toEqual(before);
    await expect.poll(() => boris.page.locator('#live-line').getAttribute('data-link')).toBe('connected');
    await shot(boris.page, 'student-briefing-1280');
    await boris.page.setViewportSize(PHONE);
    await shot(boris.page, 'student-briefing-390');
    // Boris goes back to the start of turn 2: the server is told, and the teacher sees the rewind.
    await boris.page.locator('#rewind-turn').selectOption('2');
    await boris.page.locator('#rewind').click();
    await waitForRoster(teacher.page, (r) => r.some((x) => x.name === 'Boris' && x.turn === 1 && x.rewinds === 1));

    step('Boris reloaded');
    // The report and the CSV from the server's verdicts.
    await teacher.page.locator('#live-show-report').click();
    await teacher.page.waitForSelector('#class-results');
    expect(Number(await teacher.page.locator('#class-results').getAttribute('data-verified'))).toBe(1);
    // The server's games, counted as games (no result files were handed in).
    expect(await teacher.page.locator('#class-summary').textContent()).toMatch(/^1 of \d+ games? verified/);
    await shot(teacher.page, 'teacher-report-1280', '#class-results');
    const [download] = await Promise.all([teacher.page.waitForEvent('download'), teacher.page.locator('#live-csv').click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    console.log(`the class's CSV:\n${csv}`);
    csvText = csv;
    const [head, ...lines] = csv.trim().split(/\r?\n/);
    expect(head).toContain('player');
    expect(lines.some((l) => l.startsWith('Ada,'))).toBe(true);

    step('report and CSV');
    // A reload brings the teacher back to the live view (the key kept in the tab), and the phone's view of it.
    await teacher.page.reload();
    await waitForScreen(teacher.page, 'live-teacher');
    await waitForRoster(teacher.page, (r) => r.length === 2);
    await teacher.page.setViewportSize(PHONE);
    await shot(teacher.page, 'teacher-390');
    await shot(teacher.page, 'teacher-table-390', '#live-students');
    await teacher.page.locator('#live-show-report').click();
    await teacher.page.waitForSelector('#class-results');
    await shot(teacher.page, 'teacher-report-390', '#class-results');
    await expectAccessible(teacher.page, 'teacher’s live view on a phone');

    // The teacher ends the class: Boris is told, and his game is checked as it stands.
    step('teacher reloaded');
    await teacher.page.setViewportSize(LAPTOP);
    await teacher.page.locator('#live-end').click();
    await teacher.page.locator('#live-end-yes').click();
    await expect.poll(() => boris.page.locator('#live-banner').textContent()).toContain('Your teacher has ended the class');
    await waitForRoster(teacher.page, (r) => r.some((x) => x.name === 'Boris' && x.verdict === 'verified'));
    expect(await teacher.page.locator('#live-pause, #live-resume, #live-end').count()).toBe(0);

    // Ada reloads after the end: she is let back in with her token and sees her debrief, the class ended, no file asked.
    step('class ended');
    await ada.page.reload();
    await waitForScreen(ada.page, 'debrief');
    await expect.poll(() => ada.page.locator('#live-debrief').textContent(), { timeout: 15_000 }).toContain('Your class has ended; your game is with your teacher');
    expect(await ada.page.locator('#hand-in-download').count()).toBe(0);
    expect(await ada.page.locator('#live-line').getAttribute('data-status')).toBe('ended');
    await shot(ada.page, 'student-ended-1280', '#live-debrief');
    await ada.page.setViewportSize(PHONE);
    await shot(ada.page, 'student-ended-390', '#live-debrief');

    // Deleted, with a confirmation: the class is gone from the server, and the teacher is back in the menu.
    await teacher.page.locator('#live-delete').click();
    expect(await teacher.page.locator('#live-delete-question').textContent()).toContain(`${code.slice(0, 3)}-${code.slice(3)}`);
    await teacher.page.locator('#live-delete-yes').click();
    await waitForScreen(teacher.page, 'menu');
    expect((await fetch(`${server.url}api/classes/${code}`)).status).toBe(404);
    // Boris's page asks to come back, as after any lost line, and is told the class no longer exists.
    await expect.poll(() => boris.page.locator('#live-line').getAttribute('data-link'), { timeout: 15_000 }).toBe('closed');
    expect(await boris.page.locator('#live-banner').textContent()).toContain('This class no longer exists');
    await shot(boris.page, 'student-deleted-390');

    for (const page of [teacher, ada, boris]) expectClean(page);
  }, 240_000);

  it('carries a scenario file the teacher loaded to its students, for their game only', async () => {
    const own = readFileSync(`scenarios/${SCENARIO}.json`, 'utf8').replace(`"id": "${SCENARIO}"`, '"id": "axis-of-our-own"');
    expect(own).toContain('"axis-of-our-own"');
    const teacher = await open(server.url);
    await waitForScreen(teacher.page, 'menu');
    await teacher.page.locator('#scenario-file').setInputFiles({ name: 'axis.json', mimeType: 'application/json', buffer: Buffer.from(own) });
    await expect.poll(() => teacher.page.locator('#teach-scenario option[value="axis-of-our-own"]').count()).toBe(1);
    await teacher.page.locator('#teach-scenario').selectOption('axis-of-our-own');
    await teacher.page.locator('#teach-side').selectOption('CHN');
    await teacher.page.locator('#live-start').click();
    await waitForScreen(teacher.page, 'live-teacher');
    const code = (await teacher.page.locator('#live-code').getAttribute('data-code'))!;

    const student = await open(`${server.url}?join=${code}`);
    await waitForScreen(student.page, 'live-join-page');
    await student.page.locator('#live-name').fill('Chen');
    await student.page.locator('#live-join').click();
    await waitForScreen(student.page, 'briefing');
    await playTo(student.page, 2);
    await waitForRoster(teacher.page, (r) => r.length === 1 && r[0]!.turn === 1);
    // The class's file is played, never kept among the student's own scenario files.
    expect(await student.page.evaluate(() => localStorage.getItem('bowstring.scenario-files'))).toBeNull();
    for (const page of [teacher, student]) expectClean(page);
  });

  it('says plainly that a live class needs the class server, on the game served without one', async () => {
    const { page } = await open(inject('baseUrl'));
    await waitForScreen(page, 'menu');
    await page.locator('#live-start').click();
    await expect.poll(() => page.locator('#live-start-problem').textContent()).toContain('npm run class-server');
    // A student typing a live class's code there is told why it cannot be joined, and the class code route still works.
    await page.locator('#join-code').fill('K7Q-M2X');
    await page.locator('#join').click();
    await expect.poll(() => page.locator('#join-problem').textContent()).toContain('not opened from a class server');
    await waitForScreen(page, 'menu');
  });

  it('says the server’s refusals and a mistyped code in the page’s language, keeping what was typed', async () => {
    const { page } = await open(`${server.url}?lang=ru`);
    await waitForScreen(page, 'menu');
    // The way to the join box is at the top of the menu, even on a phone.
    await page.setViewportSize(PHONE);
    const shortcut = await page.locator('#join-shortcut').boundingBox();
    console.log(`the join link's top on a phone: ${shortcut?.y} px`);
    expect(shortcut!.y).toBeLessThan(PHONE.height);
    await shot(page, 'menu-top-390');
    await page.locator('#join-shortcut').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('join-code');
    // Five characters: the code has six, and the field keeps them to be mended.
    await page.locator('#join-code').fill('k7q-m2');
    await page.locator('#join').click();
    await expect.poll(() => page.locator('#join-problem').textContent()).toContain('шести знаков');
    expect(await page.locator('#join-problem').textContent()).not.toContain('B1');
    expect(await page.locator('#join-code').inputValue()).toBe('k7q-m2');
    // A code no class has: the server's refusal, in Russian.
    await page.locator('#join-code').fill('ZZZ-ZZZ');
    await page.locator('#join').click();
    await expect.poll(() => page.locator('#join-problem').textContent()).toContain('Класса с таким кодом нет');
    expect(await page.locator('#join-code').inputValue()).toBe('ZZZ-ZZZ');
    await shot(page, 'join-refused-ru-390', '#join-class');
  });

  it('downloads a CSV with a verdict column', () => {
    const [head, ...lines] = csvText.trim().split(/\r?\n/);
    const verdict = head!.split(',').indexOf(t('class.classReport.csvVerdict'));
    expect(verdict).toBeGreaterThan(-1);
    expect(lines.find((l) => l.startsWith('Ada,'))!.split(',')[verdict]).toBe('verified');
  });
});
