// A save keeps every rewind of its game (version 3): going back to replay a turn leaves a trace, which the checksum
// guards like every other field. Saves of version 2, from before rewinds were recorded, still open with none.
import { describe, expect, it } from 'vitest';
import { checksumOf, makeSave, readSave, writeSave, type SaveProblem } from '../../src/persistence';
import { SAVED_AT, asV2, forge, played, scenarios } from './support';

const read = (text: string) => readSave(text, scenarios);
const refusal = (text: string): SaveProblem[] => {
  const r = read(text);
  if (r.ok) throw new Error('the save was accepted');
  return r.errors;
};

describe('rewinds in a save', () => {
  const game = played('eastern-axis-2021', 'rewinds', 3);
  const rewinds = [
    { from: 3, to: 1 },
    { from: 2, to: 2 },
  ];
  const save = makeSave(game, ['RUS'], SAVED_AT, rewinds);

  it('are written and read back in the order made', () => {
    const r = read(writeSave(save));
    expect(r.ok && r.value.save.rewinds).toEqual(rewinds);
    expect(makeSave(game, ['RUS'], SAVED_AT).rewinds).toEqual([]);
  });

  it('cannot be erased by hand: the checksum covers them', () => {
    expect(refusal(writeSave({ ...save, rewinds: [] }))).toEqual([expect.objectContaining({ code: 'checksum' })]);
  });

  it.each([
    ['not a list', 'none', 'rewinds'],
    ['forward, not back', [{ from: 1, to: 3 }], 'rewinds[0]'],
    ['turn nought', [{ from: 2, to: 1 }, { from: 0, to: 0 }], 'rewinds[1]'],
    ['half a turn', [{ from: 2.5, to: 1 }], 'rewinds[0]'],
    ['a field missing', [{ to: 1 }], 'rewinds[0]'],
    ['a field no game writes', [{ from: 2, to: 1, by: 'teacher' }], 'rewinds[0].by'],
  ])('that are %s are refused by path', (_, value, path) => {
    expect(refusal(forge(save, (s) => void Object.assign(s, { rewinds: value })))[0]).toMatchObject({ code: 'bad-field', path });
  });

  it('are none in a version-2 save, which upgrades and reads as one written now without them', () => {
    const r = read(JSON.stringify(asV2(game)));
    if (!r.ok) throw new Error(r.errors[0]!.message);
    expect([r.value.upgradedFrom, r.value.save.version, r.value.save.rewinds]).toEqual([2, 3, []]);
    expect(writeSave(r.value.save)).toBe(writeSave(makeSave(game, ['RUS'], SAVED_AT)));
    // Damaged in its own terms, it is refused in them.
    expect(refusal(JSON.stringify({ ...asV2(game), seed: 'other' }))).toEqual([expect.objectContaining({ code: 'checksum' })]);
  });

  it('a version-2 save still says which rules it was played under: its replay can contradict it', () => {
    const v2 = asV2(game);
    const claimed = { ...v2, rulesVersion: 1 };
    expect(refusal(JSON.stringify({ ...claimed, checksum: checksumOf(claimed) }))).toEqual([expect.objectContaining({ code: 'rules-contradicted' })]);
  });
});
