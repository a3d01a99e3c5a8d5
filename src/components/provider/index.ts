import { defineElement } from '../../core/define.js';
import { HavenProvider } from './haven-provider.js';

defineElement('haven-provider', HavenProvider);

export { HavenProvider };
export type { HavenConfig, HavenContent, Theme } from '../../core/context.js';
