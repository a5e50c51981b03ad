// Why an actor decided as it did, as codes the report, the debrief and the advisor put into words (src/ui/explainWords.ts).
// Reasons come from two places: what the actor knew (its trust in the other, grievances, a broken tie still cooling)
// and what its look-ahead showed (the parts of its value by which the chosen option beat the best alternative).
import {
  POSTURE_RANK,
  TIE_BY_RANK,
  TIE_RANK,
  canonicalJson,
  expectedOf,
  expectedOnEvent,
  tellsOfReliability,
  legalPostures,
  lookup,
  tieOf,
  wearinessOf,
  yearsPerTurn,
  grievanceAgainst,
  trustIn,
  answerWeighing,
  type ActorId,
  type Call,
  type CrisisInstance,
  type GameState,
  type Posture,
  type SupportLevel,
  type Tie,
} from '../engine';
import type { Verdict } from './lookahead';
import { alignment, choiceTerms, choiceValue, keepValue } from './persona';
import { PARTS, type Part, type ValueParts } from './value';

/** The words of a decision: what it does, as the decision and the tie stand. The UI puts it into words. */
export type Head =
  | { code: PostureHead; target: ActorId }
  /** An answer to `target`'s call; `opponent` is the other side in its crisis, when known. */
  | { code: 'side-against' | 'stay-neutral' | 'diplomatic-support' | 'back-fully'; target: ActorId; opponent: ActorId | null }
  | { code: 'choose'; event: string; choice: string };

export type PostureHead = 'keep-hedging' | 'stay-allied' | 'keep-offering-alliance' | 'stay-partners' | 'keep-offering-partnership' | 'move-to-ally' | 'draw-closer' | 'step-back' | 'withdraw-alliance-offer' | 'walk-out' | 'leave-partnership' | 'cool';

/** A metric part a reason names. */
export type MetricPart = (typeof METRIC_PARTS)[number];

/**
 * One reason for a decision, in codes. `target` is the other actor it speaks of; `parts` the metrics that tipped it.
 * The subject of every reason is the deciding actor.
 */
export type Reason =
  | { code: 'trusts' | 'low-trust' | 'grievances' | 'cannot-mend' | 'holds-back' | 'no-closer-offer' | 'owes-nothing'; target: ActorId }
  | { code: 'gives-what-tie-calls-for'; tie: 'alliance' | 'partnership' }
  | { code: 'little-at-stake' }
  /** The advice rests on the whole course played to the end: `best` when that course did best beyond chance, not only as well. */
  | { code: 'course'; best: boolean }
  | { code: 'keeps-options-open' | 'prefers-options-open' | 'keeps-freedom' | 'keeps-faith-elsewhere' | 'keeps-faith-partners' | 'crisis-threatens-trade' }
  /** An answer's alternative, `instead` (a support level toward `target`), would put `parts` at risk. */
  | { code: 'instead-at-risk'; instead: SupportLevel; target: ActorId; parts: MetricPart[] }
  | { code: 'standing-protects' | 'closer-costs' | 'tie-protects'; target: ActorId; parts: MetricPart[] }
  | { code: 'keeps-word' | 'letdown-grievance' | 'backing-costs-more' | 'more-than-owed' | 'terms-owe-nothing' | 'closer-obliges' | 'trade-pays' | 'backing-safer' | 'trust-matters' | 'walking-away-aggrieves' | 'backing-worth'; target: ActorId }
  /** An event option's alternatives (`others` of them) would hurt `parts`. */
  | { code: 'choice-would-hurt'; others: number; parts: MetricPart[] }
  /** Keeps faith with, or avoids a quarrel with, `target`, or the actor's partners when null. */
  | { code: 'choice-keeps-faith' | 'choice-avoids-quarrel'; target: ActorId | null }
  | { code: 'weary'; target: ActorId; years: number }
  /** What moves the persona itself (aimedTie): a rival shared with `target`, a closer tie with it worth more than the
   *  one held, or the tie held no longer worth its cost. */
  | { code: 'common-rival' | 'closer-worth-more' | 'tie-not-worth'; target: ActorId }
  /** Called by both sides, it backs `target` (the other caller) more: the caller sees it take the other side. */
  | { code: 'backs-other-more'; target: ActorId };

