/**
 * How the exit leaves, in one object so tests can replace it (a test page must not navigate
 * away). Not part of the public API.
 */
export const leave = {
  /** Replaces the page in history, so Back does not return to it. The whole tab if allowed. */
  replace(url: string): void {
    try {
      // In a frame, leave the whole tab; a browser that refuses (cross-origin, sandbox) throws.
      top!.location.replace(url);
    } catch {
      location.replace(url);
    }
  },
  /** Opens a second page in a new tab. Popup blockers may refuse, silently. */
  open(url: string): void {
    window.open(url, '_blank', 'noopener');
  },
};

/**
 * Runs `go` once the frame that shows what was just drawn has been painted: the next
 * animation frame, then a task. Starting a navigation in the same task as the cover let
 * WebKit keep the old page on screen for the whole load of a slow destination. A hidden
 * tab paints nothing and runs no frames, so there `go` runs at once; a second bounds the
 * wait should frames stop coming. `go` runs once.
 */
export function afterPaint(go: () => void): void {
  let done = false;
  const once = (): void => {
    if (!done) (done = true), go();
  };
  if (document.visibilityState == 'hidden') return once();
  requestAnimationFrame(() => setTimeout(once));
  setTimeout(once, 1000);
}
