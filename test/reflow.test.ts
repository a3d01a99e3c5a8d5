// WCAG 2.2 1.4.10 Reflow: at 320 CSS px (a 1280 px window zoomed to 400 %, or a small
// phone) nothing may need scrolling sideways; nor in a 200 px CMS sidebar. Every widget, in
// every language (German words are long, Arabic runs right to left), in its states with the
// most on screen.
import { expect, fixture } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { LitElement } from 'lit';
import '../src/index.js';
import '../src/locales/es.js';
import '../src/locales/fr.js';
import '../src/locales/de.js';
import '../src/locales/pt.js';
import '../src/locales/ar.js';

const LOCALES = ['en', 'es', 'fr', 'de', 'pt', 'ar'];
const WIDGETS = [
  '<haven-faq></haven-faq>',
  '<haven-grounding-timer></haven-grounding-timer>',
  '<haven-grounding-timer exercise="grounding"></haven-grounding-timer>',
  '<haven-empathy-prompts></haven-empathy-prompts>',
  '<haven-stage-table selectable current="acceptance" note></haven-stage-table>',
  '<haven-quick-exit placement="inline"></haven-quick-exit>',
  '<haven-helplines emergency-number="112"><ul><li><strong>Example line</strong><a href="tel:116123">116 123</a><a href="https://example.org/">Website</a></li></ul></haven-helplines>',
];

/** Everything in the shadow root that is drawn, with its box. */
function boxes(el: LitElement): { node: Element; rect: DOMRect }[] {
  return [...el.shadowRoot!.querySelectorAll('*')]
    .filter((node) => !node.closest('.visually-hidden, [hidden], thead'))
    .map((node) => ({ node, rect: node.getBoundingClientRect() }))
    .filter(({ rect }) => rect.width > 1 && rect.height > 1);
}

/** Opens what a visitor would open: the first answer, every "show all", the timer's run. */
async function open(el: LitElement): Promise<void> {
  const controls = `button[aria-expanded="false"], .more${el.localName === 'haven-grounding-timer' ? ', .primary' : ''}`;
  for (const b of el.shadowRoot!.querySelectorAll<HTMLElement>(controls)) b.click();
  await el.updateComplete;
}

for (const [width, locale] of [320, 200].flatMap((w) => LOCALES.map((l) => [w, l] as const))) {
  describe(`reflow at ${width}px, ${locale}`, () => {
    for (const markup of WIDGETS) {
      const name = markup.slice(1, markup.indexOf('>'));
      it(`<${name}> needs no sideways scrolling`, async () => {
        const wrap = await fixture<HTMLElement>(
          staticHtml`<div lang=${locale} dir=${locale === 'ar' ? 'rtl' : 'ltr'} style="inline-size:${width}px;font-size:16px">${unsafeStatic(markup)}</div>`,
        );
        const el = wrap.firstElementChild as LitElement;
        await el.updateComplete;
        await open(el);
        const frame = wrap.getBoundingClientRect();
        for (const { node, rect } of boxes(el)) {
          const where = `${name} ${locale} ${node.localName}.${node.className} "${node.textContent!.trim().slice(0, 40)}"`;
          expect(rect.left, where).to.be.at.least(frame.left - 0.5);
          expect(rect.right, where).to.be.at.most(frame.right + 0.5);
          // Text running out of its own box (a button's label) shows as scroll width.
          if (node instanceof HTMLElement && node.clientWidth) expect(node.scrollWidth, `${where} text`).to.be.at.most(node.clientWidth + 1);
        }
      });
    }
  });
}

describe('in a narrow sidebar', () => {
  it("<haven-grounding-timer> shrinks its circle to the column's width", async () => {
    const wrap = await fixture<HTMLElement>(staticHtml`<div style="inline-size:180px;font-size:16px"><haven-grounding-timer></haven-grounding-timer></div>`);
    const el = wrap.firstElementChild as LitElement;
    await el.updateComplete;
    const frame = wrap.getBoundingClientRect();
    const circle = el.shadowRoot!.querySelector('.stage')!.getBoundingClientRect();
    expect(circle.left).to.be.at.least(frame.left);
    expect(circle.right).to.be.at.most(frame.right);
    expect(circle.width).to.be.greaterThan(100);
  });
});
