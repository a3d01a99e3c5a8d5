import { resolveStrings } from '../../core/strings.js';
import { quickExit as english } from '../../locales/en/quick-exit.js';
import { DEFAULT_HREF } from './exit-options.js';
import { coverPage } from './cover.js';
import { ASK, LEAVING, isOwnFrame, leaveFromFrame, type FrameLeaving } from './frame-exit.js';

/** What leaving from a frame uses of the browser (see frame-exit.ts). */
const fromThisFrame: FrameLeaving = {
  ask(answered) {
    const onMessage = (event: MessageEvent): void => {
      if (event.source === top && event.data === LEAVING) {
        removeEventListener('message', onMessage);
        answered();
      }
    };
    addEventListener('message', onMessage);
    // Any origin may read it: the request says nothing but "leave".
    top!.postMessage(ASK, '*');
  },
  goTop(url) {
    try {
      top!.location.replace(url);
      return true;
    } catch {
      return false;
    }
  },
  whenUnloaded(gone) {
    addEventListener('pagehide', gone, { once: true });
  },
  wait(ms, then) {
    setTimeout(then, ms);
  },
};

/**
 * How the exit leaves, in one object so tests can replace it (a test page must not navigate
 * away). Not part of the public API.
 */
export const leave = {
  /**
   * Replaces the page in history, so Back does not return to it: the whole tab, also from a
   * frame. Where a frame cannot take the tab away, `refused` runs and the frame stays as it is.
   */
  replace(url: string, refused: () => void = () => {}): void {
    if (window === top) location.replace(url);
    else leaveFromFrame(url, fromThisFrame, refused);
  },
  /** Opens a second page in a new tab. Popup blockers may refuse, silently. */
  open(url: string): void {
    window.open(url, '_blank', 'noopener');
  },
};

/**
 * The window event by which the page's first `<haven-quick-exit>` takes over a frame's
 * request to leave (it cancels the event). Not part of the public API.
 */
export const FRAME_EXIT = 'haven-widgets-frame-exit';

const ANSWERING = Symbol.for('haven-widgets.answer-frames');

/**
 * On a top page, answers a frame's request to leave (see frame-exit.ts): the whole tab leaves
 * to this page's own destination, through its first `<haven-quick-exit>` if it has one, else
 * to the default after the same plain cover. Only the page's own frames, at any depth, are
 * heard. Installed once per page, whichever copy of the library comes first.
 */
export function answerFrames(): void {
  // No window when imported for server-side rendering; none to answer for in a frame.
  const page = globalThis.window as unknown as (Window & Record<symbol, boolean>) | undefined;
  if (!page || page !== page.top || page[ANSWERING]) return;
  page[ANSWERING] = true;
  let cover: HTMLDialogElement | undefined;
  addEventListener('message', (event) => {
    if (event.data !== ASK || !isOwnFrame(event.source, window)) return;
    (event.source as Window).postMessage(LEAVING, '*');
    if (!dispatchEvent(new Event(FRAME_EXIT, { cancelable: true }))) return;
    cover ??= coverPage(resolveStrings('quickExit', english, document.documentElement.lang || 'en').covering);
    afterPaint(() => leave.replace(DEFAULT_HREF));
  });
  // Back from the back/forward cache: the page works again.
  addEventListener('pageshow', () => {
    cover?.remove();
    cover = undefined;
  });
}

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
