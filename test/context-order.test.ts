// A page where the widget is defined before the provider, as happens with module order or
// deferred scripts. This file imports no component statically, so the order is this test's.
import { expect } from '@open-wc/testing';

it('a widget defined before its provider still receives the provider’s config', async () => {
  document.body.innerHTML = `<haven-provider theme="dark"><haven-faq></haven-faq></haven-provider>`;
  await import('../src/components/faq/index.js');
  const faq = document.querySelector('haven-faq')!;
  await faq.updateComplete;
  expect(customElements.get('haven-provider')).to.be.undefined;
  await import('../src/components/provider/index.js');
  const provider = document.querySelector('haven-provider')!;
  provider.strings = { faq: { showAll: 'From the provider' } };
  await provider.updateComplete;
  await faq.updateComplete;
  expect(faq.shadowRoot!.querySelector('[part="toggle-all"]')!.textContent!.trim()).to.equal('From the provider');
  expect(faq.shadowRoot!.querySelector('.root')!.classList.contains('theme-dark')).to.be.true;
});
