// The CDN builds load a locale a widget needs from their own folder (issue 14, item 4): a
// provider with locale="es" and the bundle alone reads Spanish, in the module and the classic
// build, with one request per locale and page, none for a locale the library does not ship,
// and one warning with English kept when the file cannot load. Each case is its own page (an
// iframe), since a page asks for a locale once. Needs dist/cdn, which `npm test` builds first.
import { expect } from '@open-wc/testing';
import type { HavenFaq } from '../src/index.js';

type Win = Window & typeof globalThis & { warnings: string[] };

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const f of frames.splice(0)) f.remove();
});

async function load(iframe: HTMLIFrameElement): Promise<{ win: Win; doc: Document }> {
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

/** A page of our own: `head` after the warning recorder, `body` as given. */
function page(head: string, body: string, lang = 'en'): Promise<{ win: Win; doc: Document }> {
  const iframe = document.createElement('iframe');
  iframe.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><script src="/test/pages/record-warnings.js"></script>${head}</head><body>${body}</body></html>`;
  return load(iframe);
}

/**
 * Resolves when `check` holds: now, or once the widgets have re-rendered after a locale
 * registered (the next task), or after a warning is printed.
 */
function until(win: Win, check: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const test = () => {
      if (!check()) return;
      win.removeEventListener('haven-locales-changed', later);
      win.removeEventListener('warned', test);
      resolve();
    };
    const later = () => win.setTimeout(test);
    win.addEventListener('haven-locales-changed', later);
    win.addEventListener('warned', test);
    test();
  });
}

const toggleAll = (faq: Element | null) => faq!.shadowRoot?.querySelector('[part="toggle-all"]')?.textContent?.trim() ?? '';

/** What the page fetched from a `locales/` folder, by path. */
const localeRequests = (win: Win) =>
  win.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => p.includes('/locales/'));

const FAQ = '<haven-faq><details><summary>Do I have to give my real name?</summary>No.</details><details><summary>Is it free?</summary>Yes.</details></haven-faq>';
const SHOW_ES = 'Mostrar todas las respuestas';
const HIDE_ES = 'Ocultar todas las respuestas';

it('module build under script-src \'self\': a provider in Spanish reads Spanish with no locale tag, and the layout holds', async () => {
  const { win, doc } = await load(Object.assign(document.createElement('iframe'), { src: '/test/pages/locale-auto.html' }));
  const faq = doc.querySelector<HavenFaq>('haven-faq')!;
  await until(win, () => toggleAll(faq) === SHOW_ES);
  faq.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle-all"]')!.click();
  await faq.updateComplete;
  expect(toggleAll(faq)).to.equal(HIDE_ES);
  expect(localeRequests(win)).to.deep.equal(['/dist/cdn/locales/es.js']);
  expect(win.warnings).to.deep.equal([]);
});

it('classic build: the same, with the folder read from the script\'s own src', async () => {
  // The site's origin by name: Firefox does not match 'self' in a srcdoc page's own policy.
  const { win, doc } = await page(
    `<meta http-equiv="Content-Security-Policy" content="script-src ${location.origin}"><script src="/dist/cdn/haven-widgets.iife.js" defer></script>`,
    `<haven-provider locale="es">${FAQ}</haven-provider>`,
  );
  const faq = doc.querySelector<HavenFaq>('haven-faq')!;
  await until(win, () => toggleAll(faq) === SHOW_ES);
  expect(localeRequests(win)).to.deep.equal(['/dist/cdn/locales/es.js']);
  expect(win.warnings).to.deep.equal([]);
});

it('asks each locale once a page, however many widgets and copies want it', async () => {
  const { win, doc } = await page(
    `<script type="module" src="/dist/cdn/haven-widgets.js"></script><script src="/dist/cdn/haven-widgets.iife.js" defer></script><script type="module" src="/dist/cdn/haven-faq.js"></script>`,
    `<haven-provider locale="es">${FAQ}<haven-grounding-timer></haven-grounding-timer><haven-empathy-prompts seed="x"></haven-empathy-prompts></haven-provider>
     <haven-faq locale="es-MX"></haven-faq><haven-stage-table locale="es"></haven-stage-table>
     <div lang="fr">${FAQ}<haven-quick-exit placement="inline"></haven-quick-exit></div>`,
  );
  const [es, esMx, fr] = [...doc.querySelectorAll<HavenFaq>('haven-faq')];
  await until(win, () => toggleAll(es!) === SHOW_ES && toggleAll(fr!) === 'Afficher toutes les réponses');
  expect(toggleAll(esMx!)).to.equal(SHOW_ES);
  expect(localeRequests(win).sort()).to.deep.equal(['/dist/cdn/locales/es.js', '/dist/cdn/locales/fr.js']);
  expect(win.warnings).to.deep.equal([]);
});

it('asks nothing for a locale the library does not ship, and pt-BR asks pt', async () => {
  const { win, doc } = await page(
    `<script type="module" src="/dist/cdn/haven-widgets.js"></script>`,
    `<haven-provider locale="xx">${FAQ}</haven-provider><haven-faq locale="ja"></haven-faq><div lang="pt-BR">${FAQ}</div>`,
  );
  const [xx, ja, pt] = [...doc.querySelectorAll<HavenFaq>('haven-faq')];
  await until(win, () => toggleAll(pt!) === 'Mostrar todas as respostas');
  expect(toggleAll(xx!)).to.equal('Show all answers');
  expect(toggleAll(ja!)).to.equal('Show all answers');
  expect(localeRequests(win)).to.deep.equal(['/dist/cdn/locales/pt.js']);
  expect(win.warnings).to.deep.equal([]);
});

it('a locale the page loads itself is not fetched again; the one it lacks is', async () => {
  const { win, doc } = await page(
    `<script src="/dist/cdn/locales/de.iife.js"></script><script type="module" src="/dist/cdn/haven-widgets.js"></script>`,
    `<haven-provider locale="de">${FAQ}</haven-provider><haven-faq locale="es"></haven-faq>`,
  );
  const [de, es] = [...doc.querySelectorAll<HavenFaq>('haven-faq')];
  await until(win, () => toggleAll(de!) === 'Alle Antworten zeigen' && toggleAll(es!) === SHOW_ES);
  expect(localeRequests(win).sort()).to.deep.equal(['/dist/cdn/locales/de.iife.js', '/dist/cdn/locales/es.js']);
});

it('a locale file that cannot load (the policy refuses it): one warning naming the locale and the file, and English stays', async () => {
  const bundle = `${location.origin}/dist/cdn/haven-widgets.js`;
  const { win, doc } = await page(
    `<meta http-equiv="Content-Security-Policy" content="script-src ${location.origin}/test/pages/record-warnings.js ${bundle}"><script type="module" src="${bundle}"></script>`,
    `<haven-provider locale="es">${FAQ}<haven-faq></haven-faq></haven-provider><haven-stage-table locale="es"></haven-stage-table>`,
  );
  await until(win, () => win.warnings.length > 0);
  const faq = doc.querySelector<HavenFaq>('haven-faq')!;
  await faq.updateComplete;
  expect(win.warnings).to.have.length(1);
  expect(win.warnings[0]).to.include('"es"').and.to.include(`${location.origin}/dist/cdn/locales/es.js`);
  expect(toggleAll(faq)).to.equal('Show all answers');
  expect(faq.shadowRoot!.querySelector('button.question')!.textContent!.trim()).to.equal('Do I have to give my real name?');
  // A second widget rendering again asks nothing more.
  faq.requestUpdate();
  await faq.updateComplete;
  expect(win.warnings).to.have.length(1);
});

it('English first, then Spanish, in the same box: the FAQ keeps its width and its height within a line', async () => {
  // Two FAQs with the same site content, one held in English: what the Spanish one showed
  // while its file loaded. Only the provider's words change (the questions are the site's).
  const { win, doc } = await page(
    `<script type="module" src="/dist/cdn/haven-widgets.js"></script>`,
    `<div style="width: 320px"><haven-faq locale="en"></haven-faq><haven-provider locale="es">${FAQ}</haven-provider></div>`.replace(
      '<haven-faq locale="en"></haven-faq>',
      FAQ.replace('<haven-faq>', '<haven-faq locale="en">'),
    ),
  );
  const [en, es] = [...doc.querySelectorAll<HavenFaq>('haven-faq')];
  await until(win, () => toggleAll(es!) === SHOW_ES);
  const a = en!.getBoundingClientRect();
  const b = es!.getBoundingClientRect();
  const line = parseFloat(win.getComputedStyle(es!).lineHeight) || 1.5 * parseFloat(win.getComputedStyle(es!).fontSize);
  expect(b.width).to.equal(a.width);
  expect(Math.abs(b.height - a.height)).to.be.at.most(line + 1);
});
