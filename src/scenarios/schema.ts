// The scenario file format, as a zod schema. It mirrors ScenarioDef in src/engine/types.ts;
// the type checks at the bottom make `npm run typecheck` fail if the two ever disagree.
// The .check(z.describe()) texts become the hovers an author sees in an editor, so they speak to authors.
// zod's functional "mini" build: the game ships the schema to the browser, and mini is half the size of the classic API.
import * as z from 'zod/mini';
import {
  ACTOR_KINDS,
  EVENT_KINDS,
  METRICS,
  POSTURES,
  SUPPORT_LEVELS,
  TERMS,
  TIES,
  type Condition,
  type Effect,
  type ScenarioDef,
} from '../engine/types';

export const FORMAT_VERSION = 1;

/** The ties a scenario can put in force at the start: 'none' is no tie at all. */
const FORMAL_TIES = TIES.filter((t): t is Exclude<(typeof TIES)[number], 'none'> => t !== 'none');

/** Ids are short codes so they can appear in saves, class codes and file names. */
export const ID_PATTERN = /^[A-Za-z0-9_-]+$/;

const id = (what: string) =>
  z
    .string()
    .check(z.regex(ID_PATTERN))
    .check(z.describe(`${what}: a short code of letters, digits, "-" or "_", with no spaces.`));

const actorRef = (role: string) =>
  z.string().check(z.regex(ID_PATTERN)).check(z.describe(`${role}: the id of one of this scenario's actors, e.g. "RUS".`));
const theatreRef = (role: string) =>
  z.string().check(z.regex(ID_PATTERN)).check(z.describe(`${role}: the id of one of this scenario's theatres.`));

const text = (what: string) => z.string().check(z.minLength(1)).check(z.describe(what));
const inLang = (lang: string) => z.string().check(z.minLength(1)).check(z.describe(`The text in ${lang}.`));
/** Prose a player reads: a plain string (English only), or the text in each language, English required. */
const prose = (what: string) =>
  z
    .union([
      text(what),
      z.strictObject({ en: inLang('English'), ru: z.optional(inLang('Russian')), zh: z.optional(inLang('Simplified Chinese')) }).check(z.describe(`${what} One text per language: "en" (required), "ru", "zh".`)),
    ])
    .check(z.describe(what));
const LANG_CODES = ['en', 'ru', 'zh'] as const;
const share = (what: string) => z.number().check(z.minimum(0), z.maximum(1)).check(z.describe(`${what} From 0 to 1.`));
const metricValue = (what: string) => z.number().check(z.minimum(0), z.maximum(100)).check(z.describe(`${what} From 0 to 100.`));
const turnNumber = (what: string) => z.int().check(z.minimum(1)).check(z.describe(`${what} Turns are counted from 1.`));

const sourceRef = z
  .strictObject({
    document: text('File name of the document quoted; it must be listed in "documents".'),
    part: z.optional(text('The part of the document the passage comes from (an article of a compilation), by its id in the document\'s "parts"; the quotation is cited by the part\'s title.')),
    quote: text('The passage quoted, word for word, in the language of its document.'),
    translation: z.optional(
      z
        .strictObject({ en: z.optional(inLang('English')), ru: z.optional(inLang('Russian')), zh: z.optional(inLang('Simplified Chinese')) })
        .check(z.describe('The quotation translated into the languages other than its document\'s, shown beside it and marked as a translation.')),
    ),
  })
  .check(z.describe('A short quotation from one of the scenario\'s documents that supports this item.'));

const sources = z.array(sourceRef).check(z.describe('Quotations from the documents that support this item.'));

const metricNames = {
  security: 'Security: safety from military threat and coercion.',
  economy: 'Economy: trade, growth and revenue.',
  influence: 'Influence: standing and weight with other powers.',
  autonomy: 'Autonomy: freedom to act without depending on others.',
  stability: 'Stability: order and cohesion at home.',
} as const;

