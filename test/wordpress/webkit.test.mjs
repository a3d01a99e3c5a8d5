// What a visitor on an iPhone's engine meets: WebKit (WebKitGTK's MiniBrowser, driven by
// WebKitWebDriver on a private Xvfb display, scripts/webkit-launcher.mjs) at 390 px wide, on
// a published post with every block and the site-wide quick exit on. The widgets upgrade and
// show the site's own content, the exit is on screen and not covered and its explanation fits,
// nothing is wider than the phone, and no request goes anywhere but the site.
//
// The width: MiniBrowser's toolbar keeps its window at least 447 px wide; with --full-screen
// it has no toolbar and takes 390 px exactly (checked below, not assumed). It is still a
// desktop engine: no mobile viewport, no text autosizing, the desktop user agent.
// The requests: WebDriver classic shows none, so MiniBrowser is given a proxy (--proxy) that
// records every request, its own site's included, passes the site's on and refuses the rest.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { remote } from 'webdriverio';
import { missingForWebkit, startWebkitDriver, webkitCapabilities } from '../../scripts/webkit-launcher.mjs';
import { useSite, site, php, blockComment, havenWidgetsInPage, havenWidgetsReadyInPage } from './helpers.mjs';
import { sampleBlocks, BUILT_IN_QUESTION } from './fixtures.mjs';

const WIDTH = 390;
const HEIGHT = 844;

useSite({ chromium: false });

let driver;
let browser;
let proxy;
/** Every request MiniBrowser made, as an absolute URL (CONNECT as https://host:port/). */
const requests = [];

