import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { warn, warnAll, type Problem } from './warn.js';

/** What every content parser returns: the usable part, and what was wrong with the rest. */
export interface Parsed<T> {
  value: T;
  problems: Problem[];
}

/** The first `max` entries of a list; a longer list is one problem saying how many are shown. */
export function capped<T>(list: readonly T[], max: number, option: string, problems: Problem[]): T[] {
  if (list.length > max) problems.push({ option, message: `has ${list.length} entries; only the first ${max} are shown.` });
  return list.slice(0, max);
}

/** Marks light-DOM nodes a widget wrote itself (JSON-LD), so it never reads them back. */
export const GENERATED = 'data-haven-generated';

/** A `<script type="application/json">` the site wrote (not one the widget wrote itself). */
const isJson = (el?: Element | null): el is HTMLScriptElement =>
  el instanceof HTMLScriptElement && el.type.trim().toLowerCase() === 'application/json' && !el.hasAttribute(GENERATED);

/**
 * An element's child elements, walked by sibling links: `[...el.children]` makes the engine
 * build a live collection (and a wrapper for it) on each element, and spreading it calls into
 * the engine once per child; for 500 FAQs read from markup, that was ~3 ms and garbage.
 */
export function childElements(parent: Element): Element[] {
  const found: Element[] = [];
  for (let el = parent.firstElementChild; el; el = el.nextElementSibling) found.push(el);
  return found;
}

/** The widget's own child `<script type="application/json">`, if any. */
export function jsonChild(host: Element): HTMLScriptElement | undefined {
  for (let el = host.firstElementChild; el; el = el.nextElementSibling) if (isJson(el)) return el;
  return undefined;
}

/**
 * Guesses at a field's name, from other products' docs, that neither its start nor
 * containment (`website`: web, `prompts`: empathyPrompts) leads to; the first of the
 * fields named that the format has is suggested.
 */
const GUESSES: Record<string, string> = { tel: 'phone', url: 'web', link: 'web', text: 'sms answer', title: 'question name caption', body: 'answer', prompt: 'text' };

/**
 * The known field a site most likely meant by `name`: a usual guess (tel: phone), else one
 * that holds it or that it holds (three letters or more: `desc`, `telephone`), else one
 * that starts with the same two letters, as most typos do (`phnoe`).
 */
export function nearest(name: string, known: readonly string[]): string | undefined {
  const x = name.toLowerCase();
  const find = (test: (y: string) => unknown) => known.find((k) => test(k.toLowerCase()));
  return (
    GUESSES[x]?.split(' ').find((k) => known.includes(k)) ??
    find((y) => (x.length > 2 && y.includes(x)) || (y.length > 2 && x.includes(y))) ??
    find((y) => y.slice(0, 2) == x.slice(0, 2))
  );
}

/**
 * A field the format does not have is ignored, so a guessed name (`tel` for `phone`) would
 * pass in silence: each one in `entries` (plain objects) is a problem, once per list, naming
 * the nearest known field, else every known one.
 */
export function unknownFields(entries: readonly unknown[], known: readonly string[], what: string, option: string, problems: Problem[]): void {
  // Collected into one set, without an array per entry: this runs for each widget's content.
  const names = new Set<string>();
  for (const e of entries) if (e?.constructor == Object) for (const name of Object.keys(e)) names.add(name);
  for (const name of names) {
    const near = known.includes(name) || nearest(name, known);
    if (near !== true) problems.push({ option, message: `${quoted(name)} is not ${what} field; ${near ? `did you mean "${near}"?` : `the fields are ${known.join(', ')}.`}` });
  }
}

/** Parses JSON text; malformed JSON becomes a problem, never an exception. */
export function parseJson(text: string, option: string): Parsed<unknown> {
  try {
    return { value: JSON.parse(text), problems: [] };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      value: undefined,
      problems: [{ option, message: `is not valid JSON (${reason}); it is ignored.` }],
    };
  }
}

/** A site's value as a warning quotes it: at most 40 characters, so a pasted dump stays one line. */
export function quoted(value: unknown): string {
  const s = String(value);
  return `"${s.length > 40 ? `${s.slice(0, 40)}…` : s}"`;
}

