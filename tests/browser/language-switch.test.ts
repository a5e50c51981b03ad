// The language switch in the built game: switched mid-turn, the page speaks Russian and the game stays where it was
// (its turn, its state, the choice already made); a reload keeps the language; a `?lang=zh` link opens in Chinese;
// and back to English. The header, which Russian makes about a third longer, fits a laptop's and a phone's screen in
// Russian and in Chinese: its parts wrap rather than run off the screen or are cut short.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from './chromium';
import { expectClean, position, waitForScreen, watch, LAPTOP, PHONE } from './game-page';

const GAME = '?scenario=idlib-2021&side=RUS&seed=world-0001';
const CYRILLIC = /[А-Яа-яЁё]/;
const HAN = /[\u4e00-\u9fff]/;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function toDecisions(page: Page): Promise<void> {
  await waitForScreen(page, 'briefing');
  await page.locator('#continue').click();
  await waitForScreen(page, 'decisions');
}

async function chooseLanguage(page: Page, value: 'en' | 'ru' | 'zh', htmlLang: string): Promise<void> {
  // As a player does: the switch takes the focus, then the choice; the focus stays on it across the redraw.
  await page.locator('#lang-switch').focus();
  await page.locator('#lang-switch').selectOption(value);
  await page.waitForFunction((l) => document.documentElement.lang === l, htmlLang);
}

