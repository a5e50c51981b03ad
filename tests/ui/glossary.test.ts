// The glossary quotes its documents word for word, and covers the concepts a debrief discusses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { quotedIn } from '../../src/scenarios/quotations';
import { GLOSSARY } from '../../src/ui/glossary';
import { documentsDir, documentsFound } from '../documents';

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
