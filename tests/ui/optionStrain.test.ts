// An event's option that gives a tied power less than it expects says, beside it, what it leaves of the tie: where
// it says the tie breaks, taking it breaks the tie at the turn's end; where it says nothing of a break, the tie holds
// unless something else that turn broke it. Every shipped scenario, played by the computer's powers in character;
// each option of each event taken in turn on the same position, the rest of the turn as the powers decided it.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { playGame } from '../../src/ai/autoplay';
import {
  GRIEVANCE_WEIGHT,
  grievanceAheadAfterOption,
  lookup,
  newGame,
  pairAt,
  prepareScenario,
  resolveTurn,
  tieOf,
  turnRates,
  yearsPerTurn,
  type ScenarioDef,
  type ActorId,
  type Decisions,
  type EventDef,
  type GameState,
  type TurnRecord,
} from '../../src/engine';
import { messages, useMessages } from '../../src/i18n/core';
import { ru } from '../../src/i18n/catalog/ru';
import { zh } from '../../src/i18n/catalog/zh';
import { optionStrainWords } from '../../src/ui/decisions';
import { shippedScenarios } from '../machine/support';

const GAMES = 6;

/** The turn played from `state` under `decisions` with `decider` taking `option` on the choice `instance`, and the
 *  powers in `pinned` keeping their postures toward `decider`: what the warning takes as given (the others' postures
 *  as they stand). */
function takeOption(state: GameState, decisions: Decisions, decider: ActorId, instance: string, option: string, pinned: ActorId[]): GameState {
  const taken: Decisions = { ...decisions, [decider]: { ...decisions[decider], choices: { ...decisions[decider]?.choices, [instance]: option } } };
  for (const other of pinned) taken[other] = { ...taken[other], postures: { ...taken[other]?.postures, [decider]: state.postures[other]![decider]! } };
  return resolveTurn(state, taken);
}

/** How the pair's tie ended this turn, if it did: the reason of its change to no tie. */
const endedBy = (record: TurnRecord, a: ActorId, b: ActorId) => record.tieChanges.find((c) => ((c.a === a && c.b === b) || (c.a === b && c.b === a)) && c.to === 'none')?.reason;

describe('what an event’s option leaves of a tie, said beside it', () => {
  it('an option said to break a tie breaks it; one said not to leaves it whole unless something else broke it', () => {
    let options = 0;
    let warned = 0;
    let strained = 0;
    let madeTheDifference = 0;
    let heldWhole = 0;
    let brokenByOther = 0;
    for (const scenario of shippedScenarios()) {
      for (let g = 0; g < GAMES; g++) {
        const turns: [GameState, Decisions][] = [];
        playGame(scenario, { seed: `option-strain-${g}`, policy: 'persona', adjust: (s, d) => void turns.push([s, d]) });
        for (const [state, decisions] of turns) {
          for (const instance of state.agenda.choices) {
            const decider = instance.decider;
            const event: EventDef = lookup(scenario).event.get(instance.event)!;
            const postures = decisions[decider]?.postures ?? {};
            // The powers tied to the decider: the option's warning may only speak of these.
            const tied = lookup(scenario).rows[decider]!.map((r) => r.other).filter((o) => tieOf(state, decider, o) !== 'none');
            if (tied.length === 0) continue;
            const outcomes = event.choices!.map((option) => {
              const strains = grievanceAheadAfterOption(state, decider, event, option, postures);
              const words = optionStrainWords(state, decider, event, option, postures);
              const next = takeOption(state, decisions, decider, instance.id, option.id, tied);
              return { option, strains, words, next, record: next.log[next.log.length - 1]! };
            });
            for (const { strains, words, next, record } of outcomes) {
              options++;
              for (const other of tied) {
                const strain = strains.find((x) => x.other === other);
                const ended = endedBy(record, decider, other);
                const where = `${scenario.id} g${g} turn ${state.turn}: ${decider} on ${event.id} toward ${other}`;
                if (strain) {
                  strained++;
                  // What the turn's end leaves is never less than the warning said: nothing else takes grievance away.
                  expect(next.grievance[pairAt(scenario, other, decider)]!, where).toBeGreaterThanOrEqual(strain.ahead.b - 1e-9);
                }
                if (strain && strain.ahead.b > strain.ahead.limit) {
                  warned++;
                  expect(words?.breaks, where).toBe(true);
                  expect(ended, `${where}: said to break`).toBeDefined();
                  // The option made the difference where another option of the same event leaves the tie whole.
                  if (outcomes.some((o) => endedBy(o.record, decider, other) === undefined)) madeTheDifference++;
                  continue;
                }
                if (ended === undefined) {
                  heldWhole++;
                  continue;
                }
                // Said not to break, and ended: something the warning does not count ended it — the decider's own
                // posture walking out of it, a lost trust, a grievance already past bearing, or one this turn's crises
                // or other events added to.
                brokenByOther++;
                if (ended !== 'grievance') {
                  expect(['lowered', 'abrogated', 'trust'], where).toContain(ended);
                  continue;
                }
                const theirs = next.grievance[pairAt(scenario, other, decider)]!;
                const mine = next.grievance[pairAt(scenario, decider, other)]!;
                const anyway = strain?.breaksAnyway ?? false;
                const added = strain ? theirs > strain.ahead.b + 1e-9 : theirs > next.scenario.rules.breakThreshold;
                expect(anyway || added || mine > next.scenario.rules.breakThreshold, `${where}: broke (${ended}) though not said to`).toBe(true);
              }
            }
          }
        }
      }
    }
    console.log(
      `options weighed: ${options}; ties strained by an option: ${strained}; said to break: ${warned} (another option of the same event kept the tie: ${madeTheDifference}); ` +
        `not said to break and held: ${heldWhole}; broken by something else: ${brokenByOther}`,
    );
    expect(warned).toBeGreaterThan(0);
    expect(heldWhole).toBeGreaterThan(0);
  });
});

