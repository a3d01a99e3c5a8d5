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

    it('follows the system colour scheme with theme="auto"', async () => {
      // Chromium emulates a dark system; Firefox over BiDi cannot, so there the widget must
      // match whatever the system reports.
      const emulated = await emulateFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      const dark = matchMedia('(prefers-color-scheme: dark)').matches;
      if (emulated) expect(dark).to.be.true;
      const el = await show(markup, 'auto', dark ? '#000000' : '#ffffff');
      expect(colours(el).background).to.equal(dark ? 'rgb(22, 27, 29)' : 'rgb(255, 255, 255)');
      await expect(el).to.be.accessible();
    });

    it('takes system colours under forced colours', async () => {
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
    });
  });
}
