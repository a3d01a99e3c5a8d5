// The benchmark's baselines: for each widget, a bare Lit element that renders the widget's
// first DOM (elements, attributes, parts, text) with none of its logic, and the same element
// again with the widget's stylesheets adopted. The ratio of a widget's time to its "same DOM
// and CSS" twin is the cost of the widget's own code.
//
// The twins are written by hand, so they can drift when a widget's template changes (issue 14
// did that once, and the ratios lied for weeks). `compareWithWidgets()` renders each widget and
// its twins with the scenario's own content and compares the normalised shadow markup and the
// adopted CSS: test/bench-baseline.test.ts runs it in every engine, so a drift fails CI, and
// bench/bench.mjs refuses to time a scenario whose twin differs.
//
// Imports the built library (dist/), as the benchmark measures what ships.
import { LitElement, html, nothing } from 'lit';
import '../dist/index.js';
import { baseStyles } from '../dist/core/styles.js';
import { faqStyles } from '../dist/components/faq/faq.styles.js';
import { stageTableStyles } from '../dist/components/stage-table/stage-table.styles.js';
import { groundingTimerStyles } from '../dist/components/grounding-timer/grounding-timer.styles.js';
import { empathyPromptsStyles } from '../dist/components/empathy-prompts/empathy-prompts.styles.js';
import { helplinesStyles } from '../dist/components/helplines/helplines.styles.js';
import { quickExitStyles } from '../dist/components/quick-exit/quick-exit.styles.js';

// FAQ: Show all (two items or more), heading, button with its icon, panel with a body (no
// region role: the widget gives it to six open answers or fewer; all start closed). Not there:
// validation, ids, strings, keys, hash links, find-in-page, provider.
class BareFaq extends LitElement {
  static properties = { items: { attribute: false } };
  render() {
    const items = this.items;
    return html`<div class="root theme-auto" part="base">${items.length < 2
      ? nothing
      : html`<div class="controls"><button type="button" class="toggle-all" part="toggle-all" aria-expanded="false">Show all answers</button></div>`}<div class=${items.length > 50 ? 'long' : ''}>${items.map(
      (item, i) => html`<div class="item" part="item"><div class="heading" part="heading" role="heading" aria-level="3"><button type="button" class="question" part="question" id="q${i}" aria-expanded="false" aria-controls="a${i}"><span class="question-text" dir="auto">${item.question}</span><span class="icon" part="icon" aria-hidden="true"></span></button></div><div class="answer" part="answer" id="a${i}" hidden="until-found"><div class="answer-body" dir="auto"><p>${item.answer}</p></div></div></div>`,
    )}</div></div>`;
  }
}

// Stage table: roles, parts, labels for the card layout, one paragraph per line of a cell.
const HEADINGS = ['Healing stage', 'What to expect', 'Support strategies'];
class BareStageTable extends LitElement {
  static properties = { stages: { attribute: false } };
  render() {
    return html`<div class="root theme-auto" part="base"><table role="table" part="table"><caption part="caption" dir="auto">Stages of healing</caption><thead role="rowgroup"><tr role="row">${HEADINGS.map(
      (h) => html`<th scope="col" role="columnheader" part="column-header" dir="auto">${h}</th>`,
    )}</tr></thead><tbody role="rowgroup">${this.stages.map(
      (st, i) => html`<tr role="row" class="" part="row"><th scope="row" role="rowheader" part="stage"><span id="n${i}">${st.name}</span></th>${st.cells.map(
        (c, j) => html`<td role="cell" part="cell" dir="auto"><span class="label" aria-hidden="true" dir="auto">${HEADINGS[j + 1]}</span>${c.split('\n').map((p) => html`<p>${p}</p>`)}</td>`,
      )}</tr>`,
    )}</tbody></table></div>`;
  }
}

// Timer: chooser with five options, circle, words, Start, two switches (vibration only where
// the engine can), the live region. Not
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
    return html`<div part="base" role="group" class="root theme-auto" aria-label="Grounding exercise"><label>Exercise <select>${OPTIONS.map(
      ([v, o], i) => html`<option value=${v} ?selected=${i === 0}>${o}</option>`,
    )}</select></label><div class="stage" aria-hidden="true"><div class="shape" part="shape"></div><span class="count" part="seconds"></span></div><p part="phase-label" dir="auto" class="">Start when you are ready.</p><div class="row"><button part="button" class="primary">Start</button></div><div class="row muted"><label><input type="checkbox">Soft tone</label>${'vibrate' in navigator ? html`<label><input type="checkbox">Vibration</label>` : nothing}</div><div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true"></div></div>`;
  }
}

