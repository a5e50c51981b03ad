// Paints the geography once into a plain 2D canvas: sea, graticule, land, each actor's countries with its
// colour and hatching, borders and coasts. The scene shows the result as one image, so a frame never re-traces
// tens of thousands of coastline points; it is repainted only when an actor's standing changes.
import { geoPath } from 'd3-geo';
import type { MultiLineString } from 'geojson';
import type { Geography, Shape } from './geography';
import { MAP_COLOURS, STANDING, css, type Hatch } from './palette';
import type { Standing } from './snapshot';

export interface ActorShape {
  id: string;
  standing: Standing;
  shape: Shape;
}

const rgba = (colour: number, alpha: number): string =>
  `rgba(${(colour >> 16) & 255},${(colour >> 8) & 255},${colour & 255},${alpha})`;

/** A hatch tile drawn at the bake's pixel density, so patterns stay sharp however large the bake. */
function hatchPattern(ctx: CanvasRenderingContext2D, hatch: Hatch, colour: number, scale: number): CanvasPattern | null {
  if (hatch === 'none' || hatch === 'solid') return null;
  const size = hatch === 'dots' ? 5 : 6;
  const tile = document.createElement('canvas');
  tile.width = tile.height = Math.round(size * scale);
  const t = tile.getContext('2d')!;
  t.scale(scale, scale);
  t.strokeStyle = t.fillStyle = rgba(colour, 0.75);
  t.lineWidth = 0.9;
  const diagonal = (flip: boolean) => {
    t.beginPath();
    for (const o of [-size, 0, size]) {
      t.moveTo(o, flip ? size : 0);
      t.lineTo(o + size, flip ? 0 : size);
    }
    t.stroke();
  };
  if (hatch === 'dots') {
    t.beginPath();
    t.arc(size / 2, size / 2, 1.05, 0, Math.PI * 2);
    t.fill();
  } else {
    diagonal(false);
    if (hatch === 'cross') diagonal(true);
  }
  const pattern = ctx.createPattern(tile, 'repeat');
  pattern?.setTransform(new DOMMatrix().scale(1 / scale, 1 / scale));
  return pattern;
}

export function bakeMap(
  ctx: CanvasRenderingContext2D,
  geo: Geography,
  shapes: readonly ActorShape[],
  borderLines: MultiLineString,
  scale: number,
): void {
  const { width, height } = ctx.canvas;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, width, height);
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  const path = geoPath(geo.projection, ctx);

  ctx.fillStyle = css(MAP_COLOURS.sea);
  ctx.fillRect(0, 0, width / scale, height / scale);

  ctx.beginPath();
  path(geo.graticule);
  ctx.strokeStyle = css(MAP_COLOURS.graticule);
  ctx.lineWidth = 0.6;
  ctx.stroke();

  ctx.beginPath();
  path(geo.land);
  ctx.fillStyle = css(MAP_COLOURS.land);
  ctx.fill();

  for (const { standing, shape } of shapes) {
    const style = STANDING[standing];
    ctx.beginPath();
    path(shape);
    ctx.fillStyle = rgba(style.colour, style.fillAlpha);
    ctx.fill();
    const pattern = hatchPattern(ctx, style.hatch, style.colour, scale);
    if (pattern) {
      ctx.fillStyle = pattern;
      ctx.fill();
    }
  }

  ctx.beginPath();
  path(borderLines);
  ctx.strokeStyle = css(MAP_COLOURS.border);
  ctx.lineWidth = 0.55;
  ctx.stroke();

  ctx.beginPath();
  path(geo.land);
  ctx.strokeStyle = css(MAP_COLOURS.coast);
  ctx.lineWidth = 0.7;
  ctx.stroke();

  // Outline the player's own countries and its allies, so they stand out even in grey.
  for (const { standing, shape } of shapes) {
    if (standing !== 'self' && standing !== 'alliance') continue;
    ctx.beginPath();
    path(shape);
    ctx.strokeStyle = rgba(STANDING[standing].colour, 0.95);
    ctx.lineWidth = standing === 'self' ? 1.6 : 1.2;
    ctx.stroke();
  }
}
