// Visual regression: every widget in light, dark, Arabic and at 390 px, compared with the
// baselines in test/screenshots/<browser>/baseline/. A visible change fails; after a wanted
// change, refresh them with `npm run test:visual:update` and look at the new images.
// The page font is fixed to DejaVu Sans (.ci/run installs it) so machines agree.
import { fixture } from '@open-wc/testing';
import { visualDiff } from '@web/test-runner-visual-regression';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../src/index.js';
import '../src/locales/ar.js';
import type { LitElement } from 'lit';

const WIDGETS: Record<string, string> = {
  'faq': '<haven-faq></haven-faq>',
  'grounding-timer': '<haven-grounding-timer></haven-grounding-timer>',
  'empathy-prompts': '<haven-empathy-prompts seed="calm"></haven-empathy-prompts>',
  'stage-table': '<haven-stage-table selectable current="acceptance" note></haven-stage-table>',
  'quick-exit': '<haven-quick-exit placement="inline"></haven-quick-exit>',
  'helplines': '<haven-helplines emergency-number="999"><ul><li><strong>Example line</strong><a href="tel:116123">116 123</a><a href="https://example.org/">Website</a></li></ul></haven-helplines>',
};

const VARIANTS = [
  { name: 'light', attrs: 'theme="light"', width: 640 },
  { name: 'dark', attrs: 'theme="dark"', width: 640 },
  { name: 'ar', attrs: 'theme="light" locale="ar"', width: 640 },
  { name: 'phone', attrs: 'theme="light"', width: 390 },
];

for (const [name, markup] of Object.entries(WIDGETS)) {
  describe(`visual: ${name}`, () => {
    for (const variant of VARIANTS) {
      it(variant.name, async () => {
        const withAttrs = markup.replace(/^<([\w-]+)/, `<$1 ${variant.attrs}`);
        const wrap = await fixture<HTMLElement>(
          staticHtml`<div class="visual" style="width:${unsafeStatic(String(variant.width))}px;padding:12px;background:${unsafeStatic(variant.name === 'dark' ? '#000' : '#fff')};font:16px/1.5 'DejaVu Sans',sans-serif">${unsafeStatic(withAttrs)}</div>`,
        );
        const el = wrap.firstElementChild as LitElement;
        await el.updateComplete;
        // Show an open state too: the first collapsed control, opened.
        el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-expanded="false"]:not([part="toggle-all"])')?.click();
        await el.updateComplete;
        await document.fonts.ready;
        await visualDiff(wrap, `${name}-${variant.name}`);
      });
    }
  });
}
