import type { JournalEntry, JournalErrorReason } from './types.js';

/** What the vault rejects with: a reason code (see JournalErrorReason) the page can put into words. */
export class JournalError extends Error {
  readonly reason: JournalErrorReason;
  /**
   * When `addEntry` accepted an entry but could not store it (`quota`, `storage-refused`,
   * `damaged`, `erased`): the entry, which stays in `entries`, in the page.
   */
  readonly entry: JournalEntry | undefined;

  constructor(reason: JournalErrorReason, message: string, entry?: JournalEntry) {
    super(message);
    this.name = 'JournalError';
    this.reason = reason;
    this.entry = entry;
  }
}

export function isJournalError(e: unknown): e is JournalError {
  return e instanceof JournalError;
}
