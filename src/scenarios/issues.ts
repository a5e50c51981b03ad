// Turning zod's findings into sentences an author can act on, placed at the offending text.
import type * as z from 'zod/mini';
import { offsetOf, type JsonDocument } from './json';
import { formatPath, listChoices, shortText, show, type PathSegment, type ScenarioProblem } from './problems';
import { closest } from './suggest';
import { t } from '../i18n/core';

type Issue = z.core.$ZodIssue;
/** Any schema, mini or classic: the walk below reads only the definitions both share. */
type Schema = z.core.$ZodType;

export function schemaProblems(issues: readonly Issue[], doc: JsonDocument, schema: Schema): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const guessed = new Set<string>(); // "path of object␀key" for keys an unknown-key hint already points to

  const add = (path: readonly PathSegment[], message: string, at: 'value' | 'key' = 'value') =>
    problems.push({
      severity: 'error',
      stage: 'schema',
      path: formatPath(path),
      ...doc.lines.position(offsetOf(doc.root, path, at)),
      message,
    });

  const missing: { path: PathSegment[]; problem: () => void }[] = [];

  for (const issue of issues) {
    const path = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
    const here = formatPath(path);
    const { found, value } = lookup(doc.value, path);

    // A value that is not there at all is missing, whatever zod expected of it.
    const absent = !found && path.length > 0 && issue.code !== 'unrecognized_keys' && issue.code !== 'invalid_key';
    if (absent && !(issue.code === 'invalid_union' && issue.discriminator !== undefined)) {
      const key = path[path.length - 1]!;
      missing.push({ path, problem: () => add(path, t('files.issues.missing', { owner: owner(path.slice(0, -1)), key: String(key) })) });
      continue;
    }

    switch (issue.code) {
      case 'invalid_type':
        if (path.length === 0) {
          add(path, t('files.issues.notObject', { kind: kindOf(value) }));
        } else {
          const quoted = quotedNumber(issue.expected, value);
          add(path, t(quoted ? 'files.issues.quotedNumber' : 'files.issues.wrongType', { here, expected: issue.expected, got: show(value) }));
        }
        break;

      case 'too_small':
      case 'too_big':
        add(path, rangeMessage(here, issue, value, schemaAt(schema, path, doc.value)));
        break;

      case 'invalid_format':
        add(path, t('files.issues.badId', { here, got: show(value) }));
        break;

      case 'unrecognized_keys': {
        const known = knownKeys(schemaAt(schema, path, doc.value));
        for (const key of issue.keys) {
          const guess = closest(key, known.filter((k) => k !== key));
          if (guess) guessed.add(`${here}\u0000${guess}`);
          const values = { owner: owner(path), key: shortText(key) };
          const message = guess
            ? t('files.issues.unknownKeyGuess', { ...values, guess })
            : known.length > 0
              ? t('files.issues.unknownKeyAllowed', { ...values, allowed: listChoices(known, 'and') })
              : t('files.issues.unknownKeyRemove', values);
          add([...path, key], message, 'key');
        }
        break;
      }

      case 'invalid_union':
        if (issue.discriminator !== undefined && 'options' in issue && issue.options) {
          const options = issue.options;
          if (!found) {
            add(path, t('files.issues.noKind', { owner: owner(path.slice(0, -1)), key: issue.discriminator, options: listChoices(options) }));
          } else {
            add(path, oneOf(here, options, value));
          }
        } else {
          add(path, t('files.issues.noForm', { here: here || t('files.issues.theFile') }));
        }
        break;

      case 'invalid_value':
        if (issue.values.length === 1) add(path, t('files.issues.exactly', { here, value: show(issue.values[0]), got: show(value) }));
        else add(path, oneOf(here, issue.values, value));
        break;

      case 'invalid_key': {
        const key = path[path.length - 1];
        add(path, t('files.issues.invalidKey', { owner: owner(path.slice(0, -1)), key: String(key) }), 'key');
        break;
      }

      default:
        add(path, t('files.issues.other', { here: here || t('files.issues.theFile'), message: issue.message }));
    }
  }

  // A misspelt key also leaves the real one missing: the "did you mean" already says so.
  for (const m of missing) {
    const key = m.path[m.path.length - 1]!;
    if (!guessed.has(`${formatPath(m.path.slice(0, -1))}\u0000${String(key)}`)) m.problem();
  }
  return problems;
}

/** How a message names the object that holds a key. */
function owner(path: readonly PathSegment[]): string {
  return path.length === 0 ? t('files.issues.theScenario') : formatPath(path);
}

