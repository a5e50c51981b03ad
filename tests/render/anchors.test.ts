import { describe, expect, it } from 'vitest';
import { PIN_CLEARANCE, clearOf, pinnedTo, type Anchor } from '../../src/render/map/anchors';

const washington: Anchor = { x: 34, y: 300, offMap: true, angle: Math.PI };
const tokyo: Anchor = { x: 1100, y: 300, offMap: false, angle: 0 };

describe('an actor beyond the map, pinned to the edge of the view shown', () => {
  it('stays at the world’s edge when the whole world is shown', () => {
    expect(pinnedTo(washington, { x0: 0, y0: 0, x1: 1280, y1: 720, zoom: 1 })).toEqual(washington);
  });

  it('moves in to the western edge of a zoomed-in view, and inside it from top to bottom', () => {
    const shown = { x0: 500, y0: 350, x1: 820, y1: 530, zoom: 4 };
    const pinned = pinnedTo(washington, shown);
    expect(pinned.offMap).toBe(true);
    expect(pinned.x).toBeCloseTo(500 + 34 / 4);
    expect(pinned.y).toBeCloseTo(350 + 34 / 4);
  });

  it('pins an actor off the eastern edge to the view’s eastern edge', () => {
    const east: Anchor = { x: 1246, y: 400, offMap: true, angle: 0 };
    expect(pinnedTo(east, { x0: 100, y0: 100, x1: 740, y1: 460, zoom: 2 }).x).toBeCloseTo(740 - 17);
  });

  it('leaves an actor on the map where it is', () => {
    expect(pinnedTo(tokyo, { x0: 0, y0: 0, x1: 640, y1: 360, zoom: 2 })).toBe(tokyo);
  });
});

describe('a pinned actor keeps clear of the marks at the edge', () => {
  const shown = { x0: 500, y0: 350, x1: 820, y1: 530, zoom: 4 };
  const pinned = pinnedTo(washington, shown);
  const step = PIN_CLEARANCE / shown.zoom;

  it('stays where it is pinned when nothing is there', () => {
    expect(clearOf(pinned, [tokyo], shown)).toBe(pinned);
  });

  it('moves along the edge, off a mark standing where it would be (NATO at Brussels), and off one pinned before it', () => {
    const brussels = { x: pinned.x + 2, y: pinned.y + 1 };
    const moved = clearOf(pinned, [brussels], shown);
    expect(moved.x).toBe(pinned.x);
    expect(Math.abs(moved.y - brussels.y)).toBeGreaterThanOrEqual(step);
    expect(moved.y).toBeGreaterThanOrEqual(shown.y0);
    expect(moved.y).toBeLessThanOrEqual(shown.y1);
    const next = clearOf(pinned, [brussels, moved], shown);
    expect(Math.abs(next.y - moved.y)).toBeGreaterThanOrEqual(step);
    expect(Math.abs(next.y - brussels.y)).toBeGreaterThanOrEqual(step);
  });
});
