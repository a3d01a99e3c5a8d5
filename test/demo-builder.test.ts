// The demo's snippet builder (demo/builder.ts), mounted in the test page as the demo page
// mounts it, and the snippet it writes pasted into a blank page (an iframe) with the built
// CDN bundle (dist/cdn, which `npm test` builds first): the same content comes out; hostile
// text stays text; the copy button copies what the snippet box shows; keys add, move and
// remove items with focus where it should be. The demo page itself: test/demo-page.test.ts.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import { mountBuilder } from '../demo/builder.js';
import { FORBIDDEN, XSS_PAYLOADS, settle } from './xss-payloads.js';
import { captureWarnings, holdKey } from './helpers.js';

type Lit = HTMLElement & { updateComplete: Promise<unknown> };
type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

const BUNDLE = '/dist/cdn/haven-widgets.js';

let container: HTMLElement;
let frames: HTMLIFrameElement[] = [];
let warnings: ReturnType<typeof captureWarnings>;

beforeEach(() => {
  warnings = captureWarnings();
  window.__xss = undefined;
  container = document.createElement('div');
  document.body.append(container);
  mountBuilder(container);
  // The snippet loads the bundle from where this test server has it, as a site would give
  // the address of its own copy.
  type(field('#b-path'), BUNDLE);
});
afterEach(() => {
  container.remove();
  for (const f of frames) f.remove();
  frames = [];
  warnings.restore();
});

const field = (selector: string) => container.querySelector<Control>(selector)!;
const fields = (list: string, key: string) => [...container.querySelectorAll<Control>(`[data-list="${list}"][data-key="${key}"]`)];
const button = (selector: string) => container.querySelector<HTMLButtonElement>(selector)!;

/** A value typed into a field: the input event a browser fires for typing. */
function type(control: Control, value: string): void {
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
}
function choose(control: Control, value: string): void {
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}
function widget(name: string): void {
  container.querySelector<HTMLInputElement>(`input[name="b-widget"][value="${name}"]`)!.click();
}
const add = (list: string) => button(`#b-add-${list}`).click();
const snippetBox = () => container.querySelector('#b-snippet')!.textContent!;

async function previewed(tag: string): Promise<Lit> {
  const el = container.querySelector<Lit>(`.b-preview > ${tag}`)!;
  expect(el, `${tag} in the preview`).to.exist;
  await el.updateComplete;
  return el;
}

