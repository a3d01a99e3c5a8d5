import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { HavenElement } from '../../core/haven-element.js';
import { baseStyles } from '../../core/styles.js';
import { LightDomController, parseHeadingLevel, quoted, readContent } from '../../core/content.js';
import { Announcer } from '../../core/controllers/announcer.js';
import { localesRevision } from '../../core/strings.js';
import { warn, warnAll } from '../../core/warn.js';
import { journal as english, type JournalStrings } from '../../locales/en/journal.js';
import { journalStyles } from './journal.styles.js';
import { JournalError } from './journal-error.js';
import { openDatabase, readRecord } from './journal-storage.js';
import { JournalVault } from './journal-vault.js';
import {
  KINDS,
  entriesAsText,
  hasPrompts,
  lookBackOrder,
  looksLikePrompts,
  parseJournalPrompts,
  promptsFromMarkup,
  type JournalPrompts,
} from './journal-content.js';
import type { JournalEntry, JournalEntryInput, JournalErrorReason, JournalKind } from './types.js';

export interface HavenJournalSavedDetail {
  /** The entry as added: in the page, and on the device while kept. */
  entry: JournalEntry;
}

export interface HavenJournalLockedDetail {
  /** What locked it: `asked` (lock()), `idle`, `hidden` (the page was hidden for long), `exit` (the quick exit). */
  trigger: 'asked' | 'idle' | 'hidden' | 'exit';
}

export interface HavenJournalErrorDetail {
  reason: JournalErrorReason;
}

/** How long the page may be hidden before a kept journal locks, at most (less when `lock-after` is less). */
const HIDDEN_LOCK_MS = 60_000;

/** What the panel below the writing shows, besides the look back. */
type Panel = '' | 'keep' | 'erase';

/**
 * A private journal after the guide's "Celebrating Progress and Growth": milestones,
 * feelings, three good things today, a kind word to yourself, and thoughts after a peer
 * conversation, each with gentle prompts; and a look back, milestones first. No streaks,
 * no counts, no reminders.
 *
 * By default nothing is kept: entries live in the page until it is left, and the widget
 * says so before the first word. "Save a copy" downloads them as a text file (made in the
 * page: no request). Only where the site sets `allow-keeping`, and only after the visitor
 * chooses "Keep on this device", entries are kept on this device, encrypted with a
 * passphrase (see docs/journal.md); they lock after `lock-after` idle minutes, when the page
 * is hidden for long, and at once on the quick exit's `haven-exit` (or are erased, with
 * `erase-on-exit`).
 *
 * Prompts, first found wins per kind: the `prompts` property (`{ milestone: ['…'] }`); a
 * child `<script type="application/json">` of the same shape; `<ul data-kind="milestone">
 * <li>…</li></ul>` lists inside the element; the provider's `content.journal`; the
 * built-in prompts of the locale. Kinds a site leaves out keep the built-in prompts.
 *
 * @summary A private journal with gentle prompts and a look back; kept by no one unless the site allows it and the visitor chooses, then locked with a passphrase.
 * @tag haven-journal
 *
 * @fires {CustomEvent<HavenJournalSavedDetail>} haven-journal-saved - An entry was added (by the visitor or `addEntry`).
 * @fires {CustomEvent<HavenJournalLockedDetail>} haven-journal-locked - A kept journal was locked (asked, idle, hidden, or the quick exit).
 * @fires {CustomEvent<HavenJournalErrorDetail>} haven-journal-error - An operation failed; `reason` is the vault's reason code.
 *
 * @csspart base - The wrapper of everything.
 * @csspart notice - What is kept, said before the first word.
 * @csspart kinds - The kind chooser.
 * @csspart prompt - The prompt shown.
 * @csspart field - The writing field.
 * @csspart add - The "Add to my journal" button.
 * @csspart actions - The row of Save a copy, Keep, Lock and Erase.
 * @csspart panel - The keeping explanation and passphrase fields, or the erase question.
 * @csspart message - What went wrong, in words.
 * @csspart look-back - The entries written.
 * @csspart entry - One entry; a milestone also has `milestone`.
 *
 * @cssprop --haven-journal-accent - Accent of this widget alone (buttons, the prompt's edge, milestones). Default: the shared accent.
 */
