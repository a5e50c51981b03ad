// The turn told in Russian and Chinese: the playback's steps, the words the map writes, and the report's lines come
// out in the page's language, with every placeholder filled and no scenario text printed as an object.
import { afterAll, describe, expect, it } from 'vitest';
import { playGame } from '../../src/ai/autoplay';
import { setLang, type Lang } from '../../src/i18n';
import { playbackSteps } from '../../src/ui/playback/steps';
import { decisionLines, trustLines } from '../../src/ui/report';
import { stateAt, turnWhy } from '../../src/ui/timeline';
import { mapSnapshot } from '../../src/render/snapshot';
import { shipped } from '../helpers';

const game = playGame(shipped('idlib-2021'), { seed: 'p-1', policy: 'persona' });
const side = 'RUS';
// A turn with a call answered and a decision of the side's own to tell.
const record = game.log.find((r) => r.crises.some((c) => c.answers.length > 0) && (r.choices.length > 0 || Object.keys(r.decisions[side]?.postures ?? {}).length > 0));

function told(lang: Lang) {
  const { before, why } = turnWhy(game, record!.turn);
  const after = stateAt(game, record!.turn + 1);
  const steps = playbackSteps(before, record!, side);
  const cues = steps.flatMap((s) => [s.cue.crisis?.words.flare, s.cue.crisis?.words.end, ...(s.cue.crisis?.calls.map((c) => c.word) ?? []), ...s.cue.ties.map((x) => x.word)]);
  const map = mapSnapshot(after, side);
  const ours = [
    ...steps.filter((s) => s.cue.adds === 'flare' || s.cue.adds === 'call').map((s) => s.line),
    ...cues.filter((w): w is string => w !== undefined && /[A-Za-zА-я\u4e00-\u9fff]/.test(w)),
    ...decisionLines(before, record!, [side], side),
    ...trustLines(before, after, side, why, side),
    ...map.actors.map((a) => a.offMapName),
  ];
  console.log(`${lang}: ${steps.length} steps, ${ours.length} lines of the report's own; e.g. “${steps[1]?.line}”`);
  return { all: [...steps.map((s) => s.line), ...ours, ...map.actors.map((a) => a.detail)], ours };
}

const SCRIPT: Record<Exclude<Lang, 'en'>, RegExp> = { ru: /[а-яё]/i, zh: /[\u4e00-\u9fff]/ };

describe('the turn told in other languages', () => {
  afterAll(() => setLang('en'));

  it.skipIf(record === undefined)('speaks English by default, as the report always has', async () => {
    await setLang('en');
    const { ours } = told('en');
    expect(ours.some((l) => /called on .*, expecting /.test(l))).toBe(true);
    expect(ours.filter((l) => SCRIPT.ru.test(l) || SCRIPT.zh.test(l))).toEqual([]);
  });

  for (const lang of ['ru', 'zh'] as const) {
    it.skipIf(record === undefined)(`${lang}: every line of its own is translated, every placeholder filled`, async () => {
      await setLang(lang);
      const { all, ours } = told(lang);
      expect(ours.length).toBeGreaterThan(3);
      expect(ours.filter((l) => !SCRIPT[lang].test(l))).toEqual([]);
      expect(all.filter((l) => l.includes('[object Object]') || /[{}]/.test(l))).toEqual([]);
    });
  }
});
