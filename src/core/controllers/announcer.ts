import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * How long a message stays in the region. Screen readers take a live region's words when it
 * changes (a polite one queues them), so emptying it later cuts nothing; five seconds leaves
 * room for a busy page. Emptied, the region no longer offers an old message to someone who
 * reads through the widget later ("Breathe in, 5 seconds" long after that breath).
 */
export const CLEAR_AFTER_MS = 5000;

/**
 * A polite live region for a widget's announcements ("Breathe in, 4 seconds", "Copied").
 * Render `announcer.region()` once in the template; call `announce(text)`. The region is
 * emptied first so the same words twice are still spoken, and emptied again `clearAfter`
 * milliseconds after the message went in. Needs `.visually-hidden` from baseStyles.
 */
export class Announcer implements ReactiveController {
  message = '';
  private _timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly _host: ReactiveControllerHost,
    private readonly _clearAfter = CLEAR_AFTER_MS,
  ) {
    _host.addController(this);
  }

  announce(text: string): void {
    this._show('');
    // Screen readers need the region to change after they saw it empty.
    this._timer = setTimeout(() => {
      this._show(text);
      this._timer = setTimeout(() => this._show(''), this._clearAfter);
    }, 100);
  }

  /** Puts `text` in the region, ending whatever was still to come (a message, or its clearing). */
  private _show(text: string): void {
    clearTimeout(this._timer);
    this.message = text;
    this._host.requestUpdate();
  }

  hostDisconnected(): void {
    clearTimeout(this._timer);
  }

  region(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.message}</div>`;
  }
}
