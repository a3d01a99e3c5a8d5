/**
 * Arrow-key movement between a widget's items, per the WAI-ARIA Authoring Practices:
 * accordion headers (vertical), tabs and radio groups (horizontal, mirrored in RTL).
 * `targetIndex` is pure; `moveFocus` applies it to elements.
 */
export interface ArrowKeyOptions {
  orientation?: 'vertical' | 'horizontal' | 'both';
  /** Past the last item, go to the first (and back). Default true. */
  wrap?: boolean;
  /** Right-to-left: ArrowLeft moves forward. */
  rtl?: boolean;
}

/** The index the key moves to, or -1 when the key is not ours. */
export function targetIndex(key: string, index: number, length: number, options: ArrowKeyOptions = {}): number {
  const { orientation = 'vertical', wrap = true, rtl = false } = options;
  if (!length) return -1;
  const vertical = orientation !== 'horizontal';
  const horizontal = orientation !== 'vertical';
  let step = 0;
  if (key === 'Home') return 0;
  if (key === 'End') return length - 1;
  if ((vertical && key === 'ArrowDown') || (horizontal && key === (rtl ? 'ArrowLeft' : 'ArrowRight'))) step = 1;
  else if ((vertical && key === 'ArrowUp') || (horizontal && key === (rtl ? 'ArrowRight' : 'ArrowLeft'))) step = -1;
  else return -1;
  const next = index + step;
  if (next >= 0 && next < length) return next;
  return wrap ? (next + length) % length : index;
}

/**
 * Handles a keydown on one of `items`: focuses the target and stops the page from
 * scrolling. Returns the focused element, if the key moved focus.
 */
export function moveFocus(
  event: KeyboardEvent,
  items: readonly HTMLElement[],
  options?: ArrowKeyOptions,
): HTMLElement | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return undefined;
  const index = items.indexOf(event.target as HTMLElement);
  if (index < 0) return undefined;
  const next = targetIndex(event.key, index, items.length, options);
  if (next < 0) return undefined;
  event.preventDefault();
  items[next]!.focus();
  return items[next];
}
