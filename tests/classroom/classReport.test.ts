import { describe, expect, it } from 'vitest';
import {
  buildClassReport,
  checkClassInWorkers,
  computerPlayers,
  makeResult,
  memoOrder,
  resultChecksum,
  poolSize,
  posturesChosen,
  reportServer,
  reportService,
  toCsv,
  warmWorkers,
  WARM_UP_TURNS,
  verifyResult,
  writeResult,
  type ClassReportMessage,
  type ClassReportRequest,
  type ReportWorker,
  type ResultInput,
  type ResultV2,
} from '../../src/classroom';
import { playGame } from '../../src/ai/autoplay';
import { mean } from '../../src/ai/stats';
import { newGame, score } from '../../src/engine';
import { RUS_ONLY, SAVED_AT, forge, playedInClass, renamed, resultOf, scenario, scenarios } from './support';

const ID = 'alliance-question-2020';
const policies = ['all-ally', 'all-partner', 'all-hedge', 'persona'] as const;
const games = policies.map((student) => playedInClass(ID, 'class', { student }));
// A computer partner made to answer Russia's calls with full support, sealed again.
const puppet = forge(resultOf(games[3]!, 'Fay'), (r) => {
  const turn = r.decisions.findIndex((d) => Object.entries(d).some(([a, x]) => a !== 'RUS' && Object.keys(x.answers ?? {}).length > 0));
  if (turn < 0) throw new Error('no computer actor answered a call in this game');
  const [, decision] = Object.entries(r.decisions[turn]!).find(([a, x]) => a !== 'RUS' && Object.keys(x.answers ?? {}).length > 0)!;
  for (const call of Object.keys(decision.answers!)) decision.answers![call] = decision.answers![call] === 3 ? 0 : 3;
});
const files: ResultInput[] = [
  { name: 'ada.json', text: writeResult(resultOf(games[0]!, 'Ada')) },
  { name: 'smith.json', text: writeResult(resultOf(games[1]!, 'Smith, "Jo"')) },
  { name: 'cho.json', text: writeResult(resultOf(games[2]!, 'Cho')) },
  { name: 'cheat.json', text: forge(resultOf(games[3]!, 'Dee'), (r) => void (r.score.RUS! += 20)) },
  { name: 'puppet.json', text: puppet },
  { name: 'other.json', text: writeResult(resultOf(playedInClass(ID, 'elsewhere'), 'Eve')) },
  { name: 'junk.txt', text: 'not a result' },
];

