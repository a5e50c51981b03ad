// The engine and the AI say nothing in any language: they give codes and the ids they concern, and the UI puts them
// into words (src/i18n/engineWords.ts, src/ui/explainWords.ts, endingText). This reads every source file of both and
// fails on any string that reads as a sentence, by file and line. Comments are not strings, so they may say anything.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const FOLDERS = ['src/engine', 'src/ai'];

/** Words in a row ("went to war"), a capitalised word before a space ("There is"), or a word against a value
 *  (`backs ${X} fully`): a sentence, or a piece of one. */
const SENTENCE = /[A-Za-z]{2,} +[A-Za-z]{2,}|\b[A-Z][a-z]+ /;
const BEFORE_VALUE = /[A-Za-z]{2,} +$/;
const AFTER_VALUE = /^ +[A-Za-z]{2,}/;

/**
 * Words allowed, each for its reason. The state hash covers a finished game's ending in the words the engine once
 * kept in the state, so that saves and result files written then still verify (src/engine/statehash.ts); they are
 * never shown.
 */
const ALLOWED: { file: string; text: string }[] = [
  { file: 'src/engine/statehash.ts', text: '${} and ${} went to war' },
  { file: 'src/engine/statehash.ts', text: '${} collapsed' },
  { file: 'src/engine/statehash.ts', text: 'the scenario reached its last turn' },
  { file: 'src/engine/statehash.ts', text: "the lesson's ${} turns were played" },
];

/** A thrown Error is a fault of the program, for its developer: no player reads it. */
function thrown(node: ts.Node): boolean {
  let n = node.parent;
  while (n && (ts.isTemplateSpan(n) || ts.isParenthesizedExpression(n) || ts.isBinaryExpression(n))) n = n.parent;
  return !!n && ts.isNewExpression(n) && /^(Range|Type)?Error$/.test(n.expression.getText()) && ts.isThrowStatement(n.parent);
}

/** The literal text of a string or template (values as `${}`), if it reads as a sentence. */
function sentence(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return SENTENCE.test(node.text) ? node.text : null;
  if (!ts.isTemplateExpression(node)) return null;
  const parts = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)];
  const reads = parts.some((p, i) => SENTENCE.test(p) || (i < parts.length - 1 && BEFORE_VALUE.test(p)) || (i > 0 && AFTER_VALUE.test(p)));
  return reads ? parts.join('${}') : null;
}

/** Every sentence in `source`, as "file:line: text", but those allowed. */
export function sentencesIn(file: string, source: string): string[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    const text = sentence(node);
    if (text !== null && !thrown(node) && !ALLOWED.some((a) => a.file === file && a.text === text)) {
      found.push(`${file}:${tree.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${text}`);
    }
    if (ts.isTemplateExpression(node)) for (const span of node.templateSpans) visit(span.expression);
    else ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

const files = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

describe('the engine and the AI hold no prose', () => {
  it('finds a sentence planted in a string, a template or beside a value, and lets codes, ids and comments be', () => {
    const planted = [
      "const a = 'the game is over';",
      'const b = `${x} cannot take the posture ${p}`;',
      'const c = `backs ${x} fully`;',
      "const d = 'War ';",
    ].join('\n');
    expect(sentencesIn('src/engine/planted.ts', planted)).toEqual([
      'src/engine/planted.ts:1: the game is over',
      'src/engine/planted.ts:2: ${} cannot take the posture ${}',
      'src/engine/planted.ts:3: backs ${} fully',
      'src/engine/planted.ts:4: War ',
    ]);
    const fine = [
      "// a comment may say anything at all",
      "const e = { code: 'illegal-posture', reason: 'last-turn' };",
      'const f = `${turn}.c${k}`;',
      "import { x } from '../some where';",
      "throw new Error('explainAnswer needs an answer');",
      "const g = 'the scenario reached its last turn';",
    ].join('\n');
    expect(sentencesIn('src/engine/planted.ts', fine)).toEqual(['src/engine/planted.ts:6: the scenario reached its last turn']);
    expect(sentencesIn('src/engine/statehash.ts', fine)).toEqual([]);
  });

  const all = FOLDERS.flatMap(files);
  it.skipIf(all.length === 0)(`in src/engine and src/ai (${all.length} files)`, () => {
    const found = all.flatMap((f) => sentencesIn(relative(ROOT, join(ROOT, f)), readFileSync(join(ROOT, f), 'utf8')));
    expect(found).toEqual([]);
  });
});
