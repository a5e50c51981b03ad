// The class server's sentences a student or teacher meets most, in the page's language: each rule must still match
// what the server writes (its source is read, so a reworded sentence fails here rather than showing English), and
// anything else is the server's own sentence, unchanged.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { setLang } from '../../src/i18n';
import { joinCodeSlip } from '../../src/live/joinCode';
import type { RefusalCode } from '../../src/live/protocol';
import { refusedWords, serverWords, slipWords } from '../../src/live/serverWords';

const serverText = ['server/classRoom.ts', 'server/http.ts', 'server/worldHost.ts'].map((f) => readFileSync(f, 'utf8')).join('\n');

/** A refusal as the server sends it: its status, the words of its source that stay put, and one sentence it makes. */
const REFUSALS: { status: number; source: string; sentence: string; carries?: string }[] = [
  { status: 404, source: "'No class has this code.'", sentence: 'No class has this code.' },
  { status: 403, source: "'This class has ended.'", sentence: 'This class has ended.' },
  { status: 409, source: 'A student of this class is already called ${join.name.trim()}: add an initial', sentence: 'A student of this class is already called Ada Lovelace: add an initial or a surname.', carries: 'Ada Lovelace' },
  { status: 429, source: "'Too many attempts to join from this address; wait a minute.'", sentence: 'Too many attempts to join from this address; wait a minute.' },
  { status: 429, source: "'Too many class look-ups from this address; wait a minute.'", sentence: 'Too many class look-ups from this address; wait a minute.' },
  { status: 409, source: 'Another player leads ${seat} already', sentence: 'Another player leads CHN already; ask your teacher which power is yours.', carries: 'Китай' },
  { status: 409, source: "'Every power of this world has a player already.'", sentence: 'Every power of this world has a player already.' },
  { status: 401, source: `"The teacher's key is wrong."`, sentence: "The teacher's key is wrong." },
];

afterAll(() => setLang('en'));

describe("the class server's sentences in the page's language", () => {
  it('match what the server writes', () => {
    for (const r of REFUSALS) expect(serverText, r.source).toContain(r.source);
  });

  it('are said in Russian on a Russian page, with the name or power they carry', async () => {
    await setLang('ru');
    for (const r of REFUSALS) {
      const said = serverWords(r.status, r.sentence, (id) => (id === 'CHN' ? 'Китай' : id));
      console.log(`${r.status} ${r.sentence} → ${said}`);
      expect(said).not.toBe(r.sentence);
      expect(said).toMatch(/[а-яё]/i);
      if (r.carries) expect(said).toContain(r.carries);
    }
  });

  it('leave any other sentence, or a known one under another status, as the server wrote it', async () => {
    await setLang('ru');
    expect(serverWords(400, 'The request is not JSON.')).toBe('The request is not JSON.');
    expect(serverWords(500, 'No class has this code.')).toBe('No class has this code.');
    expect(serverWords(404, 'There is no such address in the class server.')).toBe('There is no such address in the class server.');
  });
});

describe('a refusal in the room', () => {
  // Each code the server sends, as the server sends it (its source is read: a code it stops sending fails here).
  const CODED: { code: RefusalCode; turn: number | null; held?: number; carries?: string[] }[] = [
    { code: 'paused', turn: 3 },
    { code: 'ended', turn: null },
    { code: 'fault', turn: 2 },
    { code: 'game-over', turn: 7 },
    { code: 'ahead', turn: 5, held: 2, carries: ['2', '3', '5'] },
    { code: 'diverged', turn: 4, held: 3, carries: ['3'] },
  ];

  it('is sent with its code by the server', () => {
    for (const r of CODED) expect(serverText, r.code).toContain(`code: '${r.code}'`);
  });

  it('is said in the page’s language, with the turns it names; a refusal with no code keeps the server’s sentence', async () => {
    for (const lang of ['ru', 'zh'] as const) {
      await setLang(lang);
      for (const r of CODED) {
        const said = refusedWords({ turn: r.turn, message: 'the server’s English', code: r.code, ...(r.held === undefined ? {} : { held: r.held }) });
        console.log(`${lang} ${r.code} → ${said}`);
        expect(said).not.toContain('English');
        expect(said).toMatch(lang === 'ru' ? /[а-яё]/i : /[\u4e00-\u9fff]/);
        for (const n of r.carries ?? []) expect(said).toContain(n);
      }
    }
    expect(refusedWords({ turn: 2, message: 'Only a student plays turns.' })).toBe('Only a student plays turns.');
  });
});

describe('a mistyped join code', () => {
  it('is told by its length, not taken for a class code', async () => {
    await setLang('en');
    const slip = joinCodeSlip('k7q-m2');
    expect(slip).toEqual({ length: 5, strangers: [] });
    expect(slipWords(slip!)).toContain('six characters');
    expect(slipWords(slip!)).toContain('this one has 5');
    expect(slipWords(slip!)).not.toContain('B1');
  });

  it('names the characters no code has', () => {
    expect(joinCodeSlip('K7Q M20')).toEqual({ length: 6, strangers: ['0'] });
    expect(slipWords(joinCodeSlip('K7Q M20')!)).toContain('never has 0');
  });

  it('leaves alone a good code, a class code and other text', () => {
    expect(joinCodeSlip('K7Q-M2X')).toBeNull();
    expect(joinCodeSlip('B1-05RT-G8JB-XXXX-YYYY')).toBeNull();
    expect(joinCodeSlip('hello there, class')).toBeNull();
    expect(joinCodeSlip('')).toBeNull();
  });
});