/** One field per metric; `make` gives the number schema for each, from the metric's description. */
function metricFields<T extends z.ZodMiniType>(make: (description: string) => T) {
  return {
    security: make(metricNames.security),
    economy: make(metricNames.economy),
    influence: make(metricNames.influence),
    autonomy: make(metricNames.autonomy),
    stability: make(metricNames.stability),
  };
}

const metricName = z
  .enum(METRICS)
  .check(z.describe('One of the five measures of how an actor is doing.'));

const persona = z
  .strictObject({
    risk: share('Appetite for starting and pressing crises.'),
    reliability: share('Tendency to deliver what partners expect.'),
    hedging: share('Preference for keeping options open rather than committing.'),
    motto: z.optional(prose('One line in the actor\'s own voice, shown in its dossier.')),
  })
  .check(z.describe('How the actor behaves when the computer plays it.'));

const actor = z
  .strictObject({
    id: id('Actor id, used everywhere else in the file to name this actor'),
    name: prose('Name shown to players, e.g. "Russia".'),
    definite: z.optional(
      z
        .boolean()
        .check(z.describe('Whether English sentences put "the" before the name, as "the United States presses China" (headings and the map show the name alone). Other languages have no article.')),
    ),
    kind: z.enum(ACTOR_KINDS).check(z.describe('What sort of actor: a state, a non-state group, or an organisation.')),
    power: z
      .strictObject({
        military: z.number().check(z.minimum(0)).check(z.describe('Military power, 0 or more; compared between actors.')),
        economic: z.number().check(z.minimum(0)).check(z.describe('Economic power, 0 or more; compared between actors.')),
      })
      .check(z.describe('How strong the actor is at the start.')),
    interests: z
      .strictObject(metricFields((d) => z.number().check(z.minimum(0)).check(z.describe(`${d} How much the actor cares, 0 or more.`))))
      .check(z.describe('What the actor cares about: one weight per measure. The weights need not add up to 1.')),
    persona,
    map: z
      .strictObject({
        iso: z
          .array(z.string().check(z.minLength(1)))
          .check(
            z.describe(
              "The present-day countries that made up the actor's territory at the time, as ISO 3166 numeric codes of three digits ('643' Russia). The map merges them into one shape, with no border drawn between them, named with the actor's name. Empty for an actor without territory (a movement, an organisation).",
            ),
          ),
        lon: z.number().check(z.minimum(-180), z.maximum(180)).check(z.describe('Longitude of the actor\'s marker on the map.')),
        lat: z.number().check(z.minimum(-90), z.maximum(90)).check(z.describe('Latitude of the actor\'s marker on the map.')),
      })
      .check(z.describe('Where the actor appears on the map.')),
    metrics: z.optional(
      z
        .strictObject(metricFields((d) => z.optional(metricValue(`${d} Starting value.`))))
        .check(z.describe('Starting measures, from 0 to 100. Any left out start at 50.')),
    ),
    trust: z.optional(
      z
        .record(actorRef('Trusted actor'), share('Trust in that actor.'))
        .check(z.describe('Starting trust in other actors, by actor id. Pairs left out use the scenario\'s default trust.')),
    ),
    growth: z.optional(
      z
        .strictObject({
          military: z.optional(z.number().check(z.describe('Points of military power gained a year (negative: lost).'))),
          economic: z.optional(z.number().check(z.describe('Points of economic power gained a year (negative: lost).'))),
        })
        .check(z.describe('How the actor\'s power grows or declines by itself, in points a year: power shifts between partners age their ties.')),
    ),
    description: z.optional(prose('A paragraph about the actor for its dossier.')),
    sources: z.optional(sources),
  })
  .check(z.describe('A power or group taking part in the scenario.'));

