// One turn: check every actor's decisions, then resolve them into the next state.
import {
  AUTONOMY_PER_PAID,
  BLOC_TENSION,
  GRIEVANCE_KEPT_PER_YEAR,
  METRIC_RATE_PER_YEAR,
  METRIC_REST,
  TENSION_RATE_PER_YEAR,
  TRADE_PER_YEAR,
  WAR,
  keptPerTurn,
  perTurn,
} from './coefficients';
import { resolveCrisis } from './crisis';
import { deal } from './deal';
import { applyChoice } from './effects';
import { autonomyTargetIn, figuresOf, influenceTargetIn, rivalryHazards, securityTargetIn } from './future';
import { clamp, cooling, yearsPerTurn } from './relations';
import { restoreRng } from './rng';
import { lookup } from './lookup';
import { cloneState, lastTurn } from './state';
import { breakStrainedTies, chafe, settleTies } from './ties';
import { forget } from './trust';
import {
  POSTURES,
  SUPPORT_LEVELS,
  err,
  ok,
  type ActorId,
  type Decisions,
  type GameState,
  type Posture,
  type Result,
  type SupportLevel,
  type TurnRecord,
} from './types';

export type DecisionErrorCode =
  | 'game-over'
  | 'unknown-actor'
  | 'illegal-posture'
  | 'unknown-call'
  | 'illegal-answer'
  | 'unknown-choice';

export interface DecisionError {
  code: DecisionErrorCode;
  actor: ActorId;
  message: string;
}

export interface LegalOptions {
  postures: Record<ActorId, readonly Posture[]>;
  calls: { id: string; crisis: string; caller: ActorId; expected: SupportLevel; levels: SupportLevel[] }[];
  choices: { id: string; event: string; options: string[] }[];
}

const ANY_POSTURE: readonly Posture[] = POSTURES;
const HEDGE_ONLY: readonly Posture[] = ['hedge'];

/** Postures an actor may take toward another: a pair whose tie just broke cannot warm up until its cooldown ends. */
export function legalPostures(state: GameState, actor: ActorId, other: ActorId): readonly Posture[] {
  return cooling(state, lookup(state.scenario).pair[actor]![other]!) ? HEDGE_ONLY : ANY_POSTURE;
}

export function legalOptions(state: GameState, actor: ActorId): LegalOptions {
  const postures: Record<ActorId, readonly Posture[]> = {};
  for (const { other, pair } of lookup(state.scenario).rows[actor]!) postures[other] = cooling(state, pair) ? HEDGE_ONLY : ANY_POSTURE;
  return { postures, calls: legalCalls(state, actor), choices: legalChoices(state, actor) };
}

/** The calls `actor` must answer this turn, with the levels it may answer at. */
export function legalCalls(state: GameState, actor: ActorId): LegalOptions['calls'] {
  const calls: LegalOptions['calls'] = [];
  for (const c of state.agenda.crises) {
    for (const call of c.calls) if (call.callee === actor) calls.push({ id: call.id, crisis: c.id, caller: call.caller, expected: call.expected, levels: [...SUPPORT_LEVELS] });
  }
  return calls;
}

/** The events `actor` decides this turn, with their options. */
export function legalChoices(state: GameState, actor: ActorId): LegalOptions['choices'] {
  const choices: LegalOptions['choices'] = [];
  for (const ch of state.agenda.choices) if (ch.decider === actor) choices.push({ id: ch.id, event: ch.event, options: lookup(state.scenario).event.get(ch.event)!.choices!.map((c) => c.id) });
  return choices;
}

