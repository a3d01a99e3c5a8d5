/**
 * WCAG 2.2 contrast ratio between two colours, as the theme editor warns with it.
 * Pure functions, no DOM: `contrastRatio('#1f2a30', '#ffffff')` is about 14.4.
 * https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio
 */

/** `#rgb` or `#rrggbb` (what `<input type="color">` gives) as 0–255 channels, or null. */
export function parseHex(hex: string): [number, number, number] | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return null;
  const digits = m[1]!.length === 3 ? [...m[1]!].map((d) => d + d).join('') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as [number, number, number];
}

/** Relative luminance of an sRGB colour, from 0 (black) to 1 (white). */
export function relativeLuminance([r, g, b]: readonly [number, number, number]): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** From 1 (the same colour) to 21 (black on white); the order of the two does not matter. NaN for a colour that does not parse. */
export function contrastRatio(a: string, b: string): number {
  const ca = parseHex(a);
  const cb = parseHex(b);
  if (!ca || !cb) return NaN;
  const [hi, lo] = [relativeLuminance(ca), relativeLuminance(cb)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * A ratio as people read it, rounded down so that a pair shown as 4.5:1 really passes:
 * 4.499 shows as 4.49:1, not 4.5:1.
 */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toString()}:1`;
}
