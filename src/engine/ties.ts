// How ties follow postures, how leaving an alliance costs reputation, and how grievance or lost trust break a tie.
import { ABROGATION_GRIEVANCE, ABROGATION_WITNESS, GRIEVANCE_WEIGHT, TRUST_FLOOR, turnRates } from './coefficients';
import { lookup } from './lookup';
import { pairAt } from './pairs';
import { POSTURE_RANK, TIE_RANK, coolingTie, pairKey, tieFromPostures, tiesHeld, yearsPerTurn, type HeldTie } from './relations';
import { treatyFor } from './treaty';
import { copyIdTable } from './table';
import { learn } from './trust';
import type { ActorId, GameState, Posture, Tie, TieChange, TieState, Treaty } from './types';

/** Changes to the table of ties that rules make together (a turn's settling, or its breaking), by pair key (null:
 *  take the pair out), put in at once when they are all known (putTies). */
type TieEdits = [key: string, record: TieState | null][];

/** The tables of ties made lately, the last used first, each with the table it was made from and its edits. */
const made: { from: GameState['ties']; edits: TieEdits; ties: GameState['ties'] }[] = [];

/**
 * Put `edits` into the ties of `state`, which are `from`. The table is replaced, never changed in place: a state shares
 * its ties with the one before until one of them changes (see cloneState), and most turns change none. The futures
 * the look-ahead samples from a position play the same posture moves of the personas, and so make the same ties: a
 * table made lately from the same table by the same edits is taken again rather than copied, and what is read of a
 * table (tiesHeld) is read once for them all.
 */
function putTies(state: GameState, from: GameState['ties'], edits: TieEdits): void {
  if (edits.length === 0) return;
  let i = 0;
  while (i < made.length && !(made[i]!.from === from && sameEdits(made[i]!.edits, edits))) i++;
  const found = i < made.length ? made[i]! : { from, edits, ties: edited(from, edits) };
  // Put first, those before it moved down one in place over it (or over the last, dropped, when the list is full):
  // splicing and unshifting made an array at every settling of the look-ahead's futures.
  for (let k = Math.min(i, MADE_KEPT - 1); k > 0; k--) made[k] = made[k - 1]!;
  made[0] = found;
  state.ties = found.ties;
}

/** How many tables of ties made lately are kept (see putTies). */
const MADE_KEPT = 8;

/** A copy of the table `from` with `edits` put in, in their order. */
function edited(from: GameState['ties'], edits: TieEdits): GameState['ties'] {
  const ties = copyIdTable(from);
  for (const [key, record] of edits) {
    if (record) ties[key] = record;
    else delete ties[key];
  }
  return ties;
}

function sameEdits(x: TieEdits, y: TieEdits): boolean {
  if (x.length !== y.length) return false;
  for (let k = 0; k < x.length; k++) if (x[k]![0] !== y[k]![0] || !sameRecord(x[k]![1], y[k]![1])) return false;
  return true;
}

/** Whether two tie records hold the same (their treaty's aims and clauses shared records, as treatyFor gives them). */
function sameRecord(x: TieState | null, y: TieState | null): boolean {
  if (x === null || y === null) return x === y;
  return x.kind === y.kind && x.since === y.since && x.cooldownUntil === y.cooldownUntil && x.terms === y.terms && x.against === y.against && x.burden === y.burden;
}

function setNone(state: GameState, edits: TieEdits, a: ActorId, b: ActorId, cooldown: boolean): void {
  edits.push([pairKey(a, b), { kind: 'none', since: state.turn, cooldownUntil: cooldown ? state.turn + state.scenario.rules.cooldownTurns + 1 : 0 }]);
}

/** A tie record of `kind` for the pair, under the treaty it holds or would sign. */
export function tieRecord(state: GameState, a: ActorId, b: ActorId, kind: Exclude<Tie, 'none'>, since: number): TieState {
  return recordUnder(treatyFor(state, a, b, kind), kind, since);
}

/** A tie record of `kind`, dated `since`, under `treaty`. */
export function recordUnder({ terms, against, burden }: Readonly<Treaty>, kind: Exclude<Tie, 'none'>, since: number): TieState {
  return { kind, since, cooldownUntil: 0, terms, ...(against ? { against } : {}), ...(burden ? { burden } : {}) };
}

/**
 * The records of postures whose ties are settled, each with the table of ties it was settled with. A state the rules
 * made (newGame, a turn) holds every tie its postures agree on, and a turn on it need settle only the pairs whose
 * postures it changes (a pair cooling down hedges on both sides until its tie may form again). A state whose postures
 * or ties were put together another way is settled whole. Postures records and tables of ties are replaced, never
 * changed in place, once a state is made (see cloneState), so a record found here still holds what it held.
 */
const settledWith = new WeakMap<GameState['postures'], GameState['ties']>();

/** Note that the state's ties are those its postures agree on (see settledWith). */
export function markSettled(state: GameState): void {
  settledWith.set(state.postures, state.ties);
}

