// Quotations are compared with their documents with white space and curly quotes made plain, and nothing else.
import { describe, expect, it } from 'vitest';
import { checkQuotations, normaliseQuotation, quotations, quotedIn, type DocumentSource } from '../../src/scenarios/quotations';
import { formatPath } from '../../src/scenarios/problems';

const DOCUMENT = 'The partners agreed:\n“a partnership,   not an alliance” — said the minister’s aide.\u00A0Relations are at 2001–2021 levels.';
const documents = (texts: Record<string, string>): DocumentSource => ({ where: 'the test folder', text: (file) => texts[file] });
const scenario = (...quotes: string[]) => ({
  documents: [{ file: 'seed.txt', title: 'A seed' }],
  actors: [{ id: 'RUS', sources: quotes.map((quote) => ({ document: 'seed.txt', quote })) }],
});
const check = (...quotes: string[]) =>
  checkQuotations(scenario(...quotes), documents({ 'seed.txt': DOCUMENT })).map((f) => `${f.severity} ${formatPath(f.path)}: ${f.message}`);

describe('normaliseQuotation', () => {
  it('makes every run of white space one space, and trims', () => {
    expect(normaliseQuotation('  a\n\tb \u00A0 c\r\n')).toBe('a b c');
  });

  it('makes curly quotes and apostrophes straight', () => {
    expect(normaliseQuotation('“it’s ‘so’”')).toBe(`"it's 'so'"`);
  });

  it('leaves dashes, ellipses and guillemets as they are', () => {
    expect(normaliseQuotation('a – b — c - d … «e»')).toBe('a – b — c - d … «e»');
  });
});

describe('quotedIn', () => {
  it('finds a quotation across a line break, with straight quotes for curly ones', () => {
    expect(quotedIn(DOCUMENT, 'agreed: "a partnership, not an alliance"')).toBe(true);
    expect(quotedIn(DOCUMENT, "the minister's aide")).toBe(true);
  });

  it('does not take a hyphen for a dash, or a dash for a hyphen', () => {
    expect(quotedIn(DOCUMENT, 'alliance” - said')).toBe(false);
    expect(quotedIn(DOCUMENT, 'alliance” — said')).toBe(true);
    expect(quotedIn(DOCUMENT, '2001-2021')).toBe(false);
    expect(quotedIn(DOCUMENT, '2001–2021')).toBe(true);
  });

  it('finds nothing in a quotation of white space alone', () => {
    expect(quotedIn(DOCUMENT, ' \n ')).toBe(false);
  });
});

describe('checkQuotations', () => {
  it('passes quotations found in their document', () => {
    expect(check('a partnership, not an alliance', 'Relations are at 2001–2021 levels.')).toEqual([]);
  });

  it('finds quotations wherever "sources" appears, with their paths', () => {
    const value = { sources: [{ document: 'd', quote: 'q' }], events: [{ choices: [], sources: [{ document: 'd', quote: 'r' }] }], history: [{ sources: [] }] };
    expect(quotations(value).map((q) => formatPath(q.path))).toEqual(['sources[0]', 'events[0].sources[0]']);
  });

  it('refuses a quotation not in its document, and says where it leaves it', () => {
    expect(check('a partnership, not an alliance” — said the deputy minister')).toEqual([
      `error actors[0].sources[0].quote: actors[0].sources[0] is not in 'seed.txt', even with white space and curly quotes made plain: its first 43 characters are there, up to “…, not an alliance" — said the ”, but then the quotation reads “deputy minister…” where the document reads “minister's aide. Relations are…”.`,
    ]);
    expect(check('words the document never held')[0]).toMatch(/not even its opening words are there/);
  });

  it('points out a non-breaking space inside a quotation, even one that matches', () => {
    expect(check('aide.\u00A0Relations')).toEqual([
      'warning actors[0].sources[0].quote: actors[0].sources[0] holds a non-breaking space (U+00A0), which editors show as an ordinary one: write an ordinary space. White space is compared as one space, so it does not stop the quotation matching.',
    ]);
  });

  it('names a cited document that is not among those given, once, at its entry in "documents"', () => {
    const found = checkQuotations(scenario('one', 'two'), documents({}));
    expect(found).toEqual([
      {
        severity: 'error',
        path: ['documents', 0, 'file'],
        message: "The document 'seed.txt', quoted 2 times, is not in the test folder, so its quotations cannot be checked: add the file there, or correct the name.",
      },
    ]);
  });
});
