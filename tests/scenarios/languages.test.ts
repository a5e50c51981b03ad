// The scenario checker speaks the page's language: a broken file loaded in Russian or Chinese is refused at the same
// places (line, column, path, severity) as in English, each message in that language's script, with no placeholder
// left unfilled. The values the file holds stay as the file writes them.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { ScenarioDef } from '../../src/engine';
import { setLang, type Lang } from '../../src/i18n';
import { coverageWarnings } from '../../src/scenarios/deckCoverage';
import { allProblems, loadScenario, type LoadReport } from '../../src/scenarios/loader';
import { checkQuotations } from '../../src/scenarios/quotations';
import { fixture } from './helpers';

const SCRIPT: Record<Exclude<Lang, 'en'>, RegExp> = { ru: /[А-Яа-яЁё]/, zh: /[\u4e00-\u9fff]/ };
/** English words the checker's sentences are made of; none belongs in a Russian or Chinese one. */
const ENGLISH = /\b(the|must|got|which|but|there is|did you mean|has no|does not)\b/i;
/** A message without what it quotes from the file (a theatre's English name, a key), which stays as written. */
const ownWords = (message: string) => message.replace(/"[^"]*"|«[^»]*»|“[^”]*”/g, '');

const broken = readdirSync(fileURLToPath(new URL('../fixtures/broken/', import.meta.url)))
  .filter((f) => f.endsWith('.json'))
  .sort();
/** The broken files, and the file of warnings (advice, unused actors, a theatre named "The …"). */
const files = [...broken.map((f) => `broken/${f}`), 'warnings.json'];

const where = (report: LoadReport) => allProblems(report).map((p) => `${p.severity} ${p.stage} ${p.line}:${p.column} ${p.path}`);

async function loadIn(lang: Lang, name: string): Promise<LoadReport> {
  await setLang(lang);
  return loadScenario(fixture(name), name);
}

afterEach(async () => {
  await setLang('en');
});

describe('the scenario checker in Russian and Chinese', () => {
  it('has broken files to load', () => expect(broken.length).toBeGreaterThanOrEqual(10));

  for (const lang of ['ru', 'zh'] as const) {
    it.each(files)(`${lang}: %s is reported at the same places as in English, every message in ${lang}`, async (name) => {
      const english = await loadIn('en', name);
      const other = await loadIn(lang, name);
      const messages = allProblems(other).map((p) => p.message);
      console.log(`${lang} ${name}:\n  ${messages.join('\n  ')}`);
      expect(messages.length).toBeGreaterThan(0);
      expect(where(other)).toEqual(where(english));
      for (const message of messages) {
        expect(message).toMatch(SCRIPT[lang]);
        expect(message).not.toContain('{');
        expect(ownWords(message)).not.toMatch(ENGLISH);
      }
    });

    it(`${lang}: advice on a file that plays otherwise than it reads is said in ${lang}`, async () => {
      await setLang(lang);
      // Each edit of the minimal fixture draws one kind of advice: a map code, a tie its postures undo, a calendar
      // that does not add up, a crowded deck, a historical choice off its event's turns, an outsized effect.
      const edits: ((s: ScenarioDef) => void)[] = [
        (s) => (s.actors[0]!.map.iso = ['RUS', '4']),
        (s) => ((s.ties[0]!.kind = 'alliance'), (s.postures[1]!.posture = 'hedge')),
        (s) => ((s.startMonth = 7), (s.endYear = 2021)),
        (s) => (s.rules = { eventsPerTurn: 0 }),
        (s) => (s.events[1]!.turns = { from: 2 }),
        (s) => (s.events[1]!.choices![1]!.effects[0] = { kind: 'metric', actor: 'RUS', metric: 'autonomy', amount: -25 }),
      ];
      const messages = edits.flatMap((edit) => {
        const s = JSON.parse(fixture('minimal.json')) as ScenarioDef;
        edit(s);
        return loadScenario(JSON.stringify(s, null, 2), 'edited.json', { mapCodes: new Set(['004', '156', '643', '840']) }).warnings.map((w) => w.message);
      });
      console.log(`${lang}:\n  ${messages.join('\n  ')}`);
      expect(messages.length).toBeGreaterThanOrEqual(edits.length);
      for (const message of messages) {
        expect(message).toMatch(SCRIPT[lang]);
        expect(message).not.toContain('{');
        expect(ownWords(message)).not.toMatch(ENGLISH);
      }
    });

    it(`${lang}: a value from the file is quoted as the file writes it`, async () => {
      const report = await loadIn(lang, 'broken/unknown-actor-in-tie.json');
      const [problem] = allProblems(report);
      expect(problem!.message).toContain('JPN');
      expect(problem!.message).toContain('RUS, CHN, USA');
    });

    it(`${lang}: the deck's turns without a decision and quotations not found are said in ${lang}`, async () => {
      const english = await loadIn('en', 'minimal.json');
      if (!english.ok) throw new Error('the minimal fixture must load');
      await setLang(lang);
      const scenario = JSON.parse(fixture('minimal.json')) as Record<string, unknown>;
      // One quotation whose opening the document holds, and one it does not hold at all.
      scenario.sources = [{ document: 'seed.txt', quote: 'a partnership, not an alliance, said the minister' }];
      scenario.actors = [{ sources: [{ document: 'seed.txt', quote: 'words the document never held' }] }];
      const document = { where: 'seeds', text: () => 'Moscow calls it a partnership, not an alliance — so the aide said.' };
      const coverage = coverageWarnings(english.value).map((w) => w.message);
      const quotations = checkQuotations(scenario, document).map((f) => f.message);
      console.log(`${lang}:\n  ${[...coverage, ...quotations].join('\n  ')}`);
      expect(coverage).toHaveLength(1);
      expect(quotations).toHaveLength(2);
      for (const message of [...coverage, ...quotations]) {
        expect(message).toMatch(SCRIPT[lang]);
        expect(message).not.toContain('{');
      }
      expect(quotations.find((m) => m.includes('sources[0]') && !m.includes('actors'))).toContain('a partnership, not an alliance');
    });
  }
});
