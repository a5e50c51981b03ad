// `npm run bench:lighthouse [-- RUNS] [-- --as NAME]`: builds the game, serves dist/ with vite preview on 127.0.0.1,
// runs Lighthouse (its mobile and desktop presets) RUNS times each (3 by default; the median is kept, since the
// machine is shared and the figures vary from run to run) with Debian's Chromium, prints the scores and the
// loading metrics, and writes them into BENCHMARKS.md between <!-- lighthouse:start --> and <!-- lighthouse:end -->
// (`--as before` writes the block `lighthouse-before` instead, to keep the figures of an earlier version beside).
import { execFile, execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { machine, writeBlocks } from '../../src/cli/benchmarks-file';
import { buildAndServe } from './built';
import { chromiumPath } from './chromium';
import { median } from './map-page';
import { shipped } from './shipped-size';

const args = process.argv.slice(2);
const asIndex = args.indexOf('--as');
const blockName = asIndex >= 0 ? `lighthouse-${args[asIndex + 1]}` : 'lighthouse';
const runs = Number(args.find((a, i) => /^\d+$/.test(a) && i !== asIndex + 1) ?? 3);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`the number of runs must be a whole number above 0, not ${runs}`);

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const METRICS = [
  ['largest-contentful-paint', 'LCP', (x: number) => `${(x / 1000).toFixed(1)} s`, '≤ 2.5 s'],
  ['total-blocking-time', 'TBT', (x: number) => `${Math.round(x)} ms`, '≤ 300 ms'],
  ['cumulative-layout-shift', 'CLS', (x: number) => x.toFixed(3), '≤ 0.1'],
  ['first-contentful-paint', 'FCP', (x: number) => `${(x / 1000).toFixed(1)} s`, ''],
] as const;

interface Report {
  lighthouseVersion: string;
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { score: number | null; numericValue?: number; title: string; scoreDisplayMode: string; details?: { items?: unknown[] } }>;
}
interface Run {
  scores: Record<string, number>;
  metrics: Record<string, number>;
  /** Bytes of JavaScript the page downloaded, as sent (gzip). */
  script: number;
  /** Titles of the audits that did not pass. */
  flagged: string[];
  version: string;
}

/** One Lighthouse run, in a child process (the preview server lives in this one and must go on answering). */
async function lighthouse(url: string, preset: 'mobile' | 'desktop', dir: string): Promise<Run> {
  const out = join(dir, `${preset}.json`);
  await promisify(execFile)(
    'node_modules/.bin/lighthouse',
    [url, '--quiet', '--output=json', `--output-path=${out}`, '--chrome-flags=--headless --no-sandbox', ...(preset === 'desktop' ? ['--preset=desktop'] : [])],
    { env: { ...process.env, CHROME_PATH: chromiumPath() }, timeout: 180_000 },
  );
  const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)]));
  const metrics = Object.fromEntries(METRICS.map(([id]) => [id, report.audits[id]?.numericValue ?? NaN]));
  const flagged = Object.values(report.audits)
    .filter((a) => a.score !== null && a.score < 0.9 && (a.scoreDisplayMode === 'binary' || a.scoreDisplayMode === 'numeric' || a.scoreDisplayMode === 'metricSavings'))
    .map((a) => a.title);
  const requests = (report.audits['network-requests']?.details?.items ?? []) as { resourceType?: string; transferSize?: number }[];
  const script = requests.filter((r) => r.resourceType === 'Script').reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
  return { scores, metrics, script, flagged, version: report.lighthouseVersion };
}

async function main() {
  const server = await buildAndServe();
  const size = shipped();
  const url = server.url;
  // Other work on the machine slows the page down as much as the simulated phone does: say how busy it was.
  const loadBefore = loadavg()[0]!;
  const dir = mkdtempSync(join(tmpdir(), 'bowstring-lighthouse-'));
  const results: Record<'mobile' | 'desktop', Run[]> = { mobile: [], desktop: [] };
  try {
    for (let i = 0; i < runs; i++) {
      for (const preset of ['mobile', 'desktop'] as const) {
        const run = await lighthouse(url, preset, dir);
        results[preset].push(run);
        console.log(`${preset} run ${i + 1}/${runs}: ${CATEGORIES.map((c) => `${c} ${run.scores[c]}`).join(', ')}; ${METRICS.map(([id, label, show]) => `${label} ${show(run.metrics[id]!)}`).join(', ')}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await server.close();
  }

  const loadAfter = loadavg()[0]!;
  const commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
  const dirty = execSync('git status --porcelain --untracked-files=no', { encoding: 'utf8' }).trim() !== '';
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const med = (preset: 'mobile' | 'desktop', pick: (r: Run) => number) => median(results[preset].map(pick));
  const row = (label: string, pick: (r: Run) => number, show: (x: number) => string, target: string) =>
    `| ${label} | ${show(med('mobile', pick))} | ${show(med('desktop', pick))} | ${target} | ${results.mobile.map((r) => show(pick(r))).join(', ')} |`;
  const flaggedIn = (preset: 'mobile' | 'desktop') => {
    const counts = new Map<string, number>();
    for (const r of results[preset]) for (const t of r.flagged) counts.set(t, (counts.get(t) ?? 0) + 1);
    return [...counts].filter(([, n]) => n > runs / 2).map(([t]) => t).sort();
  };
  const lines = [
    `<!-- ${blockName}:start -->`,
    `## First load in Lighthouse (\`npm run bench:lighthouse\`)${blockName === 'lighthouse' ? '' : ` — ${blockName.slice('lighthouse-'.length)}`}`,
    '',
    `Lighthouse ${results.mobile[0]!.version} on the built game (commit ${commit}${dirty ? ' with changes not yet committed' : ''}) served by \`vite preview\` `
      + `on 127.0.0.1, the main menu (\`/\`), a first visit each run; Debian's Chromium, headless. Mobile is Lighthouse's default `
      + `(a mid-range phone: 4× slower processor, slow 4G, simulated); desktop its \`--preset=desktop\`. Median of ${runs} runs each. `
      + `Machine: ${machine()}, shared with other work: load average ${loadBefore.toFixed(1)} at the start, ${loadAfter.toFixed(1)} at the end `
      + `(above 2, the page waited for the processor and the times are longer than the phone's alone). Measured ${new Date().toISOString().slice(0, 10)}.`,
    '',
    '| figure | mobile | desktop | target (mobile) | mobile, each run |',
    '| --- | --- | --- | --- | --- |',
    ...CATEGORIES.map((c) => row(c, (r) => r.scores[c]!, (x) => String(Math.round(x)), c === 'performance' ? '≥ 90' : c === 'seo' ? '≥ 95' : '100')),
    ...METRICS.map(([id, label, show, target]) => row(label, (r) => r.metrics[id]!, show, target)),
    row('JavaScript the menu downloaded, gzip', (r) => r.script, kb, '≤ 500 KB'),
    `| JavaScript shipped, gzip (every chunk, the workers of the class report and the what-if included) | ${kb(size.js)} | | ≤ 500 KB | |`,
    '',
    `Audits failed in most mobile runs: ${flaggedIn('mobile').join('; ') || 'none'}.`,
    '',
    `Audits failed in most desktop runs: ${flaggedIn('desktop').join('; ') || 'none'}.`,
    `<!-- ${blockName}:end -->`,
  ];
  writeBlocks([[blockName, lines.join('\n')]]);
  console.log(lines.join('\n'));
}

await main();
