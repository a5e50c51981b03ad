// Sources by their titles: no text of a shipped scenario that a student or teacher reads calls a document "the seed"
// (to a student the seed is the world's, chosen on the menu) or names it by its file. A text cites a document as
// "the RIAC article 'Should China and Russia Form an Alliance?'" or "Mishra", as the briefing lists it.
import { describe, expect, it } from 'vitest';
import { mapProse } from '../../src/engine/prose';
import type { Scenario } from '../../src/engine';
import { shippedScenarios } from '../machine/support';

/** Words that stand for a document without naming it, in each language the scenarios are written in. */
const NAMELESS: Record<string, RegExp> = { en: /\bseed\b/i, ru: /исходн\S* текст/i, zh: /原始文献|种子/ };
const FILE = /\b\d{3}_[0-9a-f]{16}\.txt\b/;

/** Every text of `s` a reader sees that cites a document by a file name or as "the seed", by path and language. */
function uncited(s: Scenario): string[] {
  const wrong: string[] = [];
  const check = (value: string | Record<string, string>, path: string) => {
    const byLang = typeof value === 'string' ? { en: value } : value;
    for (const [lang, text] of Object.entries(byLang)) {
      if (FILE.test(text) || NAMELESS[lang]?.test(text)) wrong.push(`${path} (${lang}): ${text.slice(0, 80)}`);
    }
  };
  mapProse(s, {
    text: (t, path) => (check(t, path), t),
    // The quotation is the document's own words; its translation is ours.
    quote: (ref, path) => (ref.translation && check(ref.translation, `${path}.translation`), ref),
  });
  return wrong;
}

const shipped = shippedScenarios();

describe('sources cited by their titles', () => {
  it('finds a text that cites "the seed" or a file', () => {
    const s = shipped[0]!;
    const once = { ...s, questions: ['The seed says the alliance "brought huge benefits to China".', 'Read 003_455c9dc3a3fc6002.txt again.', { en: 'Mishra argues…', ru: 'В исходном тексте сказано…', zh: '原始文献说……' }] };
    expect(uncited(once)).toEqual([
      'questions.0 (en): The seed says the alliance "brought huge benefits to China".',
      'questions.1 (en): Read 003_455c9dc3a3fc6002.txt again.',
      'questions.2 (ru): В исходном тексте сказано…',
      'questions.2 (zh): 原始文献说……',
    ]);
  });

  for (const scenario of shipped) {
    it(`${scenario.id}: names no document by its file or as "the seed"`, () => expect(uncited(scenario)).toEqual([]));
  }
});
