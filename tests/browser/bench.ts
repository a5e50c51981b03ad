// `npm run bench:browser`: builds the game, serves it on 127.0.0.1, and measures it in Debian's Chromium —
// JavaScript shipped, navigation to map drawn, frame times on the map — then writes the figures into BENCHMARKS.md
// between <!-- browser:start --> and <!-- browser:end -->. Every number in that block comes from this script.
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { buildAndServe } from './built';
import { launch } from './chromium';
import { shipped } from './shipped-size';
import { VIEWPORT, frameWork, measureFrames, median, percentile, waitForMap } from './map-page';

const LOADS = 7;
const SCENE = '?seed=e';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function main() {
  const server = await buildAndServe();
  const size = shipped();
  const base = server.url;
  const browser = await launch();
  try {
    // Navigation to map drawn: each load in a fresh browser context, so nothing is cached (a first visit).
    const drawn: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      const context = await browser.newContext({ viewport: VIEWPORT });
      const page = await context.newPage();
      await page.goto(base + SCENE);
      await waitForMap(page);
      drawn.push((await page.evaluate('window.__bowstringMap.readyAt')) as number);
      await context.close();
    }

    const frames: Record<string, { animating: number[]; panZoom: number[]; workA: number[]; workP: number[] }> = {};
    for (const renderer of ['canvas', 'webgl'] as const) {
      const page = await browser.newPage({ viewport: VIEWPORT });
      await page.goto(`${base}${SCENE}&renderer=${renderer}`);
      await waitForMap(page);
      await page.waitForTimeout(500);
      const { animating, panZoom } = await measureFrames(page);
      // The probe keeps the last frames' work; the pan/zoom frames are the latest, the pulsing ones just before.
      const work = await frameWork(page, animating.length + panZoom.length + 60);
      frames[renderer] = { animating, panZoom, workA: work.slice(0, animating.length), workP: work.slice(-panZoom.length) };
      await page.close();
    }

    const onTime = (xs: number[]) => `${Math.round((100 * xs.filter((x) => x <= 17.5).length) / xs.length)}%`;
    const frameRow = (label: string, xs: number[], work: number[], target: string) =>
      `| ${label} | ${xs.length} | ${ms(median(xs))} | ${ms(percentile(xs, 0.95))} | ${onTime(xs)} | ${ms(median(work))} / ${ms(percentile(work, 0.95))} | ${target} |`;
    const c = frames.canvas!;
    const w = frames.webgl!;
    const lines = [
      '<!-- browser:start -->',
      '## The game in the browser (`npm run bench:browser`)',
      '',
      `The built game served by \`vite preview\` on 127.0.0.1 (gzip on), measured in headless Chromium ${browser.version()} `
        + `(\`--disable-gpu\`: canvas in software, WebGL on SwiftShader), viewport ${VIEWPORT.width}×${VIEWPORT.height}, `
        + `page \`/${SCENE}\` (the default scenario as Russia, a crisis in Ukraine on turn 1). `
        + `Machine: ${cpus()[0]?.model.trim() ?? 'unknown CPU'} (${cpus().length} cores), Node ${process.version}. Measured ${new Date().toISOString().slice(0, 10)}.`,
      '',
      '| figure | value | target |',
      '| --- | --- | --- |',
      `| JavaScript shipped, gzip (all chunks, Phaser included) | ${kb(size.js)} (${kb(size.jsRaw)} minified) | ≤ 500 KB |`,
      `| navigation to map drawn, first visit, median of ${LOADS} | ${ms(median(drawn))} (min ${ms(Math.min(...drawn))}, max ${ms(Math.max(...drawn))}) | ≤ 1500 ms |`,
      `| frame time, canvas, markers pulsing (median) | ${ms(median(c.animating))} | ≤ 16.7 ms |`,
      `| frame time, canvas, during pan and zoom (median) | ${ms(median(c.panZoom))} | ≤ 16.7 ms |`,
      '',
      'What the build ships (`dist/sw.js` and `dist/assets`, gzip level 6):',
      '',
      '| file | minified | gzip |',
      '| --- | --- | --- |',
      ...size.rows.map(([name, raw, gz]) => `| \`${name}\` | ${kb(raw)} | ${kb(gz)} |`),
      '',
      'Frames, timed in the page with `requestAnimationFrame` timestamps (the browser rounds them to 0.1 ms; the display runs at 60 Hz, '
        + 'so 16.7 ms is every frame on time). "Game work" is the time from the start of Phaser\'s step to the end of its drawing calls, '
        + 'from the map\'s probe; it leaves out the browser\'s own raster and compositing.',
      '',
      '| renderer and activity | frames | median | p95 | on time (≤ 17.5 ms) | game work median / p95 | target |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      frameRow('canvas, markers pulsing (3 s)', c.animating, c.workA, '≤ 16.7 ms'),
      frameRow('canvas, wheel zoom, drag, zoom out (3.5 s)', c.panZoom, c.workP, '≤ 16.7 ms'),
      frameRow('WebGL (SwiftShader), markers pulsing', w.animating, w.workA, ''),
      frameRow('WebGL (SwiftShader), pan and zoom', w.panZoom, w.workP, ''),
      '',
      `Navigation to map drawn, each load: ${drawn.map((x) => x.toFixed(0)).join(', ')} ms (from navigation start to the first frame that shows the snapshot).`,
      '<!-- browser:end -->',
    ];
    const block = lines.join('\n');
    const file = 'BENCHMARKS.md';
    const text = readFileSync(file, 'utf8');
    const marked = /<!-- browser:start -->[\s\S]*?<!-- browser:end -->/;
    writeFileSync(file, marked.test(text) ? text.replace(marked, block) : `${text.trimEnd()}\n\n${block}\n`);
    console.log(block);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
