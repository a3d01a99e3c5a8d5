// The benchmark page: each scenario renders a haven widget and, beside it, a bare Lit
// element that renders the same DOM with none of the widget's features, so the ratio shows
// what the widget's own work costs. Bundled by bench/bench.mjs with Lit's production build.
import { LitElement, html } from 'lit';
import '../dist/index.js';
import { baseStyles } from '../dist/core/styles.js';
import { faqStyles } from '../dist/components/faq/faq.styles.js';
import { stageTableStyles } from '../dist/components/stage-table/stage-table.styles.js';
import { groundingTimerStyles } from '../dist/components/grounding-timer/grounding-timer.styles.js';

// Each bare element renders exactly the DOM its widget renders on first paint (elements,
// attributes, parts, text; checked by hand against the widget's shadow root), with none of
// the widget's logic. Only Lit's own comment markers differ, one per binding: those are part
// of what the widget costs.

// FAQ: Show all, heading, button with its icon, panel with a body (no region role: the
// widget gives it to six answers or fewer). Not there: validation, ids, strings, keys, hash
// links, find-in-page, provider.
class BareFaq extends LitElement {
  static properties = { items: { attribute: false } };
  render() {
    return html`<div class="root theme-auto" part="base"><div class="controls"><button type="button" class="toggle-all" part="toggle-all" aria-expanded="false">Show all answers</button></div><div class=${this.items.length > 50 ? 'long' : ''}>${this.items.map(
      (item, i) => html`<div class="item" part="item"><div class="heading" part="heading" role="heading" aria-level="3"><button type="button" class="question" part="question" id="q${i}" aria-expanded="false" aria-controls="a${i}"><span class="question-text">${item.question}</span><span class="icon" part="icon" aria-hidden="true"></span></button></div><div class="answer" part="answer" id="a${i}" hidden="until-found"><div class="answer-body"><p>${item.answer}</p></div></div></div>`,
    )}</div></div>`;
  }
}
customElements.define('bare-faq', BareFaq);

// Stage table: roles, parts, labels for the card layout, paragraphs.
const HEADINGS = ['Healing stage', 'What to expect', 'Support strategies'];
class BareStageTable extends LitElement {
  static properties = { stages: { attribute: false } };
  render() {
    return html`<div class="root theme-auto" part="base"><table role="table" part="table"><caption part="caption">Stages of healing</caption><thead role="rowgroup"><tr role="row">${HEADINGS.map((h) => html`<th scope="col" role="columnheader" part="column-header">${h}</th>`)}</tr></thead><tbody role="rowgroup">${this.stages.map(
      (st, i) => html`<tr role="row" class="" part="row"><th scope="row" role="rowheader" part="stage"><span id="n${i}">${st.name}</span></th>${st.cells.map(
        (c, j) => html`<td role="cell" part="cell"><span class="label" aria-hidden="true">${HEADINGS[j + 1]}</span><p>${c}</p></td>`,
      )}</tr>`,
    )}</tbody></table></div>`;
  }
}
customElements.define('bare-stage-table', BareStageTable);

// Timer: chooser with five options, circle, words, Start, two switches, the live region. Not
// there: validation, strings, clock, announcer, listeners.
const OPTIONS = [
  ['relaxed', 'Relaxed breathing: 5 in, 5 out'],
  ['box', 'Box breathing: 4-4-4-4'],
  ['4-7-8', '4-7-8 breathing'],
  ['resonant', 'Resonant breathing: 5.5 in, 5.5 out'],
  ['grounding', '5-4-3-2-1 grounding'],
];
class BareTimer extends LitElement {
  render() {
    return html`<div part="base" role="group" class="root theme-auto" aria-label="Grounding exercise"><label>Exercise <select>${OPTIONS.map(([v, o], i) => html`<option value=${v} ?selected=${i === 0}>${o}</option>`)}</select></label><div class="stage" aria-hidden="true"><div class="shape" part="shape"></div><span class="count" part="seconds"></span></div><p part="phase-label" class="">Start when you are ready.</p><div class="row"><button part="button" class="primary">Start</button></div><div class="row muted"><label><input type="checkbox">Soft tone</label><label><input type="checkbox">Vibration</label></div><div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true"></div></div>`;
  }
}
customElements.define('bare-timer', BareTimer);

