// Every known XSS payload through every text field, attribute and JSON source of every
// widget: nothing runs, and no element is created from it. Widgets join as they land.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { HavenFaq, HavenProvider } from '../src/index.js';
import { FORBIDDEN, XSS_PAYLOADS, settle } from './xss-payloads.js';
import { captureWarnings } from './helpers.js';

let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => {
  warnings = captureWarnings();
  window.__xss = undefined;
});
afterEach(() => warnings.restore());

function clean(el: Element): void {
  const root = el.shadowRoot!;
  // outerHTML, not the element: chai's formatting of a live element can take minutes.
  expect(root.querySelector(FORBIDDEN)?.outerHTML ?? null).to.equal(null);
  for (const a of root.querySelectorAll('a[href]')) expect(a.getAttribute('href')!.trim().toLowerCase()).not.to.match(/^(javascript|data|vbscript):/);
  expect(window.__xss).to.equal(undefined);
}

describe('hostile content: <haven-faq>', () => {
  it(`${XSS_PAYLOADS.length} payloads as question, answer and id through the items property`, async () => {
    expect(XSS_PAYLOADS.length).to.be.at.least(30);
    const items = XSS_PAYLOADS.map((p) => ({ id: p, question: p, answer: p, open: true }));
    const el = await fixture<HavenFaq>(html`<haven-faq structured-data .items=${items}></haven-faq>`);
    await settle();
    clean(el);
    const questions = [...el.shadowRoot!.querySelectorAll('button.question')].map((b) => b.textContent!.trim());
    expect(questions).to.deep.equal(XSS_PAYLOADS.map((p) => p.trim()));
    // The JSON-LD written for search engines stays one inert data block.
    expect(el.querySelectorAll('script')).to.have.length(1);
  });

  it('payloads through a child JSON script', async () => {
    const json = JSON.stringify(XSS_PAYLOADS.map((p) => ({ question: p, answer: p })));
    const el = await fixture<HavenFaq>(html`<haven-faq></haven-faq>`);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    el.append(script);
    await settle();
    await el.updateComplete;
    clean(el);
    expect(el.shadowRoot!.querySelectorAll('button.question')).to.have.length(XSS_PAYLOADS.length);
  });

  it('payloads as attribute values: heading-level, locale, theme', async () => {
    for (const p of XSS_PAYLOADS) {
      const el = await fixture<HavenFaq>(html`<haven-faq heading-level=${p} locale=${p} theme=${p as never}></haven-faq>`);
      await settle();
      clean(el);
      expect(el.shadowRoot!.querySelectorAll('button.question')).to.have.length(5);
    }
  });

  it('payloads through the provider: content, strings and JSON config', async () => {
    const content = { faq: XSS_PAYLOADS.map((p) => ({ question: p, answer: p })) };
    const strings = { faq: { showAll: XSS_PAYLOADS[1]!, hideAll: XSS_PAYLOADS[3]! } };
    const provider = await fixture<HavenProvider>(html`<haven-provider .content=${content} .strings=${strings}><haven-faq></haven-faq></haven-provider>`);
    const faq = provider.querySelector('haven-faq')!;
    await faq.updateComplete;
    await settle();
    clean(faq);
    expect(faq.shadowRoot!.querySelector('[part="toggle-all"]')!.textContent!.trim()).to.equal(XSS_PAYLOADS[1]);
    const viaJson = await fixture<HavenProvider>(html`<haven-provider><haven-faq></haven-faq></haven-provider>`);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ locale: XSS_PAYLOADS[0], theme: XSS_PAYLOADS[2], content });
    viaJson.prepend(script);
    await settle();
    const faq2 = viaJson.querySelector('haven-faq')!;
    await faq2.updateComplete;
    clean(faq2);
  });
});

/** For each widget: JSON content with a payload in every text field. */
const JSON_CONTENT: Record<string, (p: string) => unknown> = {
  'haven-faq': (p) => [{ id: p, question: p, answer: p }],
  'haven-empathy-prompts': (p) => [{ category: 'reflect', text: p }, { category: 'ask', text: `${p} ___` }],
  'haven-stage-table': (p) => ({ caption: p, columns: [p, p, p], stages: [{ id: p, name: p, cells: [p, p] }] }),
  'haven-helplines': (p) => [
    { region: p, name: p, description: p, phone: p, sms: p, keyword: p, chat: p, web: p, hours: p, languages: [p] },
    { name: 'Valid line', phone: '116 123', web: p },
  ],
};

interface ManifestElement {
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string }[];
}

// The documented attributes of every element, read from custom-elements.json (npm test
// generates it), so a new attribute is covered without anyone listing it here.
const manifest: { modules: { declarations?: ManifestElement[] }[] } = await (await fetch('/custom-elements.json')).json();
const ELEMENTS = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName && d.tagName !== 'haven-provider');

/** One element of `tag` per payload, each given it by `give`, rendered and settled. */
async function renderEach(tag: string, give: (host: HTMLElement, payload: string) => void): Promise<HTMLElement[]> {
  const hosts: HTMLElement[] = [];
  for (const p of XSS_PAYLOADS) {
    const host = document.createElement(tag);
    give(host, p);
    document.body.append(host);
    hosts.push(host);
    await (host as HavenFaq).updateComplete;
  }
  await settle();
  return hosts;
}

describe('hostile content: every widget, every attribute and JSON source', () => {
  it('reads every element from the manifest', () => {
    expect(ELEMENTS.map((e) => e.tagName).sort()).to.include.members(['haven-faq', 'haven-grounding-timer', 'haven-empathy-prompts', 'haven-stage-table', 'haven-quick-exit', 'haven-helplines']);
  });

  for (const el of ELEMENTS) {
    it(`<${el.tagName}>: every payload as the value of every documented attribute`, async function () {
      this.timeout(30000);
      const hosts = await renderEach(el.tagName!, (host, p) => {
        for (const { name } of el.attributes ?? []) host.setAttribute(name, p);
      });
      for (const host of hosts) {
        clean(host);
        // Never blank: something is rendered whatever the attributes say.
        expect(host.shadowRoot!.childElementCount, `${el.tagName} rendered`).to.be.greaterThan(0);
        host.remove();
      }
    });
  }

  for (const [tag, content] of Object.entries(JSON_CONTENT)) {
    it(`<${tag}>: every payload in every text field of its JSON content`, async function () {
      this.timeout(30000);
      const hosts = await renderEach(tag, (host, p) => {
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = JSON.stringify(content(p));
        host.append(script);
      });
      for (const host of hosts) {
        clean(host);
        host.remove();
      }
    });
  }
});
