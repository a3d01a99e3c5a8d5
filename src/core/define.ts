import { ContextRoot } from '@lit/context';
import { VERSION } from './version.js';

/** Where copies of the library on one page meet: the snippet pasted twice, npm beside CDN. */
const ROOT_KEY = Symbol.for('haven-widgets.context-root');
const VERSION_KEY = Symbol.for('haven-widgets.version');

type Tagged = CustomElementConstructor & { [VERSION_KEY]?: string };

const warned = new Set<string>();

/**
 * Registers `tag` once. A second copy of the library finds the tag taken and does nothing;
 * a copy of another version warns once, since the page then runs the first version's code.
 * It never throws: a widget must not break the host page.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return; // server-side import: nothing to register
  attachContextRoot();
  const existing = registry.get(tag) as Tagged | undefined;
  if (existing) {
    const other = existing[VERSION_KEY];
    if (existing !== ctor && other !== VERSION && !warned.has(tag)) {
      warned.add(tag);
      console.warn(
        `[haven-widgets] <${tag}> is already defined by ${
          other ? `haven-widgets ${other}` : 'other code'
        }; this copy (${VERSION}) is not used for it. Load one copy of haven-widgets per page.`,
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
