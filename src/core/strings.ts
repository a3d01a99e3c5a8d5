/**
 * Every widget's user-visible strings, one section per widget. Each widget's English table
 * (src/locales/en/<widget>.ts) adds its section to this interface, so the type grows with
 * the widgets while core knows none of them.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface HavenStrings {}

export type Section = keyof HavenStrings;

/** A partial table: any string of any widget. What a locale or a site override supplies. */
export type StringsOverride = { [K in Section]?: Partial<HavenStrings[K]> };

/**
 * One registry per page, shared by every copy of the library: a locale file loaded beside the
 * CDN bundle registers into the same map the bundle reads.
 */
const REGISTRY = Symbol.for('haven-widgets.locales');
type Registry = Map<string, StringsOverride> & {
  revision?: number;
  watching?: boolean;
  /** Set by the CDN builds only (core/cdn-locales.ts): fetches a shipped locale's file. */
  load?: (locale: string) => void;
};
const registry = (): Registry =>
  ((globalThis as { [REGISTRY]?: Registry })[REGISTRY] ??= new Map() as Registry);

/** Fired on `globalThis` when a locale registers, so rendered widgets can switch. */
export const LOCALES_CHANGED = 'haven-locales-changed';

const changed = (): unknown => globalThis.dispatchEvent?.(new Event(LOCALES_CHANGED));

/**
 * Once per page (every copy of the library shares the registry): a `lang` attribute changed
 * anywhere in the document, as a site's own language switch does, fires LOCALES_CHANGED, so
 * widgets that follow the nearest `lang` re-render in the new language without a reload.
 */
export function watchLang(): void {
  const locales = registry();
  if (locales.watching) return;
  locales.watching = true;
  // The document, not its root element: a page that replaces <html> keeps being watched.
  new MutationObserver(changed).observe(document, { attributeFilter: ['lang'], subtree: true });
}

/** Changes whenever a locale registers: part of a widget's "what to re-read" key. */
export function localesRevision(): number {
  return registry().revision ?? 0;
}

/**
 * Makes a locale's tables available to every widget. A locale module calls this when
 * imported, so an npm user ships only the locales they import. Later calls merge.
 */
export function registerLocale(locale: string, tables: StringsOverride): void {
  const locales = registry();
  const key = locale.toLowerCase();
  const current = locales.get(key) ?? {};
  for (const section of Object.keys(tables) as Section[]) {
    current[section] = { ...current[section], ...tables[section] } as never;
  }
  locales.set(key, current);
  locales.revision = (locales.revision ?? 0) + 1;
  changed();
}

/** The locales the library ships beside English (src/locales/): the only ones ever fetched. */
const SHIPPED = ['es', 'fr', 'de', 'pt', 'ar'];

/**
 * A widget needs `locale`: if it is one the library ships (`pt-BR` asks `pt`) and nothing
 * registered it, the CDN builds' loader fetches its file; without a loader (npm), a warning
 * names the import to add. Once a page, for every copy: the locale holds an empty table until
 * its file registers. English shows meanwhile, and the locale's arrival re-renders through
 * LOCALES_CHANGED. Any other locale is English without a word: a page's `lang` is often one
 * the library does not ship, and a site may register its own.
 */
function need(locale: string): void {
  const locales = registry();
  const base = localeChain(locale).pop()!;
  if (SHIPPED.includes(base) && !locales.has(base)) {
    locales.set(base, {});
    if (locales.load) locales.load(base);
    else missing(base, `add import 'haven-widgets/locales/${base}.js'`);
  }
}

/** The one warning about a locale that is not there: why, and what to do. */
export const missing = (locale: string, fix: string): void =>
  console.warn(`[haven-widgets] locale "${locale}" is not loaded, so English is shown: ${fix}.`);

/** For the CDN builds' loader: the first copy's loader serves every copy on the page. */
export function setLocaleLoader(load: (locale: string) => void): void {
  registry().load ??= load;
}

/** `pt-BR` is looked up as `pt-br`, then `pt`; English is always the last resort. */
export function localeChain(locale: string): string[] {
  const parts = locale.toLowerCase().split(/[-_]/);
  const chain: string[] = [];
  for (let i = parts.length; i > 0; i--) chain.push(parts.slice(0, i).join('-'));
  return chain;
}

/**
 * The strings for one widget: English, then the locale (most general first), then the
 * site's override. A value whose type differs from English (a number where text belongs,
 * a string where a list belongs) is ignored, so a bad override cannot break a widget.
 */
export function resolveStrings<K extends Section>(
  section: K,
  english: HavenStrings[K],
  locale: string,
  override?: StringsOverride,
): HavenStrings[K] {
  need(locale);
  const layers = localeChain(locale)
    .reverse()
    .map((l) => registry().get(l)?.[section]);
  layers.push(override?.[section]);
  let out = english;
  for (const layer of layers) {
    if (!layer || typeof layer !== 'object') continue;
    const merged = { ...out } as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(layer)) {
      const base = (english as unknown as Record<string, unknown>)[key];
      if (value != null && typeof value === typeof base && Array.isArray(value) === Array.isArray(base)) {
        merged[key] = value;
      }
    }
    out = merged as unknown as HavenStrings[K];
  }
  return out;
}

/** Fills `{name}` placeholders. Kept tiny: strings stay plain text, never markup. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

/**
 * The locale a string is written in: the site's override speaks the widget's locale, a
 * registered locale speaks its own, and anything else is the English fallback. Numbers and
 * plural forms follow the words, not the page: a Japanese page without a Japanese table
 * reads "1 second", not "1 seconds".
 */
export function textLocale(section: Section, key: string, locale: string, override?: StringsOverride): string {
  const has = (table: unknown) => typeof (table as Record<string, unknown> | undefined)?.[key] === 'string';
  if (has(override?.[section])) return locale;
  return localeChain(locale).find((l) => has(registry().get(l)?.[section])) ?? 'en';
}

/**
 * `format` for strings that count: numbers are written the locale's way (`5,5`, `٥٫٥`), and
 * a placeholder can choose words by the number's plural category in the locale
 * (Intl.PluralRules: zero, one, two, few, many, other), with `#` for the number:
 * `{n:one=# second|other=# seconds}`. Arabic needs four forms where English needs two, so
 * the choice lives in the string, where the translator writes it. A separate function, so
 * widgets that never count do not carry it.
 */
export function formatCount(template: string, values: Record<string, string | number>, locale: string): string {
  const shown: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) {
    try {
      shown[k] = typeof v === 'number' ? v.toLocaleString(locale) : v;
    } catch {
      shown[k] = String(v); // a malformed locale tag
    }
  }
  const chosen = template.replace(/\{(\w+):([^{}]*)\}/g, (m, k: string, forms: string) => {
    if (!(k in values)) return m;
    // `one=# second`: a form without its `=` is a typo, and is skipped.
    const choices = new Map(forms.split('|').filter((f) => f.includes('=')).map((f) => [f.slice(0, f.indexOf('=')).trim(), f.slice(f.indexOf('=') + 1)]));
    let category = 'other';
    try {
      category = new Intl.PluralRules(locale).select(Number(values[k]));
    } catch {
      // a malformed locale tag: 'other'
    }
    const words = choices.get(category) ?? choices.get('other');
    return words === undefined ? m : words.replace(/#/g, shown[k]!);
  });
  return format(chosen, shown);
}

const RTL = /^(ar|arc|ckb|dv|fa|he|ku|ps|sd|ug|ur|yi)(-|$)/i;

export function isRtl(locale: string): boolean {
  return RTL.test(locale);
}
