// What a tie obliges: its treaty's terms (after the ATOP data set of alliance treaties), the kind of tie, who
// started the crisis and against whom. Expectations, confidence, deterrence, calls and the gauges all read it.
import { AID } from './coefficients';
import { lookup, type Lookup, type Side } from './lookup';
import type { ActorId, GameState, SupportLevel, Terms, Tie, TieDef, TieState, Treaty } from './types';

/** The terms a tie takes when nothing else is said: most alliances in the ATOP data are defensive; a strategic
 *  partnership is a promise to consult. */
export const DEFAULT_TERMS: Record<Exclude<Tie, 'none'>, Terms> = { alliance: 'defensive', partnership: 'consultation' };


/** Share of full backing a level of support gives: opposing or staying neutral none, diplomatic half, full all. */
export const backingOf = (level: SupportLevel): number => (level <= 1 ? 0 : (level - 1) / 2);

/** The treaty a pair holds, or would sign, for a tie of `kind`: the one in force if it is of that kind, else the one
 *  the scenario gives the pair for that kind (its starting tie's, or one of `treaties`), else the standard terms. */
export function treatyFor(state: GameState, a: ActorId, b: ActorId, kind: Exclude<Tie, 'none'>): Treaty {
  const source = termsFor(state, a, b, kind);
  return {
    terms: source.terms,
    ...(source.against ? { against: source.against } : {}),
    ...(source.burden ? { burden: source.burden } : {}),
  };
}

/** treatyFor without the copy, for rules that only read it: the tie record in force, or the scenario's treaty, or
 *  the standard terms — shared records, never to be changed. */
export function termsFor(state: GameState, a: ActorId, b: ActorId, kind: Exclude<Tie, 'none'>): Readonly<Treaty> {
  const L = lookup(state.scenario);
  const key = L.pair[a]![b]!;
  return termsOfPair(L, key, state.ties[key], kind);
}

/** termsFor, for the pair keyed `key` (Lookup.pair) holding `held` (its record in GameState.ties, if any). */
export function termsOfPair(L: Lookup, key: string, held: TieState | undefined, kind: Exclude<Tie, 'none'>): Readonly<Treaty> {
  if (held?.kind === kind && held.terms) return held as Readonly<Treaty>;
  return wouldSign(L, key, kind);
}

/** termsOfPair, for the actors of indexes at `at` (a × actors + b, as Lookup.pairAt): what the pair would sign is
 *  found once (Lookup.signs), where the valuing of ties asks it of every pair every turn. */
export function termsAt(L: Lookup, at: number, held: TieState | undefined, kind: Exclude<Tie, 'none'>): Readonly<Treaty> {
  if (held?.kind === kind && held.terms) return held as Readonly<Treaty>;
  return (L.signs[2 * at + (kind === 'alliance' ? 1 : 0)] ??= wouldSign(L, L.pairAt[at]!, kind));
}

/** The treaty the pair keyed `key` signs for a tie of `kind`: the scenario's, else the standard terms. */
function wouldSign(L: Lookup, key: string, kind: Exclude<Tie, 'none'>): Readonly<Treaty> {
  const def = L.treaty.get(key)?.[kind];
  return def ? signed(def) : STANDARD[kind];
}

/** The standard terms of each kind of tie, as a treaty. */
const STANDARD: Readonly<Record<Exclude<Tie, 'none'>, Readonly<Treaty>>> = { alliance: { terms: DEFAULT_TERMS.alliance }, partnership: { terms: DEFAULT_TERMS.partnership } };

/** The treaty a scenario's tie signs, built once: scenarios never change. */
const signedTreaties = new WeakMap<TieDef, Treaty>();
function signed(def: TieDef): Readonly<Treaty> {
  let treaty = signedTreaties.get(def);
  if (!treaty) {
    treaty = { terms: def.terms ?? DEFAULT_TERMS[def.kind], ...(def.against ? { against: def.against } : {}), ...(def.burden ? { burden: def.burden } : {}) };
    signedTreaties.set(def, treaty);
  }
  return treaty;
}

/** Whether a treaty's aid is owed against `opponent`: it names it, or a state allied with one it names, or no one. */
function aimedAt(state: GameState, treaty: Partial<Treaty>, opponent: ActorId): boolean {
  if (!treaty.against) return true;
  const L = lookup(state.scenario);
  for (const x of treaty.against) {
    if (x === opponent || state.ties[L.pair[x]![opponent]!]?.kind === 'alliance') return true;
  }
  return false;
}

/**
 * What a tie obliges one side to deliver when the other calls on it in a crisis against `opponent`, as the
 * crisis's initiator or its target: anyone owes at least not to take the other side (1); a treaty owes its aid when
 * its terms cover the case — an offensive one always, a defensive or consultative one only to a partner attacked,
 * a neutrality pact never.
 */
export function obligation(state: GameState, tie: TieState | Treaty | undefined, kind: Tie, callerInitiated: boolean, opponent: ActorId): SupportLevel {
  if (!tie || kind === 'none' || !tie.terms) return 1;
  if (!aimedAt(state, tie, opponent)) return 1;
  switch (tie.terms) {
    case 'offensive':
      return AID[kind];
    case 'defensive':
      return callerInitiated ? 1 : AID[kind];
    case 'consultation':
      return callerInitiated ? 1 : (Math.min(AID[kind], 2) as SupportLevel);
    case 'neutrality':
      return 1;
  }
}

