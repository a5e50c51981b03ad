// Compares a screenshot with a stored baseline PNG, pixel by pixel, within a tolerance.
// Refresh the baselines after an intended change to the map's look: UPDATE_BASELINES=1 npm run test:browser
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { PNG } from 'pngjs';

export interface PngComparison {
  /** Share of pixels whose colour differs by more than the per-channel tolerance. */
  differing: number;
  width: number;
  height: number;
  /** Where a picture of the differences was written, when there were any. */
  diffPath: string | null;
  updated: boolean;
}

export const updating = (): boolean => process.env.UPDATE_BASELINES === '1';

export function compareWithBaseline(actual: Buffer, baselinePath: string, channelTolerance = 24): PngComparison {
  const now = PNG.sync.read(actual);
  if (updating() || !existsSync(baselinePath)) {
    mkdirSync(dirname(baselinePath), { recursive: true });
    writeFileSync(baselinePath, actual);
    return { differing: 0, width: now.width, height: now.height, diffPath: null, updated: true };
  }
  const base = PNG.sync.read(readFileSync(baselinePath));
  if (base.width !== now.width || base.height !== now.height) {
    return { differing: 1, width: now.width, height: now.height, diffPath: null, updated: false };
  }
  const diff = new PNG({ width: now.width, height: now.height });
  let count = 0;
  for (let i = 0; i < now.data.length; i += 4) {
    const d = Math.max(
      Math.abs(now.data[i]! - base.data[i]!),
      Math.abs(now.data[i + 1]! - base.data[i + 1]!),
      Math.abs(now.data[i + 2]! - base.data[i + 2]!),
    );
    const bad = d > channelTolerance;
    if (bad) count++;
    // The difference picture: changed pixels in red over a faded copy of the baseline.
    diff.data[i] = bad ? 255 : 160 + (base.data[i]! >> 2);
    diff.data[i + 1] = bad ? 0 : 160 + (base.data[i + 1]! >> 2);
    diff.data[i + 2] = bad ? 0 : 160 + (base.data[i + 2]! >> 2);
    diff.data[i + 3] = 255;
  }
  let diffPath: string | null = null;
  if (count > 0) {
    diffPath = `test-results/${baselinePath.split('/').pop()!.replace(/\.png$/, '')}.diff.png`;
    mkdirSync('test-results', { recursive: true });
    writeFileSync(diffPath, PNG.sync.write(diff));
    writeFileSync(diffPath.replace(/\.diff\.png$/, '.actual.png'), actual);
  }
  return { differing: count / (now.width * now.height), width: now.width, height: now.height, diffPath, updated: false };
}

/** The colour of one pixel of a PNG. */
export function pixelAt(png: Buffer, x: number, y: number): [number, number, number] {
  const img = PNG.sync.read(png);
  const i = (Math.round(y) * img.width + Math.round(x)) * 4;
  return [img.data[i]!, img.data[i + 1]!, img.data[i + 2]!];
}
