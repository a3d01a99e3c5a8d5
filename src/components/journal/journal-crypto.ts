/*
 * The one encrypted record that holds every kept entry, with Web Crypto alone. Pure apart from
 * the randomness and the Web Crypto calls: no storage, no DOM. The format is described in
 * docs/journal.md ("What is stored"); the constants below are that description.
 *
 *   offset  bytes  what
 *   0       1      format version (1)
 *   1       4      PBKDF2 iterations, unsigned, big-endian
 *   5       16     PBKDF2 salt, random per store
 *   21      12     key-check IV, fresh per write
 *   33      32     key-check: AES-GCM of 16 zero bytes, additional data = header ‖ 0x01
 *   65      12     data IV, fresh per write
 *   77      n+16   data: AES-GCM of the padded entries, additional data = header ‖ 0x02
 *   93+n    32     SHA-256 of everything before it
 *
 * The header (the first 21 bytes) is authenticated as additional data by both AES-GCM parts,
 * so a changed iteration count or salt cannot pass unnoticed. The key-check tells a wrong
 * passphrase (the check fails) from damaged data (the check opens, the data does not). The
 * digest, which needs no passphrase, catches bytes broken by accident anywhere, before a
 * slow key derivation and before a broken salt could be taken for a wrong passphrase.
 */
import { JournalError } from './journal-error.js';
import type { JournalEntry, JournalKind } from './types.js';

/** Bytes in an ordinary (not shared) buffer, as Web Crypto takes them. */
export type Bytes = Uint8Array<ArrayBuffer>;

export const FORMAT_VERSION = 1;
/** PBKDF2's hash. */
export const PBKDF2_HASH = 'SHA-256';
/** Iterations for a new store: OWASP's figure for PBKDF2-HMAC-SHA256 (2023). */
export const PBKDF2_ITERATIONS = 600_000;
/** Fewer iterations are refused, when deriving and when reading a stored header. */
export const MIN_PBKDF2_ITERATIONS = 600_000;
/** A stored header asking for more is refused as damaged (it would hang the page). */
export const MAX_PBKDF2_ITERATIONS = 10_000_000;
export const SALT_BYTES = 16;
export const AES_KEY_BITS = 256;
/** AES-GCM's recommended IV length. */
export const IV_BYTES = 12;
export const TAG_BYTES = 16;
export const HEADER_BYTES = 1 + 4 + SALT_BYTES;
const CHECK_PLAIN_BYTES = 16;
export const DIGEST_BYTES = 32;
/** The smallest padded size of the entries: 4 KiB, then powers of two. */
export const PAD_MIN_BYTES = 4096;

/** Where the key-check's IV starts. */
export const CHECK_AT = HEADER_BYTES;
const CHECK_BYTES = IV_BYTES + CHECK_PLAIN_BYTES + TAG_BYTES;
/** Where the data's IV starts; the data follows it. */
export const DATA_AT = CHECK_AT + CHECK_BYTES;
/** Record bytes besides the padded entries. */
export const RECORD_OVERHEAD_BYTES = DATA_AT + IV_BYTES + TAG_BYTES + DIGEST_BYTES;

const PURPOSE_CHECK = 1;
const PURPOSE_DATA = 2;

const KINDS: readonly JournalKind[] = ['milestone', 'feeling', 'good-things', 'kindness', 'peer'];

export function isJournalKind(value: unknown): value is JournalKind {
  return typeof value === 'string' && (KINDS as readonly string[]).includes(value);
}

/** What a key is derived with; stored readable in the header. */
export interface KeyParams {
  iterations: number;
  salt: Bytes;
}

/** Parameters for a new store: the production iteration count and a fresh random salt. */
export function newKeyParams(): KeyParams {
  return { iterations: PBKDF2_ITERATIONS, salt: crypto.getRandomValues(new Uint8Array(SALT_BYTES)) };
}

/** True where this page can encrypt (Web Crypto's subtle API needs a secure context). */
export function canEncrypt(): boolean {
  return typeof crypto !== 'undefined' && typeof crypto.subtle?.deriveKey === 'function';
}

/**
 * The AES-GCM-256 key for a passphrase: PBKDF2-SHA-256 over its UTF-8 bytes (NFC, so the
 * same words typed on two keyboards give the same key). Not extractable. Refuses fewer than
 * MIN_PBKDF2_ITERATIONS or a salt of another length, whoever asks.
 */
export async function deriveKey(passphrase: string, params: KeyParams): Promise<CryptoKey> {
  if (
    !Number.isInteger(params.iterations) ||
    params.iterations < MIN_PBKDF2_ITERATIONS ||
    params.iterations > MAX_PBKDF2_ITERATIONS
  ) {
    throw new RangeError(
      `PBKDF2 iterations must be between ${MIN_PBKDF2_ITERATIONS} and ${MAX_PBKDF2_ITERATIONS}.`,
    );
  }
  if (params.salt.length !== SALT_BYTES) throw new RangeError(`The salt must be ${SALT_BYTES} bytes.`);
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: PBKDF2_HASH, salt: params.salt, iterations: params.iterations },
    material,
    { name: 'AES-GCM', length: AES_KEY_BITS },
    false,
    ['encrypt', 'decrypt'],
  );
}

function header(params: KeyParams): Bytes {
  const bytes = new Uint8Array(HEADER_BYTES);
  bytes[0] = FORMAT_VERSION;
  new DataView(bytes.buffer).setUint32(1, params.iterations);
  bytes.set(params.salt, 5);
  return bytes;
}

