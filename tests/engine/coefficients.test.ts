// Guards the numbers docs/AUTHORING.md gives scenario authors. The guide quotes every coefficient of the rules in one
// fixed form, "`NAME` = value" (or "`NAME.field` = value" for a field of a record), and this test reads each quote
// back against src/engine/coefficients.ts, or against DEFAULT_RULES (src/engine/scenario.ts) for the standard rules
// such as "`breakThreshold` = 4". It fails when a number in the guide no longer matches the code, when the guide
// names a coefficient without giving its value, and when it quotes too few to be checking anything.
// When it fails after a change to the rules, write the new number into the guide.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as C from '../../src/engine/coefficients';
import { DEFAULT_RULES } from '../../src/engine/scenario';

const GUIDE = readFileSync(new URL('../../docs/AUTHORING.md', import.meta.url), 'utf8');

/** The coefficients the guide must quote, whatever else it says about them. */
const REQUIRED = [
  'CRISIS_HAZARD_PER_YEAR',
  'MORAL_HAZARD',
  'DETERRENCE',
  'GRIEVANCE_KEPT_PER_YEAR',
  'EVIDENCE_KEPT_PER_YEAR',
  'TRUST_PRIOR_EVIDENCE',
  'COSTLY_SIGNAL',
  'TRADE_PER_YEAR',
  'AUTONOMY_PER_OBLIGATION',
  'BYSTANDER_EXPOSURE',
  'breakThreshold',
];

interface Quote {
  name: string;
  written: string;
  line: number;
}

/** Every "`NAME` = value" in a text: the name (dotted for a field of a record) and the value as written. */
function quotesIn(text: string): Quote[] {
  const out: Quote[] = [];
  for (const m of text.matchAll(/`([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)` = ([^\s,;:)\]"'`]+)/g)) {
    // A quote may end a sentence ("`BACKDOWN_TENSION` = 0.05.") or a quotation ("`DETERRENCE` = 0.9").
    const written = m[2]!.replace(/\.$/, '');
    out.push({ name: m[1]!, written, line: text.slice(0, m.index).split('\n').length });
  }
  return out;
}

/** A number as the guide writes it ("0.58", "-1", "1_000", "1e-9"), or NaN when it is not one. */
const numberOf = (written: string): number => (/^[-+]?[\d_.]+(?:e[-+]?\d+)?$/i.test(written) ? Number(written.replace(/_/g, '')) : NaN);

/** What the code says a name stands for: an export of coefficients.ts, or a standard rule; a dotted name is a field. */
function valueOf(name: string): { found: boolean; value: unknown } {
  const [head, ...path] = name.split('.');
  const roots: Record<string, unknown>[] = [C as unknown as Record<string, unknown>, DEFAULT_RULES as unknown as Record<string, unknown>];
  const root = roots.find((r) => Object.prototype.hasOwnProperty.call(r, head!));
  if (!root) return { found: false, value: undefined };
  let value: unknown = root[head!];
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.prototype.hasOwnProperty.call(value, key)) return { found: false, value: undefined };
    value = (value as Record<string, unknown>)[key];
  }
  return { found: true, value };
}

/** The quotes whose value is not the code's (quotes of names the code lacks are left to another check). */
function disagreements(list: Quote[]): string[] {
  const wrong: string[] = [];
  for (const q of list) {
    const { found, value } = valueOf(q.name);
    if (!found) continue;
    const documented = numberOf(q.written);
    if (typeof value !== 'number') wrong.push(`${at(q)}: the code's ${q.name} is not a number; quote one of its fields`);
    else if (Number.isNaN(documented)) wrong.push(`${at(q)}: "${q.written}" is not a number`);
    else if (documented !== value) wrong.push(`${at(q)}: the code has ${value}`);
  }
  return wrong;
}

const at = (q: Quote) => `docs/AUTHORING.md:${q.line} "\`${q.name}\` = ${q.written}"`;

