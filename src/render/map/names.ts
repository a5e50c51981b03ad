// Names cut to what a map label can hold. The other words on the map come with the snapshot and the cues.

/** The short name a map label can hold: "Hayat Tahrir al-Sham (HTS)" stays, "Islamic State Khorasan (ISIS-K)" becomes "ISIS-K". */
export function mapName(name: string): string {
  const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(name);
  if (!m) return name;
  const [, base, inner] = m as unknown as [string, string, string];
  return base.length > 20 && inner.length <= 8 ? inner : base;
}

/** A theatre's name cut to what fits on the map, at a natural break when it has one ("Caspian gas and the
 *  trans-Afghan pipeline route" → "Caspian gas"), without the article a sentence needs ("The Taiwan Strait" →
 *  "Taiwan Strait", as maps write it); the page gives the whole name. Chinese characters are twice as wide as Latin
 *  letters, and a Chinese name has no spaces to cut at. */
export function shortTheatre(name: string): string {
  const base = name.replace(/^The\s+/, '').replace(/\s*[(（].*[)）]\s*$/, '');
  const wide = /[\u3000-\u9fff]/.test(base);
  const fits = wide ? 13 : 26;
  if (base.length <= fits) return base;
  // A head of a few words: five letters at least, or two Chinese characters.
  const head = (wide ? /^(.{2,}?)(?:：|，)/ : /^(.{5,}?)(?::|,| and | и )/).exec(base)?.[1];
  if (head && head.length <= fits + 4) return head;
  if (wide) return `${base.slice(0, fits - 1)}…`;
  const cut = base.slice(0, 25);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,:;–-]+$/, '')}…`;
}
