// A document that gathers several articles (the RIAC compilation: its main article, then pieces on Russia–Turkey,
// Russia–Israel and the "Eastern axis") lists them as parts, and a quotation names the part it comes from: it is then
// cited by that article's title, not the compilation's. A part must exist, run forwards, and hold the quotation.
import { describe, expect, it } from 'vitest';
import type { ScenarioDef } from '../../src/engine';
import { prepareScenario } from '../../src/engine';
import { loadScenario } from '../../src/scenarios/loader';
import { checkQuotations } from '../../src/scenarios/quotations';
import { formatPath } from '../../src/scenarios/problems';
import { documentTitle } from '../../src/ui/words';
import { fixture } from './helpers';
import { shipped } from '../helpers';

const TEXT = 'The compilation\nFirst article\na partnership, not an alliance\n\nSecond article\nthe other piece says this\n';
const PARTS = [
  { id: 'first', title: 'First article', from: 2, to: 3 },
  { id: 'second', title: 'Second article', from: 5, to: 6 },
];

/** minimal.json with its document in two parts, the actor's quotation naming `part`. */
function withParts(part: string | undefined, parts: unknown = PARTS): ScenarioDef {
  const s = JSON.parse(fixture('minimal.json')) as ScenarioDef;
  (s.documents[0] as { parts?: unknown }).parts = parts;
  s.actors[0]!.sources = [{ document: 'seed.txt', ...(part !== undefined ? { part } : {}), quote: 'a partnership, not an alliance' }];
  return s;
}

const errors = (s: ScenarioDef) => {
  const report = loadScenario(JSON.stringify(s, null, 2), 'parts.json');
  return report.ok ? [] : report.errors.map((e) => `${e.path} | ${e.message}`);
};

describe('parts of a document', () => {
  it('accept a quotation naming a part the document lists', () => {
    expect(errors(withParts('first'))).toEqual([]);
  });

  it('refuse a part the document does not list, naming those it does', () => {
    expect(errors(withParts('third'))).toEqual(["actors[0].sources[0].part | actors[0].sources[0].part is 'third', which is not a part of seed.txt: its parts are first, second."]);
  });

  it('refuse a part id given twice, and a part that runs backwards', () => {
    const found = errors(withParts('first', [PARTS[0], { ...PARTS[1], id: 'first' }, { id: 'third', title: 'Third', from: 9, to: 7 }]));
    expect(found).toEqual([
      "documents[0].parts[1].id | documents[0].parts[1] has the id 'first', which an earlier part of the document has already.",
      'documents[0].parts[2].to | documents[0].parts[2] runs from line 9 to line 7: its last line comes before its first.',
    ]);
  });

  it('check a quotation against its part’s lines: one found elsewhere in the document is an error', () => {
    const docs = { where: 'the test folder', text: (file: string) => (file === 'seed.txt' ? TEXT : undefined) };
    const check = (part: string) => checkQuotations(withParts(part), docs).map((f) => `${f.severity} ${formatPath(f.path)}: ${f.message}`);
    expect(check('first')).toEqual([]);
    expect(check('second')).toEqual([
      "error actors[0].sources[0].part: actors[0].sources[0] is in seed.txt, but not in its part 'second' (lines 5–6), by whose title it would be cited: name the part it comes from.",
    ]);
  });

  it('cite a quotation by its part’s title, and one without a part by the document’s', () => {
    const s = prepareScenario(withParts('second'));
    expect(documentTitle(s, 'seed.txt', 'second')).toBe('Second article');
    expect(documentTitle(s, 'seed.txt')).toBe('A seed document');
    const idlib = shipped('idlib-2021');
    const turkish = idlib.theatres.flatMap((t) => t.sources ?? []).find((x) => x.part === 'turkey');
    expect(turkish, 'a quotation of the Russia–Turkey article in Idlib').toBeDefined();
    expect(documentTitle(idlib, turkish!.document, turkish!.part)).toBe('Russia, Turkey and the new geopolitical reality');
  });
});
