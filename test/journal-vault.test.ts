// The journal's core (issue 24): nothing kept unless asked; when kept, one encrypted record
// under neutral names that holds nothing readable; a wrong passphrase and damaged data change
// nothing stored; two pages writing at once keep both; refused storage keeps the page working;
// the key derivation's parameters are what docs/journal.md says.
// PBKDF2 at 600,000 iterations takes a while in every engine: each test derives as few keys
// as it can (counted in its comment), and the production parameters are the only ones.
import { expect, waitUntil } from '@open-wc/testing';
import {
  AES_KEY_BITS,
  CHECK_AT,
  DATA_AT,
  DIGEST_BYTES,
  HEADER_BYTES,
  IV_BYTES,
  MIN_PBKDF2_ITERATIONS,
  PAD_MIN_BYTES,
  PBKDF2_ITERATIONS,
  RECORD_OVERHEAD_BYTES,
  SALT_BYTES,
  deriveKey,
  newKeyParams,
  openRecord,
  sealRecord,
} from '../src/components/journal/journal-crypto.js';
import { OBJECT_STORE_NAME, RECORD_KEY, STORAGE_NAME } from '../src/components/journal/journal-storage.js';
import { JournalVault } from '../src/components/journal/journal-vault.js';
import type { JournalEntry } from '../src/components/journal/types.js';
import { pageErrors } from './helpers.js';

const PASSPHRASE = 'quiet river at seven';
const WRONG = 'quiet river at eight';
const SECRET_TEXT = 'I told my sister about the flat on Elm Street';
const NEUTRAL = /journal|diary|abuse|haven|entr|passphrase|secret|private|crypt|note/i;

type Raw = { store: string; key: IDBValidKey; value: unknown };

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

/** The databases this origin has, where the engine can list them. */
async function databaseNames(): Promise<string[] | undefined> {
  if (typeof indexedDB.databases !== 'function') return undefined;
  return (await indexedDB.databases()).map((d) => d.name ?? '');
}

/** Opens our database without the code under test, or undefined when there is none. */
async function openOurs(): Promise<IDBDatabase | undefined> {
  const names = await databaseNames();
  if (names && !names.includes(STORAGE_NAME)) return undefined;
  return request(indexedDB.open(STORAGE_NAME));
}

/** Every record in every store of our database, read directly. */
async function rawRecords(): Promise<Raw[]> {
  const db = await openOurs();
  if (!db) return [];
  const out: Raw[] = [];
  for (const store of db.objectStoreNames) {
    const os = db.transaction(store).objectStore(store);
    const [keys, values] = await Promise.all([request(os.getAllKeys()), request(os.getAll())]);
    keys.forEach((key, i) => out.push({ store, key, value: values[i] }));
  }
  db.close();
  return out;
}

async function storedBytes(): Promise<Uint8Array | undefined> {
  const found = (await rawRecords()).find((r) => r.store === OBJECT_STORE_NAME && r.key === RECORD_KEY);
  return found?.value as Uint8Array | undefined;
}

/** Our database with its store, made directly, as the code under test would. */
async function createOurs(): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const r = indexedDB.open(STORAGE_NAME, 1);
    r.onupgradeneeded = () => r.result.createObjectStore(OBJECT_STORE_NAME);
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  db.close();
}

async function putBytes(bytes: Uint8Array): Promise<void> {
  const db = (await openOurs())!;
  const tx = db.transaction(OBJECT_STORE_NAME, 'readwrite');
  tx.objectStore(OBJECT_STORE_NAME).put(bytes, RECORD_KEY);
  await new Promise((resolve) => (tx.oncomplete = resolve));
  db.close();
}

async function eraseOurs(): Promise<void> {
  await request(indexedDB.deleteDatabase(STORAGE_NAME) as IDBRequest<unknown>);
}

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** A string's bytes as UTF-8 and as UTF-16 (both byte orders): any readable copy. */
function encodings(text: string): Uint8Array[] {
  const utf16 = (littleEndian: boolean) => {
    const bytes = new Uint8Array(text.length * 2);
    const view = new DataView(bytes.buffer);
    for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
    return bytes;
  };
  return [new TextEncoder().encode(text), utf16(true), utf16(false)];
}

