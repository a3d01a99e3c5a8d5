/*
 * The content a site gives <haven-empathy-prompts>: the format its property, JSON child and the provider's
 * `content.empathyPrompts` take. Types only, importing nothing, so the widget, its parser, the locales'
 * built-in content and tools can all share them.
 */

/** The four kinds of prompt, in their default order. */
export type PromptCategory = 'reflect' | 'ask' | 'validate' | 'boundaries';

/** A prompt as a site writes it. `___` (two or more underscores) marks a blank for a feeling word. */
export interface PromptInput {
  category: PromptCategory;
  text: string;
}

declare module '../../core/context.js' {
  interface HavenContent {
    /** The prompts every <haven-empathy-prompts> inside the provider shows, unless it has its own. */
    empathyPrompts: PromptInput[];
  }
}
