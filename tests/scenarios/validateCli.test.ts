// The command-line validator: one line per problem, a summary per file, exit 1 only on errors.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { documentsDir, documentsFound } from '../documents';
import { fixture } from './helpers';

const root = fileURLToPath(new URL('../../', import.meta.url));
const validate = (...files: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/validate.ts', ...files], { cwd: root, encoding: 'utf8' });
/** As npm runs it when "--" is left out: npm keeps --documents as its own setting and passes the folder on as a file. */
const validateWithoutDashes = (...files: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/validate.ts', ...files], { cwd: root, encoding: 'utf8', env: { ...process.env, npm_config_documents: 'true' } });

describe('npm run validate', () => {
  it('lists problems as file:line:column  severity  path  message and fails on errors', () => {
    const run = validate('tests/fixtures/broken/typo-key.json', 'tests/fixtures/minimal.json');
    expect(run.stdout.split('\n')).toEqual([
      "tests/fixtures/broken/typo-key.json:56:7  error  theatres[0].tention  theatres[0] has a key 'tention' that the format does not know; did you mean 'tension'?",
      'tests/fixtures/broken/typo-key.json: refused, 1 error, 0 warnings',
      "tests/fixtures/minimal.json  warning  playable[1]  On turn 1 of 4, no event in the deck gives CHN a decision (none it decides, no crisis with it as a principal): only a crisis a rivalry starts, or a partner's call, can give it one.",
      'tests/fixtures/minimal.json  warning  title  18 texts are not in Russian (ru), the first here; players in that language read them in English. npm run translate -- tests/fixtures/minimal.json ru lists them.',
      'tests/fixtures/minimal.json  warning  title  18 texts are not in Chinese (zh), the first here; players in that language read them in English. npm run translate -- tests/fixtures/minimal.json zh lists them.',
      'tests/fixtures/minimal.json: ok, 0 errors, 3 warnings',
      '',
    ]);
    expect(run.status).toBe(1);
  });

  it('passes a file that has only warnings', () => {
    const run = validate('tests/fixtures/warnings.json');
    // The loader's six, which loader.test.ts lists (a theatre named "The …" and a historical choice on an event of
    // weight 0 among them), and the two sides left without a decision on every turn; none for its map codes.
    expect(run.stdout).toContain('tests/fixtures/warnings.json: ok, 0 errors, 10 warnings');
    expect(run.status).toBe(0);
  });

  describe('with --documents', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bowstring-validate-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    // minimal.json quotes seed.txt: "a partnership, not an alliance".
    writeFileSync(join(dir, 'seed.txt'), 'They called it\na partnership,  not an alliance.');
    const withQuote = (name: string, quote: string) => {
      const file = join(dir, name);
      writeFileSync(file, fixture('minimal.json').replace('"a partnership, not an alliance"', JSON.stringify(quote)));
      return file;
    };

    it('passes a quotation found in its document', () => {
      const run = validate('--documents', dir, withQuote('true.json', 'a partnership, not an alliance'));
      expect(run.stdout).toMatch(/true\.json: ok, 0 errors, 3 warnings\n/);
      expect(run.status).toBe(0);
    });

    it('refuses a made-up quotation', () => {
      const run = validate('--documents', dir, withQuote('made-up.json', 'a partnership stronger than any alliance'));
      expect(run.stdout).toContain("error  actors[0].sources[0].quote  actors[0].sources[0] is not in 'seed.txt'");
      expect(run.stdout).toMatch(/made-up\.json: refused, 1 error, 0 warnings\n/);
      expect(run.status).toBe(1);
    });

    it('refuses it too when npm was given --documents without "--"', () => {
      const run = validateWithoutDashes(dir, withQuote('made-up-npm.json', 'a partnership stronger than any alliance'));
      expect(run.stdout).toContain("error  actors[0].sources[0].quote  actors[0].sources[0] is not in 'seed.txt'");
      expect(run.status).toBe(1);
    });

    it('refuses a file whose cited document is not in the folder, naming it', () => {
      const empty = mkdtempSync(join(dir, 'empty-'));
      const run = validate('--documents', empty, withQuote('elsewhere.json', 'a partnership, not an alliance'));
      expect(run.stdout).toContain(`error  documents[0].file  The document 'seed.txt', quoted once, is not in the documents folder ${empty}`);
      expect(run.status).toBe(1);
    });

    it('stops at once on a folder that is not there', () => {
      const run = validate('--documents', join(dir, 'nowhere'), 'tests/fixtures/minimal.json');
      expect(run.stderr).toContain('no such folder');
      expect(run.status).toBe(2);
    });

    const shipped = readdirSync(join(root, 'scenarios')).filter((f) => f.endsWith('.json')).map((f) => `scenarios/${f}`);
    const named = documentsFound ? 'passes every shipped scenario, quotations and all' : `shipped quotations not checked: the documents were not found at ${documentsDir}`;
    it.skipIf(!documentsFound)(named, () => {
      const run = validate('--documents', documentsDir, ...shipped);
      expect(run.stdout).not.toMatch(/  error  /);
      expect(run.status).toBe(0);
    });
  });
});
