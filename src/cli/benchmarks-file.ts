// BENCHMARKS.md is written by the bench commands, each owning the blocks between its `<!-- name:start -->` and
// `<!-- name:end -->` markers; a block not there yet is added at the end.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';

const PATH = 'BENCHMARKS.md';
const HEADER = '# Benchmarks\n\nEvery figure here is written by a command of the project; rerun it to check.\n\n';

/** Replace the block between `<!-- name:start -->` and `<!-- name:end -->`, or add it at the end. */
export function putBlock(text: string, name: string, content: string): string {
  const pattern = new RegExp(`<!-- ${name}:start -->[\\s\\S]*<!-- ${name}:end -->`);
  return pattern.test(text) ? text.replace(pattern, () => content) : text.trimEnd() + '\n\n' + content + '\n';
}

/** Write each `[name, block]` into BENCHMARKS.md. */
export function writeBlocks(blocks: readonly (readonly [string, string])[]): void {
  const current = existsSync(PATH) ? readFileSync(PATH, 'utf8') : HEADER;
  writeFileSync(PATH, blocks.reduce((text, [name, block]) => putBlock(text, name, block), current));
}

/** The machine, in words, for a benchmark's heading. */
export const machine = (): string => `${cpus()[0]?.model.trim() ?? 'unknown CPU'} (${cpus().length} cores), Node ${process.version}`;
