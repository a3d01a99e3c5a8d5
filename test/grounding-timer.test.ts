import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/grounding-timer/index.js';
import '../src/components/provider/index.js';
import type {
  HavenExerciseDetail,
  HavenGroundingTimer,
  HavenPauseDetail,
  HavenPhaseDetail,
} from '../src/components/grounding-timer/index.js';
import { groundingTimer as english } from '../src/locales/en/grounding-timer.js';
import { captureWarnings, collect, deepActiveElement, emulateFeatures, resetFeatures } from './helpers.js';

/*
 * Time is faked: performance.now() returns `now`, which the tests move. Animation frames
 * still come from the browser, so the element runs its real loop on a clock the test owns.
 */
let now = 10_000;
let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => {
  now = 10_000;
  Object.defineProperty(performance, 'now', { configurable: true, value: () => now });
  warnings = captureWarnings();
});
afterEach(() => {
  delete (performance as { now?: unknown }).now;
  warnings.restore();
});

const $ = <T extends Element = HTMLElement>(el: HavenGroundingTimer, selector: string) =>
  el.shadowRoot!.querySelector<T & Element>(selector) as T | null;
const primary = (el: HavenGroundingTimer) => $<HTMLButtonElement>(el, '.primary')!;
const buttons = (el: HavenGroundingTimer) =>
  [...el.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim());
const word = (el: HavenGroundingTimer) => $(el, '[part="phase-label"]')!.textContent!.trim();
const meta = (el: HavenGroundingTimer) => $(el, '.track + p')?.textContent!.trim();
const count = (el: HavenGroundingTimer) => $(el, '[part="seconds"]')?.textContent!.trim();
const selects = (el: HavenGroundingTimer) => [...el.shadowRoot!.querySelectorAll('select')];
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
/** What the polite live region says once the announcer has filled it. */
async function said(el: HavenGroundingTimer): Promise<string> {
  await aTimeout(150);
  const region = $(el, '[role="status"]')!;
  expect(region.getAttribute('aria-live')).to.equal('polite');
  return region.textContent!.trim();
}
/** Moves the fake clock on and lets the element's next animation frame see it. */
async function advance(el: HavenGroundingTimer, ms: number): Promise<void> {
  now += ms;
  await frame();
  await frame();
  await el.updateComplete;
}
async function choose(el: HavenGroundingTimer, index: number, value: string): Promise<void> {
  const select = selects(el)[index]!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}
function setHidden(hidden: boolean): void {
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
  document.dispatchEvent(new Event('visibilitychange'));
}
afterEach(() => {
  delete (document as { hidden?: unknown }).hidden;
  delete (document as { visibilityState?: unknown }).visibilityState;
});