/** Whether the state's ties are known to be those its postures agree on (see settledWith). */
export function tiesSettled(state: GameState): boolean {
  return settledWith.get(state.postures) === state.ties;
}

/** Bring the ties in line with the postures just chosen: every pair, or only those `moved` marks (by actor indexes,
 *  a × actors + b, both ways) on a state whose ties were settled (tiesSettled) — the pairs whose postures changed. */
export function settleTies(state: GameState, changes: TieChange[], moved?: readonly boolean[]): void {
  const { ids, rows } = lookup(state.scenario);
  const n = ids.length;
  const { postures, ties: from } = state;
  const edits: TieEdits = [];
  // Every pair once, in the order of L.pairs (each actor with those after it), each actor's row read once. Each pair
  // reads only its own record, which the edits of the others leave as it was.
  for (let i = 0; i < ids.length; i++) {
    const a = ids[i]!;
    const mine = postures[a]!;
    for (const { other: b, at, pair: key } of rows[a]!) {
      if (at > i && (!moved || moved[i * n + at])) settlePair(state, changes, edits, ids, a, b, key, mine[b]!);
    }
  }
  putTies(state, from, edits);
}

/** settleTies for one pair, `a` (whose posture toward `b` is `toB`) before `b` in the order of the actors: a change
 *  of its tie goes into `edits`. */
function settlePair(state: GameState, changes: TieChange[], edits: TieEdits, ids: readonly ActorId[], a: ActorId, b: ActorId, key: string, toB: Posture): void {
  const current = state.ties[key];
  const from = current?.kind ?? 'none';
  const to = coolingTie(state, current) ? 'none' : tieFromPostures(toB, state.postures[b]![a]!);
  if (to === from) return;
  if (TIE_RANK[to] > TIE_RANK[from]) {
    edits.push([key, tieRecord(state, a, b, to as Exclude<Tie, 'none'>, state.turn)]);
    changes.push({ a, b, from, to, reason: 'formed' });
    return;
  }
  for (const leaver of walkedOut(state, a, b, from)) {
    const other = leaver === a ? b : a;
    state.grievance[pairAt(state.scenario, other, leaver)]! += from === 'alliance' ? ABROGATION_GRIEVANCE : GRIEVANCE_WEIGHT.partnership;
    learn(state, other, leaver, false, 0);
    // Walking out of an alliance is seen by everyone: evidence that the leaver does not keep its word.
    if (from === 'alliance') for (const id of ids) if (id !== leaver && id !== other) learn(state, id, leaver, false, 0, ABROGATION_WITNESS);
  }
  edits.push([key, to === 'none' ? null : tieRecord(state, a, b, to as Exclude<Tie, 'none'>, current?.since ?? state.turn)]);
  changes.push({ a, b, from, to, reason: from === 'alliance' ? 'abrogated' : 'lowered' });
}

/** Who walked out of the pair's tie of kind `from`, as its postures now stand: whoever dropped below the tie. */
export function walkedOut(state: GameState, a: ActorId, b: ActorId, from: Tie): ActorId[] {
  return [a, b].filter((x) => POSTURE_RANK[state.postures[x]![x === a ? b : a]!] < TIE_RANK[from]);
}

/** Unequal clauses weigh on the side that resents them every year the tie holds: a tie ages (rules v3). */
export function chafe(state: GameState): void {
  const years = yearsPerTurn(state.scenario);
  const { ids, index } = lookup(state.scenario);
  const n = ids.length;
  const held = tiesHeld(state);
  // The ties held, in the order of L.pairs (see breakStrainedTies).
  for (let i = 0; i < n; i++) {
    for (const { at, tie } of held[i]!) {
      if (at < i || !tie.burden) continue;
      // The side that resents the clause, against the other.
      const resents = index[tie.burden.actor]!;
      const other = resents === i ? at : i;
      state.grievance[resents * n + other]! += tie.burden.grievancePerYear * years;
    }
  }
}

/** Ties whose grievances passed the threshold, or whose trust fell below the floor they need, break. */
export function breakStrainedTies(state: GameState, changes: TieChange[]): void {
  const limit = state.scenario.rules.breakThreshold;
  const { ids } = lookup(state.scenario);
  const n = ids.length;
  // The ties held when the check begins (a tie broken replaces the table, not these lists), in the order of L.pairs:
  // each actor's with those after it, read from the lists every turn's figures read (tiesHeld) rather than by pair.
  const held = tiesHeld(state);
  const edits: TieEdits = [];
  for (let i = 0; i < n; i++) {
    for (const { other: b, at, tie } of held[i]!) {
      if (at > i) breakIfStrained(state, changes, edits, limit, ids[i]!, b, i * n + at, at * n + i, tie);
    }
  }
  putTies(state, state.ties, edits);
}

/** breakStrainedTies for the tie `tie` the pair holds, `a` before `b` in the order of the actors, whose figures are
 *  at `ab` and `ba` in the tables (pairAt): a break goes into `edits`. */
