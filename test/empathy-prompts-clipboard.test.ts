// The real Clipboard API, unstubbed, in each engine. In its own file so that the page has
// seen no user gesture when the first test runs: a key press grants "transient activation"
// for a few seconds, and the engines let a page write to the clipboard only inside it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/empathy-prompts/index.js';
import type { HavenEmpathyPrompts, HavenPromptDetail } from '../src/components/empathy-prompts/index.js';
import { collect, deepActiveElement } from './helpers.js';

const prompts = [{ category: 'ask' as const, text: 'What helps?' }];
const copyButton = (el: HavenEmpathyPrompts) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="copy"]')!;
const live = (el: HavenEmpathyPrompts) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();

describe('<haven-empathy-prompts> with the engine clipboard', () => {
  it('without a user gesture both engines refuse; the text is left selected in a field, and the visitor told', async () => {
    const el = await fixture<HavenEmpathyPrompts>(html`<haven-empathy-prompts .prompts=${prompts}></haven-empathy-prompts>`);
    const events = collect(el, 'haven-copy');
    copyButton(el).click(); // a script's click is no user gesture
    // The announcement comes 100 ms after the refusal: wait for it, not for a fixed time,
    // which a busy machine overran.
    await waitUntil(() => live(el), 'nothing was announced', { timeout: 3000 });
    const field = el.shadowRoot!.querySelector('textarea')!;
    expect(field).to.exist;
    expect(deepActiveElement()).to.equal(field);
    expect(field.value.slice(field.selectionStart!, field.selectionEnd!)).to.equal('What helps?');
    expect(live(el)).to.equal('Select and copy this text');
    expect(events).to.deep.equal([]);
  });

  it('with a real key press both engines copy: "Copied" is announced and haven-copy fires', async () => {
    const el = await fixture<HavenEmpathyPrompts>(html`<haven-empathy-prompts .prompts=${prompts}></haven-empathy-prompts>`);
    const events = collect<HavenPromptDetail>(el, 'haven-copy');
    copyButton(el).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => live(el), 'nothing was announced', { timeout: 3000 });
    expect(events).to.deep.equal([{ category: 'ask', text: 'What helps?' }]);
    expect(live(el)).to.equal('Copied');
    expect(el.shadowRoot!.querySelector('textarea')).to.be.null;
    expect(deepActiveElement()).to.equal(copyButton(el));
  });
});
