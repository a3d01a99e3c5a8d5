// One widget's own CDN file (dist/cdn/haven-<name>.js): a page that uses only that widget
// loads only it. Each file carries its own copy of Lit, so this page runs two copies of the
// library side by side, as a site pasting two single-widget snippets would: the FAQ's file
// loaded before the provider's must still get the provider's config. Needs dist/cdn, which
// `npm test` builds first. This file imports no component, so the page starts empty.
import { expect } from '@open-wc/testing';
import { captureWarnings, classicScript as classic, pageErrors } from './helpers.js';

const errors = pageErrors();

it('defines only its own widget, and works with a provider from another file loaded later', async () => {
  const warnings = captureWarnings();
  try {
    document.body.innerHTML = `<haven-provider theme="dark"><haven-faq><details><summary>Alone?</summary>Yes.</details><details><summary>Second?</summary>Also.</details></haven-faq></haven-provider>`;
    await import('/dist/cdn/haven-faq.js' as string);
    const faq = document.querySelector('haven-faq')!;
    await faq.updateComplete;
    expect(customElements.get('haven-provider'), 'the FAQ file defines no provider').to.be.undefined;
    expect(customElements.get('haven-stage-table'), 'nor any other widget').to.be.undefined;
    const button = faq.shadowRoot!.querySelector<HTMLButtonElement>('button.question')!;
    expect(button.textContent!.trim()).to.equal('Alone?');
    expect(faq.shadowRoot!.querySelector('.root')!.classList.contains('theme-auto')).to.be.true;

    await import('/dist/cdn/haven-provider.js' as string);
    const provider = document.querySelector('haven-provider')!;
    await provider.updateComplete;
    provider.strings = { faq: { showAll: 'From the other file' } };
    await provider.updateComplete;
    await faq.updateComplete;
    expect(faq.shadowRoot!.querySelector('.root')!.classList.contains('theme-dark'), 'theme through context').to.be.true;
    expect(faq.shadowRoot!.querySelector('[part="toggle-all"]')!.textContent!.trim()).to.equal('From the other file');
    button.click();
    await faq.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(errors).to.deep.equal([]);
    expect(warnings.messages).to.deep.equal([]);
  } finally {
    warnings.restore();
  }
});

it('has a classic-script twin, and the full bundle after it defines the rest without a warning', async () => {
  const warnings = captureWarnings();
  try {
    document.body.innerHTML = `<haven-quick-exit placement="inline"></haven-quick-exit><haven-stage-table></haven-stage-table>`;
    await classic('/dist/cdn/haven-quick-exit.iife.js');
    const exit = document.querySelector('haven-quick-exit')!;
    await exit.updateComplete;
    expect(exit.shadowRoot!.querySelector('button')).to.exist;
    expect(customElements.get('haven-stage-table')).to.be.undefined;
    await import('/dist/cdn/haven-widgets.js' as string);
    const table = document.querySelector('haven-stage-table')!;
    await table.updateComplete;
    expect(table.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(3);
    expect(errors).to.deep.equal([]);
    expect(warnings.messages).to.deep.equal([]);
  } finally {
    warnings.restore();
  }
});