// The same elements again with the widget's own stylesheets: the ratio to these is the cost of
// the widget's code alone, the ratio to the unstyled ones includes what its CSS costs to lay out.
customElements.define('styled-faq', class extends BareFaq { static styles = [baseStyles, faqStyles]; });
customElements.define('styled-stage-table', class extends BareStageTable { static styles = [baseStyles, stageTableStyles]; });
customElements.define('styled-timer', class extends BareTimer { static styles = [baseStyles, groundingTimerStyles]; });

const stages = [
  { name: 'Recognition', cells: ['Awareness of patterns', 'Education and validation'] },
  { name: 'Acceptance', cells: ['Processing emotions', 'Therapy and support groups'] },
  { name: 'Recovery', cells: ['Rebuilding identity', 'Self-care and boundaries'] },
];

const items = (n) => Array.from({ length: n }, (_, i) => ({ question: `Question number ${i}?`, answer: `Answer number ${i}, a sentence or two of calm text.` }));

/** Time from creating the element to its first render being laid out. */
async function renderOnce(tag, setup) {
  const host = document.getElementById('host');
  host.replaceChildren();
  await new Promise((r) => requestAnimationFrame(r));
  const start = performance.now();
  const el = document.createElement(tag);
  setup(el);
  host.append(el);
  await el.updateComplete;
  host.getBoundingClientRect(); // force style and layout
  return performance.now() - start;
}

/** Renders `count` elements at once (tables, timers) and waits for all. */
async function renderMany(tag, count, setup) {
  const host = document.getElementById('host');
  host.replaceChildren();
  await new Promise((r) => requestAnimationFrame(r));
  const start = performance.now();
  const els = Array.from({ length: count }, () => {
    const el = document.createElement(tag);
    setup(el);
    return el;
  });
  host.append(...els);
  await Promise.all(els.map((el) => el.updateComplete));
  host.getBoundingClientRect();
  return performance.now() - start;
}

window.scenarios = {
  'faq 200 items': {
    haven: () => renderOnce('haven-faq', (el) => (el.items = items(200))),
    bare: () => renderOnce('bare-faq', (el) => (el.items = items(200))),
    styled: () => renderOnce('styled-faq', (el) => (el.items = items(200))),
  },
  'faq 1000 items': {
    haven: () => renderOnce('haven-faq', (el) => (el.items = items(1000))),
    bare: () => renderOnce('bare-faq', (el) => (el.items = items(1000))),
    styled: () => renderOnce('styled-faq', (el) => (el.items = items(1000))),
  },
  '200 stage tables': {
    haven: () => renderMany('haven-stage-table', 200, (el) => (el.stages = stages)),
    bare: () => renderMany('bare-stage-table', 200, (el) => (el.stages = stages)),
    styled: () => renderMany('styled-stage-table', 200, (el) => (el.stages = stages)),
  },
  '50 timers': {
    haven: () => renderMany('haven-grounding-timer', 50, () => {}),
    bare: () => renderMany('bare-timer', 50, () => {}),
    styled: () => renderMany('styled-timer', 50, () => {}),
  },
};

/**
 * The widget's and the bare element's first DOM, each serialised without Lit's comment markers
 * and with attributes sorted: the bench says so when they differ, so "same DOM" stays true.
 */
window.sameDom = async () => {
  // Text split by a binding ("Exercise" + " ") reads as one run of text, as it renders.
  const children = (node) =>
    [...node.childNodes]
      .map((c) => (c.nodeType === Node.TEXT_NODE ? c.data : c.nodeType === Node.ELEMENT_NODE ? shape(c) : ''))
      .join('');
  const shape = (node) => {
    const attrs = [...node.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort().join(' ');
    return `<${node.localName} ${attrs}>${children(node)}</${node.localName}>`;
  };
  const first = async (tag, setup) => {
    const host = document.getElementById('host');
    const el = document.createElement(tag);
    setup(el);
    host.replaceChildren(el);
    await el.updateComplete;
    return children(el.shadowRoot);
  };
  const pairs = {
    'faq 200 items': ['faq', (el) => (el.items = items(200))],
    '200 stage tables': ['stage-table', (el) => (el.stages = stages)],
    '50 timers': ['grounding-timer', () => {}],
  };
  const differ = [];
  for (const [name, [widget, setup]] of Object.entries(pairs)) {
    const bare = widget === 'grounding-timer' ? 'bare-timer' : `bare-${widget}`;
    if ((await first(`haven-${widget}`, setup)) !== (await first(bare, setup))) differ.push(name);
  }
  return differ;
};

/** 1,000 items: Show all, then the longest task while it runs. */
window.toggleAll = async () => {
  await renderOnce('haven-faq', (el) => (el.items = items(1000)));
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
