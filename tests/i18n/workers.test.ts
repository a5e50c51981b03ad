// The Web Worker of the class report and the what-if carries no copy of any language: the page hands them its messages
// (src/i18n/core.ts). A module they reach that imports src/i18n itself would bundle every catalog into each worker.
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const WORKERS = ['src/classroom/games.worker.ts'];
const CATALOG = /src\/i18n\/(index\.ts|catalog\/)/;

describe('the workers', () => {
  it.each(WORKERS)('%s reaches no catalog of messages', async (entry) => {
    const result = await build({ entryPoints: [entry], bundle: true, write: false, metafile: true, format: 'esm', logLevel: 'silent', outdir: 'out' });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((f) => f.startsWith('src/i18n/core'))).toBe(true);
    const importers = Object.entries(result.metafile.inputs)
      .filter(([, input]) => input.imports.some((i) => CATALOG.test(i.path)))
      .map(([file]) => file);
    expect(importers, 'modules that pull a catalog into the worker').toEqual([]);
  });
});
