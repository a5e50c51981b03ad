// A theatre's Chinese name may hold a colon of its own ("叙利亚：伊朗据点与以色列空袭"): set inside a sentence, as in
// "以色列在{theatre}向伊朗发起挑战", the sentence reads on from the name's second half. Every Chinese message sets the
// name apart — in brackets, in quotation marks, or after a colon and before the clause ends.
import { describe, expect, it } from 'vitest';
import { setLang, t } from '../../src/i18n';
import { zh } from '../../src/i18n/catalog/zh';
import { theatreName } from '../../src/ui/words';
import { shipped } from '../helpers';

const OPENS = ['（', '“', '：'];
const CLOSES = ['）', '”', '；', '。'];

describe('a Chinese theatre name is set apart from the sentence around it', () => {
  it('every message that names a theatre opens and closes it', () => {
    const loose: string[] = [];
    for (const [key, message] of Object.entries(zh))
      for (const m of message.matchAll(/\{theatre\}/gu)) {
        const before = message.charAt(m.index - 1);
        const after = message.charAt(m.index + m[0].length);
        if (!OPENS.includes(before) || !CLOSES.includes(after)) loose.push(`${key}: “…${message.slice(Math.max(0, m.index - 6), m.index + 16)}…”`);
      }
    console.log(`${loose.length} Chinese messages with a theatre's name run into the sentence${loose.length ? `: ${loose.join(' | ')}` : ''}`);
    expect(loose).toEqual([]);
  });

  it('the crisis of Israel against Iran in Syria reads whole', async () => {
    await setLang('zh');
    try {
      const scenario = shipped('eastern-axis-2021');
      const theatre = scenario.theatres.find((x) => theatreName(scenario, x.id).includes('：'));
      expect(theatre, 'a theatre whose Chinese name holds a colon').toBeDefined();
      const name = theatreName(scenario, theatre!.id);
      const line = t('play.briefing.challenges', { who: 'other', initiator: '以色列', target: '伊朗', theatre: name, gravity: 'minor' });
      console.log(line);
      expect(line).toBe(`以色列向伊朗发起挑战（${name}）· 有限危机`);
    } finally {
      await setLang('en');
    }
  });
});
