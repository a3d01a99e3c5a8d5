/**
 * haven-widgets: every widget. Importing this module registers every tag; import
 * `haven-widgets/<widget>` instead to ship only what a page uses.
 */
// The provider first, so that its context is ready when the widgets upgrade.
export * from './components/provider/index.js';
export * from './components/faq/index.js';
// Each widget's line is added when its folder lands (one line each, in this order):
// grounding-timer, empathy-prompts, stage-table, quick-exit, helplines, journal.
export * from './components/grounding-timer/index.js';
export * from './components/empathy-prompts/index.js';
export * from './components/stage-table/index.js';
export * from './components/quick-exit/index.js';
export * from './components/helplines/index.js';
export * from './components/journal/index.js';
export { registerLocale, type HavenStrings, type StringsOverride } from './core/strings.js';
export { VERSION } from './core/version.js';