const tie = z
  .strictObject({
    a: actorRef('One side of the tie'),
    b: actorRef('The other side of the tie'),
    kind: z.enum(FORMAL_TIES).check(z.describe('How committed the tie is: a partnership or a full alliance.')),
    terms: z.optional(
      z
        .enum(TERMS)
        .check(
          z.describe(
            'What the treaty obliges (the ATOP types): "defensive" aid when the partner is attacked, "offensive" aid whoever starts it, "neutrality" only staying out, "consultation" standing by a partner under attack. Standard: defensive for an alliance, consultation for a partnership.',
          ),
        ),
    ),
    against: z.optional(
      z.array(actorRef('A power the treaty is aimed at')).check(z.minLength(1), z.describe('The powers the treaty is aimed at; its aid is owed against them and any state allied with them. Left out: against anyone.')),
    ),
    burden: z.optional(
      z
        .strictObject({
          actor: actorRef('The side that resents the unequal clause'),
          grievancePerYear: z.number().check(z.minimum(0), z.describe('Grievance the clause adds each year the tie holds.')),
        })
        .check(z.describe('An unequal clause of the treaty (a concession, a base, a privilege) that one side resents as long as the tie holds.')),
    ),
    sources: z.optional(sources),
  })
  .check(z.describe('A formal tie between two actors that both have agreed to, in force at the start.'));

const posture = z
  .strictObject({
    from: actorRef('The actor taking the stance'),
    to: actorRef('The actor the stance is toward'),
    posture: z.enum(POSTURES).check(z.describe('How close the actor chooses to stand: hedge, partner or ally.')),
  })
  .check(z.describe('The stance one actor takes toward another on its own, without any agreement.'));

const rivalry = z
  .strictObject({
    challenger: actorRef('The actor that may start a crisis here'),
    defender: actorRef('The actor it may start the crisis against'),
  })
  .check(z.describe('A pair of actors that can clash in this theatre.'));

const theatre = z
  .strictObject({
    id: id('Theatre id, used by events to say where they happen'),
    name: prose('Name shown to players, e.g. "Central Asia".'),
    lon: z.number().check(z.minimum(-180), z.maximum(180)).check(z.describe('Longitude of the theatre\'s marker on the map.')),
    lat: z.number().check(z.minimum(-90), z.maximum(90)).check(z.describe('Latitude of the theatre\'s marker on the map.')),
    tension: share('Starting tension, and the level tension drifts back to.'),
    rivals: z.array(rivalry).check(z.describe('Pairs of actors that can clash here.')),
    exposure: z
      .record(actorRef('Exposed actor'), share('How much a clash here touches that actor.'))
      .check(z.describe('How much a clash here touches each actor, by actor id. Actors left out are untouched (0).')),
    trend: z.optional(z.number().check(z.describe('How much the baseline tension moves each year: negative as a threat fades, positive as it grows.'))),
    sources: z.optional(sources),
  })
  .check(z.describe('A region where crises happen.'));

const bounds = (make: () => z.ZodMiniNumber<number>) => ({
  min: z.optional(make().check(z.describe('Lowest value for which the condition holds.'))),
  max: z.optional(make().check(z.describe('Highest value for which the condition holds.'))),
});
const unitBound = () => z.number().check(z.minimum(0), z.maximum(1));
const metricBound = () => z.number().check(z.minimum(0), z.maximum(100));

