import { defineElement } from '../../core/define.js';
import { HavenQuickExit } from './haven-quick-exit.js';

defineElement('haven-quick-exit', HavenQuickExit);

export { HavenQuickExit };
export type { HavenExitDetail, QuickExitPlacement } from './haven-quick-exit.js';
