// The vocabulary of the game: what a scenario describes and what a game state holds.
// Everything here is plain data (JSON-safe), so states can be hashed, saved and replayed.

export const METRICS = ['security', 'economy', 'influence', 'autonomy', 'stability'] as const;
export type Metric = (typeof METRICS)[number];
export type Metrics = Record<Metric, number>;

/** Formal tie between two actors, agreed by both. Ordered from least to most committed. */
export const TIES = ['none', 'partnership', 'alliance'] as const;
export type Tie = (typeof TIES)[number];

/** Unilateral stance of one actor toward another. Ordered from least to most committed. */
export const POSTURES = ['hedge', 'partner', 'ally'] as const;
export type Posture = (typeof POSTURES)[number];

/** What a called actor delivers in a crisis: 0 oppose, 1 neutral/mediate, 2 diplomatic, 3 full support. */
export const SUPPORT_LEVELS = [0, 1, 2, 3] as const;
export type SupportLevel = (typeof SUPPORT_LEVELS)[number];
/** How a principal meets its own crisis once it has seen who answered its calls: press on into a clash, stand firm
 *  (its temperament and the balance of backing decide, as for the computer's powers), or back down. */
export const STANCES = ['press', 'stand', 'yield'] as const;
export type Stance = (typeof STANCES)[number];
export const SUPPORT_NAMES = ['oppose', 'neutral', 'diplomatic', 'full'] as const;

export type ActorId = string;
export type TheatreId = string;

