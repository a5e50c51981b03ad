// Small descriptive statistics for summaries and tests.
export function mean(xs: readonly number[]): number {
  return xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length;
}

export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export function sd(xs: readonly number[]): number {
  const m = mean(xs);
  return Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
}

/** Mean and the half-width of its 95% confidence interval (normal approximation). */
export function meanCI(xs: readonly number[]): { mean: number; half: number } {
  const n = xs.length;
  if (n < 2) return { mean: mean(xs), half: NaN };
  const m = mean(xs);
  const s = Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (n - 1));
  return { mean: m, half: (1.96 * s) / Math.sqrt(n) };
}

/** The mean of paired differences a[i] − b[i] (common random numbers: the same seed in both arms), with its 95% interval. */
export function pairedDiff(a: readonly number[], b: readonly number[]): { mean: number; half: number } {
  if (a.length !== b.length) throw new RangeError('paired samples must be the same length');
  return meanCI(a.map((x, i) => x - b[i]!));
}

/** "0.12 ± 0.03": a figure with the half-width of its 95% interval. */
export const withInterval = (x: { mean: number; half: number }, digits = 2): string => `${x.mean.toFixed(digits)} ± ${x.half.toFixed(digits)}`;
