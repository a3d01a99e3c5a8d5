// Vue 3 with its documented custom-element set-up (isCustomElement): properties bound with
// `:items` reach the element as properties, and `@haven-toggle` listens to our events.
import { expect } from '@open-wc/testing';
// The browser build with the template compiler, as a plain page would load it.
import { createApp, nextTick, ref } from 'vue/dist/vue.esm-browser.js';
import '../src/index.js';
import type { HavenFaq, HavenToggleDetail } from '../src/index.js';

it('works in a Vue 3 app: properties, events, provider', async () => {
  const container = document.createElement('div');
  document.body.append(container);
  const toggles: HavenToggleDetail[] = [];
  const items = ref([{ id: 'v1', question: 'From Vue?', answer: 'Yes.' }]);
  const app = createApp({
    setup: () => ({ items, onToggle: (e: CustomEvent<HavenToggleDetail>) => toggles.push(e.detail) }),
    template: `<haven-provider theme="dark"><haven-faq :items="items" single @haven-toggle="onToggle"></haven-faq></haven-provider>`,
  });
  app.config.compilerOptions.isCustomElement = (tag: string) => tag.startsWith('haven-');
  app.mount(container);
  await nextTick();
  const faq = container.querySelector<HavenFaq>('haven-faq')!;
  await faq.updateComplete;
  expect(faq.shownItems.map((i) => i.question)).to.deep.equal(['From Vue?']);
  expect(faq.single).to.be.true;
  expect(faq.shadowRoot!.querySelector('.root')!.classList.contains('theme-dark')).to.be.true;
  faq.shadowRoot!.querySelector<HTMLButtonElement>('button.question')!.click();
  expect(toggles).to.deep.equal([{ id: 'v1', open: true }]);
  items.value = [...items.value, { id: 'v2', question: 'Reactive?', answer: 'Yes.' }];
  await nextTick();
  await faq.updateComplete;
  expect(faq.shownItems.map((i) => i.id)).to.deep.equal(['v1', 'v2']);
  app.unmount();
  container.remove();
});
