// Whole games in a real browser, as a player plays them: with the mouse, with the keyboard alone, two players at one
// screen; and axe-core on every screen on the way. The browser's final state is checked against a replay in Node.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { newGame, stateHash } from '../../src/engine';
import { readSave } from '../../src/persistence';
import { launch } from './chromium';
import { waitForMap } from './map-page';
import { expectAccessible, expectClean, latestSave, nextButton, openGame, position, screenOf, shippedScenarios, skipToReport, tabTo, waitForScreen } from './game-page';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const base = () => inject('baseUrl');
const scenarios = shippedScenarios();

/** The game the page saved, rebuilt in Node from its decision log: the same hash, or the save is refused. */
async function replayedInNode(page: import('playwright-core').Page) {
  const read = readSave(await latestSave(page), scenarios);
  if (!read.ok) throw new Error(read.errors.map((e) => e.message).join(' '));
  return read.value;
}

describe('playing in the browser', () => {
  it('plays Idlib 2021 to its end as Russia with the mouse', async () => {
    const context = await browser.newContext();
    const game = await openGame(context, base());
    const { page } = game;
    await waitForScreen(page, 'menu');
    await expectAccessible(page, 'menu');

    await page.locator('label', { hasText: 'Russia and Turkey over Idlib (2021)' }).click();
    await page.locator('label[for="side-RUS"]').click();
    await page.locator('#seed').fill('mouse');
    await page.locator('#start').click();

    // A click on Turkey's capital on the map opens Turkey's dossier beside the panels.
    await waitForScreen(page, 'briefing');
    await waitForMap(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    const ankara = (await page.evaluate("window.__bowstringMap.screenOf({ type: 'actor', id: 'TUR' })")) as { x: number; y: number };
    await page.mouse.click(ankara.x, ankara.y);
    await expect.poll(() => page.locator('#dossier-name').textContent()).toBe('Turkey');
    expect(await page.locator('#dossier').textContent()).toContain('Why should we make a choice?');

    const checked = new Set<string>();
    let turns = 0;
    let callsSeen = 0;
    for (let step = 0; step < 100; step++) {
      const screen = await screenOf(page);
      if (screen === 'debrief') break;
      if (!checked.has(screen)) {
        await expectAccessible(page, screen);
        checked.add(screen);
      }
      if (screen === 'decisions') {
        // Diplomatic support for every call, the last option on every event, and on turn 2 a cooler posture toward Iran.
        for (const group of await page.locator('fieldset[id^="answer-"]').all()) await group.locator('label', { hasText: 'Diplomatic support' }).click();
        for (const group of await page.locator('fieldset[id^="choice-"]').all()) await group.locator('.radio label').last().click();
        // A power calling on Russia this turn is said to, beside the gauges of its posture, which look past this turn.
        if ((await page.locator('fieldset[id^="answer-"]').count()) > 0) {
          expect(await page.locator('fieldset[id^="posture-"] .calling-now').first().textContent()).toMatch(/ calls on you now, in a crisis above/);
          callsSeen++;
        }
        const { turn } = await position(page);
        if (turn === 2) await page.locator('label[for="posture-IRN-hedge"]').click();
        // Russia may press HTS in Idlib until the last turn, and starts no crisis unless it picks one; on the last
        // turn it is told why there is none to start.
        if (turn < 6) expect(await page.locator('#challenge-choice').inputValue()).toBe('');
        else expect(await page.locator('#no-challenge').textContent()).toMatch(/last turn/);
        await expect.poll(() => page.locator('#submit-summary').textContent()).toBe('Everything is decided.');
        await page.locator('#submit').click();
        turns++;
        // Russia's rivalry with HTS may come to a head on its own, with Russia the challenger: then, the answers in,
        // it meets the crisis as its stance stands (stand firm) before the turn plays out.
        await page.waitForSelector('#screen > .screen.resolution, #screen > .screen.standing');
        if ((await screenOf(page)) === 'standing') {
          await expectAccessible(page, 'standing');
          checked.add('standing');
          await page.locator('#continue').click();
        }
        await skipToReport(page);
      } else {
        await page.locator('#continue').click();
      }
      await page.waitForFunction((s) => !document.querySelector(`#screen > .screen.${s}`), screen);
    }
    await waitForScreen(page, 'debrief');
    await expectAccessible(page, 'debrief');
    // A crisis of Russia's own (calling, standing) comes only as its rivalry with HTS brings one to a head.
    expect([...checked].filter((x) => x !== 'calling' && x !== 'standing').sort()).toEqual(['briefing', 'decisions', 'report']);
    expect(turns).toBe(6);
    expect(callsSeen).toBeGreaterThan(0);

    await expect.poll(() => page.locator('.verdict').first().textContent()).toMatch(/^Russia ends with a score of [\d.]+ out of 100: .*historical path/);
    expect(await page.locator('.timeline > li').count()).toBe(6);
    expect(await page.getByRole('heading', { name: 'Questions for discussion' }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Glossary' }).count()).toBe(1);

    // What the mouse chose is what the game recorded, and Node replays it to the very same state.
    const loaded = await replayedInNode(page);
    expect(loaded.save.players).toEqual(['RUS']);
    const answers = loaded.save.decisions.flatMap((d) => Object.values(d.RUS?.answers ?? {}));
    expect(answers.length).toBeGreaterThan(0);
    expect(new Set(answers)).toEqual(new Set([2]));
    expect(loaded.save.decisions[1]!.RUS!.postures).toEqual({ IRN: 'hedge' });
    expect(stateHash(loaded.game)).toBe((await position(page)).hash);
    expect(loaded.game.ending?.reason).toBe('last-turn');
    expectClean(game);
    await context.close();
  });

  it('plays the Eastern axis 2021 to its end as China with the keyboard alone, and reflows at 200% zoom', async () => {
    const context = await browser.newContext();
    const game = await openGame(context, base());
    const { page } = game;
    await waitForScreen(page, 'menu');

    // The scenario radios: Tab into the group, arrows to move (each arrow selects).
    await tabTo(page, '#scenario input[type=radio]');
    for (let i = 0; i < 10 && !(await page.locator('#scenario-eastern-axis-2021').isChecked()); i++) await page.keyboard.press('ArrowDown');
    expect(await page.locator('#scenario-eastern-axis-2021').isChecked()).toBe(true);
    await tabTo(page, '#side input[type=radio]');
    for (let i = 0; i < 4 && !(await page.locator('#side-CHN').isChecked()); i++) await page.keyboard.press('ArrowDown');
    expect(await page.locator('#side-CHN').isChecked()).toBe(true);
    await tabTo(page, '#seed');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('keys');
    await tabTo(page, '#start');
    await page.keyboard.press('Enter');
    await waitForScreen(page, 'briefing');
    expect(await page.getByText('You lead China').count()).toBe(1);

    let turns = 0;
    let advised = false;
    for (let step = 0; step < 100; step++) {
      const screen = await screenOf(page);
      if (screen === 'debrief') break;
      if (screen === 'decisions') {
        if (!advised) {
          // The advisor, on request, and its advice taken; then a dossier opened from the keyboard.
          await tabTo(page, '#ask-advisor');
          await page.keyboard.press('Enter');
          await tabTo(page, '#follow-advice');
          await page.keyboard.press('Enter');
          await expect.poll(() => page.locator('.advice').first().textContent()).toMatch(/^Advisor: /);
          advised = true;
          await page.setViewportSize({ width: 700, height: 500 });
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, 'horizontal scrolling at 200% zoom').toBeLessThanOrEqual(0);
          await page.setViewportSize({ width: 1400, height: 1000 });
        } else {
          // From the first radio of each group, ArrowDown twice: neutral, then diplomatic support; the second option on events.
          for (const id of await page.locator('fieldset[id^="answer-"]').evaluateAll((fs) => fs.map((f) => f.id))) {
            await tabTo(page, `#${id} input[type=radio]`);
            await page.keyboard.press('ArrowDown');
            await page.keyboard.press('ArrowDown');
            expect(await page.locator(`#${id}-2`).isChecked()).toBe(true);
          }
          for (const id of await page.locator('fieldset[id^="choice-"]').evaluateAll((fs) => fs.map((f) => f.id))) {
            await tabTo(page, `#${id} input[type=radio]`);
            await page.keyboard.press('ArrowDown');
          }
        }
        await tabTo(page, '#submit');
        await page.keyboard.press('Enter');
        turns++;
      } else {
        await tabTo(page, nextButton(screen));
        await page.keyboard.press('Enter');
      }
      await page.waitForFunction((s) => !document.querySelector(`#screen > .screen.${s}`), screen);
    }
    await waitForScreen(page, 'debrief');
    expect(turns).toBe(6);

    // A dossier from the keyboard: the picker, then its heading.
    await tabTo(page, '#dossier-pick');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('#dossier-name').textContent()).toBeTruthy();

    const loaded = await replayedInNode(page);
    expect(loaded.save.players).toEqual(['CHN']);
    const later = loaded.save.decisions.slice(1).flatMap((d) => Object.values(d.CHN?.answers ?? {}));
    expect(later.every((level) => level === 2)).toBe(true);
    expect(stateHash(loaded.game)).toBe((await position(page)).hash);
    expectClean(game);
    await context.close();
  });

  it('hides each side’s choices in hot-seat until the turn is resolved', async () => {
    const context = await browser.newContext();
    const game = await openGame(context, `${base()}?scenario=alliance-question-2020&side=hot-seat&seed=hot`);
    const { page } = game;
    await waitForScreen(page, 'briefing');
    await page.locator('#continue').click();

    // The United States presses China over Taiwan: China calls on its partners first, in public, and leaves Iran out.
    await waitForScreen(page, 'calling');
    await expectAccessible(page, 'calling screen');
    expect(await page.locator('#screen-title').textContent()).toBe('A crisis of your own — turn 1');
    await page.locator('label[for="call-1_c1-IRN"]').click();
    await expect.poll(() => page.locator('#call-1_c1-IRN').isChecked()).toBe(false);
    await page.locator('#continue').click();

    await waitForScreen(page, 'handover');
    expect(await page.locator('#screen-title').textContent()).toBe('Hand the screen to Russia');
    await expectAccessible(page, 'hand-over screen');
    await page.locator('#continue').click();

    // Russia asks China for an alliance, in secret.
    await waitForScreen(page, 'decisions');
    expect(await page.locator('#screen-title').textContent()).toBe('Russia decides — turn 1');
    await page.locator('label[for="posture-CHN-ally"]').click();
    await expect.poll(() => page.locator('#posture-CHN-ally').isChecked()).toBe(true);
    // China called on Russia: Russia answers, with words only.
    await page.locator('fieldset[id^="answer-"] label', { hasText: 'Diplomatic support' }).click();
    await page.locator('#submit').click();

    await waitForScreen(page, 'handover');
    expect(await page.locator('#screen-title').textContent()).toBe('Hand the screen to China');
    expect(await page.locator('input[type=radio]').count()).toBe(0);
    expect(await page.locator('#screen').textContent()).not.toMatch(/ally/i);
    await page.locator('#continue').click();

    await waitForScreen(page, 'decisions');
    expect(await page.locator('#screen-title').textContent()).toBe('China decides — turn 1');
    // China sees Russia's posture as it stands, not the one Russia just chose.
    expect(await page.locator('#posture-status-RUS').textContent()).toContain('Russia stands at partner toward you');
    expect(await page.locator('#posture-RUS-partner').isChecked()).toBe(true);
    await page.locator('#submit').click();

    // The answers are in, in public: Russia gave words; Iran, not called, gave nothing and owed nothing. China backs down.
    await waitForScreen(page, 'standing');
    await expectAccessible(page, 'standing screen');
    const answers = await page.locator('.answers').textContent();
    expect(answers).toContain('Russia answered your call with diplomatic support');
    expect(answers).not.toContain('Iran');
    await page.locator('label', { hasText: 'Back down' }).click();
    await page.locator('#continue').click();

    // Resolved: now both see what Russia did.
    await skipToReport(page);
    expect(await page.locator('#decided').textContent()).toContain('Russia moved from partner to ally toward China.');
    expect(await page.locator('#screen').textContent()).toContain('China backed down; the United States held firm.');
    // Iran was not called: it owed nothing and is not said to have answered.
    expect(await page.locator('#screen').textContent()).not.toContain("Iran stays neutral in China's crisis");
    expectClean(game);
    await context.close();
  });

  it('starts a crisis by mouse, calls on partners in public and presses on by keyboard alone, replayed in Node', async () => {
    const context = await browser.newContext();
    const game = await openGame(context, `${base()}?scenario=alliance-question-2020&side=RUS&seed=mouse`);
    const { page } = game;
    await waitForScreen(page, 'briefing');
    await page.locator('#continue').click();

    // Turn 1: no one presses Russia; Russia chooses to press Ukraine, for the next turn.
    await waitForScreen(page, 'decisions');
    await page.locator('#challenge-choice').selectOption('ukraine|UKR');
    await expect.poll(() => page.locator('#challenge-choice').inputValue()).toBe('ukraine|UKR');
    await page.locator('#submit').click();
    await skipToReport(page);
    await page.locator('#continue').click();
    await waitForScreen(page, 'briefing');
    await page.locator('#continue').click();

    // Turn 2: Russia's own crisis opens; it calls on its partners, but not on Kazakhstan.
    await waitForScreen(page, 'calling');
    const crisis = page.locator('.crisis', { hasText: 'You press Ukraine' });
    expect(await crisis.count()).toBe(1);
    const preview = await crisis.locator('.expects').textContent();
    // The chance of prevailing in a clash, partners at what they owe and all backing fully.
    expect(preview).toMatch(/If it comes to a clash, you prevail \d+% of the time .*; if they all back you fully: \d+%/);
    const boxes = crisis.locator('input[type=checkbox]');
    expect(await boxes.count()).toBeGreaterThan(0);
    // The two steps by keyboard alone: Tab to a partner's box, Space to leave it out, Tab on to the button.
    const first = (await boxes.first().getAttribute('id'))!;
    await tabTo(page, `#${first}`);
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator(`#${first}`).isChecked()).toBe(false);
    await tabTo(page, '#continue');
    await page.keyboard.press('Enter');

    await waitForScreen(page, 'decisions');
    await page.locator('#submit').click();

    // The answers are in; Russia presses on.
    await waitForScreen(page, 'standing');
    const standing = page.locator('.crisis', { hasText: 'You press Ukraine' });
    expect(await standing.locator('.expects').textContent()).toMatch(/\d+% of the weight in this crisis is behind you; .*: you, \d+% of the time/);
    expect(await standing.locator('fieldset').textContent()).toMatch(/A clash for certain, unless Ukraine backs down at the same moment \(a power the computer leads never does\): you win it \d+% of the time/);
    // Stand firm is where the radios start; the arrow up is Press on.
    const stand = (await standing.locator('input[type=radio][value="stand"]').getAttribute('id'))!;
    await tabTo(page, `#${stand}`);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => standing.locator('input[type=radio][value="press"]').isChecked()).toBe(true);
    await tabTo(page, '#continue');
    await page.keyboard.press('Enter');

    await skipToReport(page);
    const outcome = await page.locator('article.outcome', { hasText: 'Ukraine' }).first().textContent();
    // Pressed on, Russia brings on a clash unless Ukraine backed down.
    expect(outcome).toMatch(/Clash: It escalated into a clash|Ukraine backed down/);
    // The report's decisions say whom Russia called, whom it left out, and how it met the crisis.
    expect(await page.locator('#decided').textContent()).toMatch(/In the crisis between you and Ukraine: You called on .*, not on .*, and chose to press on: /);
    const read = await replayedInNode(page);
    const log = read.game.log;
    expect(log[0]!.decisions.RUS!.challenge).toEqual({ theatre: 'ukraine', target: 'UKR' });
    expect(Object.values(log[1]!.decisions.RUS!.stances ?? {})).toEqual(['press']);
    expect(read.game.stats.RUS!.crisesStarted).toBeGreaterThan(0);
    expect(stateHash(read.game)).toBe((await position(page)).hash);
    expectClean(game);
    await context.close();
  });

  it('refuses a broken scenario file whole and lists its errors by line and column; loads a good one', async () => {
    const context = await browser.newContext();
    const game = await openGame(context, base());
    const { page } = game;
    await waitForScreen(page, 'menu');
    const before = await page.locator('#scenario input[type=radio]').count();

    await page.locator('#scenario-file').setInputFiles('tests/fixtures/broken/several-mistakes.json');
    const verdict = page.locator('.file-verdict.refused');
    await verdict.waitFor();
    expect(await verdict.locator('p').first().textContent()).toContain('several-mistakes.json has 9 errors');
    const items = await verdict.locator('.problems li').allTextContents();
    console.log(items.join('\n'));
    expect(items).toHaveLength(9);
    // A message that opens with its path does not have the path said before it as well.
    expect(items[1]).toBe('Line 21, column 25 · actors[0].trust.CHN must be between 0 and 1, got 1.4.');
    expect(items.some((t) => t.startsWith('Line 44, column 31 · ties[0].b '))).toBe(true);
    expect(await page.locator('#scenario input[type=radio]').count()).toBe(before);
    await expectAccessible(page, 'menu with a refused scenario file');

    await page.locator('#scenario-file').setInputFiles('tests/fixtures/minimal.json');
    await page.locator('.file-verdict.accepted').waitFor();
    expect(await page.locator('#scenario input[type=radio]').count()).toBe(before + 1);
    expect(await page.locator('#scenario-minimal').isChecked()).toBe(true);
    await page.locator('#start').click();
    await waitForScreen(page, 'briefing');
    expect(await page.locator('h1').textContent()).toBe('A minimal test world');
    expectClean(game);
    await context.close();
  });

  it('resumes after a reload on the same turn with the same state hash, and offers the last good save when the latest is damaged', async () => {
    const context = await browser.newContext();
    const game = await openGame(context, `${base()}?scenario=eastern-axis-2021&side=RUS&seed=reload`);
    const { page } = game;
    for (let submitted = 0; submitted < 2; ) {
      await page.waitForSelector('#continue, #submit, #skip-to-report');
      const screen = await screenOf(page);
      await page.locator(nextButton(screen)).click();
      if (screen === 'decisions') submitted++;
      await page.waitForFunction((s) => !document.querySelector(`#screen > .screen.${s}`), screen);
    }
    await skipToReport(page);
    await page.locator('#continue').click();
    await waitForScreen(page, 'briefing');
    await page.locator('#continue').click();
    await waitForScreen(page, 'decisions');
    const where = await position(page);
    expect(where.turn).toBe(3);

    // A reload in the same tab resumes at once.
    await page.reload();
    await waitForScreen(page, 'briefing');
    expect(await position(page)).toEqual(where);
    expect(page.url()).not.toContain('seed=');

    // The game saved to a file…
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-save').click()]);
    expect(download.suggestedFilename()).toMatch(/^bowstring-eastern-axis-2021-after-turn-2-\d{4}-\d\d-\d\d\.json$/);
    const saved = await download.path();

    // Another tab starts at the menu, which offers to resume; and from the menu the file loads the same game.
    const other = await openGame(context, base());
    await waitForScreen(other.page, 'menu');
    await other.page.locator('#resume-latest').click();
    await waitForScreen(other.page, 'briefing');
    expect(await position(other.page)).toEqual(where);
    await other.page.locator('#quit').click();
    await waitForScreen(other.page, 'menu');
    await other.page.locator('#save-file').setInputFiles(saved);
    await waitForScreen(other.page, 'briefing');
    expect(await position(other.page)).toEqual(where);
    expectClean(other);
    await other.page.close();

    // A damaged latest save is reported, and the one before it offered.
    await page.evaluate(() => {
      const key = `bowstring.autosave.${sessionStorage.getItem('bowstring.tab-game')}.latest`;
      const text = localStorage.getItem(key)!;
      // Cut short mid-file, as a write interrupted by a closing tab would leave it.
      localStorage.setItem(key, text.slice(0, text.indexOf('"decisions"')));
    });
    await page.reload();
    await waitForScreen(page, 'menu');
    expect(await page.locator('.damaged').textContent()).toMatch(/The latest autosave cannot be resumed:.*The save is cut short/);
    await expectAccessible(page, 'menu with a damaged save');
    await page.locator('#resume-previous').click();
    await waitForScreen(page, 'briefing');
    expect((await position(page)).turn).toBe(2);

    // Rewind to the start of the game: the world as it was dealt.
    await page.locator('#rewind-turn').selectOption('1');
    await page.locator('#rewind').click();
    await expect.poll(async () => (await position(page)).turn).toBe(1);
    const eastern = scenarios.find((s) => s.id === 'eastern-axis-2021')!;
    expect((await position(page)).hash).toBe(stateHash(newGame(eastern, 'reload')));
    expectClean(game);
    await context.close();
  });
});