const condition = z
  .discriminatedUnion('kind', [
    z
      .strictObject({
        kind: z.literal('tie'),
        a: actorRef('One side of the tie'),
        b: actorRef('The other side'),
        is: z.array(z.enum(TIES)).check(z.minLength(1), z.describe('The condition holds when the tie is any of these.')),
      })
      .check(z.describe('Holds when the tie between two actors is one of the kinds listed.')),
    z
      .strictObject({
        kind: z.literal('posture'),
        from: actorRef('The actor taking the stance'),
        to: actorRef('The actor the stance is toward'),
        is: z.array(z.enum(POSTURES)).check(z.minLength(1), z.describe('The condition holds when the stance is any of these.')),
      })
      .check(z.describe('Holds when one actor\'s stance toward another is one of those listed.')),
    z
      .strictObject({ kind: z.literal('tension'), theatre: theatreRef('The theatre'), ...bounds(unitBound) })
      .check(z.describe('Holds when a theatre\'s tension (0 to 1) is within the bounds.')),
    z
      .strictObject({
        kind: z.literal('trust'),
        from: actorRef('The actor who trusts'),
        to: actorRef('The actor trusted'),
        ...bounds(unitBound),
      })
      .check(z.describe('Holds when one actor\'s trust in another (0 to 1) is within the bounds.')),
    z
      .strictObject({ kind: z.literal('metric'), actor: actorRef('The actor'), metric: metricName, ...bounds(metricBound) })
      .check(z.describe('Holds when one of an actor\'s measures (0 to 100) is within the bounds.')),
  ])
  .check(z.describe('Something that must be true for the event to be dealt.'));

const effect = z
  .discriminatedUnion('kind', [
    z
      .strictObject({
        kind: z.literal('metric'),
        actor: actorRef('The actor affected'),
        metric: metricName,
        amount: z.number().check(z.minimum(-100), z.maximum(100)).check(z.describe('Change to the measure; larger when the theatre is tense.')),
      })
      .check(z.describe('Raise or lower one of an actor\'s measures.')),
    z
      .strictObject({
        kind: z.literal('tension'),
        theatre: theatreRef('The theatre affected'),
        amount: z.number().check(z.minimum(-1), z.maximum(1)).check(z.describe('Change to the tension, from -1 to 1.')),
      })
      .check(z.describe('Raise or lower a theatre\'s tension.')),
    z
      .strictObject({
        kind: z.literal('power'),
        actor: actorRef('The actor affected'),
        military: z.optional(z.number().check(z.describe('Change to military power.'))),
        economic: z.optional(z.number().check(z.describe('Change to economic power.'))),
      })
      .check(z.describe('Raise or lower an actor\'s power.')),
    z
      .strictObject({
        kind: z.literal('support'),
        to: actorRef('The actor supported'),
        level: z
          .literal(SUPPORT_LEVELS)
          .check(z.describe('What the deciding actor delivers: 0 oppose, 1 stay neutral, 2 diplomatic support, 3 full support.')),
        cost: share('What delivering it costs the deciding actor.'),
      })
      .check(z.describe('The deciding actor stands with (or against) another; judged against what their tie leads it to expect.')),
    z
      .strictObject({
        kind: z.literal('crisis'),
        theatre: theatreRef('Where the crisis breaks out'),
        initiator: actorRef('The actor that starts it'),
        target: actorRef('The actor it is aimed at'),
        severity: share('How grave the crisis is.'),
      })
      .check(z.describe('Start a crisis on the next turn.')),
  ])
  .check(z.describe('What happens when this choice is made.'));

const choice = z
  .strictObject({
    id: id('Choice id, unique within its event; the historical path names it'),
    label: prose('Short label on the choice\'s button.'),
    text: z.optional(prose('Longer explanation of the choice.')),
    effects: z.array(effect).check(z.describe('What happens when this choice is made.')),
  })
  .check(z.describe('One option open to the deciding actor.'));