// Empathy prompts (seed "x"): four tabs, the prompt with its blank, the feeling chooser,
// three actions, the hidden list, the live region. Not there: the deck, seeding, strings, keys.
const TABS = ['reflect', 'ask', 'validate', 'boundaries'];
const TAB_NAMES = { reflect: 'Reflect', ask: 'Ask', validate: 'Validate', boundaries: 'Boundaries' };
const FEELINGS = ['overwhelmed', 'hurt', 'scared', 'alone', 'confused', 'exhausted', 'angry', 'numb'];
class BarePrompts extends LitElement {
  render() {
    return html`<div class="root theme-auto" part="base"><div part="tabs" role="tablist" aria-label="Kind of prompt">${TABS.map(
      (c, i) => html`<button part="tab" role="tab" id="tab-${c}" aria-selected=${i === 0} aria-controls="panel" tabindex=${i === 0 ? 0 : -1}>${TAB_NAMES[c]}</button>`,
    )}</div><div part="panel" id="panel" role="tabpanel" aria-labelledby="tab-reflect"><p part="prompt" dir="auto">${'It sounds like you felt '}<b part="blank"><span aria-hidden="true">___</span><span class="visually-hidden">(a feeling word)</span></b>${' when that happened.'}</p><label part="feeling">Feeling word<select><option value="" .selected=${true}>Leave blank</option>${FEELINGS.map(
      (w) => html`<option .selected=${false}>${w}</option>`,
    )}</select></label><div class="actions" part="actions"><button class="primary" part="another">Another</button><button part="copy">Copy</button><button class="more" part="show-all" aria-controls="all" aria-expanded="false">Show all</button></div><ul part="list" id="all" hidden></ul></div><div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true"></div></div>`;
  }
}

// Helplines: the emergency line, then each line with its links and details, as the widget
// renders the bench's two lines. Not there: parsing, phone numbers, strings, regions.
class BareHelplines extends LitElement {
  static properties = { helplines: { attribute: false } };
  render() {
    return html`<div class="root theme-auto" part="base"><p class="emergency" part="emergency">If you are in immediate danger, call your local emergency number.</p><ul class="list" part="list" role="list">${this.helplines.map(
      (line) => html`<li class="helpline" part="helpline"><p class="name" part="name" dir="auto">${line.name}</p>${line.description
        ? html`<p class="description" part="description" dir="auto">${line.description}</p>`
        : nothing}<div class="links">${line.phone
        ? html`<a class="link call primary" part="link call" href="tel:${line.phone.replace(/ /g, '')}" aria-label="Call ${line.phone}, ${line.name}"><span>Call <bdi dir="ltr">${line.phone}</bdi></span></a>`
        : nothing}${line.sms
        ? html`<a class="link sms" part="link sms" href="sms:${line.sms}" aria-label="Text ${line.keyword} to ${line.sms}, ${line.name}"><span>Text <span dir="auto">${line.keyword}</span> to <bdi dir="ltr">${line.sms}</bdi></span></a>`
        : nothing}${line.chat
        ? html`<a class="link chat" part="link chat" href=${line.chat} rel="noopener noreferrer" aria-label="Chat online, ${line.name}"><span>Chat online</span></a>`
        : nothing}${line.web
        ? html`<a class="link web" part="link web" href=${line.web} rel="noopener noreferrer" aria-label="Website, ${line.name}"><span>Website</span></a>`
        : nothing}</div>${line.hours
        ? html`<dl class="details" part="details"><div><dt>Hours</dt><dd dir="auto">${line.hours}</dd></div><div><dt>Languages</dt><dd dir="auto">${line.languages.join(', ')}</dd></div></dl>`
        : nothing}</li>`,
    )}</ul></div>`;
  }
}

// Quick exit, placed inline: the button, the "How this works" disclosure, the live region. Not
// there: the Shift sequence, the listeners, leaving.
class BareQuickExit extends LitElement {
  render() {
    return html`<div class="root theme-auto inline" part="base"><button type="button" class="leave primary" part="button">Leave this site</button><details class="help" part="help"><summary part="help-toggle"><span class="icon" aria-hidden="true">?</span><span class="label">How this works</span></summary><div class="panel" part="help-panel"><p>Select “Leave this site”, or press Shift 3 times, and this page is hidden at once and replaced by an everyday website. Back will not bring you here.</p><p>With a screen reader: in some (NVDA), Shift alone pauses speech, and each press counts. Nothing is said after the first press; after the second you hear that one more press will leave. To pause speech without leaving, use Control.</p><p>It does not erase your browsing history: this site can still be found on this device. A private window, or a device only you use, leaves fewer traces.</p></div></details><div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true"></div></div>`;
  }
}

