/*
 * The content a site gives <haven-stage-table>: the format its property, JSON child and the provider's
 * `content.stageTable` take. Types only, importing nothing, so the widget, its parser, the locales'
 * built-in content and tools can all share them.
 */

/**
 * A healing stage as a site writes it: a row of the table. Either an object, or an array
 * whose first item is the stage's name and the rest its cells: `["Recognition", "…", "…"]`.
 */
export type StageInput =
  | {
      /** Used by `current` and in `haven-stage-select`. Default: made from the name. */
      id?: string;
      /** The stage's name: the row's header cell. */
      name: string;
      /** One plain-text cell per column after the first. A line break starts a quieter paragraph. */
      cells: string[];
    }
  | string[];

/** A whole table as JSON or provider content gives it; an array of stages alone works too. */
export interface StageTableInput {
  caption?: string;
  /** Column headings, the first one over the stage names. */
  columns?: string[];
  stages: StageInput[];
}

declare module '../../core/context.js' {
  interface HavenContent {
    /** The stages every <haven-stage-table> inside the provider shows, unless it has its own. */
    stageTable: StageInput[] | StageTableInput;
  }
}