function lookup(root: unknown, path: readonly PathSegment[]): { found: boolean; value: unknown } {
  let value = root;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null || !Object.prototype.hasOwnProperty.call(value, segment)) {
      return { found: false, value: undefined };
    }
    value = (value as Record<PathSegment, unknown>)[segment];
  }
  return { found: true, value };
}

/** What the file holds instead of an object, as the message's select names it. */
function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'list';
  if (value === null) return 'null';
  if (typeof value === 'string') return 'text';
  return typeof value;
}

/** A number written in quotes: the message says to drop them. */
function quotedNumber(expected: string, value: unknown): boolean {
  const wantsNumber = expected === 'number' || expected === 'int';
  return wantsNumber && typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value));
}

/** A value that is not one of the options, with a suggestion when one is close. */
function oneOf(here: string, options: readonly unknown[], value: unknown): string {
  const values = { here, options: listChoices(options), got: show(value) };
  const guess = typeof value === 'string' ? closest(value, options.filter((o): o is string => typeof o === 'string')) : undefined;
  return guess ? t('files.issues.oneOfGuess', { ...values, guess }) : t('files.issues.oneOf', values);
}

function rangeMessage(here: string, issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, value: unknown, at: Schema | undefined): string {
  if (issue.origin === 'string') return t('files.issues.empty', { here });
  if (issue.origin === 'array') {
    const count = Array.isArray(value) ? value.length : 0;
    const bound = Number('minimum' in issue ? issue.minimum : issue.maximum);
    return t(issue.code === 'too_small' ? 'files.issues.tooFew' : 'files.issues.tooMany', { here, bound, count });
  }
  // Bounds are written as the file writes numbers (0.5, 2021), not in the page's number format.
  const { min, max } = numberBounds(at);
  const got = show(value);
  if (min !== undefined && max !== undefined) return t('files.issues.between', { here, min: String(min), max: String(max), got });
  if (issue.code === 'too_small') return t('files.issues.atLeast', { here, min: String(Number(issue.minimum)), got });
  return t('files.issues.atMost', { here, max: String(Number(issue.maximum)), got });
}

/** The lowest and highest values a number schema's checks allow, when it has them. */
function numberBounds(schema: Schema | undefined): { min?: number; max?: number } {
  const bounds: { min?: number; max?: number } = {};
  if (schema?._zod.def.type !== 'number') return bounds;
  for (const check of schema._zod.def.checks ?? []) {
    const def = check._zod.def;
    if (def.check === 'greater_than') bounds.min = Number((def as z.core.$ZodCheckGreaterThanDef).value);
    if (def.check === 'less_than') bounds.max = Number((def as z.core.$ZodCheckLessThanDef).value);
  }
  return bounds;
}

/** The part of the schema that judges the value at `path`, following the data through unions. */
export function schemaAt(schema: Schema, path: readonly PathSegment[], data: unknown): Schema | undefined {
  let current: Schema | undefined = schema;
  let value = data;
  for (let i = 0; i <= path.length && current; i++) {
    current = unwrap(current, value);
    if (i === path.length || !current) break;
    const segment = path[i]!;
    const def: z.core.$ZodTypeDef = current._zod.def;
    if (def.type === 'object') current = (def as z.core.$ZodObjectDef).shape[String(segment)];
    else if (def.type === 'array') current = (def as z.core.$ZodArrayDef).element;
    else if (def.type === 'record') current = (def as z.core.$ZodRecordDef).valueType;
    else current = undefined;
    value = lookup(value, [segment]).value;
  }
  return current;
}

/** Looks through optional wrappers, and picks the union member that the value's `kind` selects. */
function unwrap(schema: Schema, value: unknown): Schema | undefined {
  let current: Schema = schema;
  while (current._zod.def.type === 'optional') current = (current._zod.def as z.core.$ZodOptionalDef).innerType;
  const def = current._zod.def;
  if (def.type === 'union' && 'discriminator' in def) {
    const kind = lookup(value, ['kind']).value;
    return (def as z.core.$ZodDiscriminatedUnionDef).options.find((o) => literalOf(shapeOf(o)?.kind) === kind);
  }
  return current;
}

function shapeOf(schema: Schema | undefined): Record<string, Schema> | undefined {
  return schema?._zod.def.type === 'object' ? (schema._zod.def as z.core.$ZodObjectDef).shape : undefined;
}

function literalOf(schema: Schema | undefined): unknown {
  return schema?._zod.def.type === 'literal' ? (schema._zod.def as z.core.$ZodLiteralDef<z.core.util.Literal>).values[0] : undefined;
}

function knownKeys(schema: Schema | undefined): string[] {
  return Object.keys(shapeOf(schema) ?? {});
}
