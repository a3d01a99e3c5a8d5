// Text a site supplies keeps its own direction, isolated, whatever the widget's locale: in an
// Arabic widget an English question ends with its "?" on the right, and "988 Suicide & Crisis
// Lifeline" keeps its number first; Arabic text in an English widget reads right to left.
// The widget's own (locale) strings keep the widget's direction.
import { expect, fixture } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../src/index.js';
import '../src/locales/ar.js';
import type { LitElement } from 'lit';

/** Where a character is painted: the bounding box of that one character in a text node under `root`. */
function charBox(root: Element, char: string, nth = 0): DOMRect {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent!;
    for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) {
      if (seen++ === nth) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + char.length);
        return range.getBoundingClientRect();
      }
    }
  }
  throw new Error(`"${char}" not found`);
}

/** `first` is painted to the left of `second` (both characters within `root`). */
function leftOf(root: Element, first: string, second: string): boolean {
  return charBox(root, first).left < charBox(root, second).left;
}

const dirOf = (el: Element) => getComputedStyle(el).direction;

async function show<T extends LitElement>(markup: string): Promise<T> {
  const el = await fixture<T>(staticHtml`${unsafeStatic(markup)}`);
  await el.updateComplete;
  return el;
}

const $ = (el: LitElement, selector: string) => {
  const found = el.shadowRoot!.querySelector(selector);
  if (!found) throw new Error(`${el.localName}: no ${selector}`);
  return found;
};

const QUESTION = 'Do I have to talk in the group?';
const ANSWER = 'No. Many people only listen at first.';
const ARABIC_QUESTION = 'هل يجب أن أتحدث في المجموعة؟';
const ARABIC_ANSWER = 'لا. كثيرون يستمعون فقط في البداية.';

describe('<haven-faq> site text direction', () => {
  it('an English question and answer in an Arabic widget read left to right, "?" at the end', async () => {
    const el = await show<LitElement>(
      `<haven-faq locale="ar"><details><summary>${QUESTION}</summary><p>${ANSWER}</p></details><details><summary>Is it free?</summary><p>Yes.</p></details></haven-faq>`,
    );
    expect(dirOf($(el, '.root')), 'the widget itself').to.equal('rtl');
    const question = $(el, '.question-text');
    expect(dirOf(question)).to.equal('ltr');
    expect(leftOf(question, 'D', '?'), '"?" painted after "Do", on the right').to.be.true;
    $(el, '.question').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(dirOf($(el, '.answer-body p'))).to.equal('ltr');
    expect(leftOf($(el, '.answer-body'), 'N', '.'), 'the full stop at the right end').to.be.true;
    // The widget's own words stay right to left.
    expect(dirOf($(el, '.toggle-all'))).to.equal('rtl');
  });

  it('an Arabic question in an English widget reads right to left, "؟" on the left', async () => {
    const el = await show<LitElement>(
      `<haven-faq locale="en"><details><summary>${ARABIC_QUESTION}</summary><p>${ARABIC_ANSWER}</p></details></haven-faq>`,
    );
    const question = $(el, '.question-text');
    expect(dirOf(question)).to.equal('rtl');
    expect(leftOf(question, '؟', 'ه'), '"؟" painted at the left end').to.be.true;
    $(el, '.question').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(dirOf($(el, '.answer-body p'))).to.equal('rtl');
  });
});

const LINE = `<h3>United States</h3><ul><li><strong>988 Suicide &amp; Crisis Lifeline</strong><a href="tel:988">Call 988</a><a href="sms:988" data-keyword="HOME">Text</a><span data-description>Free and confidential, any time.</span><span data-hours>24/7, every day</span><span data-languages>English, Spanish</span></li></ul>`;

