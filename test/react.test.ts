// The React wrappers, rendered with React 19 in the browser: properties arrive as
// properties, events as typed props, and context flows through the provider.
import { expect } from '@open-wc/testing';
// Default imports: React is CommonJS, and its named exports are not visible once converted.
import React from 'react';
import ReactDOMClient from 'react-dom/client';
import { HavenFaq, HavenProvider } from '../src/react/index.js';
import type { HavenToggleDetail } from '../src/components/faq/index.js';

const { createElement: h, act } = React;
const { createRoot } = ReactDOMClient;
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

it('renders widgets with React 19: properties, typed events, provider context', async () => {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const toggles: HavenToggleDetail[] = [];
  await act(async () => {
    root.render(
      h(HavenProvider, { theme: 'dark' }, h(HavenFaq, {
        single: true,
        items: [{ id: 'r1', question: 'From React?', answer: 'Yes.' }, { question: 'Second?', answer: 'Also.' }],
        onHavenToggle: (e: CustomEvent<HavenToggleDetail>) => toggles.push(e.detail),
      })),
    );
  });
  const faq = container.querySelector('haven-faq')!;
  await faq.updateComplete;
  expect(faq.single).to.be.true;
  expect(faq.shownItems.map((i) => i.question)).to.deep.equal(['From React?', 'Second?']);
  expect(faq.shadowRoot!.querySelector('.root')!.classList.contains('theme-dark')).to.be.true;
  faq.shadowRoot!.querySelector<HTMLButtonElement>('button.question')!.click();
  expect(toggles).to.deep.equal([{ id: 'r1', open: true }]);
  await act(async () => root.unmount());
  container.remove();
});
