// Crockford's base 32: digits and capital letters without I, L, O and U, so a code read off the board and typed
// in lower case, or with O for 0, still reads the same. Safe in a URL as it is.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const VALUE: Record<string, number> = Object.fromEntries([...ALPHABET].map((c, i) => [c, i]));
Object.assign(VALUE, { O: 0, I: 1, L: 1 });

export function toBase32(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let buffer = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/** The bytes of a base-32 text, or null when it holds a character outside the alphabet or stray padding bits. */
export function fromBase32(text: string): Uint8Array | null {
  const out: number[] = [];
  let bits = 0;
  let buffer = 0;
  for (const ch of text.toUpperCase()) {
    const v = VALUE[ch];
    if (v === undefined) return null;
    buffer = (buffer << 5) | v;
    bits += 5;
    if (bits >= 8) {
      out.push((buffer >>> (bits - 8)) & 255);
      bits -= 8;
    }
    buffer &= (1 << bits) - 1;
  }
  // Leftover bits must be the zero padding toBase32 writes; anything else was not made by it.
  if (bits >= 5 || buffer !== 0) return null;
  return Uint8Array.from(out);
}