export function checkDecisions(state: GameState, decisions: Decisions): DecisionError[] {
  const errors: DecisionError[] = [];
  if (state.ending) return [{ code: 'game-over', actor: '', message: `The game is over (${state.ending.reason} on turn ${state.ending.turn}); no more decisions are accepted.` }];
  const actorIds = lookup(state.scenario).actor;
  const callOf = (id: string) => {
    for (const c of state.agenda.crises) for (const call of c.calls) if (call.id === id) return call;
    return undefined;
  };
  for (const actor in decisions) {
    const d = decisions[actor]!;
    if (!actorIds.has(actor)) {
      errors.push({ code: 'unknown-actor', actor, message: `There is no actor '${actor}' in this scenario.` });
      continue;
    }
    for (const other in d.postures) {
      const posture = d.postures[other]!;
      if (!actorIds.has(other) || other === actor) {
        errors.push({ code: 'unknown-actor', actor, message: `${actor} cannot take a posture toward '${other}'.` });
      } else if (!legalPostures(state, actor, other).includes(posture)) {
        errors.push({ code: 'illegal-posture', actor, message: `${actor} cannot take the posture '${posture}' toward ${other} now.` });
      }
    }
    for (const callId in d.answers) {
      const level = d.answers[callId]!;
      const call = callOf(callId);
      if (!call || call.callee !== actor) {
        errors.push({ code: 'unknown-call', actor, message: `${actor} was not called on in '${callId}' this turn.` });
      } else if (!(SUPPORT_LEVELS as readonly number[]).includes(level)) {
        errors.push({ code: 'illegal-answer', actor, message: `${actor}'s answer to '${callId}' must be 0, 1, 2 or 3, got ${String(level)}.` });
      }
    }
    for (const instanceId in d.choices) {
      const choiceId = d.choices[instanceId]!;
      const instance = state.agenda.choices.find((c) => c.id === instanceId);
      const event = instance && lookup(state.scenario).event.get(instance.event);
      if (!instance || instance.decider !== actor || !event) {
        errors.push({ code: 'unknown-choice', actor, message: `${actor} has no decision '${instanceId}' to make this turn.` });
      } else if (!event.choices!.some((c) => c.id === choiceId)) {
        errors.push({ code: 'unknown-choice', actor, message: `'${choiceId}' is not one of the choices on '${event.title}'.` });
      }
    }
  }
  return errors;
}

/**
 * Resolve the current turn. Unmentioned postures stay as they are, an unanswered call counts as neutrality,
 * an undecided event takes its first choice. The given state is never changed.
 */
export function applyDecisions(state: GameState, decisions: Decisions): Result<GameState, DecisionError> {
  const errors = checkDecisions(state, decisions);
  if (errors.length > 0) return err(errors);

  const s = cloneState(state);
  const rng = restoreRng(s.rng);
  const record: TurnRecord = { turn: s.turn, decisions, crises: [], choices: [], tieChanges: [] };

  for (const [actor, d] of Object.entries(decisions)) Object.assign(s.postures[actor]!, d.postures ?? {});
  settleTies(s, record.tieChanges);

  for (const instance of s.agenda.choices) {
    const event = lookup(s.scenario).event.get(instance.event)!;
    const choice = decisions[instance.decider]?.choices?.[instance.id] ?? event.choices![0]!.id;
    applyChoice(s, event, choice, instance.decider);
    record.choices.push({ id: instance.id, event: event.id, decider: instance.decider, choice });
  }

  const answers = new Map<string, SupportLevel>();
  for (const d of Object.values(decisions)) for (const [callId, level] of Object.entries(d.answers ?? {})) answers.set(callId, level);
  let war: string | null = null;
  for (const crisis of s.agenda.crises) {
    const outcome = resolveCrisis(s, rng, crisis, answers);
    record.crises.push(outcome);
    if (outcome.escalated && isWar(s, crisis.initiator, crisis.target, crisis.severity, s.tension[crisis.theatre]!)) {
      war ??= `${crisis.initiator} and ${crisis.target} went to war`;
    }
  }

  endOfTurn(s, record);
  s.log.push(record);

  const collapsed = s.scenario.playable.find((id) => s.metrics[id]!.security <= 0 || s.metrics[id]!.stability <= 0);
  if (war) s.ending = { reason: 'war', turn: s.turn, detail: war };
  else if (collapsed) s.ending = { reason: 'collapse', turn: s.turn, detail: `${collapsed} collapsed` };
  else if (s.turn >= lastTurn(s)) s.ending = { reason: 'last-turn', turn: s.turn, detail: s.rules?.turns === undefined ? 'the scenario reached its last turn' : `the lesson's ${s.rules.turns} turns were played` };

  if (s.ending) s.agenda = { crises: [], choices: [] };
  else {
    s.turn++;
    deal(s, rng);
  }
  s.rng = rng.save();
  return ok(s);
}

/** A clash between two strong states in a theatre at the boiling point is a war, and ends the game. */
function isWar(s: GameState, a: ActorId, b: ActorId, severity: number, tension: number): boolean {
  const strongState = (id: ActorId) => lookup(s.scenario).actor.get(id)!.kind === 'state' && s.power[id]!.military >= WAR.military;
  return severity >= WAR.severity && tension >= WAR.tension && strongState(a) && strongState(b);
}

/** The slow forces of a turn, at their yearly rates: grievances fade and unequal terms chafe, ties strain, beliefs
 *  grow vaguer, power shifts, and each metric moves toward where the state of the world pushes it. */
