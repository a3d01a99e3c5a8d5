import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/provider/index.js';
import '../src/components/helplines/index.js';
import type { HavenHelplines, HelplineInput } from '../src/components/helplines/index.js';
import type { HavenProvider } from '../src/components/provider/index.js';
import { helplines as english } from '../src/locales/en/helplines.js';
import { captureWarnings, deepActiveElement, emulateFeatures, resetFeatures } from './helpers.js';
import { FORBIDDEN, XSS_PAYLOADS, settle } from './xss-payloads.js';

const $ = (el: HavenHelplines, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: HavenHelplines, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const words = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const names = (el: HavenHelplines) => $$(el, '.name').map(words);
const regions = (el: HavenHelplines) => $$(el, '[part="region"]').map(words);
const links = (el: HavenHelplines) =>
  $$(el, 'a.link').map((a) => ({ href: a.getAttribute('href'), text: words(a), label: a.getAttribute('aria-label'), rel: a.getAttribute('rel') }));
const ours = (messages: string[]) => messages.filter((m) => m.includes('<haven-helplines>'));

const FULL: HelplineInput = {
  name: 'Example Line',
  description: 'Abuse of any kind',
  phone: '0808 2000 247',
  sms: '88788',
  keyword: 'START',
  chat: 'https://example.org/chat',
  web: 'https://example.org/',
  hours: '24 hours, every day',
  languages: ['English', 'Spanish'],
};

let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => (warnings = captureWarnings()));
afterEach(() => warnings.restore());

describe('<haven-helplines> links', () => {
  it('renders call, text, chat and web links with safe hrefs and names that start with the visible text', async () => {
    const el = await fixture<HavenHelplines>(html`<haven-helplines .helplines=${[FULL]}></haven-helplines>`);
    expect(names(el)).to.deep.equal(['Example Line']);
    expect(words($(el, '[part="description"]'))).to.equal('Abuse of any kind');
    expect(links(el)).to.deep.equal([
      { href: 'tel:08082000247', text: 'Call 0808 2000 247', label: 'Call 0808 2000 247, Example Line', rel: null },
      { href: 'sms:88788', text: 'Text START to 88788', label: 'Text START to 88788, Example Line', rel: null },
      { href: 'https://example.org/chat', text: 'Chat online', label: 'Chat online, Example Line', rel: 'noopener noreferrer' },
      { href: 'https://example.org/', text: 'Website', label: 'Website, Example Line', rel: 'noopener noreferrer' },
    ]);
    // Links open in the same tab: no extra window left behind on a watched device.
    expect($$(el, 'a[target]')).to.have.length(0);
    expect($$(el, 'a.link').map((a) => a.getAttribute('part'))).to.deep.equal(['link call', 'link sms', 'link chat', 'link web']);
    expect($$(el, '[part="details"] dt, [part="details"] dd').map(words)).to.deep.equal(['Hours', '24 hours, every day', 'Languages', 'English, Spanish']);
    expect(ours(warnings.messages)).to.deep.equal([]);
  });

  it('keeps numbers left to right, also in right-to-left text', async () => {
    const el = await fixture<HavenHelplines>(html`<haven-helplines locale="ar" emergency-number="112" .helplines=${[FULL]}></haven-helplines>`);
    expect($(el, '.root')!.getAttribute('dir')).to.equal('rtl');
    const numbers = $$(el, 'a bdi');
    expect(numbers.map((b) => [b.getAttribute('dir'), words(b)])).to.deep.equal([
      ['ltr', '112'],
      ['ltr', '0808 2000 247'],
      ['ltr', '88788'],
    ]);
    // The number still reads 0808 first, at the line's right edge side: one LTR island.
    const bdi = numbers[1]!;
    expect(getComputedStyle(bdi).direction).to.equal('ltr');
    expect(getComputedStyle($(el, '.helpline')!).direction).to.equal('rtl');
  });

  it('says "Text {number}" when no keyword is given, and lists only the links it has', async () => {
    const el = await fixture<HavenHelplines>(html`<haven-helplines .helplines=${[{ name: 'Texts only', sms: '85258' }, { name: 'Nothing but a name' }]}></haven-helplines>`);
    expect(links(el).map((l) => l.text)).to.deep.equal(['Text 85258']);
    expect(names(el)).to.deep.equal(['Texts only', 'Nothing but a name']);
    expect($$(el, '.links')).to.have.length(1);
    expect($$(el, 'dl')).to.have.length(0);
  });

  it('lets Tab walk the emergency number and each line’s links in order', async () => {
    const el = await fixture<HavenHelplines>(html`<haven-helplines emergency-number="999" .helplines=${[FULL]}></haven-helplines>`);
    const order = [$(el, '[part="emergency-link"]'), ...$$(el, 'a.link')];
    order[0]!.focus();
    for (const next of order.slice(1)) {
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(next);
    }
  });

  it('fires no event, stores nothing and leaves the page where it is on a click (nothing tracked)', async () => {
    const el = await fixture<HavenHelplines>(html`<haven-helplines .helplines=${[FULL]}></haven-helplines>`);
    const seen: string[] = [];
    const record = (e: Event) => seen.push(e.type);
    const stop = (e: Event) => e.preventDefault(); // the test page must not navigate
    for (const type of ['haven-click', 'haven-call', 'haven-link', 'haven-helpline']) document.addEventListener(type, record);
    document.addEventListener('click', stop);
    const before = [localStorage.length, sessionStorage.length, document.cookie];
    const dispatch = EventTarget.prototype.dispatchEvent;
    const dispatched: string[] = [];
    el.dispatchEvent = function (event: Event) {
      dispatched.push(event.type);
      return dispatch.call(this, event);
    };
    for (const a of $$(el, 'a.link')) a.click();
    document.removeEventListener('click', stop);
    expect(seen).to.deep.equal([]);
    expect(dispatched).to.deep.equal([]);
    expect([localStorage.length, sessionStorage.length, document.cookie]).to.deep.equal(before);
  });

  it('is accessible with every field (axe)', async () => {
    const el = await fixture<HavenHelplines>(html`<haven-helplines emergency-number="911" .helplines=${[FULL, { ...FULL, name: 'Second', region: 'Elsewhere' }]}></haven-helplines>`);
    await expect(el).to.be.accessible();
  });
});