const event = z
  .strictObject({
    id: id('Event id, unique in the scenario'),
    kind: z
      .enum(EVENT_KINDS)
      .check(z.describe('A crisis between two actors, or a choice for one actor: an opportunity, a pressure or a dispute.')),
    title: prose('Headline shown to players.'),
    text: prose('What is happening, told to players.'),
    theatre: z.optional(theatreRef('Where it happens (required for crises)')),
    turns: z.optional(
      z
        .strictObject({
          from: z.optional(turnNumber('First turn on which the event may be dealt.')),
          to: z.optional(turnNumber('Last turn on which the event may be dealt.')),
        })
        .check(z.describe('The turns on which the event may be dealt, first and last included. Left out: any turn.')),
    ),
    when: z.optional(z.array(condition).check(z.describe('Conditions that must all hold for the event to be dealt.'))),
    weight: z.number().check(z.minimum(0)).check(z.describe('How likely the event is to be dealt compared with the others; 0 means never.')),
    once: z.optional(z.boolean().check(z.describe('Dealt at most once in a game (true unless set to false).'))),
    crisis: z.optional(
      z
        .strictObject({
          initiator: actorRef('The actor that starts the crisis'),
          target: actorRef('The actor it is aimed at'),
          severity: share('How grave the crisis is.'),
        })
        .check(z.describe('For crises: who challenges whom, and how gravely.')),
    ),
    decider: z.optional(actorRef('For choices: the actor who decides')),
    choices: z.optional(z.array(choice).check(z.describe('For choices: the options open to the deciding actor.'))),
    sources: z.optional(sources),
  })
  .check(z.describe('A card in the event deck: a crisis, or a choice put to one actor.'));

const historyTurn = z
  .strictObject({
    turn: turnNumber('The turn this entry describes.'),
    postures: z.optional(z.array(posture).check(z.describe('Stances the actors really held on this turn.'))),
    choices: z.optional(
      z.record(id('Event id'), id('Choice id')).check(z.describe('What was really chosen on events of this turn: event id → choice id.')),
    ),
    happened: prose('What really happened, told for the debrief.'),
    sources: z.optional(sources),
  })
  .check(z.describe('What really happened on one turn, for comparison in the debrief.'));

const rules = z
  .strictObject({
    defaultTrust: z.optional(share('Trust between two actors when the scenario gives none.')),
    eventsPerTurn: z.optional(z.int().check(z.minimum(0)).check(z.describe('Most events dealt from the deck each turn, crises and choices alike (2 when left out); eligible events beyond it wait for a later turn. Crises that rivalries start, and crises an earlier choice set off, come on top.'))),
    breakThreshold: z.optional(z.number().check(z.minimum(0)).check(z.describe('Grievance at which a tie breaks.'))),
    cooldownTurns: z.optional(z.int().check(z.minimum(0), z.describe('Turns after a tie breaks before the same pair can tie again.'))),
  })
  .check(z.describe('Changes to the game\'s standard rules for this scenario. Anything left out keeps its standard value.'));

