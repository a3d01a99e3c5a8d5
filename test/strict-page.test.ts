// Every widget on a page served with a strict Content-Security-Policy (no unsafe-inline, no
// unsafe-eval), loaded as a site would load the CDN bundle. Also the privacy promise, checked
// from the browser: no request beyond the page and the library, no cookie, no storage write.
import { expect } from '@open-wc/testing';
import type { HavenFaq } from '../src/index.js';

interface Frame {
  win: Window & typeof globalThis;
  doc: Document;
  violations: string[];
}

async function open(path: string): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.style.width = '800px';
  iframe.style.height = '600px';
  const violations: string[] = [];
  document.body.append(iframe);
  await new Promise<void>((resolve) => {
    iframe.addEventListener('load', () => resolve(), { once: true });
    iframe.src = path;
  });
  const win = iframe.contentWindow as Window & typeof globalThis;
  win.document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  await win.customElements.whenDefined('haven-faq');
  return { win, doc: win.document, violations };
}

it('renders, styles and runs every widget under a strict CSP, writing nothing and asking nothing', async () => {
  const { win, doc, violations } = await open('/test/pages/strict-csp.html');
  // The policy is really in force: an inline script would be refused.
  const probe = doc.createElement('script');
  probe.textContent = 'window.inlineRan = true';
  doc.body.append(probe);
  await new Promise((r) => setTimeout(r, 50));
  expect((win as unknown as { inlineRan?: boolean }).inlineRan).to.equal(undefined);
  expect(violations.some((v) => v.startsWith('script-src'))).to.be.true;
  violations.length = 0;

  const storageBefore = [win.localStorage.length, win.sessionStorage.length];
  const faqs = [...doc.querySelectorAll<HavenFaq>('haven-faq')];
  for (const faq of faqs) await faq.updateComplete;
  const [shared, plain] = faqs;
  const button = shared!.shadowRoot!.querySelector<HTMLButtonElement>('button.question')!;
  expect(button.textContent!.trim()).to.equal('Under CSP?');
  // Styled: the stylesheet applied (a plain button would have a border and no full width).
  expect(win.getComputedStyle(button).borderTopStyle).to.equal('none');
  expect(win.getComputedStyle(button).display).to.equal('flex');
  button.click();
  await shared!.updateComplete;
  expect(button.getAttribute('aria-expanded')).to.equal('true');
  expect(plain!.shadowRoot!.querySelectorAll('button.question')).to.have.length(5);
  expect(shared!.querySelector('script[type="application/ld+json"]')).to.exist;
  // Every other widget: rendered with its stylesheet adopted, and one visitor action each.
  const tags = ['haven-grounding-timer', 'haven-empathy-prompts', 'haven-stage-table', 'haven-quick-exit', 'haven-helplines'];
  for (const tag of tags) {
    const el = doc.querySelector(tag) as HavenFaq | null;
    expect(el, tag).to.exist;
    await el!.updateComplete;
    expect(el!.shadowRoot!.adoptedStyleSheets.length, `${tag} styles`).to.be.greaterThan(0);
    expect(el!.shadowRoot!.querySelector('.root'), `${tag} rendered`).to.exist;
  }
  const q = (tag: string, sel: string) => doc.querySelector(tag)!.shadowRoot!.querySelector<HTMLElement>(sel)!;
  q('haven-grounding-timer', 'button.primary').click(); // Start
  q('haven-empathy-prompts', '[part="another"]').click();
  q('haven-stage-table', 'input[type="radio"]').click();
  q('haven-quick-exit', 'summary').click(); // "How this works", not the exit
  await new Promise((r) => setTimeout(r, 300));
  expect(q('haven-grounding-timer', 'button.primary').textContent!.trim()).to.equal('Pause');
  expect(doc.querySelector('haven-helplines')!.shadowRoot!.querySelector('a[href="tel:116123"]')).to.exist;
  q('haven-grounding-timer', 'button.stop').click();

  expect(violations, 'CSP violations').to.deep.equal([]);
  // Privacy: only the page and the library were fetched (the test server's own reload
  // socket script aside, which it injects into every page it serves).
  const resources = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
  expect(resources.filter((p) => !p.startsWith('/dist/cdn/') && !p.startsWith('/__web-dev-server'))).to.deep.equal([]);
  expect(resources).to.include('/dist/cdn/haven-widgets.js');
  expect(doc.cookie).to.equal('');
  expect([win.localStorage.length, win.sessionStorage.length]).to.deep.equal(storageBefore);
});
