/**
 * A place to get help, as a site writes it. Shared here (not in the helplines widget) because
 * other widgets point to the provider's helplines too (the timer's "Want to talk to someone?").
 * The helplines issue owns this file and may extend it.
 */
export interface HelplineInput {
  name: string;
  /** What it is for: "Domestic abuse, 24 hours". */
  description?: string;
  /** A number to call, written as people read it: "0808 2000 247", "+1 800 799 7233". */
  phone?: string;
  /** A number to text. */
  sms?: string;
  /** The word to text, when the line asks for one: "Text START to 88788". */
  keyword?: string;
  /** An http(s) link to the line's chat. */
  chat?: string;
  /** An http(s) link to the line's website. */
  web?: string;
  /** When it is open, in the site's words: "24 hours, every day". */
  hours?: string;
  /** ["English", "Spanish"]. In JSON and markup, one string with commas works too. */
  languages?: string[];
  /** Where it serves: lines are grouped under this heading, in order of first appearance. */
  region?: string;
}

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
declare module '../../core/context.js' {
  interface HavenContent {
    /** Helplines every widget inside the provider can point to. */
    helplines: HelplineInput[];
    /** The local emergency number, for every <haven-helplines> without its own `emergency-number`. */
    emergencyNumber: string;
  }
}
