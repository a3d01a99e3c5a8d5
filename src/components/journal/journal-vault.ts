/*
 * The journal's pure core, which <haven-journal> will use: entries kept in the page by
 * default, and, only when the visitor chooses, one encrypted record on the device. No DOM
 * and no element here; storage is touched only by keepOnDevice(), unlock() and erase().
 */
import {
  canEncrypt,
  deriveKey,
  isJournalKind,
  newKeyParams,
  openRecord,
  readKeyParams,
  sealRecord,
  type KeyParams,
} from './journal-crypto.js';
import { JournalError } from './journal-error.js';
import {
  STORAGE_NAME,
  eraseDatabase,
  openDatabase,
  readRecord,
  replaceRecord,
  withLock,
} from './journal-storage.js';
import type { JournalEntry, JournalEntryInput } from './types.js';

/** How often a write is tried again when another tab wrote in between (no Web Locks). */
const WRITE_ATTEMPTS = 8;

type Message = 'changed' | 'erased';

const NONE: readonly JournalEntry[] = Object.freeze([]);

/** Where entries are: in the page only, kept on the device and open, or kept and locked. */
type Mode = 'page' | 'unlocked' | 'locked';

interface Unlocked {
  key: CryptoKey;
  params: KeyParams;
}

/**
 * Entries in the page, and on the device when the visitor chooses.
 *
 * Every method that can fail rejects with a JournalError whose `reason` says why; nothing
 * else escapes. Fires `change` (a plain Event) whenever `entries`, `locked` or `keeping`
 * change for a reason the caller did not start: another tab wrote, erased or locked.
 */
export class JournalVault extends EventTarget {
  private _mode: Mode = 'page';
  private _entries: readonly JournalEntry[] = NONE;
  private _unlocked: Unlocked | null = null;
  /** Counts locks and erasures: work started before one must not bring entries back. */
  private _session = 0;
  private _queue: Promise<unknown> = Promise.resolve();
  private _channel: BroadcastChannel | null = null;
  private _pendingOpens = 0;
  private _lockAsked = false;

  /** The entries this page can show, oldest first: none while locked. */
  get entries(): readonly JournalEntry[] {
    return this._entries;
  }

  /** True when entries are kept on this device and the key has been forgotten. */
  get locked(): boolean {
    return this._mode === 'locked';
  }

  /** True when entries are kept on this device (locked or not); false while only in the page. */
  get keeping(): boolean {
    return this._mode !== 'page';
  }

  /**
   * Starts keeping entries on this device, encrypted with `passphrase`, with what is in the
   * page now. When this device already keeps entries this passphrase opens, the page's
   * entries join them; when it keeps entries the passphrase does not open, rejects with
   * `already-kept` and changes nothing.
   */
  keepOnDevice(passphrase: string): Promise<void> {
    return this._opening(passphrase, async (session) => {
      const db = await openDatabase(true);
      try {
        const opened = await withLock(async () => {
          const current = await readRecord(db!);
          if (current === undefined) return this._create(db!, passphrase);
          const params = await readKeyParams(current);
          const key = await deriveKey(passphrase, params);
          const stored = await openRecord(key, current).catch((e: unknown) => {
            if (e instanceof JournalError && e.reason === 'wrong-passphrase') {
              throw new JournalError(
                'already-kept',
                'This device already keeps entries that this passphrase does not open. Nothing was changed.',
              );
            }
            throw e;
          });
          const entries = merge(stored, this._entries);
          if (
            entries.length > stored.length &&
            !(await replaceRecord(db!, current, await sealRecord(key, params, entries)))
          ) {
            throw new JournalError('storage-refused', 'Another page wrote at the same moment; try again.');
          }
          return { unlocked: { key, params }, entries };
        });
        if (session === this._session) this._open(opened.unlocked, opened.entries);
        else this._lockedMeanwhile();
        this._post('changed');
      } finally {
        db!.close();
      }
    });
  }

  /** A new store, holding the page's entries; the database is removed again if that fails. */
  private async _create(
    db: IDBDatabase,
    passphrase: string,
  ): Promise<{ unlocked: Unlocked; entries: readonly JournalEntry[] }> {
    const params = newKeyParams();
    const entries = this._entries;
    try {
      const key = await deriveKey(passphrase, params);
      // Another tab may have created a store at the same moment (only without Web Locks).
      if (!(await replaceRecord(db, undefined, await sealRecord(key, params, entries)))) {
        throw new JournalError('already-kept', 'Another page started keeping entries at the same moment.');
      }
      return { unlocked: { key, params }, entries };
    } catch (e) {
      if (!(e instanceof JournalError && e.reason === 'already-kept')) {
        // Leave no empty database behind: it would show that something was meant to be kept.
        db.close();
        await eraseDatabase().catch(() => undefined);
      }
      throw e;
    }
  }

