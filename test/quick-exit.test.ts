import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/quick-exit/index.js';
import '../src/components/provider/index.js';
import type { HavenExitDetail, HavenQuickExit } from '../src/components/quick-exit/index.js';
import { leave } from '../src/components/quick-exit/leave.js';
import { DEFAULT_HREF } from '../src/components/quick-exit/exit-options.js';
import { quickExit as english } from '../src/locales/en/quick-exit.js';
import { EXPECTED, captureWarnings, collect, emulateFeatures, holdKey, resetFeatures } from './helpers.js';

/*
 * Leaving is stubbed: `leave.replace` and `leave.open` record their calls instead of
 * navigating. Time is faked: performance.now() returns `now`, which the tests move.
 */
let calls: Array<[string, string]>;
let now = 10_000;
let warnings: ReturnType<typeof captureWarnings>;
const real = { ...leave };
beforeEach(() => {
  calls = [];
  leave.replace = (url) => void calls.push(['replace', url]);
  leave.open = (url) => void calls.push(['open', url]);
  now = 10_000;
  Object.defineProperty(performance, 'now', { configurable: true, value: () => now });
  warnings = captureWarnings();
});
afterEach(async () => {
  // A leave still waiting for its frame must meet the stub, not the real navigation.
  await settled();
  Object.assign(leave, real);
  delete (performance as { now?: unknown }).now;
  warnings.restore();
  for (const cover of document.querySelectorAll('body > dialog')) cover.remove();
  document.documentElement.removeAttribute('dir');
  await resetFeatures();
});

/** Leaving waits until the cover has been painted (a frame, then a task). */
const left = () => waitUntil(() => calls.some(([how]) => how === 'replace'), 'the page did not leave', { timeout: 2000 });
/** Where nothing may leave: wait as the widget does before leaving (a frame, then a task), twice over. */
const nextPaint = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r)));
const settled = async () => {
  await nextPaint();
  await nextPaint();
};
const $ = <T extends Element = HTMLElement>(el: HavenQuickExit, selector: string) =>
  el.shadowRoot!.querySelector(selector) as T | null;
const button = (el: HavenQuickExit) => $<HTMLButtonElement>(el, 'button')!;
const base = (el: HavenQuickExit) => $(el, '[part="base"]')!;
const cover = () => document.querySelector<HTMLDialogElement>('body > dialog');
const litDots = (el: HavenQuickExit) =>
  $(el, '[part="dots"]') ? [...el.shadowRoot!.querySelectorAll('.dot')].map((d) => d.classList.contains('on')) : null;
/** What the polite live region says once the announcer has filled it. */
async function said(el: HavenQuickExit): Promise<string> {
  await aTimeout(150);
  const region = $(el, '[role="status"]')!;
  expect(region.getAttribute('aria-live')).to.equal('polite');
  return region.textContent!.trim();
}
async function shift(el: HavenQuickExit): Promise<void> {
  await sendKeys({ press: 'Shift' });
  await el.updateComplete;
}
/**
 * Runs `fn` and returns the errors the browser reported from event listeners meanwhile
 * (they never reach the caller), keeping them from failing the test through mocha's
 * window.onerror.
 */