function endOfTurn(s: GameState, record: TurnRecord): void {
  const L = lookup(s.scenario);
  const { ids, others, rows } = L;
  const years = yearsPerTurn(s.scenario);
  const grievanceKept = keptPerTurn(GRIEVANCE_KEPT_PER_YEAR, years);
  for (const a of ids) {
    const g = s.grievance[a]!;
    for (const b of others[a]!) g[b]! *= grievanceKept;
  }
  chafe(s);
  breakStrainedTies(s, record.tieChanges);
  forget(s);

  // Points each actor paid this turn backing others in clashes: obligations paid weigh on its freedom.
  const paid: Record<ActorId, number> = {};
  for (const c of record.crises) for (const a of c.answers) if (a.cost > 0) paid[a.callee] = (paid[a.callee] ?? 0) + a.cost;

  // A turn's share of each metric's yearly rate, the same for every actor.
  const rates = {
    autonomy: perTurn(METRIC_RATE_PER_YEAR.autonomy, years),
    economy: perTurn(METRIC_RATE_PER_YEAR.economy, years),
    security: perTurn(METRIC_RATE_PER_YEAR.security, years),
    influence: perTurn(METRIC_RATE_PER_YEAR.influence, years),
    stability: perTurn(METRIC_RATE_PER_YEAR.stability, years),
  };
  const rate = (m: keyof typeof rates) => rates[m];
  // Read once for every actor: nothing they read changes until the targets are all known.
  const figures = figuresOf(s);
  const hazards = rivalryHazards(s, figures.held);
  const targets = ids.map((a) => ({ security: securityTargetIn(figures, a), autonomy: autonomyTargetIn(figures, a, hazards), influence: influenceTargetIn(figures, a) }));
  ids.forEach((a, i) => {
    const m = s.metrics[a]!;
    const ownEconomy = s.power[a]!.economic;
    let trade = 0;
    for (const { other: b, pair } of rows[a]!) {
      const tie = s.ties[pair];
      // Practical cooperation pays the same under partnership and alliance, as far as each side counts on the
      // other to keep its side of the bargain.
      if (tie && tie.kind !== 'none') trade += (TRADE_PER_YEAR * years * s.trust[a]![b]! * s.power[b]!.economic) / (s.power[b]!.economic + ownEconomy + 1e-9);
    }
    m.autonomy = clamp(m.autonomy + rate('autonomy') * (targets[i]!.autonomy - m.autonomy) - AUTONOMY_PER_PAID * (paid[a] ?? 0), 0, 100);
    m.economy = clamp(m.economy + trade + rate('economy') * (METRIC_REST - m.economy), 0, 100);
    m.security = clamp(m.security + rate('security') * (targets[i]!.security - m.security), 0, 100);
    m.influence = clamp(m.influence + rate('influence') * (targets[i]!.influence - m.influence), 0, 100);
    m.stability = clamp(m.stability + rate('stability') * (METRIC_REST - m.stability), 0, 100);
  });

  // Power shifts by itself where the scenario says it grows or declines.
  for (const actor of s.scenario.actors) {
    if (!actor.growth) continue;
    const p = s.power[actor.id]!;
    // A new record, never a change in place: states share power records (see cloneState).
    s.power[actor.id] = { military: Math.max(0, p.military + (actor.growth.military ?? 0) * years), economic: Math.max(0, p.economic + (actor.growth.economic ?? 0) * years) };
  }

  // Alliances draw camps: every alliance touching a theatre's rivals raises the tension it settles toward; a
  // theatre's own baseline moves by its trend (a threat fading, or growing).
  const alliances = L.pairs.filter((p) => s.ties[p.key]?.kind === 'alliance').map((p) => [p.a, p.b] as const);
  const elapsed = s.turn * years;
  const tensionRate = perTurn(TENSION_RATE_PER_YEAR, years);
  for (const theatre of s.scenario.theatres) {
    const rivals = L.rivalsIn.get(theatre.id)!;
    let blocs = 0;
    for (const [a, b] of alliances) {
      const touches = rivals.has(a) || rivals.has(b);
      const againstEachOther = theatre.rivals.some((r) => (r.challenger === a && r.defender === b) || (r.challenger === b && r.defender === a));
      if (touches && !againstEachOther) blocs++;
    }
    const baseline = clamp(theatre.tension + (theatre.trend ?? 0) * elapsed, 0, 1);
    const target = clamp(baseline + BLOC_TENSION * blocs, 0, 1);
    s.tension[theatre.id] = clamp(s.tension[theatre.id]! + tensionRate * (target - s.tension[theatre.id]!), 0, 1);
  }
}
