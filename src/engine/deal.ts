// Dealing a turn's agenda: queued crises, events drawn from the deck, and crises that grow out of rivalries.
import { RIVALRY_SEVERITY, drawnBelowPerTurn } from './coefficients';
import { makeCalls } from './crisis';
import { hazardsOf } from './future';
import { lookup } from './lookup';
import { trustIn } from './pairs';
import { tieOf, yearsPerTurn } from './relations';
import { Recent } from './recent';
import { pickWeighted, type Rng } from './rng';
import type { Agenda, Condition, CrisisInstance, EventDef, GameState } from './types';

export function conditionHolds(state: GameState, c: Condition): boolean {
  const within = (x: number, min?: number, max?: number) => (min === undefined || x >= min) && (max === undefined || x <= max);
  switch (c.kind) {
    case 'tie':
      return c.is.includes(tieOf(state, c.a, c.b));
    case 'posture':
      return c.is.includes(state.postures[c.from]![c.to]!);
    case 'tension':
      return within(state.tension[c.theatre]!, c.min, c.max);
    case 'trust':
      return within(trustIn(state, c.from, c.to), c.min, c.max);
    case 'metric':
      return within(state.metrics[c.actor]![c.metric], c.min, c.max);
  }
}

export function eventEligible(state: GameState, e: EventDef): boolean {
  if (e.weight <= 0) return false;
  if ((e.once ?? true) && state.dealt.includes(e.id)) return false;
  if (e.turns?.from !== undefined && state.turn < e.turns.from) return false;
  if (e.turns?.to !== undefined && state.turn > e.turns.to) return false;
  return (e.when ?? []).every((c) => conditionHolds(state, c));
}

/** The crisis `crises` already hold between two powers in one theatre, whichever of them started it: a turn has one
 *  between them there (two mirror crises, each the other's challenger, would be one quarrel told twice). */
export const sameCrisisIn = (crises: readonly CrisisInstance[], theatre: string, initiator: string, target: string): CrisisInstance | undefined =>
  crises.find((c) => c.theatre === theatre && ((c.initiator === initiator && c.target === target) || (c.initiator === target && c.target === initiator)));

/** Open a crisis of `state.turn` in `crises` (the agenda being built), with its calls, counted as started by its
 *  initiator; nothing when the same crisis is already open. Changes `crises` and the initiator's statistics. */
export function openCrisis(state: GameState, crises: CrisisInstance[], event: string | null, theatre: string, initiator: string, target: string, severity: number): void {
  if (sameCrisisIn(crises, theatre, initiator, target)) return;
  const id = lookup(state.scenario).names.crisis(state.turn, crises.length + 1);
  crises.push({ id, event, theatre, initiator, target, severity, calls: makeCalls(state, id, theatre, initiator, target) });
  state.stats[initiator]!.crisesStarted++;
}

/** Put a deck event on the agenda being built, as dealt: a crisis event opens its crisis, an event with choices puts
 *  them to its decider. Records the event as dealt. */
export function dealEvent(state: GameState, agenda: Agenda, e: EventDef): void {
  state.dealt.push(e.id);
  if (e.kind === 'crisis' && e.crisis && e.theatre) {
    openCrisis(state, agenda.crises, e.id, e.theatre, e.crisis.initiator, e.crisis.target, e.crisis.severity);
  } else if (e.decider && e.choices && e.choices.length > 0) {
    agenda.choices.push({ id: lookup(state.scenario).names.choice(state.turn, agenda.choices.length + 1), event: e.id, decider: e.decider });
  }
}

/** Fill `state.agenda` for `state.turn`. Draws from `rng`. */
export function deal(state: GameState, rng: Rng): void {
  const agenda: Agenda = { crises: [], choices: [] };
  const addCrisis = (event: string | null, theatre: string, initiator: string, target: string, severity: number) =>
    openCrisis(state, agenda.crises, event, theatre, initiator, target, severity);

  for (const q of state.queued) addCrisis(q.event, q.theatre, q.initiator, q.target, q.severity);
  state.queued = [];

  const pool = state.scenario.events.filter((e) => eventEligible(state, e));
  for (let n = 0; n < state.scenario.rules.eventsPerTurn && pool.length > 0; n++) {
    const i = pickWeighted(rng, pool.map((e) => e.weight));
    if (i < 0) break;
    dealEvent(state, agenda, pool.splice(i, 1)[0]!);
  }

  // Rivalries: each challenger may press its claim, the more boldly the surer it is of its own partners (boldness,
  // read for every rivalry at once: the crises started here change nothing it reads).
  const hazards = hazardsOf(state);
  const years = yearsPerTurn(state.scenario);
  let i = 0;
  for (const theatre of state.scenario.theatres) {
    for (const r of theatre.rivals) {
      const hazard = hazards[i++]!;
      if (drawnBelowPerTurn(rng.next(), hazard, years)) {
        const severity = RIVALRY_SEVERITY.base + RIVALRY_SEVERITY.perTension * state.tension[theatre.id]!;
        addCrisis(null, theatre.id, r.challenger, r.defender, severity);
      }
    }
  }
  state.agenda = agenda;
}

/** Points at which drawnWithin reads its integral: far finer than the gauges' two digits need. */
const WITHIN_STEPS = 128;

/**
 * The chance that each of `weights` is among the first `draws` drawn by weight without putting any back, as the deal
 * draws its events. Drawing so is ordering the events by waiting times, each exponential at the rate of its weight;
 * an event is drawn when fewer than `draws` of the others come before it. Its chance is that, averaged over its own
 * waiting time (read at WITHIN_STEPS points of that time's distribution), with how many others come first counted
 * from each one's chance of coming before that time.
 */
export function drawnWithin(weights: readonly number[], draws: number): number[] {
  if (weights.length <= draws) return weights.map(() => 1);
  const before = new Array<number>(draws);
  return weights.map((own, e) => {
    let sum = 0;
    for (let m = 0; m < WITHIN_STEPS; m++) {
      const wait = -Math.log(1 - (m + 0.5) / WITHIN_STEPS) / own;
      before.fill(0);
      before[0] = 1;
      for (let j = 0; j < weights.length; j++) {
        if (j === e) continue;
        const p = 1 - Math.exp(-weights[j]! * wait);
        for (let c = draws - 1; c >= 1; c--) before[c] = before[c]! * (1 - p) + before[c - 1]! * p;
        before[0] = before[0]! * (1 - p);
      }
      for (let c = 0; c < draws; c++) sum += before[c]!;
    }
    return sum / WITHIN_STEPS;
  });
}

/** The scenario's crisis events the deal at the end of this turn may bring, each with the chance it does: of the
 *  events eligible then (as the state stands now), the deal draws `eventsPerTurn` (drawnWithin). Read once for a
 *  state: the gauges ask for it for every tie the player holds, the advisor in every future it samples. */
export const crisisEventsAhead = (state: GameState): readonly { event: EventDef; chance: number }[] => eventsAhead.of(state);
const eventsAhead = new Recent(readEventsAhead);

function readEventsAhead(state: GameState): { event: EventDef; chance: number }[] {
  const next = { ...state, turn: state.turn + 1 };
  const pool = state.scenario.events.filter((e) => eventEligible(next, e));
  const chances = drawnWithin(pool.map((e) => e.weight), state.scenario.rules.eventsPerTurn);
  return pool.flatMap((event, i) => (event.kind === 'crisis' && event.crisis && event.theatre ? [{ event, chance: chances[i]! }] : []));
}
