import { ContextRoot } from '@lit/context';
import { VERSION } from './version.js';

/** Where copies of the library on one page meet: the snippet pasted twice, npm beside CDN. */
const ROOT_KEY = Symbol.for('haven-widgets.context-root');
const VERSION_KEY = Symbol.for('haven-widgets.version');

type Tagged = CustomElementConstructor & { [VERSION_KEY]?: string };

/** Other versions (or, for other code, tags) this copy has warned about. */
const warned = new Set<string>();

/**
 * Registers `tag` once. A second copy of the library finds the tag taken and does nothing;
 * a copy of another version warns once for all its tags, since the page then runs the first
 * version's code. It never throws: a widget must not break the host page.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return; // server-side import: nothing to register
  attachContextRoot();
  const existing = registry.get(tag) as Tagged | undefined;
  if (existing) {
    const other = existing[VERSION_KEY];
    const key = other ?? tag;
    if (existing !== ctor && other !== VERSION && !warned.has(key)) {
      warned.add(key);
      console.warn(
        other
          ? `[haven-widgets] <${tag}> and the other widgets are already defined by haven-widgets ${other}; this copy (${VERSION}) is not used for them. Load one copy of haven-widgets per page.`
          : `[haven-widgets] <${tag}> is already defined by other code; this copy (${VERSION}) is not used for it.`,
      );
    }
    return;
  }
  try {
    (ctor as Tagged)[VERSION_KEY] = VERSION;
    registry.define(tag, ctor);
  } catch (error) {
    console.warn(`[haven-widgets] <${tag}> could not be defined:`, error);
  }
}

/**
 * Widgets are often defined before <haven-provider> (module order, deferred scripts); their
 * context requests would then go unanswered. A ContextRoot on the document holds those
 * requests and replays them when a provider appears. One per page, whichever copy is first.
 */
function attachContextRoot(): void {
  const doc = globalThis.document as (Document & { [ROOT_KEY]?: boolean }) | undefined;
  if (!doc || doc[ROOT_KEY]) return;
  doc[ROOT_KEY] = true;
  new ContextRoot().attach(doc.documentElement);
}
