import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { HavenElement } from '../../core/haven-element.js';
import { baseStyles } from '../../core/styles.js';
import { GENERATED, LightDomController, parseHeadingLevel, readContent } from '../../core/content.js';
import { moveFocus } from '../../core/controllers/arrow-keys.js';
import { warnAll } from '../../core/warn.js';
import { localesRevision } from '../../core/strings.js';
import { faq as english } from '../../locales/en/faq.js';
import { faqStyles } from './faq.styles.js';
import {
  faqPageJsonLd,
  itemsFromDetails,
  looksLikeItem,
  paragraphs,
  parseItems,
  type FaqItem,
  type FaqItemInput,
} from './faq-content.js';

export interface HavenToggleDetail {
  /** The item's id, as used in `#id` links. */
  id: string;
  open: boolean;
}

/** From this many items on, off-screen items are not laid out until scrolled to. */
const LONG = 50;
/** APG: past about six panels that can all be open, regions become landmark noise. */
const MAX_REGIONS = 6;

/** A paragraph of text as a node, made once per item: cheaper than a template for each of 1,000 answers, and text only. */
function paragraph(text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
}

/**
 * An accessible FAQ accordion (WAI-ARIA Authoring Practices accordion pattern).
 *
 * Content, first found wins: the `items` property; a child `<script type="application/json">`
 * holding an array of `{ id?, question, answer, open? }`; child `<details><summary>` elements
 * (readable before the script loads, their markup kept); the provider's `content.faq`; the
 * built-in questions of the locale.
 *
 * @summary Questions and answers that open and close, readable without scripts, linkable and found by search in the page.
 * @tag haven-faq
 *
 * @fires {CustomEvent<HavenToggleDetail>} haven-toggle - A visitor opened or closed an item
 *   (question button, Show all, find-in-page, or a link to `#id`). Not fired for changes
 *   the page makes through properties.
 *
 * @csspart base - The wrapper of everything.
 * @csspart toggle-all - The "Show all answers / Hide all answers" button.
 * @csspart item - One question with its answer.
 * @csspart heading - The heading that holds a question button.
 * @csspart question - The button that opens and closes an answer.
 * @csspart icon - The chevron in a question button.
 * @csspart answer - An answer's panel.
 *
 * @cssprop --haven-faq-accent - Accent of the FAQ alone (chevrons, Show all). Default: the shared accent.
 * @cssprop --haven-faq-divider - Line between questions. Default: the shared border colour.
 */
export class HavenFaq extends HavenElement {
  // HavenElement's own (locale, theme) are inherited: Lit reads the class chain.
  static override properties = {
    items: { attribute: false },
    headingLevel: { attribute: 'heading-level' },
    single: { type: Boolean, reflect: true },
    structuredData: { type: Boolean, attribute: 'structured-data' },
  };

  static override styles = [baseStyles, faqStyles];

  /** The questions and answers. Wins over every other content source. */
  items?: FaqItemInput[];

  /**
   * Level (2–6) of the headings that hold the questions.
   * @label Heading level of the questions
   * @hint One below the heading above the FAQ on your page.
   * @range 2-6
   */
  headingLevel: number | string = 3;

  /**
   * Keep at most one answer open: opening one closes the others. Hides "Show all".
   * @label Only one answer open at a time
   */
  single = false;

  /**
   * Write schema.org FAQPage JSON-LD for the shown items into the light DOM.
   * @label Tell search engines this is an FAQ
   * @hint Adds schema.org FAQPage data.
   */
  structuredData = false;

  /** Open item ids. Replaced, never mutated; a visitor's change calls requestUpdate. */
  private _open: ReadonlySet<string> = new Set();
  private _items: FaqItem[] = [];
  private _known = new Set<string>();
  private _hashApplied = false;
  private readonly _light = new LightDomController(this);

