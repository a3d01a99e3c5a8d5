// The snippet pasted twice, and the CDN copy beside the npm build: nothing may throw, and the
// widgets must work. Needs dist/cdn, which `npm test` builds first.
import { expect } from '@open-wc/testing';
import { captureWarnings, classicScript as classic, pageErrors } from './helpers.js';

const errors = pageErrors();

it('loads the module bundle twice, the classic bundle twice and the npm source, without errors', async () => {
  const warnings = captureWarnings();
  try {
    document.body.innerHTML = `<haven-faq><details><summary>Pasted?</summary>Twice.</details></haven-faq>
      <haven-grounding-timer></haven-grounding-timer><haven-empathy-prompts seed="x"></haven-empathy-prompts>
      <haven-stage-table></haven-stage-table><haven-quick-exit placement="inline"></haven-quick-exit>
      <haven-helplines><ul><li><strong>A line</strong><a href="tel:116123">116 123</a></li></ul></haven-helplines>`;
    await import('/dist/cdn/haven-widgets.js?copy=1' as string);
    await import('/dist/cdn/haven-widgets.js?copy=2' as string);
    await classic('/dist/cdn/haven-widgets.iife.js?copy=1');
    await classic('/dist/cdn/haven-widgets.iife.js?copy=2');
    await import('../src/index.js');
    const faq = document.querySelector('haven-faq')!;
    await faq.updateComplete;
    const button = faq.shadowRoot!.querySelector<HTMLButtonElement>('button.question')!;
    expect(button.textContent!.trim()).to.equal('Pasted?');
    button.click();
    await faq.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    // Every other widget upgraded and rendered from the first copy.
    for (const tag of ['haven-grounding-timer', 'haven-empathy-prompts', 'haven-stage-table', 'haven-quick-exit', 'haven-helplines']) {
      const el = document.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
      await el.updateComplete;
      expect(el.shadowRoot?.querySelector('.root'), tag).to.exist;
    }
    expect(document.querySelector('haven-helplines')!.shadowRoot!.querySelector('a[href="tel:116123"]')).to.exist;
    expect(errors).to.deep.equal([]);
    // Same version everywhere: no "another version" warning either.
    expect(warnings.messages.filter((m) => m.includes('already defined'))).to.deep.equal([]);
  } finally {
    warnings.restore();
  }
});

it('a locale file next to the CDN bundle switches the widgets already on the page', async () => {
  document.body.innerHTML = `<haven-faq locale="de"></haven-faq>`;
  const faq = document.querySelector('haven-faq')!;
  await faq.updateComplete;
  await import('/dist/cdn/locales/de.js' as string);
  await faq.updateComplete;
  expect(faq.shadowRoot!.querySelector('[part="toggle-all"]')!.textContent!.trim()).to.equal('Alle Antworten zeigen');
  expect(errors).to.deep.equal([]);
});

// The CDN build squeezes its templates (scripts/minify-templates.mjs) and terser renames what it
// may: what each widget renders must still be what the source renders, attribute for attribute
// and box for box. The minifier drops whitespace between two tags, which the source keeps: the
// markup is compared without it, and the boxes show whether such a space was visible (a space
// between two inline elements moves the second one).
it('each widget renders the same markup from the bundle as from the source', async () => {
  await import('/dist/cdn/haven-widgets.js?copy=1' as string);
  const source = await import('../src/index.js');
  const pairs: Array<[string, CustomElementConstructor, string]> = [
    ['haven-faq', source.HavenFaq, ''],
    ['haven-grounding-timer', source.HavenGroundingTimer, ''],
    ['haven-empathy-prompts', source.HavenEmpathyPrompts, 'seed="x"'],
    ['haven-stage-table', source.HavenStageTable, ''],
    ['haven-quick-exit', source.HavenQuickExit, 'placement="inline"'],
    ['haven-helplines', source.HavenHelplines, '><ul><li><strong>A line</strong><a href="tel:116123">116 123</a></li></ul'],
  ];
  const render = async (tag: string, attributes: string): Promise<{ markup: string; boxes: string[] }> => {
    const host = document.createElement('div');
    host.style.inlineSize = '600px';
    host.innerHTML = `<${tag} ${attributes}></${tag}>`;
    document.body.append(host);
    const el = host.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
    await el.updateComplete;
    const markup = el.shadowRoot!.innerHTML.replace(/<!--[^]*?-->/g, '').replace(/>\s+</g, '><').replace(/\s+/g, ' ');
    const origin = host.getBoundingClientRect();
    const boxes = [...el.shadowRoot!.querySelectorAll('*')].map((child) => {
      const box = child.getBoundingClientRect();
      const at = [box.left - origin.left, box.top - origin.top, box.width, box.height].map((n) => Math.round(n));
      return `${child.localName}${child.getAttribute('part') ? `[part=${child.getAttribute('part')}]` : ''} ${at.join(' ')}`;
    });
    host.remove();
    return { markup, boxes };
  };
  for (const [tag, ctor, attributes] of pairs) {
    expect(customElements.get(tag), `${tag} comes from the bundle`).to.not.equal(ctor);
    customElements.define(`source-${tag}`, class extends (ctor as unknown as typeof HTMLElement) {});
    const built = await render(tag, attributes);
    const fromSource = await render(`source-${tag}`, attributes);
    expect(built.markup, tag).to.include('part=');
    expect(built.markup, tag).to.equal(fromSource.markup);
    expect(built.boxes, tag).to.deep.equal(fromSource.boxes);
  }
});
