import { GENERATED, capped, quoted, text, unknownFields, words, type Parsed } from '../../core/content.js';
import { phoneNumber, safeUrl } from '../../core/safe-url.js';
import type { Problem } from '../../core/warn.js';
import type { HelplineInput } from './types.js';

export type { HelplineInput };

/** A number as the site wrote it (`shown`) and as it goes into `tel:`/`sms:` (`href`). */
export interface PhoneLink {
  shown: string;
  href: string;
}

/** A helpline ready to render: every link already checked. */
export interface Helpline {
  name: string;
  description: string;
  phone?: PhoneLink;
  sms?: PhoneLink;
  keyword: string;
  chat?: string;
  web?: string;
  hours: string;
  languages: string[];
  region: string;
}

export interface Group {
  region: string;
  lines: Helpline[];
}

/** Every field of a helpline, as JSON and the `helplines` property write it. */
export const FIELDS = ['name', 'description', 'phone', 'sms', 'keyword', 'chat', 'web', 'hours', 'languages', 'region'];

/** A list longer than this is a data dump, not a list a visitor can read. */
export const MAX_LINES = 200;

/** How markup's link text writes a number whose href is compact: `{ tel: '0808 2000 247' }`. */
const SHOWN = new WeakMap<object, Record<string, string>>();

/**
 * `good`, the checked form of `value`. When it is undefined though a value was given, a
 * problem says the value (cut to 40 characters) is not `what` and is left out.
 */
function checked<T>(value: unknown, option: string, problems: Problem[], what: string, good: T | undefined): T | undefined {
  if (good === undefined && value != null && value !== '') {
    problems.push({ option, message: `${quoted(value)} is not ${what}; it is left out.` });
  }
  return good;
}

/** A number for `scheme:`, or undefined (with a problem) when it is not one. */
function number(value: unknown, scheme: string, option: string, problems: Problem[], shown?: string): PhoneLink | undefined {
  const compact = phoneNumber(value);
  return checked(value, option, problems, 'a phone number', compact ? { shown: shown || text(value), href: `${scheme}:${compact}` } : undefined);
}

/**
 * A full http(s) link, or undefined (with a problem): `javascript:` and friends never pass,
 * and neither does `example.org` without its scheme, which would quietly point at this site.
 */
