// The command-line validator: one line per problem, a summary per file, exit 1 only on errors.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const validate = (...files: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/validate.ts', ...files], { cwd: root, encoding: 'utf8' });

describe('npm run validate', () => {
  it('lists problems as file:line:column  severity  path  message and fails on errors', () => {
    const run = validate('tests/fixtures/broken/typo-key.json', 'tests/fixtures/minimal.json');
    expect(run.stdout.split('\n')).toEqual([
      "tests/fixtures/broken/typo-key.json:56:7  error  theatres[0].tention  theatres[0] has a key 'tention' that the format does not know; did you mean 'tension'?",
      'tests/fixtures/broken/typo-key.json: refused, 1 error, 0 warnings',
      "tests/fixtures/minimal.json  warning  playable[1]  On turn 1 of 4, no event in the deck gives CHN a decision (none it decides, no crisis with it as a principal): only a crisis a rivalry starts, or a partner's call, can give it one.",
      'tests/fixtures/minimal.json: ok, 0 errors, 1 warning',
      '',
    ]);
    expect(run.status).toBe(1);
  });

  it('passes a file that has only warnings', () => {
    const run = validate('tests/fixtures/warnings.json');
    // The loader's six, which loader.test.ts lists (a theatre named "The …" and a historical choice on an event of
    // weight 0 among them), and the two sides left without a decision on every turn; none for its map codes.
    expect(run.stdout).toContain('tests/fixtures/warnings.json: ok, 0 errors, 8 warnings');
    expect(run.status).toBe(0);
  });
});
