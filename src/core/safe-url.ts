/**
 * Links built from site content must never run script: only these schemes become live links.
 * Anything else (`javascript:`, `data:`, `vbscript:`, malformed) is refused, and the caller
 * warns and leaves the link out.
 */
const SAFE = new Set(['http:', 'https:', 'mailto:', 'tel:', 'sms:']);

/** The URL as an absolute string if it is safe to put in `href`, else undefined. */
export function safeUrl(value: unknown, base: string = globalThis.location?.href ?? 'https://example.invalid/'): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  let url: URL;
  try {
    // Control characters and whitespace inside a scheme are an old trick ("java\tscript:").
    url = new URL(value.trim(), base);
  } catch {
    return undefined;
  }
  return SAFE.has(url.protocol) ? url.href : undefined;
}

/**
 * A phone number for `tel:`/`sms:`: digits with an optional leading +, after dropping the
 * spaces, dots, dashes and brackets people write. At least 2 digits (short codes like 999,
 * 116 123), at most 15 (E.164).
 */
export function phoneNumber(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const compact = value.trim().replace(/[\s().-]/g, '');
  return /^\+?\d{2,15}$/.test(compact) ? compact : undefined;
}