/** Every byte that any stored record holds, keys and values, however it was stored. */
async function everyStoredByte(): Promise<Uint8Array[]> {
  const parts: Uint8Array[] = [];
  for (const { store, key, value } of await rawRecords()) {
    parts.push(new TextEncoder().encode(`${store} ${String(key)}`));
    if (value instanceof Uint8Array) parts.push(value);
    else if (value instanceof ArrayBuffer) parts.push(new Uint8Array(value));
    else parts.push(new TextEncoder().encode(JSON.stringify(value)));
  }
  return parts;
}

async function reasonOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (e) {
    return (e as { reason?: string }).reason ?? `not a reason: ${String(e)}`;
  }
}

async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}

/** A copy of `record` with one byte of its encrypted data flipped; the digest redone if asked. */
async function tampered(record: Uint8Array, redoDigest: boolean): Promise<Uint8Array> {
  const copy = record.slice();
  copy[DATA_AT + IV_BYTES + 20]! ^= 0x01;
  if (redoDigest)
    copy.set(await sha256(copy.subarray(0, copy.length - DIGEST_BYTES)), copy.length - DIGEST_BYTES);
  return copy;
}

const restore: Array<() => void> = [];
afterEach(async () => {
  while (restore.length) restore.pop()!();
  await eraseOurs();
});

describe('the journal vault: nothing kept by default', () => {
  it('adding, reading and locking entries touches no storage at all', async () => {
    const namesBefore = await databaseNames();
    const cachesBefore = typeof caches !== 'undefined' ? await caches.keys() : [];
    const opened: string[] = [];
    const open = indexedDB.open;
    indexedDB.open = function (name: string, version?: number) {
      opened.push(name);
      return open.call(indexedDB, name, version);
    };
    restore.push(() => delete (indexedDB as { open?: unknown }).open);
    const vault = new JournalVault();
    await vault.addEntry({ kind: 'feeling', text: SECRET_TEXT });
    await vault.addEntry({ kind: 'good-things', text: 'Tea. Sun. A call.' });
    vault.lock();
    expect(vault.entries.map((e) => e.text)).to.deep.equal([SECRET_TEXT, 'Tea. Sun. A call.']);
    expect(vault.keeping).to.equal(false);
    expect(vault.locked).to.equal(false);
    expect(opened, 'IndexedDB was opened').to.deep.equal([]);
    expect(localStorage.length, 'localStorage').to.equal(0);
    expect(sessionStorage.length, 'sessionStorage').to.equal(0);
    expect(document.cookie, 'cookies').to.equal('');
    if (typeof caches !== 'undefined')
      expect(await caches.keys(), 'Cache Storage').to.deep.equal(cachesBefore);
    const namesAfter = await databaseNames();
    if (namesAfter) {
      expect(namesAfter, 'IndexedDB databases').to.deep.equal(namesBefore);
      expect(namesAfter).not.to.include(STORAGE_NAME);
    }
  });

  it('unlocking when nothing is kept says so and creates no database', async () => {
    const vault = new JournalVault();
    expect(await reasonOf(vault.unlock(PASSPHRASE))).to.equal('nothing-kept');
    const names = await databaseNames();
    if (names) expect(names).not.to.include(STORAGE_NAME);
    else expect(await rawRecords()).to.deep.equal([]);
  });
});

