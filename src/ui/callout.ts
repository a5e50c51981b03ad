// The guide's callout on the page: beside the element it points at and never over it, placed again whenever anything
// scrolls (on a wide screen the phase's screen scrolls in its own box, on a phone the page does) or the window changes
// size. On a phone it docks at the foot of the window, or at its top when what it points at is down there.

/** A box in window coordinates, as getBoundingClientRect gives it. */
export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type Placement = { at: 'float'; top: number; left: number } | { at: 'dock'; edge: 'top' | 'bottom' };

/** Below this width the callout always docks: there is no room beside anything. */
export const NARROW_PX = 700;
/** The space kept between the callout, its target and the window's edges. */
const GAP = 10;

const overlaps = (a: Box, b: Box): boolean => a.top < b.bottom && b.top < a.bottom && a.left < b.right && b.left < a.right;
const inside = (a: Box, b: Box): boolean => a.top >= b.top && a.left >= b.left && a.bottom <= b.bottom && a.right <= b.right;

/**
 * Where the callout goes: below its target, above it, to its left or to its right (or to its left under `avoid`), the
 * first spot wholly in the window that covers neither the target, nor anything in `keep` (the header and its tools), nor
 * `avoid` (the map, where the turn is shown), else the first that covers only `avoid`; docked when nothing fits, at the
 * edge away from the target.
 */
export function placeCallout(target: Box | null, size: { width: number; height: number }, dockHeight: number, view: Box, keep: Box[], avoid: Box | null): Placement {
  const bottomDock: Box = { ...view, top: view.bottom - dockHeight };
  const dock: Placement = { at: 'dock', edge: target && overlaps(target, bottomDock) && !overlaps(target, { ...view, bottom: view.top + dockHeight }) ? 'top' : 'bottom' };
  if (!target || view.right - view.left < NARROW_PX) return dock;
  const x = (left: number) => Math.min(Math.max(view.left + GAP, left), view.right - size.width - GAP);
  const y = (top: number) => Math.min(Math.max(view.top + GAP, top), view.bottom - size.height - GAP);
  const spots = [
    { top: target.bottom + GAP, left: x(target.left) },
    { top: target.top - GAP - size.height, left: x(target.left) },
    { top: y(target.top), left: target.left - GAP - size.width },
    { top: y(target.top), left: target.right + GAP },
    // Beside it and under what is to be kept clear, when the two share a side.
    ...(avoid ? [{ top: avoid.bottom + GAP, left: target.left - GAP - size.width }] : []),
  ].map((p) => ({ ...p, bottom: p.top + size.height, right: p.left + size.width }));
  const free = spots.filter((s) => inside(s, view) && ![target, ...keep].some((k) => overlaps(s, k)));
  const best = free.find((s) => !avoid || !overlaps(s, avoid)) ?? free[0];
  return best ? { at: 'float', top: best.top, left: best.left } : dock;
}

let current: { box: HTMLElement; target: HTMLElement | null; clear: HTMLElement[] } | null = null;

const windowBox = (): Box => ({ top: 0, left: 0, right: document.documentElement.clientWidth, bottom: document.documentElement.clientHeight });

/** Show `box` pointing at `target`, scrolling the target into sight first if it is not wholly in sight; it covers none
 *  of `clear` (what the player must still see to act) nor the bar with the decisions' submit button. */
export function showCallout(box: HTMLElement, target: HTMLElement | null, clear: HTMLElement[] = []): void {
  hideCallout();
  target?.classList.add('tutorial-target');
  for (const c of clear) c.classList.add('tutorial-keep');
  document.body.append(box);
  current = { box, target, clear };
  if (target && !inside(target.getBoundingClientRect(), visibleArea(target))) {
    target.scrollIntoView({ block: windowBox().right < NARROW_PX ? 'start' : 'center', inline: 'nearest' });
  }
  placeNow();
}

export function hideCallout(): void {
  document.querySelectorAll('.tutorial-target, .tutorial-keep').forEach((n) => n.classList.remove('tutorial-target', 'tutorial-keep'));
  current?.box.remove();
  current = null;
}

/** Where the target can be seen: the window, within the game's screen when that scrolls in its own box, above a docked callout. */
function visibleArea(target: HTMLElement): Box {
  const view = windowBox();
  const screen = target.closest('#screen')?.getBoundingClientRect();
  const area = screen ? { top: Math.max(view.top, screen.top), left: view.left, right: view.right, bottom: Math.min(view.bottom, screen.bottom) } : view;
  return view.right < NARROW_PX ? { ...area, bottom: area.bottom - dockedHeight(current!.box) } : area;
}

function dockedHeight(box: HTMLElement): number {
  box.classList.add('docked');
  const height = box.getBoundingClientRect().height;
  box.classList.remove('docked');
  return height;
}

/** Place the callout again where its target now stands (the screen under it may have changed without scrolling). */
export function placeNow(): void {
  if (!current) return;
  const { box, target, clear } = current;
  box.classList.remove('docked', 'docked-top');
  box.style.top = box.style.left = '';
  const dockHeight = dockedHeight(box);
  const map = document.querySelector('#map .map-frame')?.getBoundingClientRect();
  const header = document.getElementById('game-header')?.getBoundingClientRect();
  const bar = document.querySelector('.submit-bar')?.getBoundingClientRect();
  const keep = [header, bar, ...clear.map((c) => c.getBoundingClientRect())].filter((b): b is DOMRect => b !== undefined && b.height > 0);
  const at = placeCallout(target?.getBoundingClientRect() ?? null, box.getBoundingClientRect(), dockHeight, windowBox(), keep, map && map.height > 0 ? map : null);
  if (at.at === 'dock') box.classList.add('docked', ...(at.edge === 'top' ? ['docked-top'] : []));
  else [box.style.top, box.style.left] = [`${at.top}px`, `${at.left}px`];
}

// Scroll events do not bubble, but they pass the document on their way down: one listener there hears every scroll box.
if (typeof document !== 'undefined') {
  document.addEventListener('scroll', placeNow, { capture: true, passive: true });
  window.addEventListener('resize', placeNow, { passive: true });
}
