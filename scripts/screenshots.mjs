// Renders the demo page in headless Chromium and saves full-page screenshots to screenshots/:
// desktop and a 390 px phone, light and dark, and right-to-left. Look at them before
// calling a widget done. Usage: npm run screenshots [-- --only=phone-dark,desktop-rtl]
// [--selector='#faq'] [--port=8124] [--prefix=faq-]
import { mkdirSync } from 'node:fs';
import { startDevServer } from '@web/dev-server';
import { puppeteerCore } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { loopbackOnly } from '../web-dev-server.config.mjs';

const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const only = arg('only');
// --selector='#faq' shoots one part of the page; --port and --prefix let several runs coexist.
const selector = arg('selector');
const port = Number(arg('port') ?? 8123);
const prefix = arg('prefix') ?? '';
const shots = [
  { name: 'desktop-light', width: 1280, scheme: 'light', query: '' },
  { name: 'desktop-dark', width: 1280, scheme: 'dark', query: '' },
  { name: 'phone-light', width: 390, scheme: 'light', query: '' },
  { name: 'phone-dark', width: 390, scheme: 'dark', query: '' },
  { name: 'desktop-rtl', width: 1280, scheme: 'light', query: '?dir=rtl' },
  { name: 'phone-reduced-motion', width: 390, scheme: 'light', query: '', reduced: true },
].filter((s) => !only || only.split(',').includes(s.name));

mkdirSync('screenshots', { recursive: true });
const server = await startDevServer({
  config: { rootDir: '.', port, hostname: '127.0.0.1', nodeResolve: true, plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' }), loopbackOnly()] },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const browser = await puppeteerCore.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--hide-scrollbars'],
});
try {
  for (const shot of shots) {
    const page = await browser.newPage();
    await page.setViewport({ width: shot.width, height: 900, deviceScaleFactor: 1 });
    await page.emulateMediaFeatures([
      { name: 'prefers-color-scheme', value: shot.scheme },
      { name: 'prefers-reduced-motion', value: shot.reduced ? 'reduce' : 'no-preference' },
    ]);
    page.on('pageerror', (e) => console.error(`[${shot.name}] page error:`, e.message));
    page.on('console', (m) => m.type() === 'error' && console.error(`[${shot.name}]`, m.text()));
    await page.goto(`http://127.0.0.1:${port}/demo/${shot.query}`, { waitUntil: 'networkidle0' });
    await page.evaluate(() => document.fonts.ready);
    // Open one answer in every FAQ so the screenshot shows both states.
    await page.evaluate(() => {
      for (const faq of document.querySelectorAll('haven-faq')) faq.shadowRoot?.querySelector('button.question')?.click();
    });
    await new Promise((r) => setTimeout(r, 300));
    const file = `screenshots/${prefix}${shot.name}.png`;
    if (selector) {
      const target = await page.$(selector);
      if (!target) throw new Error(`no element matches ${selector}`);
      await target.screenshot({ path: file });
    } else {
      await page.screenshot({ path: file, fullPage: true });
    }
    console.log(`wrote ${file}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
