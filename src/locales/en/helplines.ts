/**
 * A place to get help, as a site writes it. Shared here (not in the helplines widget) because
 * other widgets point to the provider's helplines too (the timer's "Want to talk to someone?").
 * The helplines issue owns this file and may extend it.
 */
export interface HelplineInput {
  name: string;
  /** What it is for: "Domestic abuse, 24 hours". */
  description?: string;
  phone?: string;
  sms?: string;
  chat?: string;
  web?: string;
  hours?: string;
  languages?: string[];
  region?: string;
}

declare module '../../core/context.js' {
  interface HavenContent {
    /** Helplines every widget inside the provider can point to. */
    helplines: HelplineInput[];
  }
}
