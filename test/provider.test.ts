import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { HavenEmpathyPrompts, HavenFaq, HavenProvider } from '../src/index.js';
import { captureWarnings } from './helpers.js';

const questions = (el: HavenFaq) => [...el.shadowRoot!.querySelectorAll('button.question')].map((b) => b.textContent!.trim());
const toggleAllText = (el: HavenFaq) => el.shadowRoot!.querySelector('[part="toggle-all"]')!.textContent!.trim();
const root = (el: HavenFaq) => el.shadowRoot!.querySelector('.root')!;

let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => (warnings = captureWarnings()));
afterEach(() => warnings.restore());

describe('<haven-provider>', () => {
  it('shares content, strings and theme with the widgets inside', async () => {
    const provider = await fixture<HavenProvider>(html`<haven-provider
      theme="dark"
      .strings=${{ faq: { showAll: 'Open everything' } }}
      .content=${{ faq: [{ question: 'Shared?', answer: 'Yes' }, { question: 'Two?', answer: 'Yes' }] }}
    ><haven-faq></haven-faq></haven-provider>`);
    const faq = provider.querySelector('haven-faq')!;
    await faq.updateComplete;
    expect(questions(faq)).to.deep.equal(['Shared?', 'Two?']);
    expect(toggleAllText(faq)).to.equal('Open everything');
    expect(root(faq).classList.contains('theme-dark')).to.be.true;
  });

  it('takes its config from a child JSON script, as a CMS page would write it', async () => {
    const provider = await fixture<HavenProvider>(html`<haven-provider>
      <script type="application/json">{"theme":"light","strings":{"faq":{"hideAll":"Close all"}},"content":{"faq":[{"question":"From JSON?","answer":"Yes"}]}}</script>
      <haven-faq></haven-faq>
    </haven-provider>`);
    const faq = provider.querySelector('haven-faq')!;
    await faq.updateComplete;
    expect(questions(faq)).to.deep.equal(['From JSON?']);
    expect(root(faq).classList.contains('theme-light')).to.be.true;
  });

  it('updates every widget when its values change after render', async () => {
    const provider = await fixture<HavenProvider>(html`<haven-provider><haven-faq></haven-faq><haven-faq></haven-faq></haven-provider>`);
    const faqs = [...provider.querySelectorAll('haven-faq')];
    await Promise.all(faqs.map((f) => f.updateComplete));
    expect(toggleAllText(faqs[0]!)).to.equal('Show all answers');
    provider.strings = { faq: { showAll: 'Everything' } };
    provider.theme = 'dark';
    await provider.updateComplete;
    await Promise.all(faqs.map((f) => f.updateComplete));
    for (const faq of faqs) {
      expect(toggleAllText(faq)).to.equal('Everything');
      expect(root(faq).classList.contains('theme-dark')).to.be.true;
    }
  });

  it("lets a widget's own attributes and content win over the provider", async () => {
    const provider = await fixture<HavenProvider>(html`<haven-provider theme="dark" .content=${{ faq: [{ question: 'Shared?', answer: 'Yes' }] }}>
      <haven-faq theme="light"><details><summary>Own?</summary>Yes</details></haven-faq>
    </haven-provider>`);
    const faq = provider.querySelector('haven-faq')!;
    await faq.updateComplete;
    expect(questions(faq)).to.deep.equal(['Own?']);
    expect(root(faq).classList.contains('theme-light')).to.be.true;
  });

  it('ignores override values of the wrong type, keeping English', async () => {
    const provider = await fixture<HavenProvider>(html`<haven-provider .strings=${{ faq: { showAll: 42 } } as never}><haven-faq></haven-faq></haven-provider>`);
    const faq = provider.querySelector('haven-faq')!;
    await faq.updateComplete;
    expect(toggleAllText(faq)).to.equal('Show all answers');
  });

  it('warns about malformed JSON config and unknown keys, and still renders the widgets', async () => {
    const provider = await fixture<HavenProvider>(html`<haven-provider>
      <script type="application/json">{"thme":"dark"}</script><haven-faq></haven-faq>
    </haven-provider>`);
    const faq = provider.querySelector('haven-faq')!;
    await faq.updateComplete;
    expect(questions(faq)).to.have.length(5);
    expect(warnings.messages.some((m) => m.includes('<haven-provider>') && m.includes('thme'))).to.be.true;
    const bad = await fixture<HavenProvider>(html`<haven-provider><script type="application/json">{nope</script><haven-faq></haven-faq></haven-provider>`);
    await bad.querySelector('haven-faq')!.updateComplete;
    expect(warnings.messages.some((m) => m.includes('<haven-provider>') && m.includes('not valid JSON'))).to.be.true;
  });

  it('warns about a JSON config that is not an object, and a theme in JSON that is not one, and uses auto', async () => {
    const list = await fixture<HavenProvider>(html`<haven-provider><script type="application/json">[{"theme":"dark"}]</script><haven-faq></haven-faq></haven-provider>`);
    const faq = list.querySelector('haven-faq')!;
    await faq.updateComplete;
    expect(root(faq).classList.contains('theme-auto')).to.be.true;
    expect(warnings.messages).to.include('[haven-widgets] <haven-provider> <script type="application/json">: must be an object: { locale, theme, strings, content }; it is ignored.');
    const numbered = await fixture<HavenProvider>(html`<haven-provider><script type="application/json">{"theme":5,"locale":7}</script><haven-faq></haven-faq></haven-provider>`);
    const other = numbered.querySelector('haven-faq')!;
    await other.updateComplete;
    expect(root(other).classList.contains('theme-auto')).to.be.true;
    expect(other.resolvedLocale).to.equal('en');
    expect(warnings.messages).to.include('[haven-widgets] <haven-provider> theme: "5" is not light, dark or auto; it is ignored.');
  });

  it('names a misspelt attribute, as the widgets do', async () => {
    await fixture<HavenProvider>(html`<haven-provider locle="es" data-site="x"><haven-faq></haven-faq></haven-provider>`);
    expect(warnings.messages.filter((m) => m.includes('<haven-provider> locle: is not an attribute'))).to.have.length(1);
    expect(warnings.messages.some((m) => m.includes('data-site'))).to.be.false;
  });

  it('takes attributes frameworks and microdata add for what they are, not typos', async () => {
    const wrap = await fixture<HTMLElement>(html`<div></div>`);
    wrap.innerHTML = '<haven-provider _ngcontent-ng-c12="" ng-reflect-locale="es" itemprop="x" x-data="{}" :class="a" @click="b"><haven-faq _ngcontent-ng-c12="" v-cloak=""></haven-faq></haven-provider>';
    await wrap.querySelector('haven-faq')!.updateComplete;
    expect(warnings.messages.filter((m) => m.includes('is not an attribute'))).to.deep.equal([]);
  });

  it('warns about an unknown theme and uses auto', async () => {
    const provider = await fixture<HavenProvider>(html`<haven-provider theme="purple"><haven-faq></haven-faq></haven-provider>`);
    const faq = provider.querySelector('haven-faq')!;
    await faq.updateComplete;
    expect(root(faq).classList.contains('theme-auto')).to.be.true;
    expect(warnings.messages.some((m) => m.includes('<haven-provider> theme'))).to.be.true;
  });

  it("warns about a widget's own unknown theme and takes the provider's", async () => {
    const provider = await fixture<HavenProvider>(html`<haven-provider theme="dark"><haven-faq theme="purple"></haven-faq></haven-provider>`);
    const faq = provider.querySelector('haven-faq')!;
    await faq.updateComplete;
    expect(root(faq).classList.contains('theme-dark')).to.be.true;
    expect(warnings.messages).to.include('[haven-widgets] <haven-faq> theme: "purple" is not light, dark or auto; it is ignored.');
    expect(warnings.messages.filter((m) => m.includes('<haven-provider> theme'))).to.deep.equal([]);
  });

  it('sets dir="rtl" on a widget whose locale is right-to-left', async () => {
    const provider = await fixture<HavenProvider>(html`<haven-provider locale="ar"><haven-faq></haven-faq></haven-provider>`);
    const faq = provider.querySelector('haven-faq')!;
    await faq.updateComplete;
    expect(faq.resolvedLocale).to.equal('ar');
    expect(root(faq).getAttribute('dir')).to.equal('rtl');
  });

  it('lays out as if it were not there (display: contents)', async () => {
    const provider = await fixture<HavenProvider>(html`<haven-provider></haven-provider>`);
    expect(getComputedStyle(provider).display).to.equal('contents');
  });
});

