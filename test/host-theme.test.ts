// theme="auto" follows the PAGE: a page that says it supports dark (`color-scheme: light dark`
// or `dark`, by CSS on an ancestor or by <meta name="color-scheme">) gets dark widgets on a dark
// system; a page that says nothing stays light, whatever the system. An explicit theme on a
// widget or the provider still wins. Colours are read where a visitor sees them: the computed
// background of each widget's root.
import { expect, fixture } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../src/index.js';
import type { LitElement } from 'lit';
import { emulateFeatures, resetFeatures } from './helpers.js';

const WIDGETS: Record<string, string> = {
  'haven-faq': '<haven-faq></haven-faq>',
  'haven-grounding-timer': '<haven-grounding-timer></haven-grounding-timer>',
  'haven-empathy-prompts': '<haven-empathy-prompts seed="calm"></haven-empathy-prompts>',
  'haven-stage-table': '<haven-stage-table></haven-stage-table>',
  'haven-quick-exit': '<haven-quick-exit placement="inline"></haven-quick-exit>',
  'haven-helplines': '<haven-helplines emergency-number="999"><ul><li><strong>Example line</strong><a href="tel:116123">116 123</a></li></ul></haven-helplines>',
};

const LIGHT = 'rgb(255, 255, 255)';
const DARK = 'rgb(22, 27, 29)';
/** The light and dark text colours, so a half-switched widget (dark box, dark text) fails too. */
const LIGHT_TEXT = 'rgb(31, 42, 48)';
const DARK_TEXT = 'rgb(230, 236, 234)';

async function place(markup: string, wrapperStyle = ''): Promise<LitElement> {
  const wrap = await fixture<HTMLElement>(staticHtml`<div style=${wrapperStyle}>${unsafeStatic(markup)}</div>`);
  const el = wrap.querySelector<LitElement>('haven-faq, haven-grounding-timer, haven-empathy-prompts, haven-stage-table, haven-quick-exit, haven-helplines')!;
  await el.updateComplete;
  return el;
}

function look(el: LitElement): { bg: string; text: string } {
  const style = getComputedStyle(el.shadowRoot!.querySelector('.root')!);
  return { bg: style.backgroundColor, text: style.color };
}

/** Asks for a dark system; true when the engine could emulate it (Chromium), else what the machine's own setting is. */
async function darkSystem(): Promise<boolean> {
  const emulated = await emulateFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  const dark = matchMedia('(prefers-color-scheme: dark)').matches;
  if (emulated) expect(dark, 'the emulated system is dark').to.be.true;
  return dark;
}

afterEach(async () => {
  await resetFeatures();
  document.querySelectorAll('meta[name="color-scheme"]').forEach((m) => m.remove());
});

for (const [tag, markup] of Object.entries(WIDGETS)) {
  describe(`<${tag}> theme="auto" follows the page`, () => {
    it('stays light on a page that declares no color-scheme, even on a dark system (where the engine cannot emulate one, on the machine’s own setting)', async () => {
      await darkSystem();
      const el = await place(markup);
      expect(look(el)).to.deep.equal({ bg: LIGHT, text: LIGHT_TEXT });
    });

    it('follows a dark system on a page with color-scheme: light dark on an ancestor (where the engine cannot emulate, the machine’s own setting)', async () => {
      const dark = await darkSystem();
      const el = await place(markup, 'color-scheme: light dark');
      expect(look(el)).to.deep.equal(dark ? { bg: DARK, text: DARK_TEXT } : { bg: LIGHT, text: LIGHT_TEXT });
    });

    it('follows a dark system on a page with <meta name="color-scheme" content="light dark"> (where the engine cannot emulate, the machine’s own setting)', async () => {
      const dark = await darkSystem();
      const meta = document.createElement('meta');
      meta.name = 'color-scheme';
      meta.content = 'light dark';
      document.head.append(meta);
      const el = await place(markup);
      expect(look(el)).to.deep.equal(dark ? { bg: DARK, text: DARK_TEXT } : { bg: LIGHT, text: LIGHT_TEXT });
    });

    it('is dark in a part of the page that is dark only (color-scheme: dark), on any system', async () => {
      const el = await place(markup, 'color-scheme: dark');
      expect(look(el)).to.deep.equal({ bg: DARK, text: DARK_TEXT });
    });

    it('is light in a part of the page that is light only (color-scheme: light), on a dark system', async () => {
      await darkSystem();
      const el = await place(markup, 'color-scheme: light');
      expect(look(el)).to.deep.equal({ bg: LIGHT, text: LIGHT_TEXT });
    });

    it('an explicit theme on the widget wins over the page', async () => {
      await darkSystem();
      const dark = await place(markup.replace(/^<([\w-]+)/, '<$1 theme="dark"'));
      expect(look(dark), 'theme="dark" on a page with no color-scheme').to.deep.equal({ bg: DARK, text: DARK_TEXT });
      const light = await place(markup.replace(/^<([\w-]+)/, '<$1 theme="light"'), 'color-scheme: dark');
      expect(look(light), 'theme="light" on a dark-only page').to.deep.equal({ bg: LIGHT, text: LIGHT_TEXT });
    });

    it("the provider's explicit theme wins over the page", async () => {
      await darkSystem();
      const dark = await place(`<haven-provider theme="dark">${markup}</haven-provider>`);
      expect(look(dark), 'provider theme="dark" on a page with no color-scheme').to.deep.equal({ bg: DARK, text: DARK_TEXT });
      const light = await place(`<haven-provider theme="light">${markup}</haven-provider>`, 'color-scheme: dark');
      expect(look(light), 'provider theme="light" on a dark-only page').to.deep.equal({ bg: LIGHT, text: LIGHT_TEXT });
    });
  });
}

describe('custom colours keep working with the page-following theme', () => {
  it('takes --haven-color-* on a light page and --haven-dark-color-* on a dark one', async () => {
    const style = '--haven-color-bg: rgb(1, 2, 3); --haven-dark-color-bg: rgb(4, 5, 6)';
    expect(look(await place('<haven-faq></haven-faq>', style)).bg).to.equal('rgb(1, 2, 3)');
    expect(look(await place('<haven-faq></haven-faq>', `${style}; color-scheme: dark`)).bg).to.equal('rgb(4, 5, 6)');
    expect(look(await place('<haven-faq theme="dark"></haven-faq>', style)).bg).to.equal('rgb(4, 5, 6)');
  });

  it('colours the timer’s circle from the dark accent on a dark page (a colour mixed from a token)', async () => {
    const el = await place('<haven-grounding-timer></haven-grounding-timer>', 'color-scheme: dark');
    const light = await place('<haven-grounding-timer></haven-grounding-timer>');
    const shape = (t: LitElement) => getComputedStyle(t.shadowRoot!.querySelector('.shape')!).backgroundColor;
    expect(shape(el)).not.to.equal(shape(light));
  });
});
