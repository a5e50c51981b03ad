// The map's picture of a game: built from the state alone, the same every time, and faithful to the state.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { applyDecisions, newGame, stateHash, tieOf, trustIn } from '../../src/engine';
import { readGeography, WORLD } from '../../src/render/geography';
import { MAP_DATA_FILE } from '../../src/render/mapData';
import { placeLabels } from '../../src/render/map/labels';
import { anchorOf } from '../../src/render/map/anchors';
import { mapName, shortTheatre } from '../../src/render/map/names';
import { setLang } from '../../src/i18n';
import { badgeOf, detailOf, mapSnapshot } from '../../src/render/snapshot';
import { shipped } from '../helpers';

describe('mapSnapshot', () => {
  const scenario = shipped('alliance-question-2020');

  it('calls the side "you" only when a player is at the screen for it', () => {
    const state = newGame(scenario, 'e');
    const self = (atScreen?: boolean) => mapSnapshot(state, 'RUS', undefined, atScreen).actors.find((a) => a.id === 'RUS')!.detail;
    expect(self()).toBe('you');
    // Two players sharing the screen: the map draws the first one's ties, and says so.
    expect(self(false)).toBe('ties seen from here');
    // Every other power reads the same either way.
    const others = (atScreen: boolean) => mapSnapshot(state, 'RUS', undefined, atScreen).actors.filter((a) => a.id !== 'RUS');
    expect(others(false)).toEqual(others(true));
  });

  it('is pure: same state and side give the same snapshot, and the state is untouched', () => {
    const state = newGame(scenario, 'e');
    const before = stateHash(state);
    expect(mapSnapshot(state, 'RUS')).toEqual(mapSnapshot(newGame(scenario, 'e'), 'RUS'));
    expect(stateHash(state)).toBe(before);
    expect(JSON.parse(JSON.stringify(mapSnapshot(state, 'RUS')))).toEqual(mapSnapshot(state, 'RUS'));
  });

  it('marks the crises it is given — a told turn’s — instead of those the state’s turn deals', () => {
    const state = newGame(scenario, 'e');
    const dealt = state.agenda.crises;
    expect(dealt.length, 'seed e deals a crisis on turn 1').toBeGreaterThan(0);
    const marked = (crises?: typeof dealt) => mapSnapshot(state, 'RUS', crises).theatres.filter((t) => t.crisis !== null).map((t) => t.id);
    expect(new Set(marked())).toEqual(new Set(dealt.map((c) => c.theatre)));
    expect(marked([])).toEqual([]);
    expect(marked(dealt.slice(0, 1))).toEqual([dealt[0]!.theatre]);
  });

  it('reads standings, ties, trust and crises from the state as the player sees them', () => {
    const state = newGame(scenario, 'e');
    const snap = mapSnapshot(state, 'RUS');
    const by = Object.fromEntries(snap.actors.map((a) => [a.id, a]));
    expect(by.RUS).toMatchObject({ standing: 'self', posture: null, trust: null, iso: ['643'] });
    expect(by.KAZ).toMatchObject({ standing: 'alliance', tie: 'alliance', trust: trustIn(state, 'RUS', 'KAZ') });
    expect(by.CHN).toMatchObject({ standing: 'partnership', tie: 'partnership', posture: state.postures.RUS!.CHN });
    expect(by.UKR!.standing).toBe('rival');
    for (const line of snap.ties) {
      expect(line.kind).toBe(tieOf(state, line.a, line.b));
      expect(line.trust).toBeGreaterThanOrEqual(0);
      expect(line.trust).toBeLessThanOrEqual(1);
    }
    expect(snap.ties.find((l) => l.a === 'RUS' && l.b === 'KAZ' || l.a === 'KAZ' && l.b === 'RUS')).toMatchObject({ kind: 'alliance', withPlayer: true });
    const crises = snap.theatres.filter((t) => t.crisis);
    expect(crises.map((t) => t.id).sort()).toEqual([...new Set(state.agenda.crises.map((c) => c.theatre))].sort());
    expect(snap.theatres.find((t) => t.id === 'ukraine')!.crisis).toMatchObject({ initiator: 'RUS', target: 'UKR', callsPlayer: true });
  });

  it('follows the game: a tie formed on a turn shows in the next snapshot', () => {
    let state = newGame(scenario, 'class');
    expect(mapSnapshot(state, 'RUS').actors.find((a) => a.id === 'CHN')!.tie).toBe('partnership');
    const next = applyDecisions(state, { RUS: { postures: { CHN: 'ally' } }, CHN: { postures: { RUS: 'ally' } } });
    if (!next.ok) throw new Error(JSON.stringify(next.errors));
    state = next.value;
    const chn = mapSnapshot(state, 'RUS').actors.find((a) => a.id === 'CHN')!;
    expect(chn.tie).toBe(tieOf(state, 'RUS', 'CHN'));
    expect(chn.standing).toBe(chn.tie === 'none' ? 'none' : chn.tie);
  });
});

