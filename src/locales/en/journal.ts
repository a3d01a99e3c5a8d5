import type { JournalErrorReason, JournalKind } from '../../components/journal/types.js';

export interface JournalStrings {
  /** Said before the first word while nothing is kept (the default). */
  notice: string;
  /** Said instead while entries are kept on this device. */
  keptNotice: string;
  /** Legend of the kind chooser. */
  kindLegend: string;
  /** The kinds' names. A site renames a kind here. */
  milestone: string;
  feeling: string;
  'good-things': string;
  kindness: string;
  peer: string;
  /** The button that shows the kind's next prompt. */
  anotherPrompt: string;
  /** Label of the writing field. */
  write: string;
  /** The button that adds what is written. */
  add: string;
  /** Announced once an entry is added. */
  added: string;
  /** Heading of the entries written so far. */
  lookBack: string;
  /** Shown in the look back while there are no entries. */
  nothingYet: string;
  /** Downloads the entries as a text file. */
  saveCopy: string;
  /** The text file's name, without `.txt`. */
  fileName: string;
  /** The text file's first line. */
  fileTitle: string;
  /** The line in the file saying where it is. */
  fileNote: string;
  /** Offers keeping on this device (only where the site allows it). */
  keep: string;
  /** The honest explanation shown before keeping, one sentence each. */
  keepSeen: string;
  keepLocked: string;
  keepForgotten: string;
  /** Labels of the passphrase fields. */
  passphrase: string;
  passphraseAgain: string;
  /** Said when the two passphrases differ. */
  mismatch: string;
  /** Confirms keeping. */
  keepConfirm: string;
  cancel: string;
  /** Announced once the entries are kept. */
  keptNow: string;
  /** Said while what this device keeps is locked. */
  lockedNotice: string;
  unlock: string;
  lock: string;
  /** Announced when the journal locks. */
  lockedNow: string;
  /** Erasing: the button, the one question, the confirming button, and what is announced. */
  erase: string;
  eraseAsk: string;
  eraseConfirm: string;
  erasedNow: string;
  /** What a failure means, in words, by the vault's reason code. */
  errors: Record<JournalErrorReason, string>;
  /** The built-in prompts of each kind, shown when the site gives none for it. */
  prompts: Record<JournalKind, string[]>;
}

/*
 * The prompts follow the guide's "Celebrating Progress and Growth" (milestones and feelings,
 * three good things each day, self-compassion) and "Integrating Peer Support" (journaling to
 * process peer conversations). Gentle, never a task: each can be left unanswered.
 */
export const journal: JournalStrings = {
  notice:
    'Nothing you write here is kept. It stays in this page until you leave it. “Save a copy” puts it in a file on this device.',
  keptNotice: 'What you write is kept on this device, locked with your passphrase.',
  kindLegend: 'What would you like to write about?',
  milestone: 'A milestone',
  feeling: 'A feeling',
  'good-things': 'Three good things today',
  kindness: 'A kind word to yourself',
  peer: 'After a peer conversation',
  anotherPrompt: 'Another prompt',
  write: 'Your words',
  add: 'Add to my journal',
  added: 'Added to your look back.',
  lookBack: 'Look back',
  nothingYet: 'Nothing written yet. There is no hurry.',
  saveCopy: 'Save a copy',
  fileName: 'journal',
  fileTitle: 'My journal',
  fileNote: 'This file was saved on this device only. It is not locked: anyone who can open this device can read it.',
  keep: 'Keep on this device',
  keepSeen: 'Someone who uses this device could see that a journal is kept here, though not what it says.',
  keepLocked: 'It is locked with a passphrase you choose. Without it, no one can read it, not even this site.',
  keepForgotten: 'A forgotten passphrase cannot be recovered: the journal could not be opened again.',
  passphrase: 'Passphrase',
  passphraseAgain: 'Passphrase again',
  mismatch: 'The two passphrases are not the same.',
  keepConfirm: 'Lock and keep',
  cancel: 'Cancel',
  keptNow: 'Kept on this device, locked with your passphrase.',
  lockedNotice: 'Your journal on this device is locked. Your passphrase opens it.',
  unlock: 'Unlock',
  lock: 'Lock now',
  lockedNow: 'Your journal is locked.',
  erase: 'Erase everything',
  eraseAsk: 'Erase every entry, in this page and on this device? This cannot be undone.',
  eraseConfirm: 'Yes, erase everything',
  erasedNow: 'Everything was erased.',
  errors: {
    'wrong-passphrase': 'That passphrase does not open this journal. Nothing was changed; you can try again.',
    'already-kept':
      'This device already keeps a journal that this passphrase does not open. Unlock it with its passphrase, or erase it first.',
    'nothing-kept': 'This device keeps no journal.',
    damaged: 'What this device keeps cannot be read. It was left as it is. You can keep writing in this page.',
    erased: 'The journal on this device was erased in another window. You can keep writing in this page.',
    'storage-refused': 'This browser does not allow keeping anything here. You can keep writing in this page.',
    quota: 'This device has no room to keep more. You can keep writing in this page.',
    unsupported: 'This page cannot lock a journal, so nothing can be kept. You can keep writing in this page.',
    locked: 'Your journal is locked. Unlock it to write.',
    'empty-passphrase': 'Please choose a passphrase.',
    'invalid-entry': 'There is nothing to add yet.',
  },
  prompts: {
    milestone: [
      'What step, however small, did you take recently?',
      'What can you do now that felt hard before?',
      'What would you like to remember about how far you have come?',
    ],
    feeling: [
      'How are you feeling right now?',
      'What has been on your mind today?',
      'Is there a feeling you would like to put into words?',
    ],
    'good-things': [
      'What are three things you are thankful for today?',
      'What were three small good moments today?',
      'Who or what made today a little easier?',
    ],
    kindness: [
      'What would you say to a friend in your place?',
      'What is one thing you did well today?',
      'What do you deserve to hear right now?',
    ],
    peer: [
      'What stayed with you from your last peer conversation?',
      'How did you feel after talking with someone who understands?',
      'Is there something you would like to bring to your next conversation?',
    ],
  },
};

declare module '../../core/strings.js' {
  interface HavenStrings {
    journal: JournalStrings;
  }
}