function reported(fn: () => void): string[] {
  const onerror = window.onerror;
  const errors: string[] = [];
  const swallow = (e: ErrorEvent) => {
    errors.push(e.message);
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  window.onerror = () => true;
  addEventListener('error', swallow, true);
  try {
    fn();
  } finally {
    window.onerror = onerror;
    removeEventListener('error', swallow, true);
  }
  return errors;
}
const inline = () => fixture<HavenQuickExit>(html`<haven-quick-exit placement="inline"></haven-quick-exit>`);

describe('<haven-quick-exit> rendering', () => {
  it('shows a "Leave this site" button where it is placed, in the top layer; fixed at the top end corner once that place scrolls away; axe clean', async () => {
    const wrap = await fixture<HTMLElement>(html`<div style="padding-top:100px"><haven-quick-exit></haven-quick-exit><div style="height:3000px"></div></div>`);
    const el = wrap.querySelector('haven-quick-exit')!;
    await el.updateComplete;
    expect(button(el).textContent!.trim()).to.equal('Leave this site');
    const root = base(el);
    expect(root.matches(':popover-open')).to.be.true;
    expect(Number(getComputedStyle(root).zIndex)).to.equal(2147483647);
    // At its place: its end side on the end side of where it was pasted.
    let rect = root.getBoundingClientRect();
    const slot = el.getBoundingClientRect();
    expect(rect.top).to.be.closeTo(slot.top, 1);
    expect(rect.right).to.be.closeTo(slot.right, 1);
    await expect(el).to.be.accessible();
    try {
      scrollTo(0, 600);
      await waitUntil(() => getComputedStyle(root).position === 'fixed', 'not pinned once its place scrolled away', { timeout: 2000 });
      rect = root.getBoundingClientRect();
      expect(rect.top).to.be.closeTo(8, 1);
      expect(rect.right).to.be.closeTo(document.documentElement.clientWidth - 8, 1);
      scrollTo(0, 0);
      await waitUntil(() => getComputedStyle(root).position !== 'fixed', 'not back at its place', { timeout: 2000 });
      expect(root.getBoundingClientRect().top).to.be.closeTo(el.getBoundingClientRect().top, 1);
    } finally {
      scrollTo(0, 0);
    }
  });

  it('keeps its own height where it is placed, and no more (no empty strip)', async () => {
    const el = await fixture<HavenQuickExit>(html`<haven-quick-exit></haven-quick-exit>`);
    const spacer = $(el, '[part="spacer"]')!;
    expect(button(el).getBoundingClientRect().height).to.be.closeTo(44, 1);
    expect(spacer.getBoundingClientRect().height).to.be.closeTo(44, 1);
    expect(el.getBoundingClientRect().height).to.be.closeTo(44, 1);
  });

  it('stays at the top corner, taking no room, when the site gives up its room (::part(spacer) hidden)', async () => {
    const wrap = await fixture<HTMLElement>(html`<div style="padding-top:100px"><style>.no-room::part(spacer) { display: none }</style><haven-quick-exit class="no-room"></haven-quick-exit></div>`);
    const el = wrap.querySelector('haven-quick-exit')!;
    await el.updateComplete;
    expect(el.getBoundingClientRect().height).to.equal(0);
    const root = base(el);
    expect(getComputedStyle(root).position).to.equal('fixed');
    expect(root.getBoundingClientRect().top).to.be.closeTo(8, 1);
    expect(root.getBoundingClientRect().right).to.be.closeTo(document.documentElement.clientWidth - 8, 1);
  });

  it('is above a page element with the highest z-index', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>
      <haven-quick-exit></haven-quick-exit>
      <div class="banner" style="position:fixed;inset:0;z-index:2147483647;background:#000"></div>
    </div>`);
    const el = wrap.querySelector('haven-quick-exit')!;
    await el.updateComplete;
    const r = button(el).getBoundingClientRect();
    expect(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)).to.equal(el);
  });

  it('mirrors to the top left corner in a right-to-left page, and with a right-to-left locale', async () => {
    document.documentElement.dir = 'rtl';
    const el = await fixture<HavenQuickExit>(html`<haven-quick-exit></haven-quick-exit>`);
    expect(base(el).getBoundingClientRect().left).to.be.closeTo(8, 1);
    document.documentElement.removeAttribute('dir');
    const ar = await fixture<HavenQuickExit>(html`<haven-quick-exit locale="ar"></haven-quick-exit>`);
    expect(base(ar).getAttribute('dir')).to.equal('rtl');
    expect(base(ar).getBoundingClientRect().left).to.be.closeTo(8, 1);
  });

  it('sits in the flow with placement="inline": no spacer, no popover, axe clean', async () => {
    const el = await inline();
    expect($(el, '[part="spacer"]')).to.be.null;
    expect(base(el).hasAttribute('popover')).to.be.false;
    expect(getComputedStyle(base(el)).position).not.to.equal('fixed');
    expect(el.getBoundingClientRect().height).to.be.closeTo(44, 1);
    await expect(el).to.be.accessible();
  });

  it('switches between fixed and inline when the placement changes', async () => {
    const el = await fixture<HavenQuickExit>(html`<haven-quick-exit></haven-quick-exit>`);
    el.placement = 'inline';
    await el.updateComplete;
    expect(getComputedStyle(base(el)).position).not.to.equal('fixed');
    expect($(el, '[part="spacer"]')).to.be.null;
    el.placement = 'fixed';
    await el.updateComplete;
    expect(base(el).matches(':popover-open')).to.be.true;
    expect(base(el).getBoundingClientRect().top).to.be.closeTo(8, 1);
  });

  it('shows again when moved in the page (a popover hides when removed)', async () => {
    const el = await fixture<HavenQuickExit>(html`<haven-quick-exit></haven-quick-exit>`);
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    expect(base(el).matches(':popover-open')).to.be.true;
  });

  it('has a "How this works" disclosure that is honest about history, and links the safety page', async () => {
    const el = await fixture<HavenQuickExit>(html`<haven-quick-exit safety-href="https://example.org/online-safety"></haven-quick-exit>`);
    const summary = $(el, 'summary')!;
    // Fixed: a "?" on screen; the words are its name.
    expect(summary.textContent!.replace(/\s+/g, ' ').trim()).to.equal('?How this works');
    expect($(el, '.icon')!.getAttribute('aria-hidden')).to.equal('true');
    expect($(el, 'summary span:last-child')!.getBoundingClientRect().width).to.be.at.most(1);
    summary.click();
    await el.updateComplete;
    const panel = $(el, '[part="help-panel"]')!;
    expect(panel.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(panel.textContent).to.contain('does not erase your browsing history');
    expect(panel.textContent).to.contain('Shift 3 times');
    // How the shortcut meets screen readers: Shift pauses NVDA's speech, and what is said when.
    expect(panel.textContent).to.contain(english.howTextScreenReaders);
    expect(english.howTextScreenReaders).to.match(/NVDA/);
    const link = $<HTMLAnchorElement>(el, '[part="safety-link"]')!;
    expect(link.href).to.equal('https://example.org/online-safety');
    expect(link.textContent).to.equal(english.safetyLink);
    // The open panel stays on screen on a narrow viewport.
    expect(panel.getBoundingClientRect().left).to.be.at.least(0);
    await expect(el).to.be.accessible();
  });

  it('keeps its open panel, padding and border included, inside a viewport narrower than the panel wants', async () => {
    // Text a tenth of the window wide asks 24em, 2.4 windows: as 18 px text asks more than a phone has.
    const el = await fixture<HavenQuickExit>(html`<haven-quick-exit style="font-size: ${document.documentElement.clientWidth / 10}px"></haven-quick-exit>`);
    $(el, 'summary')!.click();
    await el.updateComplete;
    const box = $(el, '[part="help-panel"]')!.getBoundingClientRect();
    expect(box.width).to.be.greaterThan(0);
    expect(box.left, 'left edge').to.be.at.least(0);
    expect(box.right, 'right edge').to.be.at.most(document.documentElement.clientWidth);
  });

  it('shows the disclosure as words when inline, axe clean open', async () => {
    const el = await inline();
    expect($(el, 'summary span:last-child')!.getBoundingClientRect().width).to.be.greaterThan(20);
    $(el, 'summary')!.click();
    await el.updateComplete;
    expect($(el, '[part="safety-link"]')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('takes its strings from a provider, rendered as text', async () => {
    const wrap = await fixture<HTMLElement>(html`<haven-provider
      .strings=${{ quickExit: { leave: '<img src=x onerror="window.pwned=true">Exit', howItWorks: 'About this button' } }}
    ><haven-quick-exit placement="inline"></haven-quick-exit></haven-provider>`);
    const el = wrap.querySelector('haven-quick-exit')!;
    await el.updateComplete;
    expect(button(el).textContent!.trim()).to.equal('<img src=x onerror="window.pwned=true">Exit');
    expect(el.shadowRoot!.querySelector('img')).to.be.null;
    expect($(el, 'summary span:last-child')!.textContent).to.equal('About this button');
  });
});

describe('<haven-quick-exit> leaving by the button', () => {
  it('covers the whole page at once, fires haven-exit, then replaces the page with the default', async () => {
    const el = await fixture<HavenQuickExit>(html`<haven-quick-exit></haven-quick-exit>`);
    let seen: { covered: boolean; cancelable: boolean; calls: number } | undefined;
    el.addEventListener('haven-exit', (e) => {
      seen = { covered: !!cover()?.open, cancelable: e.cancelable, calls: calls.length };
    });
    const events = collect<HavenExitDetail>(document, 'haven-exit');
    button(el).click();
    await left();
    expect(calls).to.deep.equal([['replace', DEFAULT_HREF]]);
    expect(events).to.deep.equal([{ trigger: 'button', href: DEFAULT_HREF }]);
    expect(seen).to.deep.equal({ covered: true, cancelable: false, calls: 0 });
    const c = cover()!;
    expect(c.matches(':modal')).to.be.true;
    expect(c.textContent).to.equal('Loading');
    const r = c.getBoundingClientRect();
    expect([r.left, r.top, r.width, r.height]).to.deep.equal([0, 0, innerWidth, innerHeight]);
    // Nothing of the page shows through or can be reached.
    const b = button(el).getBoundingClientRect();
    expect(document.elementFromPoint(b.x + 5, b.y + 5)).to.equal(c);
    expect(document.elementFromPoint(innerWidth / 2, innerHeight / 2)).to.equal(c);
    await expect(c).to.be.accessible();
  });

  it('leaves to the site\'s own address', async () => {
    const el = await fixture<HavenQuickExit>(html`<haven-quick-exit href="https://example.org/weather"></haven-quick-exit>`);
    button(el).click();
    await left();
    expect(calls).to.deep.equal([['replace', 'https://example.org/weather']]);
  });

  it('cannot be held back: a listener that cancels or throws does not stop the exit', async () => {
    const el = await fixture<HavenQuickExit>(html`<haven-quick-exit></haven-quick-exit>`);
    el.addEventListener('haven-exit', (e) => {
      e.preventDefault();
      throw new Error(`${EXPECTED} listener failed`);
    });
    const errors = reported(() => button(el).click());
    expect(errors.some((m) => m.includes('listener failed'))).to.be.true;
    await left();
    expect(calls).to.deep.equal([['replace', DEFAULT_HREF]]);
  });

  it('opens the second page first when asked, then leaves', async () => {
    const el = await fixture<HavenQuickExit>(html`<haven-quick-exit open-also="https://example.org/news"></haven-quick-exit>`);
    button(el).click();
    await left();
    expect(calls).to.deep.equal([['open', 'https://example.org/news'], ['replace', DEFAULT_HREF]]);
  });

  it('leaves even when a step before leaving fails (here, opening the second page)', async () => {
    const el = await fixture<HavenQuickExit>(html`<haven-quick-exit open-also="https://example.org/news"></haven-quick-exit>`);
    leave.open = () => {
      throw new Error(`${EXPECTED} popup refused`);
    };
    const errors = reported(() => button(el).click());
    expect(errors.some((m) => m.includes('popup refused'))).to.be.true;
    await left();
    expect(calls).to.deep.equal([['replace', DEFAULT_HREF]]);
  });

  it('removes the storage keys the site names, and only those', async () => {
    localStorage.setItem('qe-draft', 'private words');
    sessionStorage.setItem('qe-draft', 'private words');
    sessionStorage.setItem('qe-chat', '42');
    localStorage.setItem('qe-keep', 'site setting');
    try {
      const el = await fixture<HavenQuickExit>(html`<haven-quick-exit clear-storage-keys="qe-draft, qe-chat"></haven-quick-exit>`);
      button(el).click();
      expect([localStorage.getItem('qe-draft'), sessionStorage.getItem('qe-draft'), sessionStorage.getItem('qe-chat')]).to.deep.equal([null, null, null]);
      expect(localStorage.getItem('qe-keep')).to.equal('site setting');
      await left();
      expect(calls).to.deep.equal([['replace', DEFAULT_HREF]]);
    } finally {
      localStorage.removeItem('qe-keep');
    }
  });

  it('leaves from a page link marked data-haven-exit (the skip link), without following it', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>
      <a class="skip" href="#followed" data-haven-exit><span>Leave this site</span></a>
      <a href="#plain">Another link</a>
      <haven-quick-exit></haven-quick-exit>
    </div>`);
    const events = collect<HavenExitDetail>(document, 'haven-exit');
    wrap.querySelector<HTMLElement>('a[href="#plain"]')!.click();
    await settled();
    expect(calls).to.deep.equal([]);
    wrap.querySelector('span')!.click();
    expect(location.hash).not.to.equal('#followed');
    expect(events).to.deep.equal([{ trigger: 'link', href: DEFAULT_HREF }]);
    await left();
    expect(calls).to.deep.equal([['replace', DEFAULT_HREF]]);
    expect(cover()!.open).to.be.true;
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('drops the cover when the page comes back from the back/forward cache, and works again', async () => {
    const el = await fixture<HavenQuickExit>(html`<haven-quick-exit></haven-quick-exit>`);
    button(el).click();
    expect(cover()).to.exist;
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await el.updateComplete;
    expect(cover()).to.be.null;
    const b = button(el).getBoundingClientRect();
    expect(document.elementFromPoint(b.x + 5, b.y + 5)).to.equal(el);
    await expect(el).to.be.accessible();
    button(el).click();
    expect(cover()!.open).to.be.true;
    await waitUntil(() => calls.length === 2, 'the page did not leave again', { timeout: 2000 });
    expect(calls).to.have.length(2);
  });
});

describe('<haven-quick-exit> leaves only once the cover is on screen', () => {
  // Started in the same task as the cover, a navigation to a slow destination kept the page
  // itself on screen in WebKit for the whole load. Leaving now waits for a painted frame.
  /** True when a frame showing the cover had run before the page was replaced. */
  async function coverPaintedFirst(trigger: () => Promise<void> | void): Promise<boolean> {
    let framed = false;
    document.addEventListener('haven-exit', () => requestAnimationFrame(() => (framed = !!cover()?.open)), { once: true });
    let paintedWhenLeaving: boolean | undefined;
    leave.replace = (url) => {
      paintedWhenLeaving = framed;
      calls.push(['replace', url]);
    };
    await trigger();
    await left();
    return paintedWhenLeaving === true;
  }

  it('by the button', async () => {
    const el = await fixture<HavenQuickExit>(html`<haven-quick-exit></haven-quick-exit>`);
    expect(await coverPaintedFirst(() => button(el).click())).to.be.true;
  });

  it('by Shift pressed three times', async () => {
    const el = await fixture<HavenQuickExit>(html`<haven-quick-exit></haven-quick-exit>`);
    expect(await coverPaintedFirst(async () => {
      for (let i = 0; i < 3; i++) await shift(el);
    })).to.be.true;
  });

  it('at once where the tab is hidden, which paints no frame to wait for', async () => {
    const el = await fixture<HavenQuickExit>(html`<haven-quick-exit></haven-quick-exit>`);
    Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'hidden' });
    try {
      button(el).click();
      expect(calls).to.deep.equal([['replace', DEFAULT_HREF]]);
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
  });

  it('by a page link marked data-haven-exit', async () => {
    const wrap = await fixture<HTMLElement>(html`<div><a href="#followed" data-haven-exit>Leave this site</a><haven-quick-exit></haven-quick-exit></div>`);
    expect(await coverPaintedFirst(() => wrap.querySelector('a')!.click())).to.be.true;
    history.replaceState(null, '', location.pathname + location.search);
  });
});

