// A view fitted to places shows every one of them with room to spare, as close as it may.
import { describe, expect, it } from 'vitest';
import { WORLD } from '../../src/render/geography';
import { FIT_MARGIN, FIT_MAX_ZOOM, MIN_ZOOM, WHOLE_WORLD, fitView, type ViewFrame } from '../../src/render/map/view';

/** Where a world point lands on the canvas under a view. */
const onScreen = (v: ViewFrame, [x, y]: readonly [number, number]) => [WORLD.width / 2 + (x - v.cx) * v.zoom, WORLD.height / 2 + (y - v.cy) * v.zoom];

describe('a view fitted to places', () => {
  it('is the whole world when there is nothing to frame', () => {
    expect(fitView([])).toEqual(WHOLE_WORLD);
  });

  it('zooms on a single place no closer than its limit, centred on it', () => {
    expect(fitView([[400, 300]])).toEqual({ zoom: FIT_MAX_ZOOM, cx: 400, cy: 300 });
  });

  it('never zooms out past the whole world', () => {
    expect(fitView([[0, 0], [WORLD.width, WORLD.height]]).zoom).toBe(MIN_ZOOM);
  });

  it('keeps every place inside the margin, and fills the frame along one side', () => {
    // A cluster like the Levant with Moscow and Brussels: wider than tall.
    const places = [[420, 300], [560, 340], [610, 420], [590, 455], [700, 430]] as const;
    const view = fitView(places);
    const shown = places.map((p) => onScreen(view, p));
    console.log(`fitted view: zoom ${view.zoom.toFixed(3)} at (${view.cx}, ${view.cy})`);
    for (const [x, y] of shown) {
      expect(x).toBeGreaterThanOrEqual(FIT_MARGIN - 1e-9);
      expect(x).toBeLessThanOrEqual(WORLD.width - FIT_MARGIN + 1e-9);
      expect(y).toBeGreaterThanOrEqual(FIT_MARGIN - 1e-9);
      expect(y).toBeLessThanOrEqual(WORLD.height - FIT_MARGIN + 1e-9);
    }
    // As close as it may: the places span the frame, less its margins, along one side.
    const xs = shown.map((p) => p[0]!);
    const ys = shown.map((p) => p[1]!);
    const spanX = (Math.max(...xs) - Math.min(...xs)) / (WORLD.width - 2 * FIT_MARGIN);
    const spanY = (Math.max(...ys) - Math.min(...ys)) / (WORLD.height - 2 * FIT_MARGIN);
    expect(Math.max(spanX, spanY)).toBeCloseTo(1, 6);
  });
});
