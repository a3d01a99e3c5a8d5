import { html, nothing, type TemplateResult } from 'lit';
import { HavenElement } from '../../core/haven-element.js';
import { baseStyles } from '../../core/styles.js';
import { LightDomController, readContent } from '../../core/content.js';
import { moveFocus } from '../../core/controllers/arrow-keys.js';
import { Announcer } from '../../core/controllers/announcer.js';
import { localesRevision } from '../../core/strings.js';
import { warn, warnAll } from '../../core/warn.js';
import { empathyPrompts as english, type EmpathyPromptsStrings } from '../../locales/en/empathy-prompts.js';
import { empathyPromptsStyles } from './empathy-prompts.styles.js';
import { Deck, seeded } from './prompt-deck.js';
import {
  blankParts,
  emptySets,
  fill,
  fromTable,
  hasPrompts,
  parseCategories,
  looksLikeList,
  parsePrompts,
  promptsFromLists,
  CATEGORIES,
  type PromptCategory,
  type PromptInput,
  type PromptSets,
} from './prompts-content.js';

export interface HavenPromptDetail {
  category: PromptCategory;
  /** The prompt as shown, its blank filled when a feeling word is chosen. */
  text: string;
}

/**
 * Words that help someone offering peer support listen instead of fixing: reflective
 * statements, open questions, validating phrases, and kind ways to state one's own limits.
 * One prompt at a time, with Another, Copy and Show all. The category chooser follows the
 * WAI-ARIA tabs pattern (automatic activation).
 *
 * Content, first found wins: the `prompts` property; a child `<script type="application/json">`
 * holding an array of `{ category, text }`; `<ul data-category="ask"><li>…</li></ul>` lists
 * inside the element (readable before the script loads); the provider's
 * `content.empathyPrompts`; the built-in prompts of the locale. `___` in a prompt is a blank
 * that a feeling word can fill.
 *
 * @summary Reflective statements, open questions, validating phrases and kind limits for peer supporters, one at a time, ready to copy.
 * @tag haven-empathy-prompts
 *
 * @fires {CustomEvent<HavenPromptDetail>} haven-prompt - A visitor brought up a prompt
 *   (Another, or a category). Not fired for changes the page makes through properties.
 * @fires {CustomEvent<HavenPromptDetail>} haven-copy - A visitor copied the prompt shown.
 *
 * @csspart base - The wrapper of everything.
 * @csspart tabs - The category chooser (tablist).
 * @csspart tab - One category.
 * @csspart panel - The prompt, its controls and the list.
 * @csspart prompt - The prompt shown.
 * @csspart blank - An unfilled blank in a prompt.
 * @csspart word - A feeling word filling a blank.
 * @csspart feeling - The feeling-word chooser (label and select).
 * @csspart copy-field - The read-only field (a textarea) offered when the browser refuses to copy.
 * @csspart actions - The row of buttons.
 * @csspart another - The "Another" button.
 * @csspart copy - The "Copy" button.
 * @csspart show-all - The "Show all" / "Hide all" button.
 * @csspart list - Every prompt of the category.
 *
 * @cssprop --haven-empathy-prompts-accent - Accent of this widget alone (selected tab, buttons, prompt bar). Default: the shared accent.
 * @cssprop --haven-empathy-prompts-card - Background behind the prompt. Default: the shared surface colour.
 */
export class HavenEmpathyPrompts extends HavenElement {
  // locale and theme come from HavenElement: Lit copies a superclass's properties down.
  static override properties = {
    prompts: { attribute: false },
    category: {},
    categories: {},
    seed: {},
  };

  static override styles = [baseStyles, empathyPromptsStyles];

  /** The prompts, `{ category, text }[]`. Wins over every other content source. */
  prompts?: PromptInput[];

  /**
   * The category shown: `reflect`, `ask`, `validate` or `boundaries`. Follows the visitor's
   * choice. Default: the first category shown.
   * @label Kind shown first
   * @choice '' The first kind shown
   * @choice reflect Reflecting back
   * @choice ask Open questions
   * @choice validate Validating
   * @choice boundaries Kind limits
   */
  category?: PromptCategory;