describe('locale resolution without a provider', () => {
  it('follows the nearest lang attribute, and its own locale first', async () => {
    const wrap = await fixture<HTMLElement>(html`<div lang="fr"><haven-faq></haven-faq><haven-faq locale="de"></haven-faq></div>`);
    const [a, b] = [...wrap.querySelectorAll('haven-faq')];
    expect(a!.resolvedLocale).to.equal('fr');
    expect(b!.resolvedLocale).to.equal('de');
  });

  it("switches language when the page's lang changes, as a site's language switch does", async () => {
    await import('../src/locales/es.js');
    const { faq: es } = await import('../src/locales/es/faq.js');
    const wrap = await fixture<HTMLElement>(html`<div lang="en"><section><haven-faq></haven-faq></section></div>`);
    const faq = wrap.querySelector('haven-faq')!;
    expect(toggleAllText(faq)).to.equal('Show all answers');
    wrap.setAttribute('lang', 'es');
    await waitUntil(() => toggleAllText(faq) === es.showAll, 'the FAQ stayed in English');
    expect(questions(faq)[0]).to.equal(es.items[0]!.question);
    wrap.setAttribute('lang', 'en');
    await waitUntil(() => toggleAllText(faq) === 'Show all answers', 'the FAQ stayed in Spanish');
  });

  it('drops a feeling word chosen in the language the page has left', async () => {
    await import('../src/locales/es.js');
    const prompts = [{ category: 'reflect', text: 'It sounds like you feel ___.' }];
    const wrap = await fixture<HTMLElement>(html`<div lang="en"><haven-empathy-prompts .prompts=${prompts}></haven-empathy-prompts></div>`);
    const el = wrap.firstElementChild as HavenEmpathyPrompts;
    const select = el.shadowRoot!.querySelector('select')!;
    select.value = 'hurt';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.currentPrompt.text).to.equal('It sounds like you feel hurt.');
    wrap.setAttribute('lang', 'es');
    await waitUntil(() => el.shadowRoot!.querySelector('select option')!.textContent !== 'Leave blank', 'the prompts stayed in English');
    expect(el.currentPrompt.text).to.equal('It sounds like you feel ___.');
    expect(el.shadowRoot!.querySelector('select')!.value).to.equal('');
  });
});

describe('direction', () => {
  it('leaves direction to the page when no locale is set, even inside a provider', async () => {
    const wrap = await fixture<HTMLElement>(html`<div dir="rtl" lang="en"><haven-provider><haven-faq></haven-faq></haven-provider></div>`);
    const faq = wrap.querySelector('haven-faq')!;
    await faq.updateComplete;
    expect(root(faq).hasAttribute('dir')).to.be.false;
    expect(getComputedStyle(root(faq)).direction).to.equal('rtl');
  });
});