describe('<haven-grounding-timer> before Start', () => {
  it('offers the exercises and the patterns, relaxed first, and nothing moves or speaks', async () => {
    const el = await fixture<HavenGroundingTimer>(html`<haven-grounding-timer></haven-grounding-timer>`);
    const events = [
      ...['haven-start', 'haven-phase', 'haven-pause', 'haven-resume', 'haven-complete'].map((t) => collect(el, t)),
    ];
    expect(selects(el)).to.have.length(1);
    const [exercise] = selects(el);
    expect(exercise!.closest('label')!.textContent).to.contain('Exercise');
    expect([...exercise!.options].map((o) => o.value)).to.deep.equal(['relaxed', 'box', '4-7-8', 'resonant', 'grounding']);
    expect([...exercise!.options].map((o) => o.text)).to.deep.equal([
      'Relaxed breathing: 5 in, 5 out',
      'Box breathing: 4-4-4-4',
      '4-7-8 breathing',
      'Resonant breathing: 5.5 in, 5.5 out',
      '5-4-3-2-1 grounding',
    ]);
    expect(exercise!.value).to.equal('relaxed');
    expect(buttons(el)).to.deep.equal(['Start']);
    expect(word(el)).to.equal(english.ready);
    expect($(el, '.root')!.getAttribute('role')).to.equal('group');
    expect($(el, '.root')!.getAttribute('aria-label')).to.equal('Grounding exercise');
    now += 30_000;
    await frame();
    await frame();
    expect(await said(el)).to.equal('');
    expect($(el, '.shape')!.style.getPropertyValue('--_f')).to.equal('');
    expect(events.flat()).to.deep.equal([]);
    expect(warnings.messages).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('hides the shape and its numbers from assistive technology', async () => {
    const el = await fixture<HavenGroundingTimer>(html`<haven-grounding-timer></haven-grounding-timer>`);
    expect($(el, '.shape')!.closest('[aria-hidden="true"]')).to.exist;
    expect($(el, '[part="seconds"]')!.closest('[aria-hidden="true"]')).to.exist;
  });
});

describe('<haven-grounding-timer> breathing', () => {
  it('starts on click: events, the first phase announced, Pause and Stop', async () => {
    const el = await fixture<HavenGroundingTimer>(html`<haven-grounding-timer></haven-grounding-timer>`);
    const starts = collect<HavenExerciseDetail>(el, 'haven-start');
    const phases = collect<HavenPhaseDetail>(el, 'haven-phase');
    let bubbles = false;
    document.addEventListener('haven-phase', () => (bubbles = true), { once: true });
    primary(el).click();
    await el.updateComplete;
    expect(starts).to.deep.equal([{ exercise: 'breathing' }]);
    expect(phases).to.deep.equal([{ phase: 'in', label: 'Breathe in', round: 1, seconds: 5 }]);
    expect(bubbles).to.be.true;
    expect(buttons(el)).to.deep.equal(['Pause', 'Stop']);
    expect(selects(el)).to.have.length(0);
    expect(word(el)).to.equal('Breathe in');
    expect(count(el)).to.equal('5');
    expect(meta(el)).to.equal('Round 1 of 6');
    expect(await said(el)).to.equal('Breathe in, 5 seconds');
    await expect(el).to.be.accessible();
  });

  it('follows the clock: phase changes are announced, seconds are not', async () => {
    const el = await fixture<HavenGroundingTimer>(html`<haven-grounding-timer></haven-grounding-timer>`);
    const phases = collect<HavenPhaseDetail>(el, 'haven-phase');
    primary(el).click();
    await el.updateComplete;
    expect(await said(el)).to.equal('Breathe in, 5 seconds');
    const heard: string[] = [];
    const region = $(el, '[role="status"]')!;
    new MutationObserver(() => region.textContent!.trim() && heard.push(region.textContent!.trim())).observe(region, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    await advance(el, 1200);
    expect(count(el)).to.equal('4');
    await advance(el, 1000);
    expect(count(el)).to.equal('3');
    await aTimeout(150);
    expect(heard).to.deep.equal([]); // never every second
    await advance(el, 2800); // 5.0 s: breathe out
    expect(word(el)).to.equal('Breathe out');
    expect(count(el)).to.equal('5');
    expect(await said(el)).to.equal('Breathe out, 5 seconds');
    await advance(el, 5000); // 10 s: round 2
    expect(meta(el)).to.equal('Round 2 of 6');
    expect(phases.map((p) => `${p.round} ${p.phase}`)).to.deep.equal(['1 in', '1 out', '2 in']);
    await aTimeout(150);
    expect(heard).to.deep.equal(['Breathe out, 5 seconds', 'Breathe in, 5 seconds']);
  });

  it('skips over missed frames to where the clock says', async () => {
    const el = await fixture<HavenGroundingTimer>(html`<haven-grounding-timer></haven-grounding-timer>`);
    const phases = collect<HavenPhaseDetail>(el, 'haven-phase');
    primary(el).click();
    await advance(el, 37_500); // a long stall: round 4, breathing out, 2.5 s in
    expect(meta(el)).to.equal('Round 4 of 6');
    expect(word(el)).to.equal('Breathe out');
    expect(count(el)).to.equal('3');
    expect(phases.map((p) => `${p.round} ${p.phase}`)).to.deep.equal(['1 in', '4 out']);
  });

  it('grows the shape with the breath, tied to the clock', async () => {
    const el = await fixture<HavenGroundingTimer>(html`<haven-grounding-timer></haven-grounding-timer>`);
    const shape = $(el, '.shape')!;
    const scale = () => new DOMMatrix(getComputedStyle(shape).transform).a;
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.be.false;
    expect(scale()).to.be.closeTo(0.55, 1e-6); // at rest before Start
    primary(el).click();
    await advance(el, 2500);
    expect(Number(shape.style.getPropertyValue('--_f'))).to.be.closeTo(0.5, 1e-6);
    expect(scale()).to.be.closeTo(0.775, 1e-3);
    await advance(el, 2500);
    expect(scale()).to.be.closeTo(1, 1e-3);
    await advance(el, 3750);
    expect(scale()).to.be.closeTo(0.6159, 1e-3); // 3.75 s into 5 s out: eased, not linear
  });

  it('scales the shape only inside prefers-reduced-motion: no-preference', async () => {
    const el = await fixture<HavenGroundingTimer>(html`<haven-grounding-timer></haven-grounding-timer>`);
    const moving: string[] = [];
    const walk = (rules: CSSRuleList, media: string) => {
      for (const rule of rules) {
        if (rule instanceof CSSMediaRule) walk(rule.cssRules, media + rule.conditionText);
        else if (rule instanceof CSSStyleRule && (rule.style.transform || rule.style.transition || rule.style.animation)) {
          moving.push(`${media} ${rule.selectorText}`);
        }
      }
    };
    for (const sheet of el.shadowRoot!.adoptedStyleSheets) walk(sheet.cssRules, '');
    expect(moving).to.deep.equal(['(prefers-reduced-motion: no-preference) .shape']);
  });

  it('under reduced motion keeps the shape still; text and the still track carry the phase (Firefox and WebKit, which the runner cannot emulate, at their real setting)', async () => {
    const el = await fixture<HavenGroundingTimer>(html`<haven-grounding-timer></haven-grounding-timer>`);
    if (!(await emulateFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]))) {
      // Firefox (WebDriver BiDi) and WebKit (WebDriver) cannot emulate media features. The
      // previous test checks the rule; here, scaling follows the engine's real setting.
      primary(el).click();
      await advance(el, 2500);
      const still = getComputedStyle($(el, '.shape')!).transform === 'none';
      expect(still).to.equal(matchMedia('(prefers-reduced-motion: reduce)').matches);
      return;
    }
    try {
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.be.true;
      primary(el).click();
      await advance(el, 7500);
      expect(getComputedStyle($(el, '.shape')!).transform).to.equal('none');
      expect([word(el), count(el)]).to.deep.equal(['Breathe out', '3']);
      expect(el.shadowRoot!.querySelectorAll('.track .on')).to.have.length(2);
      await expect(el).to.be.accessible();
    } finally {
      await resetFeatures();
    }
  });

  it('pauses, resumes and stops with the keyboard, focus staying put', async () => {
    const el = await fixture<HavenGroundingTimer>(html`<haven-grounding-timer></haven-grounding-timer>`);
    const pauses = collect<HavenPauseDetail>(el, 'haven-pause');
    const resumes = collect<HavenPauseDetail>(el, 'haven-resume');
    const phases = collect<HavenPhaseDetail>(el, 'haven-phase');
    const completes = collect(el, 'haven-complete');
    const button = primary(el);
    button.focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(buttons(el)).to.deep.equal(['Pause', 'Stop']);
    expect(deepActiveElement()).to.equal(button);
    await advance(el, 6200); // breathe out, 3.8 s left
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(pauses).to.deep.equal([{ reason: 'visitor' }]);
    expect(buttons(el)).to.deep.equal(['Resume', 'Stop']);
    expect(await said(el)).to.equal('Paused');
    await advance(el, 120_000); // a long pause: nothing moves
    expect([word(el), count(el), phases.length]).to.deep.equal(['Breathe out', '4', 2]);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(resumes).to.deep.equal([{ reason: 'visitor' }]);
    expect(await said(el)).to.equal('Resumed. Breathe out, 4 seconds');
    await advance(el, 3700); // 0.1 s left of the out breath
    expect([word(el), count(el), meta(el)]).to.deep.equal(['Breathe out', '1', 'Round 1 of 6']);
    await advance(el, 100);
    expect([word(el), meta(el)]).to.deep.equal(['Breathe in', 'Round 2 of 6']);
    await sendKeys({ press: 'Tab' });
    expect((deepActiveElement() as HTMLElement).textContent!.trim()).to.equal('Stop');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(buttons(el)).to.deep.equal(['Start']);
    expect(deepActiveElement()).to.equal(primary(el)); // not lost with the Stop button
    expect(await said(el)).to.equal('Stopped');
    expect(completes).to.deep.equal([]);
    expect(selects(el)).to.have.length(1);
    expect($(el, '.shape')!.style.getPropertyValue('--_f')).to.equal('0');
  });

  it('empties its hidden status a few seconds after each message: no stuck seconds when read through later', async function () {
    this.timeout(20_000);
    const el = await fixture<HavenGroundingTimer>(html`<haven-grounding-timer rounds="1"></haven-grounding-timer>`);
    const region = $(el, '[role="status"]')!;
    /** How long (real time, ms) the region held `message` before it was emptied. */
    const heldFor = async (message: string): Promise<number> => {
      await waitUntil(() => region.textContent!.trim() === message, `said: ${region.textContent}`, { timeout: 3000 });
      const since = Date.now();
      await waitUntil(() => region.textContent!.trim() === '', `still says: ${region.textContent}`, { timeout: 9000 });
      return Date.now() - since;
    };
    primary(el).click();
    // Enough time for any screen reader to take the words, never cut at once.
    expect(await heldFor('Breathe in, 5 seconds')).to.be.at.least(4500);
    expect(word(el)).to.equal('Breathe in'); // what is shown stays
    await advance(el, 10_000);
    expect(word(el)).to.equal(english.done);
    // The closing words are shown; once said, they are not in the widget a second time.
    expect(await heldFor(english.done)).to.be.at.least(4500);
    expect(el.shadowRoot!.textContent!.split(english.done)).to.have.length(2);
  });

  it('is accessible while paused', async () => {
    const el = await fixture<HavenGroundingTimer>(html`<haven-grounding-timer theme="dark"></haven-grounding-timer>`);
    primary(el).click();
    await el.updateComplete;
    primary(el).click();
    await el.updateComplete;
    expect(buttons(el)).to.deep.equal(['Resume', 'Stop']);
    await expect(el).to.be.accessible();
  });

  it('completes after the last round with a kind message, and can start again', async () => {
    const el = await fixture<HavenGroundingTimer>(html`<haven-grounding-timer rounds="2"></haven-grounding-timer>`);
    const completes = collect<HavenExerciseDetail>(el, 'haven-complete');
    const phases = collect<HavenPhaseDetail>(el, 'haven-phase');
    primary(el).click();
    for (let t = 0; t < 15_000; t += 5000) await advance(el, 5000);
    await advance(el, 4999);
    expect(completes).to.deep.equal([]);
    await advance(el, 1);
    expect(completes).to.deep.equal([{ exercise: 'breathing' }]);
    expect(phases).to.have.length(4);
    expect(word(el)).to.equal(english.done);
    expect(await said(el)).to.equal(english.done);
    expect(buttons(el)).to.deep.equal(['Start again']);
    expect($(el, 'details')).to.be.null; // no helplines given
    await expect(el).to.be.accessible();
    primary(el).click();
    await el.updateComplete;
    expect(meta(el)).to.equal('Round 1 of 2');
  });

  it('runs the pattern the visitor chooses', async () => {
    const el = await fixture<HavenGroundingTimer>(html`<haven-grounding-timer></haven-grounding-timer>`);
    const phases = collect<HavenPhaseDetail>(el, 'haven-phase');
    await choose(el, 0, '4-7-8');
    expect(selects(el)[0]!.selectedOptions[0]!.text).to.equal('4-7-8 breathing');
    primary(el).click();
    await advance(el, 4000);
    expect(await said(el)).to.equal('Hold, 7 seconds');
    await advance(el, 7000);
    expect(phases).to.deep.equal([
      { phase: 'in', label: 'Breathe in', round: 1, seconds: 4 },
      { phase: 'hold', label: 'Hold', round: 1, seconds: 7 },
      { phase: 'out', label: 'Breathe out', round: 1, seconds: 8 },
    ]);
    expect(meta(el)).to.equal('Round 1 of 3');
    expect(el.shadowRoot!.querySelectorAll('.track span')).to.have.length(3);
  });

  it('says fractional seconds in the locale, and 1 second in the singular', async () => {
    const el = await fixture<HavenGroundingTimer>(html`<haven-grounding-timer pattern="resonant"></haven-grounding-timer>`);
    primary(el).click();
    expect(await said(el)).to.equal('Breathe in, 5.5 seconds');
    const one = await fixture<HavenGroundingTimer>(html`<haven-grounding-timer pattern="1 1"></haven-grounding-timer>`);
    primary(one).click();
    expect(await said(one)).to.equal('Breathe in, 1 second');
  });

  it('lets the site fix the pattern: no chooser, the given seconds', async () => {
    const el = await fixture<HavenGroundingTimer>(html`<haven-grounding-timer pattern="4 7 8 0" minutes="2"></haven-grounding-timer>`);
    // The exercise is still the visitor's choice; the pattern is not.
    expect([...selects(el)[0]!.options].map((o) => o.text)).to.deep.equal(['Breathing', '5-4-3-2-1 grounding']);
    const phases = collect<HavenPhaseDetail>(el, 'haven-phase');
    primary(el).click();
    await advance(el, 4000);
    await advance(el, 7000);
    expect(phases.map((p) => `${p.phase} ${p.seconds}`)).to.deep.equal(['in 4', 'hold 7', 'out 8']);
    expect(meta(el)).to.equal('Round 1 of 6');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('uses the labels of the phases property, as text', async () => {
    const el = await fixture<HavenGroundingTimer>(html`<haven-grounding-timer
      .phases=${[
        { phase: 'in', seconds: 3, label: 'Smell the flower <img src=x onerror="window.hacked=1">' },
        { phase: 'out', seconds: 6, label: 'Blow out the candle' },
      ]}
    ></haven-grounding-timer>`);
    expect(selects(el)).to.have.length(1);
    const phases = collect<HavenPhaseDetail>(el, 'haven-phase');
    primary(el).click();
    await el.updateComplete;
    expect(word(el)).to.equal('Smell the flower <img src=x onerror="window.hacked=1">');
    expect(el.shadowRoot!.querySelector('img')).to.be.null;
    await advance(el, 3000);
    expect(await said(el)).to.equal('Blow out the candle, 6 seconds');
    expect(phases[1]).to.deep.equal({ phase: 'out', label: 'Blow out the candle', round: 2 - 1, seconds: 6 });
    expect((window as { hacked?: number }).hacked).to.be.undefined;
  });

  it('fires nothing when the page changes a property', async () => {
    const el = await fixture<HavenGroundingTimer>(html`<haven-grounding-timer></haven-grounding-timer>`);
    const events = ['haven-start', 'haven-phase', 'haven-pause', 'haven-resume', 'haven-complete'].map((t) => collect(el, t));
    el.pattern = 'box';
    el.exercise = 'grounding';
    el.rounds = 3;
    await el.updateComplete;
    el.exercise = 'breathing';
    await el.updateComplete;
    expect(selects(el)).to.have.length(0);
    expect(events.flat()).to.deep.equal([]);
  });
});

describe('<haven-grounding-timer> hidden page', () => {
  it('pauses while the page is hidden and resumes where it was', async () => {
    const el = await fixture<HavenGroundingTimer>(html`<haven-grounding-timer></haven-grounding-timer>`);
    const pauses = collect<HavenPauseDetail>(el, 'haven-pause');
    const resumes = collect<HavenPauseDetail>(el, 'haven-resume');
    primary(el).click();
    await advance(el, 7000);
    setHidden(true);
    await el.updateComplete;
    expect(pauses).to.deep.equal([{ reason: 'hidden' }]);
    now += 600_000; // ten minutes in another tab
    setHidden(false);
    await el.updateComplete;
    expect(resumes).to.deep.equal([{ reason: 'hidden' }]);
    expect([word(el), count(el), meta(el)]).to.deep.equal(['Breathe out', '3', 'Round 1 of 6']);
    expect(await said(el)).to.equal('Resumed. Breathe out, 3 seconds');
  });

  it('stays paused on return when the visitor had paused', async () => {
    const el = await fixture<HavenGroundingTimer>(html`<haven-grounding-timer></haven-grounding-timer>`);
    const resumes = collect(el, 'haven-resume');
    primary(el).click();
    primary(el).click();
    setHidden(true);
    setHidden(false);
    await el.updateComplete;
    expect(resumes).to.deep.equal([]);
    expect(buttons(el)).to.deep.equal(['Resume', 'Stop']);
  });

  it('with keep-running-hidden, goes on and returns at the right phase', async () => {
    const el = await fixture<HavenGroundingTimer>(html`<haven-grounding-timer keep-running-hidden></haven-grounding-timer>`);
    const pauses = collect(el, 'haven-pause');
    const phases = collect<HavenPhaseDetail>(el, 'haven-phase');
    primary(el).click();
    setHidden(true);
    now += 42_000; // round 5, breathing in, 3 s left
    setHidden(false);
    await advance(el, 0); // the frame that was waiting while the page was hidden
    expect(pauses).to.deep.equal([]);
    expect([word(el), count(el), meta(el)]).to.deep.equal(['Breathe in', '3', 'Round 5 of 6']);
    expect(phases.at(-1)).to.deep.equal({ phase: 'in', label: 'Breathe in', round: 5, seconds: 5 });
  });
});

describe('<haven-grounding-timer> 5-4-3-2-1 grounding', () => {
  it('walks the five steps with Next and Back at the visitor’s pace', async () => {
    const el = await fixture<HavenGroundingTimer>(html`<haven-grounding-timer></haven-grounding-timer>`);
    const starts = collect(el, 'haven-start');
    const completes = collect(el, 'haven-complete');
    const phases = collect(el, 'haven-phase');
    await choose(el, 0, 'grounding');
    expect(selects(el)[0]!.value).to.equal('grounding');
    expect($(el, '.shape')).to.be.null;
    expect($(el, 'input')).to.be.null; // no cues: there is no timer
    const next = primary(el);
    next.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(starts).to.deep.equal([{ exercise: 'grounding' }]);
    expect(buttons(el)).to.deep.equal(['Back', 'Next', 'Stop']);
    expect($(el, '.back')!.getAttribute('aria-disabled')).to.equal('true');
    expect([meta(el), word(el)]).to.deep.equal(['Step 1 of 5', 'Five things you can see']);
    expect($(el, '.word + p')!.textContent).to.equal(english.steps[0]!.prompt);
    expect(await said(el)).to.equal(`Step 1 of 5. Five things you can see. ${english.steps[0]!.prompt}`);
    await expect(el).to.be.accessible();
    now += 3_600_000; // no timer: an hour later it is still on step 1
    await frame();
    expect(word(el)).to.equal('Five things you can see');
    for (let i = 0; i < 4; i++) await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(deepActiveElement()).to.equal(next);
    expect([meta(el), word(el)]).to.deep.equal(['Step 5 of 5', 'One thing you can taste']);
    expect(buttons(el)).to.deep.equal(['Back', 'Finish', 'Stop']);
    expect($(el, '.back')!.getAttribute('aria-disabled')).to.equal('false');
    $<HTMLButtonElement>(el, '.back')!.click();
    await el.updateComplete;
    expect(word(el)).to.equal('Two things you can smell');
    next.click();
    await el.updateComplete;
    next.click();
    await el.updateComplete;
    expect(completes).to.deep.equal([{ exercise: 'grounding' }]);
    expect(word(el)).to.equal(english.done);
    expect(phases).to.deep.equal([]);
  });

  it('keeps Back on the first step, harmlessly', async () => {
    const el = await fixture<HavenGroundingTimer>(html`<haven-grounding-timer exercise="grounding"></haven-grounding-timer>`);
    expect(selects(el)).to.have.length(0); // the site fixed the exercise
    primary(el).click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '.back')!.click();
    await el.updateComplete;
    expect(meta(el)).to.equal('Step 1 of 5');
  });

  it('is not paused by a hidden page: it has no timer', async () => {
    const el = await fixture<HavenGroundingTimer>(html`<haven-grounding-timer exercise="grounding"></haven-grounding-timer>`);
    const pauses = collect(el, 'haven-pause');
    primary(el).click();
    setHidden(true);
    setHidden(false);
    expect(pauses).to.deep.equal([]);
  });
});

describe('<haven-grounding-timer> cues', () => {
  it('creates no AudioContext until the visitor turns the tone on, then plays one per phase', async () => {
    const Real = window.AudioContext;
    let made = 0;
    let tones = 0;
    class Spy extends Real {
      constructor() {
        super();
        made++;
      }
      override createOscillator(): OscillatorNode {
        tones++;
        return super.createOscillator();
      }
    }
    window.AudioContext = Spy;
    try {
      const el = await fixture<HavenGroundingTimer>(html`<haven-grounding-timer pattern="box"></haven-grounding-timer>`);
      primary(el).click();
      await advance(el, 4000);
      expect([made, tones]).to.deep.equal([0, 0]);
      const box = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find((i) =>
        i.closest('label')!.textContent!.includes('Soft tone'),
      )!;
      expect(box.checked).to.be.false;
      box.click();
      await el.updateComplete;
      expect([made, tones]).to.deep.equal([1, 0]); // turning it on plays nothing by itself
      await advance(el, 4000);
      expect(tones).to.equal(1);
      box.click();
      await advance(el, 4000);
      expect([made, tones]).to.deep.equal([1, 1]);
    } finally {
      window.AudioContext = Real;
    }
  });

  // Engines differ (Chromium has navigator.vibrate; Firefox and WebKit do not), so each
  // test sets the feature up itself and both paths run in every engine.
  async function withVibrate(present: boolean, body: (calls: unknown[]) => Promise<void>): Promise<void> {
    const own = Object.getOwnPropertyDescriptor(Navigator.prototype, 'vibrate');
    const calls: unknown[] = [];
    if (own) delete (Navigator.prototype as { vibrate?: unknown }).vibrate;
    if (present) Object.defineProperty(navigator, 'vibrate', { configurable: true, value: (p: unknown) => calls.push(p) });
    try {
      await body(calls);
    } finally {
      delete (navigator as { vibrate?: unknown }).vibrate;
      if (own) Object.defineProperty(Navigator.prototype, 'vibrate', own);
    }
  }
  const labels = (el: HavenGroundingTimer) => [...el.shadowRoot!.querySelectorAll('.row label')].map((l) => l.textContent!.trim());

  it('offers vibration where the browser has navigator.vibrate', () =>
    withVibrate(true, async () => {
      const el = await fixture<HavenGroundingTimer>(html`<haven-grounding-timer></haven-grounding-timer>`);
      expect(labels(el)).to.deep.equal(['Soft tone', 'Vibration']);
      await expect(el).to.be.accessible();
    }));

  it('offers no vibration control where the browser has no navigator.vibrate', () =>
    withVibrate(false, async () => {
      const el = await fixture<HavenGroundingTimer>(html`<haven-grounding-timer></haven-grounding-timer>`);
      expect(labels(el)).to.deep.equal(['Soft tone']);
      await expect(el).to.be.accessible();
    }));

  it('vibrates at each phase change once the visitor turns it on', () =>
    withVibrate(true, async (calls) => {
      const el = await fixture<HavenGroundingTimer>(html`<haven-grounding-timer></haven-grounding-timer>`);
      primary(el).click();
      expect(calls).to.deep.equal([]);
      const box = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')][1]!;
      box.click();
      await advance(el, 5000);
      expect(calls).to.deep.equal([60]);
    }));
});

describe('<haven-grounding-timer> bad input', () => {
  const cases: Array<[string, ReturnType<typeof html>]> = [
    ['pattern', html`<haven-grounding-timer pattern="fast"></haven-grounding-timer>`],
    ['pattern', html`<haven-grounding-timer pattern="4 -2 4"></haven-grounding-timer>`],
    ['pattern', html`<haven-grounding-timer pattern="0 0"></haven-grounding-timer>`],
    ['rounds', html`<haven-grounding-timer rounds="-3"></haven-grounding-timer>`],
    ['rounds', html`<haven-grounding-timer rounds="100000"></haven-grounding-timer>`],
    ['minutes', html`<haven-grounding-timer minutes="many"></haven-grounding-timer>`],
    ['phases', html`<haven-grounding-timer .phases=${[{ phase: 'breathe', seconds: 4 }]}></haven-grounding-timer>`],
    ['exercise', html`<haven-grounding-timer exercise="yoga"></haven-grounding-timer>`],
    ['patern', html`<haven-grounding-timer patern="box"></haven-grounding-timer>`],
  ];
  for (const [option, template] of cases) {
    it(`warns once about ${option} and runs relaxed`, async () => {
      const el = await fixture<HavenGroundingTimer>(template);
      const phases = collect<HavenPhaseDetail>(el, 'haven-phase');
      primary(el).click();
      await advance(el, 5000);
      primary(el).click(); // pause, re-render
      await el.updateComplete;
      primary(el).click();
      await el.updateComplete;
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.match(new RegExp(`^\\[haven-widgets\\] <haven-grounding-timer> ${option}: `));
      expect(phases.map((p) => `${p.phase} ${p.seconds}`)).to.deep.equal(['in 5', 'out 5']);
      expect(meta(el)).to.equal('Round 1 of 6');
    });
  }
});

describe('<haven-grounding-timer> provider, strings and privacy', () => {
  class FakeHelplines extends HTMLElement {}

  it('offers the provider’s helplines at the end, once <haven-helplines> is loaded', async () => {
    const wrapper = await fixture<HTMLElement>(html`<haven-provider
      .content=${{ helplines: [{ name: 'Listening line', phone: '+44 800 000 000' }] }}
      ><haven-grounding-timer rounds="1" theme="dark"></haven-grounding-timer
    ></haven-provider>`);
    const el = wrapper.querySelector('haven-grounding-timer')!;
    await el.updateComplete;
    primary(el).click();
    await advance(el, 10_000);
    expect(word(el)).to.equal(english.done);
    expect($(el, 'details'), 'not shown before the helplines widget exists').to.be.null;
    if (!customElements.get('haven-helplines')) customElements.define('haven-helplines', FakeHelplines);
    await aTimeout(0);
    await el.updateComplete;
    const details = $<HTMLDetailsElement>(el, 'details[part="talk"]')!;
    expect(details.querySelector('summary')!.textContent!.trim()).to.equal('Want to talk to someone?');
    expect(details.open).to.be.false;
    const list = details.querySelector('haven-helplines')!;
    expect(list).to.be.instanceOf(FakeHelplines);
    expect(list.getAttribute('theme')).to.equal('dark');
    details.querySelector('summary')!.click();
    await aTimeout(0);
    expect(details.open).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('shows no disclosure for an empty or broken helplines list', async () => {
    if (!customElements.get('haven-helplines')) customElements.define('haven-helplines', FakeHelplines);
    for (const helplines of [[], 'call us', null]) {
      const wrapper = await fixture<HTMLElement>(html`<haven-provider .content=${{ helplines }}
        ><haven-grounding-timer rounds="1"></haven-grounding-timer
      ></haven-provider>`);
      const el = wrapper.querySelector('haven-grounding-timer')!;
      await el.updateComplete;
      primary(el).click();
      await advance(el, 10_000);
      expect(word(el)).to.equal(english.done);
      expect($(el, 'details')).to.be.null;
    }
  });

  it('takes strings from the provider', async () => {
    const wrapper = await fixture<HTMLElement>(html`<haven-provider
      .strings=${{ groundingTimer: { start: 'Begin', in: 'Inhale', phaseSays: '{label} ({n} s)' } }}
      ><haven-grounding-timer></haven-grounding-timer
    ></haven-provider>`);
    const el = wrapper.querySelector('haven-grounding-timer')!;
    await el.updateComplete;
    expect(buttons(el)).to.deep.equal(['Begin']);
    primary(el).click();
    expect(await said(el)).to.equal('Inhale (5 s)');
  });

  it('follows a right-to-left locale', async () => {
    const el = await fixture<HavenGroundingTimer>(html`<haven-grounding-timer locale="ar"></haven-grounding-timer>`);
    expect($(el, '.root')!.getAttribute('dir')).to.equal('rtl');
  });

  it('counts in English where the page’s language has no table (no "1 seconds" on a Japanese page)', async () => {
    const ja = await fixture<HTMLElement>(html`<div lang="ja"><haven-grounding-timer pattern="1 1"></haven-grounding-timer></div>`);
    const one = ja.querySelector('haven-grounding-timer')!;
    await one.updateComplete;
    primary(one).click();
    expect(await said(one)).to.equal('Breathe in, 1 second');
    const fr = await fixture<HTMLElement>(html`<div lang="fr"><haven-grounding-timer pattern="resonant"></haven-grounding-timer></div>`);
    const half = fr.querySelector('haven-grounding-timer')!;
    await half.updateComplete;
    primary(half).click();
    expect(await said(half), 'French not loaded: English words and number').to.equal('Breathe in, 5.5 seconds');
  });

  it('announces seconds with the plural forms of the locale (Arabic: two, few and other differ)', async () => {
    await import('../src/locales/ar.js');
    const sayings: Record<string, string> = {};
    for (const pattern of ['2 2', '4 4', 'resonant']) {
      const el = await fixture<HavenGroundingTimer>(html`<haven-grounding-timer locale="ar" pattern=${pattern}></haven-grounding-timer>`);
      primary(el).click();
      sayings[pattern] = await said(el);
    }
    expect(sayings['2 2']).to.equal('شهيق، ثانيتان');
    expect(sayings['4 4']).to.equal(`شهيق، ${(4).toLocaleString('ar')} ثوانٍ`);
    expect(sayings.resonant).to.equal(`شهيق، ${(5.5).toLocaleString('ar')} ثانية`);
  });

  it('says the phase and the seconds left in it on Resume, in all six languages', async () => {
    const expected: Record<string, string> = {
      en: 'Resumed. Breathe in, 2 seconds',
      es: 'Reanudado. Inhala, 2 segundos',
      fr: 'Reprise. Inspirez, 2 secondes',
      de: 'Fortgesetzt. Einatmen, 2 Sekunden',
      pt: 'Retomado. Inspire, 2 segundos',
      ar: `تمّت المتابعة. شهيق، ثانيتان`,
    };
    // Last among the tests that count in a language: loaded, a locale stays for the page.
    await Promise.all([import('../src/locales/es.js'), import('../src/locales/fr.js'), import('../src/locales/de.js'), import('../src/locales/pt.js'), import('../src/locales/ar.js')]);
    const heard: Record<string, string> = {};
    for (const locale of Object.keys(expected)) {
      const el = await fixture<HavenGroundingTimer>(html`<haven-grounding-timer locale=${locale}></haven-grounding-timer>`);
      primary(el).click();
      await advance(el, 3500); // breathe in, 1.5 s left: the circle shows 2
      primary(el).click(); // Pause
      await el.updateComplete;
      await advance(el, 60_000);
      primary(el).click(); // Resume
      await el.updateComplete;
      expect(count(el)).to.equal('2');
      heard[locale] = await said(el);
    }
    expect(heard).to.deep.equal(expected);
  });

  it('stores nothing and leaves no loop behind when removed', async () => {
    const before = [localStorage.length, sessionStorage.length, document.cookie];
    const el = await fixture<HavenGroundingTimer>(html`<haven-grounding-timer rounds="1"></haven-grounding-timer>`);
    const phases = collect(el, 'haven-phase');
    for (const box of el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.click();
    primary(el).click();
    await advance(el, 2000);
    el.remove();
    await advance(el, 60_000);
    expect(phases).to.have.length(1);
    expect([localStorage.length, sessionStorage.length, document.cookie]).to.deep.equal(before);
    document.body.append(el); // back: paused where it was, the visitor resumes
    await el.updateComplete;
    expect(buttons(el)).to.deep.equal(['Resume', 'Stop']);
    expect(count(el)).to.equal('3');
    el.remove();
  });
});