export class HavenJournal extends HavenElement {
  static override properties = {
    prompts: { attribute: false },
    allowKeeping: { type: Boolean, attribute: 'allow-keeping' },
    lockAfter: { attribute: 'lock-after' },
    eraseOnExit: { type: Boolean, attribute: 'erase-on-exit' },
    headingLevel: { attribute: 'heading-level' },
  };

  static override styles = [baseStyles, journalStyles];

  /** The prompts by kind, `{ milestone: ['…'], peer: ['…'] }`. Wins over every other content source. */
  prompts?: JournalPrompts;

  /**
   * Lets the visitor choose to keep entries on this device, encrypted with a passphrase.
   * Without it nothing is ever stored.
   * @label Let visitors keep their journal on their device
   * @hint Encrypted with a passphrase they choose; nothing is kept unless they choose it too.
   */
  allowKeeping = false;

  /**
   * Minutes without use after which a kept journal locks (1–60).
   * @label Lock after (minutes)
   * @hint How long a kept journal stays open without use.
   * @range 1-60
   */
  lockAfter: number | string = 5;

  /**
   * The quick exit erases a kept journal instead of locking it.
   * @label Erase the journal on quick exit
   * @hint Instead of locking it: safer on a device someone checks, but it cannot be undone.
   */
  eraseOnExit = false;

  /**
   * Level (2–6) of the "Look back" heading.
   * @label Heading level of "Look back"
   * @range 2-6
   */
  headingLevel: number | string = 3;

  private readonly _vault = new JournalVault();
  private readonly _light = new LightDomController(this);
  private readonly _announcer = new Announcer(this);
  private _prompts: Record<JournalKind, string[]> = { ...english.prompts };
  private _kind: JournalKind = 'milestone';
  private _promptAt: Partial<Record<JournalKind, number>> = {};
  private _draft = '';
  private _panel: Panel = '';
  private _mismatch = false;
  private _message = '';
  private _busy = false;
  /** A journal kept on this device was found (only looked for with `allow-keeping`). */
  private _found = false;
  private _idleTimer?: ReturnType<typeof setTimeout>;
  private _hiddenTimer?: ReturnType<typeof setTimeout>;

  /** The entries this page can show, oldest first: none while locked. */
  get entries(): readonly JournalEntry[] {
    return this._vault.entries;
  }

  /** True while entries are kept on this device and locked. */
  get locked(): boolean {
    return this._vault.locked;
  }

  /** True while entries are kept on this device (locked or not). */
  get keeping(): boolean {
    return this._vault.keeping;
  }

  /** Starts keeping entries on this device, encrypted with `passphrase`. Rejects with a JournalError. */
  keepOnDevice(passphrase: string): Promise<void> {
    return this._run(this._vault.keepOnDevice(passphrase));
  }

  /** Opens what this device keeps. Rejects with a JournalError (`wrong-passphrase`: nothing changed). */
  unlock(passphrase: string): Promise<void> {
    return this._run(this._vault.unlock(passphrase));
  }

  /** Locks a kept journal at once: the key and the entries are forgotten by the page. */
  lock(): void {
    this._lock('asked');
  }

  /** Erases everything: what this device keeps and the entries in this page. */
  erase(): Promise<void> {
    this._draft = '';
    this._found = false;
    return this._run(this._vault.erase());
  }

  /** Adds an entry and resolves to it; fires `haven-journal-saved`. Rejects with a JournalError. */
  async addEntry(input: JournalEntryInput): Promise<JournalEntry> {
    try {
      const entry = await this._run(this._vault.addEntry(input));
      this.emit<HavenJournalSavedDetail>('haven-journal-saved', { entry });
      return entry;
    } catch (e) {
      // Added in the page though it could not be stored: it is saved where it can be.
      if (e instanceof JournalError && e.entry) this.emit<HavenJournalSavedDetail>('haven-journal-saved', { entry: e.entry });
      throw e;
    }
  }

  /** Runs a vault operation: re-renders after it, and turns a failure into words and `haven-journal-error`. */
  private async _run<T>(work: Promise<T>): Promise<T> {
    this._message = '';
    this._busy = true;
    this.requestUpdate();
    try {
      const result = await work;
      this._armIdle();
      return result;
    } catch (e) {
      const reason: JournalErrorReason = e instanceof JournalError ? e.reason : 'storage-refused';
      this._message = this._s.errors[reason];
      this.emit<HavenJournalErrorDetail>('haven-journal-error', { reason });
      throw e instanceof JournalError ? e : new JournalError(reason, String(e));
    } finally {
      this._busy = false;
      this.requestUpdate();
    }
  }

