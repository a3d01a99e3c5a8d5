/*
 * The journal's entries and the reasons an operation on them can fail. Types only, importing
 * nothing, so the vault, the element (to come) and tools can all share them.
 */

/**
 * What an entry is about, after the guide's "Celebrating Progress and Growth" and
 * "Integrating Peer Support":
 * - `milestone`: a step on the healing journey worth marking (shown first in the look back);
 * - `feeling`: how the visitor feels, put into words;
 * - `good-things`: three good things today, things to be thankful for;
 * - `kindness`: a kind word to yourself (self-compassion);
 * - `peer`: thoughts after a conversation with a peer supporter or a peer group.
 */
export type JournalKind = 'milestone' | 'feeling' | 'good-things' | 'kindness' | 'peer';

/** What the visitor writes: the vault gives it an id and a date. */
export interface JournalEntryInput {
  kind: JournalKind;
  /** Plain text, as written. Never parsed as markup. */
  text: string;
}

/** An entry as the vault keeps it. Entries are never changed once written. */
export interface JournalEntry extends JournalEntryInput {
  /** Random and unique (a UUID): two tabs' entries are merged by it. */
  readonly id: string;
  readonly kind: JournalKind;
  readonly text: string;
  /** When it was written: an ISO 8601 date and time in UTC (`2026-12-08T09:30:00.000Z`). */
  readonly date: string;
}

/**
 * Why an operation did not do all it was asked. Each is a state the visitor can be told
 * about in words; none is an exception escaping to the page.
 * - `wrong-passphrase`: `unlock` was given a passphrase that does not open what this device
 *   keeps. Nothing stored was changed; try again.
 * - `already-kept`: `keepOnDevice` found entries already kept on this device that its
 *   passphrase does not open. Nothing stored was changed: unlock them with their passphrase,
 *   or erase them first.
 * - `nothing-kept`: `unlock` found nothing kept on this device (never kept, or erased). No
 *   storage was created by asking.
 * - `damaged`: what is kept cannot be read: the passphrase is right (or the stored bytes are
 *   broken before it could be tried) but the data is damaged or was tampered with, or was
 *   written by a newer version. It is left exactly as it is and never overwritten; only
 *   `erase()` removes it. The vault goes back to keeping entries in the page only.
 * - `erased`: what was kept was erased (in another tab) while this page had it unlocked;
 *   nothing was written back, and this page now keeps its entries in the page only.
 * - `storage-refused`: the browser refused storage (IndexedDB missing or blocked, private
 *   browsing, a sandboxed frame, an unknown storage error). Entries stay in the page.
 * - `quota`: the browser refused to store more (the device or the site's share is full).
 *   Entries stay in the page and are tried again with the next write.
 * - `unsupported`: this page cannot encrypt (Web Crypto is missing, e.g. a page served over
 *   plain http), so nothing can be kept. Entries stay in the page.
 * - `locked`: entries are kept on this device and locked: unlock before writing.
 * - `empty-passphrase`: the passphrase was empty (or only spaces).
 * - `invalid-entry`: `addEntry` was given an unknown kind or an empty text.
 */
export type JournalErrorReason =
  | 'wrong-passphrase'
  | 'already-kept'
  | 'nothing-kept'
  | 'damaged'
  | 'erased'
  | 'storage-refused'
  | 'quota'
  | 'unsupported'
  | 'locked'
  | 'empty-passphrase'
  | 'invalid-entry';

declare module '../../core/context.js' {
  interface HavenContent {
    /** Prompts for every <haven-journal> inside the provider, by kind: `{ milestone: ['…'] }`. */
    journal: Partial<Record<JournalKind, string[]>>;
  }
}
