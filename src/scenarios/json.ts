// Reading a scenario file's JSON while keeping track of where every value sits in the text.
// jsonc-parser recovers from mistakes, so one pass finds every syntax error it can and still
// yields a tree; the scanner pass catches what strict JSON forbids but the parser tolerates.
import { createScanner, getLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { LIMITS } from './limits';
import { formatPath, LineMap, type PathSegment, type ScenarioProblem } from './problems';

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
      message: `Lists and objects are nested more than ${LIMITS.nesting} deep here (a scenario needs about 7): brackets that never close, or a value pasted inside itself. The file was not read further.`,
    });
    return { text, lines, root: undefined, value: undefined, problems, trustworthy: false };
  }

  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });

  if (root === undefined && errors.length === 0) {
    report(0, 'The file is empty: a scenario is one JSON object, starting with { and ending with }.');
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
  switch (printParseErrorCode(error.error)) {
    case 'InvalidSymbol':
      if (found.startsWith("'")) return `Text must be in double quotes ("…"), not single quotes: found ${found}.`;
      return `Unexpected ${quoteFound(found)}: a value must be a number, true, false, null, "text in double quotes", an object {…} or a list […].`;
    case 'InvalidNumberFormat':
      return `${quoteFound(found)} is not a number JSON can read: write numbers like 3, 0.5 or -12 (no leading zeros, no leading dot).`;
    case 'PropertyNameExpected':
      return `Expected a key in double quotes here, like "name", but found ${quoteFound(found)}.`;
    case 'ValueExpected':
      return atEnd ? 'The file ends where a value was expected.' : `Expected a value here, but found ${quoteFound(found)}.`;
    case 'ColonExpected':
      return 'Expected a colon (:) between the key and its value.';
    case 'CommaExpected':
      return 'A comma is missing before this point: items in a list or an object must be separated by commas.';
    case 'CloseBraceExpected':
      return atEnd
        ? 'The file ends before an object is closed: a } is missing.'
        : `Expected a comma or a closing } here, but found ${quoteFound(found)}.`;
    case 'CloseBracketExpected':
      return atEnd
        ? 'The file ends before a list is closed: a ] is missing.'
        : `Expected a comma or a closing ] here, but found ${quoteFound(found)}.`;
    case 'EndOfFileExpected':
      return 'There is more text after the scenario\'s closing }: a scenario file holds exactly one object.';
    case 'UnexpectedEndOfComment':
      return 'A comment starting with /* is never closed with */ (and comments are not allowed anyway).';
    case 'UnexpectedEndOfString':
      return 'This text is never closed: a " is missing before the end of the line.';
    case 'UnexpectedEndOfNumber':
      return `${quoteFound(found)} is an unfinished number.`;
    case 'InvalidUnicode':
      return 'A \\u escape must be followed by four hexadecimal digits, like \\u00e9.';
    case 'InvalidEscapeCharacter':
      return `${quoteFound(found)} is not a valid escape inside text: write \\\\ for a backslash, \\" for a quote, \\n for a new line.`;
    case 'InvalidCharacter':
      return 'Text contains a line break or tab that JSON does not allow inside quotes: write \\n for a new line.';
    default:
      return 'The JSON cannot be read here.';
  }
}

function quoteFound(found: string): string {
  if (found === '') return 'the end of the file';
  const short = found.length > 20 ? `${found.slice(0, 20)}…` : found;
  return `'${short}'`;
}

/** Comments and trailing commas: common in hand-written files, but not JSON, so other tools would choke. */
function strictJsonSlips(text: string): { offset: number; message: string }[] {
  const slips: { offset: number; message: string }[] = [];
  const scanner = createScanner(text, false);
  let commaOffset = -1;
  for (let token = scanner.scan(); token !== TOKEN.eof; token = scanner.scan()) {
    if (token === TOKEN.lineComment || token === TOKEN.blockComment) {
      slips.push({ offset: scanner.getTokenOffset(), message: 'Comments are not allowed in a scenario file: JSON has no comments. Remove it, or move the note into a "description".' });
      continue;
    }
    if (token === TOKEN.lineBreak || token === TOKEN.trivia) continue;
    if ((token === TOKEN.closeBrace || token === TOKEN.closeBracket) && commaOffset >= 0) {
      const closer = token === TOKEN.closeBrace ? '}' : ']';
      slips.push({ offset: commaOffset, message: `Remove this comma: JSON allows no comma after the last item, before the closing ${closer}.` });
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
          message: `The key "${name}" appears twice in the same object; only the last would count. Keep one.`,
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
