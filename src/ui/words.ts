// How the game's terms read on screen. Words only: every number shown comes from the engine.
import { t, tx } from '../i18n';
import {
  beliefSpread,
  legalCrises,
  lookup,
  obligation,
  tieOf,
  treatyFor,
  turnStart,
  type ActorId,
  type Cause,
  type EventDef,
  type CrisisOutcome,
  type Ending,
  type GameRules,
  type GameState,
  type Metric,
  type Part,
  type Posture,
  type Scenario,
  type SourceRef,
  type Stance,
  type SupportLevel,
  type Terms,
  type Tie,
  type TieChange,
  type TurnRecord,
} from '../engine';
import { h } from './dom';

export function nameOf(scenario: Scenario, id: ActorId): string {
  const name = lookup(scenario).actor.get(id)?.name;
  return name === undefined ? id : tx(name);
}

export function theatreName(scenario: Scenario, id: string): string {
  const name = lookup(scenario).theatre.get(id)?.name;
  return name === undefined ? id : tx(name);
}

export const POSTURE_LABEL: Record<Posture, string> = { ally: 'Ally', partner: 'Partner', hedge: 'Hedge' };

export const POSTURE_HINT: Record<Posture, string> = {
  ally: 'Commit fully: an alliance forms only if they choose ally too. What it owes is set by its treaty’s terms: under the usual defensive terms, full support to an ally that is challenged, but only neutrality in a crisis the ally starts.',
  partner: 'Cooperate: a partnership needs both sides at partner or ally. Under the usual consultative terms, it owes diplomatic support to a partner that is challenged, but only neutrality in a crisis the partner starts.',
  hedge: 'Keep your options open: no tie, nothing owed, nothing expected — and no one to count on.',
};

export const TIE_WORD: Record<Tie, string> = { alliance: 'alliance', partnership: 'partnership', none: 'no tie' };

export const TERMS_WORD: Record<Terms, string> = { defensive: 'defensive', offensive: 'offensive', neutrality: 'neutrality pact', consultation: 'consultative' };

/** The tie of `a` and `b` with its treaty's terms: "alliance (defensive)", "alliance (defensive, against Japan)", "no tie". */
export function tieWords(state: GameState, a: ActorId, b: ActorId): string {
  const kind = tieOf(state, a, b);
  if (kind === 'none') return TIE_WORD.none;
  const treaty = treatyFor(state, a, b, kind);
  const against = treaty.against ? `, against ${listWords(treaty.against.map((x) => nameOf(state.scenario, x)))}` : '';
  return `${TIE_WORD[kind]} (${TERMS_WORD[treaty.terms]}${against})`;
}

/** What the tie of `a` and `b` owes either side in a crisis, as the engine reads its terms, in a sentence or two. */
export function treatyOwes(state: GameState, a: ActorId, b: ActorId): string {
  const kind = tieOf(state, a, b);
  if (kind === 'none') return 'No tie: neither owes the other more than not to take the other side.';
  const treaty = treatyFor(state, a, b, kind);
  const terms = { terms: treaty.terms };
  const challenged = obligation(state, terms, kind, false, b);
  const starting = obligation(state, terms, kind, true, b);
  const owes =
    challenged === starting
      ? challenged <= 1
        ? 'Neither owes the other more than neutrality, whoever starts a crisis'
        : `Each owes the other ${SUPPORT_WORD[challenged]} in any crisis, whoever starts it`
      : `Each owes the other ${SUPPORT_WORD[challenged]} when challenged, but only ${SUPPORT_WORD[starting]} in a crisis it starts itself`;
  const against = treaty.against && challenged > 1 ? `, and only against ${listWords(treaty.against.map((x) => nameOf(state.scenario, x)), 'or')} or a state allied with them` : '';
  const burden = treaty.burden
    ? ` Its unequal clauses weigh on ${nameOf(state.scenario, treaty.burden.actor)}: its grievance grows by ${treaty.burden.grievancePerYear} a year while the tie holds.`
    : '';
  return `${owes}${against}.${burden}`;
}