function additionalData(head: Bytes, purpose: number): Bytes {
  const bytes = new Uint8Array(head.length + 1);
  bytes.set(head);
  bytes[head.length] = purpose;
  return bytes;
}

/** The padded size for `length` bytes of entries (plus their 4-byte length). */
export function paddedSize(length: number): number {
  let size = PAD_MIN_BYTES;
  while (size < length + 4) size *= 2;
  return size;
}

function pad(json: Bytes): Bytes {
  const bytes = new Uint8Array(paddedSize(json.length));
  new DataView(bytes.buffer).setUint32(0, json.length);
  bytes.set(json, 4);
  return bytes;
}

async function digest(bytes: Bytes): Promise<Bytes> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
}

/**
 * Encrypts every entry into one record (see the layout above), with fresh random IVs. The
 * entries' number shows only as the power of two their text fits in.
 */
export async function sealRecord(
  key: CryptoKey,
  params: KeyParams,
  entries: readonly JournalEntry[],
): Promise<Bytes> {
  const head = header(params);
  const checkIv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const dataIv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const check = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv: checkIv, additionalData: additionalData(head, PURPOSE_CHECK) },
      key,
      new Uint8Array(CHECK_PLAIN_BYTES),
    ),
  );
  const plain = pad(
    new TextEncoder().encode(
      JSON.stringify(entries.map(({ id, kind, text, date }) => ({ id, kind, text, date }))),
    ),
  );
  const data = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv: dataIv, additionalData: additionalData(head, PURPOSE_DATA) },
      key,
      plain,
    ),
  );
  const body = new Uint8Array(DATA_AT + IV_BYTES + data.length);
  body.set(head);
  body.set(checkIv, CHECK_AT);
  body.set(check, CHECK_AT + IV_BYTES);
  body.set(dataIv, DATA_AT);
  body.set(data, DATA_AT + IV_BYTES);
  const record = new Uint8Array(body.length + DIGEST_BYTES);
  record.set(body);
  record.set(await digest(body), body.length);
  return record;
}

function damaged(why: string): JournalError {
  return new JournalError('damaged', `What this device keeps cannot be read: ${why}. It was left as it is.`);
}

/**
 * The key parameters of a stored record, once its digest and shape are sound. Rejects with
 * `damaged` otherwise, without deriving anything.
 */
export async function readKeyParams(record: Bytes): Promise<KeyParams> {
  if (!(record instanceof Uint8Array) || record.length < RECORD_OVERHEAD_BYTES + PAD_MIN_BYTES)
    throw damaged('it is too short');
  const body = record.subarray(0, record.length - DIGEST_BYTES);
  const sum = await digest(body);
  if (!sameBytes(sum, record.subarray(body.length))) throw damaged('its bytes were changed');
  if (record[0] !== FORMAT_VERSION) throw damaged(`it has format ${record[0]}, not ${FORMAT_VERSION}`);
  const iterations = new DataView(record.buffer, record.byteOffset).getUint32(1);
  if (iterations < MIN_PBKDF2_ITERATIONS || iterations > MAX_PBKDF2_ITERATIONS)
    throw damaged(`it asks for ${iterations} iterations`);
  return { iterations, salt: record.slice(5, 5 + SALT_BYTES) };
}

/**
 * The entries of a record whose key parameters readKeyParams accepted. Rejects with
 * `wrong-passphrase` when the key does not open the key-check, with `damaged` when it does
 * but the data does not open or does not hold valid entries.
 */
export async function openRecord(key: CryptoKey, record: Bytes): Promise<JournalEntry[]> {
  const head = record.subarray(0, HEADER_BYTES);
  try {
    await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: record.subarray(CHECK_AT, CHECK_AT + IV_BYTES),
        additionalData: additionalData(head, PURPOSE_CHECK),
      },
      key,
      record.subarray(CHECK_AT + IV_BYTES, DATA_AT),
    );
  } catch {
    throw new JournalError(
      'wrong-passphrase',
      'This passphrase does not open what this device keeps. Nothing was changed.',
    );
  }
  let plain: Bytes;
  try {
    plain = new Uint8Array(
      await crypto.subtle.decrypt(
        {
          name: 'AES-GCM',
          iv: record.subarray(DATA_AT, DATA_AT + IV_BYTES),
          additionalData: additionalData(head, PURPOSE_DATA),
        },
        key,
        record.subarray(DATA_AT + IV_BYTES, record.length - DIGEST_BYTES),
      ),
    );
  } catch {
    throw damaged('the passphrase is right but the data was changed');
  }
  const length = new DataView(plain.buffer, plain.byteOffset).getUint32(0);
  if (length > plain.length - 4) throw damaged('its length is wrong');
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain.subarray(4, 4 + length)));
  } catch {
    throw damaged('its entries are not readable');
  }
  // An entry this version does not understand (a newer kind, say) makes the whole record
  // unreadable rather than dropped: writing it back without it would lose it.
  if (!Array.isArray(parsed) || !parsed.every(isEntry))
    throw damaged('it holds entries this version does not know');
  return parsed.map((e) => Object.freeze({ id: e.id, kind: e.kind, text: e.text, date: e.date }));
}

function isEntry(value: unknown): value is JournalEntry {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  return (
    typeof e.id === 'string' &&
    isJournalKind(e.kind) &&
    typeof e.text === 'string' &&
    typeof e.date === 'string'
  );
}

/** Whether two records (or any byte strings) are the same bytes. */
export function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
