// The CDN autoloader (dist/cdn/haven-autoloader.js): one script line loads the files of the
// widgets a page shows, each once, and the files of widgets added later; none for a widget the
// page lacks. Each case is its own page (an iframe under test/pages/, served with the strict
// policy), since the autoloader runs once a page. Needs dist/cdn, which `npm test` builds first.
import { expect } from '@open-wc/testing';
import type { HavenFaq } from '../src/index.js';

type Win = Window & typeof globalThis & { warnings: string[]; violations: string[] };
type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const f of frames.splice(0)) f.remove();
});

async function open(src: string): Promise<{ win: Win; doc: Document }> {
  const iframe = Object.assign(document.createElement('iframe'), { src });
  iframe.style.width = '800px';
  iframe.style.height = '600px';
  frames.push(iframe);
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as Win;
  await win.customElements.whenDefined('haven-faq');
  return { win, doc: win.document };
}

/** What the page fetched from dist/cdn/, by path, in order. */
const fetched = (win: Win) =>
  win.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => p.startsWith('/dist/cdn/'));

/** The widget a file of the autoloader's serves (`faq` for haven-autoloader-faq-<hash>.js). */
const widgetFiles = (win: Win) =>
  fetched(win)
    .map((p) => /\/haven-autoloader-(.+)-[\w-]{8}\.js$/.exec(p)?.[1])
    .filter((name): name is string => !!name && name !== 'core');

async function rendered(el: Element | null): Promise<Widget> {
  expect(el, 'the element is on the page').to.exist;
  const widget = el as Widget;
  await widget.updateComplete;
  return widget;
}

it('loads the widgets the page shows, each file once, none for a widget it lacks, under a strict policy', async () => {
  const { win, doc } = await open('/test/pages/autoloader.html');
  await win.customElements.whenDefined('haven-quick-exit');
  const faq = await rendered(doc.querySelector('haven-faq'));
  const button = faq.shadowRoot!.querySelector<HTMLButtonElement>('button.question')!;
  expect(button.textContent!.trim()).to.equal('Loaded by the autoloader?');
  // Styled under style-src 'self': adopted stylesheets, as the bundle.
  expect(win.getComputedStyle(button).display).to.equal('flex');
  button.click();
  await faq.updateComplete;
  // Fails if a private member got another name in the widget's file than in the shared one.
  expect(button.getAttribute('aria-expanded')).to.equal('true');
  const exit = await rendered(doc.querySelector('haven-quick-exit'));
  expect(exit.shadowRoot!.querySelector('[part="button"]')).to.exist;

  expect(widgetFiles(win).sort()).to.deep.equal(['faq', 'quick-exit']);
  for (const tag of ['haven-provider', 'haven-grounding-timer', 'haven-empathy-prompts', 'haven-stage-table', 'haven-helplines']) {
    expect(win.customElements.get(tag), `${tag} is not loaded`).to.be.undefined;
  }
  const files = fetched(win);
  expect(files.filter((p) => /haven-autoloader-core-/.test(p)), 'one shared chunk').to.have.length(1);
  expect(files.filter((p, i) => files.indexOf(p) !== i), 'no file fetched twice').to.deep.equal([]);
  // Nothing of the other builds: one copy of Lit on the page.
  expect(files.filter((p) => !/\/haven-autoloader[\w.-]*\.js$/.test(p))).to.deep.equal([]);
  expect(win.violations).to.deep.equal([]);
  expect(win.warnings).to.deep.equal([]);
});

it('upgrades widgets added after load, fetching only the new widget\'s file, once', async () => {
  const { win, doc } = await open('/test/pages/autoloader.html');
  await win.customElements.whenDefined('haven-quick-exit');
  const before = fetched(win);
  const later = doc.getElementById('later')!;
  later.innerHTML = '<section><haven-stage-table></haven-stage-table></section><haven-faq></haven-faq>';
  later.append(doc.createElement('haven-stage-table'));
  await win.customElements.whenDefined('haven-stage-table');
  for (const table of doc.querySelectorAll('haven-stage-table')) {
    expect((await rendered(table)).shadowRoot!.querySelectorAll('tbody tr').length).to.equal(3);
  }
  const faqs = doc.querySelectorAll<HavenFaq>('haven-faq');
  expect((await rendered(faqs[1]!)).shadowRoot!.querySelectorAll('button.question').length, 'the built-in questions').to.be.greaterThan(1);
  const added = fetched(win).slice(before.length);
  expect(added.map((p) => /haven-autoloader-(.+)-[\w-]{8}\.js$/.exec(p)?.[1])).to.deep.equal(['stage-table']);
  expect(win.violations).to.deep.equal([]);
  expect(win.warnings).to.deep.equal([]);
});

it('loads a locale from its own folder, and a widget shown inside another widget', async () => {
  const { win, doc } = await open('/test/pages/autoloader.html');
  await win.customElements.whenDefined('haven-quick-exit');
  const later = doc.getElementById('later')!;
  later.innerHTML = '<haven-provider locale="de"><haven-faq><details><summary>Eins?</summary>Ja.</details><details><summary>Zwei?</summary>Ja.</details></haven-faq></haven-provider>';
  const faq = doc.querySelectorAll<HavenFaq>('haven-faq')[1]!;
  await new Promise<void>((resolve) => {
    const check = () => {
      if (faq.shadowRoot?.querySelector('[part="toggle-all"]')?.textContent?.trim() === 'Alle Antworten zeigen') resolve();
      else win.setTimeout(check, 20);
    };
    check();
  });
  expect(fetched(win).filter((p) => p.includes('/locales/'))).to.deep.equal(['/dist/cdn/locales/de.js']);

  // A page's own shadow root is closed to the autoloader until the page hands it over.
  const host = doc.createElement('div');
  later.append(host);
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = '<haven-helplines><ul><li><strong>A line</strong><a href="tel:116123">116 123</a></li></ul></haven-helplines>';
  (win as unknown as { havenAutoload: (root: ShadowRoot) => void }).havenAutoload(root);
  await win.customElements.whenDefined('haven-helplines');
  const helplines = await rendered(root.querySelector('haven-helplines'));
  expect(helplines.shadowRoot!.querySelector('a[href="tel:116123"]')).to.exist;
  expect(widgetFiles(win).sort()).to.deep.equal(['faq', 'helplines', 'provider', 'quick-exit']);
  expect(win.violations).to.deep.equal([]);
  expect(win.warnings).to.deep.equal([]);
});