  /**
   * Opens what this device keeps with `passphrase`. Entries written in the page before
   * join what is kept (they are written at once). Rejects with `nothing-kept`,
   * `wrong-passphrase` (nothing changed) or `damaged` (left as it is), and the storage
   * reasons; with `quota` or `storage-refused` after opening, it is unlocked all the same and
   * the page's entries are tried again with the next write.
   */
  unlock(passphrase: string): Promise<void> {
    return this._opening(passphrase, async (session) => {
      const db = await openDatabase(false);
      if (!db) throw new JournalError('nothing-kept', 'This device keeps no entries.');
      try {
        const current = await readRecord(db);
        if (current === undefined) throw new JournalError('nothing-kept', 'This device keeps no entries.');
        const params = await readKeyParams(current);
        const key = await deriveKey(passphrase, params);
        const stored = await openRecord(key, current);
        // Locked or erased meanwhile: stay as before.
        if (session !== this._session) return;
        const unlocked = { key, params };
        const pageOnly = this._entries.filter((e) => !stored.some((s) => s.id === e.id));
        this._open(unlocked, merge(stored, this._entries));
        if (pageOnly.length) this._entries = await this._write(db, unlocked, session);
      } finally {
        db.close();
      }
    });
  }

  /**
   * Forgets the key and every decrypted entry, at once. Entries only in the page (nothing
   * kept) are not affected: there is nothing to lock them with.
   */
  lock(): void {
    this._session++;
    if (this._mode === 'page') {
      // An unlock or keepOnDevice under way will not open: a lock asked for during it wins.
      if (this._pendingOpens) this._lockAsked = true;
      return;
    }
    this._unlocked = null;
    this._entries = NONE;
    this._mode = 'locked';
  }

  /**
   * Erases everything: what this device keeps (the whole database, even damaged or locked,
   * without the passphrase) and the entries in this page. Other tabs forget theirs too.
   */
  erase(): Promise<void> {
    this._session++;
    this._unlocked = null;
    this._entries = NONE;
    this._mode = 'page';
    this._lockAsked = false;
    return this._serial(async () => {
      await withLock(() => eraseDatabase());
      this._post('erased');
      this._closeChannel();
    });
  }

  /**
   * Adds an entry and resolves to it once it is where it belongs: in the page, or also on the
   * device while unlocked. When it cannot be stored (`quota`, `storage-refused`, `damaged`,
   * `erased`), it stays in `entries` and the rejection's `entry` holds it.
   */
  addEntry(input: JournalEntryInput): Promise<JournalEntry> {
    return this._serial(async () => {
      if (!input || !isJournalKind(input.kind))
        throw new JournalError(
          'invalid-entry',
          `An entry's kind must be milestone, feeling, good-things, kindness or peer.`,
        );
      if (typeof input.text !== 'string' || !input.text.trim())
        throw new JournalError('invalid-entry', `An entry's text must not be empty.`);
      if (this._mode === 'locked')
        throw new JournalError('locked', 'Entries are kept on this device and locked: unlock first.');
      const entry: JournalEntry = Object.freeze({
        id: newId(),
        kind: input.kind,
        text: input.text,
        date: new Date().toISOString(),
      });
      this._entries = Object.freeze([...this._entries, entry]);
      const unlocked = this._unlocked;
      if (this._mode === 'page' || !unlocked) return entry;
      const session = this._session;
      try {
        const db = await openDatabase(false);
        if (!db) throw this._erasedElsewhere();
        try {
          const entries = await this._write(db, unlocked, session);
          if (session === this._session) this._entries = entries;
        } finally {
          db.close();
        }
        return entry;
      } catch (e) {
        const error = e instanceof JournalError ? e : new JournalError('storage-refused', String(e));
        if (error.reason === 'damaged') this._toPage();
        throw new JournalError(error.reason, error.message, entry);
      }
    });
  }

  /**
   * Read, merge and write, under the lock, with compare-and-swap: the stored entries and the
   * page's entries, by id. Never writes over a record it cannot open.
   */
  private async _write(
    db: IDBDatabase,
    unlocked: Unlocked,
    session: number,
  ): Promise<readonly JournalEntry[]> {
    const entries = await withLock(async () => {
      for (let attempt = 0; attempt < WRITE_ATTEMPTS; attempt++) {
        const current = await readRecord(db);
        if (current === undefined) throw this._erasedElsewhere();
        const params = await readKeyParams(current);
        if (!sameSalt(params, unlocked.params)) throw this._erasedElsewhere();
        const merged = merge(await openRecord(unlocked.key, current).catch(asDamaged), this._entries);
        if (await replaceRecord(db, current, await sealRecord(unlocked.key, unlocked.params, merged)))
          return merged;
      }
      throw new JournalError(
        'storage-refused',
        'Other pages kept writing; this entry stays in the page for now.',
      );
    });
    if (session === this._session) this._post('changed');
    return entries;
  }

