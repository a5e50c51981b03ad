// A power's name carries no gender or number in Russian: Индия, США and Правительство Сирии all fill the same
// placeholder. No Russian message may make a verb agree with a name ("{target} пока не ответил" reads "Индия пока не
// ответил"); each says it so that nothing agrees with the name: "{target}: ответа тем же пока нет".
import { describe, expect, it } from 'vitest';
import { ru } from '../../src/i18n/catalog/ru';

/** The placeholders a power's name (or a list of names) fills. */
const NAMES = ['actor', 'target', 'caller', 'callee', 'partner', 'other', 'names', 'side', 'initiator', 'winner', 'loser', 'decider', 'leaver', 'opponent', 'truster', 'trusted', 'a', 'b'];
/** A name, perhaps a few adverbs, then a word shaped like a finite verb or a short adjective that agrees with it. */
const AGREES = new RegExp(`\\{(${NAMES.join('|')})\\}(?: (?:пока|не|почти|уже|ещё|тоже|снова|всё|вновь|теперь))* (?!(?:или|нет)[ ,.:;!?»)}'])([а-яё]+(?:л|ла|ло|ли|ет|ёт|ит|ут|ют|ат|ят|ен|на|ны)(?:ся|сь)?)(?=[ ,.:;!?»)}']|$)`, 'gu');

describe('Russian messages never make a verb agree with a power’s name', () => {
  it('no message puts an agreeing verb after a name', () => {
    // Two names joined by "и" take a plural verb whatever they are: "{initiator} и {target} вступили в войну".
    const found = Object.entries(ru).flatMap(([key, message]) => [...message.matchAll(AGREES)].filter((m) => !message.slice(0, m.index).endsWith('} и ')).map((m) => `${key}: “${m[0]}”`));
    console.log(`${Object.keys(ru).length} Russian messages read; ${found.length} with a verb agreeing with a name${found.length ? `: ${found.join(' | ')}` : ''}`);
    expect(found).toEqual([]);
  });

  it('finds the agreement it is looking for', () => {
    expect('{target} пока не ответил тем же'.match(AGREES)).not.toBeNull();
    expect('{caller} ждёт: нейтралитет'.match(AGREES)).not.toBeNull();
    expect('{names} должны вам'.match(AGREES)).not.toBeNull();
    expect('{target}: ответа тем же пока нет'.match(AGREES)).toBeNull();
    expect('только {a} или {b}'.match(AGREES)).toBeNull();
  });
});
