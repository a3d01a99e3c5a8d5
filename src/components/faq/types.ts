/*
 * The content a site gives <haven-faq>: the format its property, JSON child and the provider's
 * `content.faq` take. Types only, importing nothing, so the widget, its parser, the locales'
 * built-in content and tools can all share them.
 */

/** An FAQ entry as a site writes it: a question and a plain-text answer. */
export interface FaqItemInput {
  /** Used for links (`#id`) and events. Default: made from the question. */
  id?: string;
  question: string;
  /** Plain text; a blank line starts a new paragraph. Never parsed as markup. */
  answer: string;
  /** Starts open. */
  open?: boolean;
}

declare module '../../core/context.js' {
  interface HavenContent {
    /** The FAQ items every <haven-faq> inside the provider shows, unless it has its own. */
    faq: FaqItemInput[];
  }
}
