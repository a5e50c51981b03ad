// The glossary quotes its documents word for word, and covers the concepts a debrief discusses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setLang, tx } from '../../src/i18n';
import { quotedIn } from '../../src/scenarios/quotations';
import { GLOSSARY } from '../../src/ui/glossary';
import { documentsDir, documentsFound } from '../documents';
import { shipped } from '../helpers';

describe('glossary', () => {
  it('defines the concepts of the debrief and the terms the game shows', () => {
    expect(GLOSSARY.map((e) => e.term)).toEqual(['Alliance', 'Abandonment', 'Entrapment', 'Hedging', 'Strategic partnership', 'Trust', 'Grievance', 'Non-alignment', 'Buffer zone']);
  });

  // Compared as the scenarios' quotations are (white space and curly quotes made plain; see quotations.ts).
  const quotesChecked = documentsFound ? 'quotes its documents word for word' : `quotations not checked: the documents were not found at ${documentsDir}`;
  it.skipIf(!documentsFound)(quotesChecked, () => {
    const quoted = GLOSSARY.filter((e) => e.quote);
    expect(quoted.length).toBeGreaterThan(0);
    for (const e of quoted) expect(quotedIn(readFileSync(join(documentsDir, e.quote!.document), 'utf8'), e.quote!.text), e.term).toBe(true);
  });

  it('cites a document by its title and publisher, never by a file name', () => {
    for (const e of GLOSSARY) if (e.quote) expect(e.quote.cite).not.toMatch(/\.txt|_[0-9a-f]{8}/);
  });
});

describe('a glossary quotation’s source', () => {
  it('is named by its title and publisher in the page’s language, the title as the scenarios translate it', async () => {
    const quoted = GLOSSARY.find((e) => e.quote)!;
    const title = shipped('sino-soviet-1945').documents.find((d) => d.file === quoted.quote!.document)!.title;
    try {
      for (const lang of ['en', 'ru', 'zh'] as const) {
        await setLang(lang);
        console.log(lang, quoted.quote!.cite);
        expect(quoted.quote!.cite).toContain(tx(title));
        if (lang !== 'en') expect(quoted.quote!.cite).not.toMatch(/[A-Za-z]{4}/);
      }
    } finally {
      await setLang('en');
    }
  });
});
