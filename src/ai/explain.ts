// Why an actor decided as it did, in a sentence for the report, the debrief and the advisor.
// Reasons come from two places: what the actor knew (its trust in the other, grievances, a broken tie still cooling)
// and what its look-ahead showed (the parts of its value by which the chosen option beat the best alternative).
import {
  POSTURE_RANK,
  expectedOf,
  legalPostures,
  lookup,
  tieOf,
  type ActorId,
  type GameState,
  type Posture,
  type SupportLevel,
} from '../engine';
import type { Verdict } from './lookahead';
import { PARTS, type Part, type ValueParts } from './value';
import { english } from '../engine/prose';

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
  /** Most telling first. */
  reasons: string[];
  sentence: string;
}

/** How to speak: `you` is the player's actor, named "you"; `advice` addresses the deciding actor itself, in the imperative. */
export interface Voice {
  you?: ActorId;
  advice?: boolean;
  /** A reason put before all others: what the advice rests on beyond the turn or two the look-ahead plays. */
  lead?: string;
}

/** Trust below this is "low", above `HIGH_TRUST` is "high": enough to count as a reason. */
export const LOW_TRUST = 0.35;
export const HIGH_TRUST = 0.65;
/** A part that adds less than this share of the largest part's advantage is no reason. */
const TELLING = 0.2;

interface Speech {
  /** Subject, possessive and object pronoun of the deciding actor. */
  it: string;
  its: string;
  obj: string;
  /** A verb agreeing with the deciding actor: "keeps" or "keep". */
  v: (third: string, base: string) => string;
  /** Another actor by name, or "you"; its possessive; a verb agreeing with it. */
  name: (id: ActorId) => string;
  poss: (id: ActorId) => string;
  agrees: (id: ActorId, third: string, base: string) => string;
}

function speech(state: GameState, actor: ActorId, voice: Voice): Speech {
  const name = (id: ActorId) => (id === voice.you ? 'you' : english(lookup(state.scenario).actor.get(id)?.name ?? id));
  const poss = (id: ActorId) => (id === voice.you ? 'your' : name(id).endsWith('s') ? `${name(id)}'` : `${name(id)}'s`);
  const agrees = (id: ActorId, third: string, base: string) => (id === voice.you ? base : third);
  return voice.advice || actor === voice.you
    ? { it: 'you', its: 'your', obj: 'you', v: (_t, b) => b, name, poss, agrees }
    : { it: 'it', its: 'its', obj: 'it', v: (t) => t, name, poss, agrees };
}

const METRIC_PARTS: readonly Part[] = ['security', 'economy', 'influence', 'autonomy', 'stability'];
const WORD: Record<string, string> = { security: 'security', economy: 'trade', influence: 'influence', autonomy: 'freedom of manoeuvre', stability: 'stability' };

/** "security", "security and trade", "security, trade and influence". */
function words(parts: Part[], economy = WORD.economy!): string {
  return joinReasons(parts.map((p) => (p === 'economy' ? economy : WORD[p]!)));
}

/** Phrases for the parts by which the chosen option beat the alternative: the metrics together, persona parts one by one. */
function phrases(parts: Part[], metrics: (ms: Part[]) => string, persona: (p: Part) => string): string[] {
  const ms = parts.filter((p) => METRIC_PARTS.includes(p));
  const out: { at: number; text: string }[] = [];
  if (ms.length > 0) out.push({ at: parts.indexOf(ms[0]!), text: metrics(ms) });
  for (const p of parts) if (!METRIC_PARTS.includes(p)) out.push({ at: parts.indexOf(p), text: persona(p) });
  return out.sort((a, b) => a.at - b.at).map((o) => o.text);
}

