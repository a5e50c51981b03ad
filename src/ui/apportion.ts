// A change and its causes as the screen shows them: rounded so that the causes add up to the change, and the change
// is the difference of the two figures shown beside it ("97% → 87% (down 10): −12; +2", never "down 9").

/** Whole numbers as near as can be to `amounts` that add up to `total` (largest remainder): each amount is rounded
 *  down, and the ones that lost the most get the units still missing. */
export function apportion(amounts: readonly number[], total: number): number[] {
  const out = amounts.map((a) => Math.floor(a));
  const lost = (i: number) => amounts[i]! - out[i]!;
  const order = amounts.map((_, i) => i).sort((i, j) => lost(j) - lost(i));
  let missing = total - out.reduce((s, x) => s + x, 0);
  // Amounts that add up to the total miss fewer units than there are amounts: one each at most. Were they to add up
  // to less (or more), the units go round again — taken back first from those that lost least.
  const queue = missing < 0 ? [...order].reverse() : order;
  for (let k = 0; missing !== 0 && queue.length > 0; k++) {
    const step = Math.sign(missing);
    out[queue[k % queue.length]!]! += step;
    missing -= step;
  }
  return out;
}

/** A figure as the screen rounds it, in units of its last digit: 54.26 to a tenth is 543. */
export const units = (x: number, digits: number): number => Math.round(x * 10 ** digits);

/** The change between two figures as shown, and each part of it rounded so the parts add up to it; both in units of
 *  the last digit shown (points of trust at `scale` 100 and `digits` 0; tenths of a metric at 1 and 1). */
export function shownChange(from: number, to: number, amounts: readonly number[], scale: number, digits: number): { change: number; parts: number[] } {
  const change = units(to * scale, digits) - units(from * scale, digits);
  return { change, parts: apportion(amounts.map((a) => a * scale * 10 ** digits), change) };
}