  private get _s(): JournalStrings {
    return this.strings('journal', english);
  }

  private _lock(trigger: HavenJournalLockedDetail['trigger']): void {
    clearTimeout(this._idleTimer);
    clearTimeout(this._hiddenTimer);
    if (!this._vault.keeping) return;
    const was = this._vault.locked;
    this._vault.lock();
    // What was being written goes too: a locked journal shows nothing of it.
    this._draft = '';
    this._panel = '';
    this.requestUpdate();
    if (was) return;
    this._announcer.announce(this._s.lockedNow);
    this.emit<HavenJournalLockedDetail>('haven-journal-locked', { trigger });
  }

  /** The minutes of `lock-after`, checked: 1 to 60, else 5 with a warning. */
  private _lockAfterMs(): number {
    const n = Number(this.lockAfter);
    if (n >= 1 && n <= 60) return n * 60_000;
    warn(this, 'lock-after', `${quoted(this.lockAfter)} is not a number of minutes from 1 to 60; using 5.`);
    return 300_000;
  }

  private _armIdle = (): void => {
    clearTimeout(this._idleTimer);
    if (this._vault.keeping && !this._vault.locked) this._idleTimer = setTimeout(() => this._lock('idle'), this._lockAfterMs());
  };

  private readonly _onVisibility = (): void => {
    clearTimeout(this._hiddenTimer);
    if (document.visibilityState === 'hidden' && this._vault.keeping && !this._vault.locked) {
      this._hiddenTimer = setTimeout(() => this._lock('hidden'), Math.min(HIDDEN_LOCK_MS, this._lockAfterMs()));
    }
  };

  private readonly _onExit = (): void => {
    if (this.eraseOnExit) {
      if (this._vault.keeping || this._found) void this.erase().catch(() => undefined);
    } else {
      this._lock('exit');
    }
  };

  private readonly _onVaultChange = (): void => this.requestUpdate();

  override connectedCallback(): void {
    super.connectedCallback();
    // The quick exit fires `haven-exit` on itself, bubbling to the window; capture sees it first.
    globalThis.addEventListener('haven-exit', this._onExit, true);
    document.addEventListener('visibilitychange', this._onVisibility);
    this._vault.addEventListener('change', this._onVaultChange);
    this.addEventListener('input', this._armIdle);
    this.addEventListener('keydown', this._armIdle);
    this.addEventListener('pointerdown', this._armIdle);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener('haven-exit', this._onExit, true);
    document.removeEventListener('visibilitychange', this._onVisibility);
    this._vault.removeEventListener('change', this._onVaultChange);
    clearTimeout(this._idleTimer);
    clearTimeout(this._hiddenTimer);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (this._light.changed([this.prompts, this.config, this.resolvedLocale, localesRevision()])) {
      const site =
        readContent(this, {
          property: this.prompts,
          name: 'prompts',
          parse: parseJournalPrompts,
          markup: () => promptsFromMarkup(this),
          provided: this.providedContent('journal'),
          key: 'journal',
          usable: hasPrompts,
          looks: looksLikePrompts,
        }) ?? {};
      const builtIn = this._s.prompts;
      this._prompts = Object.fromEntries(KINDS.map((k) => [k, site[k] ?? builtIn[k] ?? english.prompts[k]])) as Record<JournalKind, string[]>;
    }
    if (changed.has('allowKeeping') && this.allowKeeping && !this._vault.keeping) void this._lookForKept();
  }

  /** Whether this device keeps a journal, asked without creating anything (only with `allow-keeping`). */
  private async _lookForKept(): Promise<void> {
    try {
      const db = await openDatabase(false);
      if (!db) return;
      try {
        this._found = (await readRecord(db)) !== undefined;
      } finally {
        db.close();
      }
    } catch {
      // Storage refused: nothing can be kept here, which keepOnDevice will say in words.
    }
    this.requestUpdate();
  }