  /** The items shown, after validation: ids filled in, bad entries left out. */
  get shownItems(): readonly FaqItemInput[] {
    return this._items.map(({ id, question, answer }) => ({ id, question, answer, open: this._open.has(id) }));
  }

  /** The FAQs on the page, answering one hashchange listener (as HavenElement's locale listener, one for all). */
  private static readonly _connected = new Set<HavenFaq>();
  private static readonly _onHashChange = (): void => {
    for (const faq of HavenFaq._connected) void faq._openFromHash(true);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    if (!HavenFaq._connected.size) window.addEventListener('hashchange', HavenFaq._onHashChange);
    HavenFaq._connected.add(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    HavenFaq._connected.delete(this);
    if (!HavenFaq._connected.size) window.removeEventListener('hashchange', HavenFaq._onHashChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this._light.changed([this.items, this.config, this.resolvedLocale, localesRevision()])) {
      this._setItems(this._readItems());
    }
    if (changed.has('single') && this.single && this._open.size > 1) {
      this._open = new Set([...this._open].slice(0, 1));
    }
  }

  protected override render(): TemplateResult {
    const s = this.strings('faq', english);
    const level = this._headingLevel();
    const items = this._items;
    const allOpen = items.every((item) => this._open.has(item.id));
    const regions = items.length <= MAX_REGIONS;
    // No whitespace between elements: Lit would ship it and render it as text nodes.
    return html`<div class=${this.rootClasses} dir=${this.resolvedDir} part="base">${
      this.single || items.length < 2
        ? nothing
        : html`<div class="controls"><button type="button" class="toggle-all" part="toggle-all" aria-expanded=${allOpen} @click=${this._toggleAll}>${
            allOpen ? s.hideAll : s.showAll
          }</button></div>`
    }<div
        class=${items.length > LONG ? 'long' : ''}
        @keydown=${this._onKeydown}
        @click=${this._onClick}
        @beforematch=${this._onBeforeMatch}
      >${items.map((item, i) => {
          const open = this._open.has(item.id);
          // Line breaks fall inside tags, not between them: no whitespace text nodes to
          // create for each of possibly 1,000 items, and fewer bytes. Clicks and beforematch
          // are handled once on the list, not by two listeners per item.
          return html`<div class="item" part="item"
            ><div class="heading" part="heading" role="heading" aria-level=${level}
              ><button type="button" class="question" part="question" id="q${i}" aria-expanded=${open}
                aria-controls="a${i}"
                ><span class="question-text" dir="auto">${item.question}</span
                ><span class="icon" part="icon" aria-hidden="true"></span
              ></button
            ></div
            ><div class="answer" part="answer" id="a${i}" role=${regions && open ? 'region' : nothing}
              aria-labelledby=${regions && open ? `q${i}` : nothing} hidden=${open ? nothing : 'until-found'}
              ><div class="answer-body" dir="auto">${(item.nodes ??= paragraphs(item.answer).map(paragraph))}</div
            ></div
          ></div>`;
        })}</div></div>`;
  }

  protected override updated(): void {
    this._writeStructuredData();
    if (!this._hashApplied && this._items.length) {
      this._hashApplied = true;
      // Most pages have no hash: no promise and no search per FAQ for nothing.
      if (location.hash) void this._openFromHash(false);
    }
  }

  private _headingLevel(): number {
    const { value, problems } = parseHeadingLevel(this.headingLevel);
    warnAll(this, problems);
    return value;
  }

  /** The first content source with valid items, else the locale's built-in questions. */
  private _readItems(): FaqItem[] {
    return (
      readContent(this, {
        property: this.items,
        name: 'items',
        parse: parseItems,
        markup: () => itemsFromDetails(this),
        provided: this.providedContent('faq'),
        key: 'faq',
        usable: (items) => items.length > 0,
        looks: looksLikeItem,
      }) ?? parseItems(this.strings('faq', english).items, 'strings faq.items').value
    );
  }

  private _setItems(items: FaqItem[]): void {
    const ids = new Set(items.map((item) => item.id));
    const open = new Set([...this._open].filter((id) => ids.has(id)));
    for (const item of items) {
      if (item.open && !this._known.has(item.id)) open.add(item.id);
      this._known.add(item.id);
    }
    this._items = items;
    this._open = this.single ? new Set([...open].slice(0, 1)) : open;
  }

  /**
   * The item whose heading (for clicks) or answer panel (for beforematch) holds the event's
   * target. Found by position under the list, never by class name: an answer's own markup,
   * copied from the site's <details>, may use the same class names.
   */
  private _itemOf(event: Event, within: 'heading' | 'answer'): FaqItem | undefined {
    const list = event.currentTarget as Element;
    let node = event.target as Element | null;
    let part: Element | null = null;
    while (node && node.parentElement !== list) [part, node] = [node, node.parentElement];
    if (!node || !part?.classList.contains(within)) return undefined;
    return this._items[[...list.children].indexOf(node)];
  }

  private _onClick(event: Event): void {
    const item = this._itemOf(event, 'heading');
    if (item) this._setOpen(item, !this._open.has(item.id));
  }

  private _onBeforeMatch(event: Event): void {
    const item = this._itemOf(event, 'answer');
    if (item) this._setOpen(item, true);
  }

  /** A visitor's change: updates state and fires `haven-toggle` for each item that changed. */
  private _setOpen(item: FaqItem, open: boolean): void {
    if (this._open.has(item.id) === open) return;
    const next = new Set(this._open);
    const changed: HavenToggleDetail[] = [{ id: item.id, open }];
    if (open) {
      if (this.single) {
        for (const id of next) changed.push({ id, open: false });
        next.clear();
      }
      next.add(item.id);
    } else {
      next.delete(item.id);
    }
    this._open = next;
    this.requestUpdate();
    for (const detail of changed) this.emit<HavenToggleDetail>('haven-toggle', detail);
  }

  private _toggleAll(): void {
    const open = !this._items.every((item) => this._open.has(item.id));
    const changed = this._items.filter((item) => this._open.has(item.id) !== open);
    this._open = new Set(open ? this._items.map((item) => item.id) : []);
    this.requestUpdate();
    for (const item of changed) this.emit<HavenToggleDetail>('haven-toggle', { id: item.id, open });
  }

  private _onKeydown(event: KeyboardEvent): void {
    // The accordion's keys: vertical and wrapping, moveFocus's defaults.
    moveFocus(event, [...this.renderRoot.querySelectorAll<HTMLElement>('.question')]);
  }

  /** `#id` in the address opens that item and brings it into view; a click on a link also focuses it. */
  private async _openFromHash(fromLink: boolean): Promise<void> {
    let id: string;
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      return;
    }
    const index = this._items.findIndex((item) => item.id === id);
    if (index < 0) return;
    const item = this._items[index]!;
    if (fromLink) this._setOpen(item, true);
    else if (!this._open.has(id)) {
      this._open = new Set([...(this.single ? [] : this._open), id]);
      this.requestUpdate();
    }
    await this.updateComplete;
    const button = this.renderRoot.querySelector<HTMLElement>(`#q${index}`);
    button?.scrollIntoView({ block: 'start' });
    if (fromLink) button?.focus({ preventScroll: true });
  }

  private _writeStructuredData(): void {
    let script = this.querySelector<HTMLScriptElement>(`:scope > script[${GENERATED}]`);
    if (!this.structuredData) {
      script?.remove();
      return;
    }
    if (!script) {
      script = document.createElement('script');
      script.type = 'application/ld+json';
      script.setAttribute(GENERATED, '');
      this.append(script);
    }
    const json = faqPageJsonLd(this._items);
    if (script.textContent !== json) script.textContent = json;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'haven-faq': HavenFaq;
  }
  interface HTMLElementEventMap {
    'haven-toggle': CustomEvent<HavenToggleDetail>;
  }
}
