import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { BAR_SHARE, bandPoints, barsBottom, place, type Box } from './placement.js';

type Host = ReactiveControllerHost & HTMLElement;

/** True if `outer` holds `inner`, across shadow roots. */
function holds(outer: Element, inner: Element): boolean {
  for (let node: Node | null = inner; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    if (node === outer) return true;
  }
  return false;
}

/** True if `el` or an element holding it (across shadow roots) is fixed or sticky: it does not scroll with the page. */
function anchoredToViewport(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host ?? null)) {
    if (/fixed|sticky/.test(getComputedStyle(node).position)) return true;
  }
  return false;
}

/**
 * Keeps a fixed quick exit's button row in the top layer and where placement.ts says: at its
 * slot while the slot is on screen, else pinned to the top corner below the page's fixed and
 * sticky bars. Measures at most once a frame, on scroll (of the page or of any scrolling
 * box), on resize and when the page's, the element's or the row's size changes.
 */
export class PlacementController implements ReactiveController {
  /** The row sits at its slot (else it is pinned to the corner, as it is without popovers). */
  flow = false;
  /** At its slot, the slot does not scroll with the page (inside a fixed or sticky box). */
  anchored = false;
  private _frame = 0;
  private _sizes?: ResizeObserver;
  private _observed?: HTMLElement;

  constructor(
    private readonly _host: Host,
    /** The row to place (part `base`) and the room it keeps in the page (part `spacer`), when fixed. */
    private readonly _parts: () => { row: HTMLElement; spacer: HTMLElement } | undefined,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    addEventListener('resize', this._schedule);
    document.addEventListener('scroll', this._schedule, { capture: true, passive: true });
    this._sizes = new ResizeObserver(this._schedule);
    this._sizes.observe(document.documentElement);
    this._sizes.observe(this._host);
  }

  hostDisconnected(): void {
    removeEventListener('resize', this._schedule);
    document.removeEventListener('scroll', this._schedule, { capture: true });
    this._sizes?.disconnect();
    this._observed = undefined;
    cancelAnimationFrame(this._frame);
    this._frame = 0;
  }

  hostUpdated(): void {
    const parts = this._parts();
    if (!parts) return;
    // In the top layer: above cookie banners and any z-index, unclipped by any ancestor.
    // Browsers without popovers keep it pinned, fixed with the highest z-index.
    try {
      if (!parts.row.matches(':popover-open')) parts.row.showPopover();
    } catch {
      return;
    }
    // Observing again would report again: once per row (a new one after inline and back).
    if (this._observed !== parts.row) this._sizes?.observe((this._observed = parts.row));
    this._measure();
  }

  private readonly _schedule = (): void => {
    this._frame ||= requestAnimationFrame(() => {
      this._frame = 0;
      this._measure();
    });
  };

  private _measure(): void {
    const parts = this._parts();
    if (!parts?.row.isConnected || !parts.row.matches(':popover-open')) return;
    const { row, spacer } = parts;
    const { width, height } = row.getBoundingClientRect();
    // The room in the page is the row's own size, so no empty strip is left, and the row
    // covers nothing beside it (in a site's flex menu, say). A spacer given up (display:
    // none) has no box: the row then stays pinned.
    spacer.style.blockSize = `${height}px`;
    spacer.style.inlineSize = `${width}px`;
    const slot = spacer.getClientRects().length ? spacer.getBoundingClientRect() : undefined;
    const viewportWidth = document.documentElement.clientWidth;
    const viewportHeight = innerHeight;
    const rtl = getComputedStyle(row).direction === 'rtl';
    const bars = this._bars(bandPoints({ slot, width, viewportWidth, rtl }), viewportHeight);
    const spot = place({ slot, width, height, viewportWidth, viewportHeight, bars, rtl });
    const anchored = !spot.pinned && anchoredToViewport(this._host);
    row.style.setProperty('--_bar', `${bars}px`);
    if (!spot.pinned) {
      // Page coordinates: a row in the top layer, absolutely positioned, scrolls with the page.
      row.style.setProperty('--_x', `${spot.x + (anchored ? 0 : scrollX)}px`);
      row.style.setProperty('--_y', `${spot.y + (anchored ? 0 : scrollY)}px`);
    }
    if (this.flow === spot.pinned || this.anchored !== anchored) {
      this.flow = !spot.pinned;
      this.anchored = anchored;
      this._host.requestUpdate();
    }
  }

  /** How far down the fixed and sticky bars at the top reach, looked for at `xs` (see barsBottom). */
  private _bars(xs: number[], viewportHeight: number): number {
    const boxes: Box[] = [];
    const seen = new Set<Element>();
    let bottom = 0;
    // The top edge first, then just below the bars found so far (a bar under a bar).
    for (let round = 0; round < 3; round++) {
      for (const x of xs) {
        for (const el of document.elementsFromPoint(x, bottom + 1)) {
          if (seen.has(el)) continue;
          seen.add(el);
          if (el === document.documentElement || el === document.body || holds(el, this._host)) continue;
          if (/fixed|sticky/.test(getComputedStyle(el).position)) boxes.push(el.getBoundingClientRect());
        }
      }
      const next = barsBottom(boxes, viewportHeight);
      if (next <= bottom) break;
      bottom = next;
      if (bottom > viewportHeight * BAR_SHARE) break;
    }
    return bottom;
  }
}
