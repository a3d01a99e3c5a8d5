// End to end, as a site would have it: the CDN bundle in the head of the site's own page (a
// window this test opens, so that it may really leave) and the snippet in a sandboxed embed
// on another origin. An exit used in the embed takes the whole tab to the page's own
// destination. Needs dist/cdn, which `npm test` builds first.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { framed } from './framed.js';

it('an exit in an embed takes the whole tab to the destination of the page around it, which runs the CDN bundle', async () => {
  // Opened from a click, as popup blockers want.
  const button = await fixture<HTMLButtonElement>(html`<button style="position:fixed;inset:0 auto auto 0;width:100px;height:40px">Open</button>`);
  let site: (Window & typeof globalThis) | null = null;
  button.addEventListener('click', () => (site = open('/test/sites/top-with-bundle.html') as typeof site));
  await sendMouse({ type: 'click', position: [50, 20] });
  expect(site, 'the browser opened the window').to.exist;
  const page = site!;
  try {
    await waitUntil(() => page.document?.readyState === 'complete' && page.location.pathname.endsWith('top-with-bundle.html') && !!page.customElements.get('haven-quick-exit'), 'the site did not load', { timeout: 5000 });
    const frame = await framed({ href: 'https://example.org/chosen-by-the-frame' }, page.document.body);
    frame.send('click');
    await waitUntil(() => page.location?.pathname === '/test/sites/left.html', 'the tab did not leave', { timeout: 5000 });
    expect(page.location.search).to.equal('?by=the-page');
  } finally {
    page.close();
  }
});
