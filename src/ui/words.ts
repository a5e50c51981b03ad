// How the game's terms read on screen, in the page's language. Words only: every number shown comes from the engine.
// Nothing here holds a word at load time: each function asks the catalog when called, so a change of language shows.
import { labelOf, nameOf } from '../i18n/engineWords';
import { lang, listWords, num, t, tx } from '../i18n/core';
import { LOCALE } from '../i18n/langs';
import {
  beliefSpread,
  legalCrises,
  strainOn,
  walkedOut,
  lookup,
  obligation,
  TIE_RANK,
  tieOf,
  treatyFor,
  turnStart,
  evidenceOn,
  trustIn,
  type ActorId,
  type Cause,
  type EventDef,
  type CrisisOutcome,
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
import { h, pct, signed } from './dom';
import { shownChange } from './apportion';


/** A power's name in the page's language: one definition for every layer (src/i18n/engineWords.ts). */
export { labelOf, nameOf };

export function theatreName(scenario: Scenario, id: string): string {
  const name = lookup(scenario).theatre.get(id)?.name;
  return name === undefined ? id : tx(name);
}

/** A posture's name as a label: "Ally", "Partner", "Hedge". */
export const postureLabel = (p: Posture): string => t(`play.words.posture.${p}`);

/** What choosing a posture commits to, in a sentence or two. */
export const postureHint = (p: Posture): string => t(`play.words.postureHint.${p}`);

/** A tie's kind in running text: "alliance", "partnership", "no tie". */
export const tieWord = (tie: Tie): string => t(`play.words.tie.${tie}`);

/** A treaty's terms in running text: "defensive", "neutrality pact". */
export const termsWord = (terms: Terms): string => t(`play.words.terms.${terms}`);

/** The tie of `a` and `b` with its treaty's terms: "alliance (defensive)", "alliance (defensive, against Japan)", "no tie". */
export function tieWords(state: GameState, a: ActorId, b: ActorId): string {
  const kind = tieOf(state, a, b);
  if (kind === 'none') return tieWord('none');
  const treaty = treatyFor(state, a, b, kind);
  const words = { tie: tieWord(kind), terms: termsWord(treaty.terms) };
  return treaty.against
    ? t('play.words.tieWithTermsAgainst', { ...words, against: listWords(treaty.against.map((x) => nameOf(state.scenario, x))) })
    : t('play.words.tieWithTerms', words);
}

/** What the tie of `a` and `b` owes either side in a crisis, as the engine reads its terms, in a sentence or two. */
export function treatyOwes(state: GameState, a: ActorId, b: ActorId): string {
  const kind = tieOf(state, a, b);
  if (kind === 'none') return t('play.words.owesNoTie');
  const treaty = treatyFor(state, a, b, kind);
  const terms = { terms: treaty.terms };
  const challenged = obligation(state, terms, kind, false, b);
  const starting = obligation(state, terms, kind, true, b);
  const against = treaty.against && challenged > 1 ? listWords(treaty.against.map((x) => nameOf(state.scenario, x)), 'disjunction') : null;
  const values = { challenged: supportWord(challenged), starting: supportWord(starting), ...(against ? { against } : {}) };
  const owes =
    challenged === starting
      ? challenged <= 1
        ? t('play.words.owesNeutrality')
        : t(against ? 'play.words.owesAlwaysAgainst' : 'play.words.owesAlways', values)
      : t(against ? 'play.words.owesSplitAgainst' : 'play.words.owesSplit', values);
  const burden = treaty.burden
    ? t('play.words.owesBurden', { actor: nameOf(state.scenario, treaty.burden.actor), amount: num(treaty.burden.grievancePerYear) })
    : null;
  return sentences(owes, burden);
}

/** An answer to a call as a choice on the decision screen: "Oppose", "Stay neutral", "Diplomatic support", "Full support". */
export const supportLabel = (level: SupportLevel): string => t(`play.words.supportLabel.${level}`);

/** An answer to a call in running text: "opposition", "neutrality", "diplomatic support", "full support". */
export const supportWord = (level: SupportLevel): string => t(`play.words.support.${level}`);

/** What an answer gives, and what it risks. */
export const supportHint = (level: SupportLevel): string => t(`play.words.supportHint.${level}`);

/** A metric in running text: "security", "economy" … */
export const metricWord = (m: Metric): string => t(`play.words.metric.${m}`);

/** Why a tie changed, as a clause. */
export const tieChangeWhy = (reason: TieChange['reason']): string => t(`play.words.tieChangeWhy.${reason}`);


/** A month and year in the page's language: "Oct 2021", "окт. 2021 г.", "2021年10月"; `unbroken` joins its parts with
 *  non-breaking spaces, so a narrow header never breaks "окт. 2020 г." before its "г.". */
function monthYear(year: number, month: number, unbroken: boolean): string {
  const words = new Intl.DateTimeFormat(LOCALE[lang()], { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 1)));
  return unbroken ? words.replace(/\s/g, '\u00a0') : words;
}