describe('<haven-quick-exit> Shift pressed 3 times', () => {
  it('shows progress in dots, says nothing after one press, says what a third press does after two, and leaves on the third', async () => {
    const el = await fixture<HavenQuickExit>(html`<haven-quick-exit></haven-quick-exit>`);
    const events = collect<HavenExitDetail>(document, 'haven-exit');
    expect(litDots(el)).to.be.null;
    await shift(el);
    expect(litDots(el)).to.deep.equal([true, false, false]);
    expect($(el, '[part="dots"]')!.getAttribute('aria-hidden')).to.equal('true');
    // In NVDA, Shift silences speech: words after one press would invite the presses that leave.
    expect(await said(el)).to.equal('');
    await expect(el).to.be.accessible();
    now += 1000;
    await shift(el);
    expect(litDots(el)).to.deep.equal([true, true, false]);
    expect(await said(el)).to.equal('Pressing Shift once more will leave this site.');
    await settled();
    expect(calls).to.deep.equal([]);
    now += 1000;
    await shift(el);
    expect(events).to.deep.equal([{ trigger: 'shift', href: DEFAULT_HREF }]);
    await left();
    expect(calls).to.deep.equal([['replace', DEFAULT_HREF]]);
    expect(cover()!.open).to.be.true;
  });

  it('can be turned off with no-shortcut (NVDA pauses speech on Shift): only the button leaves, and the help says so', async () => {
    const el = await fixture<HavenQuickExit>(html`<haven-quick-exit placement="inline" no-shortcut></haven-quick-exit>`);
    const events = collect<HavenExitDetail>(document, 'haven-exit');
    for (let i = 0; i < 3; i++) {
      await shift(el);
      now += 500;
    }
    expect(events).to.deep.equal([]);
    await settled();
    expect(calls).to.deep.equal([]);
    expect(litDots(el)).to.be.null;
    expect($(el, '[part="help-panel"]')!.textContent).not.to.contain('Shift');
    expect(warnings.messages).to.deep.equal([]);
    button(el).click();
    await left();
    expect(calls).to.deep.equal([['replace', DEFAULT_HREF]]);
  });

  it('works wherever focus is, in a text field too', async () => {
    const wrap = await fixture<HTMLElement>(html`<div><input aria-label="Message" /><haven-quick-exit placement="inline"></haven-quick-exit></div>`);
    wrap.querySelector('input')!.focus();
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
    await left();
    expect(calls).to.deep.equal([['replace', DEFAULT_HREF]]);
  });

  it('does not count Shift used to type a capital, and another key starts over', async () => {
    const el = await inline();
    await shift(el);
    expect(litDots(el)).to.deep.equal([true, false, false]);
    await holdKey({ down: 'Shift' });
    await sendKeys({ press: 'KeyA' });
    await holdKey({ up: 'Shift' });
    await el.updateComplete;
    expect(litDots(el)).to.be.null;
    await shift(el);
    await shift(el);
    await sendKeys({ press: 'KeyB' });
    await el.updateComplete;
    expect(litDots(el)).to.be.null;
    // The region is cleared: no stale "1 more time".
    expect(await said(el)).to.equal('');
    await shift(el);
    expect(litDots(el)).to.deep.equal([true, false, false]);
    await settled();
    expect(calls).to.deep.equal([]);
  });

  it('does not use Escape', async () => {
    const el = await inline();
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Escape' });
    await shift(el);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(litDots(el)).to.be.null;
    await settled();
    expect(calls).to.deep.equal([]);
  });

  it('starts over silently when 5 seconds pass: the dots and the live region clear, no "expired" message', async () => {
    const el = await inline();
    await shift(el);
    await shift(el);
    expect(await said(el)).to.equal('Pressing Shift once more will leave this site.');
    now += 5000;
    await aTimeout(600);
    await el.updateComplete;
    expect(litDots(el), 'still in time at exactly 5 s').to.deep.equal([true, true, false]);
    now += 1;
    await aTimeout(600);
    await el.updateComplete;
    expect(litDots(el)).to.be.null;
    expect(await said(el)).to.equal('');
    await aTimeout(600);
    expect(await said(el), 'nothing later either').to.equal('');
    await shift(el);
    expect(litDots(el)).to.deep.equal([true, false, false]);
    await shift(el);
    await settled();
    expect(calls).to.deep.equal([]);
  });

  it('counts a press 5 seconds after the last one', async () => {
    const el = await inline();
    await shift(el);
    now += 5000;
    await shift(el);
    now += 5000;
    await shift(el);
    await left();
    expect(calls).to.deep.equal([['replace', DEFAULT_HREF]]);
  });

  it('leaves once when two are on the page', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>
      <haven-quick-exit></haven-quick-exit><haven-quick-exit placement="inline" href="https://example.org/"></haven-quick-exit>
    </div>`);
    const [first, second] = wrap.querySelectorAll('haven-quick-exit');
    const events = collect<HavenExitDetail>(document, 'haven-exit');
    for (let i = 0; i < 3; i++) await shift(first!);
    await left();
    expect(calls).to.deep.equal([['replace', DEFAULT_HREF]]);
    expect(events).to.have.length(1);
    expect(document.querySelectorAll('body > dialog')).to.have.length(1);
    expect(litDots(second!)).to.be.null;
  });

  it('stops listening when removed', async () => {
    const el = await inline();
    el.remove();
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
    await settled();
    expect(calls).to.deep.equal([]);
  });
});

describe('<haven-quick-exit> fallback link inside (for pages without scripts)', () => {
  const withLink = (href: string, attrs = '') => {
    const wrap = document.createElement('div');
    wrap.innerHTML = `<haven-quick-exit ${attrs}><a href="${href}">Leave this site</a></haven-quick-exit>`;
    return fixture<HTMLElement>(html`${wrap}`).then(async (w) => {
      const el = w.querySelector('haven-quick-exit')!;
      await el.updateComplete;
      return el;
    });
  };

  it('leaves to the link\'s address when the element has no href', async () => {
    const el = await withLink('https://example.org/weather');
    button(el).click();
    await left();
    expect(calls).to.deep.equal([['replace', 'https://example.org/weather']]);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('takes a relative link as the page would', async () => {
    const el = await withLink('/weather');
    button(el).click();
    await left();
    expect(calls).to.deep.equal([['replace', new URL('/weather', location.href).href]]);
  });

  it('lets its own href attribute win over the link', async () => {
    const el = await withLink('https://example.org/weather', 'href="https://example.org/news"');
    button(el).click();
    await left();
    expect(calls).to.deep.equal([['replace', 'https://example.org/news']]);
  });

  it('warns once about an unsafe link, naming it, and leaves to the default', async () => {
    const el = await withLink('javascript:alert(1)');
    button(el).click();
    await left();
    expect(calls).to.deep.equal([['replace', DEFAULT_HREF]]);
    const about = warnings.messages.filter((m) => m.includes('<haven-quick-exit> href of the link inside it') && m.includes('javascript:alert(1)'));
    expect(about).to.have.length(1);
  });

  it('shows, reads and focuses the exit once: the link is not rendered beside the button', async () => {
    const el = await withLink('https://example.org/weather');
    const link = el.querySelector('a')!;
    expect(link.getClientRects().length, 'the link has no box').to.equal(0);
    link.focus();
    expect(document.activeElement === link, 'the link takes no focus').to.be.false;
    // The only "Leave this site" on screen is the button.
    const r = button(el).getBoundingClientRect();
    expect(r.height).to.be.greaterThan(0);
    expect(el.shadowRoot!.querySelector('slot')).to.be.null;
    await expect(el).to.be.accessible();
  });
});

describe('<haven-quick-exit> bad input', () => {
  it('warns once about an unsafe or malformed href, naming it, and leaves to the default', async () => {
    for (const bad of ['javascript:alert(1)', 'http://[oops', 'mailto:someone@example.org']) {
      calls = [];
      const el = document.createElement('haven-quick-exit');
      el.setAttribute('href', bad);
      document.body.append(el);
      await el.updateComplete;
      const about = () => warnings.messages.filter((m) => m.includes('<haven-quick-exit> href') && m.includes(bad));
      expect(about(), bad).to.have.length(1);
      button(el).click();
      await left();
      expect(calls).to.deep.equal([['replace', DEFAULT_HREF]]);
      expect(about(), 'still once').to.have.length(1);
      el.remove();
      cover()?.remove();
    }
  });

  it('leaves out an unsafe safety link, with a warning', async () => {
    const el = await fixture<HavenQuickExit>(html`<haven-quick-exit safety-href="javascript:alert(1)"></haven-quick-exit>`);
    expect($(el, 'a')).to.be.null;
    expect(warnings.messages.filter((m) => m.includes('<haven-quick-exit> safety-href'))).to.have.length(1);
  });

  it('opens no second page from an unsafe open-also, and still leaves', async () => {
    const el = await fixture<HavenQuickExit>(html`<haven-quick-exit open-also="javascript:alert(1)"></haven-quick-exit>`);
    button(el).click();
    await left();
    expect(calls).to.deep.equal([['replace', DEFAULT_HREF]]);
    expect(warnings.messages.some((m) => m.includes('<haven-quick-exit> open-also'))).to.be.true;
  });

  it('falls back to fixed for an unknown placement, with a warning', async () => {
    const el = await fixture<HavenQuickExit>(html`<haven-quick-exit placement="floating"></haven-quick-exit>`);
    expect(base(el).matches(':popover-open')).to.be.true;
    expect($(el, '[part="spacer"]')).to.exist;
    expect(warnings.messages.filter((m) => m.includes('<haven-quick-exit> placement'))).to.have.length(1);
  });

  it('stores nothing and sets no cookie, whatever the visitor does', async () => {
    const before = [localStorage.length, sessionStorage.length, document.cookie];
    const el = await fixture<HavenQuickExit>(html`<haven-quick-exit></haven-quick-exit>`);
    $(el, 'summary')!.click();
    await shift(el);
    button(el).click();
    expect([localStorage.length, sessionStorage.length, document.cookie]).to.deep.equal(before);
  });
});

describe('<haven-quick-exit> themes', () => {
  for (const theme of ['light', 'dark']) {
    it(`passes axe, contrast included, fixed and inline, in the ${theme} theme`, async () => {
      const wrap = await fixture<HTMLElement>(html`<div style="background:${theme === 'dark' ? '#000' : '#fff'}">
        <haven-quick-exit theme=${theme}></haven-quick-exit><haven-quick-exit placement="inline" theme=${theme}></haven-quick-exit>
      </div>`);
      for (const el of wrap.querySelectorAll('haven-quick-exit')) {
        await el.updateComplete;
        $(el, 'summary')!.click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
      }
    });
  }

  it('keeps a visible button edge under forced colours (emulated in Chromium only; elsewhere the edge stays transparent, as designed)', async () => {
    const emulated = await emulateFeatures([{ name: 'forced-colors', value: 'active' }]);
    const el = await fixture<HavenQuickExit>(html`<haven-quick-exit></haven-quick-exit>`);
    const border = getComputedStyle(button(el)).borderTopColor;
    if (emulated) {
      expect(border).not.to.equal('rgba(0, 0, 0, 0)');
      await expect(el).to.be.accessible();
    } else {
      // Not emulated (Firefox over BiDi, WebKit over WebDriver): the border stays transparent, as designed.
      expect(border).to.equal('rgba(0, 0, 0, 0)');
    }
  });
});

describe('<haven-quick-exit> explanation', () => {
  it('names the button by its own text, also when a site renames it', async () => {
    const provider = await fixture<HTMLElement>(html`<haven-provider .strings=${{ quickExit: { leave: 'Exit now' } }}
      ><haven-quick-exit placement="inline"></haven-quick-exit
    ></haven-provider>`);
    const exit = provider.querySelector('haven-quick-exit')!;
    await exit.updateComplete;
    const panel = exit.shadowRoot!.querySelector('[part="help-panel"]')!;
    expect(panel.textContent).to.contain('“Exit now”');
    expect(panel.textContent).not.to.contain('{leave}');
    expect(exit.shadowRoot!.querySelector('[part="button"]')!.textContent).to.contain('Exit now');
  });
});