/** Why the chosen answer (`level`) beats the alternative `alt`. */
function answerPhrases(parts: Part[], level: SupportLevel, alt: SupportLevel, X: string, sp: Speech): string[] {
  const { it, its, obj, v } = sp;
  const instead = [`siding against ${X}`, 'staying neutral', `diplomatic support for ${X}`, `full support for ${X}`][alt]!;
  const atRisk = (ms: Part[]) => `${instead} would put ${its} ${words(ms)} at risk`;
  if (level < alt) {
    return phrases(
      parts,
      (ms) => (ms.length === 1 && ms[0] === 'economy' ? `the crisis threatens ${its} trade` : atRisk(ms)),
      (p) => (p === 'commitment' ? `${it} ${v('keeps', 'keep')} ${its} options open` : `${it} ${v('keeps', 'keep')} faith with those who matter more to ${obj}`),
    );
  }
  return phrases(
    parts,
    (ms) => (level >= 2 ? `standing with ${X} protects ${its} ${words(ms)}` : atRisk(ms)),
    (p) =>
      p === 'standing' ? `${it} ${v('keeps', 'keep')} ${its} word to ${X}`
        : p === 'grievance' ? `letting ${X} down would leave a grievance that strains the tie`
          : `${it} ${v('keeps', 'keep')} ${its} options open`,
  );
}

/** Why the chosen posture beats the alternative: `warmer` when the chosen is the warmer of the two. */
function posturePhrases(parts: Part[], warmer: boolean, other: ActorId, sp: Speech): string[] {
  const { it, its, obj, v } = sp;
  const X = sp.name(other);
  if (!warmer) {
    return phrases(
      parts,
      (ms) => (ms.length === 1 && ms[0] === 'autonomy' ? `${it} ${v('keeps', 'keep')} ${its} freedom of manoeuvre` : `a closer tie with ${X} would cost ${obj} ${words(ms)}`),
      (p) =>
        p === 'commitment' ? `${it} ${v('prefers', 'prefer')} to keep ${its} options open`
          : p === 'future' ? `what a closer tie with ${X} would oblige ${obj} to pay outweighs the backing ${it} would get`
            : `${it} ${v('keeps', 'keep')} faith with ${its} other partners`,
    );
  }
  return phrases(
    parts,
    (ms) =>
      ms.length === 1 && ms[0] === 'economy' ? `trade with ${X} pays`
        : ms.length === 1 && ms[0] === 'security' ? `${sp.poss(other)} backing makes ${obj} safer`
          : `the tie with ${X} protects ${its} ${words(ms)}`,
    (p) =>
      p === 'standing' ? `${sp.poss(other)} trust matters to ${obj}`
        : p === 'grievance' ? `walking away would leave ${X} aggrieved`
          : p === 'future' ? `${sp.poss(other)} backing in crises to come is worth more to ${obj} than what the tie obliges`
            : `${it} ${v('keeps', 'keep')} ${its} options open`,
  );
}

