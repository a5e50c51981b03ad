// Words laid over the map in a crowd take places where they do not cover one another.
import { describe, expect, it } from 'vitest';
import { placeFloating, type FloatingLabel } from '../../src/render/map/labels';

/** The box a label covers at the spot it took. */
const boxOf = (l: FloatingLabel, spot: number) => {
  const [x, y] = l.spots[spot]!;
  return { x0: x - l.w / 2, x1: x + l.w / 2, y0: y - l.h / 2, y1: y + l.h / 2 };
};
const apart = (a: ReturnType<typeof boxOf>, b: ReturnType<typeof boxOf>) => a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0;

describe('floating labels', () => {
  it('keep their first spot when nothing is in the way', () => {
    const far: FloatingLabel[] = [
      { spots: [[100, 100], [100, 130]], w: 80, h: 16 },
      { spots: [[400, 100], [400, 130]], w: 80, h: 16 },
    ];
    expect(placeFloating(far)).toEqual([0, 0]);
  });

  it('move along when their first spot is taken, so none covers another', () => {
    // Three ties in the Levant whose midpoints nearly meet: each may slide along its line or below it.
    const crowd: FloatingLabel[] = [
      { spots: [[300, 200], [290, 190], [310, 210]], w: 70, h: 16 },
      { spots: [[305, 204], [330, 230], [280, 178]], w: 70, h: 16 },
      { spots: [[298, 198], [300, 222], [300, 176], [360, 260]], w: 70, h: 16 },
    ];
    const spots = placeFloating(crowd);
    console.log(`spots taken: ${spots.join(', ')}`);
    const boxes = crowd.map((l, i) => boxOf(l, spots[i]!));
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(apart(boxes[i]!, boxes[j]!), `labels ${i} and ${j}`).toBe(true);
  });

  it('take the spot that covers least when every spot is covered', () => {
    const first: FloatingLabel = { spots: [[100, 100]], w: 100, h: 20 };
    // Its second spot overlaps the first label less than its first spot does.
    const second: FloatingLabel = { spots: [[100, 100], [100, 112]], w: 100, h: 20 };
    expect(placeFloating([first, second])).toEqual([0, 1]);
  });
});
