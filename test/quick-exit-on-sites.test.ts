// The fixed quick exit on pages shaped like real sites, each in a frame of a phone's or a
// desktop's width (a frame's viewport is its size, in every engine): a Markdown theme's
// header, a Bootstrap-like sticky navbar, WordPress's admin bar. At the top of the page the
// exit covers none of the site's header text or links; scrolled, it stays on screen, below
// any bar stuck at the top; where it was pasted it keeps only its own height.
import { expect, waitUntil } from '@open-wc/testing';
import type { HavenQuickExit } from '../src/components/quick-exit/index.js';

type Win = Window & typeof globalThis;
interface Site {
  win: Win;
  doc: Document;
  exit: HavenQuickExit;
  /** The exit's button row (part base), in the frame's viewport. */
  row: () => DOMRect;
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const f of frames.splice(0)) f.remove();
});

const LONG = Array.from({ length: 40 }, (_, i) => `<p>Paragraph ${i + 1}: words a visitor reads about support and recovery.</p>`).join('');

/** A page of `width` × `height` px with `css` and `body`, the quick exit loaded as a module, settled. */
async function site(width: number, body: string, css = '', { height = 700, htmlClass = '', bodyClass = '', head = '' } = {}): Promise<Site> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `position:fixed;top:0;left:0;width:${width}px;height:${height}px;border:0;background:#fff`;
  frame.srcdoc = `<!doctype html><html lang="en" class="${htmlClass}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>A site</title>${head}<style>body{margin:0;font:16px/1.5 sans-serif}${css}</style><script type="module" src="/src/components/quick-exit/index.ts"></script></head><body class="${bodyClass}">${body}</body></html>`;
  frames.push(frame);
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Win;
  const doc = win.document;
  await waitUntil(() => win.customElements.get('haven-quick-exit'), 'the quick exit was not defined', { timeout: 10000 });
  const exit = doc.querySelector('haven-quick-exit')!;
  await exit.updateComplete;
  await frames3(win);
  const row = () => exit.shadowRoot!.querySelector('[part="base"]')!.getBoundingClientRect();
  return { win, doc, exit, row };
}

/** Placement follows scroll and resize once a frame: three frames are plenty. */
async function frames3(win: Win): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise((r) => win.requestAnimationFrame(r));
  await new Promise((r) => win.setTimeout(r));
}

async function scroll(s: Site, y: number): Promise<void> {
  s.win.scrollTo(0, y);
  await frames3(s.win);
}

const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const rectText = (r: DOMRect) => `${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)}`;
/** The texts and links of `selector` that the exit's row covers (none, when all is well). */
function covered(s: Site, selector: string): string[] {
  const row = s.row();
  return [...s.doc.querySelectorAll(selector)]
    .filter((el) => [...el.getClientRects()].some((r) => overlap(row, r)))
    .map((el) => `"${el.textContent!.trim()}" under the exit at ${rectText(row)}`);
}
function onScreen(s: Site): void {
  const r = s.row();
  const { clientWidth, clientHeight } = s.doc.documentElement;
  expect(r.top, 'top').to.be.at.least(0);
  expect(r.left, 'left').to.be.at.least(0);
  expect(r.bottom, 'bottom').to.be.at.most(clientHeight);
  expect(r.right, 'right').to.be.at.most(clientWidth);
}
/** The element after the exit starts (its margin box) within the row's own height of where the exit was pasted. */
function noEmptyStrip(s: Site): void {
  const next = s.exit.nextElementSibling!;
  const gap = next.getBoundingClientRect().top - parseFloat(s.win.getComputedStyle(next).marginTop) - s.exit.getBoundingClientRect().top;
  expect(gap, 'room kept where the exit was pasted').to.be.at.most(s.row().height + 0.5);
}

// A Markdown site's theme: the title on the left of a 60 px header, the menu on the right.
const MARKDOWN_CSS =
  'header{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;min-height:60px;padding:0 16px;border-bottom:1px solid #ccc;box-sizing:border-box}' +
  'header .title{font-size:1.25em;font-weight:700;text-decoration:none;color:#222}header nav a{margin-inline-start:12px}main{max-width:720px;margin:0 auto;padding:16px}';
const MARKDOWN = `<header><a class="title" href="/">Harbour Peer Support</a><nav><a href="/about">About</a><a href="/groups">Groups</a><a href="/contact">Contact</a></nav></header>
<main><haven-quick-exit></haven-quick-exit><h1>Finding your feet</h1>${LONG}</main>`;

// Bootstrap's "sticky-top" navbar: brand on the left, links on the right.
const NAVBAR_CSS =
  '.navbar{position:sticky;top:0;z-index:1020;display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;padding:8px 16px;background:#f8f9fa;border-bottom:1px solid #ddd}' +
  '.navbar a{padding:8px;color:#333}.container{padding:16px}';
const NAVBAR = `<nav class="navbar"><a class="navbar-brand" href="/">Harbour</a><div class="navbar-nav"><a class="nav-link" href="/">Home</a><a class="nav-link" href="/help">Get help</a><a class="nav-link" href="/stories">Stories</a><a class="nav-link" href="/donate">Donate</a></div></nav>
<div class="container"><haven-quick-exit></haven-quick-exit><h1>Welcome</h1>${LONG}</div>`;

