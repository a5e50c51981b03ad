import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { newGame, stateHash } from '../../src/engine';
import { loadScenario } from '../../src/scenarios/loader';
import { launch } from './chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the game page', () => {
  it('shows the default scenario’s first turn, with the same state hash as Node computes', async () => {
    const page = await browser.newPage();
    const outside: string[] = [];
    const base = inject('baseUrl');
    page.on('request', (r) => {
      if (!r.url().startsWith(base) && !r.url().startsWith('data:')) outside.push(r.url());
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}?seed=hash-check&side=CHN`);
    await page.getByRole('heading', { name: /Should China and Russia form an alliance/ }).waitFor();
    expect(await page.getByText('You lead China').count()).toBe(1);
    const browserHash = await page.locator('#state-hash').getAttribute('data-state-hash');

    const report = loadScenario(readFileSync('scenarios/alliance-question-2020.json', 'utf8'));
    if (!report.ok) throw new Error('scenario refused');
    expect(browserHash).toBe(stateHash(newGame(report.value, 'hash-check')));
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });
});