/** Heading levels 2–6 are allowed (a page's only h1 is its title); anything else warns and gives 3. */
export function parseHeadingLevel(value: unknown): Parsed<number> {
  const n = Number(value);
  if (Number.isInteger(n) && n >= 2 && n <= 6) return { value: n, problems: [] };
  return { value: 3, problems: [{ option: 'heading-level', message: `${quoted(value)} is not a heading level from 2 to 6; using 3.` }] };
}

/** An element's text as one line, as a reader sees it: the markup's line breaks and indents go. */
export function words(node?: Node | null): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** `How do I know?` becomes `how-do-i-know`; text with no Latin letters or digits gives ''. */
export function slug(value: string): string {
  // Only text beyond ASCII needs its accents taken apart (slow on 1,000 questions).
  const ascii = /^[\x20-\x7e]*$/.test(value) ? value : value.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  // Each run of other characters is one '-', so at most one '-' to drop at either end: cheaper
  // than two more regular expressions on every question.
  let id = ascii.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  if (id.startsWith('-')) id = id.slice(1);
  id = id.slice(0, 60);
  return id.endsWith('-') ? id.slice(0, -1) : id;
}

/**
 * Gives each entry an id unique in its list: its own, else a slug of its text, else
 * `<fallback>-<n>`. Ids the site gave are placed first, since a link (FAQ) or `current`
 * (stage table) names an entry by its id; a made-up id yields to them. A repeat gets `-2`,
 * `-3`…, and a repeated id the site gave is also a problem.
 */
export function uniqueIds<T extends { id: string }>(
  entries: T[],
  label: (entry: T) => string,
  fallback: string,
  option: (entry: T, i: number) => string,
  problems: Problem[],
): T[] {
  const used = new Set<string>();
  const claim = (id: string): string => {
    let n = 2;
    let free = id;
    while (used.has(free)) free = `${id}-${n++}`;
    used.add(free);
    return free;
  };
  const given = entries.map((entry) => entry.id);
  entries.forEach((entry, i) => {
    const id = given[i];
    if (!id) return;
    entry.id = claim(id);
    if (entry.id !== id) problems.push({ option: option(entry, i), message: `"${id}" is used twice; this one becomes "${entry.id}".` });
  });
  entries.forEach((entry, i) => {
    if (!given[i]) entry.id = claim(slug(label(entry)) || `${fallback}-${i + 1}`);
  });
  return entries;
}

/** Plain text of a possibly hostile value, trimmed; anything but a string gives ''. */
export function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * Watches the widget's light DOM, which is one of its content sources. A classic script in
 * <head> upgrades an element before the parser has given it children, and a CMS may add
 * content late; either way the widget reads its content again. `changed()` tells the widget
 * when to re-parse.
 */
export class LightDomController implements ReactiveController {
  private _revision = 0;
  private _seen: unknown[] = [];
  private _observer?: MutationObserver;

  constructor(private readonly _host: ReactiveControllerHost & HTMLElement) {
    _host.addController(this);
  }

  hostConnected(): void {
    this._observer ??= new MutationObserver((records) => {
      if (records.every((r) => isGenerated(r.target) || [...r.addedNodes, ...r.removedNodes].every(isGenerated))) {
        return;
      }
      this._revision++;
      this._host.requestUpdate();
    });
    this._observer.observe(this._host, { childList: true, subtree: true, characterData: true });
    // Children parsed between construction and connection count as a change too.
    this._revision++;
  }

  /**
   * Whether the content must be read again: true the first time, then whenever the light
   * DOM or one of `inputs` (the widget's other sources: a property, the provider's config,
   * the locale) has changed since the last call.
   */
  changed(inputs: unknown[] = []): boolean {
    const now = [this._revision, ...inputs];
    // A widget always passes the same inputs, so comparing place by place is enough.
    if (!now.some((value, i) => value !== this._seen[i])) return false;
    this._seen = now;
    return true;
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
  }
}

function isGenerated(node: Node): boolean {
  const el = node instanceof Element ? node : node.parentElement;
  return !!el?.closest(`[${GENERATED}]`);
}