/** The months from the start of turn `from` to the end of turn `to` (the month before turn `to + 1` begins): a whole
 *  calendar year as its number, else "Oct 2021 – Mar 2022". */
function monthsOf(scenario: Scenario, from: number, to: number, unbroken = false): string {
  const start = turnStart(scenario, from);
  const next = turnStart(scenario, to + 1);
  const end = next.month === 1 ? { year: next.year - 1, month: 12 } : { year: next.year, month: next.month - 1 };
  // Years as plain digits: 2021, never "2,021".
  if (start.month === 1 && end.month === 12) {
    return start.year === end.year ? t('play.words.year', { year: String(start.year) }) : t('play.words.years', { from: String(start.year), to: String(end.year) });
  }
  if (start.year === end.year && start.month === end.month) return monthYear(start.year, start.month, unbroken);
  return t('play.words.months', { from: monthYear(start.year, start.month, unbroken), to: monthYear(end.year, end.month, unbroken) });
}

/** When a file was saved (an ISO time), in the page's language and the reader's time zone; the ISO text if unreadable. */
export function savedWhen(savedAt: string): string {
  const when = new Date(savedAt);
  return Number.isNaN(when.getTime()) ? savedAt : new Intl.DateTimeFormat(LOCALE[lang()], { dateStyle: 'medium', timeStyle: 'short' }).format(when);
}

/** The dates a turn covers; `unbroken` (for the header) keeps each month and year on one line. */
export function periodOf(scenario: Scenario, turn: number, { unbroken = false } = {}): string {
  return monthsOf(scenario, turn, turn, unbroken);
}

/** The dates a whole game covers, from its first turn to the end of its last (`turns`, the scenario's unless a
 *  lesson plays fewer). */
export function gamePeriod(scenario: Scenario, turns = scenario.turns): string {
  return monthsOf(scenario, 1, turns);
}

export function documentTitle(scenario: Scenario, file: string, part?: string): string {
  const document = scenario.documents.find((d) => d.file === file);
  // A passage from one article of a compilation is cited by that article's title.
  const title = (part !== undefined ? document?.parts?.find((p) => p.id === part)?.title : undefined) ?? document?.title;
  return title === undefined ? file : tx(title);
}

/** Quotations from the scenario's documents, each with the document it comes from. A quote stays in its document's
 *  language; where the page speaks another and the scenario translates the quote, the translation stands beneath it. */
export function quotes(scenario: Scenario, sources: readonly SourceRef[] | undefined, label = t('play.words.sources')): HTMLElement | null {
  if (!sources || sources.length === 0) return null;
  const list = h('ul', { class: 'quotes', attrs: { 'aria-label': label } });
  const page = lang();
  for (const source of sources) {
    const written = scenario.documents.find((d) => d.file === source.document)?.lang ?? 'en';
    const translation = written === page ? undefined : source.translation?.[page];
    list.append(
      h(
        'li',
        {},
        h('blockquote', { attrs: { lang: LOCALE[written] } }, `“${source.quote}”`),
        translation ? h('p', { class: 'quote-translation', attrs: { lang: LOCALE[page] } }, t('play.words.translated', { text: translation })) : null,
        h('cite', {}, documentTitle(scenario, source.document, source.part)),
      ),
    );
  }
  return list;
}

/** A level word with a symbol, so that a risk never rests on colour alone. */
export function riskLevel(x: number): { word: string; mark: string; tone: 'low' | 'mid' | 'high' } {
  if (x < 0.2) return { word: t('play.words.risk.low'), mark: '▁', tone: 'low' };
  if (x < 0.5) return { word: t('play.words.risk.moderate'), mark: '▄', tone: 'mid' };
  return { word: t('play.words.risk.high'), mark: '█', tone: 'high' };
}

/** The word for the player at the screen where a name would stand ("you"); functions given a `name` that returns it
 *  for a power speak to the player about that power. */
export const youWord = (): string => t('play.words.you');

export const you = (side: ActorId, viewer: ActorId | null, name: string): string => (side === viewer ? youWord() : name);

/** Whether `name` gives the player at the screen for `id`. */
export const isYou = (name: (id: ActorId) => string, id: ActorId): boolean => name(id) === youWord();

