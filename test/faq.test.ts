import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/faq/index.js';
import type { HavenFaq, HavenToggleDetail } from '../src/components/faq/index.js';
import { faq as english } from '../src/locales/en/faq.js';
import { captureWarnings, collect, deepActiveElement, emulateFeatures, resetFeatures } from './helpers.js';

const questions = (el: HavenFaq) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.question')];
const panel = (el: HavenFaq, button: HTMLButtonElement) =>
  el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
const texts = (el: HavenFaq) => questions(el).map((b) => b.textContent!.trim());
const toggleAll = (el: HavenFaq) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle-all"]');

let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => (warnings = captureWarnings()));
afterEach(() => warnings.restore());

describe('<haven-faq> defaults and semantics', () => {
  it('renders the five built-in questions, closed, as accordion headers', async () => {
    const el = await fixture<HavenFaq>(html`<haven-faq></haven-faq>`);
    expect(texts(el)).to.deep.equal(english.items.map((i) => i.question));
    for (const button of questions(el)) {
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const heading = button.parentElement!;
      expect(heading.getAttribute('role')).to.equal('heading');
      expect(heading.getAttribute('aria-level')).to.equal('3');
      // A closed panel is no landmark: hidden="until-found" keeps the element in the
      // accessibility tree, so a region there would be an empty stop in the landmark list.
      const closed = panel(el, button);
      expect(closed.hasAttribute('role')).to.be.false;
      expect(closed.hasAttribute('hidden')).to.be.true;
    }
    questions(el)[1]!.click();
    await el.updateComplete;
    const region = panel(el, questions(el)[1]!);
    expect(region.getAttribute('role')).to.equal('region');
    expect(region.getAttribute('aria-labelledby')).to.equal(questions(el)[1]!.id);
    expect(el.shadowRoot!.querySelectorAll('[role="region"]')).to.have.length(1);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('is accessible closed, open, and all open (axe)', async () => {
    const el = await fixture<HavenFaq>(html`<haven-faq></haven-faq>`);
    await expect(el).to.be.accessible();
    questions(el)[0]!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    toggleAll(el)!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('paints every item of a short FAQ (no content-visibility skipping)', async () => {
    const el = await fixture<HavenFaq>(html`<haven-faq></haven-faq>`);
    expect(getComputedStyle(el.shadowRoot!.querySelector('.item')!).contentVisibility).to.equal('visible');
  });

  it('sets the heading level from heading-level', async () => {
    const el = await fixture<HavenFaq>(html`<haven-faq heading-level="2"></haven-faq>`);
    expect(questions(el)[0]!.parentElement!.getAttribute('aria-level')).to.equal('2');
  });

  it('uses the site page font and a calm theme class', async () => {
    const el = await fixture<HavenFaq>(html`<haven-faq theme="dark"></haven-faq>`);
    expect(el.shadowRoot!.querySelector('.root')!.classList.contains('theme-dark')).to.be.true;
  });
});

describe('<haven-faq> pointer and keyboard', () => {
  it('opens and closes on click, firing haven-toggle with id and open', async () => {
    const el = await fixture<HavenFaq>(html`<haven-faq></haven-faq>`);
    const button = questions(el)[1]!;
    setTimeout(() => button.click());
    const event = await oneEvent(el, 'haven-toggle');
    expect(event.detail).to.deep.equal({ id: 'peer-support-online', open: true });
    expect(event.bubbles && event.composed).to.be.true;
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(panel(el, button).hasAttribute('hidden')).to.be.false;
    expect(panel(el, button).textContent).to.contain('online forums');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(panel(el, button).hasAttribute('hidden')).to.be.true;
  });

  it('toggles with Enter and Space', async () => {
    const el = await fixture<HavenFaq>(html`<haven-faq></haven-faq>`);
    const button = questions(el)[0]!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: ' ' }); // ' ' rather than 'Space': Firefox's BiDi input knows only the former
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('moves focus with ArrowDown/ArrowUp (wrapping) and Home/End', async () => {
    const el = await fixture<HavenFaq>(html`<haven-faq></haven-faq>`);
    const buttons = questions(el);
    buttons[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActiveElement()).to.equal(buttons[1]);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(deepActiveElement()).to.equal(buttons[4]);
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActiveElement()).to.equal(buttons[0]);
    await sendKeys({ press: 'End' });
    expect(deepActiveElement()).to.equal(buttons[4]);
    await sendKeys({ press: 'Home' });
    expect(deepActiveElement()).to.equal(buttons[0]);
  });

  it('lets Tab pass through links inside an open answer', async () => {
    const el = await fixture<HavenFaq>(html`<haven-faq>
      <details open><summary>Where can I read more?</summary><p>See <a href="#more">our guide</a>.</p></details>
      <details><summary>Second?</summary><p>Yes.</p></details>
    </haven-faq>`);
    const [first, second] = questions(el);
    first!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.textContent).to.equal('our guide');
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(second);
  });

  it('keeps one answer open with single, and hides Show all', async () => {
    const el = await fixture<HavenFaq>(html`<haven-faq single></haven-faq>`);
    const events = collect<HavenToggleDetail>(el, 'haven-toggle');
    expect(toggleAll(el)).to.be.null;
    const [a, b] = questions(el);
    a!.click();
    await el.updateComplete;
    b!.click();
    await el.updateComplete;
    expect(a!.getAttribute('aria-expanded')).to.equal('false');
    expect(b!.getAttribute('aria-expanded')).to.equal('true');
    expect(events).to.deep.equal([
      { id: 'healing-signs', open: true },
      { id: 'peer-support-online', open: true },
      { id: 'healing-signs', open: false },
    ]);
  });

  it('shows all and hides all, naming what it will do', async () => {
    const el = await fixture<HavenFaq>(html`<haven-faq></haven-faq>`);
    const events = collect<HavenToggleDetail>(el, 'haven-toggle');
    const control = toggleAll(el)!;
    expect(control.textContent!.trim()).to.equal('Show all answers');
    expect(control.getAttribute('aria-expanded')).to.equal('false');
    control.click();
    await el.updateComplete;
    expect(questions(el).every((b) => b.getAttribute('aria-expanded') === 'true')).to.be.true;
    expect(control.textContent!.trim()).to.equal('Hide all answers');
    expect(control.getAttribute('aria-expanded')).to.equal('true');
    expect(events).to.have.length(5);
    control.click();
    await el.updateComplete;
    expect(questions(el).every((b) => b.getAttribute('aria-expanded') === 'false')).to.be.true;
  });

  it('fires no event when the page sets items', async () => {
    const el = await fixture<HavenFaq>(html`<haven-faq></haven-faq>`);
    const events = collect(el, 'haven-toggle');
    el.items = [{ question: 'Q', answer: 'A', open: true }];
    await el.updateComplete;
    expect(questions(el)[0]!.getAttribute('aria-expanded')).to.equal('true');
    expect(events).to.deep.equal([]);
  });
});

describe('<haven-faq> links and find-in-page', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('opens and scrolls to the item named by the URL hash on load', async () => {
    history.replaceState(null, '', '#boundaries');
    const el = await fixture<HavenFaq>(html`<haven-faq></haven-faq>`);
    await el.updateComplete;
    await el.updateComplete;
    const button = questions(el)[3]!;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(questions(el).filter((b) => b.getAttribute('aria-expanded') === 'true')).to.have.length(1);
  });

  it('opens, fires and focuses the item on hashchange', async () => {
    const el = await fixture<HavenFaq>(html`<haven-faq></haven-faq>`);
    const toggled = oneEvent(el, 'haven-toggle');
    location.hash = 'feeling-overwhelmed';
    expect((await toggled).detail).to.deep.equal({ id: 'feeling-overwhelmed', open: true });
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
    expect(deepActiveElement()).to.equal(questions(el)[4]);
  });

  it('keeps closed answers findable: hidden="until-found" where the engine has it, and beforematch opens', async () => {
    const el = await fixture<HavenFaq>(html`<haven-faq></haven-faq>`);
    const button = questions(el)[2]!;
    const region = panel(el, button);
    expect(region.getAttribute('hidden')).to.equal('until-found');
    // Both engines under test know until-found (Chromium, and Firefox since 139; ESR 153 here):
    // the property reflects it and beforematch exists. Engines without it treat the attribute
    // as plain hidden, and the answer simply stays closed.
    expect('onbeforematch' in document.body).to.be.true;
    expect(region.hidden).to.equal('until-found' as unknown as boolean);
    // Find-in-page cannot be driven from a test; this is the event it fires, which bubbles
    // in both engines (as the HTML standard says), so the widget may listen on the list.
    setTimeout(() => region.dispatchEvent(new Event('beforematch', { bubbles: true })));
    const event = await oneEvent(el, 'haven-toggle');
    expect(event.detail).to.deep.equal({ id: 'sharing-your-story', open: true });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
  });

  it('ignores clicks and beforematch from an answer’s own markup, even with the widget’s class names', async () => {
    // A page builder's or an old FAQ plugin's markup, copied into the answer as the site wrote it.
    const el = await fixture<HavenFaq>(html`<haven-faq>
      <details id="first"><summary>First?</summary>One.</details>
      <details id="second" open><summary>Second?</summary>
        <div class="item"><div class="heading"><button class="question" id="q0">Look-alike</button></div>
        <div class="answer" id="a0">Inner</div></div>
      </details>
    </haven-faq>`);
    const toggles = collect<HavenToggleDetail>(el, 'haven-toggle');
    const inner = el.shadowRoot!.querySelector<HTMLButtonElement>('.answer-body button.question')!;
    expect(inner.textContent).to.equal('Look-alike');
    inner.click();
    el.shadowRoot!.querySelector('.answer-body .answer')!.dispatchEvent(new Event('beforematch', { bubbles: true }));
    await el.updateComplete;
    expect(toggles).to.deep.equal([]);
    const real = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="question"]')];
    expect(real.map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['false', 'true']);
    // The real question buttons still work.
    real[0]!.click();
    await el.updateComplete;
    expect(toggles).to.deep.equal([{ id: 'first', open: true }]);
  });
});

