import { createContext } from '@lit/context';
import type { StringsOverride } from './strings.js';

export type Theme = 'light' | 'dark' | 'auto';

const THEMES: readonly string[] = ['light', 'dark', 'auto'];

export const isTheme = (value: unknown): value is Theme => THEMES.includes(value as string);

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
