import { defineElement } from '../../core/define.js';
import { HavenEmpathyPrompts } from './haven-empathy-prompts.js';

defineElement('haven-empathy-prompts', HavenEmpathyPrompts);

export { HavenEmpathyPrompts };
export type { HavenPromptDetail } from './haven-empathy-prompts.js';
export type { PromptCategory, PromptInput } from './prompts-content.js';