export const scenarioSchema = z
  .strictObject({
    $schema: z.optional(z.string().check(z.describe('Where editors find this format\'s description; the game ignores it.'))),
    formatVersion: z.literal(FORMAT_VERSION).check(z.describe('Version of the scenario format. Write 1.')),
    id: id('Scenario id, used in class codes and result files'),
    title: prose('Title shown in the scenario list.'),
    summary: prose('A few sentences introducing the scenario.'),
    startYear: z.int().check(z.describe('Year the scenario begins.')),
    startMonth: z.optional(z.int().check(z.minimum(1), z.maximum(12), z.describe('Month (1 to 12) in which the first turn begins. January when left out.'))),
    endYear: z.int().check(z.describe('Year the scenario ends.')),
    monthsPerTurn: z.int().check(z.minimum(1)).check(z.describe('How many months one turn stands for, 1 or more.')),
    turns: z.int().check(z.minimum(1)).check(z.describe('How many turns a game lasts, 1 or more.')),
    playable: z
      .array(actorRef('A side a player may take'))
      .check(z.minLength(1))
      .check(z.describe('The actors a player may lead. At least one.')),
    documents: z
      .array(
        z
          .strictObject({
            file: text('File name of the document, as quoted in "sources".'),
            title: prose('Title of the document.'),
            lang: z.optional(z.enum(LANG_CODES).check(z.describe('The language the document is written in, and so its quotations (English when absent).'))),
            parts: z.optional(
              z
                .array(
                  z
                    .strictObject({
                      id: text('Id of the part, as quotations name it in "part".'),
                      title: prose('Title of the part, by which its quotations are cited.'),
                      from: z.int().check(z.minimum(1)).check(z.describe('First line of the part in the document\'s text, counted from 1.')),
                      to: z.int().check(z.minimum(1)).check(z.describe('Last line of the part in the document\'s text.')),
                    })
                    .check(z.describe('A part of the document with a title of its own: an article of a compilation.')),
                )
                .check(z.describe('The parts of a document that gathers several texts, each cited by its own title.')),
            ),
          })
          .check(z.describe('A document the scenario quotes.')),
      )
      .check(z.describe('The documents the scenario is built from; every quotation must name one of them.')),
    actors: z.array(actor).check(z.describe('The powers and groups taking part.')),
    ties: z.array(tie).check(z.describe('Formal ties in force at the start.')),
    treaties: z.optional(
      z
        .array(tie)
        .check(
          z.describe(
            'Treaties a pair signs if it forms a tie of that kind during play (a basing agreement, a later treaty): at most one per pair and kind, and none for a tie in force at the start, whose terms are in ties. Any other tie formed in play takes the standard terms.',
          ),
        ),
    ),
    postures: z.array(posture).check(z.describe('Stances held at the start.')),
    theatres: z.array(theatre).check(z.describe('Regions where crises happen.')),
    events: z.array(event).check(z.describe('The event deck.')),
    history: z.array(historyTurn).check(z.describe('What really happened, turn by turn, for the debrief.')),
    objectives: z.array(prose('One learning objective.')).check(z.describe('What students should learn from the scenario.')),
    questions: z.array(prose('One discussion question.')).check(z.describe('Questions for the class discussion afterwards.')),
    classMinutes: z.number().check(z.minimum(1)).check(z.describe('About how many minutes of class time a game takes.')),
    rules: z.optional(rules),
    sources: z.optional(sources),
  })
  .check(z.describe('A Bowstring scenario: the world at the start, the event deck, and what really happened.'));

export type ScenarioFile = z.infer<typeof scenarioSchema>;

// ---------------------------------------------------------------- drift guard
// If the schema and ScenarioDef ever disagree, these lines stop the build.
// Mutual assignability catches changed types; the key checks catch an optional field on one side only.

type Assert<T extends true> = T;
type MutuallyAssignable<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** True when A and B have the same keys at every level of nesting (arrays and records looked through). */
type SameKeys<A, B> = [A] extends [readonly (infer EA)[]]
  ? [B] extends [readonly (infer EB)[]]
    ? SameKeys<EA, EB>
    : false
  : [A] extends [object]
    ? [B] extends [object]
      ? [Exclude<keyof A, keyof B> | Exclude<keyof B, keyof A>] extends [never]
        ? false extends { [K in keyof A & keyof B]-?: SameKeys<NonNullable<A[K]>, NonNullable<B[K]>> }[keyof A & keyof B]
          ? false
          : true
        : false
      : false
    : true;

/** SameKeys for each member of two unions told apart by `kind` (keyof a union sees only common keys). */
type SameKeysByKind<A extends { kind: string }, B extends { kind: string }> = false extends {
  [K in A['kind'] | B['kind']]: SameKeys<Extract<A, { kind: K }>, Extract<B, { kind: K }>>;
}[A['kind'] | B['kind']]
  ? false
  : true;

export type SchemaMatchesScenarioDef = [
  Assert<MutuallyAssignable<z.infer<typeof scenarioSchema>, ScenarioDef>>,
  Assert<MutuallyAssignable<z.input<typeof scenarioSchema>, ScenarioDef>>,
  Assert<SameKeys<z.infer<typeof scenarioSchema>, ScenarioDef>>,
  Assert<SameKeysByKind<z.infer<typeof condition>, Condition>>,
  Assert<SameKeysByKind<z.infer<typeof effect>, Effect>>,
];