  /**
   * The categories to show, in order, separated by spaces or commas (`ask validate`). Default: all that have prompts.
   * @label Kinds to show
   * @hint None ticked: all that have prompts.
   * @control checkboxes
   * @choices PromptCategory
   * @choice reflect Reflecting back
   * @choice ask Open questions
   * @choice validate Validating
   * @choice boundaries Kind limits
   * @editors wordpress
   */
  categories?: string;

  /**
   * Any text: the same shuffle on every load (tests, screenshots). Default: a new order on each load.
   * @label Shuffle seed
   * @hint Optional: any word makes the order the same on every visit.
   * @editors builder
   */
  seed?: string;

  private _sets = emptySets();
  private _shown: PromptCategory[] = [];
  private _decks: Partial<Record<PromptCategory, Deck>> = {};
  private _word = '';
  private _all = false;
  private _field?: boolean;
  private readonly _light = new LightDomController(this);
  private readonly _announcer = new Announcer(this);

  private get _s(): EmpathyPromptsStrings {
    return this.strings('empathyPrompts', english);
  }

  /** The prompt shown now, as Copy copies it. */
  get currentPrompt(): HavenPromptDetail {
    const category = this._active();
    return { category, text: fill(this._prompt(category), this._word) };
  }

  protected override willUpdate(): void {
    if (this._light.changed([this.prompts, this.config, this.resolvedLocale, localesRevision(), this.categories, this.seed])) {
      this._sets = this._readSets();
      // A feeling word chosen in another language (the page's lang changed) no longer fits.
      if (!this._s.feelings.includes(this._word)) this._word = '';
      this._decks = {};
      const { value, problems } = parseCategories(this.categories);
      warnAll(this, problems);
      const has = (c: PromptCategory) => this._sets[c].length;
      this._shown = value.filter(has);
      if (!this._shown.length) {
        warn(this, 'categories', 'has no prompts; showing all.');
        this._shown = CATEGORIES.filter(has);
      }
    }
  }

  protected override render(): TemplateResult {
    const s = this._s;
    const cat = this._active();
    const list = this._sets[cat];
    const prompt = this._prompt(cat);
    const tabs = this._shown.length > 1;
    // Compact on purpose: Lit keeps the whitespace of html`` templates in the bundle.
    return html`<div class=${this.rootClasses} dir=${this.resolvedDir} part="base">${tabs
        ? html`<div part="tabs" role="tablist" aria-label=${s.label} @keydown=${this._onKeydown}>${this._shown.map(
            (c) =>
              html`<button part="tab" role="tab" id="tab-${c}" aria-selected=${c === cat} aria-controls="panel" tabindex=${c === cat ? 0 : -1} @click=${() => this._select(c)}>${s[c]}</button>`,
          )}</div>`
        : nothing}<div part="panel" id="panel" role=${tabs ? 'tabpanel' : nothing} aria-labelledby=${tabs ? `tab-${cat}` : nothing}><p part="prompt" dir="auto">${this._sentence(prompt, this._word, s)}</p>${blankParts(prompt).length > 1
        ? html`<label part="feeling">${s.feeling}<select @change=${this._onWord}><option value="" .selected=${!this._word}>${s.leaveBlank}</option>${s.feelings.map(
            (w) => html`<option .selected=${w === this._word}>${w}</option>`,
          )}</select></label>`
        : nothing}${this._field
        ? html`<label>${s.copyHere}<textarea part="copy-field" dir="auto" readonly rows="2" .value=${fill(prompt, this._word)}></textarea></label>`
        : nothing}<div class="actions" part="actions">${list.length > 1 ? html`<button class="primary" part="another" @click=${this._another}>${s.another}</button>` : nothing}<button part="copy" @click=${this._copy}>${s.copy}</button><button class="more" part="show-all" aria-expanded=${this._all} aria-controls="all" @click=${this._toggleAll}>${this._all ? s.hideAll : s.showAll}</button></div><ul part="list" id="all" ?hidden=${!this._all}>${this._all ? list.map((p) => html`<li dir="auto">${this._sentence(p, '', s)}</li>`) : nothing}</ul></div>${this._announcer.region()}</div>`;
  }

  /**
   * The prompt as text and blanks: a blank shows as `___` and reads as what goes there, "(a
   * feeling word)", never as underscores or as "blank" (heard as a feeling: numb).
   */
  private _sentence(prompt: string, word: string, s: EmpathyPromptsStrings): unknown[] {
    return blankParts(prompt).map((part, i) =>
      i
        ? [
            word
              ? html`<b part="word">${word}</b>`
              : html`<b part="blank"><span aria-hidden="true">___</span><span class="visually-hidden">${s.blank}</span></b>`,
            part,
          ]
        : part,
    );
  }