/** A proxy on a free port that records each request and passes on only the site's. */
function startProxy(origin) {
  const target = new URL(origin);
  const server = http.createServer((req, res) => {
    requests.push(req.url);
    let url;
    try { url = new URL(req.url); } catch { url = null; }
    if (!url || url.origin !== target.origin) {
      res.writeHead(502, { 'content-type': 'text/plain' }).end('refused by the test proxy');
      return;
    }
    const headers = { ...req.headers };
    delete headers['proxy-connection'];
    const up = http.request({ host: target.hostname, port: target.port, method: req.method, path: url.pathname + url.search, headers }, (upRes) => {
      res.writeHead(upRes.statusCode, upRes.headers);
      upRes.pipe(res);
    });
    up.on('error', () => res.destroy());
    req.pipe(up);
  });
  server.on('connect', (req, socket) => {
    requests.push(`https://${req.url}/`);
    socket.end('HTTP/1.1 502 Refused\r\n\r\n');
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

before(async () => {
  const missing = missingForWebkit();
  if (missing.length) {
    throw new Error(`WebKit needs ${missing.join(' and ')} (as root: apt-get install ${missing.join(' ')}); `
      + 'set WEBKIT_PATH / WEBKIT_DRIVER_PATH for other binaries.');
  }
  proxy = await startProxy(site.url);
  driver = await startWebkitDriver();
  const capabilities = webkitCapabilities(['--full-screen', `--proxy=http://127.0.0.1:${proxy.address().port}`]);
  browser = await remote({ hostname: '127.0.0.1', port: driver.port, path: '/', logLevel: 'error', capabilities });
  await browser.setWindowSize(WIDTH, HEIGHT);
});

after(async () => {
  // The session first: killing the driver under an open session leaves MiniBrowser behind.
  await browser?.deleteSession().catch(() => {});
  await driver?.stop();
  await new Promise((done) => (proxy ? proxy.close(done) : done()));
  proxy?.closeAllConnections?.();
});

test(`WebKit at ${WIDTH} px: a post with every block and the site-wide exit`, async (t) => {
  const saved = (await php(`echo base64_encode(serialize(get_option('haven_widgets_settings', null)));`)).trim();
  const blocks = sampleBlocks(site.url);
  const url = (await php(`
    $s = get_option('haven_widgets_settings', array());
    $s = is_array($s) ? $s : array();
    $s['exit_enabled'] = true;
    update_option('haven_widgets_settings', $s);
    $id = wp_insert_post(['post_title' => 'Every block, in WebKit', 'post_status' => 'publish', 'post_type' => 'post',
      'post_content' => base64_decode('${Buffer.from(blocks.map((b) => blockComment(b.name, b.attrs)).join('\n\n')).toString('base64')}')]);
    echo get_permalink($id);`, 'admin')).trim();
  try {
    requests.length = 0;
    await browser.url(url);
    await browser.waitUntil(() => browser.execute(havenWidgetsReadyInPage), { timeout: 15000, interval: 100, timeoutMsg: 'the widgets did not all upgrade and render within 15 s' }).catch(() => {});
    // Anything the widgets fetch late (fonts, lazy images) has time to ask.
    await new Promise((r) => setTimeout(r, 500));

    await t.test('the widgets upgrade and show the site\'s own content', async () => {
      const found = (await browser.execute(havenWidgetsInPage)).map((w) => ({ ...w, text: `${w.shadowText} ${w.lightText}` }));
      for (const b of blocks) {
        const w = found.find((x) => x.tag === b.tag);
        assert.ok(w, `${b.tag} is on the page`);
        assert.ok(w.defined && w.shadow && w.shadowElements > 0, `${b.tag} upgraded and rendered: ${JSON.stringify(w)}`);
        for (const s of b.expect ?? []) assert.ok(w.text.includes(s), `${b.tag} shows "${s}"`);
        for (const s of b.absent ?? []) assert.ok(!w.text.includes(s), `${b.tag} does not show "${s}"`);
      }
      assert.ok(!found.some((w) => !w.defined || !w.shadow), `every haven-* element upgraded: ${JSON.stringify(found.filter((w) => !w.shadow))}`);
    });

    await t.test('the site-wide quick exit is on screen, nothing covers it, its explanation fits', async () => {
      const exit = await browser.execute(() => {
        const hosts = document.querySelectorAll('haven-quick-exit.haven-widgets-site-exit');
        const button = hosts[0]?.shadowRoot?.querySelector('button');
        if (!button) return { count: hosts.length };
        const b = button.getBoundingClientRect();
        const cx = b.left + b.width / 2;
        const cy = b.top + b.height / 2;
        const style = getComputedStyle(button);
        return {
          count: hosts.length, text: button.textContent.trim(),
          box: { left: b.left, top: b.top, right: b.right, bottom: b.bottom, width: b.width, height: b.height },
          visible: style.visibility === 'visible' && Number(style.opacity) > 0 && style.display !== 'none',
          onTop: document.elementFromPoint(cx, cy) === hosts[0] && hosts[0].shadowRoot.elementFromPoint(cx, cy)?.closest('button') === button,
          innerWidth, innerHeight,
        };
      });
      assert.equal(exit.count, 1, 'one site-wide exit');
      assert.ok(exit.text, `the exit's button has a label: ${JSON.stringify(exit)}`);
      assert.ok(exit.visible && exit.box.width >= 24 && exit.box.height >= 24, `the exit's button is shown: ${JSON.stringify(exit)}`);
      assert.ok(exit.box.left >= 0 && exit.box.top >= 0 && exit.box.right <= exit.innerWidth && exit.box.bottom <= exit.innerHeight,
        `the exit's button is inside the ${exit.innerWidth}×${exit.innerHeight} viewport: ${JSON.stringify(exit.box)}`);
      assert.ok(exit.onTop, 'what is on top at the button\'s centre is the button');
      // Its "How this works" opens an explanation under it, which fits the phone too.
      await (await (await browser.$('haven-quick-exit.haven-widgets-site-exit')).shadow$('summary')).click();
      const panel = await browser.execute(() => {
        const host = document.querySelector('haven-quick-exit.haven-widgets-site-exit');
        const p = host.shadowRoot.querySelector('details[open] [part~="help-panel"]');
        const b = p?.getBoundingClientRect();
        return b && { left: b.left, right: b.right, width: b.width, height: b.height, text: p.textContent.trim().slice(0, 40), innerWidth };
      });
      assert.ok(panel && panel.height > 0, `the explanation opened: ${JSON.stringify(panel)}`);
      assert.ok(panel.left >= 0 && panel.right <= panel.innerWidth,
        `the explanation is inside the ${panel.innerWidth} px viewport, not cut off: ${JSON.stringify(panel)}`);
    });

    await t.test(`the page is ${WIDTH} px wide and nothing is wider`, async () => {
      const size = await browser.execute(() => {
        const wide = [];
        const vw = document.documentElement.clientWidth;
        const walk = (root) => {
          for (const el of root.querySelectorAll('*')) {
            const r = el.getBoundingClientRect();
            if (r.right > vw + 0.5 || r.left < -0.5) wide.push(`${el.localName}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''} ${Math.round(r.left)}..${Math.round(r.right)}`);
            if (el.shadowRoot) walk(el.shadowRoot);
          }
        };
        walk(document);
        return { innerWidth, clientWidth: vw, scrollWidth: document.documentElement.scrollWidth, wide: wide.slice(0, 10) };
      });
      assert.equal(size.innerWidth, WIDTH, `the window is ${WIDTH} px wide (innerWidth)`);
      assert.ok(size.scrollWidth <= size.innerWidth,
        `no horizontal overflow: scrollWidth ${size.scrollWidth} > innerWidth ${size.innerWidth}; wider than the viewport: ${size.wide.join(', ')}`);
    });

    await t.test('the page asks nothing of anyone but the site', async () => {
      const origin = new URL(site.url).origin;
      const ours = requests.filter((u) => u.startsWith(`${origin}/`));
      assert.ok(ours.length > 3, `the proxy saw the page's requests (${ours.length})`);
      assert.deepEqual([...new Set(requests.filter((u) => !u.startsWith(`${origin}/`)))], [], `requests left ${origin}`);
    });
  } finally {
    await php(`$v = unserialize(base64_decode('${saved}'));
      if (null === $v) { delete_option('haven_widgets_settings'); } else { update_option('haven_widgets_settings', $v); }`);
  }
});
