// Records keyed by ids that play makes as it goes: tie pairs, calls, choices.

/**
 * An empty record for keys made as play goes on. Without a prototype, V8 keeps it as a hash table from the start,
 * where a plain object makes a new hidden class for each key it is given, and a game's ids are new keys turn after
 * turn: storing one there costs over a microsecond, more than the rules that chose what is stored. A missing key is
 * also found missing at once, without a walk up a prototype chain.
 */
export function idTable<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** A copy of such a record: the same keys, in the same order. */
export function copyIdTable<T>(table: Readonly<Record<string, T>>): Record<string, T> {
  const out = idTable<T>();
  for (const k in table) out[k] = table[k]!;
  return out;
}
