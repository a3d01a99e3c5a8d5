import { html, nothing, type TemplateResult } from 'lit';
import { HavenElement } from '../../core/haven-element.js';
import { baseStyles } from '../../core/styles.js';
import { Announcer } from '../../core/controllers/announcer.js';
import { warnAll } from '../../core/warn.js';
import { format } from '../../core/strings.js';
import type { Parsed } from '../../core/content.js';
import { quickExit as english, type QuickExitStrings } from '../../locales/en/quick-exit.js';
import { quickExitStyles } from './quick-exit.styles.js';
import { ShiftSequence } from './shift-sequence.js';
import { DEFAULT_HREF, checkUrl, parsePlacement, storageKeys, type QuickExitPlacement } from './exit-options.js';
import { FRAME_EXIT, afterPaint, leave } from './leave.js';
import { coverPage, explainFramed } from './cover.js';
import { PlacementController } from './placement-controller.js';

export type { QuickExitPlacement };

export interface HavenExitDetail {
  /**
   * `button`, `shift` (Shift pressed 3 times), `link` (a page link marked `data-haven-exit`)
   * or `frame` (an exit used inside one of this page's frames asked this page to leave; it
   * goes to this element's own `href`, never to an address from the frame).
   */
  trigger: 'button' | 'shift' | 'link' | 'frame';
  /** Where the page is going. */
  href: string;
}

/** Connected instances, first first: only that one answers keys and links, so two never double up. */
const live: HavenQuickExit[] = [];

/**
 * A quick way out for a visitor whose screen someone else may see. Selecting the button, or
 * pressing Shift 3 times (each within 5 seconds of the last, with no other key between),
 * covers the whole page at once with a plain cover, then replaces it in history with an
 * everyday site, so Back does not return to it. Restored from the back/forward cache, the
 * page drops the cover and works again. A link anywhere on the page with `data-haven-exit`
 * (a skip link for screen-reader and keyboard users, say) leaves the same way.
 *
 * Inside a frame (a site builder's embed box) it leaves the whole tab: through the top page's
 * own exit where the top runs haven-widgets too, else by sending the top away itself where the
 * frame may. Where it may not (a sandboxed embed), the frame stays covered and tells the
 * visitor how to close the tab. A frame of this page that asks to leave makes this page leave.
 *
 * It does not erase browsing history, and says so in its "How this works" disclosure.
 * It needs no other widget, stores nothing and requests nothing.
 *
 * Fallback for pages where scripts are off or blocked: put a plain link inside,
 * `<haven-quick-exit><a href="https://example.org/">Leave this site</a></haven-quick-exit>`.
 * Without scripts the visitor gets a working link. Once upgraded, the element leaves to that
 * link's address when it has no `href` of its own (checked as `href` is: an unsafe address
 * warns and the default is used), and shows only its own button: the link is not rendered,
 * so it is neither read nor reached twice.
 *
 * @summary A “Leave this site” button (and Shift pressed three times) that hides the page at once and replaces it in the history.
 * @tag haven-quick-exit
 *
 * @fires {CustomEvent<HavenExitDetail>} haven-exit - The visitor is leaving. Fired after the
 *   page is covered, just before it is replaced; it cannot be cancelled, and a listener that
 *   throws does not stop the exit. Also fired when one of the page's frames asks it to leave
 *   (`trigger: 'frame'`).
 *
 * @csspart base - The wrapper of the button and the disclosure. When `placement` is `fixed`, in the top layer: at its place in the page while that is on screen, else fixed at the top corner below the page's fixed and sticky bars.
 * @csspart spacer - The room a fixed button takes at its place in the page: the button's own size, on the end side. `::part(spacer) { display: none }` gives it up: the button then stays at the top corner.
 * @csspart button - The "Leave this site" button.
 * @csspart dots - The three dots that fill as Shift is pressed (hidden from assistive technology; the progress is announced).
 * @csspart help - The "How this works" disclosure (`<details>`).
 * @csspart help-toggle - Its `<summary>`: a "?" when fixed, the words when inline.
 * @csspart help-panel - The explanation it opens.
 * @csspart safety-link - The link to the site's safety page.
 *
 * @cssprop --haven-quick-exit-bg - The button's background. Default: the shared accent.
 * @cssprop --haven-quick-exit-color - The button's text. Default: the text colour on the accent.
 * @cssprop --haven-quick-exit-offset - Distance of a fixed button from the edges of the screen and from the bars at its top, when it is at the top corner (safe areas are added). Default: 0.5em.
 */