export interface Explanation {
  actor: ActorId;
  kind: 'posture' | 'answer' | 'choice';
  /** Whom the decision is about: the other side of a posture, the caller of an answer, the partner a choice touches. */
  target: ActorId | null;
  /** A posture, a support level (0 oppose … 3 full), or a choice id. */
  decision: Posture | SupportLevel | string;
  /** The other actor of a posture, the call id of an answer, the choice instance id of an event. */
  ref: string;
  /** Whether it is news: a posture that differs from the one held (answers and choices always are). */
  changed: boolean;
  /** Who speaks of it, and to whom. */
  voice: Voice;
  head: Head;
  /** Most telling first; the sentence gives the first two. */
  reasons: Reason[];
}

/** How to speak: `you` is the player's actor, named "you"; `advice` addresses the deciding actor itself, in the imperative. */
export interface Voice {
  you?: ActorId;
  advice?: boolean;
  /** A reason put before all others: what the advice rests on beyond the turn or two the look-ahead plays. */
  lead?: Reason;
}

/** Trust below this is "low", above `HIGH_TRUST` is "high": enough to count as a reason. */
export const LOW_TRUST = 0.35;
export const HIGH_TRUST = 0.65;
/** A part that adds less than this share of the largest part's advantage is no reason. */
const TELLING = 0.2;

const METRIC_PARTS = ['security', 'economy', 'influence', 'autonomy', 'stability'] as const satisfies readonly Part[];
const isMetric = (p: Part): p is MetricPart => (METRIC_PARTS as readonly Part[]).includes(p);

/** Reasons for the parts by which the chosen option beat the alternative: the metrics together, persona parts one by one. */
function phrases(parts: Part[], metrics: (ms: MetricPart[]) => Reason, persona: (p: Part) => Reason): Reason[] {
  const ms = parts.filter(isMetric);
  const out: { at: number; reason: Reason }[] = [];
  if (ms.length > 0) out.push({ at: parts.indexOf(ms[0]!), reason: metrics(ms) });
  for (const p of parts) if (!isMetric(p)) out.push({ at: parts.indexOf(p), reason: persona(p) });
  return out.sort((a, b) => a.at - b.at).map((o) => o.reason);
}

/** Why the chosen answer (`level`) beats the alternative `alt`, to `caller`. */
function answerPhrases(parts: Part[], level: SupportLevel, alt: SupportLevel, caller: ActorId): Reason[] {
  const atRisk = (ms: MetricPart[]): Reason => ({ code: 'instead-at-risk', instead: alt, target: caller, parts: ms });
  if (level < alt) {
    return phrases(
      parts,
      (ms) => (ms.length === 1 && ms[0] === 'economy' ? { code: 'crisis-threatens-trade' } : atRisk(ms)),
      (p) => (p === 'commitment' ? { code: 'keeps-options-open' } : { code: 'keeps-faith-elsewhere' }),
    );
  }
  return phrases(
    parts,
    (ms) => (level >= 2 ? { code: 'standing-protects', target: caller, parts: ms } : atRisk(ms)),
    (p) => (p === 'standing' ? { code: 'keeps-word', target: caller } : p === 'grievance' ? { code: 'letdown-grievance', target: caller } : { code: 'keeps-options-open' }),
  );
}

/** Why the chosen posture beats the alternative: `warmer` when the chosen is the warmer of the two. */
function posturePhrases(parts: Part[], warmer: boolean, other: ActorId): Reason[] {
  if (!warmer) {
    return phrases(
      parts,
      (ms) => (ms.length === 1 && ms[0] === 'autonomy' ? { code: 'keeps-freedom' } : { code: 'closer-costs', target: other, parts: ms }),
      (p) => (p === 'commitment' ? { code: 'prefers-options-open' } : p === 'future' ? { code: 'closer-obliges', target: other } : { code: 'keeps-faith-partners' }),
    );
  }
  return phrases(
    parts,
    (ms) =>
      ms.length === 1 && ms[0] === 'economy' ? { code: 'trade-pays', target: other }
        : ms.length === 1 && ms[0] === 'security' ? { code: 'backing-safer', target: other }
          : { code: 'tie-protects', target: other, parts: ms },
    (p) =>
      p === 'standing' ? { code: 'trust-matters', target: other }
        : p === 'grievance' ? { code: 'walking-away-aggrieves', target: other }
          : p === 'future' ? { code: 'backing-worth', target: other }
            : { code: 'keeps-options-open' },
  );
}

