// The classroom in Russian and Chinese: a refused class code, a result file's verdict and the class report's CSV
// headers read in the page's language, and the report's workers are told that language.
import { afterEach, describe, expect, it } from 'vitest';
import { buildClassReport, checkClassInWorkers, decodeClassCode, toCsv, verifyResult, writeResult, type ClassReport, type ClassReportRequest, type ReportWorker, type SideReport } from '../../src/classroom';
import { SUPPORT_LEVELS, type SupportLevel } from '../../src/engine';
import { setLang, tx } from '../../src/i18n';
import { supportWord } from '../../src/ui/words';
import { forge, playedInClass, resultOf, scenario, scenarios } from './support';

afterEach(() => setLang('en'));

const refusal = (text: string) => {
  const r = decodeClassCode(text, scenarios);
  return r.ok ? '' : r.errors[0]!.message;
};
const verdict = (text: string) => {
  const r = verifyResult(text, scenarios);
  return r.ok ? '' : r.errors[0]!.message;
};
/** A report with one side played and no rows: all toCsv reads for its headers. */
const report = { sides: [{ side: 'RUS' } as SideReport], rows: [] } as unknown as ClassReport;
const newer = JSON.stringify({ format: 'bowstring-result', version: 99 });
/** A one-turn game whose file leaves out what a computer power decided. */
const lesson = scenario('alliance-question-2020');
const result = resultOf(playedInClass(lesson.id, 'languages', { stopAfter: 1 }));
const mover = lesson.actors.find((a) => !result.sides.includes(a.id))!;
const leftOut = forge(result, (r) => void delete r.decisions[0]![mover.id]);

/** A whole game whose first answer by a computer power was changed and sealed again, and the answer it now gives. */
const whole = playedInClass(lesson.id, 'languages');
const turn = whole.log.findIndex((r) => Object.entries(r.decisions).some(([a, d]) => a !== 'RUS' && Object.keys(d.answers ?? {}).length > 0));
const [answerer, answers] = turn < 0 ? [] : Object.entries(whole.log[turn]!.decisions).find(([a, d]) => a !== 'RUS' && Object.keys(d.answers ?? {}).length > 0)!;
const [call, given] = answers ? Object.entries(answers.answers!)[0]! : [];
const changedTo = SUPPORT_LEVELS.find((l) => l !== given)! as SupportLevel;
const changed = turn < 0 ? '' : forge(resultOf(whole), (r) => void (r.decisions[turn]![answerer!]!.answers![call!] = changedTo));

