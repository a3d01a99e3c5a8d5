// Every widget in both themes, with axe (colour contrast included), and the auto theme
// following the visitor's system setting. Widgets are added to WIDGETS as they land.
import { expect, fixture } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../src/index.js';
import type { LitElement } from 'lit';
import { emulateFeatures, resetFeatures } from './helpers.js';

/** Markup that shows each widget in an interesting state (something open, something chosen). */
const WIDGETS: Record<string, string> = {
  'haven-faq': '<haven-faq></haven-faq>',
  'haven-grounding-timer': '<haven-grounding-timer></haven-grounding-timer>',
  'haven-empathy-prompts': '<haven-empathy-prompts seed="calm"></haven-empathy-prompts>',
  'haven-stage-table': '<haven-stage-table selectable current="acceptance" note></haven-stage-table>',
  'haven-quick-exit': '<haven-quick-exit placement="inline"></haven-quick-exit>',
  'haven-helplines': '<haven-helplines emergency-number="999"><ul><li><strong>Example line</strong><a href="tel:116123">116 123</a><a href="https://example.org/">Website</a></li></ul></haven-helplines>',
};

async function show(markup: string, theme: string, pageBackground: string): Promise<LitElement> {
  const wrap = await fixture<HTMLElement>(staticHtml`<div style="background:${unsafeStatic(pageBackground)};padding:8px">${unsafeStatic(markup)}</div>`);
  const el = wrap.firstElementChild as LitElement;
  el.setAttribute('theme', theme);
  await el.updateComplete;
  // Open the first disclosure-like control so the open state is checked too.
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-expanded="false"]')?.click();
  await el.updateComplete;
  return el;
}

const colours = (el: LitElement) => {
  const root = el.shadowRoot!.querySelector('.root')!;
  const style = getComputedStyle(root);
  return { color: style.color, background: style.backgroundColor };
};

afterEach(() => resetFeatures());

for (const [tag, markup] of Object.entries(WIDGETS)) {
  describe(`<${tag}> themes`, () => {
    it('passes axe, contrast included, in the light theme', async () => {
      const el = await show(markup, 'light', '#ffffff');
      await expect(el).to.be.accessible();
      expect(colours(el).background).to.equal('rgb(255, 255, 255)');
    });

    it('passes axe, contrast included, in the dark theme', async () => {
      const el = await show(markup, 'dark', '#000000');
      await expect(el).to.be.accessible();
      expect(colours(el).background).to.equal('rgb(22, 27, 29)');
    });

    it('follows the system colour scheme with theme="auto" (emulated dark in Chromium; Firefox and WebKit at their real setting)', async () => {
      // Chromium emulates a dark system; Firefox over BiDi cannot, so there the widget must
      // match whatever the system reports.
      const emulated = await emulateFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      const dark = matchMedia('(prefers-color-scheme: dark)').matches;
      if (emulated) expect(dark).to.be.true;
      const el = await show(markup, 'auto', dark ? '#000000' : '#ffffff');
      expect(colours(el).background).to.equal(dark ? 'rgb(22, 27, 29)' : 'rgb(255, 255, 255)');
      await expect(el).to.be.accessible();
    });

    it('takes system colours under forced colours (emulated in Chromium only; elsewhere the dark theme stays)', async () => {
      const emulated = await emulateFeatures([{ name: 'forced-colors', value: 'active' }]);
      const el = await show(markup, 'dark', '#000000');
      if (!emulated) {
        // Firefox over BiDi cannot emulate forced colours: the dark theme stays as designed.
        expect(colours(el).background).to.equal('rgb(22, 27, 29)');
        return;
      }
      expect(matchMedia('(forced-colors: active)').matches).to.be.true;
      // The theme's own dark background gives way to the system Canvas colour.
      expect(colours(el).background).not.to.equal('rgb(22, 27, 29)');
      await expect(el).to.be.accessible();
      // Forced colours paint a Canvas backplate behind every text, which axe cannot see: text
      // in the Canvas colour (HighlightText often is) vanishes into it.
      const probe = document.createElement('span');
      probe.style.color = 'Canvas';
      document.body.append(probe);
      const canvas = getComputedStyle(probe).color;
      probe.remove();
      const texts = [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')].filter(
        (node) => !node.closest('.visually-hidden') && [...node.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim()),
      );
      expect(texts.length).to.be.greaterThan(0);
      for (const node of texts) {
        expect(getComputedStyle(node).color, `${tag} ${node.localName}.${node.className} "${node.textContent!.trim().slice(0, 30)}"`).not.to.equal(canvas);
      }
    });
  });
}

// What CMS themes put around a pasted block, every property of it inherited into shadow roots.
const SITE_TEXT =
  'font-family:Georgia,serif;font-size:19px;font-style:italic;font-weight:700;font-variant:small-caps;' +
  'text-align:right;text-transform:uppercase;letter-spacing:0.2em;word-spacing:0.3em;text-indent:3em;' +
  'white-space:pre;text-shadow:1px 1px red;cursor:crosshair;line-height:3';

