import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/empathy-prompts/index.js';
import '../src/components/provider/index.js';
import type { HavenEmpathyPrompts, HavenPromptDetail } from '../src/components/empathy-prompts/index.js';
import type { HavenProvider } from '../src/components/provider/index.js';
import { empathyPrompts as english } from '../src/locales/en/empathy-prompts.js';
import { captureWarnings, collect, deepActiveElement } from './helpers.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const tabs = (el: HavenEmpathyPrompts) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
const tabNames = (el: HavenEmpathyPrompts) => tabs(el).map((t) => t.textContent!.trim());
const promptText = (el: HavenEmpathyPrompts) => $(el, '[part="prompt"]')!.textContent!.replace(/\s+/g, ' ').trim();
const button = (el: HavenEmpathyPrompts, part: string) => $<HTMLButtonElement>(el, `[part="${part}"]`)!;
const live = (el: HavenEmpathyPrompts) => $(el, '[role="status"]')!.textContent!.trim();
const settle = () => new Promise((r) => setTimeout(r, 150)); // the Announcer speaks after 100 ms
const listItems = (el: HavenEmpathyPrompts) => [...el.shadowRoot!.querySelectorAll('[part="list"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

/** Replaces navigator.clipboard for one test; `restore` puts the engine's back. */
function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
  return () => delete (navigator as unknown as { clipboard?: unknown }).clipboard;
}

let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => (warnings = captureWarnings()));
afterEach(() => warnings.restore());