  protected override render(): TemplateResult {
    const s = this._s;
    const level = parseHeadingLevel(this.headingLevel);
    warnAll(this, level.problems);
    const locked = this._vault.locked || (this._found && !this._vault.keeping);
    const entries = this._vault.entries;
    return html`<div class=${this.rootClasses} dir=${this.resolvedDir} part="base"><p class="notice" part="notice" id="notice" tabindex="-1">${locked ? s.lockedNotice : this._vault.keeping ? s.keptNotice : s.notice}</p>${locked ? this._unlockForm(s) : this._writing(s)}${this._message
      ? html`<p class="message" part="message" role="alert">${this._message}</p>`
      : nothing}${this._actions(s, entries.length > 0, locked)}${this._panel === 'keep' ? this._keepPanel(s) : this._panel === 'erase' ? this._erasePanel(s) : nothing}${locked
      ? nothing
      : html`<section part="look-back" aria-labelledby="back"><div class="heading" id="back" role="heading" aria-level=${level.value}>${s.lookBack}</div>${entries.length
          ? html`<ul>${lookBackOrder(entries).map((e) => this._entry(e, s))}</ul>`
          : html`<p class="quiet">${s.nothingYet}</p>`}</section>`}${this._announcer.region()}</div>`;
  }

  private _writing(s: JournalStrings): TemplateResult {
    const list = this._prompts[this._kind];
    const prompt = list[(this._promptAt[this._kind] ?? 0) % list.length] ?? '';
    return html`<fieldset class="kinds" part="kinds"><legend>${s.kindLegend}</legend>${KINDS.map(
      (k) => html`<label><input type="radio" name="kind" value=${k} .checked=${k === this._kind} @change=${() => this._choose(k)} />${s[k]}</label>`,
    )}</fieldset><div class="write"><p class="prompt" part="prompt" id="prompt" dir="auto">${prompt}</p>${list.length > 1
      ? html`<button class="link" @click=${this._another}>${s.anotherPrompt}</button>`
      : nothing}<label for="field">${s.write}</label><textarea id="field" part="field" dir="auto" rows="5" aria-describedby="prompt" .value=${live(this._draft)} @input=${this._onInput}></textarea><button class="primary" part="add" ?disabled=${this._busy} @click=${this._add}>${s.add}</button></div>`;
  }

  private _unlockForm(s: JournalStrings): TemplateResult {
    return html`<form class="unlock" @submit=${this._onUnlock}><label for="unlock">${s.passphrase}</label><input id="unlock" type="password" autocomplete="current-password" /><button class="primary" ?disabled=${this._busy}>${s.unlock}</button></form>`;
  }

  private _actions(s: JournalStrings, any: boolean, locked: boolean): TemplateResult {
    const open = this._vault.keeping && !locked;
    return html`<div class="actions" part="actions">${any ? html`<button id="copy" @click=${this._saveCopy}>${s.saveCopy}</button>` : nothing}${this.allowKeeping && !this._vault.keeping && !locked
      ? html`<button id="keep" aria-expanded=${this._panel === 'keep'} @click=${() => this._open('keep')}>${s.keep}</button>`
      : nothing}${open ? html`<button id="lock" @click=${() => this.lock()}>${s.lock}</button>` : nothing}${any || this._vault.keeping || this._found
      ? html`<button id="erase" aria-expanded=${this._panel === 'erase'} @click=${() => this._open('erase')}>${s.erase}</button>`
      : nothing}</div>`;
  }

  private _keepPanel(s: JournalStrings): TemplateResult {
    return html`<form class="panel" part="panel" @submit=${this._onKeep}><ul class="explain"><li>${s.keepSeen}</li><li>${s.keepLocked}</li><li>${s.keepForgotten}</li></ul><label for="pass">${s.passphrase}</label><input id="pass" type="password" autocomplete="new-password" /><label for="again">${s.passphraseAgain}</label><input id="again" type="password" autocomplete="new-password" aria-invalid=${this._mismatch ? 'true' : nothing} aria-describedby=${this._mismatch ? 'mismatch' : nothing} />${this._mismatch
      ? html`<p class="message" id="mismatch">${s.mismatch}</p>`
      : nothing}<div class="actions"><button class="primary" ?disabled=${this._busy}>${s.keepConfirm}</button><button type="button" @click=${this._close}>${s.cancel}</button></div></form>`;
  }

  private _erasePanel(s: JournalStrings): TemplateResult {
    return html`<div class="panel" part="panel" role="group" aria-labelledby="ask"><p id="ask">${s.eraseAsk}</p><div class="actions"><button class="primary" id="erase-yes" @click=${this._onErase}>${s.eraseConfirm}</button><button @click=${this._close}>${s.cancel}</button></div></div>`;
  }