function choicePhrases(parts: Part[], others: number, target: ActorId | null): Reason[] {
  return phrases(
    parts,
    (ms) => ({ code: 'choice-would-hurt', others, parts: ms }),
    (p) => (p === 'standing' ? { code: 'choice-keeps-faith', target } : p === 'grievance' ? { code: 'choice-avoids-quarrel', target } : { code: 'keeps-options-open' }),
  );
}

/** Parts by which `chosen` beat `other` by a telling amount, largest first. */
function advantages(chosen: ValueParts, other: ValueParts): Part[] {
  const gain = (p: Part) => chosen[p] - other[p];
  const top = Math.max(0, ...PARTS.map(gain));
  return PARTS.filter((p) => gain(p) > 1e-6 && gain(p) >= TELLING * top).sort((a, b) => gain(b) - gain(a));
}

/** What the choice is set against: `foil` if it was weighed (what the caller expected, the posture held),
 *  else the best option not taken — if anything else was weighed at all. */
function contrast(verdict: Verdict, foil?: unknown) {
  const chosen = verdict.weighed.find((w) => w.option === verdict.chosen);
  const rest = verdict.weighed.filter((w) => w.option !== verdict.chosen).sort((a, b) => b.value - a.value);
  const other = rest.find((w) => w.option === foil) ?? rest[0];
  return chosen && other ? { chosen, other, count: rest.length } : null;
}

function trustReason(state: GameState, actor: ActorId, target: ActorId, warm: boolean): Reason | null {
  const t = trustIn(state, actor, target);
  if (warm && t >= HIGH_TRUST) return { code: 'trusts', target };
  if (!warm && t <= LOW_TRUST) return { code: 'low-trust', target };
  return null;
}

function grievanceReason(state: GameState, actor: ActorId, target: ActorId): Reason | null {
  const g = grievanceAgainst(state, actor, target);
  return g >= 0.3 * state.scenario.rules.breakThreshold ? { code: 'grievances', target } : null;
}

/** War weariness, where it tells against keeping an alliance: the years of obligations it has carried (wearinessOf). */
function wearyReason(state: GameState, actor: ActorId, target: ActorId): Reason | null {
  if (wearinessOf(state, actor, target, 'alliance') <= 0) return null;
  const held = state.ties[lookup(state.scenario).pair[actor]![target]!]!;
  return { code: 'weary', target, years: Math.max(1, Math.round((state.turn - held.since) * yearsPerTurn(state.scenario))) };
}

/** What moves the persona toward `other` by `dr` steps, as its own rule reads the state (aimedTie), when it holds:
 *  courting a power it has no tie with, their camps align; warming a tie, the closer one is worth more than the one
 *  held; cooling one, the tie held is no longer worth its cost. A reason where the look-ahead finds the options too
 *  close to tell apart. */
function aimReason(state: GameState, actor: ActorId, other: ActorId, tie: Tie, dr: number): Reason | null {
  if (dr > 0 && tie === 'none') return alignment(state, actor, other) > 0 ? { code: 'common-rival', target: other } : null;
  if (dr > 0 && tie !== 'alliance') {
    const closer = TIE_BY_RANK[TIE_RANK[tie] + 1]!;
    return keepValue(state, actor, other, closer) > keepValue(state, actor, other, tie) ? { code: 'closer-worth-more', target: other } : null;
  }
  if (dr < 0 && tie !== 'none') return keepValue(state, actor, other, tie) < 0 ? { code: 'tie-not-worth', target: other } : null;
  return null;
}

/** What the persona's own rule weighs in answering (answerWeighing), where the look-ahead finds the answers too close
 *  to tell apart: support given because letting the caller down would cost more than backing it, or in spite of that
 *  (the power keeps its word); support withheld because backing would cost more than failing puts at stake; more
 *  than the call was owed, or the neutrality a tie's terms ask where they do not cover the crisis. */
function weighingReason(state: GameState, actor: ActorId, crisis: CrisisInstance, call: Call, level: SupportLevel): Reason | null {
  const target = call.caller;
  // Nothing owed (no tie, or terms that do not cover this crisis): words are a gift, neutrality what the terms ask.
  if (call.expected < 2) return level >= 2 ? { code: 'more-than-owed', target } : level === 1 && tieOf(state, actor, target) !== 'none' ? { code: 'terms-owe-nothing', target } : null;
  if (level === 0) return null;
  if (level >= 2) {
    const { price, stake } = answerWeighing(state, actor, crisis, call, level);
    return stake > price ? { code: 'letdown-grievance', target } : { code: 'keeps-word', target };
  }
  const { price, stake } = answerWeighing(state, actor, crisis, call, 2);
  return price >= stake ? { code: 'backing-costs-more', target } : null;
}

