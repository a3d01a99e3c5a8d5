export interface HelplinesStrings {
  /** The emergency line when no emergency number is set. */
  emergency: string;
  /** The emergency line with the site's number: `{number}` becomes a `tel:` link. */
  emergencyNumber: string;
  /** Shown to visitors when the site lists no helplines. */
  empty: string;
  /** Heading of the lines without a region, when other lines have one. */
  otherRegion: string;
  /** Link texts. `{number}`, `{keyword}` are filled in. */
  call: string;
  sms: string;
  smsKeyword: string;
  chat: string;
  web: string;
  /** A link's accessible name: its own text first (what voice users say), then whose line it is. */
  label: string;
  /** Labels of the details. */
  hours: string;
  languages: string;
}

export const helplines: HelplinesStrings = {
  emergency: 'If you are in immediate danger, call your local emergency number.',
  emergencyNumber: 'If you are in immediate danger, call {number}.',
  empty:
    'No helplines are listed here yet. If you need support now, a local support service, a doctor or someone you trust can help you find it.',
  otherRegion: 'Other helplines',
  call: 'Call {number}',
  sms: 'Text {number}',
  smsKeyword: 'Text {keyword} to {number}',
  chat: 'Chat online',
  web: 'Website',
  label: '{link}, {name}',
  hours: 'Hours',
  languages: 'Languages',
};

declare module '../../core/strings.js' {
  interface HavenStrings {
    helplines: HelplinesStrings;
  }
}