describe('the journal vault: kept on the device', function () {
  this.timeout(120000);

  it('stores one record holding neither the text, the passphrase, the kinds nor the dates, under names that say nothing', async () => {
    // 1 derivation.
    const vault = new JournalVault();
    const first = await vault.addEntry({ kind: 'milestone', text: SECRET_TEXT });
    await vault.keepOnDevice(PASSPHRASE);
    expect(vault.keeping).to.equal(true);
    const second = await vault.addEntry({ kind: 'peer', text: 'Talked with Ana from the Tuesday group' });
    expect(vault.entries.map((e) => e.id)).to.deep.equal([first.id, second.id]);

    const records = await rawRecords();
    expect(records.length, 'one record').to.equal(1);
    const record = records[0]!.value;
    expect(record).to.be.instanceOf(Uint8Array);
    // Two entries fit the smallest padded size: the length does not tell how many there are.
    expect((record as Uint8Array).length).to.equal(RECORD_OVERHEAD_BYTES + PAD_MIN_BYTES);
    const stored = await everyStoredByte();
    const readable = [
      SECRET_TEXT,
      'Elm Street',
      'Ana from the Tuesday',
      PASSPHRASE,
      'quiet river',
      'milestone',
      'peer',
      first.date.slice(0, 10),
      first.id,
      '"text"',
    ];
    for (const text of readable) {
      for (const needle of encodings(text)) {
        expect(
          stored.some((part) => contains(part, needle)),
          `"${text}" is readable in storage`,
        ).to.equal(false);
      }
    }
    // The names someone could see in the browser's storage tools.
    const names = [
      STORAGE_NAME,
      ...records.map((r) => r.store),
      ...records.map((r) => String(r.key)),
      ...((await databaseNames()) ?? []),
    ];
    for (const name of names) expect(name, 'a storage name').not.to.match(NEUTRAL);
  });

  it('derives the key with PBKDF2-SHA-256, 600,000 iterations and a 16-byte random salt, and encrypts with AES-GCM-256 under a fresh 12-byte IV', async () => {
    // 3 derivations: two stores, and this test's own to read the record from the documented format.
    const subtle = crypto.subtle as SubtleCrypto & Record<string, unknown>;
    const derivations: Pbkdf2Params[] = [];
    const derivedTypes: AesKeyAlgorithm[] = [];
    const ivs: Uint8Array[] = [];
    const { deriveKey: derive, encrypt } = subtle;
    subtle.deriveKey = function (
      algorithm: Pbkdf2Params,
      base: CryptoKey,
      type: AesKeyAlgorithm,
      ...rest: unknown[]
    ) {
      derivations.push(algorithm);
      derivedTypes.push(type);
      return (derive as (...a: unknown[]) => Promise<CryptoKey>).call(
        crypto.subtle,
        algorithm,
        base,
        type,
        ...rest,
      );
    } as SubtleCrypto['deriveKey'];
    subtle.encrypt = function (algorithm: AesGcmParams, ...rest: unknown[]) {
      ivs.push(new Uint8Array(algorithm.iv as ArrayBuffer).slice());
      return (encrypt as (...a: unknown[]) => Promise<ArrayBuffer>).call(crypto.subtle, algorithm, ...rest);
    } as SubtleCrypto['encrypt'];
    restore.push(() => {
      delete (subtle as { deriveKey?: unknown }).deriveKey;
      delete (subtle as { encrypt?: unknown }).encrypt;
    });

    const vault = new JournalVault();
    await vault.keepOnDevice(PASSPHRASE);
    const afterKeep = (await storedBytes())!;
    await vault.addEntry({ kind: 'kindness', text: 'You did well today.' });
    const record = (await storedBytes())!;

    expect(derivations.length, 'one derivation for the store').to.equal(1);
    const [used] = derivations;
    expect(used!.name).to.equal('PBKDF2');
    expect(String((used!.hash as Algorithm).name ?? used!.hash)).to.equal('SHA-256');
    expect(used!.iterations).to.be.at.least(600_000);
    expect(PBKDF2_ITERATIONS).to.be.at.least(600_000);
    expect(MIN_PBKDF2_ITERATIONS).to.be.at.least(600_000);
    expect(new Uint8Array(used!.salt as ArrayBuffer).length).to.equal(16);
    expect(derivedTypes[0]).to.deep.include({ name: 'AES-GCM', length: 256 });
    expect(AES_KEY_BITS).to.equal(256);

    // The stored header says the same, readable, as docs/journal.md describes.
    const view = new DataView(record.buffer, record.byteOffset);
    expect(record[0], 'format version').to.equal(1);
    expect(view.getUint32(1), 'iterations in the header').to.equal(used!.iterations);
    expect([...record.subarray(5, 5 + SALT_BYTES)]).to.deep.equal([
      ...new Uint8Array(used!.salt as ArrayBuffer),
    ]);

    // Every encryption had its own 12-byte IV: two writes never share one.
    expect(ivs.length).to.equal(4);
    for (const iv of ivs) expect(iv.length).to.equal(12);
    expect(new Set(ivs.map((iv) => iv.join())).size, 'IVs were reused').to.equal(ivs.length);
    expect([...afterKeep.subarray(DATA_AT, DATA_AT + IV_BYTES)]).not.to.deep.equal([
      ...record.subarray(DATA_AT, DATA_AT + IV_BYTES),
    ]);

    // Read back with nothing but the documented format and Web Crypto: PBKDF2-SHA-256 with the
    // header's iterations and salt, AES-GCM-256, the header plus 0x02 as additional data.
    const material = await crypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(PASSPHRASE),
      'PBKDF2',
      false,
      ['deriveKey'],
    );
    const header = record.slice(0, HEADER_BYTES);
    const key = await derive.call(
      crypto.subtle,
      { name: 'PBKDF2', hash: 'SHA-256', salt: header.slice(5), iterations: view.getUint32(1) },
      material,
      { name: 'AES-GCM', length: 256 },
      false,
      ['decrypt'],
    );
    const additionalData = new Uint8Array([...header, 2]);
    const plain = new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: record.slice(DATA_AT, DATA_AT + IV_BYTES), additionalData },
        key,
        record.slice(DATA_AT + IV_BYTES, record.length - DIGEST_BYTES),
      ),
    );
    const length = new DataView(plain.buffer).getUint32(0);
    const entries = JSON.parse(new TextDecoder().decode(plain.subarray(4, 4 + length))) as JournalEntry[];
    expect(entries.map((e) => [e.kind, e.text])).to.deep.equal([['kindness', 'You did well today.']]);
    // The header is authenticated: changing it (fewer iterations) breaks the data.
    const changed = new Uint8Array([...header, 2]);
    changed[4]! ^= 1;
    let opened = true;
    await crypto.subtle
      .decrypt(
        { name: 'AES-GCM', iv: record.slice(DATA_AT, DATA_AT + IV_BYTES), additionalData: changed },
        key,
        record.slice(DATA_AT + IV_BYTES, record.length - DIGEST_BYTES),
      )
      .catch(() => (opened = false));
    expect(opened, 'the header is not authenticated').to.equal(false);

    // A new store after erasing gets a new random salt.
    await vault.erase();
    await vault.keepOnDevice(PASSPHRASE);
    const again = (await storedBytes())!;
    expect(again.subarray(5, 5 + SALT_BYTES).join(), 'the salt was reused').not.to.equal(
      record.subarray(5, 5 + SALT_BYTES).join(),
    );
  });

  it('refuses fewer than 600,000 iterations, whoever asks', async () => {
    // No derivation: both are refused before deriving.
    const params = newKeyParams();
    expect(params.iterations).to.be.at.least(600_000);
    expect(params.salt.length).to.equal(SALT_BYTES);
    expect(newKeyParams().salt.join(), 'two stores share a salt').not.to.equal(params.salt.join());
    let refused = '';
    await deriveKey(PASSPHRASE, { ...params, iterations: 599_999 }).catch((e: Error) => (refused = e.name));
    expect(refused, 'deriveKey took 599,999 iterations').to.equal('RangeError');

    // A stored record asking for 100,000 iterations (its digest made right) is damaged.
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
      'decrypt',
    ]);
    const weak = await sealRecord(key, params, []);
    new DataView(weak.buffer).setUint32(1, 100_000);
    weak.set(await sha256(weak.subarray(0, weak.length - DIGEST_BYTES)), weak.length - DIGEST_BYTES);
    await createOurs();
    await putBytes(weak);
    const derivations: unknown[] = [];
    const subtle = crypto.subtle as SubtleCrypto & Record<string, unknown>;
    const { deriveKey: derive } = subtle;
    subtle.deriveKey = function (...args: unknown[]) {
      derivations.push(args);
      return (derive as (...a: unknown[]) => Promise<CryptoKey>).apply(crypto.subtle, args);
    } as SubtleCrypto['deriveKey'];
    restore.push(() => delete (subtle as { deriveKey?: unknown }).deriveKey);
    expect(await reasonOf(new JournalVault().unlock(PASSPHRASE))).to.equal('damaged');
    expect(derivations.length, 'a key was derived with too few iterations').to.equal(0);
    expect([...(await storedBytes())!]).to.deep.equal([...weak]);
  });

  it('pads the entries to a size bucket and never writes the same bytes twice', async () => {
    // No derivation: a generated AES-GCM key stands for a derived one.
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
      'decrypt',
    ]);
    const params = newKeyParams();
    const entry = (i: number): JournalEntry => ({
      id: crypto.randomUUID(),
      kind: 'feeling',
      text: `Entry number ${i}, a few calm words.`,
      date: new Date().toISOString(),
    });
    const one = await sealRecord(key, params, [entry(1)]);
    const ten = await sealRecord(
      key,
      params,
      Array.from({ length: 10 }, (_, i) => entry(i)),
    );
    expect(one.length, 'the length tells the number of entries').to.equal(ten.length);
    expect(one.length).to.equal(RECORD_OVERHEAD_BYTES + PAD_MIN_BYTES);
    const many = await sealRecord(
      key,
      params,
      Array.from({ length: 200 }, (_, i) => entry(i)),
    );
    expect(Math.log2(many.length - RECORD_OVERHEAD_BYTES) % 1, 'a power of two').to.equal(0);

    const same = [entry(1)];
    const a = await sealRecord(key, params, same);
    const b = await sealRecord(key, params, same);
    expect(a.length).to.equal(b.length);
    expect(a.subarray(DATA_AT, DATA_AT + IV_BYTES).join(), 'the data IV was reused').not.to.equal(
      b.subarray(DATA_AT, DATA_AT + IV_BYTES).join(),
    );
    expect(a.subarray(CHECK_AT, CHECK_AT + IV_BYTES).join(), 'the check IV was reused').not.to.equal(
      b.subarray(CHECK_AT, CHECK_AT + IV_BYTES).join(),
    );
    expect(a.subarray(DATA_AT + IV_BYTES).join(), 'the same content gave the same ciphertext').not.to.equal(
      b.subarray(DATA_AT + IV_BYTES).join(),
    );
    expect((await openRecord(key, a)).map((e) => e.text)).to.deep.equal(
      (await openRecord(key, b)).map((e) => e.text),
    );
  });

  it('a wrong passphrase says so and changes nothing stored', async () => {
    // 3 derivations.
    const vault = new JournalVault();
    await vault.keepOnDevice(PASSPHRASE);
    await vault.addEntry({ kind: 'milestone', text: 'First night of good sleep' });
    const before = (await storedBytes())!;

    const other = new JournalVault();
    expect(await reasonOf(other.unlock(WRONG))).to.equal('wrong-passphrase');
    expect(other.entries).to.deep.equal([]);
    expect([...(await storedBytes())!], 'unlock changed what is stored').to.deep.equal([...before]);

    const third = new JournalVault();
    await third.addEntry({ kind: 'feeling', text: 'Not sure yet' });
    expect(await reasonOf(third.keepOnDevice(WRONG))).to.equal('already-kept');
    expect(third.keeping).to.equal(false);
    expect(
      third.entries.map((e) => e.text),
      'the page kept its entry',
    ).to.deep.equal(['Not sure yet']);
    expect([...(await storedBytes())!], 'keepOnDevice changed what is stored').to.deep.equal([...before]);

    // The right passphrase still works for the first page.
    await vault.addEntry({ kind: 'feeling', text: 'Calmer' });
    expect(vault.entries.map((e) => e.text)).to.deep.equal(['First night of good sleep', 'Calmer']);
  });

  it('damaged data says so, and no later write or keeping overwrites it', async () => {
    // 1 derivation: the digest tells damage before any key is derived.
    const errors = pageErrors();
    const vault = new JournalVault();
    await vault.keepOnDevice(PASSPHRASE);
    await vault.addEntry({ kind: 'milestone', text: 'Moved out' });
    const broken = await tampered((await storedBytes())!, false);
    await putBytes(broken);

    let rejected: { reason?: string; entry?: JournalEntry } = {};
    await vault
      .addEntry({ kind: 'feeling', text: 'Still here' })
      .catch((e: typeof rejected) => (rejected = e));
    expect(rejected.reason).to.equal('damaged');
    expect(rejected.entry?.text, 'the entry the page keeps').to.equal('Still here');
    expect(vault.entries.map((e) => e.text)).to.deep.equal(['Moved out', 'Still here']);
    expect(vault.keeping, 'still writing to a damaged store').to.equal(false);
    expect([...(await storedBytes())!], 'the damaged record was overwritten').to.deep.equal([...broken]);

    await vault.addEntry({ kind: 'kindness', text: 'Be gentle' });
    expect(await reasonOf(new JournalVault().unlock(PASSPHRASE))).to.equal('damaged');
    expect(await reasonOf(new JournalVault().keepOnDevice(PASSPHRASE))).to.equal('damaged');
    expect(await reasonOf(vault.keepOnDevice(PASSPHRASE))).to.equal('damaged');
    expect([...(await storedBytes())!], 'the damaged record was overwritten').to.deep.equal([...broken]);

    // Only erasing removes it.
    await vault.erase();
    expect(await storedBytes()).to.equal(undefined);
    expect(errors).to.deep.equal([]);
  });

  it('tampered data with a remade digest: the right passphrase reports damage, a wrong one a wrong passphrase', async () => {
    // 3 derivations.
    const vault = new JournalVault();
    await vault.keepOnDevice(PASSPHRASE);
    await vault.addEntry({ kind: 'good-things', text: 'Rain. Bread. Music.' });
    const forged = await tampered((await storedBytes())!, true);
    await putBytes(forged);
    expect(await reasonOf(new JournalVault().unlock(PASSPHRASE)), 'right passphrase').to.equal('damaged');
    expect(await reasonOf(new JournalVault().unlock(WRONG)), 'wrong passphrase').to.equal('wrong-passphrase');
    // The page that still holds the key does not write over it either.
    expect(await reasonOf(vault.addEntry({ kind: 'feeling', text: 'later' })), 'a later write').to.equal(
      'damaged',
    );
    expect([...(await storedBytes())!], 'the damaged record was overwritten').to.deep.equal([...forged]);
  });

  it('keeping with the passphrase of what is kept joins the page to it; a lock asked during unlocking wins', async () => {
    // 5 derivations.
    const first = new JournalVault();
    await first.addEntry({ kind: 'milestone', text: 'kept first' });
    await first.keepOnDevice(PASSPHRASE);
    const second = new JournalVault();
    await second.addEntry({ kind: 'feeling', text: 'written in another page' });
    await second.keepOnDevice(PASSPHRASE);
    expect(second.entries.map((e) => e.text)).to.deep.equal(['kept first', 'written in another page']);

    // The quick exit locks while the key is still being derived: the page does not open.
    const third = new JournalVault();
    const unlocking = third.unlock(PASSPHRASE);
    third.lock();
    await unlocking;
    expect(third.keeping, 'the page opened after lock()').to.equal(false);
    expect(third.entries).to.deep.equal([]);
    // Keeping, with a lock asked meanwhile: stored, and locked.
    const fourth = new JournalVault();
    await fourth.addEntry({ kind: 'peer', text: 'joins what is kept' });
    const keeping = fourth.keepOnDevice(PASSPHRASE);
    fourth.lock();
    await keeping;
    expect(fourth.locked, 'the page opened after lock()').to.equal(true);
    expect(fourth.entries).to.deep.equal([]);
    await fourth.unlock(PASSPHRASE);
    expect(fourth.entries.map((e) => e.text)).to.deep.equal([
      'kept first',
      'written in another page',
      'joins what is kept',
    ]);
  });

  it('lock forgets the key and the entries; unlock brings them back; erase leaves no database', async () => {
    // 2 derivations.
    const vault = new JournalVault();
    await vault.keepOnDevice(PASSPHRASE);
    await vault.addEntry({ kind: 'peer', text: 'Good talk' });
    vault.lock();
    expect(vault.locked).to.equal(true);
    expect(vault.entries).to.deep.equal([]);
    expect(await reasonOf(vault.addEntry({ kind: 'feeling', text: 'x' }))).to.equal('locked');
    await vault.unlock(PASSPHRASE);
    expect(vault.locked).to.equal(false);
    expect(vault.entries.map((e) => e.text)).to.deep.equal(['Good talk']);
    await vault.erase();
    expect(vault.keeping).to.equal(false);
    expect(vault.entries).to.deep.equal([]);
    const names = await databaseNames();
    if (names) expect(names, 'the database is still listed').not.to.include(STORAGE_NAME);
    expect(await storedBytes()).to.equal(undefined);
  });
});

