// The dates a scenario's English prose names, read as spans of months, so that a test can hold each "what really
// happened" note and each event to the turns on which a student reads it.

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const SEASONS: Record<string, [number, number]> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], winter: [12, 14] };

/** Months counted from year 0 (January of year y is 12·y; a month past 12 runs into the next year). */
export const at = (year: number, month: number) => 12 * year + month - 1;

export interface NamedDate {
  /** The months it covers, [from, to]. */
  span: [number, number];
  /** Named to the month ("14 February 1950", "June and July 1963", "in December"), not by a season, half, year or decade. */
  precise: boolean;
  /**
   * It says when the thing the clause tells of happens: it opens the clause ("In December …", "2003: …", "Autumn
   * 1948: …", "on 21 June 1900 the court …") or, named to the month, follows "in", "on", "at" or "from" ("… in
   * Astana in July 2005"). Otherwise it looks back or ahead ("the accord of October 1957", "since 2002", "due to
   * end in 2014") and may lie outside the turn.
   */
  tellsWhen: boolean;
  index: number;
  words: string;
}

const M = `(?<month>${MONTHS.join('|')})`;
const Y = '(?<year>1[5-9]\\d\\d|20\\d\\d)';
const DAY = '(?:\\d{1,2} )?';

type Span = Pick<NamedDate, 'span' | 'precise'>;
const monthOf = (name: string) => MONTHS.indexOf(name.toLowerCase()) + 1;
const month = (year: number, name: string): Span => ({ span: [at(year, monthOf(name)), at(year, monthOf(name))], precise: true });

// At one place the first reading that matches wins, so the more precise come first.
const READINGS: { re: RegExp; read: (g: Record<string, string>) => Span }[] = [
  // "October–November 1962", "January and February 1967", "June to September 1898"
  {
    re: new RegExp(`${DAY}(?<first>${MONTHS.join('|')})\\s*(?:[–-]|and|to)\\s*${DAY}${M},? (?:of )?${Y}\\b`, 'gi'),
    read: (g) => ({ span: [month(+g.year!, g.first!).span[0], month(+g.year!, g.month!).span[1]], precise: true }),
  },
  // "14 February 1950", "June of 1896"
  { re: new RegExp(`${DAY}${M},? (?:of )?${Y}\\b`, 'gi'), read: (g) => month(+g.year!, g.month!) },
  {
    re: new RegExp(`(?:the )?(?<half>first|second) half of ${Y}`, 'gi'),
    read: (g) => ({ span: g.half!.toLowerCase() === 'first' ? [at(+g.year!, 1), at(+g.year!, 6)] : [at(+g.year!, 7), at(+g.year!, 12)], precise: false }),
  },
  {
    re: new RegExp(`(?:the )?(?<season>spring|summer|autumn|winter),? (?:of )?${Y}`, 'gi'),
    read: (g) => ({ span: SEASONS[g.season!.toLowerCase()]!.map((k) => at(+g.year!, k)) as [number, number], precise: false }),
  },
  // "the 1960s"
  { re: /\b(?<decade>1[5-9]\d|20\d)0s\b/g, read: (g) => ({ span: [at(10 * +g.decade!, 1), at(10 * +g.decade! + 9, 12)], precise: false }) },
  { re: new RegExp(`(?<![\\d,.])${Y}\\b(?!s)`, 'g'), read: (g) => ({ span: [at(+g.year!, 1), at(+g.year!, 12)], precise: false }) },
];

// A month without a year ("in December", "on 25 April") counts only capitalised and after a day, a preposition or a
// dash, so that "may" and "the march on Beijing" are not read as months.
const CAPITALISED = MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|');
const YEARLESS = new RegExp(`(?<=\\b(?:[Ii]n|[Oo]n|[Ff]rom|[Ss]ince|[Uu]ntil|[Bb]y|of|to|and|[Ee]arly|[Ll]ate|mid) |[–-])${DAY}(?<month>${CAPITALISED})\\b`, 'g');

/** What may stand between the start of a clause and the date that says when it happens. */
const OPENER = /^(?:(?:and|but|then|instead|also),?\s+)?(?:(?:in|on|from|during|at)\s+)?(?:the\s+(?:start|end|beginning|middle)\s+of\s+)?(?:(?:early|late|mid-?)\s*)?$/i;
/** What stands before a date named to the month that says when something in the clause happens. */
const TIME_WORD = /\b(?:in|on|at|from|during)\s+(?:the\s+(?:start|end|beginning|middle)\s+of\s+)?(?:(?:early|late|mid-?)\s*)?$/i;

function tellsWhen(text: string, index: number, precise: boolean): boolean {
  const before = text.slice(0, index);
  const clauseStart = Math.max(0, ...['. ', '; ', ': ', ', ', '(', ' — ', '\n'].map((mark) => {
    const i = before.lastIndexOf(mark);
    return i < 0 ? 0 : i + mark.length;
  }));
  return OPENER.test(before.slice(clauseStart).trimStart()) || (precise && TIME_WORD.test(before));
}

/** Every date `text` names, in the order it names them. */
export function datesIn(text: string): NamedDate[] {
  const found: NamedDate[] = [];
  const overlaps = (from: number, to: number) => found.some((d) => from < d.index + d.words.length && d.index < to);
  const add = (index: number, words: string, date: Span) => found.push({ ...date, tellsWhen: tellsWhen(text, index, date.precise), index, words });
  for (const { re, read } of READINGS) {
    for (const m of text.matchAll(re)) if (!overlaps(m.index, m.index + m[0].length)) add(m.index, m[0], read(m.groups!));
  }
  // A month without a year is in the year last written before it or, with none before, the first written after.
  const written = [...found].sort((a, b) => a.index - b.index);
  for (const m of text.matchAll(YEARLESS)) {
    if (overlaps(m.index, m.index + m[0].length)) continue;
    const near = written.filter((d) => d.index < m.index).at(-1) ?? written.find((d) => d.index > m.index);
    if (near) add(m.index, m[0], month(Math.floor(near.span[0] / 12), m.groups!.month!));
  }
  return found.sort((a, b) => a.index - b.index);
}
