import { LitElement, css, html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ContextProvider } from '@lit/context';
import { checkTheme, havenContext, type HavenConfig, type HavenContent, type Theme } from '../../core/context.js';
import { JSON_CHILD, LightDomController, jsonChild, parseJson, unknownFields } from '../../core/content.js';
import type { StringsOverride } from '../../core/strings.js';
import { warnAll, warnUnknownAttributes, type Problem } from '../../core/warn.js';

const KEYS = ['locale', 'theme', 'strings', 'content'];
/** Every key of `content`, one per widget that takes content (and the emergency number). */
const CONTENT = ['faq', 'helplines', 'emergencyNumber', 'empathyPrompts', 'stageTable'];

/**
 * Shares locale, strings, theme and the organisation's content with every haven widget
 * inside it. A widget's own attributes win over what the provider shares.
 *
 * In a CMS, where properties cannot be set, put the config in a child
 * `<script type="application/json">{ "strings": {…}, "content": { "faq": […] } }</script>`.
 * Properties win over that JSON.
 *
 * @summary Shares locale, strings, theme and content with the widgets inside it.
 * @tag haven-provider
 * @slot - The widgets (and anything else) the config applies to.
 */
export class HavenProvider extends LitElement {
  static override properties: PropertyDeclarations = {
    locale: { reflect: true },
    theme: { reflect: true },
    strings: { attribute: false },
    content: { attribute: false },
  };

  /*
   * No box of its own, so its children stay the items of the site's flex or grid (its gaps
   * between them included). A layout that sizes a container's children (WordPress's column:
   * `max-width` and auto side margins, its block gap as a top margin; a theme's `width`; a
   * row's `flex`) matches the provider itself: it passes those on to each child through the
   * slot, so a widget inside sits where it would sit without the provider. A rule a site
   * writes for the child itself still wins.
   */
  static override styles = css`
    :host {
      display: contents;
    }
    slot,
    ::slotted(*) {
      width: inherit;
      max-width: inherit;
      margin-left: inherit;
      margin-right: inherit;
      margin-block-start: inherit;
      flex: inherit;
    }
  `;

  /** Language for every widget inside (BCP 47). Default: each widget's nearest `lang`, else English. */
  locale?: string;

  /** `light`, `dark` or `auto` for every widget inside (`auto` follows the page's `color-scheme`, as on a widget). */
  theme?: Theme;

  /** Any string of any widget, by section: `{ faq: { showAll: 'Open all' } }`. */
  strings?: StringsOverride;

  /** The organisation's content for the widgets: `{ faq: [{ question, answer }] }`. */
  content?: Partial<HavenContent>;

  private readonly _light = new LightDomController(this);
  private readonly _provider = new ContextProvider(this, { context: havenContext });
  private _json: HavenConfig = {};

  override connectedCallback(): void {
    super.connectedCallback();
    warnUnknownAttributes(this, HavenProvider.observedAttributes);
  }

  /** What the widgets inside receive. A new object on each change, so they all update. */
  get config(): HavenConfig {
    return this._provider.value ?? {};
  }

  protected override willUpdate(): void {
    if (this._light.changed()) {
      this._json = this._readJson();
    }
    const theme = checkTheme(this, this.theme ?? this._json.theme);
    const content = this.content ?? this._json.content;
    const problems: Problem[] = [];
    unknownFields([content], CONTENT, 'a provider content', 'content', problems);
    warnAll(this, problems);
    this._provider.setValue({
      // Unset, each widget follows its own nearest `lang` (and direction) instead.
      locale: this.locale || this._json.locale || undefined,
      theme,
      strings: this.strings ?? this._json.strings,
      content,
    });
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }

  private _readJson(): HavenConfig {
    const script = jsonChild(this);
    if (!script) return {};
    const { value, problems } = parseJson(script.textContent ?? '', JSON_CHILD);
    const object = (v: unknown) => (v && typeof v == 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);
    const config = object(value);
    unknownFields([config], KEYS, 'a provider option', JSON_CHILD, problems);
    if (!config && !problems.length) problems.push({ option: JSON_CHILD, message: 'must be an object: { locale, theme, strings, content }; it is ignored.' });
    warnAll(this, problems);
    return {
      locale: typeof config?.locale == 'string' ? config.locale : undefined,
      // Checked where the attribute's is (willUpdate), with the same warning.
      theme: config?.theme as Theme | undefined,
      strings: object(config?.strings),
      content: object(config?.content),
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'haven-provider': HavenProvider;
  }
}
