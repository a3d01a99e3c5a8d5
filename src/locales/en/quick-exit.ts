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
};

declare module '../../core/strings.js' {
  interface HavenStrings {
    quickExit: QuickExitStrings;
  }
}
