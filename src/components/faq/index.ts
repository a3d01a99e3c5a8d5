import { defineElement } from '../../core/define.js';
import { HavenFaq } from './haven-faq.js';

defineElement('haven-faq', HavenFaq);

export { HavenFaq };
export type { HavenToggleDetail } from './haven-faq.js';
export type { FaqItemInput } from './faq-content.js';
