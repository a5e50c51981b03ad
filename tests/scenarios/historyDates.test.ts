// History in step: every "what really happened" note of every shipped scenario lands on the turn whose months hold
// the first date it names, so the debrief never tells of February 2022 on a turn that ended in 2021.
import { english } from '../../src/engine/prose';
import { describe, expect, it } from 'vitest';
import { turnStart, type Scenario } from '../../src/engine';
import { shippedScenarios } from '../machine/support';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const SEASONS: Record<string, [number, number]> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], winter: [12, 14] };

/** Months counted from year 0 (January of year y is 12·y). */
const at = (year: number, month: number) => 12 * year + month - 1;

/**
 * The first date a note names, as a span of months [from, to]: "14 February 1950", "February 2022", "January–February
 * 2021", "first half of 2017", "summer 1946", or a bare "2003". Null when it names none.
 */
export function firstDate(text: string): [number, number] | null {
  const month = `(${MONTHS.join('|')})`;
  const patterns: [RegExp, (m: RegExpMatchArray) => [number, number]][] = [
    [new RegExp(`${month}\\s*[–-]\\s*${month},? (\\d{4})`, 'i'), (m) => [at(+m[3]!, MONTHS.indexOf(m[1]!.toLowerCase()) + 1), at(+m[3]!, MONTHS.indexOf(m[2]!.toLowerCase()) + 1)]],
    [new RegExp(`${month},? (\\d{4})`, 'i'), (m) => [at(+m[2]!, MONTHS.indexOf(m[1]!.toLowerCase()) + 1), at(+m[2]!, MONTHS.indexOf(m[1]!.toLowerCase()) + 1)]],
    [/(first|second) half of (\d{4})/i, (m) => (m[1]!.toLowerCase() === 'first' ? [at(+m[2]!, 1), at(+m[2]!, 6)] : [at(+m[2]!, 7), at(+m[2]!, 12)])],
    [/(spring|summer|autumn|winter) (?:of )?(\d{4})/i, (m) => SEASONS[m[1]!.toLowerCase()]!.map((k) => at(+m[2]!, k)) as [number, number]],
    [/\b(1[89]\d\d|20\d\d)\b/, (m) => [at(+m[1]!, 1), at(+m[1]!, 12)]],
  ];
  let best: { index: number; span: [number, number] } | null = null;
  for (const [re, span] of patterns) {
    const m = text.match(re);
    // The earliest mention wins; at the same place, the more precise pattern (listed first).
    if (m && m.index !== undefined && (best === null || m.index < best.index)) best = { index: m.index, span: span(m) };
  }
  return best?.span ?? null;
}

/** The months turn `turn` covers, [from, to]. */
function turnSpan(s: Scenario, turn: number): [number, number] {
  const a = turnStart(s, turn);
  const b = turnStart(s, turn + 1);
  return [at(a.year, a.month), at(b.year, b.month) - 1];
}

describe('history in step', () => {
  it('reads the dates the notes are written with', () => {
    expect(firstDate('On 14 February 1950 the treaty was signed')).toEqual([at(1950, 2), at(1950, 2)]);
    expect(firstDate('January–February 2021: Biden takes office')).toEqual([at(2021, 1), at(2021, 2)]);
    expect(firstDate('Second half of 2015: on 28 September')).toEqual([at(2015, 7), at(2015, 12)]);
    expect(firstDate('In summer 1946 the truce collapsed')).toEqual([at(1946, 6), at(1946, 8)]);
    expect(firstDate('2003: in April Russia signs')).toEqual([at(2003, 1), at(2003, 12)]);
    expect(firstDate('No date at all')).toBeNull();
  });

  for (const scenario of shippedScenarios()) {
    it(`${scenario.id}: every note lands on the turn that holds its date`, () => {
      const wrong: string[] = [];
      for (const { turn, happened } of scenario.history) {
        const note = { turn, happened: english(happened) };
        const date = firstDate(note.happened);
        expect(date, `turn ${note.turn} names no date: ${note.happened.slice(0, 60)}`).not.toBeNull();
        const [from, to] = turnSpan(scenario, note.turn);
        if (date![1] < from || date![0] > to) wrong.push(`turn ${note.turn}: “${note.happened.slice(0, 50)}…”`);
      }
      expect(wrong).toEqual([]);
    });
  }
});
