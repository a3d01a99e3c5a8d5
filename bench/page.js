// The benchmark page: each scenario renders a haven widget and, beside it, a bare Lit
// element that renders the same DOM with none of the widget's features, so the ratio shows
// what the widget's own work costs. Bundled by bench/bench.mjs with Lit's production build.
import { LitElement, html } from 'lit';
import '../dist/index.js';
import { baseStyles } from '../dist/core/styles.js';
import { faqStyles } from '../dist/components/faq/faq.styles.js';
import { stageTableStyles } from '../dist/components/stage-table/stage-table.styles.js';
import { groundingTimerStyles } from '../dist/components/grounding-timer/grounding-timer.styles.js';

// The same DOM the FAQ renders (Show all, heading, button with its icon, panel with a body,
// the same class names), with none of its logic: validation, ids, strings, keys, hash,
// find-in-page, provider.
class BareFaq extends LitElement {
  static properties = { items: { attribute: false } };
  render() {
    return html`<div class="root theme-auto"><div class="controls"><button type="button" class="toggle-all" aria-expanded="false">Show all answers</button></div><div class=${this.items.length > 50 ? 'long' : ''}>${this.items.map(
      (item, i) => html`<div class="item"><div class="heading" role="heading" aria-level="3"><button type="button" class="question" aria-expanded="false" aria-controls="a${i}" id="q${i}"><span class="question-text">${item.question}</span><span class="icon" aria-hidden="true"></span></button></div><div class="answer" id="a${i}" role="region" aria-labelledby="q${i}" hidden="until-found"><div class="answer-body"><p>${item.answer}</p></div></div></div>`,
    )}</div></div>`;
  }
}
customElements.define('bare-faq', BareFaq);

// The same table markup the widget renders (roles, labels for the card layout, paragraphs).
const HEADINGS = ['Healing stage', 'What to expect', 'Support strategies'];
class BareStageTable extends LitElement {
  static properties = { stages: { attribute: false } };
  render() {
    return html`<div class="root theme-auto"><table role="table" aria-labelledby="c"><caption id="c">Stages of healing</caption>
<thead role="rowgroup"><tr role="row">${HEADINGS.map((h) => html`<th scope="col" role="columnheader">${h}</th>`)}</tr></thead>
<tbody role="rowgroup">${this.stages.map((st, i) => html`<tr role="row"><th scope="row" role="rowheader"><span id="n${i}">${st.name}</span></th>${st.cells.map(
      (c, j) => html`<td role="cell"><span class="label" aria-hidden="true">${HEADINGS[j + 1]}</span><p>${c}</p></td>`,
    )}</tr>`)}</tbody></table></div>`;
  }
}
customElements.define('bare-stage-table', BareStageTable);

// The same DOM as the timer's first render (chooser with five options, shape, word, buttons,
// two switches), with none of its logic: validation, strings, clock, announcer, listeners.
const OPTIONS = ['Relaxed breathing', 'Box breathing', '4-7-8 breathing', 'Resonant breathing', '5-4-3-2-1 grounding'];
class BareTimer extends LitElement {
  render() {
    return html`<div class="root theme-auto" role="group" aria-label="Breathing and grounding"><label>Exercise <select>${OPTIONS.map((o, i) => html`<option value=${i} ?selected=${i === 0}>${o}</option>`)}</select></label>
<div class="stage" aria-hidden="true"><div class="shape"></div><span class="count"></span></div>
<p>Start when you are ready.</p>
<div class="row"><button type="button" class="primary">Start</button></div>
<div class="row muted"><label><input type="checkbox"> Soft tone</label><label><input type="checkbox"> Vibration</label></div></div>`;
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