/** Each part of the header that overflows its box or leaves the screen, by name; none is the goal. */
async function headerOverflows(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const wrong: string[] = [];
    const width = document.documentElement.clientWidth;
    const parts = document.querySelectorAll<HTMLElement>('#game-header h1, #game-header .lead, #game-header .tagline, #game-header button, #game-header label, #game-header select, #state-hash');
    for (const el of parts) {
      if (el.closest('.sr-only')) continue;
      const box = el.getBoundingClientRect();
      // Absent, or a label kept for screen readers only (clipped to a pixel on purpose).
      if (box.width <= 1) continue;
      const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} “${(el.textContent ?? '').trim().slice(0, 30)}”`;
      if (el.scrollWidth > el.clientWidth + 1) wrong.push(`${name}: cut short (${el.scrollWidth} > ${el.clientWidth})`);
      if (box.left < -0.5 || box.right > width + 0.5) wrong.push(`${name}: off the screen (${Math.round(box.left)}..${Math.round(box.right)} of ${width})`);
    }
    return wrong;
  });
}

describe('the language switch', () => {
  it('switches mid-turn without losing the game, is remembered, follows a ?lang= link, and comes back to English', async () => {
    const context = await browser.newContext({ viewport: LAPTOP });
    const page = await context.newPage();
    const game = watch(page, inject('baseUrl'));
    await page.goto(`${inject('baseUrl')}${GAME}`);
    await toDecisions(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-GB');
    expect(await page.locator('#lang-switch option').allTextContents()).toEqual(['English', 'Русский', '中文']);
    expect(await page.locator('#lang-switch option').evaluateAll((os) => os.map((o) => o.getAttribute('lang')))).toEqual(['en-GB', 'ru', 'zh-Hans']);

    // A choice made on this turn, before switching.
    const radio = page.locator('.posture input[type=radio]:not(:checked)').first();
    const chosen = (await radio.getAttribute('id'))!;
    await page.locator(`label[for="${chosen}"]`).click();
    await expect.poll(() => page.locator(`#${chosen}`).isChecked()).toBe(true);
    const before = await position(page);
    const englishLead = await page.locator('#game-header .lead').textContent();

    await chooseLanguage(page, 'ru', 'ru');
    await waitForScreen(page, 'decisions');
    expect(await position(page)).toEqual(before);
    expect(await page.locator(`#${chosen}`).isChecked()).toBe(true);
    const lead = (await page.locator('#game-header .lead').textContent())!;
    console.log(`header, English: ${englishLead}\nheader, Russian: ${lead}`);
    expect(lead).toMatch(CYRILLIC);
    expect(await page.locator('#export-save').textContent()).toBe('Сохранить в файл');
    // The scenario's own words too: the page opened on its English copy, and the switch fetched its Russian.
    const event = (await page.locator('#screen .event h3, #screen fieldset legend').first().textContent())!;
    console.log(`the first event or call, in Russian: ${event}`);
    expect(event).toMatch(CYRILLIC);
    expect(event).not.toMatch(/[A-Za-z]{3,}/);
    expect(await page.locator('label[for="lang-switch"]').textContent()).toBe('Язык');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('lang-switch');
    await expect.poll(() => page.locator('#announcer').textContent()).toBe('Игра теперь на русском языке.');
    expect(await page.locator('#map-fold, .map-controls button').last().getAttribute('aria-label')).toMatch(CYRILLIC);

    await page.reload();
    await page.waitForSelector('#state-hash');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    expect(await page.locator('#game-header .lead').textContent()).toMatch(CYRILLIC);
    expect(await position(page)).toEqual(before);

    await page.goto(`${inject('baseUrl')}?lang=zh`);
    await page.waitForSelector('#screen > .screen');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    expect(await page.locator('#lang-switch').inputValue()).toBe('zh');
    expect(await page.locator('#game-header .tagline, #game-header .lead').first().textContent()).toMatch(HAN);
    // The link's language leaves the address, so that a later choice is not overruled by it.
    expect(new URL(page.url()).searchParams.has('lang')).toBe(false);

    await chooseLanguage(page, 'en', 'en-GB');
    expect(await page.locator('label[for="lang-switch"]').textContent()).toBe('Language');
    await page.reload();
    await page.waitForSelector('#screen > .screen');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-GB');
    expectClean(game);
    await context.close();
  });

  it('keeps the turn’s playback at its step, paused or playing, when the language changes', async () => {
    const context = await browser.newContext({ viewport: LAPTOP, reducedMotion: 'no-preference' });
    const page = await context.newPage();
    const game = watch(page, inject('baseUrl'));
    await page.goto(`${inject('baseUrl')}${GAME}`);
    await toDecisions(page);
    await page.locator('#submit').click();
    await waitForScreen(page, 'resolution');
    await page.locator('#playback-toggle').click();
    await page.locator('#playback-step').click();
    const english = (await page.locator('#playback-progress').textContent())!;
    const step = Number(/^Step (\d+) of/.exec(english)![1]);
    expect(step).toBeGreaterThanOrEqual(2);

    await chooseLanguage(page, 'ru', 'ru');
    await waitForScreen(page, 'resolution');
    const russian = (await page.locator('#playback-progress').textContent())!;
    console.log(`playback, English: ${english}\nplayback, Russian: ${russian}`);
    expect(russian).toMatch(new RegExp(`^Шаг ${step} из .* — пауза\\.$`));
    expect(await page.locator('#playback-lines li').count()).toBe(step);
    expect(await page.locator('#playback-lines li').last().textContent()).toMatch(CYRILLIC);
    expectClean(game);
    await context.close();
  });

  it('the decisions speak Russian after the switch', async () => {
    const context = await browser.newContext({ viewport: LAPTOP });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}${GAME}&lang=ru`);
    await toDecisions(page);
    expect(await page.locator('#submit').textContent()).toMatch(CYRILLIC);
    await context.close();
  });

  it('on a phone in Russian the posture key and the report’s standing table reflow: nothing cut, no column a sliver', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}${GAME}&lang=ru`);
    await toDecisions(page);
    const key = await page.locator('.posture-key').evaluate((dl) => ({
      height: Math.round(dl.getBoundingClientRect().height),
      width: Math.round(dl.getBoundingClientRect().width),
      narrowest: Math.round(Math.min(...[...dl.querySelectorAll('dd')].map((dd) => dd.getBoundingClientRect().width))),
    }));
    console.log(`posture key at 390 px in Russian: ${key.height} px high, definitions ${key.narrowest} of ${key.width} px wide`);
    expect(key.narrowest).toBeGreaterThan(key.width * 0.9);

    await page.locator('#submit').click();
    await waitForScreen(page, 'resolution');
    await page.locator('#skip-to-report').click();
    await waitForScreen(page, 'report');
    const wrong = await page.locator('table.why-table').evaluate((table) => {
      const right = table.closest('.table-wrap')!.getBoundingClientRect().right;
      const cells = [...table.querySelectorAll<HTMLElement>('th, td')].filter((c) => c.getBoundingClientRect().width > 0);
      return cells.flatMap((c) => {
        const box = c.getBoundingClientRect();
        const name = `“${(c.textContent ?? '').trim().slice(0, 20)}”`;
        return [
          ...(c.scrollWidth > c.clientWidth + 1 ? [`${name} runs out of its cell (${c.scrollWidth} > ${c.clientWidth})`] : []),
          ...(box.right > right + 0.5 ? [`${name} is cut at the edge (${Math.round(box.right)} > ${Math.round(right)})`] : []),
        ];
      });
    });
    expect(wrong).toEqual([]);
    // Each heading stands over its own column of figures (the corner cell above the names hidden with the names' column).
    const misplaced = await page.locator('table.why-table').evaluate((table) => {
      const heads = [...table.querySelectorAll<HTMLElement>('thead th')].filter((c) => c.getBoundingClientRect().width > 0);
      const figures = [...table.querySelectorAll<HTMLElement>('tbody tr:first-child td')].filter((c) => !c.classList.contains('why-parts'));
      return heads.flatMap((head, i) => {
        const a = head.getBoundingClientRect();
        const b = figures[i]?.getBoundingClientRect();
        const middle = (a.left + a.right) / 2;
        return b && middle >= b.left && middle <= b.right ? [] : [`“${(head.textContent ?? '').trim()}” is not over its column`];
      });
    });
    expect(misplaced).toEqual([]);
    await context.close();
  });

  const NAMES = { en: 'English', ru: 'Russian', zh: 'Chinese' } as const;
  for (const [lang, viewport] of [['en', LAPTOP], ['ru', LAPTOP], ['ru', PHONE], ['zh', LAPTOP], ['zh', PHONE]] as const) {
    it(`the header fits at ${viewport.width}×${viewport.height} in ${NAMES[lang]}, in the menu and in a game`, async () => {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(`${inject('baseUrl')}?lang=${lang}`);
      await page.waitForSelector('#screen > .screen.menu');
      const inMenu = await headerOverflows(page);
      await page.goto(`${inject('baseUrl')}${GAME}`);
      await toDecisions(page);
      const inGame = await headerOverflows(page);
      const height = await page.locator('#game-header').evaluate((el) => Math.round(el.getBoundingClientRect().height));
      console.log(`${lang} ${viewport.width}×${viewport.height}: header ${height}px high in the game`);
      if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/header-${lang}-${viewport.width}.png` });
      expect({ inMenu, inGame }).toEqual({ inMenu: [], inGame: [] });
      await context.close();
    });
  }
});
