// The glossary quotes its documents word for word, and covers the concepts a debrief discusses.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../src/ui/glossary';

const seeds = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));

describe('glossary', () => {
  it('defines the six concepts of the debrief', () => {
    expect(GLOSSARY.map((e) => e.term)).toEqual(['Abandonment', 'Entrapment', 'Hedging', 'Strategic partnership', 'Non-alignment', 'Buffer zone']);
  });

  // Skipped, and reported as skipped, where the documents are not beside the project.
  it.skipIf(!existsSync(seeds))('quotes its documents word for word', () => {
    for (const e of GLOSSARY) if (e.quote) expect(readFileSync(seeds + e.quote.document, 'utf8'), e.term).toContain(e.quote.text);
  });

  it('cites a document by its title and publisher, never by a file name', () => {
    for (const e of GLOSSARY) if (e.quote) expect(e.quote.cite).not.toMatch(/\.txt|_[0-9a-f]{8}/);
  });
});
