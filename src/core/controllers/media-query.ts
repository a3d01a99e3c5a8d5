import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks a media query (`(prefers-reduced-motion: reduce)`) and re-renders the host when it
 * changes. For logic that CSS cannot do alone, such as whether to animate a shape in JS.
 */
export class MediaQueryController implements ReactiveController {
  matches = false;
  private list?: MediaQueryList;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly query: string,
  ) {
    host.addController(this);
  }

  private readonly onChange = (event: MediaQueryListEvent): void => {
    this.matches = event.matches;
    this.host.requestUpdate();
  };

  hostConnected(): void {
    this.list ??= globalThis.matchMedia?.(this.query);
    this.matches = this.list?.matches ?? false;
    this.list?.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.list?.removeEventListener('change', this.onChange);
  }
}
