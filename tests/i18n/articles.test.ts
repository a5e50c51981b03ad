// English names that take "the": "the United States presses China" in a sentence, "The United States" opening one,
// the name alone in a heading or a label; Russian and Chinese have no article; the article changes no result.
import { describe, expect, it } from 'vitest';
import '../../src/i18n';
import { messages, t, useMessages } from '../../src/i18n/core';
import { labelOf, nameOf } from '../../src/i18n/engineWords';
import { prepareScenario, type ScenarioDef } from '../../src/engine';
import { ru } from '../../src/i18n/catalog/ru';
import { shipped } from '../helpers';

const scenario = shipped('sino-soviet-1950');

describe('names that take the article', () => {
  it('in English, a sentence gives the name its article, and one that opens with it says "The"', () => {
    useMessages('en', messages());
    expect([nameOf(scenario, 'USA'), labelOf(scenario, 'USA'), nameOf(scenario, 'JPN')]).toEqual(['the United States', 'United States', 'Japan']);
    // A whole sentence opening with the name, and a sentence after another.
    expect(t('play.decisions.challenges', { initiator: nameOf(scenario, 'USA'), target: nameOf(scenario, 'RUS'), theatre: 'Berlin' })).toBe('The United States challenges the Soviet Union in Berlin.');
    expect(t('report.debrief.tieShort', { other: nameOf(scenario, 'USA'), tie: 'partnership' })).toBe('The tie stayed a partnership: the United States went no further.');
    // A clause, which another message takes in mid-sentence, keeps "the".
    expect(t('model.engineWords.detailWar', { initiator: nameOf(scenario, 'USA'), target: nameOf(scenario, 'CHN') })).toBe("the United States and the People's Republic of China went to war");
    // The possessive of a name ending in s.
    expect(t('play.briefing.relationsSeat', { side: nameOf(scenario, 'USA') })).toBe('the United States’ relationships');
  });

  it('in Russian, a name has no article', () => {
    const english = messages();
    useMessages('ru', ru);
    try {
      expect(nameOf(scenario, 'USA')).toBe(labelOf(scenario, 'USA'));
      expect(nameOf(scenario, 'USA')).not.toMatch(/^the /);
    } finally {
      useMessages('en', english);
    }
  });

  it('changes no result: the scenario hashes the same with it or without it', () => {
    const def = JSON.parse(JSON.stringify(scenario)) as ScenarioDef & { hash?: string };
    delete def.hash;
    const without = { ...def, actors: def.actors.map(({ definite: _d, ...a }) => a) };
    expect(prepareScenario(def).hash).toBe(prepareScenario(without).hash);
  });
});