/**
 * Content a CMS cut off from a widget. WordPress's automatic paragraphs (wpautop) turn
 * `<haven-faq>⏎<details>…</details>⏎</haven-faq>` into
 * `<p><haven-faq></p>⏎<details>…</details>⏎<p></haven-faq></p>`: the HTML parser closes the
 * widget, empty, with the `<p>`, and drops the stray end tag, which leaves an empty `<p></p>`.
 * Only that shape is taken back: the widget empty and alone in a `<p>` (no text, no other
 * element). Its content is the run of elements right after that paragraph that look like it
 * (`looks`, or a JSON script, bare or in a `<p>`), up to the first that does not (the empty
 * `<p></p>`, or the page's next paragraph). An empty widget anywhere else is simply empty: a
 * page's own `<details>`, list or table after it, or after its wrapper, stays where the site
 * put it. JSON written as page text in the paragraph right after is named in a warning, not read.
 */
const ONE_BLOCK = '. Keep them in one block (WordPress: Custom HTML).';

export function cutOff(host: Element, looks: string): Element[] {
  const found: Element[] = [];
  const paragraph = host.parentElement;
  if (host.firstElementChild || words(host) || paragraph?.localName != 'p' || paragraph.childElementCount > 1 || words(paragraph)) return found;
  try {
    for (let el = paragraph.nextElementSibling; el; el = el.nextElementSibling) {
      // `<p><script type="application/json">…</script></p>`: the script is what was meant.
      const item = el.localName == 'p' && isJson(el.firstElementChild) ? el.firstElementChild! : el;
      if (!isJson(item) && !item.matches(looks)) {
        // JSON as page text, where an editor took its <script> away: not read (its quotes may be curled).
        const text = words(el);
        if (!found.length && el.localName == 'p' && !el.querySelector('script') && /^[[{]\s*[[{"“]/.test(text)) {
          warn(host, 'content', `JSON after it is page text, not read: ${quoted(text)}${ONE_BLOCK}`);
        }
        break;
      }
      found.push(item);
    }
  } catch {
    // An engine without `:has()` finds nothing.
  }
  return found;
}

/** A widget's content sources, for `readContent`. */
export interface ContentSources<T> {
  /** The property's value; `undefined` while the page has not set it. */
  property: unknown;
  /** The property's name, for warnings. */
  name: string;
  /** Validates data from the property, the JSON child or the provider. */
  parse(input: unknown, option: string): Parsed<T>;
  /** Reads the site's own light-DOM markup; `undefined` when there is none. */
  markup?(): Parsed<T> | undefined;
  /** The provider's `content.<key>`, unvalidated. */
  provided: unknown;
  key: string;
  /** Whether a parsed value has anything to show (a source with nothing valid falls through). */
  usable(value: T): boolean;
  /** A selector for the elements of the widget's content, to find them when a CMS cut them off (see `cutOff`). */
  looks?: string;
}

/** How warnings name a widget's child `<script type="application/json">`. */
export const JSON_CHILD = '<script type="application/json">';

/**
 * Content in DESIGN.md's order of precedence: the property, a child JSON script, the site's
 * light-DOM markup, the provider. The first source with something usable wins; the problems
 * of every source tried are warned. `undefined` means: show the built-in content.
 */
export function readContent<T>(host: Element, sources: ContentSources<T>): T | undefined {
  const { property, name, parse, markup, provided, key, usable, looks } = sources;
  const cut = looks && property === undefined ? cutOff(host, looks) : [];
  if (cut.length) {
    // The site's own content, shown once, in the widget, as it was written to be.
    host.append(...cut);
    warn(host, 'content', `<${cut[0]!.localName}> after it, cut off by an editor, is shown in it${ONE_BLOCK}`);
  }
  const attempts: Array<() => Parsed<T | undefined> | undefined> = [
    () => (property === undefined ? undefined : parse(property, name)),
    () => {
      const script = jsonChild(host);
      if (!script) return undefined;
      const json = parseJson(script.textContent ?? '', JSON_CHILD);
      return json.problems.length ? { value: undefined, problems: json.problems } : parse(json.value, JSON_CHILD);
    },
    () => markup?.(),
    () => (provided === undefined ? undefined : parse(provided, `provider content.${key}`)),
  ];
  for (const attempt of attempts) {
    const result = attempt();
    if (!result) continue;
    warnAll(host, result.problems);
    if (result.value !== undefined && usable(result.value)) return result.value;
  }
  return undefined;
}
