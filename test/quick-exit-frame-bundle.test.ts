// The whole library's entry (what the CDN bundle is built from) on the page around a frame:
// an exit used in the frame leaves the whole tab, though this page shows no quick exit.
import { expect, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { leave } from '../src/components/quick-exit/leave.js';
import { DEFAULT_HREF } from '../src/components/quick-exit/exit-options.js';
import { framed } from './framed.js';

it('an exit in a frame of a page that loads the whole library leaves this page, to the default', async () => {
  const calls: string[] = [];
  const real = { ...leave };
  leave.replace = (url) => void calls.push(url);
  const frame = await framed({ href: 'https://example.org/chosen-by-the-frame' });
  try {
    frame.send('click');
    await waitUntil(() => calls.length > 0, 'this page did not leave', { timeout: 3000 });
    expect(calls).to.deep.equal([DEFAULT_HREF]);
    expect(document.querySelector<HTMLDialogElement>('body > dialog')!.open).to.be.true;
  } finally {
    frame.remove();
    Object.assign(leave, real);
  }
});
