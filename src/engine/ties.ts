// How ties follow postures, how leaving an alliance costs reputation, and how grievance or lost trust break a tie.
import { lookup } from './lookup';
import { GRIEVANCE_WEIGHT, POSTURE_RANK, TIE_RANK, TRUST_FLOOR, cooling, pairKey, tieFromPostures } from './relations';
import { bayesTrust } from './trust';
import type { ActorId, GameState, TieChange } from './types';

/** Trust everyone else keeps in an actor that walks out of an alliance. */
export const ABROGATION_REPUTATION = 0.9;
/** Grievance the abandoned ally takes from an abrogation. */
export const ABROGATION_GRIEVANCE = 2;

function setNone(state: GameState, a: ActorId, b: ActorId, cooldown: boolean): void {
  const key = pairKey(a, b);
  state.ties[key] = { kind: 'none', since: state.turn, cooldownUntil: cooldown ? state.turn + state.scenario.rules.cooldownTurns + 1 : 0 };
}

/** Bring every tie in line with the postures just chosen. */
export function settleTies(state: GameState, changes: TieChange[]): void {
  const { ids, pairs } = lookup(state.scenario);
  for (const { a, b, key } of pairs) {
    const current = state.ties[key];
    const from = current?.kind ?? 'none';
    const to = cooling(state, key) ? 'none' : tieFromPostures(state.postures[a]![b]!, state.postures[b]![a]!);
    if (to === from) continue;
    if (TIE_RANK[to] > TIE_RANK[from]) {
      state.ties[key] = { kind: to, since: state.turn, cooldownUntil: 0 };
      changes.push({ a, b, from, to, reason: 'formed' });
      continue;
    }
    // Lowered: whoever dropped below the tie is the one who walked away.
    const leavers = [a, b].filter((x) => POSTURE_RANK[state.postures[x]![x === a ? b : a]!] < TIE_RANK[from]);
    for (const leaver of leavers) {
      const other = leaver === a ? b : a;
      state.grievance[other]![leaver]! += from === 'alliance' ? ABROGATION_GRIEVANCE : GRIEVANCE_WEIGHT.partnership;
      state.trust[other]![leaver] = bayesTrust(state.trust[other]![leaver]!, false, 0);
      if (from === 'alliance') {
        for (const id of ids) if (id !== leaver && id !== other) state.trust[id]![leaver]! *= ABROGATION_REPUTATION;
      }
    }
    if (to === 'none') delete state.ties[key];
    else state.ties[key] = { kind: to, since: current?.since ?? state.turn, cooldownUntil: 0 };
    changes.push({ a, b, from, to, reason: from === 'alliance' ? 'abrogated' : 'lowered' });
  }
}

/** Ties whose grievances passed the threshold, or whose trust fell below the floor they need, break. */
export function breakStrainedTies(state: GameState, changes: TieChange[]): void {
  const limit = state.scenario.rules.breakThreshold;
  for (const { a, b, key } of lookup(state.scenario).pairs) {
    const tie = state.ties[key];
    if (!tie || tie.kind === 'none') continue;
    const grievance = Math.max(state.grievance[a]![b]!, state.grievance[b]![a]!);
    const trust = Math.min(state.trust[a]![b]!, state.trust[b]![a]!);
    const reason = grievance > limit ? 'grievance' : trust < TRUST_FLOOR[tie.kind] ? 'trust' : null;
    if (!reason) continue;
    changes.push({ a, b, from: tie.kind, to: 'none', reason });
    setNone(state, a, b, true);
    // Neither side can hold a warmer posture toward the other than the broken tie now allows.
    state.postures[a]![b] = 'hedge';
    state.postures[b]![a] = 'hedge';
  }
}
