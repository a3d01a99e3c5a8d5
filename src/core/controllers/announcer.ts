import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * A polite live region for a widget's announcements ("Breathe in, 4 seconds", "Copied").
 * Render `announcer.region()` once in the template; call `announce(text)`. The region is
 * emptied first so the same words twice are still spoken. Needs `.visually-hidden` from
 * baseStyles.
 */
export class Announcer implements ReactiveController {
  message = '';
  private _timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly _host: ReactiveControllerHost) {
    _host.addController(this);
  }

  announce(text: string): void {
    clearTimeout(this._timer);
    this.message = '';
    this._host.requestUpdate();
    // Screen readers need the region to change after they saw it empty.
    this._timer = setTimeout(() => {
      this.message = text;
      this._host.requestUpdate();
    }, 100);
  }

  hostDisconnected(): void {
    clearTimeout(this._timer);
  }

  region(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.message}</div>`;
  }
}
