// The AI's explanations and the advisor's outlook in words. The AI gives each decision a head (what it does) and its
// reasons as codes; each is one message here, spoken in one of three voices: a named power ("Turkey stays neutral …:
// it trusts …"), the player's own side ("You …: you …") or the advisor ("Stay neutral …: you …"). Another actor that
// is the player's own side is "you" in every language's own grammar (the messages choose by `whom`).
import { listWords, num, t, tx, type Values } from '../i18n/core';
import { type MessageKey } from '../i18n/catalog/en';
import { lookup, type ActorId, type Scenario } from '../engine';
import type { Explanation, Head, MetricPart, Reason } from '../ai/explain';
import type { CourseName, Outlook } from '../ai/advisor';
import { nameOf, quoted } from './words';

/** The metrics a reason names, as a list: an event's alternatives hurt the "economy", a tie's "trade". */
function partsWords(parts: readonly MetricPart[], economy: 'economy' | 'trade' = 'trade'): string {
  return listWords(parts.map((p) => t(`model.explainWords.metric.${p === 'economy' ? economy : p}`)));
}

const INSTEAD = ['oppose', 'neutral', 'diplomatic', 'full'] as const;

/** The values every message of an explanation may use: who speaks of whom. */
function speaker(scenario: Scenario, e: Explanation) {
  const you = e.voice.advice || e.actor === e.voice.you;
  return {
    who: you ? 'you' : 'it',
    /** How the message names `id`: "you" for the player's own side. */
    named: (id: ActorId | null, key = 'target'): Values => ({ [key === 'target' ? 'whom' : `${key}Whom`]: id === null ? 'none' : id === e.voice.you ? 'you' : 'other', [key]: id === null ? '' : nameOf(scenario, id) }),
  };
}

/** One reason, in the voice of its explanation. */
export function reasonText(scenario: Scenario, e: Explanation, r: Reason): string {
  const { who, named } = speaker(scenario, e);
  const key = `model.explainWords.reason.${r.code}` as MessageKey;
  switch (r.code) {
    case 'gives-what-tie-calls-for':
      return t(key, { who, tie: r.tie });
    case 'course':
      return t(key, { best: r.best ? 'yes' : 'no' });
    case 'no-closer-offer':
      // The advisor speaks before the player decides: what is on offer now; a report, of a decision made.
      return t(key, { when: e.voice.advice ? 'now' : 'then', ...named(r.target) });
    case 'instead-at-risk':
      return t(key, { who, instead: INSTEAD[r.instead]!, parts: partsWords(r.parts), ...named(r.target) });
    case 'standing-protects':
    case 'closer-costs':
    case 'tie-protects':
      return t(key, { who, parts: partsWords(r.parts), ...named(r.target) });
    case 'choice-would-hurt':
      return t(key, { who, others: r.others, parts: partsWords(r.parts, 'economy') });
    case 'weary':
      return t(key, { who, years: r.years, ...named(r.target) });
    default:
      return t(key, { who, ...('target' in r ? named(r.target) : {}) });
  }
}

/** What the decision does, in the explanation's voice. */
export function headText(scenario: Scenario, e: Explanation): string {
  const voice = e.voice.advice ? 'advice' : e.actor === e.voice.you ? 'you' : 'it';
  const { named } = speaker(scenario, e);
  const h: Head = e.head;
  const values: Values = { voice, actor: nameOf(scenario, e.actor) };
  if (h.code === 'choose') {
    const choice = lookup(scenario).event.get(h.event)?.choices?.find((c) => c.id === h.choice);
    return t('model.explainWords.head.choose', { ...values, label: quoted(choice ? tx(choice.label) : h.choice) });
  }
  if (h.code === 'stay-neutral') {
    if (h.opponent === null) return t('model.explainWords.head.stay-neutral-alone', { ...values, ...named(h.target) });
    return t('model.explainWords.head.stay-neutral', { ...values, ...named(h.target), ...named(h.opponent, 'opponent') });
  }
  return t(`model.explainWords.head.${h.code}`, { ...values, ...named(h.target) });
}

/** The explanation in one sentence: what the decision does, and its first two reasons. A decision the whole course
 *  chose though another does about as well is given that reason alone: a second would claim a preference; and the
 *  advisor offers it without urging it ("…, if you wish: either way is about as good"). */
export function explanationText(scenario: Scenario, e: Explanation): string {
  const level = e.reasons[0]?.code === 'course' && !e.reasons[0].best;
  const [first, second] = (level ? e.reasons.slice(0, 1) : e.reasons).map((r) => reasonText(scenario, e, r));
  const reasons = second === undefined ? first! : t('model.explainWords.twoReasons', { first: first!, second });
  return t(level && e.voice.advice ? 'model.explainWords.sentenceLevel' : 'model.explainWords.sentence', { head: headText(scenario, e), reasons });
}

const points = (x: number) => num(x, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

function courseText(c: CourseName): string {
  return t('model.explainWords.course', { looked: c.looked ? 'yes' : 'no', policy: t(`model.explainWords.policy.${c.then}`) });
}

/** What the advised course comes to at the end of the game, against the best other course weighed. */
export function outlookText(o: Outlook): string {
  const values: Values = { worlds: o.worlds, course: courseText(o.course), score: points(o.score) };
  if (!o.other) return t('model.explainWords.outlook', values);
  const other = { ...values, otherCourse: courseText(o.other.course), otherScore: points(o.other.score) };
  return o.clear ? t('model.explainWords.outlookAhead', { ...other, gain: points(o.gain) }) : t('model.explainWords.outlookLevel', other);
}