describe('<haven-helplines> site text direction', () => {
  it('an English helpline in an Arabic widget keeps "988" before its name and each field left to right', async () => {
    const el = await show<LitElement>(`<haven-helplines locale="ar">${LINE}</haven-helplines>`);
    expect(dirOf($(el, '.root'))).to.equal('rtl');
    const name = $(el, '.name');
    expect(dirOf(name)).to.equal('ltr');
    expect(leftOf(name, '9', 'S'), '"988" painted before "Suicide"').to.be.true;
    expect(charBox(name, '9').left - name.getBoundingClientRect().left, 'aligned to its own start, the left').to.be.below(2);
    expect(dirOf($(el, '.description'))).to.equal('ltr');
    expect(leftOf($(el, '.description'), 'F', ','), 'the description starts at the left').to.be.true;
    expect(dirOf($(el, '.region'))).to.equal('ltr');
    for (const dd of el.shadowRoot!.querySelectorAll('dd')) expect(dirOf(dd), dd.textContent!).to.equal('ltr');
    // The keyword inside the built-in "text … to …" label is isolated: an English word in Arabic.
    const keyword = $(el, '.sms span[dir="auto"]');
    expect(keyword.textContent).to.equal('HOME');
    expect(dirOf(keyword)).to.equal('ltr');
    // The widget's own words (the emergency line, the terms) stay right to left.
    expect(dirOf($(el, '.emergency'))).to.equal('rtl');
    expect(dirOf($(el, 'dt'))).to.equal('rtl');
  });

  it('an Arabic helpline in an English widget reads right to left', async () => {
    const el = await show<LitElement>(
      `<haven-helplines locale="en"><ul><li><strong>خط المساعدة 24</strong><a href="tel:116123">116 123</a><span data-description>مجاني وسري.</span></li></ul></haven-helplines>`,
    );
    expect(dirOf($(el, '.name'))).to.equal('rtl');
    expect(leftOf($(el, '.name'), '2', 'خ'), 'the Arabic name starts at the right').to.be.true;
    expect(dirOf($(el, '.description'))).to.equal('rtl');
  });
});

describe('<haven-empathy-prompts> site text direction', () => {
  it('an English prompt in an Arabic widget reads left to right, "?" at the end, in the card and the list', async () => {
    const el = await show<LitElement & { prompts: unknown }>(`<haven-empathy-prompts locale="ar" seed="x"></haven-empathy-prompts>`);
    el.prompts = [
      { category: 'ask', text: 'What would help most right now?' },
      { category: 'ask', text: 'What would help most today?' },
    ];
    await el.updateComplete;
    const prompt = $(el, '[part="prompt"]');
    expect(dirOf(prompt)).to.equal('ltr');
    expect(leftOf(prompt, 'W', '?')).to.be.true;
    ($(el, '[part="show-all"]') as HTMLElement).click();
    await el.updateComplete;
    for (const li of el.shadowRoot!.querySelectorAll('[part="list"] li')) {
      expect(dirOf(li)).to.equal('ltr');
      expect(charBox(li, 'W').left - li.getBoundingClientRect().left, 'aligned to its own start, the left').to.be.below(2);
    }
    expect(dirOf($(el, '[part="copy"]')), 'a built-in button').to.equal('rtl');
  });

  it('an Arabic prompt in an English widget reads right to left', async () => {
    const el = await show<LitElement & { prompts: unknown }>(`<haven-empathy-prompts locale="en"></haven-empathy-prompts>`);
    el.prompts = [{ category: 'ask', text: 'ما الذي يساعدك الآن؟' }];
    await el.updateComplete;
    const prompt = $(el, '[part="prompt"]');
    expect(dirOf(prompt)).to.equal('rtl');
    expect(leftOf(prompt, '؟', 'م')).to.be.true;
  });
});