export class HavenQuickExit extends HavenElement {
  // HavenElement's own (locale, theme) are inherited: Lit reads the class chain.
  static override properties = {
    href: {},
    placement: {},
    openAlso: { attribute: 'open-also' },
    clearStorageKeys: { attribute: 'clear-storage-keys' },
    safetyHref: { attribute: 'safety-href' },
    noShortcut: { type: Boolean, attribute: 'no-shortcut' },
  };

  static override styles = [baseStyles, quickExitStyles];

  /**
   * Where the exit goes: an http(s) page that looks ordinary on this visitor's screen.
   * Without it, the address of a fallback link inside the element (`<a href>`), else
   * https://www.wikipedia.org/ (the same everywhere, no account, no ads).
   * @label Where it goes
   * @hint An everyday page, https://. Default: https://www.wikipedia.org/.
   * @control url
   */
  href?: string;

  /**
   * `fixed`: always on screen. At the top of the page the button sits where you put it, at the
   * end side (the left in right-to-left pages), so it covers nothing of the site's header;
   * once that place scrolls out of view it stays at the top corner on the end side, just
   * below any bar fixed or stuck at the top of the screen (a sticky menu, WordPress's admin
   * bar). `inline`: where you put it, in the flow of the page.
   * @label Placement
   * @hint Fixed: put it first in the page, so keyboard users reach it first.
   * @choice inline Where I put it, in the page
   * @choice fixed On screen all the time: where I put it, then at the top corner
   */
  placement: 'fixed' | 'inline' = 'fixed';

  /**
   * An http(s) page to open in a new tab just before leaving, so the newest tab looks ordinary too. Popup blockers may refuse it, more often with the Shift shortcut than with a click.
   * @label A second page, opened in a new tab
   * @hint Optional. Popup blockers may refuse it.
   * @control url
   * @editors builder
   */
  openAlso?: string;

  /**
   * Keys, separated by spaces or commas, that your own site keeps in localStorage or sessionStorage and that are removed on exit (a draft message, say).
   * @label Storage keys of your own site to remove
   * @hint Optional, separated by spaces: a draft message, say. The widget stores nothing.
   * @editors builder
   */
  clearStorageKeys?: string;

  /**
   * Your page about staying safe online, linked from "How this works".
   * @label Your page about staying safe online
   * @hint Optional: linked from “How this works”.
   * @control url
   */
  safetyHref?: string;

  /**
   * Turns the Shift × 3 shortcut off: only the button (and `data-haven-exit` links) leave.
   * For sites whose visitors use NVDA, where Shift alone pauses speech, so pausing three
   * times within 5 seconds would leave the site.
   * @label Turn off the Shift × 3 shortcut
   * @hint For sites whose visitors use NVDA, where Shift alone pauses speech.
   */
  noShortcut = false;

  private readonly _seq = new ShiftSequence(() => performance.now());
  private readonly _announcer = new Announcer(this);
  private readonly _place = new PlacementController(this, () => {
    const row = this.renderRoot.querySelector<HTMLElement>('.fixed');
    const spacer = this.renderRoot.querySelector<HTMLElement>('.spacer');
    return row && spacer ? { row, spacer } : undefined;
  });
  private _tick?: ReturnType<typeof setInterval>;
  private _cover?: HTMLDialogElement;

  private get _s(): QuickExitStrings {
    return this.strings('quickExit', english);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    live.push(this);
    // The fallback link inside is not rendered (no slot), but WebKit still lets it take focus.
    for (const child of this.children) (child as HTMLElement).inert = true;
    this._listen('addEventListener');
    // A fixed button reconnected must be shown again (a popover hides when removed).
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    live.splice(live.indexOf(this), 1);
    this._listen('removeEventListener');
    this._stop();
  }

  private _listen(method: 'addEventListener' | 'removeEventListener'): void {
    window[method]('keydown', this._onKey, true);
    window[method]('keyup', this._onKey, true);
    window[method]('pageshow', this._onPageShow);
    window[method](FRAME_EXIT, this._onFrameExit);
    document[method]('click', this._onLink, true);
  }

