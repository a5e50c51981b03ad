// Quotations checked against the documents they cite: every `sources` entry anywhere in a scenario must be found,
// word for word, in its document. Pure: the caller supplies the documents' texts.
import { formatPath, type Finding, type PathSegment } from './problems';
import { t } from '../i18n/core';

/** The documents a scenario's quotations are checked against. */
export interface DocumentSource {
  /** Where the documents come from, for messages: e.g. a folder. */
  where: string;
  /** The text of the document with this file name, or undefined when there is none. */
  text(file: string): string | undefined;
}

/** One quotation in a scenario, and where it sits. */
export interface Quotation {
  path: PathSegment[];
  document: string;
  /** The part of the document it names, if any (SourceRef.part). */
  part?: string;
  quote: string;
}

const NBSP = '\u00A0';
/** A quotation that matches only this much of its opening is not worth a "first words match" hint. */
const HINT_FROM = 20;
/** Characters of text shown on each side of where a quotation leaves its document. */
const SHOWN = 30;

/**
 * The form in which a quotation and its document are compared, both sides alike:
 * - every run of white space (spaces, tabs, line breaks, non-breaking and other Unicode spaces) is one space, and
 *   the ends are trimmed: a passage copied across a line break still matches;
 * - curly double quotes “ ” are ", and curly single quotes and apostrophes ‘ ’ are ': an editor or a keyboard turns
 *   one into the other, and the words are the same.
 * Nothing else is folded. Dashes in particular stay as they are: a hyphen (-), an en dash (–) and an em dash (—) are
 * different marks with different uses (a compound, a range, an aside), so a quotation uses the one the document
 * prints. Letters, case, accents, ellipses (…) and guillemets (« ») must be as in the document too.
 */
export function normaliseQuotation(text: string): string {
  return text.replace(/[\u201C\u201D]/g, '"').replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim();
}

/** Whether `quote` appears in `text`, compared as normaliseQuotation says. */
export function quotedIn(text: string, quote: string): boolean {
  const q = normaliseQuotation(quote);
  return q !== '' && normaliseQuotation(text).includes(q);
}

/** Every quotation anywhere in a scenario file's JSON (actors, ties, theatres, events, history, the file itself…). */
export function quotations(value: unknown, path: PathSegment[] = []): Quotation[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => quotations(v, [...path, i]));
  if (!isObject(value)) return [];
  return Object.entries(value).flatMap(([key, v]) => {
    if (key !== 'sources' || !Array.isArray(v)) return quotations(v, [...path, key]);
    return v.flatMap((s, i) => {
      const document = isObject(s) ? s.document : undefined;
      const quote = isObject(s) ? s.quote : undefined;
      const part = isObject(s) && typeof s.part === 'string' ? s.part : undefined;
      return typeof document === 'string' && typeof quote === 'string' ? [{ path: [...path, key, i], document, quote, ...(part !== undefined ? { part } : {}) }] : [];
    });
  });
}

/**
 * Checks every quotation in `scenario` (a scenario file's JSON) against the document it cites. Errors: a quotation not
 * found in its document, and a cited document that `documents` does not have (once per document). Warning: a
 * non-breaking space inside a quotation, which no one sees in an editor, even when the quotation matches.
 */
export function checkQuotations(scenario: unknown, documents: DocumentSource): Finding[] {
  const findings: Finding[] = [];
  const texts = new Map<string, string | undefined>();
  const textOf = (file: string) => {
    if (!texts.has(file)) {
      const text = documents.text(file);
      texts.set(file, text === undefined ? undefined : normaliseQuotation(text));
    }
    return texts.get(file);
  };
  const listed = isObject(scenario) && Array.isArray(scenario.documents) ? scenario.documents : [];
  /** The lines `from` to `to` of a document's text, compared as quotations are, by file and part id. */
  const partText = (file: string, id: string): { text: string; from: number; to: number } | undefined => {
    const entry = listed.find((d) => isObject(d) && d.file === file);
    const part = isObject(entry) && Array.isArray(entry.parts) ? entry.parts.find((p) => isObject(p) && p.id === id) : undefined;
    const raw = documents.text(file);
    if (!isObject(part) || typeof part.from !== 'number' || typeof part.to !== 'number' || raw === undefined) return undefined;
    return { text: normaliseQuotation(raw.split('\n').slice(part.from - 1, part.to).join('\n')), from: part.from, to: part.to };
  };

  const all = quotations(scenario);
  const reported = new Set<string>();
  for (const { path, document, part, quote } of all) {
    const here = formatPath(path);
    if (quote.includes(NBSP)) {
      const count = quote.split(NBSP).length - 1;
      findings.push({
        severity: 'warning',
        path: [...path, 'quote'],
        message: t('files.quotations.nbsp', { path: here, count }),
      });
    }
    const text = textOf(document);
    if (text === undefined) {
      if (reported.has(document)) continue;
      reported.add(document);
      const i = listed.findIndex((d) => isObject(d) && d.file === document);
      const cited = all.filter((q) => q.document === document).length;
      findings.push({
        severity: 'error',
        path: i >= 0 ? ['documents', i, 'file'] : [...path, 'document'],
        message: t('files.quotations.noDocument', { document, cited, where: documents.where }),
      });
      continue;
    }
    const q = normaliseQuotation(quote);
    if (q === '') {
      findings.push({ severity: 'error', path: [...path, 'quote'], message: t('files.quotations.empty', { path: here }) });
    } else if (!text.includes(q)) {
      findings.push({ severity: 'error', path: [...path, 'quote'], message: whereItLeaves(text, q, here, document) });
    } else if (part !== undefined) {
      // Cited by the part's title, it must come from the part's lines: else the reader is sent to the wrong article.
      const within = partText(document, part);
      if (within && !within.text.includes(q)) findings.push({ severity: 'error', path: [...path, 'part'], message: t('files.quotations.outsidePart', { path: here, document, part, from: within.from, to: within.to }) });
    }
  }
  return findings;
}

/** A quotation not in its document, and where it stops following it: the longest opening of it that the document holds. */
function whereItLeaves(text: string, quote: string, path: string, document: string): string {
  // An opening found means every shorter opening is found too: search for the longest by halves.
  let lo = 0;
  let hi = quote.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (text.includes(quote.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  if (lo < HINT_FROM) return t('files.quotations.notOpening', { path, document });
  const at = text.indexOf(quote.slice(0, lo)) + lo;
  const before = quote.slice(Math.max(0, lo - SHOWN), lo);
  return t('files.quotations.leaves', { path, document, length: lo, before, quote: quote.slice(lo, lo + SHOWN), text: text.slice(at, at + SHOWN) });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
