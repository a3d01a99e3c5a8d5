import type { Parsed } from '../../core/content.js';
import { safeUrl } from '../../core/safe-url.js';

/**
 * Where the exit goes unless the site says otherwise: the Wikipedia portal. It looks
 * ordinary on any screen, in any country and language; it needs no account, so it shows
 * nobody's name or history; it carries no ads.
 */
export const DEFAULT_HREF = 'https://www.wikipedia.org/';

export type QuickExitPlacement = 'fixed' | 'inline';

/**
 * Checks a URL option. `web`: only http(s) will do (a page to leave to; `mailto:` or `tel:`
 * would not leave). Empty means not given. A bad value gives a problem whose message ends
 * with `instead`, what happens in its place.
 */
export function checkUrl(value: unknown, option: string, web: boolean, instead: string): Parsed<string | undefined> {
  const url = safeUrl(value);
  if (url && (!web || /^https?:/.test(url))) return { value: url, problems: [] };
  // safeUrl refuses an empty value too, which is no problem: the option is not given.
  return {
    value: undefined,
    problems: value == null || value === '' ? [] : [{ option, message: `"${String(value)}" is not a safe ${web ? 'http(s) ' : ''}address; ${instead}.` }],
  };
}

export function parsePlacement(value: unknown): Parsed<QuickExitPlacement> {
  if (value == null || value === 'fixed' || value === 'inline') return { value: (value as QuickExitPlacement) ?? 'fixed', problems: [] };
  return { value: 'fixed', problems: [{ option: 'placement', message: `"${String(value)}" is not fixed or inline; using fixed.` }] };
}

/** `"draft chat-id"` or `"draft, chat-id"` to `['draft', 'chat-id']`. */
export function storageKeys(value: unknown): string[] {
  return typeof value === 'string' ? value.split(/[\s,]+/).filter(Boolean) : [];
}
