// Widgets inside <haven-provider> sit where they would sit without it. The provider has no
// box (display: contents), so a layout rule on a container's children matches the provider;
// it passes that sizing on to its own children. Asserted as box geometry, against the same
// layout built without a provider.
import { expect, fixture } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../src/index.js';
import type { LitElement } from 'lit';

// WordPress (twentytwentythree, 6.x): the column rule quoted in issue 14, and its block gap.
const WORDPRESS = `
.is-layout-constrained > :where(:not(.alignleft):not(.alignright):not(.alignfull)) {
  max-width: var(--wp--style--global--content-size);
  margin-left: auto !important;
  margin-right: auto !important;
}
:where(.is-layout-constrained) > * { margin-block-start: 0; margin-block-end: 0; }
:where(.is-layout-constrained) > * + * { margin-block-start: 24px; }
.wp-block-post-content { --wp--style--global--content-size: 650px; width: 1280px; padding: 0; }
.twenty-twenty > * { max-width: 580px; width: calc(100% - 4rem); margin-left: auto; margin-right: auto; }
`;

let style: HTMLStyleElement;
// The post content is 1280 px wide itself, as in a 1280 px window (the test page's own window
// is smaller, and cannot be resized over WebDriver): the geometry is the same.
before(() => {
  style = document.createElement('style');
  style.textContent = WORDPRESS;
  document.head.append(style);
});
after(() => style.remove());

type Box = { left: number; width: number; top: number; bottom: number };
const box = (el: Element): Box => {
  const r = el.getBoundingClientRect();
  return { left: Math.round(r.left), width: Math.round(r.width), top: Math.round(r.top), bottom: Math.round(r.bottom) };
};

async function layout(markup: string): Promise<HTMLElement> {
  const wrap = await fixture<HTMLElement>(staticHtml`${unsafeStatic(markup)}`);
  await Promise.all([...wrap.querySelectorAll<LitElement>('haven-faq, haven-helplines, haven-stage-table')].map((w) => w.updateComplete));
  return wrap;
}

const HELPLINES = '<haven-helplines emergency-number="999"><ul><li><strong>Example line</strong><a href="tel:116123">116 123</a></li></ul></haven-helplines>';

describe('a provider in a WordPress constrained column (650 px content in 1280 px)', () => {
  it('keeps an FAQ inside it 650 px wide and centred, as an FAQ outside it', async () => {
    const wrap = await layout(
      `<div class="is-layout-constrained wp-block-post-content"><p>Intro</p><haven-faq id="outside"></haven-faq><haven-provider><haven-faq id="inside"></haven-faq></haven-provider></div>`,
    );
    const column = box(wrap);
    const outside = box(wrap.querySelector('#outside')!);
    const inside = box(wrap.querySelector('#inside')!);
    expect(column.width).to.equal(1280);
    expect(outside.width, 'the FAQ without a provider').to.equal(650);
    expect(inside.width, 'the FAQ inside a provider').to.equal(650);
    expect(inside.left - column.left, 'centred: (1280 - 650) / 2 from the column edge').to.equal(315);
    expect(inside.left).to.equal(outside.left);
  });

  it('keeps the block gap before and between two widgets, as without a provider', async () => {
    const reference = await layout(
      `<div class="is-layout-constrained wp-block-post-content"><p>Intro</p>${HELPLINES.replace('<haven-helplines', '<haven-helplines id="a"')}<haven-faq id="b"></haven-faq></div>`,
    );
    const wrap = await layout(
      `<div class="is-layout-constrained wp-block-post-content"><p>Intro</p><haven-provider>${HELPLINES.replace('<haven-helplines', '<haven-helplines id="a"')}<haven-faq id="b"></haven-faq></haven-provider></div>`,
    );
    const gaps = (w: HTMLElement) => {
      const [p, a, b] = [box(w.querySelector('p')!), box(w.querySelector('#a')!), box(w.querySelector('#b')!)];
      return { beforeFirst: a.top - p.bottom, between: b.top - a.bottom, widths: [a.width, b.width], lefts: [a.left - box(w).left, b.left - box(w).left] };
    };
    expect(gaps(reference)).to.deep.equal({ beforeFirst: 24, between: 24, widths: [650, 650], lefts: [315, 315] });
    expect(gaps(wrap)).to.deep.equal(gaps(reference));
  });

  it('sizes a site paragraph inside the provider to the column too', async () => {
    const wrap = await layout(
      `<div class="is-layout-constrained wp-block-post-content"><p>Intro</p><haven-provider><p id="inside">Our questions</p><haven-faq></haven-faq></haven-provider></div>`,
    );
    expect(box(wrap.querySelector('#inside')!).width).to.equal(650);
    expect(box(wrap.querySelector('#inside')!).left - box(wrap).left).to.equal(315);
  });

  it('still lets a rule the site writes for the widget itself win', async () => {
    const wrap = await layout(
      `<div class="is-layout-constrained wp-block-post-content"><haven-provider><haven-faq style="max-width: 400px"></haven-faq></haven-provider></div>`,
    );
    expect(box(wrap.querySelector('haven-faq')!).width).to.equal(400);
    expect(box(wrap.querySelector('haven-faq')!).left - box(wrap).left, 'still centred by the column').to.equal(440);
  });
});

