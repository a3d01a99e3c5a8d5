// The demo page as a visitor gets it (demo/index.html in a frame, its script compiled by the
// test server): the builder comes first, the contents list names it first, and axe finds
// nothing at 1280 and 390 px, with a problem shown beside a field. In its own file, so the
// builder's tests and this page's load and two full-page axe runs each keep within the
// runner's time for one file.
import { expect, waitUntil } from '@open-wc/testing';

let frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const f of frames) f.remove();
  frames = [];
});

describe('the demo page', () => {
  it('axe finds nothing at 1280 and at 390 px, with the builder first and showing a problem', async function () {
    this.timeout(90000);
    const frame = document.createElement('iframe');
    frame.src = '/demo/index.html';
    frame.title = 'The demo page';
    frame.width = '1280';
    frame.height = '900';
    frames.push(frame);
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    document.body.append(frame);
    await loaded;
    type Axe = { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
    const win = frame.contentWindow as Window & typeof globalThis & { axe?: Axe };
    const doc = win.document;
    await waitUntil(() => doc.querySelector('#builder .b-preview haven-faq'), 'the builder did not mount', { timeout: 10000 });
    // The "Built-in questions" example shows the five built-in questions, and its own snippet
    // disclosure after the widget's stage stays in its place (issue 20).
    const builtIn = doc.querySelector('#faq-default-h')!.closest('article')!;
    const questions = () => builtIn.querySelector('haven-faq')!.shadowRoot?.querySelectorAll('[part~="question"]').length ?? 0;
    await waitUntil(() => questions() > 0, 'the built-in example did not render', { timeout: 10000 });
    expect(questions()).to.equal(5);
    expect(builtIn.querySelector('haven-faq details'), 'the snippet disclosure was taken into the FAQ').to.equal(null);
    expect(builtIn.lastElementChild!.matches('details.snippet')).to.equal(true);
    // The builder comes first, and the contents list names it first.
    expect(doc.querySelector('main > section')!.id).to.equal('add-to-site');
    expect(doc.querySelector('.toc a')!.getAttribute('href')).to.equal('#add-to-site');
    // A problem shown beside a field is part of what is checked.
    doc.querySelector<HTMLInputElement>('input[name="b-widget"][value="helplines"]')!.click();
    for (const [key, value] of [['name', 'A line'], ['phone', 'not a number']]) {
      const f = doc.querySelector<HTMLInputElement>(`[data-list="helplines"][data-key="${key}"]`)!;
      f.value = value!;
      f.dispatchEvent(new Event('input', { bubbles: true }));
    }
    expect(doc.querySelector('[data-list="helplines"][data-key="phone"]')!.getAttribute('aria-invalid')).to.equal('true');
    const axe = doc.createElement('script');
    axe.src = '/node_modules/axe-core/axe.min.js';
    const axeLoaded = new Promise((r) => axe.addEventListener('load', r, { once: true }));
    doc.head.append(axe);
    await axeLoaded;
    const found = async () =>
      (await win.axe!.run(doc, { resultTypes: ['violations'] })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
    expect(await found(), 'at 1280 px').to.deep.equal([]);
    // The same page at a phone's width: the contents become a disclosure at the top.
    const resized = new Promise((r) => win.addEventListener('resize', r, { once: true }));
    frame.width = '390';
    await resized;
    await waitUntil(() => !doc.querySelector<HTMLDetailsElement>('#toc')!.open, 'the contents stayed open at 390 px');
    expect(await found(), 'at 390 px').to.deep.equal([]);
    // The check itself works in this frame: an image without a text alternative is found.
    doc.querySelector('#builder')!.append(Object.assign(doc.createElement('img'), { src: 'data:,' }));
    const control = await win.axe!.run(doc, { runOnly: ['image-alt'], resultTypes: ['violations'] });
    expect(control.violations.map((v) => v.id)).to.deep.equal(['image-alt']);
  });
});
