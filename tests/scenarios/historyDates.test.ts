// History in step: in every shipped scenario, each "what really happened" note lands on the turn whose months hold
// the dates it tells of, and each event is dealt only on turns that hold the dates it tells of, so the debrief never
// tells of February 2022 on a turn that ended in 2021, nor a crisis of June 1900 come in May.
//
// A note opens with its date, and that date must hold its turn; so must every later date that says when something in
// it happens ("…; on 21 June 1900 the court declared war", "instead, in December, a squadron …"). A date that looks
// back or ahead ("the accord of October 1957", "due to end in 2014") may lie outside. What counts as which is in
// dates.ts. An event names no date it must hold, but every date in its title, text or options that says when must
// hold on each turn of its window.
import { describe, expect, it } from 'vitest';
import { english } from '../../src/engine/prose';
import { turnStart, type Scenario } from '../../src/engine';
import { shippedScenarios } from '../machine/support';
import { at, datesIn, type NamedDate } from './dates';

/** The months turn `turn` covers, [from, to]. */
function turnSpan(s: Scenario, turn: number): [number, number] {
  const a = turnStart(s, turn);
  const b = turnStart(s, turn + 1);
  return [at(a.year, a.month), at(b.year, b.month) - 1];
}

/** A date named to the month lies wholly in the turn; a season, a half, a year or a decade need only meet it. */
const holds = (d: NamedDate, [from, to]: [number, number]) => (d.precise ? from <= d.span[0] && d.span[1] <= to : d.span[1] >= from && d.span[0] <= to);

/** Every note and event of `s` out of step with its turns, in words. */
function outOfStep(s: Scenario): string[] {
  const wrong: string[] = [];
  for (const { turn, happened } of s.history) {
    const dates = datesIn(english(happened));
    if (dates.length === 0) wrong.push(`turn ${turn}: the note names no date`);
    dates.forEach((d, i) => {
      if ((i === 0 || d.tellsWhen) && !holds(d, turnSpan(s, turn))) wrong.push(`turn ${turn}: the note tells of “${d.words}”`);
    });
  }
  for (const e of s.events) {
    const from = e.turns?.from ?? 1;
    const to = e.turns?.to ?? s.turns;
    const text = [e.title, e.text, ...(e.choices ?? []).flatMap((c) => [c.label, c.text ?? ''])].map(english).join('\n');
    for (const d of datesIn(text).filter((d) => d.tellsWhen)) {
      const off = Array.from({ length: to - from + 1 }, (_, i) => from + i).filter((t) => !holds(d, turnSpan(s, t)));
      if (off.length > 0) wrong.push(`event ${e.id}: tells of “${d.words}”, dealt on turn ${off.join(', ')}`);
    }
  }
  return wrong;
}

const shipped = shippedScenarios();

describe('the dates prose names', () => {
  const one = (text: string) => datesIn(text).map((d) => ({ from: d.span[0], to: d.span[1], precise: d.precise, tellsWhen: d.tellsWhen, words: d.words }));

  it('reads each form of date the notes are written with', () => {
    expect(one('On 14 February 1950 the treaty was signed')).toEqual([{ from: at(1950, 2), to: at(1950, 2), precise: true, tellsWhen: true, words: '14 February 1950' }]);
    expect(one('January–February 2021: Biden takes office')[0]).toMatchObject({ from: at(2021, 1), to: at(2021, 2), precise: true });
    expect(one('In January and February 1967 Red Guards')[0]).toMatchObject({ from: at(1967, 1), to: at(1967, 2), precise: true });
    expect(one('Second half of 2015: on 28 September')[0]).toMatchObject({ from: at(2015, 7), to: at(2015, 12), precise: false });
    expect(one('In summer 1946 the truce collapsed')[0]).toMatchObject({ from: at(1946, 6), to: at(1946, 8), precise: false, tellsWhen: true });
    expect(one('Arms and loans of the 1950s')[0]).toMatchObject({ from: at(1950, 1), to: at(1959, 12), precise: false, tellsWhen: false });
    expect(one('No date at all')).toEqual([]);
  });

  it('gives a month without a year the year written before it, or after it', () => {
    const later = one('Construction began in August 1897. On 14 November German marines landed; instead, in December, a squadron came.');
    expect(later.map((d) => [d.from, d.tellsWhen])).toEqual([
      [at(1897, 8), true],
      [at(1897, 11), true],
      [at(1897, 12), true],
    ]);
    expect(one('From May the Taliban sweep north; by the end of 2021 they rule')[0]).toMatchObject({ from: at(2021, 5), tellsWhen: true });
  });

  it('tells a date that says when from one that looks back or ahead', () => {
    expect(one('Under a secret accord of October 1957, Moscow promised')[0]!.tellsWhen).toBe(false);
    expect(one("NATO's mission is due to end in 2014, but")[0]!.tellsWhen).toBe(false);
    expect(one('Since 2002 Washington has backed a pipeline')[0]!.tellsWhen).toBe(false);
    expect(one('…; on 21 June 1900 the Qing court declared war')[0]!.tellsWhen).toBe(true);
    expect(one('At the summit in Astana in July 2005, members draft a call')[0]!.tellsWhen).toBe(true);
    expect(one('Russia may send troops. Join the march on Beijing?')).toEqual([]);
  });
});

describe('history in step', () => {
  it('finds the notes and events that were out of step', () => {
    // The 1896 and 1950 scenarios as they once read: the war declared in June 1900 told and dealt from the turn
    // that ends in May, the squadron of December 1897 told on the turn that ends in November, and the siege that
    // began in January 1967 told on the turn that starts in February.
    const s1896 = shipped.find((s) => s.id === 'li-lobanov-1896')!;
    const s1950 = shipped.find((s) => s.id === 'sino-soviet-1950')!;
    const note = (s: Scenario, turn: number, happened: string) => ({ ...s, events: [], history: [{ turn, happened }] });
    const event = (s: Scenario, id: string, from: number, to: number, text: string) => ({ ...s, history: [], events: [{ ...s.events[0]!, id, title: id, text, choices: [], turns: { from, to } }] });
    expect(outOfStep(note(s1896, 3, 'Construction of the China Eastern Railway formally began in August 1897. On 14 November 1897 German marines seized Jiaozhou Bay; Russia gave China no help; instead, in December, a Russian squadron anchored at Port Arthur.'))).toEqual(['turn 3: the note tells of “December”']);
    expect(outOfStep(note(s1896, 8, 'The court protected the Boxers, who poured into Beijing and Tianjin in spring 1900; on 21 June 1900 the Qing court declared war on the foreign powers.'))).toEqual(['turn 8: the note tells of “21 June 1900”']);
    expect(outOfStep(event(s1896, 'war-on-powers', 8, 9, 'In June 1900 the Qing court sides with the Boxers and declares war on the foreign powers.'))).toEqual(['event war-on-powers: tells of “June 1900”, dealt on turn 8']);
    expect(outOfStep(note(s1950, 18, 'In January and February 1967 Red Guards besieged the Soviet embassy in Beijing.'))).toEqual(['turn 18: the note tells of “January and February 1967”']);
  });

  it('has shipped scenarios to read', () => expect(shipped.length).toBeGreaterThan(0));

  for (const scenario of shipped) {
    it(`${scenario.id}: every note and event lands on turns that hold the dates it tells of`, () => {
      expect(outOfStep(scenario)).toEqual([]);
    });
  }
});