/** Each widget, its bare twin and its styled twin (the same class with the widget's sheets). */
export const twins = {
  faq: { widget: 'haven-faq', bare: BareFaq, styles: [baseStyles, faqStyles] },
  'stage-table': { widget: 'haven-stage-table', bare: BareStageTable, styles: [baseStyles, stageTableStyles] },
  'grounding-timer': { widget: 'haven-grounding-timer', bare: BareTimer, styles: [baseStyles, groundingTimerStyles] },
  'empathy-prompts': { widget: 'haven-empathy-prompts', bare: BarePrompts, styles: [baseStyles, empathyPromptsStyles] },
  helplines: { widget: 'haven-helplines', bare: BareHelplines, styles: [baseStyles, helplinesStyles] },
  'quick-exit': { widget: 'haven-quick-exit', bare: BareQuickExit, styles: [baseStyles, quickExitStyles] },
};
for (const [name, twin] of Object.entries(twins)) {
  twin.bareTag = `bare-${name}`;
  twin.styledTag = `styled-${name}`;
  if (!customElements.get(twin.bareTag)) {
    customElements.define(twin.bareTag, class extends twin.bare {});
    customElements.define(twin.styledTag, class extends twin.bare { static styles = twin.styles; });
  }
}

// The scenarios' content.
export const stages = [
  { name: 'Recognition', cells: ['Awareness of patterns', 'Education and validation'] },
  { name: 'Acceptance', cells: ['Processing emotions', 'Therapy and support groups'] },
  { name: 'Recovery', cells: ['Rebuilding identity', 'Self-care and boundaries'] },
];
export const items = (n) => Array.from({ length: n }, (_, i) => ({ question: `Question number ${i}?`, answer: `Answer number ${i}, a sentence or two of calm text.` }));
export const helplines = [
  { name: 'Line A', description: 'Abuse, 24 hours', phone: '0808 2000 247', web: 'https://example.org/', hours: '24 hours', languages: ['English', 'Spanish'] },
  { name: 'Line B', sms: '88788', keyword: 'START', chat: 'https://example.org/chat' },
];

/**
 * The benchmark's scenarios: which twin, how many elements, and how each is set up (the same
 * for the widget and its twins). `attributes` are set before the element is connected.
 */
export const scenarios = {
  'faq 200 items': { twin: 'faq', count: 1, setup: (el) => (el.items = items(200)) },
  'faq 1000 items': { twin: 'faq', count: 1, setup: (el) => (el.items = items(1000)) },
  '200 stage tables': { twin: 'stage-table', count: 200, setup: (el) => (el.stages = stages) },
  '50 timers': { twin: 'grounding-timer', count: 50, setup: () => {} },
  '50 prompt decks': { twin: 'empathy-prompts', count: 50, setup: (el) => el.setAttribute('seed', 'x') },
  '50 helpline lists': { twin: 'helplines', count: 50, setup: (el) => (el.helplines = helplines) },
  '50 quick exits': { twin: 'quick-exit', count: 50, setup: (el) => el.setAttribute('placement', 'inline') },
  '500 one-question FAQs': { twin: 'faq', count: 500, setup: (el) => (el.items = items(1)) },
};

/** A shadow root's markup without Lit's comment markers, attributes sorted, text runs joined. */
export function shape(root) {
  const children = (node) =>
    [...node.childNodes].map((c) => (c.nodeType === Node.TEXT_NODE ? c.data : c.nodeType === Node.ELEMENT_NODE ? element(c) : '')).join('');
  const element = (node) => {
    const attrs = [...node.attributes].map((a) => ` ${a.name}=${JSON.stringify(a.value)}`).sort().join('');
    return `<${node.localName}${attrs}>${children(node)}</${node.localName}>`;
  };
  return children(root);
}

/** The CSS a shadow root adopts, rule by rule, as the engine serialises it. */
export function adoptedCss(root) {
  return root.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((r) => r.cssText).join('\n')).join('\n/* next sheet */\n');
}

/** Where two strings part, with a little context either side, for a readable failure. */
function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return { at: i, widget: a.slice(Math.max(0, i - 60), i + 80), twin: b.slice(Math.max(0, i - 60), i + 80) };
}

/**
 * Renders each scenario's widget and its twins once, in `host`, and compares them. Returns
 * one entry per difference: `{ scenario, what: 'markup' | 'css', at, widget, twin }`.
 */
export async function compareWithWidgets(host = document.body) {
  const render = async (tag, setup) => {
    const el = document.createElement(tag);
    setup(el);
    host.replaceChildren(el);
    await el.updateComplete;
    return el.shadowRoot;
  };
  const differences = [];
  for (const [scenario, { twin, setup }] of Object.entries(scenarios)) {
    const { widget, bareTag, styledTag } = twins[twin];
    const ours = await render(widget, setup);
    const markup = shape(ours);
    const css = adoptedCss(ours);
    const bare = await render(bareTag, setup);
    if (shape(bare) !== markup) differences.push({ scenario, what: 'markup', ...firstDifference(markup, shape(bare)) });
    if (bare.adoptedStyleSheets.length) differences.push({ scenario, what: 'css', at: 0, widget: '(none)', twin: 'the bare twin adopts stylesheets' });
    const styled = await render(styledTag, setup);
    if (shape(styled) !== markup) differences.push({ scenario, what: 'markup', ...firstDifference(markup, shape(styled)) });
    if (adoptedCss(styled) !== css) differences.push({ scenario, what: 'css', ...firstDifference(css, adoptedCss(styled)) });
  }
  host.replaceChildren();
  return differences;
}
