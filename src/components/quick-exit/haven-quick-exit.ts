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
import { afterPaint, leave } from './leave.js';

export type { QuickExitPlacement };

export interface HavenExitDetail {
  /** `button`, `shift` (Shift pressed 3 times) or `link` (a page link marked `data-haven-exit`). */
  trigger: 'button' | 'shift' | 'link';
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
 * It does not erase browsing history, and says so in its "How this works" disclosure.
 * It needs no other widget, stores nothing and requests nothing.
 *
 * @summary A “Leave this site” button (and Shift pressed three times) that hides the page at once and replaces it in the history.
 * @tag haven-quick-exit
 *
 * @fires {CustomEvent<HavenExitDetail>} haven-exit - The visitor is leaving. Fired after the
 *   page is covered, just before it is replaced; it cannot be cancelled, and a listener that
 *   throws does not stop the exit.
 *
 * @csspart base - The wrapper of the button and the disclosure (fixed at the top when `placement` is `fixed`).
 * @csspart spacer - The room a fixed button keeps at its place in the page, so it does not cover the top of the page. `::part(spacer) { display: none }` gives it up.
 * @csspart button - The "Leave this site" button.
 * @csspart dots - The three dots that fill as Shift is pressed (hidden from assistive technology; the progress is announced).
 * @csspart help - The "How this works" disclosure (`<details>`).
 * @csspart help-toggle - Its `<summary>`: a "?" when fixed, the words when inline.
 * @csspart help-panel - The explanation it opens.
 * @csspart safety-link - The link to the site's safety page.
 *
 * @cssprop --haven-quick-exit-bg - The button's background. Default: the shared accent.
 * @cssprop --haven-quick-exit-color - The button's text. Default: the text colour on the accent.
 * @cssprop --haven-quick-exit-offset - Distance of a fixed button from the edges of the screen (safe areas are added). Default: 0.5em.
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
   * Default: https://www.wikipedia.org/ (the same everywhere, no account, no ads).
   * @label Where it goes
   * @hint An everyday page, https://. Default: https://www.wikipedia.org/.
   * @control url
   */
  href?: string;

  /**
   * `fixed`: always on screen, at the top corner on the end side (left in right-to-left pages). `inline`: where you put it.
   * @label Placement
   * @hint Fixed: put it first in the page, so keyboard users reach it first.
   * @choice inline Where I put it, in the page
   * @choice fixed Fixed at the top corner of the screen
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
  private _tick?: ReturnType<typeof setInterval>;
  private _cover?: HTMLDialogElement;

  private get _s(): QuickExitStrings {
    return this.strings('quickExit', english);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    live.push(this);
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
    return html`${fixed ? html`<div class="spacer" part="spacer"></div>` : nothing}<div class="${this.rootClasses} ${fixed ? 'fixed' : 'inline'}" dir=${this.resolvedDir} part="base" popover=${fixed ? 'manual' : nothing}><button type="button" class="leave primary" part="button" @click=${() => this._exit('button')}>${s.leave}${count
      ? html`<span class="dots" part="dots" aria-hidden="true">${[0, 1, 2].map((i) => html`<span class="dot ${i < count ? 'on' : ''}"></span>`)}</span>`
      : nothing}</button><details class="help" part="help"><summary part="help-toggle"><span class="icon" aria-hidden="true">?</span><span class=${fixed ? 'visually-hidden' : 'label'}>${s.howItWorks}</span></summary><div class="panel" part="help-panel"><p>${format(this.noShortcut ? s.howTextButtonOnly : s.howText, { leave: s.leave })}</p><p>${s.limitsText}</p>${safety ? html`<p><a href=${safety} part="safety-link">${s.safetyLink}</a></p>` : nothing}</div></details>${this._announcer.region()}</div>`;
  }

  protected override updated(): void {
    // Fixed: in the top layer, above cookie banners and any z-index, unclipped by any
    // ancestor. Browsers without popovers keep position: fixed and the highest z-index.
    try {
      this.renderRoot.querySelector<HTMLElement>('[popover]:not(:popover-open)')?.showPopover();
    } catch {
      /* no popover support */
    }
  }

  private _href(): string {
    return this._check(checkUrl(this.href, 'href', true, `leaving to ${DEFAULT_HREF} instead`)) ?? DEFAULT_HREF;
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
      this._announcer.announce(this._seq.count > 1 ? this._s.oneMore : this._s.twoMore);
      // The window is checked twice a second, so "expired" is said within half a second.
      this._tick ??= setInterval(() => {
        if (this._seq.expire()) {
          this._announcer.announce(this._s.expired);
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
      afterPaint(() => leave.replace(href));
    }
  }

  /** A plain cover over everything, at once: a modal dialog in the top layer, which also makes the page inert. */
  private _hide(): void {
    if (this._cover) return;
    const cover = (this._cover = document.createElement('dialog'));
    // CSSOM (style.cssText), which a strict CSP allows, unlike a style attribute. !important
    // beats the site's dialog styles. No focus ring: it covers everything and offers nothing.
    // Auto sizes between inset 0 fill the screen, padding included.
    cover.style.cssText = 'position:fixed;inset:0;width:auto;height:auto;max-width:none;max-height:none;margin:0;padding:1rem;border:0;outline:0;background:Canvas;color:CanvasText;z-index:2147483647;'.replace(/;/g, '!important;');
    cover.setAttribute('aria-label', (cover.textContent = this._s.covering));
    (document.body ?? document.documentElement).append(cover);
    try {
      cover.showModal();
    } catch {
      cover.open = true;
    }
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