type FrameWindow = Window & typeof globalThis & { vault?: JournalVault };

/** A same-origin page of its own (its own copy of the module, its own connections), like a tab. */
async function page(): Promise<FrameWindow> {
  const frame = document.createElement('iframe');
  frame.title = 'A second page';
  document.body.append(frame);
  restore.push(() => frame.remove());
  const win = frame.contentWindow as FrameWindow;
  const script = win.document.createElement('script');
  script.type = 'module';
  script.textContent =
    "import { JournalVault } from '/src/components/journal/journal-vault.ts'; window.vault = new JournalVault();";
  win.document.head.append(script);
  await waitUntil(() => win.vault, 'the page did not load the vault', { timeout: 20000 });
  return win;
}

describe('the journal vault: two pages at once', function () {
  this.timeout(120000);

  it('two pages writing at the same moment keep both entries, with and without Web Locks', async () => {
    // 3 derivations.
    const [a, b] = await Promise.all([page(), page()]);
    await a.vault!.keepOnDevice(PASSPHRASE);
    await b.vault!.unlock(PASSPHRASE);
    const heard = new Promise((resolve) => b.vault!.addEventListener('change', resolve, { once: true }));
    await Promise.all([
      a.vault!.addEntry({ kind: 'feeling', text: 'from A, 1' }),
      b.vault!.addEntry({ kind: 'feeling', text: 'from B, 1' }),
      a.vault!.addEntry({ kind: 'feeling', text: 'from A, 2' }),
      b.vault!.addEntry({ kind: 'feeling', text: 'from B, 2' }),
    ]);
    // The other page hears of the write and reloads.
    await heard;
    await waitUntil(
      () => a.vault!.entries.length === 4 && b.vault!.entries.length === 4,
      'a page did not see all four entries',
      { timeout: 10000 },
    );

    // Where the Web Locks API is missing, the compare-and-swap alone keeps both.
    for (const win of [a, b])
      Object.defineProperty(win.navigator, 'locks', { value: undefined, configurable: true });
    await Promise.all([
      a.vault!.addEntry({ kind: 'peer', text: 'from A, 3' }),
      b.vault!.addEntry({ kind: 'peer', text: 'from B, 3' }),
    ]);

    const check = new JournalVault();
    await check.unlock(PASSPHRASE);
    expect(check.entries.map((e) => e.text).sort()).to.deep.equal([
      'from A, 1',
      'from A, 2',
      'from A, 3',
      'from B, 1',
      'from B, 2',
      'from B, 3',
    ]);
  });

  it('erasing in one page makes the other forget, and its next entry is not written back', async () => {
    // 2 derivations.
    const [a, b] = await Promise.all([page(), page()]);
    await a.vault!.keepOnDevice(PASSPHRASE);
    await b.vault!.unlock(PASSPHRASE);
    await b.vault!.addEntry({ kind: 'milestone', text: 'Before erasing' });
    await a.vault!.erase();
    await waitUntil(() => !b.vault!.keeping, 'the other page still keeps', { timeout: 10000 });
    expect(b.vault!.entries).to.deep.equal([]);
    await b.vault!.addEntry({ kind: 'feeling', text: 'After erasing' });
    expect(await storedBytes(), 'the erased store came back').to.equal(undefined);
  });
});

