// Pseudo-localisation for layout tests: each text about 40% longer, its letters accented, so that a panel or a
// button that cannot take Russian's length shows it at once. Each word grows by itself, as a translated word does,
// so a line still breaks between words.
const ACCENTS: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', A: 'Á', E: 'É', I: 'Í', O: 'Ó', U: 'Ú' };

/** How much longer a pseudo-localised text is than its English (Russian runs about a third longer). */
export const PSEUDO_GROWTH = 0.4;

export function pseudo(words: string): string {
  if (words.trim() === '') return words;
  const accented = words.replace(/[aeiouAEIOU]/g, (c) => ACCENTS[c] ?? c);
  const longer = accented.replace(/\S+/g, (word) => word + '·'.repeat(Math.round(word.length * PSEUDO_GROWTH)));
  return `⟦${longer}⟧`;
}
