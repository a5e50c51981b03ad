// A scenario's translations are gathered and written back by path, and a translation never changes what the
// scenario plays: its hash (by which class codes and result files know it) stays the same.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { englishOnly, prepareScenario, type ScenarioDef } from '../../src/engine';
import { mergeTranslations, missingTexts } from '../../src/scenarios/translations';

// The shipped file as it would be written in English alone.
const def = englishOnly(JSON.parse(readFileSync('scenarios/idlib-2021.json', 'utf8')) as ScenarioDef);

describe('scenario translations', () => {
  it('gather every prose field and quotation a language lacks, and merge them back by path', () => {
    const todo = missingTexts(def, 'ru');
    expect(todo.length).toBeGreaterThan(0);
    const translations = Object.fromEntries(todo.map((t) => [t.path, `RU ${t.en}`]));
    const { def: merged, unknown } = mergeTranslations(def, 'ru', translations);
    expect(unknown).toEqual([]);
    expect(missingTexts(merged, 'ru')).toEqual([]);
    expect(missingTexts(merged, 'zh').length).toBe(todo.length);
    const actor = merged.actors[0]!;
    expect(actor.name).toEqual({ en: typeof def.actors[0]!.name === 'string' ? def.actors[0]!.name : def.actors[0]!.name.en, ru: `RU ${typeof def.actors[0]!.name === 'string' ? def.actors[0]!.name : def.actors[0]!.name.en}` });
    const quoted = merged.actors.flatMap((a) => a.sources ?? []).find((s) => s.translation);
    expect(quoted?.translation?.ru).toBe(`RU ${quoted?.quote}`);
  });

  it('leave the hash as it was: a translation changes no rule', () => {
    const todo = missingTexts(def, 'zh');
    const { def: merged } = mergeTranslations(def, 'zh', Object.fromEntries(todo.map((t) => [t.path, `ZH ${t.en}`])));
    expect(prepareScenario(merged).hash).toBe(prepareScenario(def).hash);
    // …while a change to the English does change it.
    const renamed = { ...merged, title: { en: 'Another title', zh: 'ZH' } };
    expect(prepareScenario(renamed).hash).not.toBe(prepareScenario(def).hash);
  });

  it('report a path the scenario does not have, rather than drop it silently', () => {
    expect(mergeTranslations(def, 'ru', { 'actors.NOPE.name': 'x' }).unknown).toEqual(['actors.NOPE.name']);
  });
});
