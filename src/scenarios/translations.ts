// A scenario's prose gathered for a translator and written back: the texts a language lacks, by path, and a file
// of translations merged into the scenario's own fields. Also what `npm run validate` warns of: missing languages.
import { english, mapProse, type ScenarioDef, type SourceRef, type Text } from '../engine';
import { LANGS, type Lang } from '../i18n/langs';

/** One text to translate: its path, its English and, for a quotation, the fact that it is one. */
export interface ToTranslate {
  path: string;
  en: string;
  quote?: true;
}

function quoteLang(def: ScenarioDef, ref: SourceRef): Lang {
  return def.documents.find((d) => d.file === ref.document)?.lang ?? 'en';
}

/** Every text of `def` not yet in `lang`: prose fields and quotations (a quotation in its own language needs none). */
export function missingTexts(def: ScenarioDef, lang: Lang): ToTranslate[] {
  const out: ToTranslate[] = [];
  mapProse(def, {
    text(text, path) {
      if (typeof text === 'string' || !text[lang]) out.push({ path, en: english(text) });
      return text;
    },
    quote(ref, path) {
      if (quoteLang(def, ref) !== lang && !ref.translation?.[lang]) out.push({ path, en: ref.quote, quote: true });
      return ref;
    },
  });
  return lang === 'en' ? out.filter((t) => t.quote) : out;
}

/** For `npm run validate`: per language, how many texts lack it (none listed when complete). */
export function languageGaps(def: ScenarioDef): { lang: Lang; missing: number; first: string }[] {
  return LANGS.filter((l) => l !== 'en').flatMap((lang) => {
    const missing = missingTexts(def, lang);
    return missing.length === 0 ? [] : [{ lang, missing: missing.length, first: missing[0]!.path }];
  });
}

/** `def` with `translations` (path → text in `lang`) written into its fields; unknown paths are reported, not lost. */
export function mergeTranslations<T extends ScenarioDef>(def: T, lang: Lang, translations: Record<string, string>): { def: T; unknown: string[] } {
  const used = new Set<string>();
  const take = (path: string) => {
    const value = translations[path];
    if (typeof value !== 'string' || value.trim() === '') return null;
    used.add(path);
    return value;
  };
  const merged = mapProse(def, {
    text(text, path): Text {
      const value = take(path);
      if (value === null) return text;
      return { ...(typeof text === 'string' ? { en: text } : text), [lang]: value };
    },
    quote(ref, path) {
      const value = take(path);
      return value === null ? ref : { ...ref, translation: { ...ref.translation, [lang]: value } };
    },
  });
  return { def: merged, unknown: Object.keys(translations).filter((p) => !used.has(p)) };
}
