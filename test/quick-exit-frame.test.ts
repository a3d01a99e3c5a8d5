// An exit used inside a frame of a page that runs haven-widgets too (this test page, with the
// quick exit's own file) leaves the whole tab, to the page's own destination: a frame may
// ask the page to leave, never choose where it goes. The frames are sandboxed on another
// origin as a site builder's embed box is.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/components/quick-exit/index.js';
import type { HavenExitDetail, HavenQuickExit } from '../src/components/quick-exit/index.js';
import { leave } from '../src/components/quick-exit/leave.js';
import { DEFAULT_HREF } from '../src/components/quick-exit/exit-options.js';
import { ASK } from '../src/components/quick-exit/frame-exit.js';
import { collect } from './helpers.js';
import { framed, otherOrigin, type Framed } from './framed.js';

/** Where the frame's own exit would go: it must never be where this page goes. */
const FRAME_HREF = 'https://example.org/chosen-by-the-frame';
const OWN_HREF = 'https://example.org/this-page-chose';

let calls: string[];
let frame: Framed | undefined;
const real = { ...leave };
beforeEach(() => {
  calls = [];
  leave.replace = (url) => void calls.push(url);
});
afterEach(async () => {
  await settled();
  frame?.remove();
  frame = undefined;
  Object.assign(leave, real);
  for (const cover of document.querySelectorAll('body > dialog')) cover.remove();
});

const left = () => waitUntil(() => calls.length > 0, 'this page did not leave', { timeout: 3000 });
const nextPaint = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r)));
const settled = async () => {
  await nextPaint();
  await nextPaint();
};
const cover = () => document.querySelector<HTMLDialogElement>('body > dialog');

describe('a quick exit in a frame of a page that runs the quick exit too', () => {
  it('by its button: this page covers itself, fires haven-exit (trigger "frame") and leaves to its own href', async () => {
    const own = await fixture<HavenQuickExit>(html`<haven-quick-exit href=${OWN_HREF}></haven-quick-exit>`);
    const events = collect<HavenExitDetail>(document, 'haven-exit');
    let coveredWhenFired = false;
    own.addEventListener('haven-exit', () => (coveredWhenFired = !!cover()?.open));
    frame = await framed({ href: FRAME_HREF });
    frame.send('click');
    await left();
    expect(calls).to.deep.equal([OWN_HREF]);
    expect(events).to.deep.equal([{ trigger: 'frame', href: OWN_HREF }]);
    expect(coveredWhenFired).to.be.true;
    expect(cover()!.matches(':modal')).to.be.true;
  });

  it('by Shift pressed 3 times in the frame, with no element on this page: the plain cover, then the default', async () => {
    frame = await framed({ href: FRAME_HREF });
    frame.iframe.focus();
    frame.send('focus');
    await frame.next('focused');
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
    await left();
    expect(calls).to.deep.equal([DEFAULT_HREF]);
    expect(cover()!.open).to.be.true;
    expect(cover()!.textContent).to.equal('Loading');
  });

  it('by a data-haven-exit link in the frame', async () => {
    await fixture<HavenQuickExit>(html`<haven-quick-exit placement="inline" href=${OWN_HREF}></haven-quick-exit>`);
    frame = await framed({ href: FRAME_HREF });
    frame.send('link');
    await left();
    expect(calls).to.deep.equal([OWN_HREF]);
  });

  it('from a frame inside a frame of this page', async () => {
    const outer = document.createElement('iframe');
    outer.srcdoc = '<!doctype html><body></body>';
    outer.style.cssText = 'width:420px;height:520px';
    const loaded = new Promise((r) => outer.addEventListener('load', r, { once: true }));
    document.body.append(outer);
    await loaded;
    frame = await framed({ href: FRAME_HREF }, outer.contentDocument!.body);
    const { remove } = frame;
    frame.remove = () => (remove(), outer.remove());
    frame.send('click');
    await left();
    expect(calls).to.deep.equal([DEFAULT_HREF]);
  });
});

describe('a request to leave from a window that is no frame of this page', () => {
  it('does nothing (this page itself, a window it opened); its own frames still do', async () => {
    await fixture<HavenQuickExit>(html`<haven-quick-exit href=${OWN_HREF}></haven-quick-exit>`);
    const events = collect<HavenExitDetail>(document, 'haven-exit');
    window.postMessage(ASK, '*');
    // Opened from a click, as popup blockers want.
    const opener = await fixture<HTMLButtonElement>(html`<button style="position:fixed;inset:0 auto auto 0;width:100px;height:40px">Open</button>`);
    let popup: Window | null = null;
    opener.addEventListener('click', () => (popup = open(`${otherOrigin}/test/pages/post-ask.html`)));
    const asked = new Promise<void>((resolve) => {
      addEventListener('message', function onAsked(event) {
        if (event.source === popup && event.data?.harness === 'asked') {
          removeEventListener('message', onAsked);
          resolve();
        }
      });
    });
    await sendMouse({ type: 'click', position: [50, 20] });
    expect(popup, 'the browser opened the other window').to.exist;
    try {
      await asked;
    } finally {
      popup!.close();
    }
    await settled();
    expect(calls).to.deep.equal([]);
    expect(events).to.deep.equal([]);
    expect(cover()).to.be.null;
    frame = await framed({ href: FRAME_HREF });
    frame.send('click');
    await left();
    expect(calls).to.deep.equal([OWN_HREF]);
  });
});