describe('the words beside an option that strains a tie', () => {
  const scenario = prepareScenario(JSON.parse(readFileSync('scenarios/sino-soviet-1945.json', 'utf8')) as ScenarioDef);
  // China, allied to the Soviet Union, decides whether to back it: refusing gives it nothing where it expects words.
  const event: EventDef = {
    id: 'test-backing',
    kind: 'dispute',
    title: 'Back the Soviet Union?',
    text: 'Moscow asks for words.',
    weight: 1,
    decider: 'CHN',
    choices: [
      { id: 'back', label: 'Back it', effects: [{ kind: 'support', to: 'RUS', level: 2, cost: 0.1 }] },
      { id: 'refuse', label: 'Refuse', effects: [{ kind: 'support', to: 'RUS', level: 0, cost: 0 }] },
    ],
  };
  const [back, refuse] = event.choices!;
  /** A new game with the Soviet grievance against China such that, faded by a turn, it stands at `share` of the limit. */
  const at = (share: number) => {
    const game = newGame(scenario, 'option-strain');
    const kept = turnRates(yearsPerTurn(scenario)).grievanceKept;
    game.grievance[pairAt(scenario, 'RUS', 'CHN')] = (share * scenario.rules.breakThreshold) / kept;
    return game;
  };
  const added = 2 * GRIEVANCE_WEIGHT.alliance;

  it('warns of a break, says a strain more quietly, and says nothing of an option that meets the expectation', () => {
    useMessages('en', messages());
    expect(optionStrainWords(at(0.9), 'CHN', event, back!)).toBeNull();
    const quiet = optionStrainWords(at(0), 'CHN', event, refuse!);
    const breaks = optionStrainWords(at(0.9), 'CHN', event, refuse!);
    console.log({ quiet: quiet?.text, breaks: breaks?.text });
    expect(quiet?.breaks).toBe(false);
    expect(quiet?.text).toMatch(new RegExp(`^Taking this adds ${added.toFixed(1)} to the grievance of the Soviet Union against you; faded over the turn, it will stand at [\\d.]+ at its end, against the 4\\.0 your alliance can bear\\.$`));
    expect(breaks?.breaks).toBe(true);
    expect(breaks?.text).toMatch(/^⚠ Taking this adds [\d.]+ to the grievance of the Soviet Union against you; .* past the 4\.0 your alliance can bear: the tie would break\.$/);
    // A tie that breaks whatever the option says so.
    expect(optionStrainWords(at(1.5), 'CHN', event, refuse!)?.text).toMatch(/the tie would break, as it would without this\.$/);
  });

  it('says the same in Russian and Chinese', () => {
    const english = messages();
    try {
      useMessages('ru', ru);
      expect(optionStrainWords(at(0.9), 'CHN', event, refuse!)?.text).toMatch(/^⚠ Этот выбор добавит [\d,]+ к обиде стороны «Советский Союз» на вас; .* ваш союз .* Связь распадётся\.$/);
      useMessages('zh', zh);
      expect(optionStrainWords(at(0.9), 'CHN', event, refuse!)?.text).toMatch(/^⚠ 选择此项将使.+对你的怨恨增加[\d.]+.*同盟.*这层关系将会破裂。$/);
    } finally {
      useMessages('en', english);
    }
  });
});