/** The snippet pasted into a blank page, as a site would: waits for the bundle to define `tag`. */
async function paste(snippet: string, tag: string): Promise<{ win: Window & typeof globalThis; el: Lit }> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A page</title></head><body>\n${snippet}\n</body></html>`;
  frames.push(frame);
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  await waitUntil(() => win.customElements.get(tag), `the pasted page did not define <${tag}>`, { timeout: 5000 });
  const el = win.document.querySelector<Lit>(tag)!;
  await el.updateComplete;
  return { win, el };
}

const texts = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());
const hrefs = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((a) => a.getAttribute('href'));

describe('snippet builder: the pasted snippet shows the same content', () => {
  it('an FAQ: the script line, then the questions as <details>, paragraphs kept', async () => {
    type(fields('faq', 'question')[0]!, 'Can I just listen?');
    type(fields('faq', 'answer')[0]!, 'Yes.\n\nMany people listen for weeks.');
    add('faq');
    type(fields('faq', 'question')[1]!, 'Is there a waiting list?');
    type(fields('faq', 'answer')[1]!, 'No.');
    choose(field('#b-o-heading-level'), '2');
    const snippet = snippetBox();
    expect(snippet.split('\n')[0]).to.equal(`<script type="module" src="${BUNDLE}"></script>`);
    expect(snippet).to.contain('<haven-faq heading-level="2">');
    expect(snippet).to.contain('<summary>Can I just listen?</summary>');
    expect(snippet).not.to.match(/\n\s*\n/, 'no blank line for a CMS to turn into a paragraph');

    const expected = ['Can I just listen?', 'Is there a waiting list?'];
    const preview = await previewed('haven-faq');
    expect(texts(preview.shadowRoot!, 'button.question')).to.deep.equal(expected);
    const { el } = await paste(snippet, 'haven-faq');
    expect(texts(el.shadowRoot!, 'button.question')).to.deep.equal(expected);
    expect(el.shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('2');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.question')!.click();
    await el.updateComplete;
    expect(texts(el.shadowRoot!, '[part~="answer"] p').slice(0, 2)).to.deep.equal(['Yes.', 'Many people listen for weeks.']);
  });

  it('helplines: every field, grouped by region, with tel: and sms: links and the emergency number', async () => {
    widget('helplines');
    const line = (i: number, values: Record<string, string>) => {
      for (const [key, value] of Object.entries(values)) type(fields('helplines', key)[i]!, value);
    };
    line(0, {
      name: 'National Domestic Abuse Helpline',
      description: 'Free, confidential support.',
      phone: '0808 2000 247',
      web: 'https://www.nationaldahelpline.org.uk/',
      hours: '24 hours, every day',
      region: 'United Kingdom',
    });
    add('helplines');
    line(1, {
      name: 'National Domestic Violence Hotline',
      phone: '1-800-799-7233',
      sms: '88788',
      keyword: 'START',
      chat: 'https://www.thehotline.org/chat/',
      languages: 'English, Spanish',
      region: 'United States',
    });
    type(field('#b-o-emergency-number'), '999');
    expect(container.querySelectorAll('.b-problem:not([hidden])')).to.have.length(0);

    const check = (root: ShadowRoot) => {
      expect(texts(root, '[part~="name"]')).to.deep.equal(['National Domestic Abuse Helpline', 'National Domestic Violence Hotline']);
      expect(texts(root, '[part~="region"]')).to.deep.equal(['United Kingdom', 'United States']);
      expect(hrefs(root, 'a[part~="call"]')).to.deep.equal(['tel:08082000247', 'tel:18007997233']);
      expect(hrefs(root, 'a[part~="sms"]')).to.deep.equal(['sms:88788']);
      expect(texts(root, 'a[part~="sms"]')).to.deep.equal(['Text START to 88788']);
      expect(hrefs(root, 'a[part~="chat"]')).to.deep.equal(['https://www.thehotline.org/chat/']);
      expect(hrefs(root, 'a[part~="web"]')).to.deep.equal(['https://www.nationaldahelpline.org.uk/']);
      expect(texts(root, '[part~="description"]')).to.deep.equal(['Free, confidential support.']);
      expect(texts(root, 'dd')).to.deep.equal(['24 hours, every day', 'English, Spanish']);
      expect(hrefs(root, '[part~="emergency-link"]')).to.deep.equal(['tel:999']);
    };
    check((await previewed('haven-helplines')).shadowRoot!);
    const { el } = await paste(snippetBox(), 'haven-helplines');
    check(el.shadowRoot!);
  });

  it('prompts by kind, as lists, and a stage table with its own columns', async () => {
    widget('empathy-prompts');
    type(fields('ask', 'text')[0]!, 'What has this week been like?');
    type(fields('validate', 'text')[0]!, 'That makes sense.');
    add('validate');
    type(fields('validate', 'text')[1]!, 'You belong here.');
    let snippet = snippetBox();
    expect(snippet).to.contain('<ul data-category="ask">');
    const tabs = (root: ShadowRoot) => texts(root, '[role="tab"], [role="radio"]');
    const previewTabs = tabs((await previewed('haven-empathy-prompts')).shadowRoot!);
    expect(previewTabs).to.have.length(2);
    const pasted = await paste(snippet, 'haven-empathy-prompts');
    expect(tabs(pasted.el.shadowRoot!)).to.deep.equal(previewTabs);

    widget('stage-table');
    add('columns');
    add('columns');
    type(fields('columns', 'heading')[0]!, 'Stage');
    type(fields('columns', 'heading')[1]!, 'Where to start');
    // One heading after the first: one cell per stage, labelled with its heading.
    expect(fields('stages', 'cell0')).to.have.length(1);
    expect(container.querySelector(`label[for="${fields('stages', 'cell0')[0]!.id}"]`)!.textContent).to.equal('Where to start');
    type(fields('stages', 'name')[0]!, 'Recognition');
    type(fields('stages', 'cell0')[0]!, 'The reading list');
    add('stages');
    type(fields('stages', 'name')[1]!, 'Acceptance');
    type(fields('stages', 'cell0')[1]!, 'The Tuesday circle\nMondays too');
    type(field('#b-o-caption'), 'Our groups');
    choose(field('#b-o-current'), 'acceptance');
    snippet = snippetBox();
    expect(snippet).to.contain('<haven-stage-table current="acceptance">');
    const check = (root: ShadowRoot) => {
      expect(texts(root, 'caption')).to.deep.equal(['Our groups']);
      expect(texts(root, 'th[scope="col"]')).to.deep.equal(['Stage', 'Where to start']);
      expect(texts(root, '[part="stage"] > span[id]')).to.deep.equal(['Recognition', 'Acceptance']);
      // Each cell starts with its heading, shown on a narrow card only.
      const cells = [...root.querySelectorAll('[part~="cell"]')].map((c) =>
        [...c.childNodes]
          .filter((n) => n.nodeType !== Node.COMMENT_NODE && !(n as Element).classList?.contains('label'))
          .map((n) => n.textContent!.trim())
          .filter(Boolean)
          .join('|'),
      );
      expect(cells).to.deep.equal(['The reading list', 'The Tuesday circle|Mondays too']);
      expect(texts(root, '[part~="cell"] p')).to.deep.equal(['The Tuesday circle', 'Mondays too']);
      expect(root.querySelector('[aria-current] [part="stage"]')?.textContent).to.equal('Acceptance You are here');
    };
    check((await previewed('haven-stage-table')).shadowRoot!);
    check((await paste(snippet, 'haven-stage-table')).el.shadowRoot!);
  });

  it('a language needs no line of its own: the pasted bundle loads it from beside itself', async () => {
    choose(field('#b-lang'), 'de');
    expect(snippetBox().split('\n')).to.deep.equal([`<script type="module" src="${BUNDLE}"></script>`, '<haven-faq lang="de"></haven-faq>']);
    const { el } = await paste(snippetBox(), 'haven-faq');
    await waitUntil(() => el.shadowRoot!.querySelector('[part="toggle-all"]')?.textContent?.trim() === 'Alle Antworten zeigen', 'not in German', { timeout: 5000 });
  });

  it('the script line follows the choice: own copy, public CDN, classic build', () => {
    choose(field('#b-lang'), 'ar');
    container.querySelector<HTMLInputElement>('input[name="b-where"][value="cdn"]')!.click();
    expect(snippetBox().split('\n')).to.deep.equal([
      '<script type="module" src="https://cdn.jsdelivr.net/npm/haven-widgets@0.1/dist/cdn/haven-widgets.js"></script>',
      '<haven-faq lang="ar" dir="rtl"></haven-faq>',
    ]);
    container.querySelector<HTMLInputElement>('#b-classic')!.click();
    container.querySelector<HTMLInputElement>('input[name="b-where"][value="own"]')!.click();
    type(field('#b-path'), '/assets/haven-widgets.js');
    expect(snippetBox().split('\n')[0]).to.equal('<script src="/assets/haven-widgets.iife.js" defer></script>');
  });
});

describe('snippet builder: the theme editor’s choices', () => {
  it('come along as custom properties on the element, and stay out when unticked', async () => {
    const other = document.createElement('div');
    document.body.append(other);
    try {
      const tokens: [string, string][] = [['--haven-color-accent', '#6b3fa0'], ['--haven-radius', '0em']];
      const b = mountBuilder(other, { themeTokens: () => tokens });
      expect(b.snippet().split('\n')[1]).to.equal('<haven-faq style="--haven-color-accent: #6b3fa0; --haven-radius: 0em;"></haven-faq>');
      // Changed later in the theme editor: the page calls refresh().
      tokens.push(['--haven-font-family', "'Iowan Old Style', serif"]);
      b.refresh();
      expect(b.snippet()).to.contain(`--haven-font-family: 'Iowan Old Style', serif;`);
      other.querySelector<HTMLInputElement>('#b-include-theme')!.click();
      expect(b.snippet().split('\n')[1]).to.equal('<haven-faq></haven-faq>');
    } finally {
      other.remove();
    }
  });
});

describe('snippet builder: the theme under a strict Content-Security-Policy', () => {
  it('says beside the checkbox that a strict CSP blocks the style attribute, and offers the same values as a CSS rule to copy', async () => {
    const other = document.createElement('div');
    document.body.append(other);
    const clipboard = navigator.clipboard as Clipboard & { writeText: (t: string) => Promise<void> };
    const own = Object.getOwnPropertyDescriptor(clipboard, 'writeText');
    const copied: string[] = [];
    try {
      const tokens: [string, string][] = [];
      const b = mountBuilder(other, { themeTokens: () => tokens });
      const $ = (selector: string) => other.querySelector<HTMLElement>(selector)!;
      const box = $('#b-include-theme');
      const hint = document.getElementById(box.getAttribute('aria-describedby')!)!;
      expect(hint.textContent).to.contain('Content-Security-Policy');
      expect(hint.textContent).to.contain('style attribute');
      // Nothing changed in the theme editor: no rule, and words that say why.
      expect($('#b-css-rule').closest<HTMLElement>('[hidden]'), 'no rule without values').to.exist;
      expect($('#b-css-note').textContent).to.contain('no CSS rule');
      tokens.push(['--haven-color-accent', '#6b3fa0'], ['--haven-font-family', "'Iowan Old Style', serif"]);
      b.refresh();
      expect($('#b-css-rule').closest('[hidden]')).to.be.null;
      const rule = "haven-faq {\n  --haven-color-accent: #6b3fa0;\n  --haven-font-family: 'Iowan Old Style', serif;\n}";
      expect($('#b-css-rule').textContent).to.equal(rule);
      // The rule follows the widget chosen, and stays offered with the checkbox unticked.
      other.querySelector<HTMLInputElement>('input[name="b-widget"][value="quick-exit"]')!.click();
      box.click();
      expect(b.snippet()).not.to.contain('style=');
      expect($('#b-css-rule').textContent).to.equal(rule.replace('haven-faq', 'haven-quick-exit'));
      // What is offered is a rule a stylesheet takes: the browser parses it with those values.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync($('#b-css-rule').textContent!);
      const parsed = sheet.cssRules[0] as CSSStyleRule;
      expect(parsed.selectorText).to.equal('haven-quick-exit');
      expect(parsed.style.getPropertyValue('--haven-color-accent').trim()).to.equal('#6b3fa0');
      Object.defineProperty(clipboard, 'writeText', { configurable: true, value: async (t: string) => void copied.push(t) });
      $('.b-copy-css').click();
      await waitUntil(() => $('.b-copy-css + [role="status"]').textContent, 'nothing said', { timeout: 3000 });
      expect(copied).to.deep.equal([$('#b-css-rule').textContent]);
      expect($('.b-copy-css + [role="status"]').textContent).to.match(/^Copied\./);
    } finally {
      if (own) Object.defineProperty(clipboard, 'writeText', own);
      else delete (clipboard as { writeText?: unknown }).writeText;
      other.remove();
    }
  });
});

describe('snippet builder: problems in words beside their field', () => {
  const problemOf = (control: Control) => {
    const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/);
    const problem = ids.map((id) => document.getElementById(id)).find((n) => n?.classList.contains('b-problem'));
    return problem && !problem.hidden ? problem.textContent : null;
  };

  it('the widgets’ own messages: a bad number, a link without https, an answer missing', () => {
    widget('helplines');
    type(fields('helplines', 'name')[0]!, 'A line');
    type(fields('helplines', 'phone')[0]!, 'call us');
    type(fields('helplines', 'web')[0]!, 'example.org');
    expect(problemOf(fields('helplines', 'phone')[0]!)).to.equal('"call us" is not a phone number; it is left out.');
    expect(fields('helplines', 'phone')[0]!.getAttribute('aria-invalid')).to.equal('true');
    expect(problemOf(fields('helplines', 'web')[0]!)).to.equal('"example.org" is not a full http(s) link; it is left out.');
    expect(snippetBox()).not.to.contain('call us');
    type(fields('helplines', 'phone')[0]!, '116 123');
    expect(problemOf(fields('helplines', 'phone')[0]!)).to.equal(null);
    expect(fields('helplines', 'phone')[0]!.hasAttribute('aria-invalid')).to.equal(false);

    widget('faq');
    type(fields('faq', 'question')[0]!, 'A question without its answer');
    expect(problemOf(fields('faq', 'answer')[0]!)).to.equal('Question 1 has no answer (text); the item is left out.');
    expect(container.querySelector('#b-summary')!.textContent).to.contain('One field needs a look');
  });

  it('options: a pattern of seconds, a quick exit address, the script’s address', () => {
    widget('grounding-timer');
    choose(field('#b-o-pattern'), 'own');
    type(field('#b-o-seconds'), '4 2 600');
    expect(problemOf(field('#b-o-seconds'))).to.match(/^"4 2 600" is not relaxed, box, 4-7-8, resonant or 2 to 4 numbers/);
    widget('quick-exit');
    type(field('#b-o-href'), 'javascript:alert(1)');
    expect(problemOf(field('#b-o-href'))).to.equal('"javascript:alert(1)" is not a safe http(s) address; leaving to https://www.wikipedia.org/ instead.');
    type(field('#b-path'), 'javascript:alert(1)');
    expect(problemOf(field('#b-path'))).to.equal('Start with / (a path on your site) or https:// (a full address).');
  });
});

describe('snippet builder: hostile text stays text', () => {
  /** Every element in a widget's light DOM is one the builder writes; nothing from the text. */
  const WRITTEN = new Set(['details', 'summary', 'p', 'ul', 'li', 'strong', 'span', 'a', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td', 'h3']);

  function inert(el: Element, win: Window): void {
    const light = [...el.querySelectorAll('*')].map((n) => n.localName).filter((n) => !WRITTEN.has(n));
    expect(light).to.deep.equal([]);
    // outerHTML, not the element: chai's formatting of a live element can take minutes.
    expect(el.shadowRoot!.querySelector(FORBIDDEN)?.outerHTML ?? null).to.equal(null);
    for (const a of [...el.querySelectorAll('a[href]'), ...el.shadowRoot!.querySelectorAll('a[href]')]) {
      expect(a.getAttribute('href')!.trim().toLowerCase()).to.match(/^(https?|tel|sms):/);
    }
    expect((win as Window & { __xss?: number }).__xss).to.equal(undefined);
  }

  /** Adds items until the widget's text fields can take every payload, then types one into each. */
  function fillAll(lists: string[]): string[] {
    const textFields = () => [...container.querySelectorAll<Control>('.b-content input[type="text"], .b-content textarea')];
    let i = 0;
    while (textFields().length < XSS_PAYLOADS.length && lists.length) add(lists[i++ % lists.length]!);
    const typed: string[] = [];
    textFields().forEach((f, n) => {
      const p = XSS_PAYLOADS[n % XSS_PAYLOADS.length]!;
      type(f, p);
      typed.push(p);
    });
    return typed;
  }

  const cases: [string, string, string[]][] = [
    ['faq', 'haven-faq', ['faq']],
    ['helplines', 'haven-helplines', ['helplines']],
    ['empathy-prompts', 'haven-empathy-prompts', ['reflect', 'ask', 'validate', 'boundaries']],
    ['stage-table', 'haven-stage-table', ['stages']],
    ['grounding-timer', 'haven-grounding-timer', []],
    ['quick-exit', 'haven-quick-exit', []],
  ];
  for (const [name, tag, lists] of cases) {
    it(`${name}: a payload in every field, in the preview and in the pasted page`, async function () {
      this.timeout(30000);
      widget(name);
      if (name === 'grounding-timer') choose(field('#b-o-pattern'), 'own');
      if (name === 'stage-table') add('columns');
      const typed = fillAll(lists);
      expect(typed.length).to.be.at.least(name === 'quick-exit' || name === 'grounding-timer' ? 3 : XSS_PAYLOADS.length);
      const preview = await previewed(tag);
      await settle();
      inert(preview, window);
      const snippet = snippetBox();
      const { win, el } = await paste(snippet, tag);
      await settle();
      inert(el, win);
      // The only scripts in the pasted page are the snippet's own line.
      expect(win.document.querySelectorAll('script')).to.have.length(1);
      expect(win.document.body.querySelector(FORBIDDEN.replace('script, ', ''))?.outerHTML ?? null).to.equal(null);
      if (name === 'faq') {
        // The text shows as text: each question as typed (spaces collapsed, as in any HTML).
        const questions = texts(el.shadowRoot!, 'button.question');
        expect(questions).to.deep.equal(texts(preview.shadowRoot!, 'button.question'));
        expect(questions).to.deep.equal(fields('faq', 'question').map((f) => f.value.replace(/\s+/g, ' ').trim()));
        expect(questions).to.have.length(XSS_PAYLOADS.length / 2);
      }
    });
  }

  it('the script’s address and the language cannot break out of the script line', async () => {
    type(field('#b-path'), '"></script><script>window.__xss=1</script><script src="/x.js');
    type(fields('faq', 'question')[0]!, 'Q');
    type(fields('faq', 'answer')[0]!, 'A');
    const snippet = snippetBox();
    expect(snippet.split('\n')[0]).to.equal(
      '<script type="module" src="&quot;&gt;&lt;/script&gt;&lt;script&gt;window.__xss=1&lt;/script&gt;&lt;script src=&quot;/x.js"></script>',
    );
    const frame = document.createElement('iframe');
    // Inline scripts may run, so a break-out would set __xss; the script's address (the hostile
    // text, as a path) is not fetched, which would only print a 404 in a green run.
    frame.srcdoc = `<meta http-equiv="Content-Security-Policy" content="script-src 'unsafe-inline'">${snippet}`;
    frames.push(frame);
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    document.body.append(frame);
    await loaded;
    await settle();
    const win = frame.contentWindow as Window & { __xss?: number };
    expect(win.__xss).to.equal(undefined);
    expect(frame.contentDocument!.querySelectorAll('script')).to.have.length(1);
  });
});

describe('snippet builder: copy', () => {
  it('copies exactly the text the snippet box shows, and says so', async () => {
    type(fields('faq', 'question')[0]!, 'Is it <free>? & "open"');
    type(fields('faq', 'answer')[0]!, 'Yes.');
    const clipboard = navigator.clipboard as Clipboard & { writeText: (t: string) => Promise<void> };
    const copied: string[] = [];
    const own = Object.getOwnPropertyDescriptor(clipboard, 'writeText');
    Object.defineProperty(clipboard, 'writeText', { configurable: true, value: async (t: string) => void copied.push(t) });
    try {
      button('.b-copy').click();
      await waitUntil(() => container.querySelector('.b-copy + [role="status"]')!.textContent, 'nothing said', { timeout: 3000 });
    } finally {
      if (own) Object.defineProperty(clipboard, 'writeText', own);
      else delete (clipboard as { writeText?: unknown }).writeText;
    }
    expect(copied).to.deep.equal([snippetBox()]);
    expect(copied[0]).to.contain('<summary>Is it &lt;free&gt;? &amp; "open"</summary>');
    expect(container.querySelector('.b-copy + [role="status"]')!.textContent).to.match(/^Copied\./);
  });

  it('where the browser refuses, the whole snippet is selected and the visitor told how to copy it', async () => {
    const clipboard = navigator.clipboard;
    const own = Object.getOwnPropertyDescriptor(clipboard, 'writeText');
    Object.defineProperty(clipboard, 'writeText', { configurable: true, value: () => Promise.reject(new DOMException('refused', 'NotAllowedError')) });
    try {
      button('.b-copy').click();
      await waitUntil(() => container.querySelector('.b-copy + [role="status"]')!.textContent, 'nothing said', { timeout: 3000 });
    } finally {
      if (own) Object.defineProperty(clipboard, 'writeText', own);
      else delete (clipboard as { writeText?: unknown }).writeText;
    }
    expect(getSelection()!.toString()).to.equal(snippetBox());
    expect(container.querySelector('.b-copy + [role="status"]')!.textContent).to.contain('The snippet is selected');
  });
});

describe('snippet builder: columns of the stage table', () => {
  it('a column moved or removed takes its cell in every stage with it', () => {
    widget('stage-table');
    for (const [i, heading] of ['Stage', 'Expect', 'Helps'].entries()) {
      add('columns');
      type(fields('columns', 'heading')[i]!, heading);
    }
    type(fields('stages', 'name')[0]!, 'Recognition');
    type(fields('stages', 'cell0')[0]!, 'Patterns');
    type(fields('stages', 'cell1')[0]!, 'Reading');
    const third = fields('columns', 'heading')[2]!.dataset.uid!;
    button(`#${third}-up`).click();
    expect(fields('columns', 'heading').map((f) => f.value)).to.deep.equal(['Stage', 'Helps', 'Expect']);
    expect([fields('stages', 'cell0')[0]!.value, fields('stages', 'cell1')[0]!.value]).to.deep.equal(['Reading', 'Patterns']);
    expect(snippetBox()).to.contain('<th>Recognition</th>\n        <td>Reading</td>\n        <td>Patterns</td>');
    button(`#${third}-remove`).click();
    expect(fields('columns', 'heading').map((f) => f.value)).to.deep.equal(['Stage', 'Expect']);
    expect(fields('stages', 'cell0').map((f) => f.value)).to.deep.equal(['Patterns']);
    expect(fields('stages', 'name')[0]!.value).to.equal('Recognition');
  });
});