export const ACTOR_KINDS = ['state', 'nonstate', 'organisation'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/**
 * Prose a player reads: a plain string (English only) or one string per language. English is always there;
 * a language a text lacks is read in English.
 */
export type Text = string | { en: string; ru?: string; zh?: string };

/**
 * A quotation from one of the scenario's documents, supporting an actor, event or claim. The quote stays word for
 * word in its document's language; `translation` gives it in the others, shown beside it as a translation.
 */
export interface SourceRef {
  document: string;
  /** The part of the document the passage comes from (an article of a compilation), by its id in the document's
   *  `parts`: the quotation is cited by the part's title. */
  part?: string;
  quote: string;
  translation?: { en?: string; ru?: string; zh?: string };
}

/** A part of a document with a title of its own (an article of a compilation), over lines `from` to `to` (counted
 *  from 1) of the document's text. */
export interface DocumentPart {
  id: string;
  title: Text;
  from: number;
  to: number;
}

export interface Persona {
  /** Appetite for starting and pressing crises, 0..1. */
  risk: number;
  /** Tendency to deliver what partners expect, 0..1. */
  reliability: number;
  /** Preference for keeping options open rather than committing, 0..1. */
  hedging: number;
  /** One line in the actor's own voice, shown in dossiers. */
  motto?: Text;
}

/** How an actor's power changes by itself, in points a year (growth or decline, e.g. an economy rising). */
export interface Growth {
  military?: number;
  economic?: number;
}

export interface ActorDef {
  id: ActorId;
  name: Text;
  /** English sentences put "the" before the name ("the United States presses China"); headings show it alone. */
  definite?: boolean;
  kind: ActorKind;
  power: { military: number; economic: number };
  /** Interest weights: what the actor cares about. Need not sum to 1. */
  interests: Metrics;
  persona: Persona;
  map: { iso: string[]; lon: number; lat: number };
  /** Starting metrics (0..100); missing ones start at 50. */
  metrics?: Partial<Metrics>;
  /** Starting trust in other actors (0..1); missing pairs use the scenario default. */
  trust?: Record<ActorId, number>;
  /** Points of power gained (or lost, if negative) each year. */
  growth?: Growth;
  description?: Text;
  sources?: SourceRef[];
}

/**
 * What a treaty obliges, after the ATOP data set of alliance treaties: `defensive` (aid when the partner is
 * attacked), `offensive` (aid whoever starts the crisis), `neutrality` (stay out, never aid the other side),
 * `consultation` (consult and stand by the partner when it is attacked). The kind of tie sets how much aid:
 * an alliance full support, a partnership diplomatic support.
 */
export const TERMS = ['defensive', 'offensive', 'neutrality', 'consultation'] as const;
export type Terms = (typeof TERMS)[number];

/** A treaty's terms as a game holds them: what it obliges, against whom, and whom its unequal clauses burden. */
export interface Treaty {
  terms: Terms;
  /** The powers it is aimed at (and any state allied with them); absent: anyone. */
  against?: ActorId[];
  /** An unequal clause: the side that resents it, and the grievance it adds a year while the tie holds. */
  burden?: { actor: ActorId; grievancePerYear: number };
}

export interface TieDef extends Partial<Treaty> {
  a: ActorId;
  b: ActorId;
  kind: Exclude<Tie, 'none'>;
  sources?: SourceRef[];
}

export interface PostureDef {
  from: ActorId;
  to: ActorId;
  posture: Posture;
}

/** A pair of actors that can clash in a theatre: the challenger may start a crisis against the defender. */
export interface RivalryDef {
  challenger: ActorId;
  defender: ActorId;
}

export interface TheatreDef {
  id: TheatreId;
  name: Text;
  lon: number;
  lat: number;
  /** Starting and baseline tension, 0..1. */
  tension: number;
  rivals: RivalryDef[];
  /** How much a clash here touches each actor, 0..1 (missing = 0). */
  exposure: Record<ActorId, number>;
  /** How the theatre's baseline tension moves each year (a threat fading is negative). */
  trend?: number;
  sources?: SourceRef[];
}

export type Condition =
  | { kind: 'tie'; a: ActorId; b: ActorId; is: Tie[] }
  | { kind: 'posture'; from: ActorId; to: ActorId; is: Posture[] }
  | { kind: 'tension'; theatre: TheatreId; min?: number; max?: number }
  | { kind: 'trust'; from: ActorId; to: ActorId; min?: number; max?: number }
  | { kind: 'metric'; actor: ActorId; metric: Metric; min?: number; max?: number };

export type Effect =
  /** Change a metric; the engine scales the amount by the event theatre's tension. */
  | { kind: 'metric'; actor: ActorId; metric: Metric; amount: number }
  | { kind: 'tension'; theatre: TheatreId; amount: number }
  | { kind: 'power'; actor: ActorId; military?: number; economic?: number }
  /** The deciding actor delivers `level` toward `to`, at a cost in [0,1]: judged against what `to` expects of the tie. */
  | { kind: 'support'; to: ActorId; level: SupportLevel; cost: number }
  /** Start a crisis on the next turn. */
  | { kind: 'crisis'; theatre: TheatreId; initiator: ActorId; target: ActorId; severity: number };

export interface ChoiceDef {
  id: string;
  label: Text;
  text?: Text;
  effects: Effect[];
}

export const EVENT_KINDS = ['crisis', 'opportunity', 'pressure', 'dispute'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export interface EventDef {
  id: string;
  kind: EventKind;
  title: Text;
  text: Text;
  theatre?: TheatreId;
  /** First and last turn (1-based, inclusive) on which the event may be dealt. */
  turns?: { from?: number; to?: number };
  when?: Condition[];
  weight: number;
  /** Dealt at most once (default true). */
  once?: boolean;
  /** For crises: who challenges whom, and how grave it is (0..1). */
  crisis?: { initiator: ActorId; target: ActorId; severity: number };
  /** For choices: who decides, and among what. */
  decider?: ActorId;
  choices?: ChoiceDef[];
  sources?: SourceRef[];
}

export interface HistoryTurn {
  turn: number;
  /** What the actors actually did: postures they held, choices made on events, by actor. */
  postures?: PostureDef[];
  choices?: Record<string, string>;
  happened: Text;
  sources?: SourceRef[];
}

export interface Rules {
  /** Trust when a scenario gives none for a pair. */
  defaultTrust: number;
  /** Events dealt from the deck each turn, at most: crises and choices alike (rivalries' crises come on top). */
  eventsPerTurn: number;
  /** Grievance at which a tie breaks. */
  breakThreshold: number;
  /** Turns after a break before the pair can tie again. */
  cooldownTurns: number;
}

export interface ScenarioDef {
  $schema?: string;
  formatVersion: 1;
  id: string;
  title: Text;
  summary: Text;
  startYear: number;
  /** Month (1–12) in which the first turn starts; January when absent. */
  startMonth?: number;
  endYear: number;
  monthsPerTurn: number;
  turns: number;
  playable: ActorId[];
  /** `lang`: the language the document is written in, and its quotations with it (English when absent). */
  documents: { file: string; title: Text; lang?: 'en' | 'ru' | 'zh'; parts?: DocumentPart[] }[];
  actors: ActorDef[];
  ties: TieDef[];
  /** Treaties a pair signs if it forms a tie of that kind in play (a basing agreement, a later treaty): one per pair
   *  and kind, none for a tie in force at the start (its terms are in `ties`). Any other new tie takes standard terms. */
  treaties?: TieDef[];
  postures: PostureDef[];
  theatres: TheatreDef[];
  events: EventDef[];
  history: HistoryTurn[];
  objectives: Text[];
  questions: Text[];
  classMinutes: number;
  rules?: Partial<Rules>;
  sources?: SourceRef[];
}

/** A scenario after loading: defaults filled in and a content hash attached. */
export interface Scenario extends ScenarioDef {
  rules: Rules;
  hash: string;
}

// ---------------------------------------------------------------- state

export interface RngState {
  c: number;
  s0: number;
  s1: number;
  s2: number;
}

export interface TieState extends Partial<Treaty> {
  kind: Tie;
  /** The turn the tie last grew warmer (formed, or deepened); lowering it keeps the date. */
  since: number;
  /** The pair may not form a tie again before this turn. */
  cooldownUntil: number;
}

/** One actor asked by another to stand with it in a crisis. */
export interface Call {
  id: string;
  caller: ActorId;
  callee: ActorId;
  /** Level the caller expects, from the tie when the call is made. */
  expected: SupportLevel;
}

export interface CrisisInstance {
  id: string;
  /** Deck event id, or null when it grew out of a theatre's rivalry. */
  event: string | null;
  theatre: TheatreId;
  initiator: ActorId;
  target: ActorId;
  severity: number;
  calls: Call[];
}

export interface ChoiceInstance {
  id: string;
  event: string;
  decider: ActorId;
}

export interface Agenda {
  crises: CrisisInstance[];
  choices: ChoiceInstance[];
}

export interface ActorDecision {
  postures?: Record<ActorId, Posture>;
  /** Answers to calls, by call id. */
  answers?: Record<string, SupportLevel>;
  /** Choices on events, by choice instance id. */
  choices?: Record<string, string>;
  /** In a crisis where the actor is a principal, by crisis id: the actors it calls on, among those the rules would
   *  call for it (legalCrises). A crisis not named: it calls on every one of them. */
  calls?: Record<string, ActorId[]>;
  /** In a crisis where the actor is a principal, by crisis id: how it meets it. A crisis not named: it stands firm. */
  stances?: Record<string, Stance>;
  /** A crisis the actor starts against a rival it challenges in a theatre: it opens on the next turn. */
  challenge?: { theatre: TheatreId; target: ActorId };
}
export type Decisions = Record<ActorId, ActorDecision>;

export interface CrisisOutcome {
  crisis: string;
  initiator: ActorId;
  target: ActorId;
  theatre: TheatreId;
  escalated: boolean;
  /** Winner of the confrontation: when no clash came, the side that did not back down. */
  winner: ActorId;
  /** How each principal chose to meet the crisis, where it chose (an actor that did not stood firm). */
  stances?: { initiator?: Stance; target?: Stance };
  severity: number;
  /** Each called actor's answer as its caller saw it (opposition, where it backed the other side more), and what
   *  backing a side cost it if the crisis escalated (security + economy points). */
  answers: { caller: ActorId; callee: ActorId; expected: SupportLevel; delivered: SupportLevel; cost: number }[];
}

export interface TieChange {
  a: ActorId;
  b: ActorId;
  from: Tie;
  to: Tie;
  reason: 'formed' | 'abrogated' | 'grievance' | 'trust' | 'lowered';
}

export interface TurnRecord {
  turn: number;
  decisions: Decisions;
  crises: CrisisOutcome[];
  choices: { id: string; event: string; decider: ActorId; choice: string }[];
  tieChanges: TieChange[];
}

/** Running totals per actor, for summaries and debriefs. */
export interface ActorStats {
  /** Crises in which this actor was a principal and called on others. */
  crisesFaced: number;
  /** Calls this actor made on tied actors in those crises. */
  callsMade: number;
  /** Calls of this actor answered with neutrality or opposition by a tied actor. */
  abandoned: number;
  /** Calls of this actor answered below what the tie led it to expect. */
  disappointed: number;
  /** Times this actor paid for backing a side (diplomatically or fully) in a clash that was not its own. */
  entrapped: number;
  entrapmentCost: number;
  crisesStarted: number;
  escalations: number;
}

/** How a game ended, in codes: two principals' clash became a war, a playable actor collapsed, or the last turn was
 *  played (the lesson's, when a lesson made the game shorter than its scenario). */
export type Ending =
  | { reason: 'war'; turn: number; initiator: ActorId; target: ActorId }
  | { reason: 'collapse'; turn: number; actor: ActorId }
  | { reason: 'last-turn'; turn: number; lessonTurns?: number };

/** How readily actors start crises and press them: a lesson's setting, 'normal' when not given. */
export const TEMPERAMENTS = ['calm', 'normal', 'hawkish'] as const;
export type Temperament = (typeof TEMPERAMENTS)[number];

/** What a lesson may change about the scenario's game; fixed when the game starts. */
export interface GameRules {
  /** Turns to play, when fewer than the scenario has. */
  turns?: number;
  temperament?: Temperament;
}

/**
 * A figure for every ordered pair of a scenario's actors (a's trust in b, a's grievance against b), at a × actors + b
 * by their places among the actors (Lookup.index; see pairs.ts): the rules read and change these figures more than any
 * other, and a flat list is read, changed and copied at a fraction of the cost of a record of records. The pair of an
 * actor with itself holds 0 and means nothing; the state hash covers the table by actor ids, row by row (byActors).
 */
export type PairTable = number[];

export interface GameState {
  /** The scenario is shared by every state of a game, never copied; the hash covers its content hash only. */
  readonly scenario: Scenario;
  seed: string;
  /** Present only when the game was started with rules that change something, so plain games hash as before. */
  readonly rules?: GameRules;
  /** Turn awaiting decisions (1-based). */
  turn: number;
  ending: Ending | null;
  rng: RngState;
  power: Record<ActorId, { military: number; economic: number }>;
  metrics: Record<ActorId, Metrics>;
  /** Each actor's trust in each other (trustIn). */
  trust: PairTable;
  /** How much evidence each belief rests on, in observations (a Beta belief of mean trust and weight evidence). */
  evidence: PairTable;
  /** Each actor's grievance against each other (grievanceAgainst). */
  grievance: PairTable;
  postures: Record<ActorId, Record<ActorId, Posture>>;
  /** Keyed by pairKey(a, b). */
  ties: Record<string, TieState>;
  tension: Record<TheatreId, number>;
  /** Deck events already dealt (for once-only events). */
  dealt: string[];
  /** Crises queued by effects for the next deal. */
  queued: { theatre: TheatreId; initiator: ActorId; target: ActorId; severity: number; event: string | null }[];
  agenda: Agenda;
  stats: Record<ActorId, ActorStats>;
  log: TurnRecord[];
}

export type Result<T, E> = { ok: true; value: T } | { ok: false; errors: E[] };
export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(errors: E[]): Result<never, E> => ({ ok: false, errors });
