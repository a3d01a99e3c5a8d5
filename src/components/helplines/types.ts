/*
 * The content a site gives <haven-helplines>: the format its property, JSON child and the provider's
 * `content.helplines` take. Types only, importing nothing, so the widget, its parser, the locales'
 * built-in content and tools can all share them.
 */

/**
 * A place to get help, as a site writes it.
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

declare module '../../core/context.js' {
  interface HavenContent {
    /** Helplines every widget inside the provider can point to. */
    helplines: HelplineInput[];
    /** The local emergency number, for every <haven-helplines> without its own `emergency-number`. */
    emergencyNumber: string;
  }
}