/** What the persona's own rule weighs in an event's choice (choiceTerms), where the look-ahead finds the options too
 *  close to tell apart: the gesture that meets a partner's expectation where another option falls short, and the
 *  metrics of its own that the best other option would leave lower. */
function choiceTermReasons(state: GameState, actor: ActorId, event: string, chosen: string, options: string[]): Reason[] {
  const total = (id: string) => choiceValue(state, actor, event, id);
  const others = options.filter((o) => o !== chosen).sort((a, b) => total(b) - total(a));
  const other = others[0];
  if (other === undefined) return [];
  const mine = choiceTerms(state, actor, event, chosen);
  const theirs = choiceTerms(state, actor, event, other);
  const out: Reason[] = [];
  const faith = mine.find((t) => t.kind === 'support' && t.met && theirs.some((u) => u.kind === 'support' && u.to === t.to && !u.met));
  if (faith?.kind === 'support') out.push({ code: 'choice-keeps-faith', target: faith.to });
  const metricGain = (terms: typeof mine, m: MetricPart) => terms.reduce((sum, t) => sum + (t.kind === 'metric' && t.metric === m ? t.value : 0), 0);
  const hurt = METRIC_PARTS.filter((m) => metricGain(mine, m) > metricGain(theirs, m) + 1e-9);
  if (hurt.length > 0) out.push({ code: 'choice-would-hurt', others: others.length, parts: hurt });
  return out;
}

/** The reasons, the lead first, each once; "little at stake" when there are none. */
function finish(reasons: (Reason | null)[], voice: Voice): Reason[] {
  const seen = new Set<string>();
  const out: Reason[] = [];
  for (const r of [...(voice.lead ? [voice.lead] : []), ...reasons]) {
    const key = r && canonicalJson(r);
    if (r && key && !seen.has(key)) {
      seen.add(key);
      out.push(r);
    }
  }
  return out.length > 0 ? out : [{ code: 'little-at-stake' }];
}

/** What a posture does, by how it moves against the posture held and the tie as it stands: a posture warmer than the
 *  tie is an offer. */
function postureHead(chosen: Posture, dr: number, tie: string): PostureHead {
  if (dr === 0) {
    if (chosen === 'hedge') return 'keep-hedging';
    if (chosen === 'ally') return tie === 'alliance' ? 'stay-allied' : 'keep-offering-alliance';
    return tie === 'partnership' ? 'stay-partners' : 'keep-offering-partnership';
  }
  if (dr > 0) return chosen === 'ally' ? 'move-to-ally' : 'draw-closer';
  if (chosen === 'partner') return tie === 'alliance' ? 'step-back' : 'withdraw-alliance-offer';
  return tie === 'alliance' ? 'walk-out' : tie === 'partnership' ? 'leave-partnership' : 'cool';
}

export function explainPosture(state: GameState, actor: ActorId, verdict: Verdict, voice: Voice = {}): Explanation {
  const other = verdict.item.target!;
  const chosen = verdict.chosen as Posture;
  const current = state.postures[actor]![other]!;
  const tie = tieOf(state, actor, other);
  const dr = POSTURE_RANK[chosen] - POSTURE_RANK[current];
  const warm = dr > 0 || (dr === 0 && chosen !== 'hedge');
  const head: Head = { code: postureHead(chosen, dr, tie), target: other };

  const reasons: (Reason | null)[] = [trustReason(state, actor, other, warm)];
  if (!warm) reasons.push(grievanceReason(state, actor, other));
  if (dr < 0 && tie === 'alliance') reasons.push(wearyReason(state, actor, other));
  const r = contrast(verdict, chosen !== current ? current : undefined);
  if (r) {
    const warmer = POSTURE_RANK[chosen] > POSTURE_RANK[r.other.option as Posture];
    reasons.push(...posturePhrases(advantages(r.chosen.parts, r.other.parts).slice(0, 3), warmer, other));
  }
  if (chosen !== current) reasons.push(aimReason(state, actor, other, tie, dr));
  const theirs = POSTURE_RANK[state.postures[other]![actor]!];
  if (legalPostures(state, actor, other).length === 1) reasons.push({ code: 'cannot-mend', target: other });
  else if (!r && theirs < POSTURE_RANK[chosen]) reasons.push({ code: 'holds-back', target: other });
  else if (!r && theirs <= POSTURE_RANK[chosen] && chosen !== 'ally') reasons.push({ code: 'no-closer-offer', target: other });
  return { actor, kind: 'posture', target: other, decision: chosen, ref: other, changed: chosen !== current, voice, head, reasons: finish(reasons, voice) };
}

