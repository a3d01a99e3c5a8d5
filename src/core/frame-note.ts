import { warn } from './warn.js';

const NOTED = Symbol.for('haven-widgets.frame-noted');

/** True in a frame whose top page is another origin (a site builder's embed box), which this page may not read. */
export function inCrossOriginFrame(): boolean {
  if (window === top) return false;
  try {
    return !top!.location.href;
  } catch {
    return true;
  }
}

/**
 * Tells the site owner, once per page (whichever widget or copy of the library comes first),
 * that the widgets run in a frame on another site, where a quick exit cannot take the
 * visitor's tab away by itself, and what to do.
 */
export function noteCrossOriginFrame(element: Element): void {
  const page = globalThis as unknown as Record<symbol, boolean>;
  if (page[NOTED] || !inCrossOriginFrame()) return;
  page[NOTED] = true;
  warn(
    element,
    'frame',
    "this page is shown in a frame on another site (a site builder's embed box, say). A quick exit in such a frame cannot always close the visitor's tab; where it cannot, it covers the frame and tells the visitor how to close the tab. Load haven-widgets in the site's own pages too (custom code in the site's head) and the exit leaves the whole tab: see Frames in haven-widgets' docs/any-site.md#frames.",
  );
}
