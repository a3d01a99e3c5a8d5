import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { warnAll, type Problem } from './warn.js';

/** What every content parser returns: the usable part, and what was wrong with the rest. */
export interface Parsed<T> {
  value: T;
  problems: Problem[];
}

/** Marks light-DOM nodes a widget wrote itself (JSON-LD), so it never reads them back. */
export const GENERATED = 'data-haven-generated';

/** The widget's own child `<script type="application/json">`, if any. */
export function jsonChild(host: Element): HTMLScriptElement | undefined {
  for (const child of host.children) {
    if (
      child instanceof HTMLScriptElement &&
      child.type.trim().toLowerCase() === 'application/json' &&
      !child.hasAttribute(GENERATED)
    ) {
      return child;
    }
  }
  return undefined;
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

/** Heading levels 2–6 are allowed (a page's only h1 is its title); anything else warns and gives 3. */
export function parseHeadingLevel(value: unknown): Parsed<number> {
  const n = Number(value);
  if (Number.isInteger(n) && n >= 2 && n <= 6) return { value: n, problems: [] };
  const shown = String(value).slice(0, 40);
  return { value: 3, problems: [{ option: 'heading-level', message: `"${shown}" is not a heading level from 2 to 6; using 3.` }] };
}

/** Plain text of a possibly hostile value, trimmed; anything but a string gives ''. */
export function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * Watches the widget's light DOM, which is one of its content sources. A classic script in
 * <head> upgrades an element before the parser has given it children, and a CMS may add
 * content late; either way the widget reads its content again. `revision` changes on each
 * mutation, so the widget can tell when to re-parse.
 */
export class LightDomController implements ReactiveController {
  revision = 0;
  private observer?: MutationObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer ??= new MutationObserver((records) => {
      if (records.every((r) => isGenerated(r.target) || [...r.addedNodes, ...r.removedNodes].every(isGenerated))) {
        return;
      }
      this.revision++;
      this.host.requestUpdate();
    });
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    // Children parsed between construction and connection count as a change too.
    this.revision++;
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}

function isGenerated(node: Node): boolean {
  const el = node instanceof Element ? node : node.parentElement;
  return !!el?.closest(`[${GENERATED}]`);
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
}

const JSON_CHILD = '<script type="application/json">';

/**
 * Content in DESIGN.md's order of precedence: the property, a child JSON script, the site's
 * light-DOM markup, the provider. The first source with something usable wins; the problems
 * of every source tried are warned. `undefined` means: show the built-in content.
 */
export function readContent<T>(host: Element, sources: ContentSources<T>): T | undefined {
  const { property, name, parse, markup, provided, key, usable } = sources;
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
