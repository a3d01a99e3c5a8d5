/**
 * The English tables of every widget. English is built into each widget (it imports its own
 * section), so this module is for tooling and translators: the whole source text in one place.
 */
export { faq } from './en/faq.js';
export { groundingTimer } from './en/grounding-timer.js';
export { empathyPrompts } from './en/empathy-prompts.js';
export { stageTable } from './en/stage-table.js';
export { quickExit } from './en/quick-exit.js';
export { helplines } from './en/helplines.js';
export { journal } from './en/journal.js';
