// Powers and exponentials from + − × ÷ alone. IEEE 754 rounds those four the same in every JavaScript engine, while
// Math.pow, Math.exp and Math.log may differ in the last bit from one engine to another (Node and Chromium do, for
// about one input in ten); a game must hash the same in Node and in the browser, so the rules use these instead.

const LN2 = 0.6931471805599453;
// ln 2 split in two (Cody and Waite) so that k × LN2_HI is exact for the k that occur.
const LN2_HI = 0.6931471803691238;
const LN2_LO = 1.9082149292705877e-10;

/** The natural logarithm of x > 0; at 0, a negative x or Infinity what Math.log gives (halving or doubling them
 *  would never bring them into [1, 2)). */
export function ln(x: number): number {
  if (!(x > 0) || x === Infinity) return x === 0 ? -Infinity : x === Infinity ? Infinity : NaN;
  let k = 0;
  let m = x;
  // m in [1, 2): multiplying and dividing by 2 are exact.
  while (m >= 2) {
    m /= 2;
    k++;
  }
  while (m < 1) {
    m *= 2;
    k--;
  }
  // ln m = 2 atanh(u), u = (m − 1)/(m + 1) in [0, 1/3): the series converges past double precision in 20 terms.
  const u = (m - 1) / (m + 1);
  const u2 = u * u;
  let term = u;
  let sum = 0;
  for (let n = 1; n < 40; n += 2) {
    sum += term / n;
    term *= u2;
  }
  return 2 * sum + k * LN2;
}

/** e to the power z. */
export function exp(z: number): number {
  if (z > 700) return Infinity;
  if (z < -700) return 0;
  const k = Math.round(z / LN2);
  const r = z - k * LN2_HI - k * LN2_LO;
  // |r| ≤ ln 2 / 2: Taylor's series converges past double precision in 20 terms.
  let term = 1;
  let sum = 1;
  for (let n = 1; n < 22; n++) {
    term *= r / n;
    sum += term;
  }
  let scaled = sum;
  for (let i = 0; i < k; i++) scaled *= 2;
  for (let i = 0; i > k; i--) scaled /= 2;
  return scaled;
}

/** x to the power y, for x ≥ 0. */
export function pow(x: number, y: number): number {
  if (x === 0) return y === 0 ? 1 : 0;
  if (Number.isInteger(y) && Math.abs(y) <= 64) {
    let out = 1;
    for (let i = 0; i < Math.abs(y); i++) out *= x;
    return y < 0 ? 1 / out : out;
  }
  return exp(y * ln(x));
}
