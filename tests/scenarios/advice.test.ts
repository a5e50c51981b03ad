// Advice to authors on what plays otherwise than the file reads: each check on a small edit of the minimal fixture,
// which on its own draws no advice at all.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ScenarioDef } from '../../src/engine';
import { atlasCodes, METRIC_EFFECT_LIMIT } from '../../src/scenarios/advice';
import { loadScenario } from '../../src/scenarios/loader';
import { fixture } from './helpers';

const mapCodes = atlasCodes(JSON.parse(readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-50m.json'), 'utf8')));

/** The warnings a copy of minimal.json draws after `edit`, as `path | message`. */
function advice(edit: (s: ScenarioDef) => void = () => {}): string[] {
  const s = JSON.parse(fixture('minimal.json')) as ScenarioDef;
  edit(s);
  const report = loadScenario(JSON.stringify(s, null, 2), 'edited.json', { mapCodes });
  expect(report.ok ? [] : report.errors.map((e) => e.message)).toEqual([]);
  return report.warnings.map((w) => `${w.path} | ${w.message}`);
}

describe('advice to authors', () => {
  it('has nothing to say about the minimal fixture', () => expect(advice()).toEqual([]));

  describe('map codes', () => {
    it('reads the country codes of the map the game draws', () => {
      expect(mapCodes.size).toBeGreaterThan(200);
      for (const code of ['643', '156', '004', '158']) expect(mapCodes.has(code), code).toBe(true);
      expect(mapCodes.has('RUS')).toBe(false);
    });

    it('points out a code the map does not have, and a numeric code missing its zeros', () => {
      const found = advice((s) => {
        s.actors[0]!.map.iso = ['RUS'];
        s.actors[1]!.map.iso = ['156', '4'];
      });
      expect(found).toHaveLength(2);
      expect(found[0]).toMatch(/^actors\[0\]\.map\.iso\[0\] \| actors\[0\]\.map\.iso\[0\] is 'RUS', which is not a country on the game's map/);
      expect(found[1]).toMatch(/^actors\[1\]\.map\.iso\[1\] \| .*Did you mean '004'\?$/);
    });

    it('says nothing of codes when the map is not known (the browser loads files without it)', () => {
      const s = JSON.parse(fixture('minimal.json')) as ScenarioDef;
      s.actors[0]!.map.iso = ['RUS'];
      expect(loadScenario(JSON.stringify(s)).warnings).toEqual([]);
    });
  });

  describe('ties and postures', () => {
    it('warns of a posture that undoes a tie: an alliance with a side at "hedge"', () => {
      const found = advice((s) => {
        s.ties[0]!.kind = 'alliance';
        s.postures[1]!.posture = 'hedge';
      });
      expect(found).toEqual([
        "ties[0].kind | ties[0] makes RUS and CHN an alliance, but postures[0] has RUS 'partner' toward CHN and postures[1] has CHN 'hedge' toward RUS, so the game starts them with no tie: a tie holds only while both postures reach it. To start as written, raise the posture, or make the tie what the postures say.",
      ]);
    });

    it('warns of postures above their tie, and of postures that make a tie "ties" does not list', () => {
      expect(
        advice((s) => {
          s.postures[0]!.posture = 'ally';
          s.postures[1]!.posture = 'ally';
        }),
      ).toEqual([expect.stringMatching(/^ties\[0\]\.kind \| .* so the game starts them as an alliance/)]);
      expect(
        advice((s) => {
          s.postures.push({ from: 'USA', to: 'RUS', posture: 'partner' }, { from: 'RUS', to: 'USA', posture: 'ally' });
        }),
      ).toEqual([expect.stringMatching(/^postures\[3\] \| postures\[2\] and postures\[3\] have USA and RUS at least 'partner' toward each other, so the game starts them as a partnership, but "ties" lists no tie/)]);
    });

    it('accepts a tie with its postures left out: the format takes them from the tie', () => {
      expect(advice((s) => (s.postures = []))).toEqual([]);
    });
  });

  describe('the calendar', () => {
    // Four turns of six months from January 2020: the last begins in July 2021 and ends with December 2021.
    it.each([2021, 2022])('accepts endYear %i', (endYear) => expect(advice((s) => (s.endYear = endYear))).toEqual([]));

    it.each([2020, 2023])('warns of endYear %i', (endYear) => {
      expect(advice((s) => (s.endYear = endYear))).toEqual([
        `endYear | endYear is ${endYear}, but 4 turns of 6 months from January 2020 run to the end of December 2021, the last turn beginning in July 2021. Make endYear 2021, or change turns or monthsPerTurn.`,
      ]);
    });

    it('counts from startMonth', () => {
      expect(advice((s) => ((s.startMonth = 7), (s.endYear = 2022)))).toEqual([]);
      expect(advice((s) => ((s.startMonth = 7), (s.endYear = 2021)))).toEqual([expect.stringMatching(/last turn beginning in January 2022/)]);
    });
  });

  describe('events and the historical path', () => {
    it('warns of turns on which more events may be dealt than eventsPerTurn allows', () => {
      expect(advice((s) => (s.rules = { eventsPerTurn: 1 }))).toEqual([
        "rules.eventsPerTurn | On turns 2–4 of 4, more events may be dealt than rules.eventsPerTurn (1) allows (up to 2, conditions aside): each turn the deck deals 1 of them, drawn by weight, and the rest wait; one whose last turn passes meanwhile is never dealt. If every event should come up, raise eventsPerTurn or spread the events' turns.",
      ]);
    });

    it('warns of a historical choice on a turn its event cannot be dealt', () => {
      expect(advice((s) => (s.events[1]!.turns = { from: 2 }))).toEqual([
        "history[0].choices.joint-exercise | history[0].choices.joint-exercise (turn 1) records a choice on event 'joint-exercise', which can be dealt only on turns 2 to 4, so the historical path never makes it on this turn. Move the entry, or the event's turns.",
      ]);
    });

    it('warns of a historical choice on an event already dealt, and of more choices on a turn than can be dealt', () => {
      const again = advice((s) => s.history.push({ turn: 3, choices: { 'joint-exercise': 'decline' }, happened: 'Again.' }));
      expect(again).toEqual([expect.stringMatching(/^history\[1\]\.choices\.joint-exercise \| .* again: the event is dealt at most once \("once"\), and history\[0\] \(turn 1\) already records it\.$/)]);
      expect(advice((s) => ((s.events[1]!.once = false), s.history.push({ turn: 3, choices: { 'joint-exercise': 'decline' }, happened: 'Again.' })))).toEqual([]);

      const crowded = advice((s) => {
        s.rules = { eventsPerTurn: 0 };
      });
      expect(crowded).toContain('history[0].choices | history[0] records 1 choice on turn 1, but the deck deals at most 0 events a turn (eventsPerTurn), so none of them can come up. Raise eventsPerTurn, or move some events to other turns.');
    });
  });

  describe('the scale of effects', () => {
    const effect = (amount: number) => (s: ScenarioDef) => {
      s.events[1]!.choices![1]!.effects[0] = { kind: 'metric', actor: 'RUS', metric: 'autonomy', amount };
    };

    it(`warns of a metric effect beyond ${METRIC_EFFECT_LIMIT} points, either way`, () => {
      expect(advice(effect(METRIC_EFFECT_LIMIT))).toEqual([]);
      expect(advice(effect(-METRIC_EFFECT_LIMIT - 5))).toEqual([
        `events[1].choices[1].effects[0].amount | events[1].choices[1].effects[0].amount moves RUS's autonomy by -25 points, beyond ${METRIC_EFFECT_LIMIT}, the most any effect should need on a 0–100 scale (and a tense theatre multiplies it by up to 1.5): one choice would outweigh the rest of the game. Check the number.`,
      ]);
    });

    it('sets the limit above every effect in the shipped scenarios', () => {
      const dir = fileURLToPath(new URL('../../scenarios/', import.meta.url));
      const amounts = readdirSync(dir)
        .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
        .flatMap((f) => (JSON.parse(readFileSync(dir + f, 'utf8')) as ScenarioDef).events)
        .flatMap((e) => (e.choices ?? []).flatMap((c) => c.effects))
        .flatMap((x) => (x.kind === 'metric' ? [Math.abs(x.amount)] : []))
        .sort((a, b) => a - b);
      const largest = amounts[amounts.length - 1]!;
      const p95 = amounts[Math.floor(amounts.length * 0.95)]!;
      console.log(`shipped metric effects: ${amounts.length}, largest ${largest}, 95th percentile ${p95}, limit ${METRIC_EFFECT_LIMIT}`);
      expect(amounts.length).toBeGreaterThan(100);
      // No shipped effect is an outlier; a new one above the limit should be looked at (and is, by npm run validate).
      expect(largest).toBeLessThanOrEqual(METRIC_EFFECT_LIMIT);
    });
  });

  describe('theatre names', () => {
    it('warns of a name that begins with "The", as in "In The Strait"', () => {
      expect(advice((s) => (s.theatres[0]!.name = 'The Strait of Hormuz'))).toEqual([
        'theatres[0].name | theatres[0].name begins with "The", so the game\'s sentences read "In The Strait of Hormuz: …". Write the name as it reads inside a sentence, "the Strait of Hormuz": the game capitalises it where it starts a heading.',
      ]);
    });

    it.each(['Theatre of the East', 'Strait of the Sea', 'the Strait of Hormuz'])('accepts %s', (name) => expect(advice((s) => (s.theatres[0]!.name = name))).toEqual([]));
  });
  describe('powers sharing a rival on the default trust', () => {
    /** RUS and CHN untied, both rivals of USA; RUS gives its trust in CHN, CHN none in RUS. */
    const strangers = (s: ScenarioDef) => {
      s.ties = [];
      s.postures = [];
      s.theatres[0]!.rivals.push({ challenger: 'RUS', defender: 'USA' });
    };

    it('warns of an untied pair with a common rival and a trust left to the default', () => {
      expect(advice(strangers)).toEqual([
        'actors[0].trust | RUS and CHN hold no tie and face a common rival (USA), but the file gives no trust for CHN → RUS, which starts at the default, 0.5. The computer courts a power it shares a rival with as far as it trusts it, so at the default the two may form a tie at once. Say in each actor\'s "trust" how far it trusts the other (near 0 for powers with no relations).',
      ]);
    });

    it('names the default the file sets, and every direction left out', () => {
      const found = advice((s) => (strangers(s), delete s.actors[0]!.trust, (s.rules = { defaultTrust: 0.3 })));
      expect(found).toHaveLength(1);
      expect(found[0]).toContain('no trust for RUS → CHN and CHN → RUS, which starts at the default, 0.3.');
    });

    it('says nothing once both directions are given, of a tied pair, or of two rivals', () => {
      expect(advice((s) => (strangers(s), (s.actors[1]!.trust = { RUS: 0.4 })))).toEqual([]);
      expect(advice((s) => s.theatres[0]!.rivals.push({ challenger: 'RUS', defender: 'USA' }))).toEqual([]);
      expect(advice((s) => (strangers(s), s.theatres[0]!.rivals.push({ challenger: 'CHN', defender: 'RUS' })))).toEqual([]);
    });
  });
});