describe('a provider in other layouts', () => {
  it('plain flow: an FAQ inside fills the column as one outside does', async () => {
    const wrap = await layout(
      `<div style="width: 500px"><haven-faq id="outside"></haven-faq><haven-provider><haven-faq id="inside"></haven-faq></haven-provider></div>`,
    );
    const [outside, inside] = [box(wrap.querySelector('#outside')!), box(wrap.querySelector('#inside')!)];
    expect(inside.width).to.equal(500);
    expect(inside.left).to.equal(outside.left);
    expect(inside.top, 'no gap appears where the page had none').to.equal(outside.bottom);
  });

  it('a theme that sets width and max-width on the content’s children (Twenty Twenty)', async () => {
    const wrap = await layout(`<div class="twenty-twenty" style="width: 1000px"><haven-provider><haven-faq></haven-faq></haven-provider></div>`);
    const faq = box(wrap.querySelector('haven-faq')!);
    expect(faq.width).to.equal(580);
    expect(faq.left - box(wrap).left).to.equal(210);
  });

  it('a flex row with a gap: the widgets inside stay its items, the gap between them', async () => {
    const wrap = await layout(
      `<div style="display: flex; gap: 20px; width: 820px"><haven-provider>${HELPLINES}<haven-faq></haven-faq></haven-provider></div>`,
    );
    const [a, b] = [box(wrap.querySelector('haven-helplines')!), box(wrap.querySelector('haven-faq')!)];
    expect(b.left - (a.left + a.width)).to.equal(20);
    expect(a.top).to.equal(b.top);
  });

  it("a row whose children share it (flex: 1) shares it with the provider's widgets", async () => {
    const css = document.createElement('style');
    css.textContent = '.row > * { flex: 1 1 0; }';
    document.head.append(css);
    try {
      const wrap = await layout(
        `<div class="row" style="display: flex; gap: 20px; width: 820px"><haven-provider>${HELPLINES}<haven-faq></haven-faq></haven-provider></div>`,
      );
      expect(box(wrap.querySelector('haven-helplines')!).width).to.equal(400);
      expect(box(wrap.querySelector('haven-faq')!).width).to.equal(400);
    } finally {
      css.remove();
    }
  });

  it('a grid with a gap: each widget takes its own cell', async () => {
    const wrap = await layout(
      `<div style="display: grid; grid-template-columns: 1fr 1fr; gap: 16px; width: 816px"><haven-provider>${HELPLINES}<haven-faq></haven-faq></haven-provider></div>`,
    );
    const [a, b] = [box(wrap.querySelector('haven-helplines')!), box(wrap.querySelector('haven-faq')!)];
    expect([a.width, b.width]).to.deep.equal([400, 400]);
    expect(b.left - a.left).to.equal(416);
  });
});
