import { defineElement } from '../../core/define.js';
import { HavenHelplines } from './haven-helplines.js';

defineElement('haven-helplines', HavenHelplines);

export { HavenHelplines };
export type { HelplineInput } from './helplines-content.js';
