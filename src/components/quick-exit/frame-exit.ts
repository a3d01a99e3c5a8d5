/**
 * Leaving from inside a frame, decided without the DOM so it can be tested with a fake
 * clock. A frame cannot always send the whole tab away: a site builder's embed (Wix "Embed
 * HTML", Google Sites "Embed code") is a sandboxed frame on another origin, whose attempt
 * to navigate the top some engines refuse with an exception and others refuse with a
 * console line and nothing else. So the frame first asks the top (which answers when it
 * runs haven-widgets too), then tries itself, and counts the top as left only when this
 * document is actually unloaded.
 */

/** A frame's request to the top. It carries no address: a frame may ask the top to leave, never choose where it goes. */
export const ASK = 'haven-widgets:quick-exit';
/** The top's answer: it is leaving, to its own destination. */
export const LEAVING = 'haven-widgets:leaving';

/** How long a frame waits for the top's answer (a round trip between two windows takes a few ms). */
export const ANSWER_WAIT = 250;
/** How long a frame waits, after telling the top to go, for its own document to be unloaded. */
export const LEAVE_WAIT = 250;

/** What leaving from a frame needs from the browser. */
export interface FrameLeaving {
  /** Posts `ASK` to the top; calls `answered` if the top answers `LEAVING`. */
  ask(answered: () => void): void;
  /** Tells the top to go to `url` itself; false when the engine refused at once (threw). */
  goTop(url: string): boolean;
  /** Calls `gone` when this document is unloaded: the top has left, taking the frame along. */
  whenUnloaded(gone: () => void): void;
  /** Calls `then` after `ms` milliseconds. */
  wait(ms: number, then: () => void): void;
}

/**
 * Leaves the whole tab from a frame: the top's own exit if it answers within `ANSWER_WAIT`,
 * else the top sent to `url` by this frame. Where neither takes the tab away, `refused`
 * runs once: at once if the engine threw, else after `LEAVE_WAIT`. The frame itself is
 * never sent to `url`: a frame showing the destination inside the site's page would look
 * like an exit that worked.
 */
export function leaveFromFrame(url: string, browser: FrameLeaving, refused: () => void): void {
  let state: 'asking' | 'answered' | 'trying' | 'over' = 'asking';
  const refuse = (): void => {
    state = 'over';
    refused();
  };
  browser.whenUnloaded(() => (state = 'over'));
  browser.ask(() => {
    if (state == 'asking') state = 'answered';
  });
  browser.wait(ANSWER_WAIT, () => {
    if (state != 'asking') return;
    state = 'trying';
    if (!browser.goTop(url)) return refuse();
    browser.wait(LEAVE_WAIT, () => {
      if (state == 'trying') refuse();
    });
  });
}

/** A window and its frames, as far as another origin may see them. */
export interface FrameTree {
  readonly length: number;
  readonly [index: number]: FrameTree;
}

/** True when `source` is one of `page`'s frames, at any depth: a message from anywhere else (an opener, a popup, another tab) is not. */
export function isOwnFrame(source: unknown, page: FrameTree): boolean {
  for (let i = 0; i < page.length; i++) {
    const frame = page[i]!;
    if (frame === source || isOwnFrame(source, frame)) return true;
  }
  return false;
}
