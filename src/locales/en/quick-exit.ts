export interface QuickExitStrings {
  /** The exit button. */
  leave: string;
  /** The disclosure that explains the exit (a "?" alone when the button is fixed). */
  howItWorks: string;
  /** What the exit does. `{leave}` is replaced by the button's own text, so the two never disagree. */
  howText: string;
  /** The same, for a site that turned the Shift shortcut off (`no-shortcut`). */
  howTextButtonOnly: string;
  /** What it does not do: the honest part. */
  limitsText: string;
  /** The link to the site's safety page, when the site gives one. */
  safetyLink: string;
  /**
   * Announced after the second Shift press, and only then: it says what a third press does.
   * Nothing is said after the first press (in NVDA, Shift silences speech, so an announcement
   * that invites presses would invite leaving), nor when the 5 seconds pass.
   */
  oneMore: string;
  /** In "How this works", after `howText`: how the shortcut meets screen readers. */
  howTextScreenReaders: string;
  /** The only word on the plain cover shown while the next page loads: neutral on purpose. */
  covering: string;
  /** Shown on the cover of a frame (a site builder's embed) that could not close the tab. */
  framedTitle: string;
  /** How to close the tab instead: a computer's shortcut, a phone's tabs button. */
  framedHowTo: string;
  /** A link that opens the exit's everyday website in a new tab. */
  framedSafePage: string;
}

export const quickExit: QuickExitStrings = {
  leave: 'Leave this site',
  howItWorks: 'How this works',
  howText:
    'Select “{leave}”, or press Shift 3 times, and this page is hidden at once and replaced by an everyday website. Back will not bring you here.',
  howTextButtonOnly:
    'Select “{leave}” and this page is hidden at once and replaced by an everyday website. Back will not bring you here.',
  limitsText:
    'It does not erase your browsing history: this site can still be found on this device. A private window, or a device only you use, leaves fewer traces.',
  safetyLink: 'More on staying safe online',
  oneMore: 'Pressing Shift once more will leave this site.',
  howTextScreenReaders:
    'With a screen reader: in some (NVDA), Shift alone pauses speech, and each press counts. Nothing is said after the first press; after the second you hear that one more press will leave. To pause speech without leaving, use Control.',
  covering: 'Loading',
  framedTitle: 'This page is shown inside another website, and it could not be closed from here.',
  framedHowTo:
    'To leave, close this tab: on a computer, press Ctrl+W (⌘W on a Mac); on a phone, open the tabs button and close this tab.',
  framedSafePage: 'Open an everyday website in a new tab',
};

declare module '../../core/strings.js' {
  interface HavenStrings {
    quickExit: QuickExitStrings;
  }
}
