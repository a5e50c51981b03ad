// How often one address may look up a class or join one: a fixed window per address, enough for a class behind one
// school address (30 students joining at once) and too few to guess six-character codes.
export interface Limiter {
  /** Counts one attempt by `address`; false when it is one too many in this window. */
  take(address: string): boolean;
}

export function fixedWindow(limit: number, windowMs: number, now: () => number = Date.now): Limiter {
  let windowStart = now();
  let counts = new Map<string, number>();
  return {
    take(address) {
      const time = now();
      // A new window forgets every address, so the map never holds more than one window's visitors.
      if (time - windowStart >= windowMs) {
        windowStart = time;
        counts = new Map();
      }
      const n = (counts.get(address) ?? 0) + 1;
      counts.set(address, n);
      return n <= limit;
    },
  };
}

/** Attempts per address per minute, for look-ups and for joins: generous, since a school's classes reach the server
 *  from one address; a six-character code from 31 signs still takes years to guess at this pace. */
export const PER_MINUTE = { lookups: 600, joins: 600 } as const;
export const MINUTE = 60_000;
