import { expect } from '@open-wc/testing';
import '../src/index.js';
import { cutOff, nearest, words } from '../src/core/content.js';
import { looksLikeItem } from '../src/components/faq/faq-content.js';
import { looksLikeLines } from '../src/components/helplines/helplines-content.js';
import { captureWarnings } from './helpers.js';

const names = (found: Element[] | string): string[] | string => (typeof found == 'string' ? found : found.map((el) => el.localName));

// Issue 14, items 3 and 6: content a CMS cut off from a widget, and fields a site guessed.

let warnings: ReturnType<typeof captureWarnings>;
let page: HTMLElement;
beforeEach(() => {
  warnings = captureWarnings();
  page = document.createElement('div');
  document.body.append(page);
});
afterEach(() => {
  warnings.restore();
  page.remove();
});

const ours = (): string[] => warnings.messages.filter((m) => m.startsWith('[haven-widgets]'));

/** Sets markup as a browser parses it, then waits for every widget in it to render. */
async function parse(markup: string): Promise<void> {
  page.innerHTML = markup;
  for (const el of page.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')) await el.updateComplete;
}

const shadowText = (selector: string): string => page.querySelector(selector)!.shadowRoot!.textContent!.replace(/\s+/g, ' ');

// What WordPress's automatic paragraphs make of the README's snippet (issue 14).
const WP_FAQ = `<p><haven-faq></p>
<details><summary>Do I have to give my real name?</summary>No. A first name or a nickname is fine.</details>
<details><summary>Is the group free?</summary>Yes, always.</details>
<p></haven-faq></p>
<p>Contact us any time.</p>`;

describe('content cut off by a CMS (pure)', () => {
  it('is what the HTML parser builds from WordPress output: an empty widget in a <p>, the content after it', () => {
    // An element no script defines, so that only the parser is at work.
    page.innerHTML = WP_FAQ.replaceAll('haven-faq', 'x-faq');
    const faq = page.querySelector('x-faq')!;
    expect(faq.childNodes.length).to.equal(0);
    expect(faq.parentElement!.localName).to.equal('p');
    expect(names(cutOff(faq, looksLikeItem))).to.deep.equal(['details', 'details']);
  });

  it('finds JSON in a <p>, headings and lists, and stops at the first element that is not content', () => {
    page.innerHTML = `<p><x-lines></p>
<p><script type="application/json">[{"name":"Line"}]</script></p>
<h3>UK</h3><ul><li><strong>Samaritans</strong></li></ul><p></p>
<p>Not ours</p><ul><li><strong>Not ours either</strong></li></ul>`;
    const found = cutOff(page.querySelector('x-lines')!, looksLikeLines);
    expect(names(found)).to.deep.equal(['script', 'h3', 'ul']);
  });

  it('names JSON written as page text, where an editor took its <script> away, and takes nothing', () => {
    page.innerHTML = `<p><x-lines></p>\n<p>[{“name”: “Samaritans”}]</p>\n<p>[Content note: this page talks about abuse.]</p>`;
    expect(cutOff(page.querySelector('x-lines')!, looksLikeLines)).to.deep.equal([]);
    expect(ours()).to.deep.equal(['[haven-widgets] <x-lines> content: JSON after it is page text, not read: "[{“name”: “Samaritans”}]". Keep them in one block (WordPress: Custom HTML).']);
    page.innerHTML = `<p><x-lines></p>\n<p>[Content note: this page talks about abuse.]</p>`;
    expect(cutOff(page.querySelector('x-lines')!, looksLikeLines)).to.deep.equal([]);
    expect(ours()).to.have.length(1);
  });

  it('finds nothing for a widget not wrapped alone, one with content, or one followed by other things', () => {
    page.innerHTML = `<x-faq></x-faq><details><summary>Q</summary>A</details>`;
    expect(cutOff(page.querySelector('x-faq')!, looksLikeItem)).to.deep.equal([]);
    page.innerHTML = `<p>Our questions: <x-faq></x-faq></p><details><summary>Q</summary>A</details>`;
    expect(cutOff(page.querySelector('x-faq')!, looksLikeItem)).to.deep.equal([]);
    page.innerHTML = `<div><x-faq><details><summary>Q</summary>A</details></x-faq></div><details><summary>Q</summary>A</details>`;
    expect(cutOff(page.querySelector('x-faq')!, looksLikeItem)).to.deep.equal([]);
    page.innerHTML = `<p><x-faq></p><p>A paragraph.</p><details><summary>Q</summary>A</details>`;
    expect(cutOff(page.querySelector('x-faq')!, looksLikeItem)).to.deep.equal([]);
    // A heading with no list of helplines after it is not theirs.
    page.innerHTML = `<p><x-lines></p><h2>Next section</h2><ul><li>plain</li></ul>`;
    expect(cutOff(page.querySelector('x-lines')!, looksLikeLines)).to.deep.equal([]);
  });

  // Issue 20: only the shape automatic paragraphs make is taken back.
  it('finds nothing for an empty widget in any wrapper but a <p> it alone fills', () => {
    for (const markup of [
      `<div><x-faq></x-faq></div><details><summary>Our privacy notice</summary>We keep nothing.</details>`,
      `<div class="stage"><x-faq></x-faq></div><details class="snippet"><summary>Show the snippet</summary></details>`,
      `<section><div><span><x-faq></x-faq></span></div></section><details><summary>Q</summary>A</details>`,
      `<li><x-faq></x-faq></li><details><summary>Q</summary>A</details>`,
      `<p><img alt="" src="data:,"><x-faq></x-faq></p><details><summary>Q</summary>A</details>`,
      `<p><x-faq></x-faq><br></p><details><summary>Q</summary>A</details>`,
      `<p>Questions<br>\n<x-faq></x-faq></p><details><summary>Q</summary>A</details>`,
    ]) {
      page.innerHTML = markup;
      expect(cutOff(page.querySelector('x-faq')!, looksLikeItem), markup).to.deep.equal([]);
    }
    page.innerHTML = `<div><span><x-lines></span></div><p><script type="application/json">[{"name":"Line"}]</script></p>`;
    expect(cutOff(page.querySelector('x-lines')!, looksLikeLines)).to.deep.equal([]);
  });

  it('stops at the empty <p> the stray end tag left: a page’s <details> after it stays', () => {
    // What WordPress 7.1's wpautop() makes of `<haven-faq>⏎<details>…</details>⏎</haven-faq>⏎<details>…`.
    page.innerHTML = `<p><x-faq></p>
<details>
<summary>Q1</summary>
<p>A1</details>
<p></x-faq></p>
<details>
<summary>Our privacy notice</summary>
<p>We keep nothing.</details>`;
    const found = cutOff(page.querySelector('x-faq')!, looksLikeItem);
    expect(found.map((d) => words(d.querySelector('summary')))).to.deep.equal(['Q1']);
  });

  it('warns about JSON as page text only in the paragraph right after the widget’s own', () => {
    // Four widgets in their own <div>s before helplines holding a proper JSON script (issue 20, 6).
    page.innerHTML = `<div><x-faq></x-faq></div><div><x-prompts></x-prompts></div><div><x-stages></x-stages></div><div><x-timer></x-timer></div>
<haven-x-lines><script type="application/json">[{"name":"Samaritans","phone":"116 123"}]</script></haven-x-lines>`;
    for (const el of page.querySelectorAll('div > *')) expect(cutOff(el, looksLikeItem)).to.deep.equal([]);
    // A widget inline in wpautop's paragraph, with its JSON inside it, is content in its place.
    page.innerHTML = `<p><x-faq></p>
<p><x-lines><br>
<script type="application/json">[{"name":"Samaritans"}]</script><br>
</x-lines></p>`;
    expect(cutOff(page.querySelector('x-faq')!, looksLikeItem)).to.deep.equal([]);
    expect(ours()).to.deep.equal([]);
  });
});

describe('content cut off by a CMS (elements)', () => {
  it('<haven-faq> shows the site’s questions once, not the built-in ones, and warns once with the fix', async () => {
    await parse(WP_FAQ);
    const text = shadowText('haven-faq');
    expect(text).to.contain('Do I have to give my real name?');
    expect(text).to.contain('Is the group free?');
    expect(text).not.to.contain('healing');
    // Not shown a second time as bare disclosures.
    expect([...page.querySelectorAll('details')].every((d) => d.closest('haven-faq'))).to.equal(true);
    expect(ours()).to.deep.equal([
      '[haven-widgets] <haven-faq> content: <details> after it, cut off by an editor, is shown in it. Keep them in one block (WordPress: Custom HTML).',
    ]);
    expect(page.querySelector('p:last-child')!.textContent).to.equal('Contact us any time.');
  });

  it('<haven-empathy-prompts> takes the lists after it', async () => {
    await parse(`<p><haven-empathy-prompts></p>
<ul data-category="ask"><li>What would help right now?</li></ul>
<p></haven-empathy-prompts></p>`);
    const el = page.querySelector('haven-empathy-prompts')!;
    expect(el.currentPrompt.text).to.equal('What would help right now?');
    expect(page.querySelector('ul')!.parentElement).to.equal(el);
    expect(ours()).to.deep.equal([
      '[haven-widgets] <haven-empathy-prompts> content: <ul> after it, cut off by an editor, is shown in it. Keep them in one block (WordPress: Custom HTML).',
    ]);
  });

  it('<haven-stage-table> takes the table after it', async () => {
    await parse(`<p><haven-stage-table></p>
<table><tr><th>Stage</th><th>What happens</th></tr><tr><td>Our first stage</td><td>Talking</td></tr></table>
<p></haven-stage-table></p>`);
    const text = shadowText('haven-stage-table');
    expect(text).to.contain('Our first stage');
    expect(text).not.to.contain('Recognition');
    expect(ours()).to.deep.equal([
      '[haven-widgets] <haven-stage-table> content: <table> after it, cut off by an editor, is shown in it. Keep them in one block (WordPress: Custom HTML).',
    ]);
  });

  it('<haven-helplines> takes JSON split off into a <p>', async () => {
    await parse(`<p><haven-helplines></p>
<p><script type="application/json">[{ "name": "Samaritans", "phone": "116 123" }]</script></p>
<p></haven-helplines></p>`);
    const el = page.querySelector('haven-helplines')!;
    expect(el.shadowRoot!.querySelector('a[href="tel:116123"]')).to.exist;
    expect(ours()).to.deep.equal([
      '[haven-widgets] <haven-helplines> content: <script> after it, cut off by an editor, is shown in it. Keep them in one block (WordPress: Custom HTML).',
    ]);
  });

  it('<haven-helplines> names JSON left as page text, and does not read it', async () => {
    await parse(`<p><haven-helplines></p>\n<p>[{“name”: “Samaritans”, “phone”: “116 123”}]</p>\n<p></haven-helplines></p>`);
    expect(ours()).to.include(
      '[haven-widgets] <haven-helplines> content: JSON after it is page text, not read: "[{“name”: “Samaritans”, “phone”: “116 12…". Keep them in one block (WordPress: Custom HTML).',
    );
  });

  it('does not take unrelated content: a paragraph first, or details far below', async () => {
    await parse(`<p><haven-faq></p>
<p>About our group.</p>
<details><summary>Opening times</summary>Mondays.</details>`);
    expect(shadowText('haven-faq')).not.to.contain('Opening times');
    expect(page.querySelector('details')!.closest('haven-faq')).to.equal(null);
    expect(ours()).to.deep.equal([]);
  });
});

// Issue 20, 2 and 6: content a CMS never cut off stays where the site put it.
describe('content stays where the site put it', () => {
  const questions = (selector = 'haven-faq'): string[] =>
    [...page.querySelector(selector)!.shadowRoot!.querySelectorAll('[part~="question"]')].map((q) => words(q));
  const NOT_CUT = '<details><summary>Our privacy notice</summary>We keep nothing about you.</details>';
  const CUT_WARNING = (tag: string, what: string) =>
    `[haven-widgets] <${tag}> content: <${what}> after it, cut off by an editor, is shown in it. Keep them in one block (WordPress: Custom HTML).`;

  it('the demo’s built-in example shows the five built-in questions, and its snippet disclosure stays', async () => {
    await parse(`<div class="stage" data-snippet>
  <haven-faq></haven-faq>
</div>
<details class="snippet"><summary>Show the snippet</summary></details>`);
    expect(questions()).to.have.length(5);
    expect(questions()).not.to.include('Show the snippet');
    expect(page.querySelector('details.snippet')!.parentElement == page, 'the snippet disclosure moved').to.equal(true);
    expect(ours()).to.deep.equal([]);
  });

  it('a page’s privacy notice after a <div>-wrapped FAQ stays in its place', async () => {
    await parse(`<div><haven-faq></haven-faq></div>${NOT_CUT}`);
    expect(questions()).to.have.length(5);
    expect(questions()).not.to.include('Our privacy notice');
    expect(page.lastElementChild!.localName).to.equal('details');
    expect(ours()).to.deep.equal([]);
  });

  it('an empty FAQ in a provider shows the provider’s questions, not the page’s <details> after it', async () => {
    await parse(`<haven-provider><script type="application/json">{ "content": { "faq": [{ "question": "From the provider?", "answer": "Yes." }] } }</script>
<div><haven-faq></haven-faq></div>${NOT_CUT}</haven-provider>`);
    expect(questions()).to.deep.equal(['From the provider?']);
    expect(page.querySelector('haven-provider > details')).to.exist;
    expect(ours()).to.deep.equal([]);
  });

  // Each widget that takes back cut-off content, empty, then a page's own <details>, list or
  // table: each first in turn, so that each widget meets the kind that looks like its content.
  const UNRELATED = {
    details: NOT_CUT,
    list: '<ul data-category="events"><li><strong>Open day</strong> Saturday</li></ul>',
    table: '<table><tr><th>Stage</th><th>Date</th></tr><tr><td>Our AGM</td><td>May</td></tr></table>',
  };
  const built: Record<string, (el: Element) => void> = {
    'haven-faq': () => expect(questions()).to.have.length(5),
    'haven-empathy-prompts': (el) => expect(words(el.shadowRoot!.querySelector('[part~="prompt"]'))).to.match(/\w/).and.not.contain('Open day'),
    'haven-stage-table': (el) => expect(words(el.shadowRoot)).to.contain('Recognition').and.not.contain('Our AGM'),
    'haven-helplines': (el) => expect(words(el.shadowRoot)).to.contain('emergency').and.not.contain('Open day'),
  };
  for (const [tag, shows] of Object.entries(built)) {
    for (const [kind, first] of Object.entries(UNRELATED)) {
      const after = `${first}${Object.values(UNRELATED).filter((x) => x != first).join('')}<p>More of the page.</p>`;
      it(`<${tag}> empty, then a page’s ${kind}: shows its own content and leaves the page’s in place`, async () => {
        for (const markup of [`<${tag}></${tag}>${after}`, `<div><${tag}></${tag}></div>${after}`, `<section><div>\n<${tag}></${tag}>\n</div></section>${after}`]) {
          warnings.messages.length = 0;
          await parse(markup);
          const el = page.querySelector(tag)!;
          shows(el);
          expect(el.children.length, markup).to.equal(0);
          expect([...page.querySelectorAll('details, ul, table')].map((e) => e.parentElement == page), markup).to.deep.equal([true, true, true]);
          // Empty helplines say so (only the emergency line shows); nothing about an editor.
          expect(ours().filter((m) => !m.includes('none given')), markup).to.deep.equal([]);
        }
      });
    }
  }

  it('four widgets in their own <div>s before helplines holding a proper JSON script: no warning', async () => {
    await parse(`<div><haven-faq></haven-faq></div>
<div><haven-empathy-prompts></haven-empathy-prompts></div>
<div><haven-stage-table></haven-stage-table></div>
<div><haven-grounding-timer></haven-grounding-timer></div>
<haven-helplines><script type="application/json">[{ "name": "Samaritans", "phone": "116 123" }]</script></haven-helplines>`);
    expect(page.querySelector('haven-helplines')!.shadowRoot!.querySelector('a[href="tel:116123"]')).to.exist;
    expect(ours()).to.deep.equal([]);
  });

  // What WordPress 7.1's wpautop() makes of each widget's markup (checked with its PHP), then a page's own <details>.
  it('still takes back each widget’s content from the shape wpautop makes, up to the empty <p> it leaves', async () => {
    await parse(`<p><haven-empathy-prompts></p>
<ul data-category="ask">
<li>What would help right now?</li>
</ul>
<p></haven-empathy-prompts></p>
<p><haven-stage-table></p>
<table>
<tr>
<th>Stage</th>
<th>What happens</th>
</tr>
<tr>
<td>Our first stage</td>
<td>Talking</td>
</tr>
</table>
<p></haven-stage-table></p>
<p><haven-helplines></p>
<h3>UK</h3>
<ul>
<li><strong>Samaritans</strong> <a href="tel:116123">116 123</a></li>
</ul>
<p></haven-helplines></p>
<p><haven-faq></p>
<details>
<summary>Do I have to give my real name?</summary>
<p>No.</details>
<details>
<summary>Is the group free?</summary>
<p>Yes.</details>
<p></haven-faq></p>
${NOT_CUT}`);
    expect(questions()).to.deep.equal(['Do I have to give my real name?', 'Is the group free?']);
    expect(page.querySelector('haven-empathy-prompts')!.currentPrompt.text).to.equal('What would help right now?');
    expect(words(page.querySelector('haven-stage-table')!.shadowRoot)).to.contain('Our first stage');
    expect(page.querySelector('haven-helplines')!.shadowRoot!.querySelector('a[href="tel:116123"]')).to.exist;
    expect(words(page.lastElementChild)).to.contain('Our privacy notice');
    expect(ours()).to.deep.equal([
      CUT_WARNING('haven-empathy-prompts', 'ul'),
      CUT_WARNING('haven-stage-table', 'table'),
      CUT_WARNING('haven-helplines', 'h3'),
      CUT_WARNING('haven-faq', 'details'),
    ]);
  });
});

describe('unknown fields', () => {
  it('names the nearest known field: a usual guess, a containing name, or a typo', () => {
    const fields = ['name', 'description', 'phone', 'sms', 'keyword', 'chat', 'web', 'hours', 'languages', 'region'];
    expect(nearest('tel', fields)).to.equal('phone');
    expect(nearest('url', fields)).to.equal('web');
    expect(nearest('website', fields)).to.equal('web');
    expect(nearest('text', fields)).to.equal('sms');
    expect(nearest('Telephone', fields)).to.equal('phone');
    expect(nearest('desc', fields)).to.equal('description');
    expect(nearest('phnoe', fields)).to.equal('phone');
    expect(nearest('email', fields)).to.equal(undefined);
    expect(nearest('text', ['id', 'question', 'answer', 'open'])).to.equal('answer');
    expect(nearest('prompts', ['faq', 'helplines', 'emergencyNumber', 'empathyPrompts', 'stageTable'])).to.equal('empathyPrompts');
  });

  it('<haven-helplines> warns about tel, website, text and url', async () => {
    await parse(`<haven-helplines><script type="application/json">[{ "name": "Line", "tel": "116 123", "website": "https://example.org", "text": "85258", "url": "https://example.org/chat" }]</script></haven-helplines>`);
    const option = '[haven-widgets] <haven-helplines> <script type="application/json">:';
    expect(ours()).to.include.members([
      `${option} "tel" is not a helpline field; did you mean "phone"?`,
      `${option} "website" is not a helpline field; did you mean "web"?`,
      `${option} "text" is not a helpline field; did you mean "sms"?`,
      `${option} "url" is not a helpline field; did you mean "web"?`,
    ]);
  });

  it('<haven-faq> warns about a guessed field', async () => {
    await parse(`<haven-faq><script type="application/json">[{ "title": "Q?", "answer": "A." }]</script></haven-faq>`);
    expect(ours()).to.include('[haven-widgets] <haven-faq> <script type="application/json">: "title" is not an FAQ field; did you mean "question"?');
  });

  it('<haven-empathy-prompts> warns about a guessed field', async () => {
    await parse(`<haven-empathy-prompts><script type="application/json">[{ "category": "ask", "text": "Hi?", "type": "ask" }]</script></haven-empathy-prompts>`);
    expect(ours()).to.include('[haven-widgets] <haven-empathy-prompts> <script type="application/json">: "type" is not a prompt field; the fields are category, text.');
  });

  it('<haven-stage-table> warns about a guessed field in a table and in a stage', async () => {
    await parse(`<haven-stage-table><script type="application/json">{ "title": "Ours", "stages": [{ "name": "One", "cell": ["x", "y"] }] }</script></haven-stage-table>`);
    expect(ours()).to.include.members([
      '[haven-widgets] <haven-stage-table> <script type="application/json">: "title" is not a stage table field; did you mean "caption"?',
      '[haven-widgets] <haven-stage-table> <script type="application/json">.stages: "cell" is not a stage field; did you mean "cells"?',
    ]);
  });

  it('<haven-provider> warns about a guessed content key and option', async () => {
    await parse(`<haven-provider><script type="application/json">{ "langauge": "es", "content": { "prompts": [] } }</script><haven-faq></haven-faq></haven-provider>`);
    expect(ours()).to.include.members([
      '[haven-widgets] <haven-provider> <script type="application/json">: "langauge" is not a provider option field; the fields are locale, theme, strings, content.',
      '[haven-widgets] <haven-provider> content: "prompts" is not a provider content field; did you mean "empathyPrompts"?',
    ]);
  });
});