function choicePhrases(parts: Part[], others: number, target: string | null, sp: Speech): string[] {
  const { it, its, v } = sp;
  const alt = others > 1 ? 'the other options' : 'the alternative';
  return phrases(
    parts,
    (ms) => `${alt} would hurt ${its} ${words(ms, 'economy')}`,
    (p) =>
      p === 'standing' ? `${it} ${v('keeps', 'keep')} faith with ${target ?? `${its} partners`}`
        : p === 'grievance' ? `${it} ${v('avoids', 'avoid')} a quarrel with ${target ?? `${its} partners`}`
          : `${it} ${v('keeps', 'keep')} ${its} options open`,
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

function trustReason(state: GameState, actor: ActorId, target: ActorId, warm: boolean, sp: Speech): string | null {
  const t = state.trust[actor]![target]!;
  if (warm && t >= HIGH_TRUST) return `${sp.it} ${sp.v('trusts', 'trust')} ${sp.name(target)}`;
  if (!warm && t <= LOW_TRUST) return `${sp.its} trust in ${sp.name(target)} is low`;
  return null;
}

function grievanceReason(state: GameState, actor: ActorId, target: ActorId, sp: Speech): string | null {
  const g = state.grievance[actor]![target]!;
  return g >= 0.3 * state.scenario.rules.breakThreshold ? `${sp.it} still ${sp.v('holds', 'hold')} grievances against ${sp.name(target)}` : null;
}

function joinReasons(reasons: string[]): string {
  if (reasons.length <= 1) return reasons[0] ?? '';
  return `${reasons.slice(0, -1).join(', ')} and ${reasons[reasons.length - 1]}`;
}

function finish(actor: ActorId, verb: [string, string], reasons: string[], voice: Voice, sp: Speech): { reasons: string[]; sentence: string } {
  const unique = [...new Set([...(voice.lead ? [voice.lead] : []), ...reasons].filter((r) => r.length > 0))];
  if (unique.length === 0) unique.push(`${sp.it} ${sp.v('sees', 'see')} little at stake either way`);
  const head = voice.advice ? verb[1].charAt(0).toUpperCase() + verb[1].slice(1) : actor === voice.you ? `You ${verb[1]}` : `${sp.name(actor)} ${verb[0]}`;
  return { reasons: unique, sentence: `${head}: ${joinReasons(unique.slice(0, 2))}.` };
}

export function explainPosture(state: GameState, actor: ActorId, verdict: Verdict, voice: Voice = {}): Explanation {
  const sp = speech(state, actor, voice);
  const other = verdict.item.target!;
  const X = sp.name(other);
  const chosen = verdict.chosen as Posture;
  const current = state.postures[actor]![other]!;
  const tie = tieOf(state, actor, other);
  const dr = POSTURE_RANK[chosen] - POSTURE_RANK[current];
  const warm = dr > 0 || (dr === 0 && chosen !== 'hedge');
  // The words follow the tie as it stands, not only the posture: a posture warmer than the tie is an offer.
  const verb: [string, string] =
    dr === 0
      ? chosen === 'hedge' ? [`keeps hedging toward ${X}`, `keep hedging toward ${X}`]
        : chosen === 'ally'
          ? tie === 'alliance' ? [`stays allied with ${X}`, `stay allied with ${X}`] : [`keeps offering ${X} an alliance`, `keep offering ${X} an alliance`]
          : tie === 'partnership' ? [`stays in partnership with ${X}`, `stay in partnership with ${X}`] : [`keeps offering ${X} a partnership`, `keep offering ${X} a partnership`]
      : dr > 0
        ? chosen === 'ally' ? [`moves to ally with ${X}`, `move to ally with ${X}`] : [`draws closer to ${X} as a partner`, `draw closer to ${X} as a partner`]
        : chosen === 'partner'
          ? tie === 'alliance' ? [`steps back from alliance to partnership with ${X}`, `step back from alliance to partnership with ${X}`] : [`no longer offers ${X} an alliance, only a partnership`, `no longer offer ${X} an alliance, only a partnership`]
          : tie === 'alliance' ? [`walks out of ${sp.its} alliance with ${X}`, `walk out of ${sp.its} alliance with ${X}`]
            : tie === 'partnership' ? [`leaves ${sp.its} partnership with ${X} and hedges`, `leave ${sp.its} partnership with ${X} and hedge`]
              : [`cools toward ${X} and hedges`, `cool toward ${X} and hedge`];

  const reasons: (string | null)[] = [trustReason(state, actor, other, warm, sp)];
  if (!warm) reasons.push(grievanceReason(state, actor, other, sp));
  const r = contrast(verdict, chosen !== current ? current : undefined);
  if (r) {
    const warmer = POSTURE_RANK[chosen] > POSTURE_RANK[r.other.option as Posture];
    reasons.push(...posturePhrases(advantages(r.chosen.parts, r.other.parts).slice(0, 3), warmer, other, sp));
  }
  const theirs = POSTURE_RANK[state.postures[other]![actor]!];
  if (legalPostures(state, actor, other).length === 1) reasons.push(`the broken tie with ${X} cannot be mended yet`);
  else if (!r && theirs < POSTURE_RANK[chosen]) reasons.push(`${X} ${sp.agrees(other, 'holds', 'hold')} back for now`);
  else if (!r && theirs <= POSTURE_RANK[chosen] && chosen !== 'ally') reasons.push(`no closer tie with ${X} is on offer`);
  return {
    actor,
    kind: 'posture',
    target: other,
    decision: chosen,
    ref: other,
    changed: chosen !== current,
    ...finish(actor, verb, reasons.filter((x): x is string => x !== null), voice, sp),
  };
}

export function explainAnswer(state: GameState, actor: ActorId, verdict: Verdict, voice: Voice = {}): Explanation {
  if (verdict.item.kind !== 'answer') throw new Error('explainAnswer needs an answer');
  const sp = speech(state, actor, voice);
  const caller = verdict.item.target;
  const X = sp.name(caller);
  const level = verdict.chosen as SupportLevel;
  const warm = level >= verdict.item.expected;
  // Which crisis, by the other side in it: a caller may be in two at once.
  const crisis = state.agenda.crises.find((c) => c.calls.some((call) => call.id === verdict.item.ref));
  const opponent = crisis ? (crisis.initiator === caller ? crisis.target : crisis.initiator) : null;
  const which = opponent ? `${sp.poss(caller)} crisis with ${sp.name(opponent)}` : `${sp.poss(caller)} crisis`;
  const verbs: [string, string][] = [
    [`sides against ${X}`, `side against ${X}`],
    [`stays neutral in ${which}`, `stay neutral in ${which}`],
    [`gives ${X} diplomatic support`, `give ${X} diplomatic support`],
    [`backs ${X} fully`, `back ${X} fully`],
  ];
  const reasons: (string | null)[] = [trustReason(state, actor, caller, warm, sp)];
  if (!warm) reasons.push(grievanceReason(state, actor, caller, sp));
  const r = contrast(verdict, verdict.item.expected);
  if (r) {
    const alt = r.other.option as SupportLevel;
    reasons.push(...answerPhrases(advantages(r.chosen.parts, r.other.parts).slice(0, 3), level, alt, X, sp));
  }
  const tie = tieOf(state, actor, caller);
  if (level === verdict.item.expected && tie !== 'none') reasons.push(`${sp.it} ${sp.v('gives', 'give')} what the ${tie} calls for`);
  if (level <= 1 && tie === 'none') reasons.push(`${sp.it} ${sp.v('owes', 'owe')} ${X} nothing`);
  return { actor, kind: 'answer', target: caller, decision: level, ref: verdict.item.ref, changed: true, ...finish(actor, verbs[level]!, reasons.filter((x): x is string => x !== null), voice, sp) };
}

export function explainChoice(state: GameState, actor: ActorId, verdict: Verdict, voice: Voice = {}): Explanation {
  if (verdict.item.kind !== 'choice') throw new Error('explainChoice needs a choice');
  const sp = speech(state, actor, voice);
  const event = lookup(state.scenario).event.get(verdict.item.event)!;
  const choice = event.choices!.find((c) => c.id === verdict.chosen)!;
  const target = verdict.item.target;
  const reasons: (string | null)[] = [];
  // A choice that delivers (or withholds) support is judged, like an answer, against what the tie leads the other to expect.
  const support = choice.effects.find((fx) => fx.kind === 'support');
  if (support?.kind === 'support') reasons.push(trustReason(state, actor, support.to, support.level >= expectedOf(state, support.to, actor), sp));
  const r = contrast(verdict);
  if (r) reasons.push(...choicePhrases(advantages(r.chosen.parts, r.other.parts).slice(0, 3), r.count, target && sp.name(target), sp));
  const verb: [string, string] = [`chooses “${choice.label}”`, `choose “${choice.label}”`];
  return { actor, kind: 'choice', target, decision: choice.id, ref: verdict.item.ref, changed: true, ...finish(actor, verb, reasons.filter((x): x is string => x !== null), voice, sp) };
}

export function explainVerdict(state: GameState, actor: ActorId, verdict: Verdict, voice: Voice = {}): Explanation {
  if (verdict.item.kind === 'posture') return explainPosture(state, actor, verdict, voice);
  if (verdict.item.kind === 'answer') return explainAnswer(state, actor, verdict, voice);
  return explainChoice(state, actor, verdict, voice);
}
