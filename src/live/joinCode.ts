// A class's join code: six characters a teacher reads out or writes on the board, from an alphabet without the
// letters and digits that look alike (no 0/O, 1/I/L). Made from random bytes passed in, so this module needs neither
// Node nor the browser's crypto and stays testable.

export const JOIN_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

/** A code from `bytes` (at least six of them). A byte past the largest multiple of the alphabet's length is skipped,
 *  so every character is equally likely; null when the bytes run out before six characters are drawn. */
export function joinCodeFrom(bytes: Uint8Array): string | null {
  const fair = 256 - (256 % JOIN_ALPHABET.length);
  let code = '';
  for (const byte of bytes) {
    if (byte >= fair) continue;
    code += JOIN_ALPHABET[byte % JOIN_ALPHABET.length];
    if (code.length === JOIN_CODE_LENGTH) return code;
  }
  return null;
}

/** A code as typed ("abc-d2e", "ABC D2E") made plain; null when it is not six characters of the alphabet. */
export function normaliseJoinCode(text: string): string | null {
  const plain = text.replace(/[\s-]+/g, '').toUpperCase();
  if (plain.length !== JOIN_CODE_LENGTH) return null;
  for (const c of plain) if (!JOIN_ALPHABET.includes(c)) return null;
  return plain;
}

/** What is wrong with text typed as a join code that is not one, when it looks meant as one (letters and digits only,
 *  up to twelve: a class code B1-… is much longer): how many characters it has, and any it has that no code has. */
export function joinCodeSlip(text: string): { length: number; strangers: string[] } | null {
  const plain = text.replace(/[\s-]+/g, '').toUpperCase();
  if (plain.length === 0 || plain.length > 12 || !/^[A-Z0-9]+$/.test(plain) || normaliseJoinCode(plain)) return null;
  return { length: plain.length, strangers: [...new Set([...plain].filter((c) => !JOIN_ALPHABET.includes(c)))] };
}