describe('an organisation’s badge', () => {
  afterAll(() => setLang('en'));

  it('says its short name in the page’s language, never its id where the language has another', async () => {
    const idlib = shipped('idlib-2021');
    const badge = () => mapSnapshot(newGame(idlib, 'e'), 'RUS').actors.find((a) => a.id === 'NATO')!.badge;
    const read: Record<string, string> = {};
    for (const lang of ['en', 'ru', 'zh'] as const) {
      await setLang(lang);
      read[lang] = badge();
    }
    console.log(read);
    expect(read).toEqual({ en: 'NATO', ru: 'НАТО', zh: '北约' });
    // A name with no short form keeps the id; a long Russian one is abbreviated as Russian does.
    expect(badgeOf('Shanghai Cooperation Organisation', 'SCO')).toBe('SCO');
    expect(badgeOf('Шанхайская организация сотрудничества', 'SCO')).toBe('ШОС');
  });

  it('a Russian page never shows a Latin id on the badge of the CSTO', async () => {
    const moscow = shipped('moscow-format-2015');
    await setLang('ru');
    const csto = mapSnapshot(newGame(moscow, 'e'), 'RUS').actors.find((a) => a.id === 'CSTO')!;
    console.log(csto.name, '→', csto.badge);
    expect(csto.badge).toBe('ОДКБ');
    await setLang('zh');
    expect(mapSnapshot(newGame(moscow, 'e'), 'RUS').actors.find((a) => a.id === 'CSTO')!.badge).toBe('集体安全条约组织');
  });
});

describe('map words', () => {
  it('shortens names and theatres to what a label holds', () => {
    expect(mapName('Islamic State Khorasan (ISIS-K)')).toBe('ISIS-K');
    expect(mapName('Hayat Tahrir al-Sham (HTS)')).toBe('Hayat Tahrir al-Sham');
    expect(mapName('NATO (European allies)')).toBe('NATO');
    expect(mapName('Russia')).toBe('Russia');
    expect(shortTheatre('Caspian gas and the trans-Afghan pipeline route (TAPI)')).toBe('Caspian gas');
    expect(shortTheatre('Taiwan Strait')).toBe('Taiwan Strait');
    // The article a sentence needs is no part of a map's label.
    expect(shortTheatre('The Taiwan Strait')).toBe('Taiwan Strait');
    expect(shortTheatre('The Tajik–Afghan border region')).toBe('Tajik–Afghan border region');
    expect(shortTheatre('Afghanistan after the US withdrawal')).toBe('Afghanistan after the US…');
    // Chinese has no spaces to cut at, and each character is about twice as wide as a Latin letter: 13 fit, the ellipsis one.
    expect(shortTheatre('阿富汗：美国撤军之后的地区安全局势')).toBe('阿富汗');
    expect(shortTheatre('美国撤军之后阿富汗的地区安全局势与邻国')).toBe('美国撤军之后阿富汗的地区…');
    expect(shortTheatre('台湾海峡')).toBe('台湾海峡');
  });

  it('says when one side reaches further than the tie', () => {
    const base = { id: 'X', name: 'X', kind: 'state' as const, iso: [], lon: 0, lat: 0, trust: 0.5 };
    expect(detailOf({ ...base, standing: 'partnership', tie: 'partnership', posture: 'ally', theirPosture: 'partner' })).toBe('partnership · you: ally');
    expect(detailOf({ ...base, standing: 'none', tie: 'none', posture: 'hedge', theirPosture: 'partner' })).toBe('no tie · they: partner');
    expect(detailOf({ ...base, standing: 'alliance', tie: 'alliance', posture: 'ally', theirPosture: 'ally' })).toBe('alliance');
  });
});

describe('map layout', () => {
  const geo = readGeography(JSON.parse(readFileSync(new URL(`../../${MAP_DATA_FILE}`, import.meta.url), 'utf8')));

  it('frames Eurasia: Lisbon, Moscow, Tehran, Beijing and Tokyo are all in view, and Washington is pinned to the west edge', () => {
    for (const [lon, lat] of [[-9.1, 38.7], [37.6, 55.75], [51.4, 35.7], [116.4, 39.9], [139.7, 35.7]] as const) {
      const a = anchorOf(geo, lon, lat);
      expect(a.offMap).toBe(false);
      expect(a.x).toBeGreaterThan(0);
      expect(a.x).toBeLessThan(WORLD.width);
    }
    const washington = anchorOf(geo, -77, 38.9);
    expect(washington.offMap).toBe(true);
    expect(washington.x).toBeLessThan(WORLD.width * 0.1);
    expect(geo.countries.has('643')).toBe(true);
  });

  it('places labels so they do not cover one another when there is room', () => {
    const boxes = [0, 1, 2].map((i) => ({ key: `k${i}`, rank: i, x: 400, y: 300 + i * 4, r: 6, w: 80, h: 28, hasLabel: true }));
    const placed = placeLabels(boxes);
    const rects = boxes.map((b) => ({ ...placed.get(b.key)!, b }));
    expect(rects.every((r) => r.visible)).toBe(true);
    for (let i = 0; i < rects.length; i++) {
      for (let j = i + 1; j < rects.length; j++) {
        const a = rects[i]!;
        const c = rects[j]!;
        const ox = Math.min(a.b.x + a.dx + 80, c.b.x + c.dx + 80) - Math.max(a.b.x + a.dx, c.b.x + c.dx);
        const oy = Math.min(a.b.y + a.dy + 28, c.b.y + c.dy + 28) - Math.max(a.b.y + a.dy, c.b.y + c.dy);
        expect(ox <= 0 || oy <= 0).toBe(true);
      }
    }
  });
});