  private _entry(e: JournalEntry, s: JournalStrings): TemplateResult {
    const milestone = e.kind === 'milestone';
    return html`<li class=${milestone ? 'entry milestone' : 'entry'} part=${milestone ? 'entry milestone' : 'entry'}><p class="meta"><span class="kind">${s[e.kind]}</span> <time datetime=${e.date}>${this._date(e.date)}</time></p><p class="text" dir="auto">${e.text}</p></li>`;
  }

  private _date(iso: string): string {
    try {
      return new Intl.DateTimeFormat(this.resolvedLocale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
    } catch {
      return iso;
    }
  }

  private _root(): ShadowRoot {
    return this.renderRoot as ShadowRoot;
  }

  private async _focus(selector: string): Promise<void> {
    await this.updateComplete;
    this._root().querySelector<HTMLElement>(selector)?.focus();
  }

  private _choose(kind: JournalKind): void {
    this._kind = kind;
    this.requestUpdate();
  }

  private _another = (): void => {
    this._promptAt = { ...this._promptAt, [this._kind]: (this._promptAt[this._kind] ?? 0) + 1 };
    this.requestUpdate();
  };

  private _onInput = (event: Event): void => {
    this._draft = (event.target as HTMLTextAreaElement).value;
  };

  private _add = async (): Promise<void> => {
    if (!this._draft.trim()) {
      this._message = this._s.errors['invalid-entry'];
      this.requestUpdate();
      return void this._focus('#field');
    }
    const text = this._draft;
    this._draft = '';
    try {
      await this.addEntry({ kind: this._kind, text });
      this._announcer.announce(this._s.added);
    } catch (e) {
      // Kept in the page all the same: the message says why it is not kept on the device.
      if (!(e instanceof JournalError && e.entry)) this._draft = text;
    }
    void this._focus('#field');
  };

  private _open(panel: Panel): void {
    this._panel = this._panel === panel ? '' : panel;
    this._mismatch = false;
    this.requestUpdate();
    if (this._panel) void this._focus(panel === 'keep' ? '#pass' : '#erase-yes');
  }

  private _close = (): void => {
    const from = this._panel;
    this._panel = '';
    this._mismatch = false;
    this.requestUpdate();
    void this._focus(from === 'keep' ? '#keep' : '#erase');
  };

  private _onKeep = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const root = this._root();
    const pass = root.querySelector<HTMLInputElement>('#pass')!.value;
    const again = root.querySelector<HTMLInputElement>('#again')!.value;
    if (pass !== again) {
      this._mismatch = true;
      this.requestUpdate();
      return void this._focus('#again');
    }
    try {
      await this.keepOnDevice(pass);
      this._panel = '';
      this._found = false;
      this._announcer.announce(this._s.keptNow);
      void this._focus('#notice');
    } catch {
      void this._focus('#pass');
    }
  };

  private _onUnlock = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const field = this._root().querySelector<HTMLInputElement>('#unlock')!;
    try {
      await this.unlock(field.value);
      this._found = false;
      void this._focus('#field');
    } catch (e) {
      if (e instanceof JournalError && e.reason === 'nothing-kept') this._found = false;
      field.select();
      void this._focus('#unlock');
    }
  };

  private _onErase = async (): Promise<void> => {
    this._panel = '';
    try {
      await this.erase();
      this._announcer.announce(this._s.erasedNow);
    } catch {
      // The message says it.
    }
    void this._focus('#notice');
  };

  /** Downloads the entries as a text file, made in the page: a Blob URL and a download link, no request. */
  private _saveCopy = (): void => {
    const s = this._s;
    const file = entriesAsText(this._vault.entries, {
      title: s.fileTitle,
      note: s.fileNote,
      kinds: Object.fromEntries(KINDS.map((k) => [k, s[k]])) as Record<JournalKind, string>,
      date: (iso) => this._date(iso),
    });
    const url = URL.createObjectURL(new Blob([file], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${s.fileName}.txt`;
    link.hidden = true;
    // In the shadow root, so that nothing of the page sees or styles it.
    this._root().append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'haven-journal': HavenJournal;
  }
  interface HTMLElementEventMap {
    'haven-journal-saved': CustomEvent<HavenJournalSavedDetail>;
    'haven-journal-locked': CustomEvent<HavenJournalLockedDetail>;
    'haven-journal-error': CustomEvent<HavenJournalErrorDetail>;
  }
}
