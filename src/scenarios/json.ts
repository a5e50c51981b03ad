// Reading a scenario file's JSON while keeping track of where every value sits in the text.
// jsonc-parser recovers from mistakes, so one pass finds every syntax error it can and still
// yields a tree; the scanner pass catches what strict JSON forbids but the parser tolerates.
import { createScanner, getLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { LIMITS } from './limits';
import { formatPath, LineMap, type PathSegment, type ScenarioProblem } from './problems';
import { t } from '../i18n/core';

// jsonc-parser's token kinds are const enums, which isolated modules cannot import: the values, by name.
const TOKEN = { openBrace: 1, closeBrace: 2, openBracket: 3, closeBracket: 4, comma: 5, lineComment: 12, blockComment: 13, lineBreak: 14, trivia: 15, eof: 17 };
const COMMA_EXPECTED = 6;

export interface JsonDocument {
  text: string;
  lines: LineMap;
  root: Node | undefined;
  /** The parsed value, or undefined when there is none. Keys are always own properties. */
  value: unknown;
  problems: ScenarioProblem[];
  /** False when syntax errors may have lost or misplaced values, so further checks would mislead. */
  trustworthy: boolean;
}

export function readJson(rawText: string): JsonDocument {
  // A byte-order mark (Windows editors add one) is harmless and invisible in an editor: drop it, so that columns on
  // line 1 are the editor's (a browser's file reader drops it too).
  const text = rawText.startsWith('\uFEFF') ? rawText.slice(1) : rawText;
  const lines = new LineMap(text);
  const problems: ScenarioProblem[] = [];
  const report = (offset: number, message: string) =>
    problems.push({ severity: 'error', stage: 'syntax', path: pathAt(text, offset), ...lines.position(offset), message });

  // The parser recurses once per level: a file nested thousands deep would overflow the stack. Measure first.
  const tooDeep = nestedTooDeep(text);
  if (tooDeep !== undefined) {
    problems.push({
      severity: 'error',
      stage: 'syntax',
      path: '',
      ...lines.position(tooDeep),
      message: t('files.json.tooDeep', { most: LIMITS.nesting }),
    });
    return { text, lines, root: undefined, value: undefined, problems, trustworthy: false };
  }

  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });

  if (root === undefined && errors.length === 0) {
    report(0, t('files.json.empty'));
    return { text, lines, root, value: undefined, problems, trustworthy: false };
  }

  // Cascades: one slip often upsets the rest of its line, so report the first error on each line.
  let lastLine = 0;
  for (const error of errors) {
    const { line } = lines.position(error.offset);
    if (line === lastLine) continue;
    lastLine = line;
    report(error.offset, parseErrorMessage(text, error));
  }
  for (const slip of strictJsonSlips(text)) report(slip.offset, slip.message);
  if (root) findDuplicateKeys(root, text, lines, problems);

  return {
    text,
    lines,
    root,
    value: root ? nodeValue(root) : undefined,
    problems,
    trustworthy: root !== undefined && errors.every((e) => e.error === COMMA_EXPECTED),
  };
}

/** The offset of the first { or [ that opens a level deeper than the limit, if any. */
function nestedTooDeep(text: string): number | undefined {
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let token = scanner.scan(); token !== TOKEN.eof; token = scanner.scan()) {
    if (token === TOKEN.openBrace || token === TOKEN.openBracket) {
      if (++depth > LIMITS.nesting) return scanner.getTokenOffset();
    } else if (token === TOKEN.closeBrace || token === TOKEN.closeBracket) depth = Math.max(0, depth - 1);
  }
  return undefined;
}

function parseErrorMessage(text: string, error: ParseError): string {
  const found = text.slice(error.offset, error.offset + Math.max(error.length, 1)).trim();
  const atEnd = error.offset >= text.trimEnd().length;
  const at = quoteFound(found);
  switch (printParseErrorCode(error.error)) {
    case 'InvalidSymbol':
      if (found.startsWith("'")) return t('files.json.singleQuotes', { found });
      return t('files.json.unexpected', { found: at });
    case 'InvalidNumberFormat':
      return t('files.json.badNumber', { found: at });
    case 'PropertyNameExpected':
      return t('files.json.keyExpected', { found: at });
    case 'ValueExpected':
      return atEnd ? t('files.json.endInsteadOfValue') : t('files.json.valueExpected', { found: at });
    case 'ColonExpected':
      return t('files.json.colonExpected');
    case 'CommaExpected':
      return t('files.json.commaExpected');
    case 'CloseBraceExpected':
      return atEnd ? t('files.json.objectUnclosed') : t('files.json.braceExpected', { found: at });
    case 'CloseBracketExpected':
      return atEnd ? t('files.json.listUnclosed') : t('files.json.bracketExpected', { found: at });
    case 'EndOfFileExpected':
      return t('files.json.moreAfterEnd');
    case 'UnexpectedEndOfComment':
      return t('files.json.commentUnclosed');
    case 'UnexpectedEndOfString':
      return t('files.json.stringUnclosed');
    case 'UnexpectedEndOfNumber':
      return t('files.json.unfinishedNumber', { found: at });
    case 'InvalidUnicode':
      return t('files.json.badUnicode');
    case 'InvalidEscapeCharacter':
      return t('files.json.badEscape', { found: at });
    case 'InvalidCharacter':
      return t('files.json.controlCharacter');
    default:
      return t('files.json.unreadable');
  }
}