export const SUPPORT_LABEL: Record<SupportLevel, string> = { 0: 'Oppose', 1: 'Stay neutral', 2: 'Diplomatic support', 3: 'Full support' };
export const SUPPORT_WORD: Record<SupportLevel, string> = { 0: 'opposition', 1: 'neutrality', 2: 'diplomatic support', 3: 'full support' };

export const SUPPORT_HINT: Record<SupportLevel, string> = {
  0: 'Side against the caller: words for the other side, paid for like diplomatic support if the clash escalates.',
  1: 'Stand aside or mediate. This is what you give if you do not answer.',
  2: 'Words, votes and visits: cheap if the clash escalates.',
  3: 'Arms, money or troops: the caller’s best backing, and the costliest if the clash escalates. The other side, unless it called on you too, counts it as taking sides against it.',
};

export const METRIC_WORD: Record<Metric, string> = {
  security: 'security',
  economy: 'economy',
  influence: 'influence',
  autonomy: 'autonomy',
  stability: 'stability',
};

export const TIE_CHANGE_WHY: Record<TieChange['reason'], string> = {
  formed: 'both sides chose it',
  abrogated: 'one side walked out — which costs reputation with everyone',
  grievance: 'grievances piled up past what the tie can bear',
  trust: 'trust fell below what the tie needs',
  lowered: 'one side stepped back',
};

export const ENDING_WORD = { 'last-turn': 'The scenario reached its last turn', war: 'War', collapse: 'Collapse' } as const;

/** The years a turn covers, counted from the scenario's first month. */
const MONTH = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The months from the start of turn `from` to the end of turn `to` (the month before turn `to + 1` begins): a whole
 *  calendar year as its number, else "Oct 2021 – Mar 2022". */
function monthsOf(scenario: Scenario, from: number, to: number): string {
  const start = turnStart(scenario, from);
  const next = turnStart(scenario, to + 1);
  const end = next.month === 1 ? { year: next.year - 1, month: 12 } : { year: next.year, month: next.month - 1 };
  if (start.month === 1 && end.month === 12) return start.year === end.year ? String(start.year) : `${start.year}–${end.year}`;
  if (start.year === end.year && start.month === end.month) return `${MONTH[start.month - 1]} ${start.year}`;
  return `${MONTH[start.month - 1]} ${start.year} – ${MONTH[end.month - 1]} ${end.year}`;
}

/** The dates a turn covers. */
export function periodOf(scenario: Scenario, turn: number): string {
  return monthsOf(scenario, turn, turn);
}

/** The dates a whole game covers, from its first turn to the end of its last (`turns`, the scenario's unless a
 *  lesson plays fewer). */
export function gamePeriod(scenario: Scenario, turns = scenario.turns): string {
  return monthsOf(scenario, 1, turns);
}

export function documentTitle(scenario: Scenario, file: string): string {
  const title = scenario.documents.find((d) => d.file === file)?.title;
  return title === undefined ? file : tx(title);
}

/** Quotations from the scenario's documents, each with the document it comes from. */
export function quotes(scenario: Scenario, sources: readonly SourceRef[] | undefined, label = 'Sources'): HTMLElement | null {
  if (!sources || sources.length === 0) return null;
  const list = h('ul', { class: 'quotes', attrs: { 'aria-label': label } });
  for (const source of sources) {
    list.append(h('li', {}, h('blockquote', {}, `“${source.quote}”`), h('cite', {}, documentTitle(scenario, source.document))));
  }
  return list;
}

