/**
 * The CDN autoloader (dist/cdn/haven-autoloader.js): one script line that loads only the
 * widgets a page shows. It finds the haven-* tags in the document, imports each one's file
 * the first time the tag is met, and keeps watching for tags added later (a CMS's lazy
 * block, a single-page app's route). The widgets' files share one copy of Lit and the core
 * (rollup.config.mjs splits them), and the browser's module map fetches each file once.
 *
 * It also looks inside the shadow roots of the widgets it loaded, since one widget may show
 * another (the grounding timer's end screen holds <haven-helplines>); other shadow roots
 * are closed to it or not its business: a page that puts a widget inside its own component
 * imports that widget's file, or calls `havenAutoload(root)` on the root.
 *
 * No npm entry imports this module: with a bundler, import the widgets you use.
 */

/** Each tag's file: rollup turns each import() into a chunk beside this one. */
const widgets: Record<string, () => Promise<unknown>> = {
  'haven-provider': () => import('./components/provider/index.js'),
  'haven-faq': () => import('./components/faq/index.js'),
  'haven-grounding-timer': () => import('./components/grounding-timer/index.js'),
  'haven-empathy-prompts': () => import('./components/empathy-prompts/index.js'),
  'haven-stage-table': () => import('./components/stage-table/index.js'),
  'haven-quick-exit': () => import('./components/quick-exit/index.js'),
  'haven-helplines': () => import('./components/helplines/index.js'),
  'haven-journal': () => import('./components/journal/index.js'),
};
const selector = Object.keys(widgets).join(',');

/**
 * The shared chunk (Lit and the core; define.js lives there), asked for beside the first
 * widget's file rather than after it: one round trip fewer before the first widget upgrades.
 */
let shared: Promise<unknown> | undefined;

/** One import per tag per page, whatever happens to it. */
const requested = new Set<string>();
/** Roots already watched: the document, and widgets' shadow roots. */
const watched = new WeakSet<Node>();

const observer = new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) if (node instanceof Element) discover(node);
  }
});

/** Watches `root` (a document or a shadow root) for widgets, now and later. */
function watch(root: Document | ShadowRoot): void {
  if (watched.has(root)) return;
  watched.add(root);
  observer.observe(root, { childList: true, subtree: true });
  discover(root);
}

/** Loads the file of each widget in or at `root`, and watches their shadow roots once they upgrade. */
function discover(root: ParentNode): void {
  const found = [...root.querySelectorAll(selector)];
  if (root instanceof Element && root.matches(selector)) found.unshift(root);
  for (const element of found) {
    const tag = element.localName;
    if (!requested.has(tag) && !customElements.get(tag)) {
      requested.add(tag);
      shared ??= import('./core/define.js').catch(() => undefined);
      widgets[tag]!().catch((error: unknown) => console.warn(`[haven-widgets] <${tag}> could not be loaded:`, error));
    }
    void customElements.whenDefined(tag).then(() => {
      if (element.shadowRoot) watch(element.shadowRoot);
    });
  }
}

/** For a page's own shadow roots, which the autoloader cannot see: loads the widgets in `root` and watches it. */
function havenAutoload(root: Document | ShadowRoot): void {
  watch(root);
}

declare global {
  // eslint-disable-next-line no-var
  var havenAutoload: ((root: Document | ShadowRoot) => void) | undefined;
}
// A second copy of the autoloader on the page leaves the work to the first.
if (!globalThis.havenAutoload) {
  globalThis.havenAutoload = havenAutoload;
  watch(document);
}

export {};
