// <haven-journal> (issue 24): nothing kept by default, and said so; writing with prompts from
// the site or built in; a look back with milestones first; Save a copy as a text file made in
// the page; keeping only with allow-keeping and the visitor's choice, locked by the quick exit.
// Tests that keep derive a key with PBKDF2 at 600,000 iterations (slow in every engine): each
// derives as few as it can, counted in its comment.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/journal/index.js';
import '../src/components/provider/index.js';
import '../src/locales/ar.js';
import type { HavenJournal, HavenJournalErrorDetail, HavenJournalLockedDetail, HavenJournalSavedDetail } from '../src/components/journal/index.js';
import { OBJECT_STORE_NAME, STORAGE_NAME } from '../src/components/journal/journal-storage.js';
import { journal as english } from '../src/locales/en/journal.js';
import { captureWarnings, collect, deepActiveElement } from './helpers.js';

const PASSPHRASE = 'quiet river at seven';
const SECRET = 'I told my sister about the flat on Elm Street';
const HOSTILE = '<img src=x onerror="window.__pwned=1"><b>bold</b>';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const words = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const live = (el: HavenJournal) => words($(el, '[role="status"]'));
const message = (el: HavenJournal) => words($(el, '[part="message"]'));
const lookBack = (el: HavenJournal) => [...el.shadowRoot!.querySelectorAll('[part~="entry"] .text')].map((p) => p.textContent);
const radios = (el: HavenJournal) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
const pick = (el: HavenJournal, kind: string) => {
  const radio = radios(el).find((r) => r.value === kind)!;
  radio.click();
  return el.updateComplete;
};
const prompt = (el: HavenJournal) => words($(el, '[part="prompt"]'));

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

/** Every record our database holds, as bytes or JSON, read without the code under test; [] when there is none. */
async function storedParts(): Promise<Uint8Array[]> {
  if (typeof indexedDB.databases === 'function' && !(await indexedDB.databases()).some((d) => d.name === STORAGE_NAME)) return [];
  // Never creating it: an open that would create the database is aborted (Firefox lists one being deleted).
  const db = await new Promise<IDBDatabase | undefined>((resolve, reject) => {
    const r = indexedDB.open(STORAGE_NAME);
    r.onupgradeneeded = () => r.transaction!.abort();
    r.onsuccess = () => resolve(r.result);
    r.onerror = (e) => (e.preventDefault(), r.error?.name === 'AbortError' ? resolve(undefined) : reject(r.error));
  });
  if (!db) return [];
  const parts: Uint8Array[] = [];
  for (const store of db.objectStoreNames) {
    const os = db.transaction(store).objectStore(store);
    for (const value of await request(os.getAll())) {
      parts.push(value instanceof Uint8Array ? value : new TextEncoder().encode(JSON.stringify(value)));
    }
  }
  db.close();
  return parts;
}

function contains(haystack: Uint8Array, text: string): boolean {
  const utf16 = new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer);
  return [new TextEncoder().encode(text), utf16].some((needle) => {
    outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
      for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
      return true;
    }
    return false;
  });
}

/** Fills the keep panel's two fields and submits it. */
async function keepWith(el: HavenJournal, pass: string, again = pass): Promise<void> {
  $<HTMLButtonElement>(el, '#keep')!.click();
  await el.updateComplete;
  $<HTMLInputElement>(el, '#pass')!.value = pass;
  $<HTMLInputElement>(el, '#again')!.value = again;
  $<HTMLFormElement>(el, 'form.panel')!.requestSubmit();
}

/** The quick exit's event, as <haven-quick-exit> fires it: bubbling and composed, from an element in the page. */
function quickExit(): void {
  const from = document.body.appendChild(document.createElement('div'));
  from.dispatchEvent(new CustomEvent('haven-exit', { detail: { trigger: 'button', href: 'https://example.org/' }, bubbles: true, composed: true }));
  from.remove();
}

async function eraseOurs(): Promise<void> {
  await request(indexedDB.deleteDatabase(STORAGE_NAME) as IDBRequest<unknown>);
}

let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => (warnings = captureWarnings()));
afterEach(async () => {
  warnings.restore();
  await eraseOurs();
});

