// `npm run bench`: in headless Chromium, how long each widget takes from creation to laid-out
// first render, beside a bare Lit element rendering the same DOM; the median of RUNS runs and
// the ratio. Prints figures; asserts nothing (targets are read by people, not by CI).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import { puppeteerCore } from '@web/test-runner-chrome';

const RUNS = Number(process.env.RUNS ?? 9);
if (!existsSync('dist/index.js')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const build = await rollup({ input: 'bench/page.js', plugins: [resolve({ browser: true })], onwarn: () => {} });
const { output } = await build.generate({ format: 'es' });
const script = output[0].code;
const page = `<!doctype html><html lang="en"><meta charset="utf-8"><body><div id="host"></div><script type="module" src="/page.js"></script></body></html>`;

const server = createServer((req, res) => {
  const js = req.url === '/page.js';
  res.setHeader('content-type', js ? 'text/javascript' : 'text/html');
  res.end(js ? script : page);
}).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await puppeteerCore.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => `${ms.toFixed(1)} ms`;
try {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1280, height: 900 });
  tab.on('pageerror', (e) => console.error('page error:', e.message));
  await tab.goto(url, { waitUntil: 'load' });
  await tab.waitForFunction(() => window.scenarios);
  const names = await tab.evaluate(() => Object.keys(window.scenarios));
  const differ = await tab.evaluate(() => window.sameDom());
  if (differ.length) console.log(`NOTE: the bare element's DOM is not the widget's in: ${differ.join(', ')}. Mend bench/page.js.\n`);
  console.log(`Chromium ${await browser.version()}, median of ${RUNS} runs (after one warm-up), ${new Date().toISOString().slice(0, 10)}\n`);
  console.log(`${''.padEnd(24)}${''.padStart(12)}${'bare Lit, same DOM'.padStart(20)}${'same DOM and CSS'.padStart(20)}`);
  console.log(`${'scenario'.padEnd(24)}${'haven'.padStart(12)}${'time'.padStart(12)}${'ratio'.padStart(8)}${'time'.padStart(12)}${'ratio'.padStart(8)}`);
  for (const name of names) {
    const times = { haven: [], bare: [], styled: [] };
    for (let run = -1; run < RUNS; run++) {
      // Rotate the order so no side always runs on a warmer engine.
      const order = [['haven', 'bare', 'styled'], ['bare', 'styled', 'haven'], ['styled', 'haven', 'bare']][(run + 3) % 3];
      for (const side of order) {
        const ms = await tab.evaluate((n, s) => window.scenarios[n][s](), name, side);
        if (run >= 0) times[side].push(ms);
      }
    }
    const h = median(times.haven);
    const b = median(times.bare);
    const c = median(times.styled);
    console.log(`${name.padEnd(24)}${fmt(h).padStart(12)}${fmt(b).padStart(12)}${(h / b).toFixed(2).padStart(7)}×${fmt(c).padStart(12)}${(h / c).toFixed(2).padStart(7)}×`);
  }
  const toggles = [];
  for (let run = 0; run < RUNS; run++) toggles.push(await tab.evaluate(() => window.toggleAll()));
  console.log(`\nfaq 1000 items, Show all: ${fmt(median(toggles.map((t) => t.ms)))}, longest task ${fmt(median(toggles.map((t) => t.longestTask)))} (median)`);
  console.log('\nAim: within 1.15× of bare Lit. "Same DOM" elements render the widget\'s first DOM (elements, attributes,');
  console.log('parts, text; compared at the start of each run) with no styles; "same DOM and CSS" ones also adopt the');
  console.log('widget\'s stylesheets, so that ratio is the cost of its code alone.');
} finally {
  await browser.close();
  server.close();
}