describe('the classroom in the page’s language', () => {
  it('refuses a class code, flags a result file and heads the CSV in Russian', async () => {
    await setLang('ru');
    const words = [refusal('hello'), verdict(newer), toCsv(report).split('\r\n')[0]!];
    console.log(words.join('\n'));
    expect(words[0]).toBe('«hello» — не код класса Bowstring: код класса начинается с B1-, за которым идут буквы и цифры.');
    expect(words[1]).toContain('более новой версией Bowstring (формат 99)');
    expect(verdict(leftOut)).toBe(`Ход 1: в файле пропущено решение компьютерного игрока (${tx(mover.name)}). Если подставить туда ходы самого компьютера, остаток файла в точности воспроизводит записанную в нём игру: ходы компьютера были изменены.`);
    expect(words[2]).toBe('игрок,файл,стороны,ходы,окончание,RUS: итоговый балл,RUS: союзов заключено,RUS: союзов распалось,RUS: оставление,RUS: втягивание,RUS: цена втягивания,сохранено,вердикт,возвраты,причины');
  });

  it('and in Chinese', async () => {
    await setLang('zh');
    const words = [refusal('hello'), verdict(newer), toCsv(report).split('\r\n')[0]!];
    console.log(words.join('\n'));
    expect(words[0]).toBe('“hello”不是Bowstring的班级代码：班级代码以B1-开头，后接字母和数字。');
    expect(words[1]).toContain('（格式99）');
    expect(verdict(leftOut)).toMatch(new RegExp(`^第1回合：文件缺少电脑玩家${tx(mover.name)}的决定。若在该处换上电脑自己的行动，`));
    expect(words[2]).toBe('玩家,文件,阵营,回合,结局,RUS 得分,RUS 结成同盟,RUS 同盟破裂,RUS 被抛弃,RUS 被牵连,RUS 被牵连的代价,保存时间,结论,回退次数,原因');
  });

  it.skipIf(turn < 0)('names an edited answer with the game’s own support words, and joins its sentences as the language does (skipped if no computer power answered a call)', async () => {
    for (const lang of ['ru', 'zh'] as const) {
      await setLang(lang);
      const words = verdict(changed);
      console.log(words);
      expect(words).toContain(supportWord(changedTo));
      if (lang === 'zh') expect(words).not.toMatch(/[。：，] /);
      else expect(words).toMatch(/\. [А-Я]/);
    }
  });

  it('names the scenario of a file from another game by its title in the page’s language, never by its id', async () => {
    const elsewhere = resultOf(playedInClass('idlib-2021', 'languages', { stopAfter: 1 }), 'Ivan');
    const code = { scenarioId: lesson.id, scenarioHash: lesson.hash, seed: 'languages', side: 'RUS', advisor: true } as const;
    for (const lang of ['en', 'ru', 'zh'] as const) {
      await setLang(lang);
      const reason = buildClassReport([{ name: 'ivan.json', text: writeResult(elsewhere) }], scenarios, code).rows[0]!.reason;
      console.log(lang, reason);
      expect(reason).toContain(tx(scenario('idlib-2021').title));
      expect(reason).toContain(tx(lesson.title));
      expect(reason).not.toContain(lesson.id);
      expect(reason).not.toContain('idlib-2021');
    }
  });

  it('names a copy and writes the CSV’s verdict in the page’s language', async () => {
    const text = writeResult(result);
    const copied = [
      { name: 'ada.json', text },
      { name: 'ada-again.json', text },
    ];
    const words = { ru: ['подтверждён', 'отмечен', /^Та же игра, что и в файле ada\.json \(Ada\)/], zh: ['已验证', '已标记', /^与ada\.json（Ada）是同一局游戏/] } as const;
    for (const lang of ['ru', 'zh'] as const) {
      await setLang(lang);
      const report = buildClassReport(copied, scenarios);
      console.log(lang, report.rows[1]!.reason);
      expect(report.rows[1]!.reason).toMatch(words[lang][2]);
      const rows = toCsv(report).trimEnd().split('\r\n');
      expect(rows[1]).toContain(`,${words[lang][0]},`);
      expect(rows[2]).toContain(`,${words[lang][1]},`);
    }
  });

  it('keeps English where nothing was chosen', () => {
    expect(refusal('hello')).toContain('is not a Bowstring class code');
    expect(verdict(leftOut)).toMatch(new RegExp(`^On turn 1 the file leaves out what ${tx(mover.name)}, a computer player, decided. With the computer’s own moves there`));
    expect(toCsv(report).split('\r\n')[0]).toBe('player,file,sides,turns,ending,RUS score,RUS alliances formed,RUS alliances broken,RUS abandoned,RUS entrapped,RUS entrapment cost,saved at,verdict,rewinds,reasons');
  });

  it('tells each worker of the class report the page’s language before anything else', async () => {
    await setLang('zh');
    const sent: ClassReportRequest[] = [];
    const worker: ReportWorker = { postMessage: (m) => void sent.push(m), terminate: () => {}, onmessage: null, onerror: null };
    checkClassInWorkers([], scenarios, undefined, { spawn: () => worker, workers: 1 }).cancel();
    expect(sent[0]).toMatchObject({ type: 'scenarios', lang: 'zh' });
  });
});
