// `npm run simulate` names the scenario by its English title: a title is prose in several languages, and a report
// that printed the object itself would read "[object Object]".
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('npm run simulate', () => {
  it('heads its summary with the scenario’s title', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/simulate.ts', 'scenarios/first-game.json', '--runs', '2', '--seed', '1', '--policy', 'persona'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const head = run.stdout.split('\n')[0]!;
    expect(head).toMatch(/^\S.* · policy persona · seeds 1-0\.\.1-1$/);
    expect(run.stdout).not.toContain('[object Object]');
  });
});