for (const width of [390, 1280]) {
  describe(`the fixed quick exit on real themes, ${width} px wide`, () => {
    it('pasted first in a Markdown theme\'s content: covers none of the header\'s title or links at the top, and keeps no empty strip', async () => {
      const s = await site(width, MARKDOWN, MARKDOWN_CSS);
      expect(covered(s, 'header a')).to.deep.equal([]);
      onScreen(s);
      noEmptyStrip(s);
      // Scrolled: still on screen, at the top.
      await scroll(s, 900);
      onScreen(s);
      expect(s.row().top).to.be.below(60);
    });

    it('under a sticky navbar: covers no navbar link at the top or scrolled, and stays on screen, just below the navbar', async () => {
      const s = await site(width, NAVBAR, NAVBAR_CSS);
      expect(covered(s, '.navbar a')).to.deep.equal([]);
      noEmptyStrip(s);
      for (const y of [30, 200, 1200]) {
        await scroll(s, y);
        onScreen(s);
        expect(covered(s, '.navbar a'), `scrolled by ${y}`).to.deep.equal([]);
        const bar = s.doc.querySelector('.navbar')!.getBoundingClientRect();
        expect(s.row().top - bar.bottom, `just below the navbar, scrolled by ${y}`).to.be.within(0, 24);
      }
      // Back at the top: where it was pasted again.
      await scroll(s, 0);
      expect(Math.abs(s.row().top - s.exit.getBoundingClientRect().top)).to.be.below(1);
    });

    it('in a right-to-left page: at its slot at the top, in the top left corner below the navbar once scrolled', async () => {
      const s = await site(width, NAVBAR.replace('<nav', '<nav dir="rtl"'), NAVBAR_CSS, { htmlClass: '' });
      s.doc.documentElement.dir = 'rtl';
      await frames3(s.win);
      expect(covered(s, '.navbar a')).to.deep.equal([]);
      await scroll(s, 900);
      onScreen(s);
      expect(covered(s, '.navbar a')).to.deep.equal([]);
      expect(s.row().left).to.be.below(20);
    });
  });
}

describe('the fixed quick exit pasted inside a fixed header', () => {
  it('stays in the header as the page scrolls, and is not pushed below it', async () => {
    const s = await site(
      1280,
      `<header style="position:fixed;top:0;inset-inline:0;height:64px;display:flex;align-items:center;justify-content:space-between;padding:0 16px;background:#eee;z-index:5"><a href="/">Harbour</a><div style="display:flex;gap:16px;align-items:center"><a href="/about">About</a><haven-quick-exit></haven-quick-exit></div></header><main style="padding-top:80px">${LONG}</main>`,
    );
    const before = s.row();
    expect(covered(s, 'header a')).to.deep.equal([]);
    expect(before.top).to.be.below(64);
    await scroll(s, 800);
    const after = s.row();
    expect(Math.round(after.top)).to.equal(Math.round(before.top));
    expect(Math.round(after.left)).to.equal(Math.round(before.left));
  });
});

// WordPress's admin bar for logged-in staff: fixed, 32 px, above 782 px; 46 px below, and
// position: absolute under 600 px, so it scrolls away with the page. The plugin's stylesheet
// and the site-wide exit's place (first in <body>) as the plugin prints them.
const ADMIN_BAR_CSS =
  'html{margin-top:32px!important}#wpadminbar{position:fixed;top:0;left:0;width:100%;height:32px;background:#1d2327;color:#fff;z-index:99999}' +
  '@media screen and (max-width:782px){html{margin-top:46px!important}#wpadminbar{height:46px}}' +
  '@media screen and (max-width:600px){#wpadminbar{position:absolute}}';
const WORDPRESS = `<div id="wpadminbar"><a href="/wp-admin/">Dashboard</a></div><haven-quick-exit class="haven-widgets-site-exit"></haven-quick-exit>
<header class="wp-block-template-part" style="display:flex;justify-content:space-between;padding:16px"><a href="/">Harbour</a><nav><a href="/about">About</a></nav></header><main>${LONG}</main>`;
const WP_HEAD = '<link rel="stylesheet" href="/wordpress/assets/haven-widgets.css">';

describe('the WordPress site-wide exit follows the admin bar', () => {
  it('on a phone (admin bar scrolls away): below the bar at the top, at the very top once the bar has scrolled away, no 46 px gap', async () => {
    const s = await site(390, WORDPRESS, ADMIN_BAR_CSS, { bodyClass: 'admin-bar', head: WP_HEAD });
    expect(covered(s, '#wpadminbar a, header a')).to.deep.equal([]);
    expect(s.row().top).to.be.at.least(46);
    await scroll(s, 400);
    onScreen(s);
    expect(s.row().top, 'at the top, the bar gone').to.be.below(16);
  });

  it('on a desktop (admin bar fixed): just below the bar, scrolled or not', async () => {
    const s = await site(1280, WORDPRESS, ADMIN_BAR_CSS, { bodyClass: 'admin-bar', head: WP_HEAD });
    expect(covered(s, '#wpadminbar a, header a')).to.deep.equal([]);
    await scroll(s, 400);
    expect(covered(s, '#wpadminbar a')).to.deep.equal([]);
    expect(s.row().top - 32).to.be.within(0, 16);
  });
});