/** The cells of a CSV (RFC 4180: quoted fields may hold commas, quotes doubled and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, cell]);
      (row = []), (cell = ''), i++;
    } else cell += c;
  }
  return rows;
}

/** A worker in this process: the worker's own service behind the same messages, each copied as postMessage copies it. */
function inProcess(): ReportWorker & { terminated: boolean } {
  const serve = reportService();
  const worker = {
    onmessage: null as ReportWorker['onmessage'],
    onerror: null as ReportWorker['onerror'],
    terminated: false,
    postMessage(message: ClassReportRequest) {
      const copy = structuredClone(message);
      setTimeout(() => {
        if (worker.terminated) return;
        const answer = serve(copy);
        if (answer) worker.onmessage?.({ data: structuredClone(answer) } as MessageEvent<ClassReportMessage>);
      }, 0);
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return worker;
}

/** A worker whose script does not load: it says so once, after it is made. */
function failing(): ReturnType<typeof inProcess> {
  const w = inProcess();
  setTimeout(() => w.onerror?.({ message: 'the worker’s script did not load' } as ErrorEvent), 0);
  return w;
}

describe('the class report', () => {
  const report = buildClassReport(files, scenarios);

  it('verifies every file and keeps flagged ones out of the figures, with the reason', () => {
    expect(report).toMatchObject({ scenarioId: ID, seed: 'class', files: 7, verified: 3, flagged: 4 });
    expect(report.rows.map((r) => [r.player, r.verdict, r.codes[0]])).toEqual([
      ['Ada', 'verified', undefined],
      ['Smith, "Jo"', 'verified', undefined],
      ['Cho', 'verified', undefined],
      ['Dee', 'flagged', 'score-mismatch'],
      ['Fay', 'flagged', 'computer-moves'],
      ['Eve', 'flagged', 'other-game'],
      ['', 'flagged', 'not-json'],
    ]);
    expect(report.rows[4]!.reason).toMatch(/^On turn \d+ the file says .+ answered .+, but the computer would have/);
    expect(report.rows[5]!.reason).toContain("seed 'elsewhere'");
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

  it('plays the historical path under the lesson’s rules', () => {
    const lesson = { side: 'RUS', advisor: true, turns: 4, temperament: 'calm' } as const;
    const short = resultOf(playedInClass(ID, 'short', { settings: lesson }), 'Gus', ['RUS'], lesson);
    const r = buildClassReport([{ name: 'gus.json', text: writeResult(short) }], scenarios);
    expect(r.verified).toBe(1);
    expect(r.settings).toEqual(lesson);
    expect(r.sides[0]!.historical.turns).toBe(4);
    expect(r.sides[0]!.historical.ending).toBe('last-turn');
  });

  it('marks a game stopped before the lesson’s last turn, sets it beside the historical path over its own turns, and leaves it out of the side’s figures', () => {
    const lesson = { side: 'RUS', advisor: true, turns: 4 } as const;
    const seed = 'stopped';
    const whole = (['all-ally', 'persona'] as const).map((student) => playedInClass(ID, seed, { settings: lesson, student }));
    const stopped = playedInClass(ID, seed, { settings: lesson, student: 'all-hedge', stopAfter: 2 });
    const unplayed = playedInClass(ID, seed, { settings: lesson, stopAfter: 0 });
    const file = (name: string, game: typeof stopped) => ({ name: `${name}.json`, text: writeResult(resultOf(game, name, ['RUS'], lesson)) });
    const r = buildClassReport([file('Ada', whole[0]!), file('Bo', whole[1]!), file('Cy', stopped), file('Di', unplayed)], scenarios);
    expect(r.rows.map((x) => x.verdict)).toEqual(['verified', 'verified', 'verified', 'verified']);
    // History over the same turns, as the stopped game's own debrief plays it; a game stopped before its first turn
    // stands where the game starts.
    const aq = scenario(ID);
    const pastAt = (turns: number) => score(playGame(aq, { seed, policy: 'historical', rules: { turns } }), 'RUS');
    expect(r.rows.map((x) => x.stopped)).toEqual([null, null, { turns: 2, of: 4, historical: { RUS: pastAt(2) } }, { turns: 0, of: 4, historical: { RUS: score(newGame(aq, seed, { turns: 4 }), 'RUS') } }]);
    // The side's figures are of the whole games only.
    const rus = r.sides[0]!;
    expect([rus.games, rus.score.n, rus.abandoned.n, rus.postures.length]).toEqual([2, 2, 2, 4]);
    expect(rus.score.mean).toBeCloseTo(mean(whole.map((g) => score(g, 'RUS'))), 9);
    for (const turn of rus.postures) expect(turn.toward.CHN!.ally + turn.toward.CHN!.partner + turn.toward.CHN!.hedge).toBe(2);
    expect(rus.historical.turns).toBe(4);
    // A class whose every game was stopped still has its side, with no whole game to sum up.
    const early = buildClassReport([file('Cy', stopped)], scenarios);
    expect([early.sides[0]!.side, early.sides[0]!.games, early.rows[0]!.stopped?.turns]).toEqual(['RUS', 0, 2]);
    console.log(`stopped after 2 of 4 turns: ${score(stopped, 'RUS').toFixed(1)} against history's ${pastAt(2).toFixed(1)} over those turns; the class's mean ${rus.score.mean.toFixed(1)} of 2 whole games against ${rus.historical.score.toFixed(1)}`);
  });

  it('flags files of another game than the teacher’s class code', () => {
    const aq = scenario(ID);
    const r = buildClassReport(files, scenarios, { scenarioId: ID, scenarioHash: aq.hash, seed: 'elsewhere', side: 'RUS', advisor: true });
    expect(r.rows.filter((x) => x.verdict === 'verified').map((x) => x.player)).toEqual(['Eve']);
  });

  it('flags a file whose advisor setting was flipped and sealed again, against the class code or the rest of the class', () => {
    const aq = scenario(ID);
    const flipped = forge(resultOf(games[0]!, 'Hal'), (r) => void (r.options.advisor = false));
    // Nothing in the game records whether the advisor was asked: the file alone verifies, and only the class can tell.
    expect(verifyResult(flipped, scenarios).ok).toBe(true);
    const withFlipped = [...files.slice(0, 3), { name: 'hal.json', text: flipped }];
    const code = { scenarioId: ID, scenarioHash: aq.hash, seed: 'class', side: 'RUS', advisor: true } as const;
    for (const r of [buildClassReport(withFlipped, scenarios, code), buildClassReport(withFlipped, scenarios)]) {
      expect(r.rows.map((x) => [x.player, x.verdict, x.codes[0]])).toEqual([
        ['Ada', 'verified', undefined],
        ['Smith, "Jo"', 'verified', undefined],
        ['Cho', 'verified', undefined],
        ['Hal', 'flagged', 'other-settings'],
      ]);
      expect(r.rows[3]!.reason).toMatch(/^This game was played with the advisor off, where the class’s lesson \((its class code|as most files have it)\) has the advisor on: /);
      expect(r.rows[3]!.reason).toContain('Nothing in a game records whether the advisor was asked');
      expect(r.settings).toEqual({ side: 'RUS', advisor: true });
    }
    // A class code with the advisor off: now the files that say it was on are the ones flagged.
    const off = buildClassReport(withFlipped, scenarios, { ...code, advisor: false });
    expect(off.rows.map((x) => x.verdict)).toEqual(['flagged', 'flagged', 'flagged', 'verified']);
    console.log(`flagged: ${off.rows[0]!.reason}`);
  });

  it('exports one CSV row per file, flagged ones included with their verdict and reasons and no figures', () => {
    const csv = toCsv(report);
    const [head, ...rows] = parseCsv(csv);
    expect(rows).toHaveLength(files.length);
    expect(csv.split('\r\n')[0]).toContain('player,file,sides,turns,ending,RUS score');
    expect(head!.slice(-4)).toEqual(['saved at', 'verdict', 'rewinds', 'reasons']);
    const cell = (row: string[], name: string) => row[head!.indexOf(name)];
    expect(rows.map((r) => [cell(r, 'player'), cell(r, 'file'), cell(r, 'verdict')])).toEqual(report.rows.map((r) => [r.player, r.file, r.verdict]));
    // A name with a comma and quotes comes back whole.
    expect(csv.split('\r\n')[2]!.startsWith('"Smith, ""Jo""",smith.json,RUS,')).toBe(true);
    for (const [i, row] of rows.entries()) {
      const verified = report.rows[i]!.verdict === 'verified';
      expect(cell(row, 'reasons')).toBe(report.rows[i]!.reason);
      expect(cell(row, 'RUS score') === '', `row ${i}: figures only for a verified file`).toBe(!verified);
      expect(cell(row, 'turns') === '').toBe(!verified);
    }
    expect(cell(rows[3]!, 'reasons')).toMatch(/score/i);
  });

  it('shows how often each student went back, beside the verdict and not as a flag, and says when an older file cannot tell', () => {
    const rewound = makeResult(games[0]!, ['RUS'], 'Ada', RUS_ONLY, SAVED_AT, [
      { from: 3, to: 1 },
      { from: 5, to: 4 },
    ]);
    const { rewinds: _w, checksum: _c, ...rest } = resultOf(games[1]!, 'Bo');
    const older: Omit<ResultV2, 'checksum'> = { ...rest, version: 2 };
    const r = buildClassReport(
      [
        { name: 'ada.json', text: writeResult(rewound) },
        { name: 'bo.json', text: JSON.stringify({ ...older, checksum: resultChecksum(older) }) },
        files[2]!,
      ],
      scenarios,
    );
    expect(r.rows.map((x) => [x.player, x.verdict, x.rewinds])).toEqual([
      ['Ada', 'verified', 2],
      ['Bo', 'verified', null],
      ['Cho', 'verified', 0],
    ]);
    const [head, ...rows] = parseCsv(toCsv(r));
    expect(rows.map((row) => row[head!.indexOf('rewinds')])).toEqual(['2', '', '0']);
  });

  it('flags a copy of a game handed in before it, renamed and sealed again or not, and counts the game once', () => {
    const ada = files[0]!;
    const withCopies: ResultInput[] = [
      ada,
      { name: 'ada (1).json', text: ada.text },
      { name: 'bea.json', text: renamed(JSON.parse(ada.text), 'Bea') },
      files[2]!,
    ];
    const r = buildClassReport(withCopies, scenarios);
    expect(r.rows.map((x) => [x.file, x.verdict, x.codes[0]])).toEqual([
      ['ada.json', 'verified', undefined],
      ['ada (1).json', 'flagged', 'copy'],
      ['bea.json', 'flagged', 'copy'],
      ['cho.json', 'verified', undefined],
    ]);
    for (const copy of r.rows.slice(1, 3)) expect(copy.reason).toBe('The same game as ada.json (Ada), decision for decision: a copy of it, counted once, as that file.');
    expect(r.rows[2]!.figures).toEqual([]);
    expect([r.verified, r.flagged, r.sides[0]!.games, r.sides[0]!.score.n]).toEqual([2, 2, 2, 2]);
    // Two different games are not copies, whoever handed them in.
    expect(buildClassReport([ada, files[1]!, files[2]!], scenarios).rows.every((x) => x.verdict === 'verified')).toBe(true);
    console.log(`copies: ${r.rows[1]!.reason}`);
  });

  it('comes out the same from a pool of workers, with progress, and in the order the files were given', async () => {
    const seen: [number, number][] = [];
    const workers: ReturnType<typeof inProcess>[] = [];
    const run = checkClassInWorkers(files, scenarios, undefined, {
      workers: 3,
      spawn: () => (workers.push(inProcess()), workers.at(-1)!),
      onProgress: (checked, total) => seen.push([checked, total]),
    });
    const pooled = await run.done;
    expect(pooled).toEqual(report);
    expect(seen).toEqual(files.map((_, i) => [i + 1, files.length]));
    expect(workers).toHaveLength(3);
    expect(workers.every((w) => w.terminated)).toBe(true);
  });

  it('stops at once when cancelled, and reports a worker that fails', async () => {
    const workers: ReturnType<typeof inProcess>[] = [];
    let progress = 0;
    const run = checkClassInWorkers(files, scenarios, undefined, {
      workers: 2,
      spawn: () => (workers.push(inProcess()), workers.at(-1)!),
      onProgress: () => {
        progress++;
        run.cancel();
      },
    });
    expect(await run.done).toBeNull();
    expect(progress).toBe(1);
    expect(workers.every((w) => w.terminated)).toBe(true);

    const broken = checkClassInWorkers(files, scenarios, undefined, {
      workers: 2,
      spawn: failing,
    });
    await expect(broken.done).rejects.toThrow('the worker’s script did not load');
  });

  it('warms its workers up before the files come, and the first file ends a warm-up at once', async () => {
    // Driven by hand: the warm-up's turns are steps the test runs one by one.
    const steps: (() => void)[] = [];
    const said: ClassReportMessage[] = [];
    const serve = reportServer((m) => said.push(m), (step) => steps.push(step));
    serve({ type: 'scenarios', scenarios: [...scenarios], lang: 'en', messages: {} as never });
    serve({ type: 'warm' });
    for (let k = 0; k < 3; k++) steps.shift()!();
    expect(steps).toHaveLength(1);
    serve({ type: 'check', index: 0, file: files[0]! });
    expect(said.map((m) => m.type)).toEqual(['checked']);
    steps.shift()!();
    expect(steps).toHaveLength(0);
    expect(said.map((m) => m.type)).toEqual(['checked']);

    // Left alone, it plays its turns to the end and says so.
    const alone: ClassReportMessage[] = [];
    let turns = 0;
    const whole = reportServer((m) => alone.push(m), (step) => (turns++, setTimeout(step, 0)));
    whole({ type: 'scenarios', scenarios: [...scenarios], lang: 'en', messages: {} as never });
    whole({ type: 'warm' });
    await expect.poll(() => alone.length, { timeout: 30_000 }).toBe(1);
    // A step a turn, and the one that finds the turns played.
    expect([alone[0]!.type, turns]).toEqual(['warmed', WARM_UP_TURNS + 1]);

    // Warmed spares make the same report; one that fails to start leaves the spares and is never given a file.
    const spares: ReportWorker[] = [];
    let made = 0;
    warmWorkers(spares, () => (made++ === 1 ? failing() : inProcess()), 3, scenarios);
    await expect.poll(() => spares.length).toBe(2);
    const pooled = await checkClassInWorkers(files, scenarios, undefined, { workers: 3, spawn: () => spares.shift() ?? inProcess() }).done;
    expect(pooled).toEqual(report);
  });

  it('sizes the pool by the cores, and hands out files that share their first turns side by side', () => {
    expect([poolSize(200, 2), poolSize(3, 16), poolSize(200, undefined), poolSize(200, 0), poolSize(200, 64), poolSize(0, 4)]).toEqual([2, 3, 1, 1, 8, 1]);
    const [a, b] = [files[0]!.text, files[1]!.text];
    const order = memoOrder([
      { name: '0', text: a },
      { name: '1', text: b },
      { name: '2', text: renamed(JSON.parse(a), 'Another') },
      { name: '3', text: 'junk' },
    ]);
    expect(Math.abs(order.indexOf(2) - order.indexOf(0))).toBe(1);
    expect([...order].sort()).toEqual([0, 1, 2, 3]);
  });

  it('verifies a class whose files share their games, working out each position once (20 files; timed by `npm run bench:report`)', () => {
    // Two students each choosing their own moves, every file handed in ten times under other names: a class shares
    // the seed, so the computer's decisions are worked out once per position, not once per file.
    const big = 'idlib-2021';
    const played = Array.from({ length: 2 }, (_, i) => resultOf(playedInClass(big, 'class-idlib', { student: 'random', who: `s${i}` }), `Student ${i}`, ['RUS']));
    expect(new Set(played.map((r) => JSON.stringify(r.decisions))).size).toBe(2);
    const turns = played.reduce((n, r) => n + r.turns, 0);
    const texts = Array.from({ length: 20 }, (_, i) => ({ name: `s${i}.json`, text: renamed(played[i % 2]!, `Student ${i}`) }));
    const computer = computerPlayers();
    expect(texts.every((f) => verifyResult(f.text, scenarios, computer).ok)).toBe(true);
    expect(computer.counts.decided + computer.counts.remembered).toBe(10 * turns);
    expect(computer.counts.decided).toBeLessThanOrEqual(turns);
    console.log(`20 files of ${big}, 2 games: the computer's decisions worked out for ${computer.counts.decided} positions and remembered for ${computer.counts.remembered}`);
    // Eighteen of them are copies of the first two games, each named with the file it repeats.
    // The report decides by the computer it is given, and so can say what it worked out.
    const reporting = computerPlayers();
    const r = buildClassReport(texts, scenarios, undefined, reporting);
    expect([r.verified, r.rows.filter((x) => x.codes[0] === 'copy').length]).toEqual([2, 18]);
    expect(reporting.counts).toEqual(computer.counts);
    expect(r.rows[19]!.reason).toContain('s1.json (Student 1)');
  });
});
