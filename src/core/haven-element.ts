import { LitElement, nothing, type PropertyDeclarations } from 'lit';
import { ContextConsumer } from '@lit/context';
import { checkTheme, havenContext, type HavenConfig, type HavenContent, type Theme } from './context.js';
import { LOCALES_CHANGED, isRtl, resolveStrings, watchLang, type HavenStrings, type Section } from './strings.js';
import { warnUnknownAttributes } from './warn.js';
import { noteCrossOriginFrame } from './frame-note.js';


/**
 * The widgets on the page (of this copy of the library), re-rendered by one LOCALES_CHANGED
 * listener: with one listener each, a page of 500 widgets spent ~10 ms adding and removing
 * them (removing one scans the window's whole list).
 */
const connected = new Set<HavenElement>();
const renderConnected = (): void => {
  for (const element of connected) element.requestUpdate();
};

/**
 * What every widget shares: its own `locale` and `theme`, which win over the provider's,
 * and the provider's config through context. Widgets extend this and stay thin.
 *
 * @cssprop --haven-font-family - Font of every widget. Default: the page's font.
 * @cssprop --haven-radius - Corner radius. Default: 0.5em.
 * @cssprop --haven-space - Base spacing unit. Default: 1em, the widget's text size, so spacing follows the text a site chose even where its root font size is changed (62.5 %). Give it in `em` too: a `px` or `rem` value comes out a little smaller inside larger text (question rows, the prompt card, region headings).
 * @cssprop --haven-color-text - Text, light theme. Default: #1f2a30.
 * @cssprop --haven-color-muted - Secondary text, light theme. Default: #4d5b63.
 * @cssprop --haven-color-bg - Background, light theme. Default: #ffffff.
 * @cssprop --haven-color-surface - Raised or hovered surfaces, light theme. Default: #f3f6f5.
 * @cssprop --haven-color-border - Borders and dividers, light theme. Default: #7a8987.
 * @cssprop --haven-color-accent - Accent (buttons, icons, links), light theme. Default: #256a66.
 * @cssprop --haven-color-on-accent - Text on the accent, light theme. Default: #ffffff.
 * @cssprop --haven-color-focus - Focus ring, light theme. Default: #1d5f9e.
 * @cssprop --haven-dark-color-text - Text, dark theme. Each `--haven-color-*` has such a dark twin. Default: #e6ecea.
 * @cssprop --haven-dark-color-muted - Default: #b4c0bd.
 * @cssprop --haven-dark-color-bg - Default: #161b1d.
 * @cssprop --haven-dark-color-surface - Default: #20272a.
 * @cssprop --haven-dark-color-border - Default: #6f7f7c.
 * @cssprop --haven-dark-color-accent - Default: #86cfc6.
 * @cssprop --haven-dark-color-on-accent - Default: #10201e.
 * @cssprop --haven-dark-color-focus - Default: #9cc8f5.
 */
export class HavenElement extends LitElement {
  static override properties: PropertyDeclarations = {
    locale: { reflect: true },
    theme: { reflect: true },
  };

  /**
   * Language of the widget's text (BCP 47, `en`, `es`, `pt-BR`). Default: the provider's,
   * else the nearest `lang` attribute, else English.
   */
  locale?: string;

  /**
   * `light`, `dark` or `auto`, which follows the page: dark only where the page says it
   * supports dark (`color-scheme: light dark` or `dark` in CSS on the root or an ancestor, or
   * `<meta name="color-scheme" content="light dark">`) and the visitor's system is dark;
   * light where the page says nothing. Default: the provider's, else `auto`.
   */
  theme?: Theme;

  private readonly _config = new ContextConsumer(this, {
    context: havenContext,
    subscribe: true,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (!connected.size) globalThis.addEventListener(LOCALES_CHANGED, renderConnected);
    connected.add(this);
    watchLang();
    warnUnknownAttributes(this, (this.constructor as typeof LitElement).observedAttributes);
    noteCrossOriginFrame(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
    if (!connected.size) globalThis.removeEventListener(LOCALES_CHANGED, renderConnected);
  }

  /** The provider's config, if the widget sits inside one. */
  protected get config(): HavenConfig | undefined {
    return this._config.value;
  }

  /** The locale in force: own attribute, provider, nearest `lang`, English. */
  get resolvedLocale(): string {
    return (
      this.locale ||
      this.config?.locale ||
      this.closest<HTMLElement>('[lang]')?.lang ||
      'en'
    );
  }

  protected get resolvedTheme(): Theme {
    // The provider checked its own; an unknown one from another copy's would be `auto` anyway.
    return checkTheme(this, this.theme) ?? this.config?.theme ?? 'auto';
  }

  /** Classes for the template's root element: the theme, and nothing else to compute. */
  protected get rootClasses(): string {
    return `root theme-${this.resolvedTheme}`;
  }

  /** For the root's `dir`: `rtl` when the widget's own or provided locale is right-to-left; no attribute (inherit) when neither is set. */
  protected get resolvedDir(): 'rtl' | 'ltr' | typeof nothing {
    const explicit = this.locale || this.config?.locale;
    return explicit ? (isRtl(explicit) ? 'rtl' : 'ltr') : nothing;
  }

  /** This widget's strings: English, the locale's, then the provider's override. */
  protected strings<K extends Section>(section: K, english: HavenStrings[K]): HavenStrings[K] {
    return resolveStrings(section, english, this.resolvedLocale, this.config?.strings);
  }

  /** Content the provider shares for this widget, unvalidated: the widget parses it. */
  protected providedContent<K extends keyof HavenContent>(key: K): unknown {
    return this.config?.content?.[key];
  }

  /** Fires `haven-<name>`, bubbling out of the shadow root, as DESIGN.md asks. */
  protected emit<T>(name: string, detail: T): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }
}
