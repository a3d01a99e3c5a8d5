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
    "this page is in a frame on another site (an embed box), where a quick exit cannot always close the visitor's tab. Load haven-widgets in the site's own head too: see docs/any-site.md#frames.",
  );
}