describe('<haven-helplines> grouping', () => {
  const lines: HelplineInput[] = [
    { name: 'UK one', region: 'United Kingdom', phone: '0808 2000 247' },
    { name: 'US one', region: 'United States', phone: '1-800-799-7233' },
    { name: 'Anywhere', web: 'https://example.org/' },
    { name: 'UK two', region: 'United Kingdom', phone: '116 123' },
  ];

  it('groups by region in the order of first appearance, under headings that label their lists', async () => {
    const el = await fixture<HavenHelplines>(html`<haven-helplines .helplines=${lines}></haven-helplines>`);
    expect(regions(el)).to.deep.equal(['United Kingdom', 'United States', 'Other helplines']);
    const lists = $$(el, 'ul[part="list"]');
    expect(lists.map((ul) => [...ul.querySelectorAll('.name')].map(words))).to.deep.equal([['UK one', 'UK two'], ['US one'], ['Anywhere']]);
    for (const ul of lists) {
      expect(ul.getAttribute('role')).to.equal('list');
      const heading = el.shadowRoot!.getElementById(ul.getAttribute('aria-labelledby')!)!;
      expect(heading.getAttribute('role')).to.equal('heading');
      expect(heading.getAttribute('aria-level')).to.equal('3');
    }
    await expect(el).to.be.accessible();
  });

  it('sets the heading level from heading-level, and warns about a bad one', async () => {
    const el = await fixture<HavenHelplines>(html`<haven-helplines heading-level="5" .helplines=${lines}></haven-helplines>`);
    expect($$(el, '[role="heading"]').map((h) => h.getAttribute('aria-level'))).to.deep.equal(['5', '5', '5']);
    el.headingLevel = 'h9';
    await el.updateComplete;
    expect($(el, '[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
    expect(ours(warnings.messages)).to.deep.equal(['[haven-widgets] <haven-helplines> heading-level: "h9" is not a heading level from 2 to 6; using 3.']);
  });

  it('shows no heading for one list without a region, and the heading for a single region', async () => {
    const plain = await fixture<HavenHelplines>(html`<haven-helplines .helplines=${[{ name: 'A' }, { name: 'B' }]}></haven-helplines>`);
    expect(regions(plain)).to.deep.equal([]);
    expect($(plain, 'ul')!.hasAttribute('aria-labelledby')).to.be.false;
    const one = await fixture<HavenHelplines>(html`<haven-helplines .helplines=${[{ name: 'A', region: 'Canada' }]}></haven-helplines>`);
    expect(regions(one)).to.deep.equal(['Canada']);
  });
});

describe('<haven-helplines> emergency line', () => {
  it('says to call the local emergency number when no number is set', async () => {
    const el = await fixture<HavenHelplines>(html`<haven-helplines .helplines=${[FULL]}></haven-helplines>`);
    expect(words($(el, '[part="emergency"]'))).to.equal('If you are in immediate danger, call your local emergency number.');
    expect($(el, '[part="emergency"] a')).to.be.null;
  });

  it('makes emergency-number a tel: link inside the sentence', async () => {
    const el = await fixture<HavenHelplines>(html`<haven-helplines emergency-number="911" .helplines=${[FULL]}></haven-helplines>`);
    expect(words($(el, '[part="emergency"]'))).to.equal('If you are in immediate danger, call 911.');
    const link = $(el, '[part="emergency-link"]')!;
    expect(link.getAttribute('href')).to.equal('tel:911');
    expect(words(link)).to.equal('911');
  });

  it('warns about a bad number, never links it, and falls back to the general sentence', async () => {
    const el = await fixture<HavenHelplines>(html`<haven-helplines emergency-number="javascript:alert(1)" .helplines=${[FULL]}></haven-helplines>`);
    expect($(el, '[part="emergency"] a')).to.be.null;
    expect(words($(el, '[part="emergency"]'))).to.equal(english.emergency);
    expect(ours(warnings.messages)).to.deep.equal([
      '[haven-widgets] <haven-helplines> emergency-number: "javascript:alert(1)" is not a phone number; it is left out.',
    ]);
  });

  it('takes the provider’s emergencyNumber; its own attribute wins', async () => {
    const provider = await fixture<HavenProvider>(html`<haven-provider .content=${{ emergencyNumber: '999', helplines: [FULL] }}>
      <haven-helplines></haven-helplines>
      <haven-helplines emergency-number="112"></haven-helplines>
    </haven-provider>`);
    const [shared, own] = [...provider.querySelectorAll('haven-helplines')];
    await shared!.updateComplete;
    await own!.updateComplete;
    expect($(shared!, '[part="emergency-link"]')!.getAttribute('href')).to.equal('tel:999');
    expect($(own!, '[part="emergency-link"]')!.getAttribute('href')).to.equal('tel:112');
  });
});

describe('<haven-helplines> with no helplines', () => {
  it('shows the emergency line and a calm note, and tells the site owner once', async () => {
    const el = await fixture<HavenHelplines>(html`<haven-helplines emergency-number="999"></haven-helplines>`);
    expect(words($(el, '[part="emergency"]'))).to.equal('If you are in immediate danger, call 999.');
    expect(words($(el, '[part="empty"]'))).to.equal(english.empty);
    expect($$(el, 'ul')).to.have.length(0);
    el.requestUpdate();
    await el.updateComplete;
    expect(ours(warnings.messages)).to.have.length(1);
    expect(ours(warnings.messages)[0]).to.contain('<haven-helplines> helplines: none given');
    await expect(el).to.be.accessible();
  });

  it('waits for the page to finish parsing before it warns', async () => {
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'loading' });
    let el: HavenHelplines;
    try {
      el = await fixture<HavenHelplines>(html`<haven-helplines></haven-helplines>`);
      expect(ours(warnings.messages)).to.deep.equal([]);
    } finally {
      delete (document as { readyState?: unknown }).readyState;
    }
    el.innerHTML = '<ul><li><strong>Arrived while parsing</strong></li></ul>';
    document.dispatchEvent(new Event('DOMContentLoaded'));
    await settle();
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Arrived while parsing']);
    expect(ours(warnings.messages)).to.deep.equal([]);
  });

  it('treats an empty list as no list', async () => {
    const el = await fixture<HavenHelplines>(html`<haven-helplines .helplines=${[]}></haven-helplines>`);
    expect($(el, '[part="empty"]')).to.exist;
  });
});