describe('<haven-faq> content sources', () => {
  it('takes the items property first', async () => {
    const el = await fixture<HavenFaq>(html`<haven-faq .items=${[{ question: 'From property', answer: 'A' }]}>
      <script type="application/json">[{"question":"From JSON","answer":"A"}]</script>
    </haven-faq>`);
    expect(texts(el)).to.deep.equal(['From property']);
  });

  it('reads a child JSON script, with ids, open items and paragraphs', async () => {
    const el = await fixture<HavenFaq>(html`<haven-faq>
      <script type="application/json">
        [{"id":"one","question":"First?","answer":"Para one.\\n\\nPara two.","open":true},{"question":"Second?","answer":"B"}]
      </script>
    </haven-faq>`);
    expect(texts(el)).to.deep.equal(['First?', 'Second?']);
    const first = questions(el)[0]!;
    expect(first.getAttribute('aria-expanded')).to.equal('true');
    expect([...panel(el, first).querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal(['Para one.', 'Para two.']);
    expect(el.shownItems.map((i) => i.id)).to.deep.equal(['one', 'second']);
  });

  it('enhances <details><summary> markup, keeping the answer markup and open state', async () => {
    const el = await fixture<HavenFaq>(html`<haven-faq>
      <details id="help"><summary>Where is help?</summary><p>Call <a href="tel:123">our line</a>.</p><ul><li>Any time</li></ul></details>
      <details open><summary>Open one</summary>Plain text answer</details>
    </haven-faq>`);
    expect(texts(el)).to.deep.equal(['Where is help?', 'Open one']);
    const first = panel(el, questions(el)[0]!);
    expect(first.querySelector('a[href="tel:123"]')!.textContent).to.equal('our line');
    expect(first.querySelector('ul li')).to.exist;
    expect(questions(el)[1]!.getAttribute('aria-expanded')).to.equal('true');
    expect(el.shownItems[0]!.id).to.equal('help');
  });

  it('reads light-DOM content that arrives after upgrade', async () => {
    const el = await fixture<HavenFaq>(html`<haven-faq></haven-faq>`);
    expect(questions(el)).to.have.length(5);
    el.innerHTML = '<details><summary>Late?</summary>Yes.</details>';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(texts(el)).to.deep.equal(['Late?']);
  });

  it('falls back to the built-in questions when no source is given', async () => {
    const el = await fixture<HavenFaq>(html`<haven-faq></haven-faq>`);
    expect(el.shownItems.map((i) => i.id)).to.deep.equal(english.items.map((i) => i.id));
  });

  it('writes schema.org FAQPage JSON-LD for the shown items when asked, and keeps it in step', async () => {
    const el = await fixture<HavenFaq>(html`<haven-faq structured-data .items=${[{ question: 'Q1', answer: 'A1' }]}></haven-faq>`);
    const script = () => el.querySelector('script[type="application/ld+json"]');
    const data = JSON.parse(script()!.textContent!);
    expect(data['@type']).to.equal('FAQPage');
    expect(data.mainEntity[0]).to.deep.equal({ '@type': 'Question', name: 'Q1', acceptedAnswer: { '@type': 'Answer', text: 'A1' } });
    el.items = [{ question: 'Q2', answer: '</script><b>x</b>' }];
    await el.updateComplete;
    expect(script()!.textContent).not.to.contain('</script>');
    expect(JSON.parse(script()!.textContent!).mainEntity[0].acceptedAnswer.text).to.equal('</script><b>x</b>');
    el.structuredData = false;
    await el.updateComplete;
    expect(script()).to.be.null;
  });

  it('writes no structured data unless asked', async () => {
    const el = await fixture<HavenFaq>(html`<haven-faq></haven-faq>`);
    expect(el.querySelector('script')).to.be.null;
  });
});

describe('<haven-faq> bad input', () => {
  it('warns once about malformed JSON, naming the element, and falls back to the next source', async () => {
    const el = await fixture<HavenFaq>(html`<haven-faq>
      <script type="application/json">[{"question": oops}]</script>
      <details><summary>Fallback?</summary>Yes.</details>
    </haven-faq>`);
    expect(texts(el)).to.deep.equal(['Fallback?']);
    el.requestUpdate();
    await el.updateComplete;
    const json = warnings.messages.filter((m) => m.includes('not valid JSON'));
    expect(json).to.have.length(1);
    expect(json[0]).to.contain('<haven-faq>');
  });

  it('leaves out items without question or answer, and renders the rest', async () => {
    const el = await fixture<HavenFaq>(html`<haven-faq .items=${[
      { question: 'Good', answer: 'Yes' },
      { question: 'No answer' },
      { answer: 'No question' },
      'not an object',
    ] as never}></haven-faq>`);
    expect(texts(el)).to.deep.equal(['Good']);
    expect(warnings.messages.some((m) => m.includes('items[1]') && m.includes('answer'))).to.be.true;
    expect(warnings.messages.some((m) => m.includes('items[2]') && m.includes('question'))).to.be.true;
    expect(warnings.messages.some((m) => m.includes('items[3]'))).to.be.true;
  });

  it('shows the defaults when every given item is bad, never a blank widget', async () => {
    const el = await fixture<HavenFaq>(html`<haven-faq .items=${'nonsense' as never}></haven-faq>`);
    expect(questions(el)).to.have.length(5);
    expect(warnings.messages.some((m) => m.includes('<haven-faq> items'))).to.be.true;
  });

  it('renames duplicate ids, with a warning', async () => {
    const el = await fixture<HavenFaq>(html`<haven-faq .items=${[
      { id: 'same', question: 'A', answer: 'a' },
      { id: 'same', question: 'B', answer: 'b' },
    ]}></haven-faq>`);
    expect(el.shownItems.map((i) => i.id)).to.deep.equal(['same', 'same-2']);
    expect(warnings.messages.some((m) => m.includes('"same" is used twice'))).to.be.true;
  });

  it('falls back to level 3 for an unknown heading level', async () => {
    const el = await fixture<HavenFaq>(html`<haven-faq heading-level="9"></haven-faq>`);
    expect(questions(el)[0]!.parentElement!.getAttribute('aria-level')).to.equal('3');
    expect(warnings.messages.filter((m) => m.includes('heading-level'))).to.have.length(1);
  });

  it('warns about an attribute it does not know', async () => {
    await fixture<HavenFaq>(html`<haven-faq singel></haven-faq>`);
    expect(warnings.messages.some((m) => m.includes('<haven-faq> singel'))).to.be.true;
  });

  it('renders hostile HTML in questions and answers as text', async () => {
    (window as unknown as { pwned?: boolean }).pwned = false;
    const payload = '<img src=x onerror="window.pwned=true"><script>window.pwned=true</script>';
    const el = await fixture<HavenFaq>(html`<haven-faq .items=${[{ question: payload, answer: payload, open: true }]}></haven-faq>`);
    await new Promise((r) => setTimeout(r, 50));
    expect(el.shadowRoot!.querySelector('img, script')).to.be.null;
    expect(texts(el)[0]).to.equal(payload);
    expect((window as unknown as { pwned?: boolean }).pwned).to.be.false;
  });

  it('renders 1,000 items and toggles them all', async () => {
    const items = Array.from({ length: 1000 }, (_, i) => ({ question: `Question ${i}`, answer: `Answer ${i}` }));
    const el = await fixture<HavenFaq>(html`<haven-faq .items=${items}></haven-faq>`);
    expect(questions(el)).to.have.length(1000);
    // Beyond six panels, regions would flood the landmark list (APG); the panels stay plain.
    expect(el.shadowRoot!.querySelector('[role="region"]')).to.be.null;
    // Long lists let the browser skip off-screen items; short ones are always fully painted.
    expect(getComputedStyle(el.shadowRoot!.querySelector('.item')!).contentVisibility).to.equal('auto');
    toggleAll(el)!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[aria-expanded="true"].question')).to.have.length(1000);
  });

  it('shows the first 1,000 of a site\'s <details>, and says so once', async () => {
    const host = document.createElement('div');
    host.innerHTML = `<haven-faq>${'<details><summary>Q</summary>A</details>'.repeat(1005)}</haven-faq>`;
    document.body.append(host);
    try {
      const el = host.querySelector<HavenFaq>('haven-faq')!;
      await el.updateComplete;
      expect(questions(el)).to.have.length(1000);
      const capped = warnings.messages.filter((m) => m.includes('1005'));
      expect(capped).to.have.length(1);
      expect(capped[0]).to.contain('<haven-faq>').and.contain('<details>').and.contain('only the first 1000');
    } finally {
      host.remove();
    }
  });

  it('stores nothing: no cookie, no storage, after every interaction', async () => {
    const before = [localStorage.length, sessionStorage.length, document.cookie];
    const el = await fixture<HavenFaq>(html`<haven-faq></haven-faq>`);
    toggleAll(el)!.click();
    questions(el)[0]!.click();
    await el.updateComplete;
    expect([localStorage.length, sessionStorage.length, document.cookie]).to.deep.equal(before);
  });
});

describe('<haven-faq> on paper', () => {
  afterEach(() => resetFeatures());

  it('prints every answer, without the on-screen controls (skipped where the runner cannot emulate print: Firefox, WebKit)', async function () {
    const el = await fixture<HavenFaq>(html`<haven-faq></haven-faq>`);
    const answer = el.shadowRoot!.querySelector<HTMLElement>('.answer[hidden]')!;
    expect(answer.getBoundingClientRect().height).to.equal(0);
    // Chromium emulates print media; Firefox over BiDi and WebKit over WebDriver cannot.
    if (!(await emulateFeatures([{ name: 'media', value: 'print' }]))) this.skip();
    expect(matchMedia('print').matches).to.be.true;
    expect(answer.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(el.shadowRoot!.querySelector<HTMLElement>('.toggle-all')!.getBoundingClientRect().height).to.equal(0);
    expect(el.shadowRoot!.querySelector<HTMLElement>('.icon')!.getBoundingClientRect().height).to.equal(0);
  });
});
