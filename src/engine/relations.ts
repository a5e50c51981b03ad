// Ties, postures, expectations and the small lookups every rule needs.
import { exp } from './exact';
import { lookup } from './lookup';
import { commitmentAt, type Commitment } from './treaty';
import type { ActorId, GameState, Posture, Scenario, Tie, TieState } from './types';

export function pairKey(a: ActorId, b: ActorId): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export function tieOf(state: GameState, a: ActorId, b: ActorId): Tie {
  return state.ties[lookup(state.scenario).pair[a]![b]!]?.kind ?? 'none';
}

/** Whether the pair keyed `key` is cooling down after a broken tie: until it ends, neither side may warm up. */
export function cooling(state: GameState, key: string): boolean {
  return coolingTie(state, state.ties[key]);
}

/** cooling, for a pair whose record in GameState.ties (if any) is already at hand. */
export function coolingTie(state: GameState, tie: TieState | undefined): boolean {
  return (tie?.cooldownUntil ?? 0) > state.turn;
}

/** How committed a tie, or a posture, is: none or hedge 0, partnership or partner 1, alliance or ally 2. The rules
 *  that ask it of every pair every turn call these: two comparisons cost less than a look-up by name in a table. */
export const tieRank = (kind: Tie): number => (kind === 'alliance' ? 2 : kind === 'partnership' ? 1 : 0);
export const postureRank = (posture: Posture): number => (posture === 'ally' ? 2 : posture === 'partner' ? 1 : 0);

export const TIE_RANK: Record<Tie, number> = { none: tieRank('none'), partnership: tieRank('partnership'), alliance: tieRank('alliance') };
export const POSTURE_RANK: Record<Posture, number> = { hedge: postureRank('hedge'), partner: postureRank('partner'), ally: postureRank('ally') };
export const TIE_BY_RANK: Tie[] = ['none', 'partnership', 'alliance'];
export const POSTURE_BY_RANK: Posture[] = ['hedge', 'partner', 'ally'];

/** The tie two postures agree on: the less committed of the two. */
export function tieFromPostures(p: Posture, q: Posture): Tie {
  return TIE_BY_RANK[Math.min(postureRank(p), postureRank(q))]!;
}

/** Combined power index of an actor (military counts most in a crisis). */
export function powerOf(state: GameState, id: ActorId): number {
  const p = state.power[id]!;
  return 0.7 * p.military + 0.3 * p.economic;
}

/** How much a clash in a theatre touches an actor: as the scenario says, else 1 for its rivals and 0 for others. */
export function exposureOf(scenario: Scenario, theatreId: string, actor: ActorId): number {
  return lookup(scenario).exposure.get(theatreId)?.[actor] ?? 0;
}

/** Actors tied to `id`, with the kind of tie. */
export function partnersOf(state: GameState, id: ActorId): { id: ActorId; tie: Tie }[] {
  const out: { id: ActorId; tie: Tie }[] = [];
  for (const { other, pair } of lookup(state.scenario).rows[id]!) {
    const tie = state.ties[pair];
    if (tie && tie.kind !== 'none') out.push({ id: other, tie: tie.kind });
  }
  return out;
}

/** A tie an actor holds: the other side (and its index among the actors), the tie's record, and what it commits the
 *  two to, seen from the actor (commitmentAt). */
export interface HeldTie {
  other: ActorId;
  at: number;
  tie: TieState & { kind: Exclude<Tie, 'none'> };
  commitment: Commitment;
}

/**
 * What is read of a table of ties (and the scenario), kept for the last few tables read. A table is replaced, never
 * changed, when a tie changes (see putTies), and most turns change none: the states of a game, and the futures the
 * look-ahead plays from one position, share a table for turns on end, and every turn reads it. Only what a table
 * alone decides may be kept so.
 */
export class TiesReading<T> {
  private readonly known: { ties: GameState['ties']; scenario: Scenario; value: T }[] = [];

  constructor(private readonly read: (state: GameState) => T) {}

  of(state: GameState): T {
    for (const k of this.known) if (k.ties === state.ties && k.scenario === state.scenario) return k.value;
    const value = this.read(state);
    this.known.unshift({ ties: state.ties, scenario: state.scenario, value });
    if (this.known.length > 4) this.known.pop();
    return value;
  }
}

/** The ties each actor holds, by actor index, each list in the order of the actor's rows: read once where rules
 *  walk every actor's ties (the pairs come in the order of the actors, so each list does too). The lists are shared:
 *  never to be changed. */
export function tiesHeld(state: GameState): HeldTie[][] {
  return heldOf.of(state);
}

const heldOf = new TiesReading(readHeld);

function readHeld(state: GameState): HeldTie[][] {
  const L = lookup(state.scenario);
  const held: HeldTie[][] = L.ids.map(() => []);
  for (const { a, b, key } of L.pairs) {
    const tie = state.ties[key];
    if (!tie || tie.kind === 'none') continue;
    const i = L.index[a]!;
    const j = L.index[b]!;
    held[i]!.push({ other: b, at: j, tie: tie as HeldTie['tie'], commitment: commitmentAt(state, L, i, j, tie.kind, tie) });
    held[j]!.push({ other: a, at: i, tie: tie as HeldTie['tie'], commitment: commitmentAt(state, L, j, i, tie.kind, tie) });
  }
  return held;
}

/** The ties one actor holds, in the order of its rows (as tiesHeld). */
export function tiesOf(state: GameState, actor: ActorId): HeldTie[] {
  const L = lookup(state.scenario);
  const out: HeldTie[] = [];
  for (const { other, pair } of L.rows[actor]!) {
    const tie = state.ties[pair];
    if (tie && tie.kind !== 'none') out.push({ other, at: L.index[other]!, tie: tie as HeldTie['tie'], commitment: commitmentAt(state, L, L.index[actor]!, L.index[other]!, tie.kind, tie) });
  }
  return out;
}

/** Years one turn of the scenario stands for. */
export const yearsPerTurn = (scenario: Scenario): number => scenario.monthsPerTurn / 12;

export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

export const sigmoid = (x: number): number => 1 / (1 + exp(-x));