const ANSWER_HEAD = ['side-against', 'stay-neutral', 'diplomatic-support', 'back-fully'] as const;

export function explainAnswer(state: GameState, actor: ActorId, verdict: Verdict, voice: Voice = {}): Explanation {
  if (verdict.item.kind !== 'answer') throw new Error('explainAnswer needs an answer');
  const caller = verdict.item.target;
  const level = verdict.chosen as SupportLevel;
  const warm = level >= verdict.item.expected;
  // Which crisis, by the other side in it: a caller may be in two at once.
  const crisis = state.agenda.crises.find((c) => c.calls.some((call) => call.id === verdict.item.ref));
  const opponent = crisis ? (crisis.initiator === caller ? crisis.target : crisis.initiator) : null;
  const reasons: (Reason | null)[] = [trustReason(state, actor, caller, warm)];
  if (!warm) reasons.push(grievanceReason(state, actor, caller));
  const r = contrast(verdict, verdict.item.expected);
  const told = r ? answerPhrases(advantages(r.chosen.parts, r.other.parts).slice(0, 3), level, r.other.option as SupportLevel, caller) : [];
  reasons.push(...told);
  const call = crisis?.calls.find((c) => c.id === verdict.item.ref);
  if (told.length === 0 && crisis && call) reasons.push(weighingReason(state, actor, crisis, call, level));
  const tie = tieOf(state, actor, caller);
  if (level === verdict.item.expected && tie !== 'none') reasons.push({ code: 'gives-what-tie-calls-for', tie });
  if (level <= 1 && tie === 'none') reasons.push({ code: 'owes-nothing', target: caller });
  const head: Head = { code: ANSWER_HEAD[level]!, target: caller, opponent };
  return { actor, kind: 'answer', target: caller, decision: level, ref: verdict.item.ref, changed: true, voice, head, reasons: finish(reasons, voice) };
}

export function explainChoice(state: GameState, actor: ActorId, verdict: Verdict, voice: Voice = {}): Explanation {
  if (verdict.item.kind !== 'choice') throw new Error('explainChoice needs a choice');
  const event = lookup(state.scenario).event.get(verdict.item.event)!;
  const choice = event.choices!.find((c) => c.id === verdict.chosen)!;
  const target = verdict.item.target;
  const reasons: (Reason | null)[] = [];
  // A choice that delivers (or withholds) support is judged, like an answer, against what the other expects on this
  // event (the engine's rule, applyChoice); a deed that tells nothing of the actor's reliability gives no reason.
  const support = choice.effects.find((fx) => fx.kind === 'support');
  if (support?.kind === 'support') {
    const expected = expectedOnEvent(event, support.to, expectedOf(state, support.to, actor));
    if (tellsOfReliability(expected, support.level)) reasons.push(trustReason(state, actor, support.to, support.level >= expected));
  }
  const r = contrast(verdict);
  const told = r ? choicePhrases(advantages(r.chosen.parts, r.other.parts).slice(0, 3), r.count, target) : [];
  reasons.push(...told);
  if (told.length === 0) reasons.push(...choiceTermReasons(state, actor, event.id, choice.id, event.choices!.map((c) => c.id)));
  const head: Head = { code: 'choose', event: event.id, choice: choice.id };
  return { actor, kind: 'choice', target, decision: choice.id, ref: verdict.item.ref, changed: true, voice, head, reasons: finish(reasons, voice) };
}

export function explainVerdict(state: GameState, actor: ActorId, verdict: Verdict, voice: Voice = {}): Explanation {
  if (verdict.item.kind === 'posture') return explainPosture(state, actor, verdict, voice);
  if (verdict.item.kind === 'answer') return explainAnswer(state, actor, verdict, voice);
  return explainChoice(state, actor, verdict, voice);
}
