import { defineElement } from '../../core/define.js';
import { HavenJournal } from './haven-journal.js';

defineElement('haven-journal', HavenJournal);

export { HavenJournal };
export type { HavenJournalErrorDetail, HavenJournalLockedDetail, HavenJournalSavedDetail } from './haven-journal.js';
export type { JournalPrompts } from './journal-content.js';
export type { JournalEntry, JournalEntryInput, JournalErrorReason, JournalKind } from './types.js';
export { JournalError } from './journal-error.js';