  private async _readWith(db: IDBDatabase, unlocked: Unlocked): Promise<JournalEntry[]> {
    const current = await readRecord(db);
    if (current === undefined) throw this._erasedElsewhere();
    return openRecord(unlocked.key, current).catch(asDamaged);
  }

  private _open(unlocked: Unlocked, entries: readonly JournalEntry[]): void {
    this._unlocked = unlocked;
    this._entries = Object.freeze([...entries]);
    this._mode = 'unlocked';
    this._listen();
  }

  /** keepOnDevice stored the page's entries after lock() was asked: kept, and locked. */
  private _lockedMeanwhile(): void {
    if (!this._lockAsked) return;
    this._entries = NONE;
    this._mode = 'locked';
  }

  private _toPage(): void {
    this._session++;
    this._unlocked = null;
    this._mode = 'page';
    this._closeChannel();
  }

  private _erasedElsewhere(): JournalError {
    this._toPage();
    this._changed();
    return new JournalError(
      'erased',
      'What this device kept was erased in another page; nothing was written.',
    );
  }

  private _checkPassphrase(passphrase: string): void {
    if (!canEncrypt())
      throw new JournalError(
        'unsupported',
        'This page cannot encrypt (Web Crypto needs https), so nothing can be kept.',
      );
    if (typeof passphrase !== 'string' || !passphrase.trim())
      throw new JournalError('empty-passphrase', 'The passphrase is empty.');
  }

  /** keepOnDevice and unlock: checks first, and counted, so that lock() during one wins. */
  private _opening(passphrase: string, task: (session: number) => Promise<void>): Promise<void> {
    // The session as it is when asked: a lock or erase after this call cancels the opening.
    const session = this._session;
    this._pendingOpens++;
    return this._serial(async () => {
      try {
        this._checkPassphrase(passphrase);
        await task(session);
      } finally {
        if (--this._pendingOpens === 0) this._lockAsked = false;
      }
    });
  }

  /** One operation at a time in this page, in the order asked. */
  private _serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this._queue.then(task, task);
    this._queue = run.catch(() => undefined);
    return run.catch((e: unknown) => {
      throw e instanceof JournalError
        ? e
        : new JournalError('storage-refused', `Storage failed: ${String(e)}`);
    });
  }

  private _listen(): void {
    if (this._channel || typeof BroadcastChannel === 'undefined') return;
    this._channel = new BroadcastChannel(STORAGE_NAME);
    this._channel.onmessage = (event: MessageEvent<Message>) => {
      if (event.data === 'erased') {
        this._entries = NONE;
        this._toPage();
        this._changed();
      } else if (event.data === 'changed' && this._mode === 'unlocked') {
        void this._reload();
      }
    };
  }

  private _reload(): Promise<void> {
    const unlocked = this._unlocked;
    const session = this._session;
    return this._serial(async () => {
      if (!unlocked || session !== this._session) return;
      const db = await openDatabase(false);
      if (!db) return;
      try {
        const stored = await this._readWith(db, unlocked);
        if (session !== this._session) return;
        this._entries = Object.freeze(merge(stored, this._entries));
        this._changed();
      } finally {
        db.close();
      }
    }).catch(() => undefined);
  }

  private _post(message: Message): void {
    try {
      if (this._channel) this._channel.postMessage(message);
      else if (typeof BroadcastChannel !== 'undefined') {
        const once = new BroadcastChannel(STORAGE_NAME);
        once.postMessage(message);
        once.close();
      }
    } catch {
      // Telling other tabs is a courtesy; they read the store when they next write.
    }
  }

  private _closeChannel(): void {
    this._channel?.close();
    this._channel = null;
  }

  private _changed(): void {
    this.dispatchEvent(new Event('change'));
  }
}

function asDamaged(e: unknown): never {
  // With a key that opened this store's key-check before, a failing check is damage too.
  if (e instanceof JournalError && e.reason === 'wrong-passphrase')
    throw new JournalError('damaged', 'What this device keeps was changed. It was left as it is.');
  throw e;
}

function sameSalt(a: KeyParams, b: KeyParams): boolean {
  return (
    a.iterations === b.iterations &&
    a.salt.length === b.salt.length &&
    a.salt.every((byte, i) => byte === b.salt[i])
  );
}

/** Union by id, oldest first (ties by id, so every tab orders the same way). */
function merge(stored: readonly JournalEntry[], page: readonly JournalEntry[]): readonly JournalEntry[] {
  const byId = new Map<string, JournalEntry>();
  for (const e of stored) byId.set(e.id, e);
  for (const e of page) if (!byId.has(e.id)) byId.set(e.id, e);
  const sorted = [...byId.values()].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  // `entries` is read-only for the page: the array as well as each entry.
  return Object.freeze(sorted);
}

function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join(
    '',
  );
}