describe('<haven-helplines> content sources', () => {
  it('takes the helplines property first', async () => {
    const el = await fixture<HavenHelplines>(html`<haven-helplines .helplines=${[{ name: 'From property' }]}>
      <script type="application/json">[{"name":"From JSON"}]</script>
      <ul><li><strong>From markup</strong></li></ul>
    </haven-helplines>`);
    expect(names(el)).to.deep.equal(['From property']);
  });

  it('reads a child JSON script before markup', async () => {
    const el = await fixture<HavenHelplines>(html`<haven-helplines>
      <script type="application/json">[{"name":"From JSON","phone":"+44 808 2000 247","region":"UK","languages":"English, Welsh"}]</script>
      <ul><li><strong>From markup</strong></li></ul>
    </haven-helplines>`);
    expect(names(el)).to.deep.equal(['From JSON']);
    expect(regions(el)).to.deep.equal(['UK']);
    expect(links(el)[0]!.href).to.equal('tel:+448082000247');
    expect($$(el, 'dt, dd').map(words)).to.deep.equal(['Languages', 'English, Welsh']);
  });

  it('warns about malformed JSON and falls through to the markup', async () => {
    const el = await fixture<HavenHelplines>(html`<haven-helplines>
      <script type="application/json">[{"name": oops}]</script>
      <ul><li><strong>From markup</strong></li></ul>
    </haven-helplines>`);
    expect(names(el)).to.deep.equal(['From markup']);
    expect(ours(warnings.messages)).to.have.length(1);
    expect(ours(warnings.messages)[0]).to.contain('<haven-helplines> <script type="application/json">: is not valid JSON');
  });

  it('enhances light-DOM lists, regions from their headings, hiding the original markup', async () => {
    const el = await fixture<HavenHelplines>(html`<haven-helplines>
      <h3>United Kingdom</h3>
      <ul>
        <li>
          <strong>Example UK line</strong> <span data-description>Domestic abuse</span>
          <a href="tel:08082000247">0808 2000 247</a> <span data-hours>24 hours</span>
        </li>
      </ul>
      <h3>United States</h3>
      <ul>
        <li><strong>Example US line</strong> <a href="tel:+18007997233">1-800-799-7233</a> <a href="sms:88788" data-keyword="START">Text START to 88788</a></li>
      </ul>
    </haven-helplines>`);
    expect(regions(el)).to.deep.equal(['United Kingdom', 'United States']);
    expect(links(el).map((l) => [l.href, l.text])).to.deep.equal([
      ['tel:08082000247', 'Call 0808 2000 247'],
      ['tel:+18007997233', 'Call 1-800-799-7233'],
      ['sms:88788', 'Text START to 88788'],
    ]);
    // The site's own list is not rendered twice: the shadow root has no slot.
    expect($$(el, 'slot')).to.have.length(0);
    expect(el.querySelector('ul')!.getClientRects()).to.have.length(0);
  });

  it('reads light-DOM content that arrives after upgrade', async () => {
    const el = await fixture<HavenHelplines>(html`<haven-helplines .helplines=${undefined}></haven-helplines>`);
    expect($(el, '[part="empty"]')).to.exist;
    el.innerHTML = '<ul><li><strong>Late</strong><a href="tel:116123">116 123</a></li></ul>';
    await settle();
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Late']);
    expect($(el, '[part="empty"]')).to.be.null;
  });

  it('takes content.helplines from the provider, as the grounding timer’s list does', async () => {
    const provider = await fixture<HavenProvider>(html`<haven-provider
      .content=${{ helplines: [{ name: 'Shared line', phone: '116 123' }] }}
      .strings=${{ helplines: { call: 'Ring {number}', label: '{link} ({name})' } }}
    >
      <haven-helplines></haven-helplines>
      <haven-helplines .helplines=${[{ name: 'Own line' }]}></haven-helplines>
    </haven-provider>`);
    const [shared, own] = [...provider.querySelectorAll('haven-helplines')];
    await shared!.updateComplete;
    await own!.updateComplete;
    expect(names(shared!)).to.deep.equal(['Shared line']);
    expect(links(shared!)[0]).to.include({ text: 'Ring 116 123', label: 'Ring 116 123 (Shared line)' });
    expect(names(own!)).to.deep.equal(['Own line']);
  });

  it('updates when the provider’s content changes', async () => {
    const provider = await fixture<HavenProvider>(html`<haven-provider .content=${{ helplines: [{ name: 'First' }] }}>
      <haven-helplines></haven-helplines>
    </haven-provider>`);
    const el = provider.querySelector('haven-helplines')!;
    await el.updateComplete;
    provider.content = { helplines: [{ name: 'Second' }] };
    await provider.updateComplete;
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Second']);
  });
});

