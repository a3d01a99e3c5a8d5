// `node demo/measure-shift.mjs [--widths=360,375,390,412,768,1280] [--sweep] [--query=?lang=ar]`:
// how far each example moves when the widgets upgrade. Serves the built demo (dist/demo: run
// `BUILD=demo npx rollup -c --silent` first) and, at each width, compares every stage's height
// before its script has run (what a visitor sees first, and what `:not(:defined)` in demo.css
// shapes) to its height once the widgets have rendered. Then it loads the page with
// its script held back until the page has painted, and prints the layout shift Chromium
// records with the whole page in view: Lighthouse only counts the first screen.
// `--sweep` checks every 16 px from 320 to 1280 and lists where each stage differs.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { puppeteerCore } from '@web/test-runner-chrome';

const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const sweep = process.argv.includes('--sweep');
const widths = sweep
  ? Array.from({ length: 61 }, (_, i) => 320 + 16 * i)
  : (arg('widths') ?? '360,375,390,412,768,1280').split(',').map(Number);
const query = arg('query') ?? '';
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };
let hold = false;
let release;
const server = createServer(async (req, res) => {
  const path = new URL(req.url, 'http://x').pathname.replace(/\/$/, '/index.html');
  try {
    const body = await readFile(join('dist/demo', path));
    if (hold && path.endsWith('.js')) await new Promise((r) => (release = r));
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
}).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const url = `http://127.0.0.1:${server.address().port}/${query}`;
const browser = await puppeteerCore.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--hide-scrollbars'],
});
const settle = () => new Promise((r) => setTimeout(r, 150));
const heights = () =>
  [...document.querySelectorAll('.stage')].map((s) => ({
    id: s.closest('article')?.querySelector('h3')?.id ?? s.closest('section')?.id ?? '?',
    h: Math.round(s.getBoundingClientRect().height * 10) / 10,
  }));

/** With `upgraded` false the page's script is refused, so the widgets stay undefined while
 * scripting stays enabled: the state `@media (scripting: enabled)` reserves space for. */
async function stageHeights(upgraded) {
  const page = await browser.newPage();
  if (!upgraded) {
    await page.setRequestInterception(true);
    page.on('request', (r) => (r.url().endsWith('.js') ? r.abort() : r.continue()));
  }
  await page.setViewport({ width: widths[0], height: 900 });
  await page.goto(url, { waitUntil: 'load' });
  const out = [];
  for (const width of widths) {
    await page.setViewport({ width, height: 900 });
    await settle();
    out.push(await page.evaluate(heights));
  }
  await page.close();
  return out;
}

try {
  const before = await stageHeights(false);
  const after = await stageHeights(true);
  const ids = after[0].map((s) => s.id);
  if (sweep) {
    console.log(`Stages whose height changes on upgrade, by viewport width (${widths[0]}–${widths.at(-1)} px)${query ? ` ${query}` : ''}:`);
    for (const [i, id] of ids.entries()) {
      const off = widths.map((w, k) => [w, after[k][i].h - before[k][i].h]).filter(([, d]) => Math.abs(d) >= 0.5);
      if (off.length) console.log(`  ${id.padEnd(28)} ${off.length}/${widths.length}: ${off.map(([w, d]) => `${w}:${d > 0 ? '+' : ''}${Math.round(d)}`).join(' ')}`);
    }
  } else {
    console.log(`Height change of each stage on upgrade (px)${query ? ` ${query}` : ''}:`);
    console.log(`  ${'stage'.padEnd(28)} ${widths.map((w) => `${w}px`.padStart(8)).join('')}`);
    for (const [i, id] of ids.entries()) {
      const cells = widths.map((_, k) => {
        const d = Math.round(after[k][i].h - before[k][i].h);
        return (d === 0 ? '·' : (d > 0 ? '+' : '') + d).padStart(8);
      });
      console.log(`  ${id.padEnd(28)} ${cells.join('')}`);
    }
  }

  // The shift Chromium records, with the script arriving after the first paint.
  hold = true;
  for (const width of [412, 1280]) {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 900 });
    await page.evaluateOnNewDocument(() => {
      window.__shift = [];
      new PerformanceObserver((list) => window.__shift.push(...list.getEntries())).observe({ type: 'layout-shift', buffered: true });
    });
    const loaded = page.goto(url, { waitUntil: 'load' });
    while (!release) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 400));
    const full = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewport({ width, height: full });
    await new Promise((r) => setTimeout(r, 300));
    await page.evaluate(() => (window.__shift = []));
    release();
    await loaded;
    await new Promise((r) => setTimeout(r, 800));
    const cls = await page.evaluate(() => window.__shift.reduce((s, e) => s + e.value, 0));
    console.log(`Layout shift at ${width}px with the whole page in view: ${cls.toFixed(4)}`);
    release = undefined;
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
