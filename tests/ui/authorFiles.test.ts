// Scenario files kept in the browser: each entry stands or falls alone, a file never replaces a scenario the game
// ships, and a kept file can be removed.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadAuthorScenario } from '../../src/scenarios/authorScenario';
import { authorFiles } from '../../src/ui/authorFiles';
import { shipped } from '../helpers';

const text = (file: string) => readFileSync(fileURLToPath(new URL(`../../scenarios/${file}`, import.meta.url)), 'utf8');
const idlibText = text('idlib-2021.json');
const shippedScenarios = [shipped('idlib-2021')];
/** An author's own scenario: Idlib under another id. */
const own = (id: string) => idlibText.replace('"id": "idlib-2021"', `"id": "${id}"`);
/** Idlib with one number changed, under its own shipped id. */
const edited = idlibText.replace(/"classMinutes": (\d+)/, (_, n) => `"classMinutes": ${Number(n) + 5}`);

function fakeStorage(items: Record<string, string> = {}) {
  const map = new Map(Object.entries(items));
  return { map, getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
}

describe('a scenario file with the id of a shipped scenario', () => {
  it('is refused, pointing at its id, when it differs', () => {
    expect(edited).not.toBe(idlibText);
    const report = loadAuthorScenario(edited, 'mine.json', shippedScenarios);
    expect(report.ok).toBe(false);
    const [problem] = report.ok ? [] : report.errors;
    expect(problem).toMatchObject({ path: 'id', file: 'mine.json' });
    expect(problem!.line).toBe(idlibText.slice(0, idlibText.indexOf('"id"')).split('\n').length);
    expect(problem!.message).toMatch(/^The id 'idlib-2021' belongs to “.+”, which comes with the game; a file may not change a scenario the game ships/);
  });

  it('is said to be in the menu already when it is the same', () => {
    const report = loadAuthorScenario(idlibText, 'copy.json', shippedScenarios);
    expect(report.ok ? '' : report.errors[0]!.message).toMatch(/which comes with the game: it is already in the menu/);
  });

  it('kept from before, it is listed with the reason and never used', () => {
    const storage = fakeStorage({ 'bowstring.scenario-files': JSON.stringify({ 'idlib-2021': { name: 'old.json', text: edited } }) });
    const files = authorFiles(storage, shippedScenarios);
    expect(files.scenarios()).toEqual([]);
    expect(files.kept()).toEqual([{ id: 'idlib-2021', name: 'old.json', problem: expect.stringMatching(/^The id 'idlib-2021' belongs to/) }]);
    // Nor is it ever carried to a live class's students.
    expect(files.text('idlib-2021')).toBeNull();
  });
});

describe('the list of kept files', () => {
  it('a damaged entry loses only itself, and the list is not rewritten without the others', () => {
    const list = JSON.stringify({ first: { name: 'a.json', text: own('first') }, broken: null, second: { name: 'b.json', text: own('second') } });
    const storage = fakeStorage({ 'bowstring.scenario-files': list });
    const files = authorFiles(storage, shippedScenarios);
    expect(files.scenarios().map((s) => s.id)).toEqual(['first', 'second']);
    expect(files.kept().map((f) => [f.id, f.title !== undefined, f.problem?.slice(0, 24)])).toEqual([
      ['first', true, undefined],
      ['broken', false, 'This entry is damaged (i'],
      ['second', true, undefined],
    ]);
    expect(storage.map.get('bowstring.scenario-files')).toBe(list);
    // A fresh page reads the same three.
    expect(authorFiles(storage, shippedScenarios).kept()).toHaveLength(3);
  });

  it('a kept file can be removed, and stays removed', () => {
    const storage = fakeStorage();
    const files = authorFiles(storage, shippedScenarios);
    const report = loadAuthorScenario(own('mine'), 'mine.json', shippedScenarios);
    if (!report.ok) throw new Error('the file should load');
    expect(files.keep(report.value, 'mine.json', own('mine'))).toBe(true);
    expect(authorFiles(storage, shippedScenarios).has('mine')).toBe(true);
    expect(files.remove('mine')).toBe(true);
    expect(files.kept()).toEqual([]);
    expect(authorFiles(storage, shippedScenarios).has('mine')).toBe(false);
  });

  it('a list that cannot be read is set aside, not overwritten', () => {
    const storage = fakeStorage({ 'bowstring.scenario-files': '{"mine": {"name": "m' });
    const files = authorFiles(storage, shippedScenarios);
    expect(files.listProblem()).toMatch(/could not be read; it was set aside/);
    expect(storage.map.get('bowstring.scenario-files.unreadable')).toBe('{"mine": {"name": "m');
  });
});

describe('a kept file carried by a live class', () => {
  it('gives its text as loaded while it is kept, and nothing once removed', () => {
    const files = authorFiles(fakeStorage(), shippedScenarios);
    const report = loadAuthorScenario(own('mine'), 'mine.json', shippedScenarios);
    expect(report.ok).toBe(true);
    if (!report.ok) return;
    files.keep(report.value, 'mine.json', own('mine'));
    expect(files.text('mine')).toBe(own('mine'));
    expect(files.text('idlib-2021')).toBeNull();
    files.remove('mine');
    expect(files.text('mine')).toBeNull();
  });
});
