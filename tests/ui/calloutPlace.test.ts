// Where the guide's callout goes: beside its target and never over it, nor over the header; under the map rather than
// on it; docked on a phone, at the edge away from its target.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NARROW_PX, placeCallout, type Box, type Placement } from '../../src/ui/callout';

const LAPTOP: Box = { top: 0, left: 0, right: 1280, bottom: 720 };
const PHONE: Box = { top: 0, left: 0, right: 390, bottom: 844 };
const HEADER: Box = { top: 0, left: 0, right: 1280, bottom: 65 };
const MAP: Box = { top: 73, left: 16, right: 624, bottom: 415 };
const SIZE = { width: 384, height: 180 };
const DOCK = 140;

const box = (left: number, top: number, width: number, height: number): Box => ({ top, left, right: left + width, bottom: top + height });
const overlaps = (a: Box, b: Box) => a.top < b.bottom && b.top < a.bottom && a.left < b.right && b.left < a.right;
/** The box a placement covers in the window. */
function covered(at: Placement, view: Box): Box {
  if (at.at === 'float') return box(at.left, at.top, SIZE.width, SIZE.height);
  return at.edge === 'bottom' ? { ...view, top: view.bottom - DOCK } : { ...view, bottom: view.top + DOCK };
}

describe('the callout’s place', () => {
  it('goes below a target with room under it, above one at the foot of the window, beside a tall one', () => {
    const title = box(657, 69, 607, 32);
    expect(placeCallout(title, SIZE, DOCK, LAPTOP, [HEADER], MAP)).toEqual({ at: 'float', top: 111, left: 657 });
    const button = box(657, 670, 272, 39);
    expect(placeCallout(button, SIZE, DOCK, LAPTOP, [HEADER], MAP)).toEqual({ at: 'float', top: 670 - 10 - SIZE.height, left: 657 });
    // Taller than the room above and below it: to its left, under the map rather than over it.
    const tall = box(689, 106, 542, 461);
    expect(placeCallout(tall, SIZE, DOCK, LAPTOP, [HEADER], MAP)).toEqual({ at: 'float', top: MAP.bottom + 10, left: 689 - 10 - SIZE.width });
    // With no map to keep clear of, level with the target's top.
    expect(placeCallout(tall, SIZE, DOCK, LAPTOP, [HEADER], null)).toEqual({ at: 'float', top: 106, left: 689 - 10 - SIZE.width });
    // Scrolled up under the header: level with its top would cover the game's tools, so it docks.
    const scrolled = box(689, 12, 542, 650);
    expect(placeCallout(scrolled, SIZE, DOCK, LAPTOP, [HEADER], null)).toEqual({ at: 'dock', edge: 'bottom' });
  });

  it('keeps clear of the choices a step asks for before its button: beside the button, under the map, not over them', () => {
    // The standing screen: "Meet the crisis" at the foot, the stances just above it.
    const button = box(657, 670, 272, 39);
    const stances = box(657, 288, 607, 369);
    const at = placeCallout(button, SIZE, DOCK, LAPTOP, [HEADER, stances], MAP);
    expect(at.at).toBe('float');
    expect(overlaps(covered(at, LAPTOP), stances)).toBe(false);
    expect(overlaps(covered(at, LAPTOP), button)).toBe(false);
  });

  it('docks at the foot of a phone, and at its top when the target is down there', () => {
    expect(placeCallout(box(16, 100, 358, 40), SIZE, DOCK, PHONE, [], null)).toEqual({ at: 'dock', edge: 'bottom' });
    expect(placeCallout(box(222, 804, 150, 32), SIZE, DOCK, PHONE, [], null)).toEqual({ at: 'dock', edge: 'top' });
    expect(placeCallout(null, SIZE, DOCK, LAPTOP, [HEADER], MAP)).toEqual({ at: 'dock', edge: 'bottom' });
  });

  it('never covers its target or the header when it floats, and docks away from a target that leaves room', () => {
    const windows = fc.constantFrom(LAPTOP, PHONE, { top: 0, left: 0, right: 1024, bottom: 600 });
    const targets = fc.record({ x: fc.double({ min: 0, max: 1, noNaN: true }), y: fc.double({ min: 0, max: 1, noNaN: true }), w: fc.integer({ min: 10, max: 700 }), h: fc.integer({ min: 10, max: 900 }) });
    let floated = 0;
    let docked = 0;
    fc.assert(
      fc.property(windows, targets, (view, t) => {
        const width = Math.min(t.w, view.right);
        const target = box(t.x * (view.right - width), t.y * view.bottom - t.h / 2, width, t.h);
        const header = { ...HEADER, right: view.right };
        const at = placeCallout(target, SIZE, DOCK, view, [header], MAP);
        const where = covered(at, view);
        if (at.at === 'float') {
          floated++;
          expect(view.right).toBeGreaterThanOrEqual(NARROW_PX);
          expect(where.top >= view.top && where.left >= view.left && where.bottom <= view.bottom && where.right <= view.right).toBe(true);
          expect(overlaps(where, target) || overlaps(where, header)).toBe(false);
        } else {
          docked++;
          const other = covered({ at: 'dock', edge: at.edge === 'top' ? 'bottom' : 'top' }, view);
          // It covers its target docked only where the other edge would cover it too.
          if (overlaps(where, target)) expect(overlaps(other, target)).toBe(true);
        }
      }),
      { seed: 7, numRuns: 2000 },
    );
    console.log(`2000 targets: ${floated} callouts beside their target, ${docked} docked`);
    expect(floated).toBeGreaterThan(0);
    expect(docked).toBeGreaterThan(0);
  });
});