/** Whole sentences as one paragraph: a space between them, none in Chinese. */
export const sentences = (...parts: (string | null | undefined | false)[]): string => parts.filter(Boolean).join(lang() === 'zh' ? '' : ' ');

/** The first letter in capitals, for a sentence that starts with a name or "you". */
export const cap = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** "1 point", "3 points". */
export const points = (n: number): string => t('play.words.points', { n });

/** A number with `digits` decimals, in the page's language: "3.1", "3,1". */
export const fixed = (x: number, digits = 1): string => num(x, { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** A lesson's rules in plain words, a sentence for each that is set; none for the scenario's own game. */
export function rulesWords(scenario: Scenario, rules: GameRules | undefined): string[] {
  const out: string[] = [];
  const turns = rules?.turns;
  if (turns !== undefined && turns < scenario.turns) {
    out.push(t('play.words.lessonLength', { turns, total: scenario.turns, period: periodOf(scenario, turns) }));
  }
  if (rules?.temperament === 'calm') out.push(t('play.words.lessonCalm'));
  if (rules?.temperament === 'hawkish') out.push(t('play.words.lessonHawkish'));
  return out;
}

/** A's trust in B with its uncertainty, "69% ± 21%": the belief's spread, wide when it rests on little evidence. */
export function trustWords(state: GameState, a: ActorId, b: ActorId): string {
  const trust = trustIn(state, a, b);
  return t('play.words.trustSpread', { trust: pct(trust), spread: pct(beliefSpread(trust, evidenceOn(state, a, b))) });
}

/** The principal that backed down in a crisis that came to no clash: the one that did not prevail. */
export const backedDown = (c: { initiator: ActorId; target: ActorId; winner: ActorId }): ActorId => (c.winner === c.initiator ? c.target : c.initiator);

/** Which of a crisis's two principals is the player at the screen, as a message's `you` select reads it. */
function youIn(name: (id: ActorId) => string, first: ActorId, second: ActorId): 'first' | 'second' | 'none' {
  return isYou(name, first) ? 'first' : isYou(name, second) ? 'second' : 'none';
}

/** How a crisis ended, in a sentence: a clash and who prevailed, or who backed down. */
export function crisisEndWords(scenario: Scenario, c: CrisisOutcome, name: (id: ActorId) => string): string {
  if (c.escalated) return t('play.words.endClash', { theatre: theatreName(scenario, c.theatre), winner: name(c.winner), you: isYou(name, c.winner) ? 'winner' : 'none' });
  const loser = backedDown(c);
  return t('play.words.endBackdown', { loser: name(loser), winner: name(c.winner), you: { first: 'loser', second: 'winner', none: 'none' }[youIn(name, loser, c.winner)] });
}

/** A tie that changed, and why, in a sentence; for one broken under strain, whose, read off `after` (tieChangeWhyIn). */
export const tieChangeWords = (c: TieChange, name: (id: ActorId) => string, after?: GameState): string =>
  t('play.words.tieChange', { a: cap(name(c.a)), b: name(c.b), from: tieWord(c.from), to: tieWord(c.to), why: tieChangeWhyIn(c, name, after) });

/** A turn's tie changes as they are told: each on its own, but the ties one power formed with several others of the
 *  same kind, none of them a side among `people` (the players at the screen), together, in the order they came. */
export function tieChangeGroups(changes: readonly TieChange[], people: readonly ActorId[]): TieChange[][] {
  const groups: TieChange[][] = [];
  const byKey = new Map<string, TieChange[]>();
  for (const c of changes) {
    const groupable = c.reason === 'formed' && !people.includes(c.a) && !people.includes(c.b);
    const key = `${c.a}|${c.from}|${c.to}`;
    const found = groupable ? byKey.get(key) : undefined;
    if (found) {
      found.push(c);
      continue;
    }
    const group = [c];
    groups.push(group);
    if (groupable) byKey.set(key, group);
  }
  return groups;
}

/** Ties one power formed with several others on a turn (a group of tieChangeGroups), in a sentence. */
export const formedManyWords = (group: readonly TieChange[], name: (id: ActorId) => string): string =>
  t('play.words.formedMany', { a: cap(name(group[0]!.a)), to: group[0]!.to, list: listWords(group.map((c) => name(c.b))) });

/** The tie between `side` and `other` that broke in `record`'s turn under strain (grievances, trust lost), if one did:
 *  the break, not `side`, then set its stance toward `other` to hedge. */
export const strainBreak = (record: TurnRecord, side: ActorId, other: ActorId): TieChange | undefined =>
  record.tieChanges.find((c) => (c.reason === 'grievance' || c.reason === 'trust') && ((c.a === side && c.b === other) || (c.a === other && c.b === side)));

/** A tie broken under strain, told from `side`'s end: why it broke and on whose side (read off `after`, the state the
 *  turn left, as the rule read it: strainOn), and that it set `side`'s stance to hedge. `rise`: what raised the
 *  grievance that broke it, in words (grievanceRiseWords). */
export function brokeWords(c: TieChange, side: ActorId, name: (id: ActorId) => string, after?: GameState, rise?: string | null): string {
  return t('play.words.tieBroke', { tie: c.from, you: isYou(name, side) ? 'yes' : 'no', actor: name(side), other: name(c.a === side ? c.b : c.a), why: tieChangeWhyIn(c, name, after, rise) });
}

/** Why a tie changed, in words; for one broken under strain, whose grievance or distrust broke it, read off `after`
 *  (the state the turn left) as the rule read it (strainOn), and what raised the grievance, if told (`rise`). */
export function tieChangeWhyIn(c: TieChange, name: (id: ActorId) => string, after?: GameState, rise?: string | null): string {
  if (after && (c.reason === 'abrogated' || c.reason === 'lowered')) {
    // One side left the tie: named, as the rule that settled the tie found it (walkedOut).
    const left = walkedOut(after, c.a, c.b, c.from);
    if (left.length === 1) return t(`play.words.walkedOutWhy.${c.reason}`, { you: isYou(name, left[0]!) ? 'yes' : 'no', who: name(left[0]!) });
  }
  const strain = after && (c.reason === 'grievance' || c.reason === 'trust') ? strainOn(after, c.a, c.b, c.from) : null;
  if (!strain) return tieChangeWhy(c.reason);
  const mine = strain.by.filter((x) => isYou(name, x));
  const others = strain.by.filter((x) => !isYou(name, x));
  const you = mine.length === 0 ? 'no' : others.length === 0 ? 'only' : 'both';
  const why = t(`play.words.strainWhy.${strain.reason}`, { you, who: listWords(strain.by.map(name)), other: listWords(others.map(name)) });
  // The figures and what raised them this turn, which name the unequal terms among the rest.
  if (rise && strain.reason === 'grievance') return t('play.words.strainRise', { why, rise });
  // A grievance its own terms fed (an unequal clause, a base resented) says so: the tie's treaty burdened that side.
  const burdened = strain.reason === 'grievance' && c.from !== 'none' ? treatyFor(after!, c.a, c.b, c.from).burden?.actor : undefined;
  return burdened !== undefined && strain.by.includes(burdened) ? t('play.words.strainBurden', { why, you: isYou(name, burdened) ? 'yes' : 'no', actor: name(burdened) }) : why;
}

/** What moved `owner`'s metric or trust (a Cause of the engine's), in words, for a reader leading `viewer`: a cause
 * that speaks of "you" is worded for the owner when the owner is another power. */
export function causeWords(state: GameState, cause: Cause, viewer: ActorId | null, owner: ActorId, trusted?: TrustedIn): string {
  switch (cause.kind) {
    case 'ties': {
      // Settling ties moves a trust only by what the one left learns of the leaver, and what all see of an alliance
      // walked out of: the trusted power left a tie — with the owner, or an alliance with another.
      const left = trusted?.changes.filter((c) => (c.a === trusted.id || c.b === trusted.id) && TIE_RANK[c.to] < TIE_RANK[c.from]) ?? [];
      const c = left.find((x) => x.a === owner || x.b === owner) ?? left.find((x) => x.from === 'alliance');
      if (!c || !trusted) return t('play.words.cause.ties');
      const name = (id: ActorId) => (id === viewer ? youWord() : nameOf(state.scenario, id));
      return t('play.words.cause.tieLeft', { leaver: cap(name(trusted.id)), a: name(c.a), b: name(c.b), from: tieWord(c.from), to: tieWord(c.to) });
    }
    case 'event': {
      const event = lookup(state.scenario).event.get(cause.event);
      const title = quoted(event ? tx(event.title) : cause.event);
      return cause.decider === viewer ? t('play.words.cause.yourChoice', { title }) : t('play.words.cause.theirChoice', { title, decider: nameOf(state.scenario, cause.decider) });
    }
    case 'crisis': {
      // Named with its theatre: two crises of one pair in one turn must not read the same.
      const crisis = state.agenda.crises.find((c) => c.id === cause.crisis);
      if (!crisis) return t('play.words.cause.aCrisis');
      const { scenario } = state;
      return t('play.words.cause.crisis', { theatre: theatreName(scenario, crisis.theatre), initiator: nameOf(scenario, crisis.initiator), target: nameOf(scenario, crisis.target) });
    }
    case 'obligations':
    case 'reliance':
      return owner === viewer ? t(`play.words.cause.${cause.kind}`) : t(`play.words.cause.${cause.kind}Of`, { owner: nameOf(state.scenario, owner) });
    default:
      return t(`play.words.cause.${cause.kind}`);
  }
}

/** A title in the page's quotation marks, once. A title wholly in quotation marks loses them first; quotation marks
 *  inside it become the inner kind, as each language nests them: “…‘…’…” in English and Chinese, «…„…“…» in Russian
 *  (and outer again one level further in). */
export function quoted(title: string): string {
  const inner = { en: ['‘', '’'], ru: ['„', '“'], zh: ['‘', '’'] }[lang()];
  const outer = t('play.words.quoted', { title: '' });
  const wrapped = /^["“«„](.*)["”»“]$/su.exec(title);
  const text = wrapped && !/["“”«»„]/u.test(wrapped[1]!) ? wrapped[1]! : title;
  // A stack of the marks open so far: a Russian „ is closed by “, a straight " by the next ", anything else opens.
  const open: string[] = [];
  let out = '';
  for (const c of text) {
    const closes = c === '”' || c === '»' || (c === '“' && open.at(-1) === '„') || (c === '"' && open.at(-1) === '"');
    const opens = !closes && (c === '“' || c === '«' || c === '„' || c === '"');
    if (closes) open.pop();
    // The first level inside the title's own marks takes the inner kind; the next level in, the outer kind again.
    const marks = open.length % 2 === 0 ? inner : [outer.charAt(0), outer.charAt(outer.length - 1)];
    if (opens) open.push(c);
    out += opens ? marks[0] : closes ? marks[1] : c;
  }
  return t('play.words.quoted', { title: out });
}

/** For a change of trust: the power trusted, and the turn's tie changes, which name the tie it left. */
export interface TrustedIn {
  id: ActorId;
  changes: readonly TieChange[];
}

/** A change of a metric or a trust as the screen shows it: `change`, the difference of the two figures shown (in
 *  units of the last digit), and its parts, largest first, rounded to add up to it (apportion.ts), in words:
 *  "the crisis in … −3.1; trade with partners +0.4". */
export interface Moved {
  change: number;
  /** The change with its sign, to the digits shown: "−0.2", "+3". */
  amount: string;
  parts: string;
}

/** How a figure shown to `digits` after `scale` (trust: 100 and 0, for points of a percentage; a metric: 1 and 1)
 *  moved from `from` to `to` through `parts`, the causes of `owner`'s change. Every screen that lists causes uses it. */
export function movedWords(
  state: GameState,
  parts: readonly Part[],
  [from, to]: readonly [number, number],
  { scale = 1, digits = 1 }: { scale?: number; digits?: number },
  viewer: ActorId | null,
  owner: ActorId,
  trusted?: TrustedIn,
): Moved {
  const shown = shownChange(from, to, parts.map((p) => p.amount), scale, digits);
  const unit = 10 ** -digits;
  const words = parts
    .map((p, i) => ({ p, n: shown.parts[i]! }))
    .filter((x) => x.n !== 0)
    .sort((a, b) => Math.abs(b.n) - Math.abs(a.n) || Math.abs(b.p.amount) - Math.abs(a.p.amount))
    .map(({ p, n }) => t('play.words.part', { cause: causeWords(state, p.cause, viewer, owner, trusted), amount: `${n > 0 ? '+' : '−'}${fixed(Math.abs(n) * unit, digits)}` }))
    .join(t('play.words.partsJoin'));
  return { change: shown.change, amount: signed(shown.change * unit, digits), parts: words };
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
  const opponent = role === 'initiator' ? c.target : c.initiator;
  const stance: Stance = c.stances?.[role] ?? 'stand';
  // Standing firm leaves the outcome to the other side's nerve: the message says so, so that "stand firm: you backed
  // down" reads as it happened.
  const ended = c.escalated ? (c.winner === side ? 'won' : 'lost') : backedDown(c) === side ? 'yielded' : 'held';
  return t('play.words.ownCrisis', {
    you: isYou(name, side) ? 'yes' : 'no',
    side: name(side),
    opponent: name(opponent),
    calls: called.length === 0 ? 'none' : left.length > 0 ? 'some' : 'all',
    called: listWords(called.map(name)),
    left: listWords(left.map(name)),
    stance,
    ended,
  });
}

/** The label of choice `id` of `event`, in the page's language (its id if the event has no such choice). */
export function choiceLabel(event: EventDef, id: string): string {
  const label = event.choices?.find((c) => c.id === id)?.label;
  return label === undefined ? id : tx(label);
}
