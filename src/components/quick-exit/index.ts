import { defineElement } from '../../core/define.js';
import { HavenQuickExit } from './haven-quick-exit.js';
import { answerFrames } from './leave.js';

defineElement('haven-quick-exit', HavenQuickExit);
// A top page that loads the quick exit leaves when an exit in one of its frames is used, with or without an element of its own.
answerFrames();

export { HavenQuickExit };
export type { HavenExitDetail, QuickExitPlacement } from './haven-quick-exit.js';