describe('the journal vault: storage refused', () => {
  it('IndexedDB throwing, failing or missing becomes storage-refused, and the page keeps writing', async () => {
    // No derivation: storage is refused before any key is derived.
    const errors = pageErrors();
    restore.push(() => delete (indexedDB as { open?: unknown }).open);
    const vault = new JournalVault();
    await vault.addEntry({ kind: 'feeling', text: 'one' });

    indexedDB.open = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    expect(await reasonOf(vault.keepOnDevice(PASSPHRASE)), 'open throws').to.equal('storage-refused');

    indexedDB.open = () => {
      const fake = { error: new DOMException('refused', 'UnknownError') } as IDBOpenDBRequest & {
        onerror: (e: Event) => void;
      };
      setTimeout(() => fake.onerror(new Event('error')));
      return fake;
    };
    expect(await reasonOf(vault.keepOnDevice(PASSPHRASE)), 'open fails').to.equal('storage-refused');
    // As if something were kept, so that unlock gets as far as opening.
    indexedDB.databases = () => Promise.resolve([{ name: STORAGE_NAME, version: 1 }]);
    restore.push(() => delete (indexedDB as { databases?: unknown }).databases);
    expect(await reasonOf(vault.unlock(PASSPHRASE)), 'open fails, unlock').to.equal('storage-refused');

    delete (indexedDB as { open?: unknown }).open;
    const own = Object.getOwnPropertyDescriptor(window, 'indexedDB');
    Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => undefined });
    restore.push(() =>
      own
        ? Object.defineProperty(window, 'indexedDB', own)
        : delete (window as { indexedDB?: unknown }).indexedDB,
    );
    expect(await reasonOf(vault.keepOnDevice(PASSPHRASE)), 'no IndexedDB').to.equal('storage-refused');

    await vault.addEntry({ kind: 'feeling', text: 'two' });
    expect(vault.keeping).to.equal(false);
    expect(vault.entries.map((e) => e.text)).to.deep.equal(['one', 'two']);
    expect(errors).to.deep.equal([]);
  });

  it('a full device becomes quota: the entry stays in the page and is stored with the next write', async function () {
    this.timeout(120000);
    // 2 derivations.
    const errors = pageErrors();
    const vault = new JournalVault();
    await vault.keepOnDevice(PASSPHRASE);
    const before = (await storedBytes())!;
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    restore.push(() => (IDBObjectStore.prototype.put = put));
    let rejected: { reason?: string; entry?: JournalEntry } = {};
    await vault
      .addEntry({ kind: 'feeling', text: 'kept in the page' })
      .catch((e: typeof rejected) => (rejected = e));
    expect(rejected.reason).to.equal('quota');
    expect(rejected.entry?.text).to.equal('kept in the page');
    expect(vault.entries.map((e) => e.text)).to.deep.equal(['kept in the page']);
    expect([...(await storedBytes())!]).to.deep.equal([...before]);

    IDBObjectStore.prototype.put = put;
    await vault.addEntry({ kind: 'feeling', text: 'room again' });
    const check = new JournalVault();
    await check.unlock(PASSPHRASE);
    expect(check.entries.map((e) => e.text)).to.deep.equal(['kept in the page', 'room again']);
    expect(errors).to.deep.equal([]);
  });

  it('a page that cannot encrypt says unsupported and keeps entries in the page', async () => {
    const vault = new JournalVault();
    Object.defineProperty(crypto, 'subtle', { configurable: true, value: undefined });
    restore.push(() => delete (crypto as { subtle?: unknown }).subtle);
    expect(await reasonOf(vault.keepOnDevice(PASSPHRASE))).to.equal('unsupported');
    await vault.addEntry({ kind: 'kindness', text: 'Still fine' });
    expect(vault.entries.length).to.equal(1);
    const names = await databaseNames();
    if (names) expect(names).not.to.include(STORAGE_NAME);
  });
});