function link(value: unknown, option: string, problems: Problem[]): string | undefined {
  return checked(value, option, problems, 'a full http(s) link', /^\s*https?:\/\//i.test(String(value)) ? safeUrl(value) : undefined);
}

/**
 * Validates helplines from the property, JSON, markup or the provider. An entry without a
 * name is left out; a bad number or link is left out of its entry; each with a problem.
 */
export function parseHelplines(
  input: unknown,
  option: string,
  at: (i: number) => string = (i) => `${option}[${i}]`,
): Parsed<Helpline[]> {
  const problems: Problem[] = [];
  if (!Array.isArray(input)) {
    problems.push({ option, message: 'is not an array; it is ignored.' });
    return { value: [], problems };
  }
  const lines: Helpline[] = [];
  const list = capped(input, MAX_LINES, option, problems);
  unknownFields(list, FIELDS, 'a helpline', option, problems);
  list.forEach((raw: unknown, i) => {
    const e = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
    const name = text(e.name);
    const where = at(i);
    if (!name) return problems.push({ option: where, message: 'has no name; it is left out.' });
    const langs = e.languages;
    const shown = SHOWN.get(e);
    lines.push({
      name,
      description: text(e.description),
      phone: number(e.phone, 'tel', `${where}.phone`, problems, shown?.tel),
      sms: number(e.sms, 'sms', `${where}.sms`, problems, shown?.sms),
      keyword: text(e.keyword),
      chat: link(e.chat, `${where}.chat`, problems),
      web: link(e.web, `${where}.web`, problems),
      hours: text(e.hours),
      languages: (Array.isArray(langs) ? langs : typeof langs === 'string' ? langs.split(',') : []).map(text).filter(Boolean),
      region: text(e.region),
    });
  });
  return { value: lines, problems };
}


/**
 * Reads the site's own markup, readable before (or without) the script:
 *
 * ```html
 * <h3>United Kingdom</h3>            (optional: the region of the lists after it)
 * <ul>
 *   <li>
 *     <strong>Name</strong>
 *     <span data-description>What it is for</span>
 *     <a href="tel:08082000247">0808 2000 247</a>
 *     <a href="sms:88788" data-keyword="START">Text START to 88788</a>
 *     <a href="https://…" data-chat>Chat online</a>
 *     <a href="https://…">Website</a>
 *     <span data-hours>24 hours</span> <span data-languages>English, Welsh</span>
 *   </li>
 * </ul>
 * ```
 */
/**
 * Words an item holds besides its name, links and marked fields ("Someone to talk to."),
 * which are not shown: separators, hidden text and nested lists aside, so only real words
 * earn a warning. Guessing them into a description would show "|" or "call or text".
 */
function looseText(li: Element): string {
  const rest = li.cloneNode(true) as Element;
  rest.querySelector('[data-name],strong,b')?.remove();
  for (const n of rest.querySelectorAll('a,[data-description],[data-hours],[data-languages],ul,ol,[hidden],.visually-hidden,.sr-only,script,style,template')) n.remove();
  const loose = words(rest);
  return /\p{L}/u.test(loose) ? loose : '';
}

export function helplinesFromMarkup(host: Element): Parsed<Helpline[]> | undefined {
  const inputs: Record<string, unknown>[] = [];
  const problems: Problem[] = [];
  let region = '';
  for (const child of host.children) {
    if (child.hasAttribute(GENERATED)) continue;
    if (/^h[1-6]$/.test(child.localName)) region = words(child);
    if (!/^[ou]l$/.test(child.localName)) continue;
    for (const li of child.children) {
      if (li.localName !== 'li') continue;
      const field = (name: string) => words(li.querySelector(`[data-${name}]`));
      const shownAs: Record<string, string> = {};
      const entry: Record<string, unknown> = {
        name: words(li.querySelector('[data-name],strong,b')),
        description: field('description'),
        hours: field('hours'),
        languages: field('languages'),
        region,
      };
      for (const a of li.querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!.trim();
        const scheme = /^(tel|sms):/i.exec(href)?.[1]!.toLowerCase();
        if (scheme) {
          // Show the number as the link text writes it ("0808 2000 247") when it is the same number.
          const value = href.slice(4);
          const shown = /\+?\d[\d\s().-]*\d/.exec(words(a))?.[0];
          const digits = (n?: string) => phoneNumber(n)?.replace('+', '');
          const key = scheme === 'tel' ? 'phone' : 'sms';
          if (entry[key] != null) continue;
          entry[key] = value;
          if (shown && digits(shown) === digits(value)) shownAs[scheme] = shown;
          if (scheme === 'sms') entry.keyword ??= a.getAttribute('data-keyword');
        } else {
          entry[a.hasAttribute('data-chat') ? 'chat' : 'web'] ??= href;
        }
      }
      const loose = looseText(li);
      if (loose && entry.name && !entry.description) {
        problems.push({ option: `<li> ${inputs.length + 1}`, message: `has words outside its name, links and data-* spans (${quoted(loose)}); they are not shown. Put a description in <span data-description>.` });
      }
      SHOWN.set(entry, shownAs);
      inputs.push(entry);
    }
  }
  if (!inputs.length) return undefined;
  const parsed = parseHelplines(inputs, '<li>', (i) => `<li> ${i + 1}`);
  return { value: parsed.value, problems: [...problems, ...parsed.problems] };
}

/** What helplines look like when a CMS cut them off from the element (core's `cutOff`): lists of named lines, and headings just before them. */
export const looksLikeLines = ':is(ul,ol):has(>li :is(strong,b,[data-name])),:is(h2,h3,h4,h5,h6):has(+:is(ul,ol)>li :is(strong,b,[data-name]))';

/** Lines grouped by region, regions in the order the site first names them. */
export function groupByRegion(lines: readonly Helpline[]): Group[] {
  const groups = new Map<string, Helpline[]>();
  for (const line of lines) {
    const list = groups.get(line.region);
    if (list) list.push(line);
    else groups.set(line.region, [line]);
  }
  return [...groups].map(([region, list]) => ({ region, lines: list }));
}

/**
 * The emergency number: the element's own, else the provider's. A bad one is reported and
 * the line falls back to "your local emergency number".
 */
export function parseEmergency(own: unknown, provided: unknown): Parsed<PhoneLink | undefined> {
  const problems: Problem[] = [];
  const [value, option] = own != null && own !== '' ? [own, 'emergency-number'] : [provided, 'content.emergencyNumber'];
  return { value: number(value, 'tel', option, problems), problems };
}
