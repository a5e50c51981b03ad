// What raised a grievance that broke a tie, in words: the turn's parts of it (why.ts) — each deed and whose it was,
// the unequal terms of the tie, what faded — so that a tie broken under strain reads as the sum of what the turn
// added, not as chance.
import { t, tx } from '../i18n/core';
import { grievanceAgainst, lookup, strainOn, type ActorId, type CrisisOutcome, type GameState, type Part, type TieChange, type TurnRecord, type Why } from '../engine';
import { shownChange } from './apportion';
import { crisisTitle } from './consequences';
import type { Name } from './reportWords';
import { choiceLabel, fixed, isYou, quoted } from './words';

/** A resolved turn as its report reads it: the state it started from (with the calls made), the state it left, its
 *  record, and why each figure moved. */
export interface TurnTold {
  before: GameState;
  after: GameState;
  record: TurnRecord;
  why: Why;
}

/**
 * For a tie broken because a grievance passed what it can bear, the figures and what raised them this turn, in words
 * ("4.3 against 4.0 at the turn's end (1.9 at its start); this turn the Soviet Union's choice … added 2.4; unequal
 * terms added 0.3, while 0.2 faded"), for each side whose grievance passed; null for any other change.
 */
export function grievanceRiseWords(told: TurnTold, c: TieChange, name: Name): string | null {
  if (c.reason !== 'grievance' || c.from === 'none') return null;
  const strain = strainOn(told.after, c.a, c.b, c.from);
  if (strain?.reason !== 'grievance') return null;
  const details = strain.by.map((x) => ({ x, text: sideWords(told, x, x === c.a ? c.b : c.a, name) }));
  if (details.length === 1) return details[0]!.text;
  return details.map(({ x, text }) => t('play.words.grievanceOf', { you: isYou(name, x) ? 'yes' : 'no', who: name(x), detail: text })).join(t('play.words.partsJoin'));
}

/** `x`'s grievance against `y` over the turn: where it ended, against the limit, and what moved it, largest first. */
function sideWords(told: TurnTold, x: ActorId, y: ActorId, name: Name): string {
  const { before, after, why } = told;
  const { scenario } = after;
  const start = grievanceAgainst(before, x, y);
  const end = grievanceAgainst(after, x, y);
  const parts = why.grievance[x]![y]!;
  // What added to it (deeds, and the tie's unequal terms), and what faded as the ties aged.
  const raises = parts.filter((p) => p.cause.kind !== 'ageing');
  const faded = parts.filter((p) => p.cause.kind === 'ageing').reduce((s, p) => s + p.amount, 0);
  // Shown to one decimal, rounded so that the start and the parts add up to the end as shown.
  const shown = shownChange(start, end, [...raises.map((r) => r.amount), faded], 1, 1);
  const added = raises
    .map((part, i) => ({ part, n: shown.parts[i]! }))
    .filter((r) => r.n > 0)
    .sort((p, q) => q.n - p.n || q.part.amount - p.part.amount)
    .map((r) => raiseWords(told, r.part, x, y, name, fixed(r.n / 10)))
    .join(t('play.words.partsJoin'));
  const fadedShown = -shown.parts[raises.length]!;
  return t('play.words.grievanceRose', {
    value: fixed(end),
    limit: fixed(scenario.rules.breakThreshold),
    start: fixed(start),
    added,
    some: added ? 'yes' : 'no',
    fade: fadedShown > 0 ? 'yes' : 'no',
    faded: fixed(fadedShown / 10),
  });
}

/** What raised `x`'s grievance against `y`, and by how much (`amount`, in words), in a clause: whose deed, in which
 *  event or crisis, or the tie's terms. (The amount is in the clause, so that one ending on a title that asks a
 *  question is not taken for a sentence.) */
function raiseWords(told: TurnTold, part: Part, x: ActorId, y: ActorId, name: Name, amount: string): string {
  const { cause } = part;
  const you = (id: ActorId) => (isYou(name, id) ? 'yes' : 'no');
  switch (cause.kind) {
    case 'terms':
      return t('play.words.grievanceCause.terms', { amount });
    case 'event': {
      const event = lookup(told.before.scenario).event.get(cause.event);
      const choice = told.record.choices.find((ch) => ch.event === cause.event && ch.decider === cause.decider)?.choice;
      if (!event || choice === undefined) break;
      return t('play.words.grievanceCause.event', { amount, you: you(cause.decider), decider: name(cause.decider), choice: quoted(choiceLabel(event, choice)), title: quoted(tx(event.title)) });
    }
    case 'crisis': {
      const outcome = told.record.crises.find((o) => o.crisis === cause.crisis);
      const crisis = told.before.agenda.crises.find((k) => k.id === cause.crisis);
      if (!outcome || !crisis) break;
      const title = quoted(crisisTitle(told.before, crisis, isYou(name, x) ? x : isYou(name, y) ? y : null));
      return t(`play.words.grievanceCause.${crisisDeed(outcome, x, y)}`, { amount, you: you(y), who: name(y), callerYou: you(x), caller: name(x), title });
    }
    case 'ties': {
      const left = told.record.tieChanges.find((ch) => ((ch.a === x && ch.b === y) || (ch.a === y && ch.b === x)) && (ch.reason === 'abrogated' || ch.reason === 'lowered'));
      if (!left) break;
      return t('play.words.grievanceCause.walkedOut', { amount, you: you(y), who: name(y), tie: left.from });
    }
  }
  return t('play.words.grievanceCause.other', { amount });
}

/** What `y` did in a crisis that left `x` a grievance (crisis.ts): answered `x`'s call with less than it expected,
 *  started the crisis against its partner `x`, or backed `x`'s opponent. */
function crisisDeed(outcome: CrisisOutcome, x: ActorId, y: ActorId): 'answer' | 'started' | 'sided' {
  if (outcome.answers.some((a) => a.caller === x && a.callee === y && a.delivered < a.expected)) return 'answer';
  return outcome.initiator === y && outcome.target === x ? 'started' : 'sided';
}