describe('snippet builder: keyboard', () => {
  const questions = () => fields('faq', 'question').map((f) => f.value);
  const status = () => container.querySelector('[role="status"].visually-hidden')!.textContent;
  const active = () => document.activeElement;

  it('Add, Move up and down, and Remove work with keys, and focus follows the item', async () => {
    for (const [i, q] of ['One', 'Two', 'Three'].entries()) {
      if (i) add('faq');
      type(fields('faq', 'question')[i]!, q);
    }
    // Move "One" down twice with Enter: focus stays on its Move down button.
    const first = fields('faq', 'question')[0]!.dataset.uid!;
    document.getElementById(`${first}-down`)!.focus();
    await sendKeys({ press: 'Enter' });
    expect(questions()).to.deep.equal(['Two', 'One', 'Three']);
    expect(active()?.id).to.equal(`${first}-down`);
    await waitUntil(() => status() === 'Moved to position 2 of 3.', `announced: ${status()}`);
    await sendKeys({ press: ' ' });
    expect(questions()).to.deep.equal(['Two', 'Three', 'One']);
    // Now last: its Move down is marked unavailable but keeps focus, and does nothing.
    expect(active()?.id).to.equal(`${first}-down`);
    expect(active()?.getAttribute('aria-disabled')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    expect(questions()).to.deep.equal(['Two', 'Three', 'One']);
    // Up again with the keyboard: Shift+Tab reaches Move up.
    await holdKey({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await holdKey({ up: 'Shift' });
    expect(active()?.id).to.equal(`${first}-up`);
    await sendKeys({ press: 'Enter' });
    expect(questions()).to.deep.equal(['Two', 'One', 'Three']);
    expect(active()?.id).to.equal(`${first}-up`);

    // Remove "One": focus goes to the question of the item that took its place.
    document.getElementById(`${first}-remove`)!.focus();
    await sendKeys({ press: 'Enter' });
    expect(questions()).to.deep.equal(['Two', 'Three']);
    expect(active()).to.equal(fields('faq', 'question')[1]);
    await waitUntil(() => status() === 'Question 2 removed. 2 left.', `announced: ${status()}`);

    // Add: focus goes to the new item's first field, ready to type.
    button('#b-add-faq').focus();
    await sendKeys({ press: 'Enter' });
    expect(active()).to.equal(fields('faq', 'question')[2]);
    await sendKeys({ type: 'Four' });
    expect(questions()).to.deep.equal(['Two', 'Three', 'Four']);

    // Removing every item leaves focus on Add.
    for (let n = 0; n < 3; n++) {
      document.querySelector<HTMLButtonElement>('[data-list="faq"][data-action="remove"]')!.focus();
      await sendKeys({ press: 'Enter' });
    }
    expect(questions()).to.deep.equal([]);
    expect(active()?.id).to.equal('b-add-faq');
  });

  it('choosing another widget with arrow keys keeps focus on the choice', async () => {
    container.querySelector<HTMLInputElement>('input[name="b-widget"][value="faq"]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect((active() as HTMLInputElement).value).to.equal('helplines');
    expect(fields('helplines', 'name')).to.have.length(1);
    expect(snippetBox()).to.contain('<haven-helplines></haven-helplines>');
  });
});