/** "A, B and C" (or "A, B or C"). */
export function listWords(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** A level word with a symbol, so that a risk never rests on colour alone. */
export function riskLevel(x: number): { word: string; mark: string; tone: 'low' | 'mid' | 'high' } {
  if (x < 0.2) return { word: 'low', mark: '▁', tone: 'low' };
  if (x < 0.5) return { word: 'moderate', mark: '▄', tone: 'mid' };
  return { word: 'high', mark: '█', tone: 'high' };
}

export const you = (side: ActorId, viewer: ActorId | null, name: string): string => (side === viewer ? 'you' : name);

export function sidesWord(scenario: Scenario, players: readonly ActorId[]): string {
  return listWords(players.map((p) => nameOf(scenario, p)));
}

/** The first letter in capitals, for a sentence that starts with a name or "you". */
export const cap = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** "1 point", "3 points". */
export const points = (n: number): string => `${n} ${Math.abs(n) === 1 ? 'point' : 'points'}`;

/** A lesson's rules in plain words, a sentence for each that is set; none for the scenario's own game. */
export function rulesWords(scenario: Scenario, rules: GameRules | undefined): string[] {
  const out: string[] = [];
  const turns = rules?.turns;
  if (turns !== undefined && turns < scenario.turns) {
    out.push(`This lesson lasts ${turns} of the scenario’s ${scenario.turns} turns: it ends after turn ${turns} (${periodOf(scenario, turns)}).`);
  }
  if (rules?.temperament === 'calm') out.push('The powers are calm in this lesson: slower than usual to start a crisis, and quicker to back down from one.');
  if (rules?.temperament === 'hawkish') out.push('The powers are hawkish in this lesson: quicker than usual to start a crisis, and slower to back down from one.');
  return out;
}

/** How the game ended, in a sentence, with actors' names; a lesson's shorter game says so. */
export function endingText(scenario: Scenario, ending: Ending): string {
  if (ending.reason === 'war') return t('model.words.endingWar', { turn: ending.turn, initiator: nameOf(scenario, ending.initiator), target: nameOf(scenario, ending.target) });
  if (ending.reason === 'collapse') return t('model.words.endingCollapse', { turn: ending.turn, actor: nameOf(scenario, ending.actor) });
  if (ending.lessonTurns !== undefined) return t('model.words.endingLesson', { turns: ending.lessonTurns, turn: ending.turn, scenarioTurns: scenario.turns });
  return t('model.words.endingLastTurn', { turn: ending.turn });
}

/** A's trust in B with its uncertainty, "69% ± 21%": the belief's spread, wide when it rests on little evidence. */
export function trustWords(state: GameState, a: ActorId, b: ActorId): string {
  const t = state.trust[a]![b]!;
  return `${Math.round(100 * t)}% ± ${Math.round(100 * beliefSpread(t, state.evidence[a]![b]!))}%`;
}

/** The principal that backed down in a crisis that came to no clash: the one that did not prevail. */
export const backedDown = (c: { initiator: ActorId; target: ActorId; winner: ActorId }): ActorId => (c.winner === c.initiator ? c.target : c.initiator);

/** How a crisis ended, in a sentence: a clash and who prevailed, or who backed down. */
export function crisisEndWords(scenario: Scenario, c: CrisisOutcome, name: (id: ActorId) => string): string {
  return c.escalated
    ? `It escalated into a clash in ${theatreName(scenario, c.theatre)}; ${name(c.winner)} prevailed.`
    : `${cap(name(backedDown(c)))} backed down; ${name(c.winner)} held firm.`;
}

/** A tie that changed, and why, in a sentence. */
export const tieChangeWords = (c: TieChange, name: (id: ActorId) => string): string =>
  `${cap(name(c.a))} and ${name(c.b)}: ${TIE_WORD[c.from]} → ${TIE_WORD[c.to]}, because ${TIE_CHANGE_WHY[c.reason]}.`;

/** What moved a metric or a trust (a Cause of the engine's), in words, for a reader leading `viewer`. */
export function causeWords(state: GameState, cause: Cause, viewer: ActorId | null): string {
  switch (cause.kind) {
    case 'ties':
      return 'postures taken, and ties formed or walked out of';
    case 'event': {
      const event = lookup(state.scenario).event.get(cause.event);
      return `${quoted(event ? tx(event.title) : cause.event)} (${cause.decider === viewer ? 'your choice' : `${nameOf(state.scenario, cause.decider)}’s choice`})`;
    }
    case 'crisis': {
      // Named with its theatre: two crises of one pair in one turn must not read the same.
      const crisis = state.agenda.crises.find((c) => c.id === cause.crisis);
      return crisis ? `the crisis in ${theatreName(state.scenario, crisis.theatre)} (${nameOf(state.scenario, crisis.initiator)} pressing ${nameOf(state.scenario, crisis.target)})` : 'a crisis';
    }
    case 'ageing':
      return 'ties ageing (grievances fading, unequal terms chafing)';
    case 'trade':
      return 'trade with partners';
    case 'threats':
      return 'threats faced, less partners’ backing';
    case 'obligations':
      return 'what ties oblige you to (autonomy given up)';
    case 'reliance':
      return 'weaker partners relying on you';
    case 'rest':
      return 'drifting back to the usual level';
  }
}

/** A title in quotation marks, once: a title that carries its own quotation marks keeps them and gets no more. */
export function quoted(title: string): string {
  return `“${title.replace(/^["“”]+|["“”]+$/g, '')}”`;
}

/** The parts of a change, largest first, in words: "the crisis in … −3.1; trade with partners +0.4". */
export function partsWords(state: GameState, parts: readonly Part[], viewer: ActorId | null, scale = 1, digits = 1): string {
  const shown = parts.filter((p) => Math.abs(p.amount * scale) >= 0.5 * 10 ** -digits);
  return [...shown]
    .sort((a, b) => Math.abs(b.amount) - Math.abs(a.amount))
    .map((p) => `${causeWords(state, p.cause, viewer)} ${p.amount > 0 ? '+' : '−'}${Math.abs(p.amount * scale).toFixed(digits)}`)
    .join('; ');
}

/** How a principal met a crisis of its own, as the record tells it: whom it called on and whom it left out, how it
 *  chose to meet it, and how it ended. */
export function ownCrisisWords(before: GameState, record: TurnRecord, c: CrisisOutcome, side: ActorId, name: (id: ActorId) => string): string {
  const called = c.answers.filter((a) => a.caller === side).map((a) => a.callee);
  const chosen = record.decisions[side]?.calls?.[c.crisis];
  // Every one the rules would have called for it (the position may already hold only the calls made).
  const all = legalCrises(before, side).find((x) => x.id === c.crisis)?.callees ?? called;
  const left = chosen ? all.filter((x) => !chosen.includes(x)) : [];
  const role = c.initiator === side ? 'initiator' : 'target';
  const stance = c.stances?.[role] ?? 'stand';
  const you = name(side);
  const calls = called.length > 0 ? `${cap(you)} called on ${listWords(called.map(name))}${left.length > 0 ? `, not on ${listWords(left.map(name))}` : ''}` : `${cap(you)} called on no one`;
  const ended = c.escalated ? `it came to a clash; ${name(c.winner)} prevailed` : `${name(backedDown(c))} backed down`;
  // Standing firm leaves the outcome to the other side's nerve: say so, so that "stand firm: you backed down" reads as it happened.
  const how = stance === 'stand' ? `chose to stand firm and see; in the end ${ended}` : `chose to ${STANCE_WORD[stance]}: ${ended}`;
  return `${calls}, and ${how}.`;
}

const STANCE_WORD: Record<Stance, string> = { press: 'press on', stand: 'stand firm', yield: 'back down' };

/** The label of choice `id` of `event`, in the page's language (its id if the event has no such choice). */
export function choiceLabel(event: EventDef, id: string): string {
  const label = event.choices?.find((c) => c.id === id)?.label;
  return label === undefined ? id : tx(label);
}
