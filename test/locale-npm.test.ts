// The npm build fetches nothing by itself (issue 14, item 4): a locale a widget asks for and
// the app did not import warns once a page, naming the import to add, and English shows.
// This page imports the source, as an app's bundler would, and only the French locale.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import '../src/locales/fr.js';
import type { HavenFaq } from '../src/index.js';
import { captureWarnings } from './helpers.js';

const toggleAll = (faq: HavenFaq) => faq.shadowRoot!.querySelector('[part="toggle-all"]')!.textContent!.trim();

it('a provider in Spanish without the Spanish import: one warning naming the import, English, no request', async () => {
  const warnings = captureWarnings();
  try {
    const wrap = await fixture<HTMLElement>(html`<div>
      <haven-provider locale="es"><haven-faq></haven-faq><haven-grounding-timer></haven-grounding-timer><haven-stage-table></haven-stage-table></haven-provider>
      <haven-faq locale="es-MX"></haven-faq><haven-faq locale="fr"></haven-faq><haven-faq locale="xx"></haven-faq>
    </div>`);
    const faqs = [...wrap.querySelectorAll<HavenFaq>('haven-faq')];
    for (const el of wrap.querySelectorAll<HavenFaq>('haven-faq, haven-grounding-timer, haven-stage-table')) await el.updateComplete;
    faqs[0]!.requestUpdate();
    await faqs[0]!.updateComplete;
    expect(warnings.messages).to.deep.equal([
      `[haven-widgets] locale "es" is not loaded, so English is shown: add import 'haven-widgets/locales/es.js'.`,
    ]);
    expect(toggleAll(faqs[0]!)).to.equal('Show all answers');
    expect(toggleAll(faqs[2]!), 'an imported locale').to.equal('Afficher toutes les réponses');
    expect(toggleAll(faqs[3]!), 'a locale the library does not ship: English, in silence').to.equal('Show all answers');
    const asked = performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.includes('/locales/es'));
    expect(asked).to.deep.equal([]);
  } finally {
    warnings.restore();
  }
});

it('pt-BR names the pt import, once', async () => {
  const warnings = captureWarnings();
  try {
    const wrap = await fixture<HTMLElement>(html`<div lang="pt-BR"><haven-faq></haven-faq><haven-faq></haven-faq></div>`);
    for (const el of wrap.querySelectorAll<HavenFaq>('haven-faq')) await el.updateComplete;
    expect(warnings.messages).to.deep.equal([
      `[haven-widgets] locale "pt" is not loaded, so English is shown: add import 'haven-widgets/locales/pt.js'.`,
    ]);
  } finally {
    warnings.restore();
  }
});