describe('<haven-empathy-prompts> defaults and semantics', () => {
  it('renders four tabs (WAI-ARIA tabs), one selected, and one built-in prompt in its panel', async () => {
    const el = await fixture<HavenEmpathyPrompts>(html`<haven-empathy-prompts seed="t"></haven-empathy-prompts>`);
    const tablist = $(el, '[role="tablist"]')!;
    expect(tablist.getAttribute('aria-label')).to.equal('Kind of prompt');
    expect(tabNames(el)).to.deep.equal(['Reflect', 'Ask', 'Validate', 'Boundaries']);
    expect(tabs(el).map((t) => t.getAttribute('aria-selected'))).to.deep.equal(['true', 'false', 'false', 'false']);
    expect(tabs(el).map((t) => t.tabIndex)).to.deep.equal([0, -1, -1, -1]);
    const panel = $(el, '[role="tabpanel"]')!;
    expect(panel.getAttribute('aria-labelledby')).to.equal(tabs(el)[0]!.id);
    expect(tabs(el)[0]!.getAttribute('aria-controls')).to.equal(panel.id);
    expect(english.prompts.reflect.map((p) => p.replace('___', `___${english.blank}`))).to.include(promptText(el));
    expect(el.currentPrompt.category).to.equal('reflect');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('is accessible: first view, another category, a blank filled, the list shown, the copy field (axe)', async () => {
    const el = await fixture<HavenEmpathyPrompts>(html`<haven-empathy-prompts .prompts=${[
      { category: 'reflect', text: "It sounds like you're feeling ___." },
      { category: 'ask', text: 'What helps?' },
      { category: 'ask', text: 'What else?' },
    ]}></haven-empathy-prompts>`);
    await expect(el).to.be.accessible();
    const select = $<HTMLSelectElement>(el, 'select')!;
    select.value = 'hurt';
    select.dispatchEvent(new Event('change'));
    button(el, 'show-all').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    tabs(el)[1]!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    button(el, 'copy').click(); // no user gesture: both engines refuse, the field appears
    await settle();
    expect($(el, 'textarea')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('is accessible in the dark theme and right to left', async () => {
    const el = await fixture<HavenEmpathyPrompts>(html`<haven-empathy-prompts theme="dark" locale="ar"></haven-empathy-prompts>`);
    expect($(el, '.root')!.classList.contains('theme-dark')).to.be.true;
    expect($(el, '.root')!.getAttribute('dir')).to.equal('rtl');
    await expect(el).to.be.accessible();
  });

  it('reads a blank as "(a feeling word)", not underscores nor "blank", and keeps touch targets at least 44 px tall', async () => {
    const el = await fixture<HavenEmpathyPrompts>(html`<haven-empathy-prompts .prompts=${[{ category: 'reflect', text: 'You feel ___ today.' }]}></haven-empathy-prompts>`);
    const blank = $(el, '[part="blank"]')!;
    expect(blank.querySelector('[aria-hidden="true"]')!.textContent).to.equal('___');
    expect(blank.querySelector('.visually-hidden')!.textContent).to.equal('(a feeling word)');
    for (const b of el.shadowRoot!.querySelectorAll('button, select')) {
      expect(b.getBoundingClientRect().height).to.be.at.least(44);
    }
  });
});

describe('<haven-empathy-prompts> keyboard', () => {
  it('moves between tabs with arrows (wrapping), Home and End, selecting as it goes; Tab enters the panel', async () => {
    const el = await fixture<HavenEmpathyPrompts>(html`<haven-empathy-prompts seed="k"></haven-empathy-prompts>`);
    const events = collect<HavenPromptDetail>(el, 'haven-prompt');
    const t = tabs(el);
    t[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(deepActiveElement()).to.equal(t[1]);
    expect(t[1]!.getAttribute('aria-selected')).to.equal('true');
    expect(t[1]!.tabIndex).to.equal(0);
    expect(t[0]!.tabIndex).to.equal(-1);
    expect(english.prompts.ask).to.include(promptText(el));
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    expect(deepActiveElement()).to.equal(t[3]);
    await sendKeys({ press: 'Home' });
    expect(deepActiveElement()).to.equal(t[0]);
    await sendKeys({ press: 'End' });
    expect(deepActiveElement()).to.equal(t[3]);
    expect(el.category).to.equal('boundaries');
    expect(events.map((e) => e.category)).to.deep.equal(['ask', 'reflect', 'boundaries', 'reflect', 'boundaries']);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(button(el, 'another'));
  });

  it('mirrors the arrows right to left', async () => {
    const el = await fixture<HavenEmpathyPrompts>(html`<div dir="rtl"><haven-empathy-prompts></haven-empathy-prompts></div>`).then((d) => d.firstElementChild as HavenEmpathyPrompts);
    await el.updateComplete;
    const t = tabs(el);
    t[0]!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(deepActiveElement()).to.equal(t[1]);
    await sendKeys({ press: 'ArrowRight' });
    expect(deepActiveElement()).to.equal(t[0]);
  });

  it('shows another prompt on Enter, announcing it, and goes through the whole category before any repeats', async () => {
    const el = await fixture<HavenEmpathyPrompts>(html`<haven-empathy-prompts seed="r" category="ask"></haven-empathy-prompts>`);
    const events = collect<HavenPromptDetail>(el, 'haven-prompt');
    const seen = [promptText(el)];
    button(el, 'another').focus();
    for (let i = 1; i < 12; i++) {
      await sendKeys({ press: i % 2 ? 'Enter' : ' ' });
      await el.updateComplete;
      seen.push(promptText(el));
    }
    expect([...seen].sort()).to.deep.equal([...english.prompts.ask].sort());
    expect(events).to.have.length(11);
    expect(events[10]).to.deep.equal({ category: 'ask', text: seen[11] });
    await settle();
    expect(live(el)).to.equal(seen[11]);
    expect(deepActiveElement()).to.equal(button(el, 'another'));
  });

  it('says a blank as "(a feeling word)", not as underscores nor as "blank" (heard as numb)', async () => {
    const prompts = [
      { category: 'reflect', text: 'You sound tired.' },
      { category: 'reflect', text: "It sounds like you're feeling ___." },
    ];
    const el = await fixture<HavenEmpathyPrompts>(html`<haven-empathy-prompts .prompts=${prompts}></haven-empathy-prompts>`);
    for (let i = 0; i < 2; i++) {
      button(el, 'another').click();
      await el.updateComplete;
      await settle();
      if (el.currentPrompt.text.includes('___')) break;
    }
    expect(el.currentPrompt.text).to.contain('___');
    expect(live(el)).to.equal("It sounds like you're feeling (a feeling word).");
  });

  it('shows and hides the whole list with Show all (a disclosure)', async () => {
    const el = await fixture<HavenEmpathyPrompts>(html`<haven-empathy-prompts category="validate"></haven-empathy-prompts>`);
    const toggle = button(el, 'show-all');
    const list = $(el, '[part="list"]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal(list.id);
    expect(list.hidden).to.be.true;
    expect(toggle.textContent!.trim()).to.equal('Show all');
    expect(list.children).to.have.length(0); // rendered only when shown: a huge list costs nothing until then
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle.textContent!.trim()).to.equal('Hide all');
    expect(list.hidden).to.be.false;
    expect(listItems(el)).to.deep.equal(english.prompts.validate.map((p) => p.replace('___', `___${english.blank}`)));
    tabs(el)[0]!.click();
    await el.updateComplete;
    expect(listItems(el)).to.have.length(english.prompts.reflect.length);
    toggle.click();
    await el.updateComplete;
    expect(list.hidden).to.be.true;
  });
});

describe('<haven-empathy-prompts> seed and events', () => {
  it('shows the same prompts in the same order under the same seed', async () => {
    const run = async () => {
      const el = await fixture<HavenEmpathyPrompts>(html`<haven-empathy-prompts seed="same"></haven-empathy-prompts>`);
      const out = [promptText(el)];
      for (let i = 0; i < 5; i++) {
        button(el, 'another').click();
        await el.updateComplete;
        out.push(promptText(el));
      }
      return out;
    };
    const first = await run();
    expect(await run()).to.deep.equal(first);
    expect(new Set(first).size).to.equal(6);
  });

  it('fires haven-prompt for a click on a tab, and none for changes the page makes', async () => {
    const el = await fixture<HavenEmpathyPrompts>(html`<haven-empathy-prompts seed="e"></haven-empathy-prompts>`);
    const events = collect<HavenPromptDetail>(el, 'haven-prompt');
    el.category = 'boundaries';
    el.seed = 'other';
    el.prompts = [{ category: 'ask', text: 'A?' }, { category: 'boundaries', text: 'B.' }];
    await el.updateComplete;
    expect(events).to.deep.equal([]);
    expect(promptText(el)).to.equal('B.');
    setTimeout(() => tabs(el)[0]!.click());
    const event = await oneEvent(el, 'haven-prompt');
    expect(event.detail).to.deep.equal({ category: 'ask', text: 'A?' });
    expect(event.bubbles && event.composed).to.be.true;
    tabs(el)[0]!.click(); // the tab already shown: nothing new
    await el.updateComplete;
    expect(events).to.have.length(1);
  });

  it('hides Another when a category has a single prompt', async () => {
    const el = await fixture<HavenEmpathyPrompts>(html`<haven-empathy-prompts .prompts=${[{ category: 'ask', text: 'Only one?' }]}></haven-empathy-prompts>`);
    expect($(el, '[part="another"]')).to.be.null;
    expect(button(el, 'copy')).to.exist;
  });
});

describe('<haven-empathy-prompts> feeling words', () => {
  it('offers the feeling words for a prompt with a blank, fills it, and keeps the word for the next', async () => {
    const el = await fixture<HavenEmpathyPrompts>(html`<haven-empathy-prompts .prompts=${[
      { category: 'reflect', text: "It sounds like you're feeling ___." },
      { category: 'reflect', text: 'You felt ___ then.' },
      { category: 'reflect', text: 'No blank here.' },
    ]} seed="w"></haven-empathy-prompts>`);
    while (!promptText(el).includes('feeling')) {
      button(el, 'another').click();
      await el.updateComplete;
    }
    const select = $<HTMLSelectElement>(el, 'select')!;
    expect(select.closest('label')!.textContent).to.contain('Feeling word');
    expect([...select.options].map((o) => o.text)).to.deep.equal(['Leave blank', ...english.feelings]);
    select.focus();
    await sendKeys({ press: 'ArrowDown' }); // a closed select changes on arrow keys in both engines
    await el.updateComplete;
    expect(select.value).to.equal('overwhelmed');
    expect(promptText(el)).to.equal("It sounds like you're feeling overwhelmed.");
    expect(el.currentPrompt.text).to.equal("It sounds like you're feeling overwhelmed.");
    expect($(el, '[part="word"]')!.textContent).to.equal('overwhelmed');
    // Another prompt: the words chooser goes with a prompt that has no blank, and comes back.
    const texts = new Set<string>();
    for (let i = 0; i < 3; i++) {
      button(el, 'another').click();
      await el.updateComplete;
      texts.add(promptText(el));
      expect(!!$(el, 'select')).to.equal(!promptText(el).startsWith('No blank'));
    }
    expect(texts).to.include('You felt overwhelmed then.');
    expect(texts).to.include('No blank here.');
  });
});

describe('<haven-empathy-prompts> copy', () => {
  let restore: (() => unknown) | undefined;
  afterEach(() => {
    restore?.();
    restore = undefined;
    delete (document as unknown as { execCommand?: unknown }).execCommand;
  });

  it('copies the filled sentence with the Clipboard API, announces "Copied" and fires haven-copy', async () => {
    const written: string[] = [];
    restore = stubClipboard(async (text) => void written.push(text));
    const el = await fixture<HavenEmpathyPrompts>(html`<haven-empathy-prompts .prompts=${[{ category: 'validate', text: 'It makes sense that you feel ___.' }]}></haven-empathy-prompts>`);
    const select = $<HTMLSelectElement>(el, 'select')!;
    select.value = 'alone';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    setTimeout(() => button(el, 'copy').click());
    const event = await oneEvent(el, 'haven-copy');
    expect(written).to.deep.equal(['It makes sense that you feel alone.']);
    expect(event.detail).to.deep.equal({ category: 'validate', text: 'It makes sense that you feel alone.' });
    await settle();
    expect(live(el)).to.equal('Copied');
    expect($(el, 'textarea')).to.be.null;
  });

  it('falls back to a selected read-only field when the Clipboard API refuses, and copies from it where it can', async () => {
    restore = stubClipboard(() => Promise.reject(new DOMException('no', 'NotAllowedError')));
    document.execCommand = () => true;
    const el = await fixture<HavenEmpathyPrompts>(html`<haven-empathy-prompts .prompts=${[{ category: 'ask', text: 'What helps?' }]}></haven-empathy-prompts>`);
    const events = collect<HavenPromptDetail>(el, 'haven-copy');
    button(el, 'copy').click();
    await settle();
    expect(events).to.deep.equal([{ category: 'ask', text: 'What helps?' }]);
    expect(live(el)).to.equal('Copied');
    expect($(el, 'textarea')).to.be.null; // copied: the field goes away and focus returns to Copy
    expect(deepActiveElement()).to.equal(button(el, 'copy'));
  });

  it('leaves the text selected in a labelled field, and says so, when no way of copying works', async () => {
    restore = stubClipboard(() => Promise.reject(new DOMException('no', 'NotAllowedError')));
    document.execCommand = () => false;
    const el = await fixture<HavenEmpathyPrompts>(html`<haven-empathy-prompts .prompts=${[{ category: 'ask', text: 'What helps?' }]}></haven-empathy-prompts>`);
    const events = collect(el, 'haven-copy');
    button(el, 'copy').click();
    await settle();
    const field = $<HTMLTextAreaElement>(el, 'textarea')!;
    expect(field.readOnly).to.be.true;
    expect(field.value).to.equal('What helps?');
    expect(field.closest('label')!.textContent).to.contain('Select and copy this text');
    expect(deepActiveElement()).to.equal(field);
    expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, 'What helps?'.length]);
    // Wait for the announcement, as a listener would: a busy WebKit made it after settle() once.
    await waitUntil(() => live(el) === 'Select and copy this text', 'the field is announced');
    expect(events).to.deep.equal([]);
  });

  it('copies without a Clipboard API at all (an insecure page)', async () => {
    restore = () => delete (navigator as unknown as { clipboard?: unknown }).clipboard;
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
    document.execCommand = () => true;
    const el = await fixture<HavenEmpathyPrompts>(html`<haven-empathy-prompts></haven-empathy-prompts>`);
    const events = collect(el, 'haven-copy');
    button(el, 'copy').click();
    await settle();
    expect(events).to.have.length(1);
  });
});

describe('<haven-empathy-prompts> content sources', () => {
  it('takes the prompts property first, showing only the categories that have prompts', async () => {
    const el = await fixture<HavenEmpathyPrompts>(html`<haven-empathy-prompts .prompts=${[
      { category: 'ask', text: 'From property?' },
      { category: 'validate', text: 'Valid.' },
    ]}>
      <script type="application/json">[{"category":"ask","text":"From JSON?"}]</script>
    </haven-empathy-prompts>`);
    expect(tabNames(el)).to.deep.equal(['Ask', 'Validate']);
    expect(promptText(el)).to.equal('From property?');
  });

  it('reads a child JSON script', async () => {
    const el = await fixture<HavenEmpathyPrompts>(html`<haven-empathy-prompts>
      <script type="application/json">[{"category":"boundaries","text":"I need a pause."},{"category":"boundaries","text":"Not today."}]</script>
      <ul data-category="ask"><li>From the list?</li></ul>
    </haven-empathy-prompts>`);
    // One category: no tabs, a plain panel.
    expect($(el, '[role="tablist"]')).to.be.null;
    expect($(el, '[part="panel"]')!.hasAttribute('role')).to.be.false;
    expect(['I need a pause.', 'Not today.']).to.include(promptText(el));
    await expect(el).to.be.accessible();
  });

  it('enhances <ul data-category> lists, which stay in the light DOM, readable without the script', async () => {
    const el = await fixture<HavenEmpathyPrompts>(html`<haven-empathy-prompts>
      <h3>Questions to ask</h3>
      <ul data-category="ask"><li>What was that like?</li><li>What helps?</li></ul>
      <ul data-category="reflect"><li>That sounds hard.</li></ul>
    </haven-empathy-prompts>`);
    expect(tabNames(el)).to.deep.equal(['Reflect', 'Ask']);
    expect(promptText(el)).to.equal('That sounds hard.');
    tabs(el)[1]!.click();
    button(el, 'show-all').click();
    await el.updateComplete;
    expect(listItems(el)).to.deep.equal(['What was that like?', 'What helps?']);
    expect(el.querySelectorAll('li')).to.have.length(3);
  });

  it('reads lists that arrive after upgrade', async () => {
    const el = await fixture<HavenEmpathyPrompts>(html`<haven-empathy-prompts></haven-empathy-prompts>`);
    expect(tabs(el)).to.have.length(4);
    el.innerHTML = '<ul data-category="validate"><li>Late, and welcome.</li></ul>';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(promptText(el)).to.equal('Late, and welcome.');
  });

  it('takes content, renamed categories and strings from a provider', async () => {
    const provider = await fixture<HavenProvider>(html`<haven-provider
      .content=${{ empathyPrompts: [{ category: 'ask', text: 'Provided?' }, { category: 'reflect', text: 'Provided.' }] }}
      .strings=${{ empathyPrompts: { ask: 'Questions', another: 'Next one' } }}
    >
      <haven-empathy-prompts></haven-empathy-prompts>
    </haven-provider>`);
    const el = provider.querySelector('haven-empathy-prompts')!;
    await el.updateComplete;
    expect(tabNames(el)).to.deep.equal(['Reflect', 'Questions']);
    expect(promptText(el)).to.equal('Provided.');
  });

  it('uses the provider strings for the built-in prompts and the feeling words', async () => {
    const provider = await fixture<HavenProvider>(html`<haven-provider
      .strings=${{ empathyPrompts: { prompts: { reflect: ['You feel ___.'] }, feelings: ['tender'], another: 'Next one' } }}
    >
      <haven-empathy-prompts></haven-empathy-prompts>
    </haven-provider>`);
    const el = provider.querySelector('haven-empathy-prompts')!;
    await el.updateComplete;
    expect(tabs(el)).to.have.length(0);
    expect([...$<HTMLSelectElement>(el, 'select')!.options].map((o) => o.text)).to.deep.equal(['Leave blank', 'tender']);
  });

  it('hides and orders categories with the categories attribute', async () => {
    const el = await fixture<HavenEmpathyPrompts>(html`<haven-empathy-prompts categories="boundaries, ask"></haven-empathy-prompts>`);
    expect(tabNames(el)).to.deep.equal(['Boundaries', 'Ask']);
    expect(el.currentPrompt.category).to.equal('boundaries');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('opens on the category given', async () => {
    const el = await fixture<HavenEmpathyPrompts>(html`<haven-empathy-prompts category="validate"></haven-empathy-prompts>`);
    expect(tabs(el)[2]!.getAttribute('aria-selected')).to.equal('true');
    expect(english.prompts.validate.map((p) => p.replace('___', `___${english.blank}`))).to.include(promptText(el));
  });
});

describe('<haven-empathy-prompts> bad input', () => {
  it('warns once about malformed JSON, naming the element, and falls back to the lists', async () => {
    const el = await fixture<HavenEmpathyPrompts>(html`<haven-empathy-prompts>
      <script type="application/json">[{"category": oops}]</script>
      <ul data-category="ask"><li>Fallback?</li></ul>
    </haven-empathy-prompts>`);
    expect(promptText(el)).to.equal('Fallback?');
    el.requestUpdate();
    await el.updateComplete;
    const json = warnings.messages.filter((m) => m.includes('not valid JSON'));
    expect(json).to.have.length(1);
    expect(json[0]).to.contain('<haven-empathy-prompts> <script type="application/json">');
  });

  it('leaves out bad prompts, naming each, and renders the rest', async () => {
    const el = await fixture<HavenEmpathyPrompts>(html`<haven-empathy-prompts .prompts=${[
      { category: 'ask', text: 'Good?' },
      { category: 'asking', text: 'Typo' },
      { category: 'ask' },
      'junk',
    ] as never}></haven-empathy-prompts>`);
    expect(promptText(el)).to.equal('Good?');
    expect(warnings.messages.some((m) => m.includes('<haven-empathy-prompts> prompts[1]: category "asking"'))).to.be.true;
    expect(warnings.messages.some((m) => m.includes('prompts[2]: has no text'))).to.be.true;
    expect(warnings.messages.some((m) => m.includes('prompts[3]: has no text'))).to.be.true;
  });

  it('shows the built-in prompts when every given prompt is bad, never a blank widget', async () => {
    const el = await fixture<HavenEmpathyPrompts>(html`<haven-empathy-prompts .prompts=${'nonsense' as never}></haven-empathy-prompts>`);
    expect(tabs(el)).to.have.length(4);
    expect(warnings.messages.some((m) => m.includes('<haven-empathy-prompts> prompts: must be an array'))).to.be.true;
  });

  it('warns about unknown categories and an unknown category, and shows what it can', async () => {
    const el = await fixture<HavenEmpathyPrompts>(html`<haven-empathy-prompts categories="ask feelings" category="fix"></haven-empathy-prompts>`);
    expect(tabs(el)).to.have.length(0); // one category left: no tabs
    expect(el.currentPrompt.category).to.equal('ask');
    el.requestUpdate();
    await el.updateComplete;
    expect(warnings.messages.filter((m) => m.includes('<haven-empathy-prompts> categories: "feelings"'))).to.have.length(1);
    expect(warnings.messages.filter((m) => m.includes('<haven-empathy-prompts> category: "fix"'))).to.have.length(1);
  });

  it('shows the categories that have prompts when those asked for have none', async () => {
    const el = await fixture<HavenEmpathyPrompts>(html`<haven-empathy-prompts categories="ask" .prompts=${[{ category: 'reflect', text: 'R.' }]}></haven-empathy-prompts>`);
    expect(promptText(el)).to.equal('R.');
    expect(warnings.messages.some((m) => m.includes('<haven-empathy-prompts> categories: has no prompts'))).to.be.true;
  });

  it('warns about an unknown list category and an attribute it does not know', async () => {
    const el = await fixture<HavenEmpathyPrompts>(html`<haven-empathy-prompts sead="x">
      <ul data-category="jokes"><li>No.</li></ul><ul data-category="ask"><li>Yes?</li></ul>
    </haven-empathy-prompts>`);
    expect(promptText(el)).to.equal('Yes?');
    expect(warnings.messages.some((m) => m.includes('<haven-empathy-prompts> <ul data-category="jokes">'))).to.be.true;
    expect(warnings.messages.some((m) => m.includes('<haven-empathy-prompts> sead'))).to.be.true;
  });

  it('renders hostile HTML in prompts, words and category names as text', async () => {
    (window as unknown as { pwned?: boolean }).pwned = false;
    const payload = '<img src=x onerror="window.pwned=true"><script>window.pwned=true</script>';
    const provider = await fixture<HavenProvider>(html`<haven-provider .strings=${{ empathyPrompts: { ask: payload, feelings: [payload] } }}>
      <haven-empathy-prompts .prompts=${[{ category: 'ask', text: `${payload} ___` }, { category: 'reflect', text: payload }]}></haven-empathy-prompts>
    </haven-provider>`);
    const el = provider.querySelector('haven-empathy-prompts')!;
    await el.updateComplete;
    tabs(el)[1]!.click();
    await el.updateComplete;
    const select = $<HTMLSelectElement>(el, 'select')!;
    select.selectedIndex = 1;
    select.dispatchEvent(new Event('change'));
    button(el, 'show-all').click();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(el.shadowRoot!.querySelector('img, script')).to.be.null;
    expect(tabNames(el)[1]).to.equal(payload);
    expect(promptText(el)).to.equal(`${payload} ${payload}`);
    expect((window as unknown as { pwned?: boolean }).pwned).to.be.false;
  });

  it('reads a blank as what goes there in all six languages, while it shows as ___', async () => {
    // Last in this file: a loaded locale stays for the page.
    await Promise.all([import('../src/locales/es.js'), import('../src/locales/fr.js'), import('../src/locales/de.js'), import('../src/locales/pt.js'), import('../src/locales/ar.js')]);
    const expected: Record<string, string> = {
      en: '(a feeling word)',
      es: '(un sentimiento)',
      fr: '(un mot de ressenti)',
      de: '(ein Gefühlswort)',
      pt: '(um sentimento)',
      ar: '(كلمة شعور)',
    };
    const read: Record<string, string> = {};
    for (const locale of Object.keys(expected)) {
      const el = await fixture<HavenEmpathyPrompts>(html`<haven-empathy-prompts locale=${locale} .prompts=${[{ category: 'reflect', text: 'A ___.' }]}></haven-empathy-prompts>`);
      const blank = $(el, '[part="blank"]')!;
      expect(blank.querySelector('[aria-hidden="true"]')!.textContent, locale).to.equal('___');
      read[locale] = blank.querySelector('.visually-hidden')!.textContent!;
    }
    expect(read).to.deep.equal(expected);
  });

  it('stores nothing and requests nothing', async () => {
    const before = [localStorage.length, sessionStorage.length, document.cookie];
    const resources = performance.getEntriesByType('resource').length;
    const undo = stubClipboard(async () => undefined);
    const el = await fixture<HavenEmpathyPrompts>(html`<haven-empathy-prompts></haven-empathy-prompts>`);
    button(el, 'another').click();
    tabs(el)[1]!.click();
    button(el, 'show-all').click();
    button(el, 'copy').click();
    await settle();
    undo();
    expect([localStorage.length, sessionStorage.length, document.cookie]).to.deep.equal(before);
    expect(performance.getEntriesByType('resource').length).to.equal(resources);
  });
});
