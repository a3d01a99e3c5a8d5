// A quick exit pasted into a site builder's embed (a sandboxed frame on another origin, no
// allow-top-navigation) on a page that does not run haven-widgets itself: this test page
// imports nothing of the library. The frame cannot take the tab away, so it must say so.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { framed, type Framed } from './framed.js';
import { quickExit as french } from '../src/locales/fr/quick-exit.js';

let frame: Framed | undefined;
afterEach(() => frame?.remove());

const destination = (name: string) => `https://example.org/${name}`;

describe('a quick exit in a sandboxed frame on another origin, the page around without haven-widgets', () => {
  it('covers the frame and explains, in the frame\'s language, how to close the tab; neither the page nor the frame goes anywhere', async () => {
    const href = location.href;
    frame = await framed({ lang: 'fr', href: destination('weather') });
    const clicked = performance.now();
    frame.send('click');
    const shown = await frame.next('explained');
    // Promptly: a paint and the wait for an answer from this page (Chromium and Firefox throw on
    // the refused navigation: about 0.3 s), then the wait for the tab to go (WebKit refuses
    // silently: about 0.5 s).
    const after = performance.now() - clicked;
    expect(after).to.be.below(2000);
    expect(shown.covered).to.be.true;
    expect(shown.location).to.contain('/test/pages/framed-exit.html');
    expect(shown.alert).to.equal(french.framedTitle + french.framedHowTo);
    expect(shown.lang).to.equal('fr');
    expect(shown.link).to.deep.equal({ href: destination('weather'), target: '_blank', rel: 'noopener noreferrer' });
    // Still covered, still here, a moment later: no flicker to the destination inside the frame.
    frame.send('report');
    const later = await frame.next('report');
    expect(later.covered).to.be.true;
    expect(later.alert).to.equal(shown.alert);
    expect(frame.loads).to.equal(1);
    expect(location.href).to.equal(href);
  });

  it('explains right to left in Arabic, after Shift pressed 3 times in the frame', async () => {
    frame = await framed({ lang: 'ar', href: destination('news') });
    frame.iframe.focus();
    frame.send('focus');
    // Typing in the frame's text field: the keys go to the document that has focus.
    await frame.next('focused');
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
    const shown = await frame.next('explained');
    expect(shown.dir).to.equal('rtl');
    expect(shown.lang).to.equal('ar');
    expect(shown.link!.href).to.equal(destination('news'));
    expect(frame.loads).to.equal(1);
  });

  it('tells the site owner once, in the frame\'s console, what to do', async () => {
    // Two widgets in the frame (a quick exit and an FAQ), one note.
    frame = await framed({});
    frame.send('report');
    const { frameNotes } = await frame.next('report');
    expect(frameNotes).to.have.length(1);
    expect(frameNotes[0]).to.match(/^\[haven-widgets\] <haven-[a-z-]+> frame: /);
    expect(frameNotes[0]).to.contain('docs/any-site.md#frames');
  });
});