/** What `callee` owes `caller` in the state as it is, with `caller` initiator or target against `opponent`. */
export function owed(state: GameState, callee: ActorId, caller: ActorId, callerInitiated: boolean, opponent: ActorId): SupportLevel {
  const tie = state.ties[lookup(state.scenario).pair[callee]![caller]!];
  return obligation(state, tie, tie?.kind ?? 'none', callerInitiated, opponent);
}

/**
 * What a tie of one kind between the actors of indexes `a` and `p` commits each side to, under the treaty the pair
 * holds or would sign (termsAt): the backing `p` owes `a` where `a` defends, the crises of each in which the other
 * owes it support, and what the terms promise a partner attacked. The valuing of ties and the turn's slow forces read
 * it for every tie, every turn. A treaty aimed at no one commits the same whatever ties the others hold, so what is
 * read for a pair and kind stands as long as the pair's terms do (Lookup.commitments); one aimed at named powers owes
 * against their allies too (aimedAt), and is read again for each table of ties.
 */
export interface Commitment {
  /** The terms it was read for; for terms aimed at named powers, the table of ties too (null for others). */
  treaty: Readonly<Treaty>;
  ties: GameState['ties'] | null;
  /** cover[i]: the share of full backing (backingOf) `p` owes `a` against the challenger of the i-th rivalry where `a`
   *  defends (Lookup.defendsAt); 0 where `p` is that challenger, passed over by every rule that reads it. */
  cover: number[];
  /** The crises of `a` (crisesOwed) in which `p` owes it support (obligation 2 or more), a crisis against `p` itself
   *  left out, and the level owed in each (backedAt). */
  backed: Side[];
  backedAt: SupportLevel[];
  /** The crises of `p` in which `a` owes it support, a crisis against `a` left out, and the level owed in each. */
  owed: Side[];
  owedAt: SupportLevel[];
  /** The share of full backing the terms promise a partner attacked. */
  promised: number;
}

/** What a tie of `kind` between the actors of indexes `a` and `p`, whose pair holds `held` (its record in
 *  GameState.ties, if any), commits each side to in `state` (see Commitment). */
export function commitmentAt(state: GameState, L: Lookup, a: number, p: number, kind: Exclude<Tie, 'none'>, held: TieState | undefined): Commitment {
  const at = a * L.ids.length + p;
  const treaty = termsAt(L, at, held, kind);
  const slot = 2 * at + (kind === 'alliance' ? 1 : 0);
  const known = L.commitments[slot];
  if (known !== undefined && (treaty.against ? known.treaty === treaty && known.ties === state.ties : !known.treaty.against && known.treaty.terms === treaty.terms)) return known;
  const found = readCommitment(state, L, a, p, kind, treaty);
  L.commitments[slot] = found;
  return found;
}

/** The crises of `side` (by index) in which the treaty owes it backing (words or more) against someone other than its
 *  partner `partner`, and the level owed in each, in crisesOwed's order. */
function backingOwed(state: GameState, L: Lookup, side: number, partner: number, kind: Exclude<Tie, 'none'>, treaty: Readonly<Treaty>): { sides: Side[]; levels: SupportLevel[] } {
  const sides: Side[] = [];
  const levels: SupportLevel[] = [];
  for (const x of crisesOwed(state, L, side, kind, treaty)) {
    if (x.at === partner) continue;
    const level = obligation(state, treaty, kind, x.initiated, x.opponent ?? '');
    if (level < 2) continue;
    sides.push(x);
    levels.push(level);
  }
  return { sides, levels };
}

function readCommitment(state: GameState, L: Lookup, a: number, p: number, kind: Exclude<Tie, 'none'>, treaty: Readonly<Treaty>): Commitment {
  const cover: number[] = [];
  for (const d of L.defendsAt[a]!) cover.push(d.at === p ? 0 : backingOf(obligation(state, treaty, kind, false, d.challenger)));
  const { sides: backed, levels: backedAt } = backingOwed(state, L, a, p, kind, treaty);
  const { sides: owed, levels: owedAt } = backingOwed(state, L, p, a, kind, treaty);
  const promised = backingOf(obligation(state, treaty, kind, false, treaty.against?.[0] ?? ''));
  return { treaty, ties: treaty.against ? state.ties : null, cover, backed, backedAt, owed, owedAt, promised };
}

/** The crises of the actor of index `a` (Lookup.crisesAt) in which a tie of `kind` under `treaty` may owe something
 *  (see obligation): all of them, or only those where the actor is attacked when the treaty is aimed at no one and
 *  owes nothing to an actor that starts a crisis (as defensive and consultative treaties do). The others would be
 *  passed over. */
function crisesOwed(state: GameState, L: Lookup, a: number, kind: Tie, treaty: Readonly<Treaty>): Side[] {
  if (treaty.against || obligation(state, treaty, kind, true, '') >= 2) return L.crisesAt[a]!;
  return L.attackedAt[a]!;
}

/** What a tied actor expects of the other outside a called crisis (a dispute, a signal, a crisis the partner starts
 *  against it): the aid the tie promises, or only restraint under a neutrality pact or with no tie. */
export function expectedOfTie(tie: TieState | undefined): SupportLevel {
  if (!tie || tie.kind === 'none' || tie.terms === 'neutrality') return 1;
  return AID[tie.kind];
}

/** What `a` expects of `b` outside a called crisis, from the tie they hold. */
export function expectedOf(state: GameState, a: ActorId, b: ActorId): SupportLevel {
  return expectedOfTie(state.ties[lookup(state.scenario).pair[a]![b]!]);
}