  /** The category in force: the `category` property when it is shown, else the first. */
  private _active(): PromptCategory {
    const first = this._shown[0] ?? 'reflect';
    const c = this.category;
    if (c === undefined || this._shown.includes(c)) return c ?? first;
    warn(this, 'category', `"${c}" is not shown; showing "${first}".`);
    return first;
  }

  private _deck(category: PromptCategory): Deck {
    return (this._decks[category] ??= new Deck(this._sets[category].length, this.seed == null ? undefined : seeded(`${this.seed}:${category}`)));
  }

  private _prompt(category: PromptCategory): string {
    return this._sets[category][this._deck(category).current] ?? '';
  }

  /** The first content source with valid prompts, else the locale's, else English. */
  private _readSets(): PromptSets {
    const found = readContent(this, {
      property: this.prompts,
      name: 'prompts',
      parse: parsePrompts,
      markup: () => promptsFromLists(this),
      provided: this.providedContent('empathyPrompts'),
      key: 'empathyPrompts',
      usable: hasPrompts,
      looks: looksLikeList,
    });
    if (found) return found;
    const localised = parsePrompts(fromTable(this._s.prompts), 'strings empathyPrompts.prompts');
    warnAll(this, localised.problems);
    return hasPrompts(localised.value) ? localised.value : parsePrompts(fromTable(english.prompts), '').value;
  }

  /** Hides the copy field (the text it held has changed) and renders again. */
  private _changed(): void {
    this._field = false;
    this.requestUpdate();
  }

  /** A visitor's change of prompt: tells the page, and returns the prompt now shown. */
  private _shownByVisitor(): HavenPromptDetail {
    const detail = this.currentPrompt;
    this._changed();
    this.emit<HavenPromptDetail>('haven-prompt', detail);
    return detail;
  }

  private _select(category: PromptCategory): void {
    if (category === this._active()) return;
    this.category = category;
    this._shownByVisitor();
  }

  private _another(): void {
    this._deck(this._active()).next();
    // Said as the prompt reads: a blank no word fills says "(a feeling word)", not underscores.
    this._announcer.announce(fill(this._shownByVisitor().text, this._s.blank));
  }

  private _onWord(event: Event): void {
    this._word = (event.target as HTMLSelectElement).value;
    this._changed();
  }

  private _toggleAll(): void {
    this._all = !this._all;
    this.requestUpdate();
  }

  private _onKeydown(event: KeyboardEvent): void {
    const tabs = [...this.renderRoot.querySelectorAll<HTMLElement>('[role=tab]')];
    const rtl = getComputedStyle(event.currentTarget as Element).direction === 'rtl';
    const to = moveFocus(event, tabs, { orientation: 'horizontal', rtl });
    if (to) this._select(this._shown[tabs.indexOf(to)]!);
  }

  /**
   * The Clipboard API first. Where the browser refuses (no user gesture, an insecure page),
   * the text is shown selected in a read-only field and copied the old way; if that fails
   * too, it stays selected there and the visitor is told to copy it.
   */
  private async _copy(): Promise<void> {
    const s = this._s;
    const detail = this.currentPrompt;
    try {
      await navigator.clipboard.writeText(detail.text);
    } catch {
      this._field = true;
      this.requestUpdate();
      await this.updateComplete;
      const field = this.renderRoot.querySelector('textarea')!;
      field.focus();
      field.select();
      let copied = false;
      try {
        copied = document.execCommand('copy');
      } catch {
        // Treated as refused.
      }
      if (!copied) return this._announcer.announce(s.copyHere);
      this._changed();
      this.renderRoot.querySelector<HTMLElement>('[part=copy]')!.focus();
    }
    this._announcer.announce(s.copied);
    this.emit<HavenPromptDetail>('haven-copy', detail);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'haven-empathy-prompts': HavenEmpathyPrompts;
  }
  interface HTMLElementEventMap {
    'haven-prompt': CustomEvent<HavenPromptDetail>;
    'haven-copy': CustomEvent<HavenPromptDetail>;
  }
}
