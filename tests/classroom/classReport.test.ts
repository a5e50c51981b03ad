import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/ai/autoplay';
import { buildClassReport, posturesChosen, toCsv, verifyResult, writeResult, type ResultInput } from '../../src/classroom';
import { forge, played, resultOf, scenario, scenarios } from './support';

const ID = 'alliance-question-2020';
const games = ['a', 'b', 'c', 'd'].map((s) => playGame(scenario(ID), { seed: 'class', policy: 'persona', policies: { RUS: (['all-ally', 'all-partner', 'all-hedge', 'persona'] as const)[s.charCodeAt(0) - 97]! } }));
const files: ResultInput[] = [
  { name: 'ada.json', text: writeResult(resultOf(games[0]!, 'Ada')) },
  { name: 'smith.json', text: writeResult(resultOf(games[1]!, 'Smith, "Jo"')) },
  { name: 'cho.json', text: writeResult(resultOf(games[2]!, 'Cho')) },
  { name: 'cheat.json', text: forge(resultOf(games[3]!, 'Dee'), (r) => void (r.score.RUS! += 20)) },
  { name: 'other.json', text: writeResult(resultOf(played(ID, 'elsewhere'), 'Eve')) },
  { name: 'junk.txt', text: 'not a result' },
];

describe('the class report', () => {
  const report = buildClassReport(files, scenarios);

  it('verifies every file and keeps flagged ones out of the figures, with the reason', () => {
    expect(report).toMatchObject({ scenarioId: ID, seed: 'class', files: 6, verified: 3, flagged: 3 });
    expect(report.rows.map((r) => [r.player, r.verdict, r.codes[0]])).toEqual([
      ['Ada', 'verified', undefined],
      ['Smith, "Jo"', 'verified', undefined],
      ['Cho', 'verified', undefined],
      ['Dee', 'flagged', 'score-mismatch'],
      ['Eve', 'flagged', 'other-game'],
      ['', 'flagged', 'not-json'],
    ]);
    expect(report.rows[4]!.reason).toContain("seed 'elsewhere'");
    const rus = report.sides[0]!;
    expect(rus.side).toBe('RUS');
    expect(rus.games).toBe(3);
    expect(rus.score.n).toBe(3);
    expect(rus.focus).toEqual(['CHN']);
  });

  it('counts postures turn by turn, alliances, and the historical path', () => {
    const rus = report.sides[0]!;
    expect(rus.postures).toHaveLength(games[0]!.log.length);
    for (const turn of rus.postures) expect(turn.toward.CHN!.ally + turn.toward.CHN!.partner + turn.toward.CHN!.hedge).toBe(3);
    expect(rus.formed).toBe(rus.alliances.reduce((n, a) => n + a.formed, 0));
    expect(rus.historical.turns).toBeGreaterThan(0);
    expect(rus.historical.postures).toHaveLength(rus.historical.turns);
    // The rebuilt postures end where the game's do, except where a tie broke on the last turn.
    const g = games[3]!;
    const chosen = posturesChosen(g, 'RUS').at(-1)!;
    for (const [o, p] of Object.entries(g.postures.RUS!)) if (!g.log.at(-1)!.tieChanges.some((c) => c.a === o || c.b === o)) expect(chosen[o]).toBe(p);
    console.log(`class of 3 on ${ID}: RUS score mean ${rus.score.mean.toFixed(1)} (p10 ${rus.score.p10.toFixed(1)}, p90 ${rus.score.p90.toFixed(1)}), historical path ${rus.historical.score.toFixed(1)}; alliances formed ${rus.formed}, broke ${rus.broke}`);
  });

  it('flags files of another game than the teacher’s class code', () => {
    const aq = scenario(ID);
    const r = buildClassReport(files, scenarios, { scenarioId: ID, scenarioHash: aq.hash, seed: 'elsewhere', side: 'RUS', advisor: true });
    expect(r.rows.filter((x) => x.verdict === 'verified').map((x) => x.player)).toEqual(['Eve']);
  });

  it('exports one CSV row per verified file, quoting names with commas and quotes', () => {
    const csv = toCsv(report);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 3);
    expect(lines[0]).toContain('player,file,sides,turns,ending,RUS score');
    expect(lines[2]!.startsWith('"Smith, ""Jo""",smith.json,RUS,')).toBe(true);
    expect(csv).not.toContain('Dee');
  });

  it('verifies 200 result files of the largest scenario (measured)', () => {
    const big = 'afghanistan-2001';
    const texts = Array.from({ length: 200 }, (_, i) => ({ name: `s${i}.json`, text: writeResult(resultOf(played(big, `class-${i % 20}`), `Student ${i}`)) }));
    let t = performance.now();
    const verdicts = texts.map((f) => verifyResult(f.text, scenarios));
    const verifyMs = performance.now() - t;
    expect(verdicts.every((v) => v.ok)).toBe(true);
    t = performance.now();
    const r = buildClassReport(texts, scenarios);
    const reportMs = performance.now() - t;
    expect(r.files).toBe(200);
    console.log(`200 result files of ${big} (${scenario(big).actors.length} actors, ${scenario(big).turns} turns): verified in ${verifyMs.toFixed(0)} ms; whole class report in ${reportMs.toFixed(0)} ms (Node)`);
  });
});
