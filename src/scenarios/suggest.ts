// "Did you mean …?" for misspelt keys and ids.

/** Edit distance counting insertions, deletions, substitutions and swaps of neighbours; case is ignored. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const rows: number[][] = [];
  for (let i = 0; i <= s.length; i++) {
    const row = [i];
    for (let j = 1; j <= t.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      row.push(best);
    }
    rows.push(row);
  }
  return rows[s.length]![t.length]!;
}

/** Words longer than this are not slips of a key or an id, and comparing them would cost length² work. */
export const LONGEST_SLIP = 64;

/** The closest candidate, if it is close enough to be a likely slip: about one edit per three letters. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  if (word.length > LONGEST_SLIP) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    // The distance is at least the difference in length: a candidate too far off in length cannot be close enough.
    if (candidate.length > LONGEST_SLIP || Math.abs(candidate.length - word.length) > Math.max(word.length, candidate.length) / 3 + 1) continue;
    const d = editDistance(word, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const allowed = Math.max(1, Math.floor(Math.max(word.length, best?.length ?? 0) / 3));
  return bestDistance <= allowed ? best : undefined;
}
