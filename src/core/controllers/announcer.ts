import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * A polite live region for a widget's announcements ("Breathe in, 4 seconds", "Copied").
 * Render `announcer.region()` once in the template; call `announce(text)`. The region is
 * emptied first so the same words twice are still spoken. Needs `.visually-hidden` from
 * baseStyles.
 */
export class Announcer implements ReactiveController {
  message = '';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  announce(text: string): void {
    clearTimeout(this.timer);
    this.message = '';
    this.host.requestUpdate();
    // Screen readers need the region to change after they saw it empty.
    this.timer = setTimeout(() => {
      this.message = text;
      this.host.requestUpdate();
    }, 100);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  region(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.message}</div>`;
  }
}
