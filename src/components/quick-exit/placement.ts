/*
 * Where a fixed <haven-quick-exit> shows its button, as pure geometry: no DOM. The element
 * measures (its own box, the button row, the fixed and sticky boxes at the top of the
 * viewport) and applies the answer.
 *
 * The button sits where the site pasted the element (its slot, as tall as the button), so
 * at the top of the page it covers nothing of the site's header. When the slot is not on
 * screen (scrolled away, under a sticky bar, or hidden), the button is pinned to the top
 * corner on the end side, just below any bars fixed or stuck at the top of the viewport.
 */

/** A box in viewport coordinates, as getBoundingClientRect gives it. */
export interface Box {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A fixed or sticky box taller than this share of the viewport is an overlay (a cookie wall, a menu), not a bar. */
export const BAR_SHARE = 0.4;

/**
 * How far down the bars at the top of the viewport reach: fixed or sticky boxes that start
 * at the top edge, or where another such bar ends (WordPress's admin bar, then the site's
 * sticky header). `boxes` are the fixed and sticky boxes found near the top; others are
 * ignored.
 */
export function barsBottom(boxes: readonly Box[], viewportHeight: number): number {
  let bottom = 0;
  for (let grew = true; grew; ) {
    grew = false;
    for (const box of boxes) {
      const bar = box.bottom - box.top <= viewportHeight * BAR_SHARE;
      if (bar && box.top <= bottom + 1 && box.bottom > bottom) {
        bottom = box.bottom;
        grew = true;
      }
    }
  }
  return bottom;
}

export interface PlaceInput {
  /** The element's own box (its slot), or undefined when it has none (inside something hidden). */
  slot: Box | undefined;
  /** The button row's size. */
  width: number;
  height: number;
  /** The viewport's size, scrollbars excluded. */
  viewportWidth: number;
  viewportHeight: number;
  /** barsBottom() for the band the button uses. */
  bars: number;
  /** The button row's direction: its end side is the left in right-to-left. */
  rtl: boolean;
}

/**
 * `pinned`: at the top corner, below the bars. Otherwise where the slot is: `x`, `y` are the
 * row's top left corner in viewport coordinates, its end side on the slot's end side.
 */
export type Place = { pinned: true } | { pinned: false; x: number; y: number };

export function place({ slot, width, height, viewportWidth, viewportHeight, bars, rtl }: PlaceInput): Place {
  const onScreen =
    slot !== undefined &&
    slot.top >= bars &&
    slot.top + height <= viewportHeight &&
    slot.right > 0 &&
    slot.left < viewportWidth;
  if (!onScreen) return { pinned: true };
  return { pinned: false, x: rtl ? slot.left : slot.right - width, y: slot.top };
}

/**
 * Horizontal points at which to look for bars: across the corner the pinned row takes and
 * across the row at its slot, three points each (both edges and the middle), in the viewport.
 */
export function bandPoints({ slot, width, viewportWidth, rtl }: Pick<PlaceInput, 'slot' | 'width' | 'viewportWidth' | 'rtl'>): number[] {
  // The corner: the row plus a margin, on the end side.
  const corner: [number, number] = rtl ? [0, width + 16] : [viewportWidth - width - 16, viewportWidth];
  const bands = [corner];
  if (slot) bands.push(rtl ? [slot.left, slot.left + width] : [slot.right - width, slot.right]);
  const points = new Set<number>();
  for (const [from, to] of bands) {
    for (const x of [from + 4, (from + to) / 2, to - 4]) points.add(Math.round(Math.min(viewportWidth - 1, Math.max(1, x))));
  }
  return [...points];
}
