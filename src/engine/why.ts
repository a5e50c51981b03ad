// Why a turn moved what it moved: every change of every actor's metrics, of every trust and of every grievance, broken
// into its causes — the ties settled, each event decided, each crisis, the ageing of ties, and each slow force.
// `explainTurn` resolves a turn exactly as `applyDecisions` does while noting, around each of its steps, what that step
// changed; the parts add up to the whole change. When no turn is being explained, the steps are run and nothing is noted.
import { lookup } from './lookup';
import { METRICS, type ActorId, type GameState, type Metric } from './types';

/** What moved a metric, a trust or a grievance, as data (a screen puts it into words). */
export type Cause =
  /** Postures taken and the ties they settled: walking out of a tie is a lesson, and a grievance, to the one left. */
  | { kind: 'ties' }
  | { kind: 'event'; event: string; decider: ActorId }
  | { kind: 'crisis'; crisis: string }
  /** Grievances fading, strained ties breaking. */
  | { kind: 'ageing' }
  /** A treaty's unequal clauses chafing on the side they burden: grievance a year the tie holds. */
  | { kind: 'terms' }
  /** Trade with tied partners, as far as each counts on the other. */
  | { kind: 'trade' }
  /** Security settling toward the threats it faces, less its partners' backing. */
  | { kind: 'threats' }
  /** Autonomy settling below freedom by the obligations its ties are expected to call on, and those paid. */
  | { kind: 'obligations' }
  /** Influence settling toward what weaker partners' reliance gives it. */
  | { kind: 'reliance' }
  /** Economy and stability settling back toward their rest level. */
  | { kind: 'rest' };

export interface Part {
  cause: Cause;
  amount: number;
}

export interface Why {
  /** metrics[actor][metric]: the parts of the turn's change, in the order they happened. */
  metrics: Record<ActorId, Record<Metric, Part[]>>;
  /** trust[a][b]: the parts of the change of a's trust in b. */
  trust: Record<ActorId, Record<ActorId, Part[]>>;
  /** grievance[a][b]: the parts of the change of a's grievance against b (what a tie can bear before it breaks). */
  grievance: Record<ActorId, Record<ActorId, Part[]>>;
}

/** The turn being explained, if one is. */
interface Noted {
  actor: ActorId;
  metric: Metric;
  cause: Cause;
  amount: number;
}
let noting: { why: Why; parts: Noted[] } | null = null;

function snapshot(s: GameState): { metrics: number[]; trust: number[]; grievance: number[] } {
  const { ids } = lookup(s.scenario);
  const metrics: number[] = [];
  for (const a of ids) {
    const m = s.metrics[a]!;
    for (const k of METRICS) metrics.push(m[k]);
  }
  return { metrics, trust: s.trust.slice(), grievance: s.grievance.slice() };
}

function add(list: Part[], cause: Cause, amount: number): void {
  if (amount !== 0) list.push({ cause, amount });
}

/**
 * Run one step of a turn on `s`. While a turn is explained, what the step changed is noted against `cause` — less
 * what the step itself noted against finer causes (part).
 */
export function step(s: GameState, cause: Cause, run: () => void): void {
  if (!noting) return run();
  const before = snapshot(s);
  const outer = noting.parts;
  noting.parts = [];
  run();
  const parts = noting.parts;
  noting.parts = outer;
  const after = snapshot(s);
  const { ids, index, rows } = lookup(s.scenario);
  const n = ids.length;
  const { why } = noting;
  let i = 0;
  for (const a of ids) {
    for (const k of METRICS) {
      let rest = after.metrics[i]! - before.metrics[i]!;
      for (const p of parts) {
        if (p.actor !== a || p.metric !== k) continue;
        add(why.metrics[a]![k], p.cause, p.amount);
        rest -= p.amount;
      }
      // What the finer parts leave over (a clamp at 0 or 100) stays with the step's own cause.
      if (Math.abs(rest) > 1e-12) add(why.metrics[a]![k], cause, rest);
      i++;
    }
    const row = index[a]! * n;
    for (const { other: b, at } of rows[a]!) {
      add(why.trust[a]![b]!, cause, after.trust[row + at]! - before.trust[row + at]!);
      add(why.grievance[a]![b]!, cause, after.grievance[row + at]! - before.grievance[row + at]!);
    }
  }
}

/** Whether a turn is being explained now: steps that note finer parts need only read them then. */
export const explainingNow = (): boolean => noting !== null;

/** Within a step, a part of one metric's change that has a finer cause than the step's. */
export function part(actor: ActorId, metric: Metric, cause: Cause, amount: number): void {
  noting?.parts.push({ actor, metric, cause, amount });
}

/** Resolve a turn with `resolve` (applyDecisions, passed in to keep this module below it) and say why each change came. */
export function explaining<T>(state: GameState, resolve: () => T): { result: T; why: Why } {
  const { ids, others } = lookup(state.scenario);
  const why: Why = { metrics: {}, trust: {}, grievance: {} };
  for (const a of ids) {
    why.metrics[a] = { security: [], economy: [], influence: [], autonomy: [], stability: [] };
    why.trust[a] = Object.fromEntries(others[a]!.map((b) => [b, []]));
    why.grievance[a] = Object.fromEntries(others[a]!.map((b) => [b, []]));
  }
  if (noting) throw new Error('a turn is already being explained');
  noting = { why, parts: [] };
  try {
    return { result: resolve(), why };
  } finally {
    noting = null;
  }
}
