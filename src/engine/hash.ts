// A stable hash of plain data: keys sorted, numbers printed the way every JavaScript engine prints them.
// Same value → same hash in Node and in any browser.

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`cannot hash ${value}`);
    return JSON.stringify(value) ?? 'null';
  }
  return Array.isArray(value) ? arrayJson(value) : objectJson(value as Record<string, unknown>);
}

// Built by concatenation in plain loops: the class report hashes every turn's decisions of every file it checks,
// and arrays of parts to join cost more than the text itself.

function arrayJson(value: readonly unknown[]): string {
  let out = '[';
  for (let i = 0; i < value.length; i++) {
    if (i > 0) out += ',';
    // A hole prints as nothing, as join prints it.
    if (i in value) out += canonicalJson(value[i]);
  }
  return out + ']';
}

function objectJson(obj: Record<string, unknown>): string {
  const keys = Object.keys(obj).sort();
  let out = '{';
  for (const k of keys) {
    if (obj[k] === undefined) continue;
    if (out.length > 1) out += ',';
    out += JSON.stringify(k) + ':' + canonicalJson(obj[k]);
  }
  return out + '}';
}

/** cyrb53-style 64-bit hash (two 32-bit lanes) of a string, as 16 hex digits. */
export function hashString(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

export function hashValue(value: unknown): string {
  return hashString(canonicalJson(value));
}
