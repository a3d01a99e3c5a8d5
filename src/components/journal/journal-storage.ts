/*
 * Where the one encrypted record lives: IndexedDB, under names that say nothing of what they
 * hold. Every failure becomes a JournalError with a reason code; nothing else is thrown.
 *
 * Names: "hw" stands for haven-widgets, which keeps them apart from a site's own databases
 * (erase() deletes the whole database, so it must never share a name with one of the site's)
 * while telling someone who looks at the browser's storage nothing about a journal.
 */
import { sameBytes, type Bytes } from './journal-crypto.js';
import { JournalError } from './journal-error.js';

/** The IndexedDB database; also the Web Lock's and the BroadcastChannel's name. */
export const STORAGE_NAME = 'hw-store';
export const OBJECT_STORE_NAME = 'kv';
/** The key of the one record. */
export const RECORD_KEY = 'main';
const VERSION = 1;

function refused(error: unknown): JournalError {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError')
    return new JournalError('quota', 'The browser refused to store more: storage is full.');
  return new JournalError('storage-refused', `The browser refused storage${name ? ` (${name})` : ''}.`);
}

/**
 * False when the browser lists its databases and ours is not among them. WebKit keeps a
 * database whose creation was aborted in that list, so the list is asked first; opening
 * and aborting is the way only where there is no list.
 */
async function mayExist(): Promise<boolean> {
  const idb = factory();
  if (typeof idb.databases !== 'function') return true;
  try {
    return (await idb.databases()).some((d) => d.name === STORAGE_NAME && d.version !== 0);
  } catch (e) {
    throw refused(e);
  }
}

function factory(): IDBFactory {
  // Reading window.indexedDB itself throws where storage is blocked (a sandboxed frame,
  // Firefox with cookies blocked).
  const found = globalThis.indexedDB;
  if (!found) throw new JournalError('storage-refused', 'This browser offers no IndexedDB here.');
  return found;
}

/**
 * Opens the database. With `create` false it is never created: asking whether anything is
 * kept leaves no trace, and resolves to null when there is nothing.
 */
export async function openDatabase(create: boolean): Promise<IDBDatabase | null> {
  if (!create && !(await mayExist())) return null;
  return new Promise((resolve, reject) => {
    let request: IDBOpenDBRequest;
    let absent = false;
    try {
      request = factory().open(STORAGE_NAME, VERSION);
    } catch (e) {
      reject(e instanceof JournalError ? e : refused(e));
      return;
    }
    request.onupgradeneeded = () => {
      if (!create) {
        // The database did not exist: abort, so that asking creates nothing.
        absent = true;
        request.transaction?.abort();
        return;
      }
      request.result.createObjectStore(OBJECT_STORE_NAME);
    };
    request.onsuccess = () => {
      const db = request.result;
      // Another tab erasing: let it, at once.
      db.onversionchange = () => db.close();
      if (!db.objectStoreNames.contains(OBJECT_STORE_NAME)) {
        db.close();
        reject(
          new JournalError(
            'storage-refused',
            `The database ${STORAGE_NAME} has no store ${OBJECT_STORE_NAME}.`,
          ),
        );
        return;
      }
      resolve(db);
    };
    request.onerror = (event) => {
      event.preventDefault?.();
      if (absent) resolve(null);
      else reject(refused(request.error));
    };
  });
}

function transaction(db: IDBDatabase, mode: IDBTransactionMode): IDBObjectStore {
  try {
    return db.transaction(OBJECT_STORE_NAME, mode).objectStore(OBJECT_STORE_NAME);
  } catch (e) {
    throw refused(e);
  }
}

/** The stored record, or undefined when there is none. */
export function readRecord(db: IDBDatabase): Promise<Bytes | undefined> {
  return new Promise((resolve, reject) => {
    try {
      const request = transaction(db, 'readonly').get(RECORD_KEY);
      request.onsuccess = () => {
        const value: unknown = request.result;
        if (value === undefined) resolve(undefined);
        // Anything else than bytes under our key is someone else's or broken: damaged,
        // so it is never overwritten.
        else if (value instanceof Uint8Array) resolve(value as Bytes);
        else
          reject(
            new JournalError(
              'damaged',
              'What this device keeps is not in the expected format. It was left as it is.',
            ),
          );
      };
      request.onerror = (event) => {
        event.preventDefault();
        reject(refused(request.error));
      };
    } catch (e) {
      reject(e instanceof JournalError ? e : refused(e));
    }
  });
}

/**
 * Writes `next` only if the stored record is still `expected` (compare-and-swap), in one
 * read-write transaction, which IndexedDB runs one at a time across tabs. Resolves to false
 * when another tab wrote in between: read, merge and try again. This keeps both tabs'
 * entries even where the Web Locks API is missing.
 */
export function replaceRecord(db: IDBDatabase, expected: Bytes | undefined, next: Bytes): Promise<boolean> {
  return new Promise((resolve, reject) => {
    let written = false;
    try {
      const store = transaction(db, 'readwrite');
      const tx = store.transaction;
      tx.oncomplete = () => resolve(written);
      tx.onabort = () => reject(refused(tx.error));
      const current = store.get(RECORD_KEY);
      current.onsuccess = () => {
        const value: unknown = current.result;
        const same =
          value === undefined
            ? expected === undefined
            : value instanceof Uint8Array && sameBytes(value, expected);
        if (!same) return;
        try {
          store.put(next, RECORD_KEY);
          written = true;
        } catch (e) {
          reject(refused(e));
          try {
            tx.abort();
          } catch {
            // already finished
          }
        }
      };
    } catch (e) {
      reject(e instanceof JournalError ? e : refused(e));
    }
  });
}

/** Deletes the whole database: afterwards the browser lists no database of ours. */
export function eraseDatabase(): Promise<void> {
  return new Promise((resolve, reject) => {
    try {
      const request = factory().deleteDatabase(STORAGE_NAME);
      request.onsuccess = () => resolve();
      request.onerror = (event) => {
        event.preventDefault();
        reject(refused(request.error));
      };
    } catch (e) {
      reject(e instanceof JournalError ? e : refused(e));
    }
  });
}

/**
 * Runs `task` holding this origin's exclusive Web Lock, so two tabs' read-merge-write never
 * interleave. Where the API is missing or refused (an opaque origin), runs it without: the
 * compare-and-swap in replaceRecord still keeps both tabs' entries.
 */
export async function withLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks?.request) return task();
  let started = false;
  try {
    return await locks.request(STORAGE_NAME, { mode: 'exclusive' }, () => {
      started = true;
      return task();
    });
  } catch (e) {
    if (started) throw e;
    return task();
  }
}
