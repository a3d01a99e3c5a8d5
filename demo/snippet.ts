/**
 * The snippet builder's output, as text: the script lines and an element tree serialised with
 * every text node and attribute escaped. Pure apart from reading the tree it is given; the
 * tree itself is built with DOM methods (createElement, textContent, setAttribute), so what a
 * site types is never parsed as markup on the way in, and is escaped on the way out.
 */

/** Text for between tags: `&`, `<` and `>` escaped, so no typed text can open a tag. */
export const escapeText = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Text for a double-quoted attribute value: the quote escaped as well. */
export const escapeAttr = (value: string): string => escapeText(value).replace(/"/g, '&quot;');

/**
 * One element as indented HTML: an element holding only text on one line, an element holding
 * elements with each child on a line of its own, two spaces deeper. No blank lines, which a
 * CMS's automatic paragraphs would turn into `<p>` and cut the element in two. An attribute
 * with an empty value is written bare (`single`), as boolean attributes are.
 */
export function serialize(el: Element, indent = '', extra: [string, string][] = []): string {
  const attrs = [...[...el.attributes].map((a): [string, string] => [a.name, a.value]), ...extra]
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttr(value)}"`))
    .join('');
  const open = `${indent}<${el.localName}${attrs}>`;
  const close = `</${el.localName}>`;
  const children = [...el.childNodes].filter((n) => n.nodeType === Node.ELEMENT_NODE || (n.nodeType === Node.TEXT_NODE && n.textContent!.trim()));
  if (children.every((n) => n.nodeType === Node.TEXT_NODE)) return `${open}${escapeText(el.textContent ?? '')}${close}`;
  const inner = children.map((n) =>
    n.nodeType === Node.ELEMENT_NODE ? serialize(n as Element, `${indent}  `) : `${indent}  ${escapeText(n.textContent!.trim())}`,
  );
  return [open, ...inner, `${indent}${close}`].join('\n');
}

/** The package as a public CDN would serve it once it is published on npm. */
export const CDN_BASE = 'https://cdn.jsdelivr.net/npm/haven-widgets@0.1/dist/cdn/';
export const DEFAULT_PATH = '/haven-widgets/haven-widgets.js';

export interface ScriptSource {
  /** `own`: a copy on the site's own server, at `path`; `cdn`: the public CDN. */
  where: 'own' | 'cdn';
  path: string;
  /** The classic build (`.iife.js`, `defer`), for a CMS that strips `type="module"`. */
  classic: boolean;
}

/**
 * The bundle's address; the classic build is the same name with `.iife.js`. No line for a
 * language: the bundle loads a locale a widget needs from the `locales/` folder beside it.
 */
export function scriptUrl({ where, path, classic }: ScriptSource): string {
  const bundle = where === 'cdn' ? `${CDN_BASE}haven-widgets.js` : path.trim();
  return classic ? bundle.replace(/\.js$/i, '.iife.js') : bundle;
}

export function scriptLine(source: ScriptSource): string {
  const src = escapeAttr(scriptUrl(source));
  return source.classic ? `<script src="${src}" defer></script>` : `<script type="module" src="${src}"></script>`;
}

/**
 * A path or address for the script: a path on the site (`/…`, `./…`, `../…`) or a full
 * https address. Anything else (`javascript:`, `example.org/x.js` without its scheme, which
 * would point at the page's own folder) is a problem, in words.
 */
export function checkScriptPath(value: string): string | undefined {
  const v = value.trim();
  if (!v) return 'Give the address of your copy of haven-widgets.js, such as /haven-widgets/haven-widgets.js.';
  if (/\s/.test(v)) return 'An address has no spaces in it.';
  if (!/^(\/|\.\.?\/|https?:\/\/)/i.test(v)) return 'Start with / (a path on your site) or https:// (a full address).';
  if (!/\.js$/i.test(v)) return 'This should end with haven-widgets.js, the file you copied to your site.';
  return undefined;
}

/**
 * The whole snippet: the script line, then the element, with `style` holding custom properties
 * as written (`--haven-font-family: 'Iowan Old Style', serif`). They are not set on the
 * element: an engine's own serialisation may change the quotes, and a style attribute set
 * from a string is what a strict Content-Security-Policy forbids.
 */
export function snippetText(source: ScriptSource, element: Element, properties: [string, string][] = []): string {
  const style = properties.map(([name, value]) => `${name}: ${value};`).join(' ');
  return [scriptLine(source), serialize(element, '', style ? [['style', style]] : [])].join('\n');
}

/**
 * The same custom properties as a rule for the site's own stylesheet: a strict
 * Content-Security-Policy (no `'unsafe-inline'` in `style-src`) blocks the snippet's `style`
 * attribute, never a stylesheet the site serves.
 */
export function cssRule(selector: string, properties: [string, string][]): string {
  return [`${selector} {`, ...properties.map(([name, value]) => `  ${name}: ${value};`), '}'].join('\n');
}
