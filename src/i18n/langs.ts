// The languages the game speaks, and which one a page opens in. Pure: the page passes in what it knows.

export const LANGS = ['en', 'ru', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

/** Each language's name in itself, as the language switch shows it. */
export const LANG_NAMES: Record<Lang, string> = { en: 'English', ru: 'Русский', zh: '中文' };

/** The locale handed to `Intl` (numbers, plurals, lists) and written in `<html lang>`. */
/** English is British, as the game writes it ("organisation", lists without a comma before "and"). */
export const LOCALE: Record<Lang, string> = { en: 'en-GB', ru: 'ru', zh: 'zh-Hans' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The game's language for a browser preference such as "ru-RU" or "zh-Hant-TW", if it speaks it. */
export function langOf(tag: string): Lang | null {
  const base = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isLang(base) ? base : null;
}

/**
 * The language a page opens in: the link's `?lang=` first (a class link sets its class's language), then the
 * player's own earlier choice, then the first of the browser's preferences the game speaks, then English.
 */
export function pickLang(from: { query?: string | null; stored?: string | null; preferred?: readonly string[] }): Lang {
  for (const tag of [from.query, from.stored]) {
    const lang = tag ? langOf(tag) : null;
    if (lang) return lang;
  }
  for (const tag of from.preferred ?? []) {
    const lang = langOf(tag);
    if (lang) return lang;
  }
  return 'en';
}
