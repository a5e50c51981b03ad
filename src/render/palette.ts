// How standings and ties look. Colours come from the Okabe–Ito set, which stays distinct for the common
// kinds of colour blindness; every colour also has a second cue (hatching, dash, shape or word) so no meaning rests on hue alone.
// Colours and patterns only: the words for them come from the page's messages (src/render/snapshot.ts, src/ui/mapPanel.ts).
import type { SupportLevel, Tie } from '../engine';
import type { TieCue } from './bus';
import type { Standing } from './snapshot';

export type Hatch = 'cross' | 'diagonal' | 'dots' | 'none' | 'solid';

export interface StandingStyle {
  colour: number;
  /** Fill of the actor's countries, drawn over the land. */
  fillAlpha: number;
  hatch: Hatch;
}

export const STANDING: Record<Standing, StandingStyle> = {
  self: { colour: 0xe69f00, fillAlpha: 0.45, hatch: 'solid' },
  alliance: { colour: 0x0072b2, fillAlpha: 0.42, hatch: 'cross' },
  partnership: { colour: 0x009e73, fillAlpha: 0.36, hatch: 'diagonal' },
  rival: { colour: 0xd55e00, fillAlpha: 0.3, hatch: 'dots' },
  none: { colour: 0x7a7468, fillAlpha: 0.16, hatch: 'none' },
};

export interface TieStyle {
  colour: number;
  /** Dash and gap lengths in screen pixels; empty for a solid line. */
  dash: number[];
}

export const TIE: Record<Tie, TieStyle> = {
  alliance: { colour: 0x0072b2, dash: [] },
  partnership: { colour: 0x007a59, dash: [9, 5] },
  none: { colour: 0x6b6558, dash: [2, 5] },
};

/** Line width in screen pixels: thicker where trust is higher. */
export const tieWidth = (trust: number): number => 1.25 + 4 * Math.max(0, Math.min(1, trust));

export const MAP_COLOURS = {
  sea: 0xd4e3ea,
  land: 0xf1ece0,
  border: 0xa79f8c,
  coast: 0x8fa3ad,
  graticule: 0xc3d3db,
  ink: 0x1d232b,
  halo: 0xffffff,
  crisis: 0xf0e442,
  crisisRing: 0xb84a00,
  theatre: 0x6f4e7c,
  selected: 0x1d232b,
} as const;

export interface MarkStyle {
  colour: number;
  /** Line width in screen pixels. The word beside it, with a symbol (the colour is never the only cue), comes with the cue. */
  width: number;
}

/** An answer to a call, drawn as an arc from caller to called: the stronger the backing, the heavier the line. */
export const ANSWER: Record<SupportLevel, MarkStyle> = {
  3: { colour: 0x0072b2, width: 4.5 },
  2: { colour: 0x009e73, width: 3 },
  1: { colour: 0x6b6558, width: 2 },
  0: { colour: 0xd55e00, width: 3 },
};

/** A tie that changed this turn, drawn over the tie lines; `formed` and `warmed` take the colour of the new tie. */
export const TIE_CHANGE: Record<TieCue['change'], Omit<MarkStyle, 'colour'> & { colour: number | null }> = {
  formed: { colour: null, width: 5 },
  warmed: { colour: null, width: 5 },
  cooled: { colour: 0xe69f00, width: 4 },
  broke: { colour: 0xd55e00, width: 4 },
};

export const css = (colour: number): string => `#${colour.toString(16).padStart(6, '0')}`;

/** A darker shade of a colour, for small text that must read on pale land. */
export function darken(colour: number): number {
  const f = 0.62;
  return (Math.round(((colour >> 16) & 255) * f) << 16) | (Math.round(((colour >> 8) & 255) * f) << 8) | Math.round((colour & 255) * f);
}
