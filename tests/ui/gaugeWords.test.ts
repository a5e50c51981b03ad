// The abandonment gauge of a partner whose terms owe nothing in one's rivalries says so, instead of a 100% risk that
// the partner then belies by backing one of its own accord (the 1950 treaty covers Japan alone).
import { describe, expect, it } from 'vitest';
import { gauges, newGame, prepareScenario, type ScenarioDef } from '../../src/engine';
import { riskWords } from '../../src/ui/gauges';
import { readFileSync } from 'node:fs';
import { triangle } from '../helpers';

describe('the abandonment gauge in words', () => {
  it('names a partner that owes nothing as such, and any other by its chance', () => {
    expect(riskWords('abandonment', 1, false)).toBe('nothing owed');
    expect(riskWords('abandonment', 0.24)).toMatch(/^24% /);
    expect(riskWords('entrapment', 1, false)).toMatch(/^100% /);
    // One who faces no rival of its own cannot be owed anything: that is what it is told.
    expect(riskWords('abandonment', 1, false, false)).toBe('no rival to face');
  });

  it('the Soviet alliance of 1950 owes China nothing in its rivalries with the United States', () => {
    const s = prepareScenario(JSON.parse(readFileSync('scenarios/sino-soviet-1950.json', 'utf8')) as ScenarioDef);
    const g = gauges(newGame(s, 'words'), 'CHN', 'RUS');
    expect(g.owes).toBe(false);
    expect(riskWords('abandonment', g.abandonment, g.owes)).toBe('nothing owed');
    expect(g.rivalled).toBe(true);
    const partner = gauges(newGame(triangle(), 'x'), 'A', 'B');
    expect(riskWords('abandonment', partner.abandonment, partner.owes)).toMatch(/^\d+% /);
  });

  it('China in the Moscow format faces no rival of its own, and is told so of every partner', () => {
    const s = prepareScenario(JSON.parse(readFileSync('scenarios/moscow-format-2015.json', 'utf8')) as ScenarioDef);
    const g = gauges(newGame(s, 'words'), 'CHN', 'RUS');
    expect(g.rivalled).toBe(false);
    expect(riskWords('abandonment', g.abandonment, g.owes, g.rivalled)).toBe('no rival to face');
  });
});
