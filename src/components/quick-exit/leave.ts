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