function breakIfStrained(state: GameState, changes: TieChange[], edits: TieEdits, limit: number, a: ActorId, b: ActorId, ab: number, ba: number, tie: HeldTie['tie']): void {
  const reason = strainAt(state, a, b, ab, ba, tie.kind, limit)?.reason;
  if (!reason) return;
  changes.push({ a, b, from: tie.kind, to: 'none', reason });
  setNone(state, edits, a, b, true);
  // Neither side can hold a warmer posture toward the other than the broken tie now allows (new rows: see cloneState).
  state.postures[a] = { ...state.postures[a]!, [b]: 'hedge' };
  state.postures[b] = { ...state.postures[b]!, [a]: 'hedge' };
}

/**
 * What strains the pair's tie of `kind` past bearing, if anything, and whose doing it is: a grievance of either side
 * toward the other above `limit` (the scenario's breakThreshold), else the trust of either side in the other below
 * what the tie needs (TRUST_FLOOR). `by` lists the sides it comes from (one or both).
 */
export function strainOn(state: GameState, a: ActorId, b: ActorId, kind: Tie, limit = state.scenario.rules.breakThreshold): { reason: 'grievance' | 'trust'; by: ActorId[] } | null {
  return strainAt(state, a, b, pairAt(state.scenario, a, b), pairAt(state.scenario, b, a), kind, limit);
}

/** strainOn, for a pair whose figures are at `ab` (a's toward b) and `ba` in the state's tables (pairAt). */
function strainAt(state: GameState, a: ActorId, b: ActorId, ab: number, ba: number, kind: Tie, limit: number): { reason: 'grievance' | 'trust'; by: ActorId[] } | null {
  // Read without lists first: most ties, checked every turn, bear their strain.
  const aHurt = state.grievance[ab]! > limit;
  const bHurt = state.grievance[ba]! > limit;
  if (aHurt || bHurt) return { reason: 'grievance', by: sides(a, aHurt, b, bHurt) };
  const floor = TRUST_FLOOR[kind];
  const aDoubts = state.trust[ab]! < floor;
  const bDoubts = state.trust[ba]! < floor;
  return aDoubts || bDoubts ? { reason: 'trust', by: sides(a, aDoubts, b, bDoubts) } : null;
}

/** The grievances the pair's tie will bear at this turn's end if nothing else happens, as the turn's ageing leaves
 *  them (endOfTurn): each side's against the other, with what walking out of the tie adds to the other's (settleTies:
 *  a side whose posture `postures` gives drops below the tie) and what the turn's deeds add after it (`added`: an
 *  event's support falling short, see grievanceAheadAfterOption), faded by a turn, and what the unequal terms of the
 *  tie then held add; the tie the postures leave (`tie`); and the threshold past which the tie breaks
 *  (breakStrainedTies). What a player is warned of before the tie breaks, under the postures as they stand or as chosen. */
export function grievanceAhead(
  state: GameState,
  a: ActorId,
  b: ActorId,
  postures: { a?: Posture; b?: Posture } = {},
  added: { a?: number; b?: number } = {},
): { a: number; b: number; limit: number; tie: Tie; burden: { actor: ActorId; perYear: number } | null; walkOut: { a: number; b: number } } {
  const years = yearsPerTurn(state.scenario);
  const kept = turnRates(years).grievanceKept;
  const tie = state.ties[lookup(state.scenario).pair[a]![b]!];
  const from = tie?.kind ?? 'none';
  const pa = postures.a ?? state.postures[a]![b]!;
  const pb = postures.b ?? state.postures[b]![a]!;
  const to = tieFromPostures(pa, pb);
  // What each side's walking out adds to the other's grievance against it, as settleTies adds it.
  const walk = (leaver: Posture) => (to !== from && POSTURE_RANK[leaver] < TIE_RANK[from] ? (from === 'alliance' ? ABROGATION_GRIEVANCE : GRIEVANCE_WEIGHT.partnership) : 0);
  const walkOut = { a: walk(pb), b: walk(pa) };
  const terms = to === from ? tie : to === 'none' ? undefined : treatyFor(state, a, b, to);
  const burden = terms && terms.burden ? { actor: terms.burden.actor, perYear: terms.burden.grievancePerYear } : null;
  // Added in the order the turn adds them: walking out as the ties settle, then the events' deeds.
  const ahead = (x: ActorId, y: ActorId, walk: number, deeds: number) => (state.grievance[pairAt(state.scenario, x, y)]! + walk + deeds) * kept + (burden?.actor === x ? burden.perYear * years : 0);
  return { a: ahead(a, b, walkOut.a, added.a ?? 0), b: ahead(b, a, walkOut.b, added.b ?? 0), limit: state.scenario.rules.breakThreshold, tie: to, burden, walkOut };
}

/** Of `a` and `b`, those marked, in that order. */
const sides = (a: ActorId, markA: boolean, b: ActorId, markB: boolean): ActorId[] => (markA && markB ? [a, b] : markA ? [a] : [b]);
