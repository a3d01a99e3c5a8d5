import { expect } from '@open-wc/testing';
import '../src/index.js';
import { cutOff, nearest } from '../src/core/content.js';
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

  it('finds JSON in a <p>, under other wrappers, and stops at the first element with text', () => {
    page.innerHTML = `<div><span><x-lines></span></div>
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