describe('<haven-helplines> bad input', () => {
  it('leaves out a javascript: link and a bad number, with one warning each naming the item and field', async () => {
    const el = await fixture<HavenHelplines>(html`<haven-helplines
      .helplines=${[
        { name: 'Good', phone: '116 123' },
        { name: 'Bad', phone: 'call us', web: 'javascript:alert(1)', chat: 'https://example.org/chat' },
        { phone: '999' },
      ]}
    ></haven-helplines>`);
    expect(names(el)).to.deep.equal(['Good', 'Bad']);
    expect(links(el).map((l) => l.href)).to.deep.equal(['tel:116123', 'https://example.org/chat']);
    el.requestUpdate();
    await el.updateComplete;
    expect(ours(warnings.messages)).to.deep.equal([
      '[haven-widgets] <haven-helplines> helplines[1].phone: "call us" is not a phone number; it is left out.',
      '[haven-widgets] <haven-helplines> helplines[1].web: "javascript:alert(1)" is not a full http(s) link; it is left out.',
      '[haven-widgets] <haven-helplines> helplines[2]: has no name; it is left out.',
    ]);
  });

  it('never renders unsafe markup links as live links', async () => {
    const el = await fixture<HavenHelplines>(html`<haven-helplines>
      <ul><li><strong>Line</strong><a href="javascript:alert(1)">Site</a><a href="data:text/html,x" data-chat>Chat</a><a href="tel:abc">Call</a></li></ul>
    </haven-helplines>`);
    expect(names(el)).to.deep.equal(['Line']);
    expect($$(el, 'a')).to.have.length(0);
    expect(ours(warnings.messages).map((m) => m.split(':')[0])).to.deep.equal([
      '[haven-widgets] <haven-helplines> <li> 1.phone',
      '[haven-widgets] <haven-helplines> <li> 1.chat',
      '[haven-widgets] <haven-helplines> <li> 1.web',
    ]);
  });

  it('warns when helplines is not an array and shows the next source', async () => {
    const el = await fixture<HavenHelplines>(html`<haven-helplines .helplines=${'call 999' as never}>
      <ul><li><strong>Fallback</strong></li></ul>
    </haven-helplines>`);
    expect(names(el)).to.deep.equal(['Fallback']);
    expect(ours(warnings.messages)[0]).to.contain('<haven-helplines> helplines: is not an array; it is ignored.');
  });

  it('renders hostile HTML in every text field as text, and no payload becomes a link', async () => {
    window.__xss = undefined;
    const lines = XSS_PAYLOADS.map((p) => ({ name: p, description: p, phone: p, sms: p, keyword: p, chat: p, web: p, hours: p, languages: [p], region: p }));
    const el = await fixture<HavenHelplines>(html`<haven-helplines emergency-number=${XSS_PAYLOADS[1]!} .helplines=${lines}></haven-helplines>`);
    await settle();
    const root = el.shadowRoot!;
    expect(root.querySelector(FORBIDDEN)).to.equal(null);
    expect(root.querySelectorAll('a')).to.have.length(0);
    // Grouped by region (the payload too), so compare as sets; every one shown as its text.
    const asText = (list: readonly string[]) => [...new Set(list.map((p) => p.replace(/\s+/g, ' ').trim()))].sort();
    expect(asText(names(el))).to.deep.equal(asText(XSS_PAYLOADS));
    expect(asText(regions(el))).to.deep.equal(asText(XSS_PAYLOADS));
    expect(window.__xss).to.equal(undefined);
  });

  it('renders hostile markup text from light DOM as text', async () => {
    window.__xss = undefined;
    const el = await fixture<HavenHelplines>(html`<haven-helplines>
      <ul><li><strong>&lt;img src=x onerror="window.__xss=1"&gt;</strong><span data-hours><b>bold</b><img alt=""></span></li></ul>
    </haven-helplines>`);
    await settle();
    expect(names(el)).to.deep.equal(['<img src=x onerror="window.__xss=1">']);
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect(words($(el, 'dd'))).to.equal('bold');
    expect(window.__xss).to.equal(undefined);
  });
});