  protected override render(): TemplateResult {
    const s = this._s;
    const fixed = this._check(parsePlacement(this.placement)) === 'fixed';
    const safety = this._check(checkUrl(this.safetyHref, 'safety-href', false, 'the link is left out'));
    const count = this._seq.count;
    // Checked here too, so a bad address warns when the page loads, not when someone leaves.
    this._href();
    // No whitespace between elements: html`` templates ship as written.
    return html`${fixed ? html`<div class="spacer" part="spacer" dir=${this.resolvedDir}></div>` : nothing}<div class="${this.rootClasses} ${fixed ? `fixed${this._place.flow ? ' flow' : ''}${this._place.anchored ? ' anchored' : ''}` : 'inline'}" dir=${this.resolvedDir} part="base" popover=${fixed ? 'manual' : nothing}><button type="button" class="leave primary" part="button" @click=${() => this._exit('button')}>${s.leave}${count
      ? html`<span class="dots" part="dots" aria-hidden="true">${[0, 1, 2].map((i) => html`<span class="dot ${i < count ? 'on' : ''}"></span>`)}</span>`
      : nothing}</button><details class="help" part="help"><summary part="help-toggle"><span class="icon" aria-hidden="true">?</span><span class=${fixed ? 'visually-hidden' : 'label'}>${s.howItWorks}</span></summary><div class="panel" part="help-panel"><p>${format(this.noShortcut ? s.howTextButtonOnly : s.howText, { leave: s.leave })}</p>${this.noShortcut ? nothing : html`<p>${s.howTextScreenReaders}</p>`}<p>${s.limitsText}</p>${safety ? html`<p><a href=${safety} part="safety-link">${s.safetyLink}</a></p>` : nothing}</div></details>${this._announcer.region()}</div>`;
  }

  private _href(): string {
    // Without an href, the fallback link inside (what a page shows without scripts) says where.
    const [value, option] = this.href == null ? [this.querySelector('a[href]')?.getAttribute('href'), 'href of the link inside it'] : [this.href, 'href'];
    return this._check(checkUrl(value, option, true, `leaving to ${DEFAULT_HREF} instead`)) ?? DEFAULT_HREF;
  }

  private _check<T>({ value, problems }: Parsed<T>): T {
    warnAll(this, problems);
    return value;
  }

  private readonly _onKey = (event: Event): void => {
    if (live[0] !== this || this.noShortcut) return;
    const step = this._seq.handle(event as KeyboardEvent);
    if (step === 'exit') this._exit('shift');
    else if (step === 'reset') {
      this._announcer.announce('');
      this._stop();
    } else if (step === 'count') {
      // Nothing after the first press: in NVDA, Shift silences speech, and words that invite
      // presses would invite leaving. After the second, what a third press does, exactly.
      if (this._seq.count > 1) this._announcer.announce(this._s.oneMore);
      this.requestUpdate(); // the dots
      // The window is checked twice a second; when it passes, the dots and the region clear
      // silently (no "expired" message, which would ask for three more presses).
      this._tick ??= setInterval(() => {
        if (this._seq.expire()) {
          this._announcer.announce('');
          this._stop();
        }
      }, 500);
    }
  };

  private readonly _onLink = (event: Event): void => {
    if (live[0] === this && (event.target as Element).closest?.('[data-haven-exit]')) {
      event.preventDefault();
      this._exit('link');
    }
  };

  /** One of this page's frames asked to leave: the first exit on the page leaves, to its own `href`. */
  private readonly _onFrameExit = (event: Event): void => {
    if (live[0] !== this) return;
    event.preventDefault();
    this._exit('frame');
  };

  /** Back from the back/forward cache: drop the cover so the page works again. */
  private readonly _onPageShow = (): void => {
    this._cover?.remove();
    this._cover = undefined;
    this._announcer.message = '';
    this._seq.reset();
    this._stop();
  };

  /** Ends the expiry check; the dots follow the count at the next render, which this asks for. */
  private _stop(): void {
    clearInterval(this._tick);
    this._tick = undefined;
    this.requestUpdate();
  }

  /** Cover, clean up, tell, leave. Everything before leaving is best effort; leaving always happens. */
  private _exit(trigger: HavenExitDetail['trigger']): void {
    const href = this._href();
    try {
      this._seq.reset();
      this._stop();
      this._hide();
      for (const key of storageKeys(this.clearStorageKeys)) {
        try {
          localStorage.removeItem(key);
          sessionStorage.removeItem(key);
        } catch {
          /* storage blocked: nothing of ours there */
        }
      }
      this.emit<HavenExitDetail>('haven-exit', { trigger, href });
      const also = this._check(checkUrl(this.openAlso, 'open-also', true, 'no second page is opened'));
      if (also) leave.open(also);
    } finally {
      // Where a frame cannot take the tab away, it stays covered and says how to close the tab.
      afterPaint(() => leave.replace(href, () => this._cover && explainFramed(this._cover, this._s, href, this.resolvedLocale)));
    }
  }

  /** A plain cover over everything, at once (see cover.ts). */
  private _hide(): void {
    this._cover ??= coverPage(this._s.covering);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'haven-quick-exit': HavenQuickExit;
  }
  interface HTMLElementEventMap {
    'haven-exit': CustomEvent<HavenExitDetail>;
  }
}