for (const [tag, markup] of Object.entries(WIDGETS)) {
  describe(`<${tag}> on a site's text`, () => {
    it("takes the page's font and size but not its capitals, italics, spacing or alignment", async () => {
      const wrap = await fixture<HTMLElement>(staticHtml`<div style=${SITE_TEXT}>${unsafeStatic(markup)}</div>`);
      const el = wrap.firstElementChild as LitElement;
      await el.updateComplete;
      const text = [...el.shadowRoot!.querySelectorAll<HTMLElement>('p, span, td, li, label, .root')];
      expect(text.length).to.be.greaterThan(0);
      for (const node of text) {
        const style = getComputedStyle(node);
        const where = `${tag} ${node.localName}.${node.className}`;
        expect(style.fontFamily, where).to.contain('Georgia');
        expect(style.textTransform, where).to.equal('none');
        expect(style.fontStyle, where).to.equal('normal');
        expect(style.fontVariantCaps, where).to.equal('normal');
        expect(style.letterSpacing, where).to.equal('normal');
        expect(style.wordSpacing, where).to.equal('0px');
        expect(style.textIndent, where).to.equal('0px');
        expect(style.whiteSpace, where).to.be.oneOf(['normal', 'nowrap']);
        expect(style.textShadow, where).to.equal('none');
        // Firefox gives list items text-align: match-parent, which computes to a side.
        expect(style.textAlign, where).to.be.oneOf(['start', 'left', 'center']);
      }
      const root = getComputedStyle(el.shadowRoot!.querySelector('.root')!);
      expect(root.fontSize).to.equal('19px');
      expect(root.fontWeight).to.equal('400');
      expect(root.cursor).to.equal('auto');
    });
  });
}

describe('on a site whose root font size is 62.5 %', () => {
  // Many themes set html { font-size: 62.5% } (1rem = 10px) and size their text back up.
  // The widgets size from their own text, so controls keep their 44px targets there; and in
  // a small-print footer or header (12px), targets do not shrink below 44px either.
  before(() => (document.documentElement.style.fontSize = '62.5%'));
  after(() => document.documentElement.style.removeProperty('font-size'));

  for (const [tag, markup] of Object.entries(WIDGETS)) for (const size of [16, 12]) {
    it(`<${tag}> keeps its controls 44px tall in ${size}px text`, async () => {
      const wrap = await fixture<HTMLElement>(staticHtml`<div style="font-size:${size}px">${unsafeStatic(markup)}</div>`);
      const el = wrap.firstElementChild as LitElement;
      await el.updateComplete;
      const controls = [...el.shadowRoot!.querySelectorAll<HTMLElement>('button, select, summary, .pick, .link')].filter(
        (c) => c.getClientRects().length,
      );
      expect(controls.length, tag).to.be.greaterThan(0);
      for (const c of controls) {
        expect(c.getBoundingClientRect().height, `${tag} ${c.localName}.${c.className}`).to.be.at.least(43.5);
      }
    });
  }

  it("draws the timer's circle 12 times the text size", async () => {
    const wrap = await fixture<HTMLElement>(staticHtml`<div style="font-size:16px"><haven-grounding-timer></haven-grounding-timer></div>`);
    const el = wrap.firstElementChild as LitElement;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.stage')!.getBoundingClientRect().width).to.equal(192);
  });
});

describe("a reader's text-spacing override (WCAG 1.4.12)", () => {
  // Text-spacing tools and bookmarklets set `* { letter-spacing … !important }`: `*` matches
  // the widget's element, which the reset must not overrule, and its text inherits from it.
  it('reaches the text inside every widget', async () => {
    const style = document.createElement('style');
    style.textContent = '.spaced * { letter-spacing: 0.12em !important; word-spacing: 0.16em !important; line-height: 1.5 !important; }';
    document.head.append(style);
    try {
      for (const [tag, markup] of Object.entries(WIDGETS)) {
        const wrap = await fixture<HTMLElement>(staticHtml`<div class="spaced" style="font-size:16px">${unsafeStatic(markup)}</div>`);
        const el = wrap.firstElementChild as LitElement;
        await el.updateComplete;
        // Buttons and selects too: form controls do not inherit spacing unless told to.
        const text = [...el.shadowRoot!.querySelectorAll<HTMLElement>('p, td, li, span, label, button, select')];
        expect(text.length, tag).to.be.greaterThan(0);
        for (const node of text) {
          const style = getComputedStyle(node);
          const where = `${tag} ${node.localName}.${node.className}`;
          // 0.12em of the element it was set on (16px), inherited as a length.
          expect(parseFloat(style.letterSpacing), where).to.be.closeTo(1.92, 0.01);
          expect(parseFloat(style.wordSpacing), where).to.be.greaterThan(0);
        }
      }
    } finally {
      style.remove();
    }
  });
});