describe('<haven-journal> defaults', () => {
  it('says nothing is kept before the first word, offers five kinds with a prompt, and no keeping', async () => {
    const el = await fixture<HavenJournal>(html`<haven-journal></haven-journal>`);
    const notice = $(el, '[part="notice"]')!;
    expect(words(notice)).to.equal(english.notice);
    // Before the first word: the notice comes before the writing field in the page's order.
    expect(notice.compareDocumentPosition($(el, 'textarea')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
    expect(words($(el, 'legend'))).to.equal(english.kindLegend);
    expect(radios(el).map((r) => r.value)).to.deep.equal(['milestone', 'feeling', 'good-things', 'kindness', 'peer']);
    expect(radios(el)[0]!.checked).to.be.true;
    expect(prompt(el)).to.equal(english.prompts.milestone[0]);
    const field = $<HTMLTextAreaElement>(el, 'textarea')!;
    expect(words($(el, `label[for="${field.id}"]`))).to.equal(english.write);
    expect(field.getAttribute('aria-describedby')).to.equal($(el, '[part="prompt"]')!.id);
    expect($(el, '#keep'), 'no Keep without allow-keeping').to.be.null;
    expect(words($(el, '[role="heading"]'))).to.equal(english.lookBack);
    expect(words($(el, '[part="look-back"] .quiet'))).to.equal(english.nothingYet);
    expect(el.locked).to.be.false;
    expect(el.entries).to.deep.equal([]);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('is accessible: first view, with entries and the keep panel, the erase question, dark and right to left (axe)', async () => {
    const el = await fixture<HavenJournal>(html`<haven-journal allow-keeping></haven-journal>`);
    await expect(el).to.be.accessible();
    await el.addEntry({ kind: 'milestone', text: 'I went to the group' });
    await el.updateComplete;
    $<HTMLButtonElement>(el, '#keep')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '#erase')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const rtl = await fixture<HavenJournal>(html`<haven-journal theme="dark" locale="ar"></haven-journal>`);
    expect($(rtl, '.root')!.getAttribute('dir')).to.equal('rtl');
    expect(words($(rtl, '[part="notice"]'))).to.match(/لا يُحفظ/);
    await expect(rtl).to.be.accessible();
  });
});

describe('<haven-journal> writing', () => {
  it('writes and adds an entry with the keyboard alone; the addition is announced and focus stays to write again', async () => {
    const el = await fixture<HavenJournal>(html`<haven-journal></haven-journal>`);
    const saved = collect<HavenJournalSavedDetail>(el, 'haven-journal-saved');
    radios(el)[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(radios(el)[1]!.checked, 'the arrow chose "A feeling"').to.be.true;
    expect(prompt(el)).to.equal(english.prompts.feeling[0]);
    await sendKeys({ press: 'Tab' });
    expect(words(deepActiveElement())).to.equal(english.anotherPrompt);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(prompt(el)).to.equal(english.prompts.feeling[1]);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal($(el, 'textarea'));
    await sendKeys({ type: 'Calmer' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal($(el, '[part="add"]'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => live(el) === english.added, 'the addition is announced');
    expect(el.entries.map((e) => [e.kind, e.text])).to.deep.equal([['feeling', 'Calmer']]);
    expect(saved.map((d) => d.entry.text)).to.deep.equal(['Calmer']);
    expect(lookBack(el)).to.deep.equal(['Calmer']);
    expect(deepActiveElement(), 'focus back in the field').to.equal($(el, 'textarea'));
    expect($<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('');
  });

  it('shows milestones first, then the rest newest first; hostile text stays text', async () => {
    const el = await fixture<HavenJournal>(html`<haven-journal></haven-journal>`);
    const tick = () => new Promise((r) => setTimeout(r, 5));
    for (const [kind, text] of [['feeling', 'first feeling'], ['milestone', 'first milestone'], ['good-things', HOSTILE], ['milestone', 'second milestone'], ['peer', 'after group']] as const) {
      await el.addEntry({ kind, text });
      await tick();
    }
    await el.updateComplete;
    expect(lookBack(el)).to.deep.equal(['second milestone', 'first milestone', 'after group', HOSTILE, 'first feeling']);
    expect(el.shadowRoot!.querySelector('[part~="entry"] img, [part~="entry"] b')).to.be.null;
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    const first = el.shadowRoot!.querySelector('[part~="entry"]')!;
    expect(first.getAttribute('part')).to.equal('entry milestone');
    expect(first.querySelector('time')!.getAttribute('datetime')).to.equal(el.entries[3]!.date);
  });

  it('rejects an empty entry in words and keeps nothing', async () => {
    const el = await fixture<HavenJournal>(html`<haven-journal></haven-journal>`);
    const errors = collect<HavenJournalErrorDetail>(el, 'haven-journal-error');
    $<HTMLButtonElement>(el, '[part="add"]')!.click();
    await el.updateComplete;
    expect(message(el)).to.equal(english.errors['invalid-entry']);
    expect(el.entries).to.deep.equal([]);
    let reason = '';
    await el.addEntry({ kind: 'streak' as never, text: 'x' }).catch((e: { reason: string }) => (reason = e.reason));
    expect(reason).to.equal('invalid-entry');
    expect(errors.map((d) => d.reason)).to.deep.equal(['invalid-entry']);
  });
});

describe('<haven-journal> prompts from the site', () => {
  it('reads a kind\'s prompts from markup lists, keeps the built-in ones for the other kinds, and warns about an unknown kind', async () => {
    const el = await fixture<HavenJournal>(html`<haven-journal>
      <ul data-kind="peer"><li>What did the group give you today?</li><li>Who listened well?</li></ul>
      <ul data-kind="streak"><li>How many days in a row?</li></ul>
    </haven-journal>`);
    expect(prompt(el)).to.equal(english.prompts.milestone[0]);
    await pick(el, 'peer');
    expect(prompt(el)).to.equal('What did the group give you today?');
    expect(warnings.messages.join('\n')).to.match(/haven-journal.*data-kind="streak".*not a kind/);
    expect(warnings.messages.join('\n')).not.to.match(/How many days/);
  });

  it('takes the prompts property over markup, and warns about an unknown kind in it', async () => {
    const el = await fixture<HavenJournal>(html`<haven-journal .prompts=${{ milestone: ['What did you do for yourself?'], streaks: ['Days in a row?'] }}>
      <ul data-kind="milestone"><li>From markup</li></ul>
    </haven-journal>`);
    expect(prompt(el)).to.equal('What did you do for yourself?');
    expect(warnings.messages.join('\n')).to.match(/prompts.*"streaks" is not a kind/);
  });

  it("takes the provider's content.journal, and warns about an unknown kind there", async () => {
    const provider = await fixture(html`<haven-provider .content=${{ journal: { feeling: ['What is here for you now?'], missed: ['Days missed?'] } }}><haven-journal></haven-journal></haven-provider>`);
    const el = provider.querySelector('haven-journal')!;
    await el.updateComplete;
    await pick(el, 'feeling');
    expect(prompt(el)).to.equal('What is here for you now?');
    expect(warnings.messages.join('\n')).to.match(/content\.journal.*"missed" is not a kind/);
  });
});

describe('<haven-journal> Save a copy', () => {
  it('downloads a text file made in the page, holding the entries and the line saying it stays on this device', async () => {
    const el = await fixture<HavenJournal>(html`<haven-journal></haven-journal>`);
    expect($(el, '#copy'), 'nothing to save yet').to.be.null;
    await el.addEntry({ kind: 'milestone', text: 'I slept through the night' });
    await el.addEntry({ kind: 'kindness', text: 'I am doing my best' });
    await el.updateComplete;
    const blobs: Blob[] = [];
    const clicked: { href: string; download: string }[] = [];
    const create = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return create.call(URL, blob);
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    };
    try {
      $<HTMLButtonElement>(el, '#copy')!.click();
    } finally {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(clicked).to.have.length(1);
    expect(clicked[0]!.href).to.match(/^blob:/);
    expect(clicked[0]!.download).to.equal('journal.txt');
    expect(blobs[0]!.type).to.match(/^text\/plain/);
    const text = await blobs[0]!.text();
    expect(text).to.contain(english.fileNote);
    expect(text).to.contain('I slept through the night');
    expect(text).to.contain('I am doing my best');
    expect(text.indexOf('I slept through the night')).to.be.below(text.indexOf('I am doing my best'));
  });
});

describe('<haven-journal> nothing kept by default', () => {
  it('stores nothing anywhere after writing and saving a copy (storage, IndexedDB, cookies, Cache Storage)', async () => {
    localStorage.clear();
    sessionStorage.clear();
    // Every way to store is watched while the widget runs (a write may land after the checks below).
    const calls: string[] = [];
    const open = indexedDB.open;
    const setItem = Storage.prototype.setItem;
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    const cachesOpen = globalThis.caches ? caches.open : undefined;
    const click = HTMLAnchorElement.prototype.click;
    indexedDB.open = function (this: IDBFactory, ...args: [string, number?]) {
      calls.push(`indexedDB.open ${args[0]}`);
      return open.apply(this, args);
    };
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      calls.push(`setItem ${key}`);
      return setItem.call(this, key, value);
    };
    Object.defineProperty(document, 'cookie', { configurable: true, get: () => cookie.get!.call(document), set: (v: string) => calls.push(`cookie ${v}`) });
    if (cachesOpen) caches.open = (name: string) => (calls.push(`caches.open ${name}`), cachesOpen.call(caches, name));
    HTMLAnchorElement.prototype.click = () => undefined;
    try {
      const el = await fixture<HavenJournal>(html`<haven-journal></haven-journal>`);
      await el.addEntry({ kind: 'feeling', text: SECRET });
      await el.updateComplete;
      $<HTMLButtonElement>(el, '#copy')!.click();
      quickExit();
      expect(el.entries.map((e) => e.text), 'still in the page').to.deep.equal([SECRET]);
    } finally {
      delete (indexedDB as { open?: unknown }).open;
      Storage.prototype.setItem = setItem;
      delete (document as { cookie?: unknown }).cookie;
      if (cachesOpen) delete (caches as { open?: unknown }).open;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(calls, 'no storage was asked for').to.deep.equal([]);
    expect(localStorage.length, 'localStorage').to.equal(0);
    expect(sessionStorage.length, 'sessionStorage').to.equal(0);
    expect(document.cookie, 'cookies').to.equal('');
    if (typeof indexedDB.databases === 'function') expect((await indexedDB.databases()).map((d) => d.name)).not.to.include(STORAGE_NAME);
    expect(await storedParts(), 'IndexedDB').to.deep.equal([]);
    if (globalThis.caches) expect(await caches.keys(), 'Cache Storage').to.deep.equal([]);
  });
});

describe('<haven-journal> keeping on this device', function () {
  this.timeout(120_000);

  it('keeps only encrypted bytes (no entry text, no passphrase), locks on the quick exit, and says a wrong passphrase in words', async () => {
    // Derives three keys: keep, the wrong unlock, the right unlock.
    const el = await fixture<HavenJournal>(html`<haven-journal allow-keeping></haven-journal>`);
    const locks = collect<HavenJournalLockedDetail>(el, 'haven-journal-locked');
    const errors = collect<HavenJournalErrorDetail>(el, 'haven-journal-error');
    await el.addEntry({ kind: 'milestone', text: SECRET });
    await el.updateComplete;
    await keepWith(el, PASSPHRASE);
    await waitUntil(() => live(el) === english.keptNow, 'keeping is announced', { timeout: 60_000 });
    expect(el.keeping).to.be.true;
    expect(words($(el, '[part="notice"]'))).to.equal(english.keptNotice);
    await el.addEntry({ kind: 'feeling', text: 'Written while kept' });
    const parts = await storedParts();
    expect(parts.length).to.be.greaterThan(0);
    for (const part of parts) {
      for (const secret of [SECRET, 'Written while kept', PASSPHRASE, 'milestone']) expect(contains(part, secret), secret).to.be.false;
    }
    expect(STORAGE_NAME + OBJECT_STORE_NAME).not.to.match(/journal|diary|haven|abuse/i);

    quickExit();
    await el.updateComplete;
    expect(el.locked).to.be.true;
    expect(el.entries).to.deep.equal([]);
    expect(locks).to.deep.equal([{ trigger: 'exit' }]);
    expect(lookBack(el)).to.deep.equal([]);
    expect(el.shadowRoot!.textContent).not.to.contain(SECRET);
    expect(words($(el, '[part="notice"]'))).to.equal(english.lockedNotice);

    const field = $<HTMLInputElement>(el, '#unlock')!;
    field.value = 'quiet river at eight';
    field.form!.requestSubmit();
    await waitUntil(() => message(el) === english.errors['wrong-passphrase'], 'the wrong passphrase is said', { timeout: 60_000 });
    expect(errors.map((d) => d.reason)).to.deep.equal(['wrong-passphrase']);
    expect(el.locked).to.be.true;
    await el.unlock(PASSPHRASE);
    await el.updateComplete;
    expect(lookBack(el)).to.deep.equal([SECRET, 'Written while kept']);
  });

  it('asks twice for the passphrase, says a mismatch, and with erase-on-exit the quick exit erases everything', async () => {
    // Derives one key: keep.
    const el = await fixture<HavenJournal>(html`<haven-journal allow-keeping erase-on-exit></haven-journal>`);
    await el.addEntry({ kind: 'peer', text: SECRET });
    await el.updateComplete;
    await keepWith(el, PASSPHRASE, 'something else');
    await el.updateComplete;
    expect(words($(el, '#mismatch'))).to.equal(english.mismatch);
    expect(deepActiveElement()).to.equal($(el, '#again'));
    expect(await storedParts()).to.deep.equal([]);
    $<HTMLInputElement>(el, '#again')!.value = PASSPHRASE;
    $<HTMLFormElement>(el, 'form.panel')!.requestSubmit();
    await waitUntil(() => el.keeping && !el.shadowRoot!.querySelector('form.panel'), 'kept', { timeout: 60_000 });
    expect((await storedParts()).length).to.be.greaterThan(0);
    quickExit();
    await waitUntil(async () => (await storedParts()).length === 0, 'erased from the device');
    await el.updateComplete;
    expect(el.keeping).to.be.false;
    expect(el.entries).to.deep.equal([]);
    if (typeof indexedDB.databases === 'function') {
      await waitUntil(async () => !(await indexedDB.databases()).some((d) => d.name === STORAGE_NAME), 'no database left');
    }
  });

  it('says refused storage in words, and the visitor keeps writing in the page', async () => {
    // Derives no key: storage is refused first.
    const el = await fixture<HavenJournal>(html`<haven-journal allow-keeping></haven-journal>`);
    await el.addEntry({ kind: 'feeling', text: 'before' });
    await el.updateComplete;
    const open = indexedDB.open;
    indexedDB.open = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    try {
      await keepWith(el, PASSPHRASE);
      await waitUntil(() => message(el) === english.errors['storage-refused'], 'refusal said in words');
    } finally {
      indexedDB.open = open;
    }
    expect($(el, '[part="message"]')!.getAttribute('role')).to.equal('alert');
    expect(el.keeping).to.be.false;
    await el.addEntry({ kind: 'feeling', text: 'after' });
    await el.updateComplete;
    expect(lookBack(el)).to.deep.equal(['after', 'before']);
  });

  it('erases everything in one confirmed step', async () => {
    const el = await fixture<HavenJournal>(html`<haven-journal></haven-journal>`);
    await el.addEntry({ kind: 'feeling', text: 'to go' });
    await el.updateComplete;
    $<HTMLButtonElement>(el, '#erase')!.click();
    await el.updateComplete;
    expect(el.entries.length, 'asked first, nothing erased yet').to.equal(1);
    expect(deepActiveElement()).to.equal($(el, '#erase-yes'));
    $<HTMLButtonElement>(el, '#erase-yes')!.click();
    await waitUntil(() => live(el) === english.erasedNow, 'erasing is announced');
    expect(el.entries).to.deep.equal([]);
    expect(lookBack(el)).to.deep.equal([]);
  });
});
