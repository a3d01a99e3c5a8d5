import { createContext } from '@lit/context';
import type { StringsOverride } from './strings.js';
import { warn } from './warn.js';

export type Theme = 'light' | 'dark' | 'auto';

const THEMES: readonly string[] = ['light', 'dark', 'auto'];

/** `value` if it is a theme; else nothing, with a warning on `host` when a value was given. */
export function checkTheme(host: Element, value: unknown): Theme | undefined {
  if (THEMES.includes(value as string)) return value as Theme;
  if (value) warn(host, 'theme', `"${value}" is not light, dark or auto; it is ignored.`);
  return undefined;
}

/**
 * The organisation's own content, shared by <haven-provider> with the widgets inside it.
 * Each widget adds its key to this interface (`faq`, later `helplines`, `stages` ...).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface HavenContent {}

/** What <haven-provider> shares with every widget inside it. */
export interface HavenConfig {
  locale?: string;
  strings?: StringsOverride;
  theme?: Theme;
  content?: Partial<HavenContent>;
}

/**
 * A registered symbol, so that two copies of the library on one page (CDN and npm) still
 * understand each other's providers.
 */
export const havenContext = createContext<HavenConfig | undefined>(
  Symbol.for('haven-widgets.config'),
);