describe('<haven-helplines> themes', () => {
  afterEach(() => resetFeatures());

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe, contrast included, in the ${theme} theme`, async () => {
      const wrap = await fixture<HTMLElement>(html`<div style="background:${theme === 'dark' ? '#000' : '#fff'}">
        <haven-helplines theme=${theme} emergency-number="999" .helplines=${[FULL, { ...FULL, name: 'Other', region: 'Elsewhere' }]}></haven-helplines>
      </div>`);
      const el = wrap.querySelector('haven-helplines')!;
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }

  it('keeps every link’s edge visible, and under forced colours (emulated in Chromium only) passes axe', async () => {
    const emulated = await emulateFeatures([{ name: 'forced-colors', value: 'active' }]);
    const el = await fixture<HavenHelplines>(html`<haven-helplines .helplines=${[FULL]}></haven-helplines>`);
    for (const a of $$(el, 'a.link')) {
      const style = getComputedStyle(a);
      expect(style.borderTopStyle).to.equal('solid');
      expect(style.borderTopColor).not.to.equal('rgba(0, 0, 0, 0)');
    }
    if (emulated) await expect(el).to.be.accessible();
  });

  it('makes every link a target of at least 44 CSS px high', async () => {
    const el = await fixture<HavenHelplines>(html`<haven-helplines .helplines=${[FULL]}></haven-helplines>`);
    for (const a of $$(el, 'a.link')) expect(a.getBoundingClientRect().height).to.be.at.least(44);
  });
});