describe('<haven-stage-table> site text direction', () => {
  const TABLE =
    '<table><caption>Where are you now?</caption><thead><tr><th>Stage</th><th>What to expect</th></tr></thead>' +
    '<tbody><tr><td>Denial (early)</td><td>It is not happening?</td></tr></tbody></table>';

  it('an English table in an Arabic widget: caption, headings, names and cells read left to right', async () => {
    const el = await show<LitElement>(`<haven-stage-table locale="ar">${TABLE}</haven-stage-table>`);
    expect(dirOf($(el, '.root'))).to.equal('rtl');
    expect(dirOf($(el, 'caption'))).to.equal('ltr');
    expect(leftOf($(el, 'caption'), 'W', '?')).to.be.true;
    for (const th of el.shadowRoot!.querySelectorAll('thead th')) expect(dirOf(th), th.textContent!).to.equal('ltr');
    const name = $(el, 'tbody th span');
    // The names line up with their column's English heading, not against it.
    expect(Math.abs(charBox($(el, 'tbody th'), 'D').left - charBox($(el, 'thead th'), 'S').left), 'name under heading').to.be.below(2);
    expect(leftOf(name, 'D', ')'), '"(early)" after "Denial"').to.be.true;
    const cell = $(el, 'tbody td');
    expect(dirOf(cell)).to.equal('ltr');
    expect(leftOf(cell, 'I', '?')).to.be.true;
  });

  it('the edge of the current stage stays at the table’s start (right) for an English name', async () => {
    const el = await show<LitElement & { stages: unknown }>(`<haven-stage-table locale="ar"></haven-stage-table>`);
    el.stages = [{ id: 'denial', name: 'Denial (early)', cells: ['It is not happening?'] }];
    el.setAttribute('current', 'denial');
    await el.updateComplete;
    const th = $(el, 'tbody th');
    expect(getComputedStyle(th).borderRightWidth).to.equal('4px');
    expect(leftOf(th, 'D', ')'), 'the name reads left to right').to.be.true;
    expect(charBox(th, 'D').left - th.getBoundingClientRect().left, 'and starts at the left of its cell').to.be.below(20);
  });

  it('English cells under the Arabic built-in headings still read left to right', async () => {
    const el = await show<LitElement & { stages: unknown }>(`<haven-stage-table locale="ar"></haven-stage-table>`);
    el.stages = [['Denial', 'It is not happening?', 'Talk to someone.']];
    await el.updateComplete;
    // The cell's hidden card label is the (Arabic) column heading: it must not decide the cell's direction.
    expect(dirOf($(el, 'tbody td'))).to.equal('ltr');
    expect(dirOf($(el, 'thead th')), 'a built-in Arabic heading').to.equal('rtl');
  });

  it('an Arabic table in an English widget reads right to left', async () => {
    const el = await show<LitElement & { stages: unknown }>(`<haven-stage-table locale="en"></haven-stage-table>`);
    el.stages = [['الإنكار', 'هذا لا يحدث؟']];
    await el.updateComplete;
    expect(leftOf($(el, 'tbody th'), 'ر', 'ا'), 'the Arabic name reads right to left').to.be.true;
    expect(dirOf($(el, 'tbody td'))).to.equal('rtl');
    expect(leftOf($(el, 'tbody td'), '؟', 'ه')).to.be.true;
  });
});

describe('<haven-grounding-timer> site text direction', () => {
  it("a site's English phase label in an Arabic widget reads left to right", async () => {
    const el = await show<LitElement & { phases: unknown }>(`<haven-grounding-timer locale="ar"></haven-grounding-timer>`);
    el.phases = [{ phase: 'in', seconds: 4, label: 'Breathe in slowly...' }, { phase: 'out', seconds: 4 }];
    await el.updateComplete;
    ($(el, '.primary') as HTMLElement).click();
    await el.updateComplete;
    const label = $(el, '[part="phase-label"]');
    expect(label.textContent).to.equal('Breathe in slowly...');
    expect(dirOf(label)).to.equal('ltr');
    expect(leftOf(label, 'B', '.')).to.be.true;
    expect(dirOf($(el, '.primary')), 'a built-in button').to.equal('rtl');
    ($(el, '.stop') as HTMLElement).click();
  });

  it("a site's Arabic phase label in an English widget reads right to left", async () => {
    const el = await show<LitElement & { phases: unknown }>(`<haven-grounding-timer locale="en"></haven-grounding-timer>`);
    el.phases = [{ phase: 'in', seconds: 4, label: 'تنفّس ببطء...' }];
    await el.updateComplete;
    ($(el, '.primary') as HTMLElement).click();
    await el.updateComplete;
    expect(dirOf($(el, '[part="phase-label"]'))).to.equal('rtl');
    ($(el, '.stop') as HTMLElement).click();
  });
});

describe('<haven-quick-exit> site text direction', () => {
  it('has no text from the site: its own words keep the widget direction', async () => {
    const el = await show<LitElement>(`<haven-quick-exit locale="ar" placement="inline"></haven-quick-exit>`);
    expect(dirOf($(el, '.leave'))).to.equal('rtl');
    expect(el.shadowRoot!.querySelectorAll('[dir="auto"]').length).to.equal(0);
  });
});
