// The benchmark page: each scenario renders a haven widget and, beside it, its twins from
// bench/baselines.js (a bare Lit element rendering the same DOM, and the same with the
// widget's CSS), so the ratio shows what the widget's own work costs. Then the anchors: other
// libraries' disclosures, parsed from markup as a page would hold them. Bundled by
// bench/bench.mjs with Lit's production build (one copy, shared by every library here).
import { setBasePath } from '@shoelace-style/shoelace/dist/utilities/base-path.js';
import '@shoelace-style/shoelace/dist/components/details/details.js';
import '@lion/ui/define/lion-accordion.js';
import { compareWithWidgets, items, scenarios, twins } from './baselines.js';

// sl-details draws its chevron with sl-icon, which fetches the SVG from here (bench.mjs serves it).
setBasePath('/shoelace');

const host = () => document.getElementById('host');
const frame = () => new Promise((r) => requestAnimationFrame(r));

/** Creates `count` elements at once, appends them, waits for every render, forces layout. */
async function renderMany(tag, count, setup) {
  host().replaceChildren();
  await frame();
  const start = performance.now();
  const els = Array.from({ length: count }, () => {
    const el = document.createElement(tag);
    setup(el);
    return el;
  });
  host().append(...els);
  await Promise.all(els.map((el) => el.updateComplete));
  host().getBoundingClientRect(); // force style and layout
  return performance.now() - start;
}

/** Parses `markup` into the page, waits until each `tag` has rendered, forces layout. */
async function parseMany(markup, tag) {
  host().replaceChildren();
  await frame();
  const start = performance.now();
  host().innerHTML = markup;
  await Promise.all([...host().querySelectorAll(tag)].map((el) => el.updateComplete));
  host().getBoundingClientRect();
  return performance.now() - start;
}

window.scenarios = Object.fromEntries(
  Object.entries(scenarios).map(([name, { twin, count, setup }]) => {
    const { widget, bareTag, styledTag } = twins[twin];
    return [name, { haven: () => renderMany(widget, count, setup), bare: () => renderMany(bareTag, count, setup), styled: () => renderMany(styledTag, count, setup) }];
  }),
);

/** Differences between each widget and its twins (bench/baselines.js); [] when they match. */
window.compareWithWidgets = () => compareWithWidgets(host());

// The anchors: 500 one-question disclosures as each library's own markup, parsed from HTML
// (so a widget's reading of its light DOM counts), then one FAQ of 500 questions beside its
// same-DOM-and-CSS twin holding the same 500, and beside 500 bare Lit disclosures (that twin
// with one question each: one shadow root per question).
const N = 500;
const repeat = (f) => Array.from({ length: N }, (_, i) => f(i)).join('');
const question = (i) => `Question number ${i}?`;
const answer = (i) => `Answer number ${i}, a sentence or two of calm text.`;
window.anchors = {
  'lion-accordion': () =>
    parseMany(repeat((i) => `<lion-accordion><h3 slot="invoker"><button>${question(i)}</button></h3><p slot="content">${answer(i)}</p></lion-accordion>`), 'lion-accordion'),
  'sl-details': () => parseMany(repeat((i) => `<sl-details summary="${question(i)}"><p>${answer(i)}</p></sl-details>`), 'sl-details'),
  'haven-faq': () => parseMany(repeat((i) => `<haven-faq><details><summary>${question(i)}</summary><p>${answer(i)}</p></details></haven-faq>`), 'haven-faq'),
};
window.oneOfMany = {
  'one haven-faq of 500': () => renderMany('haven-faq', 1, (el) => (el.items = items(N))),
  'its twin, 500 questions': () => renderMany(twins.faq.styledTag, 1, (el) => (el.items = items(N))),
  '500 bare Lit disclosures': () => {
    const all = items(N);
    let next = 0;
    return renderMany(twins.faq.styledTag, N, (el) => (el.items = [all[next++]]));
  },
};

/** 1,000 items: Show all, then the longest task while it runs. */
window.toggleAll = async () => {
  await renderMany('haven-faq', 1, (el) => (el.items = items(1000)));
  // The click gets a task of its own, as a visitor's has: without this, the longest task
  // was the first render of the 1,000 items and the Show all after it, in one.
  await new Promise((r) => setTimeout(r));
  const el = document.querySelector('haven-faq');
  const longest = { ms: 0 };
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest.ms = Math.max(longest.ms, entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  const start = performance.now();
  el.shadowRoot.querySelector('[part="toggle-all"]').click();
  await el.updateComplete;
  el.getBoundingClientRect();
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  const ms = performance.now() - start;
  observer.disconnect();
  return { ms, longestTask: longest.ms };
};
window.renderMany = renderMany;
window.items = items;