/** Whether `name` appears in the text as a whole word (not as part of a longer constant's name). */
const mentions = (text: string, name: string): boolean => new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`).test(text);

const quotes = quotesIn(GUIDE);

describe('the coefficients quoted in docs/AUTHORING.md', () => {
  it('are enough to be worth checking: at least ten quotes, and the ones every author needs', () => {
    expect(quotes.length).toBeGreaterThanOrEqual(10);
    const quoted = new Set(quotes.map((q) => q.name));
    expect(REQUIRED.filter((name) => !quoted.has(name)), 'coefficients the guide must quote but does not').toEqual([]);
  });

  it('are all written in the one checkable form, "`NAME` = value"', () => {
    // A near miss ("`NAME`=0.5", "`NAME` =  0.5") would escape every other check here.
    const loose = [...GUIDE.matchAll(/`[A-Za-z_$][\w$.]*`\s*=(?!=)\s*\S*/g)].map((m) => m[0]);
    const strict = loose.filter((s) => /^`[^`]+` = \S/.test(s));
    expect(loose.filter((s) => !strict.includes(s)), 'quotes not written as "`NAME` = value"').toEqual([]);
    expect(strict.length).toBe(quotes.length);
  });

  it('name a coefficient of src/engine/coefficients.ts or a standard rule of DEFAULT_RULES', () => {
    const unknown = quotes.filter((q) => !valueOf(q.name).found).map(at);
    expect(unknown, 'quoted names the code does not export').toEqual([]);
  });

  it('give the value the code has, compared as numbers', () => {
    expect(disagreements(quotes), 'quotes that disagree with the code').toEqual([]);
  });

  it('leave no coefficient the guide names without its value', () => {
    const quoted = new Set(quotes.map((q) => q.name));
    const unquoted: string[] = [];
    for (const [name, value] of Object.entries(C)) {
      if (!mentions(GUIDE, name)) continue;
      if (typeof value === 'number') {
        if (!quoted.has(name)) unquoted.push(name);
      } else if (typeof value === 'object' && value !== null) {
        // A record of numbers: named anywhere, at least one of its fields is quoted.
        if (![...quoted].some((q) => q.startsWith(`${name}.`))) unquoted.push(`${name}.<field>`);
      }
    }
    expect(unquoted, 'coefficients named in the guide but never quoted with their value').toEqual([]);
  });
});

describe('the quote reader', () => {
  it('finds plain and dotted quotes, at the end of a sentence too', () => {
    const found = quotesIn('Rates: `DETERRENCE` = 0.9, "`GRIEVANCE_WEIGHT.alliance` = 1.2". Ends `BACKDOWN_TENSION` = 0.05.');
    expect(found.map((q) => [q.name, numberOf(q.written)])).toEqual([
      ['DETERRENCE', 0.9],
      ['GRIEVANCE_WEIGHT.alliance', 1.2],
      ['BACKDOWN_TENSION', 0.05],
    ]);
    expect(valueOf('GRIEVANCE_WEIGHT.alliance')).toEqual({ found: true, value: C.GRIEVANCE_WEIGHT.alliance });
    expect(valueOf('breakThreshold')).toEqual({ found: true, value: DEFAULT_RULES.breakThreshold });
    expect(valueOf('NO_SUCH_COEFFICIENT').found).toBe(false);
    expect(valueOf('GRIEVANCE_WEIGHT.nothing').found).toBe(false);
  });

  it('fails a number that disagrees with the code, a value that is not a number, and a whole record', () => {
    const wrongDeterrence = C.DETERRENCE + 0.1;
    expect(disagreements(quotesIn(`\`DETERRENCE\` = ${wrongDeterrence}`))).toHaveLength(1);
    expect(disagreements(quotesIn(`\`DETERRENCE\` = ${C.DETERRENCE}`))).toEqual([]);
    expect(disagreements(quotesIn(`\`DETERRENCE\` = ${C.DETERRENCE}0`))).toEqual([]);
    expect(disagreements(quotesIn('`DETERRENCE` = high'))).toHaveLength(1);
    expect(disagreements(quotesIn('`GRIEVANCE_WEIGHT` = 1.2'))).toHaveLength(1);
  });
});