function quoteFound(found: string): string {
  if (found === '') return t('files.json.endOfFile');
  return t('files.problems.quoted', { value: found.length > 20 ? `${found.slice(0, 20)}…` : found });
}

/** Comments and trailing commas: common in hand-written files, but not JSON, so other tools would choke. */
function strictJsonSlips(text: string): { offset: number; message: string }[] {
  const slips: { offset: number; message: string }[] = [];
  const scanner = createScanner(text, false);
  let commaOffset = -1;
  for (let token = scanner.scan(); token !== TOKEN.eof; token = scanner.scan()) {
    if (token === TOKEN.lineComment || token === TOKEN.blockComment) {
      slips.push({ offset: scanner.getTokenOffset(), message: t('files.json.comment') });
      continue;
    }
    if (token === TOKEN.lineBreak || token === TOKEN.trivia) continue;
    if ((token === TOKEN.closeBrace || token === TOKEN.closeBracket) && commaOffset >= 0) {
      const closer = token === TOKEN.closeBrace ? '}' : ']';
      slips.push({ offset: commaOffset, message: t('files.json.trailingComma', { closer }) });
    }
    commaOffset = token === TOKEN.comma ? scanner.getTokenOffset() : -1;
  }
  return slips;
}

/** JSON.parse would silently keep only the last of two equal keys; an author almost never means that. */
function findDuplicateKeys(node: Node, text: string, lines: LineMap, problems: ScenarioProblem[]): void {
  if (node.type === 'object') {
    const seen = new Set<string>();
    for (const property of node.children ?? []) {
      const key = property.children?.[0];
      if (key?.type !== 'string') continue;
      const name = String(key.value);
      if (seen.has(name)) {
        problems.push({
          severity: 'error',
          stage: 'syntax',
          path: pathAt(text, key.offset),
          ...lines.position(key.offset),
          message: t('files.json.duplicateKey', { key: name }),
        });
      }
      seen.add(name);
    }
  }
  for (const child of node.children ?? []) findDuplicateKeys(child, text, lines, problems);
}

/** Like jsonc-parser's getNodeValue, but a key such as "__proto__" stays an ordinary own key. */
export function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (key?.type !== 'string' || value === undefined) continue;
        Object.defineProperty(out, String(key.value), { value: nodeValue(value), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}

function pathAt(text: string, offset: number): string {
  try {
    // At a key not yet written the location ends in an empty name; the object holding it is more useful.
    const path = getLocation(text, offset).path;
    while (path.length > 0 && path[path.length - 1] === '') path.pop();
    return formatPath(path);
  } catch {
    return '';
  }
}

/**
 * The offset to point at for a path: the value itself, or its key when `at` is 'key'.
 * When the path does not exist (a missing field), the deepest enclosing value that does.
 */
export function offsetOf(root: Node | undefined, path: readonly PathSegment[], at: 'value' | 'key' = 'value'): number {
  if (!root) return 0;
  let node = root;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const last = i === path.length - 1;
    if (node.type === 'array' && typeof segment === 'number') {
      const child = node.children?.[segment];
      if (!child) return node.offset;
      node = child;
    } else if (node.type === 'object') {
      const property = findProperty(node, String(segment));
      if (!property) return node.offset;
      const [key, value] = property.children ?? [];
      if (last && at === 'key' && key) return key.offset;
      if (!value) return property.offset;
      node = value;
    } else {
      return node.offset;
    }
  }
  return node.offset;
}

// The last property with the name, as that is the one whose value counts.
function findProperty(object: Node, name: string): Node | undefined {
  let found: Node | undefined;
  for (const property of object.children ?? []) {
    if (property.children?.[0]?.value === name) found = property;
  }
  return found;
}
