// A power's name may end in a parenthesis ("NATO (European allies)"): the English words that name a power on the
// crisis screens, the calls' reasons and the report never hang "’s" on it.
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n';
import type { MessageKey } from '../../src/i18n/catalog/en';

const name = 'NATO (European allies)';
const values = {
  opponent: name, caller: name, callee: name, other: name, actor: name, decider: name, side: 'Russia', target: name, you: 'no', against: 'yes',
  owed: '18%', full: '35%', given: 'full support', mark: 'met', tie: 'alliance (defensive)', title: 'A crisis', escalated: 'no', trusted: 'Russia', truster: name,
};
const keys: MessageKey[] = [
  'play.crisisSteps.callNoOne',
  'play.crisisSteps.callSome',
  'play.crisisSteps.answeredThem',
  'play.consequences.whyAimed',
  'play.consequences.whyNeutrality',
  'play.consequences.whyChallenged',
  'play.consequences.whyStartedLittle',
  'play.consequences.whyStartedMuch',
  'play.words.cause.theirChoice',
  'play.decisions.dossierOf',
  'play.gauges.entrapmentDetail',
  'report.report.trustIn',
  'report.tutorial.answered',
];

describe('a name ending in a parenthesis', () => {
  it.each(keys)('%s names it without “’s”', (key) => {
    const text = t(key, values);
    expect(text).toContain(name);
    expect(text).not.toContain(')’s');
  });
});
