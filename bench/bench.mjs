// `npm run bench`: in headless Chromium, how long each widget takes from creation to laid-out
// first render, beside a bare Lit element rendering the same DOM (bench/baselines.js); the
// median of RUNS runs and the ratio. Then the anchors: Lion's and Shoelace's disclosures beside
// ours, per element. Prints figures; asserts nothing about time (targets are read by people).
// It does refuse to print ratios against twins whose DOM or CSS is not the widget's: that
// check is also test/bench-baseline.test.ts, which CI runs.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
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
// Shoelace's light theme holds the tokens its components' styles use; its icons come from its folder.
const page = `<!doctype html><html lang="en"><meta charset="utf-8"><link rel="stylesheet" href="/shoelace/themes/light.css"><body><div id="host"></div><script type="module" src="/page.js"></script></body></html>`;
const shoelace = 'node_modules/@shoelace-style/shoelace/dist';

const server = createServer(async (req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (path.startsWith('/shoelace/')) {
    const file = join(shoelace, normalize(path.slice('/shoelace/'.length)).replace(/^(\.\.[/\\])+/, ''));
    try {
      const body = await readFile(file);
      res.setHeader('content-type', { '.css': 'text/css', '.svg': 'image/svg+xml', '.js': 'text/javascript' }[extname(file)] ?? 'application/octet-stream');
      return res.end(body);
    } catch {
      return res.writeHead(404).end();
    }
  }
  const js = path === '/page.js';
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
class BaselineMismatch extends Error {}
class ProfileDone extends Error {}

/**
 * `PROFILE=1 npm run bench` (or PROFILE='faq 200 items,50 timers'): Chromium's CPU profile of
 * each scenario's widget side and of its styled twin, RUNS renders each, and where the
 * widget's extra time goes: self time per function (the bench page is bundled unminified, so
 * the names are the source's), the widget's total beside the twin's.
 */
async function profile(tab, wanted) {
  const cdp = await tab.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  // The anchors' haven-faq runs beside lion-accordion: PROFILE='anchors'. PROFILE='show all':
  // Show all on 1,000 questions (the profile covers the 1,000-item render before it too),
  // beside that render alone.
  const all = [...(await tab.evaluate(() => Object.keys(window.scenarios))), 'anchors', 'show all'];
  const names = wanted.includes('1') ? all : all.filter((n) => wanted.includes(n));
  const run = (name, side) =>
    tab.evaluate(
      (n, s) =>
        n === 'anchors'
          ? window.anchors[s === 'haven' ? 'haven-faq' : 'lion-accordion']()
          : n === 'show all'
            ? s === 'haven'
              ? window.toggleAll().then((t) => t.ms)
              : window.renderMany('haven-faq', 1, (el) => (el.items = window.items(1000)))
            : window.scenarios[n][s](),
      name,
      side,
    );
  const selfTimes = async (name, side) => {
    for (let i = 0; i < 2; i++) await run(name, side);
    await cdp.send('Profiler.start');
    let wall = 0;
    for (let i = 0; i < RUNS; i++) wall += await run(name, side);
    const { profile: p } = await cdp.send('Profiler.stop');
    const dt = new Map();
    p.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (p.timeDeltas[i + 1] ?? 0) / 1000));
    const byName = new Map();
    for (const node of p.nodes) {
      const { functionName, url, lineNumber } = node.callFrame;
      const key = `${functionName || '(anonymous)'}${url ? ` ${url.split('/').pop()}:${lineNumber + 1}` : ''}`;
      byName.set(key, (byName.get(key) ?? 0) + (dt.get(node.id) ?? 0));
    }
    return { wall: wall / RUNS, byName };
  };
  for (const name of names) {
    const ours = await selfTimes(name, 'haven');
    const twin = await selfTimes(name, 'styled');
    const other = { anchors: '500 lion-accordions', 'show all': 'the render before it alone' }[name] ?? 'its twin (same DOM and CSS)';
    console.log(`\n${name}: widget ${fmt(ours.wall)} a render, ${other} ${fmt(twin.wall)}. Self time, ms a render, widget (other):`);
    const rows = [...ours.byName].map(([k, ms]) => [k, ms / RUNS, (twin.byName.get(k) ?? 0) / RUNS]).sort((a, b) => b[1] - b[2] - (a[1] - a[2]));
    for (const [k, ms, t] of rows.slice(0, 18)) console.log(`  ${ms.toFixed(2).padStart(7)} (${t.toFixed(2).padStart(6)})  ${k}`);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => `${ms.toFixed(1)} ms`;
try {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1280, height: 900 });
  tab.on('pageerror', (e) => console.error('page error:', e.message));
  await tab.goto(url, { waitUntil: 'load' });
  await tab.waitForFunction(() => window.scenarios);
  const names = await tab.evaluate(() => Object.keys(window.scenarios));
  const differences = await tab.evaluate(() => window.compareWithWidgets());
  if (differences.length) {
    console.error('The bare twins are not what the widgets render, so their ratios would mislead. Mend bench/baselines.js:');
    for (const d of differences) console.error(`- ${d.scenario}, ${d.what}, at ${d.at}:\n    widget: ${d.widget}\n    twin:   ${d.twin}`);
    throw new BaselineMismatch();
  }
  if (process.env.PROFILE) {
    await profile(tab, process.env.PROFILE.split(','));
    throw new ProfileDone();
  }
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
  // The anchors, per element: the same N disclosures in each library, rotated as above.
  const timeAll = async (group) => {
    const keys = await tab.evaluate((g) => Object.keys(window[g]), group);
    const times = Object.fromEntries(keys.map((k) => [k, []]));
    for (let run = -1; run < RUNS; run++) {
      const shift = (run + keys.length) % keys.length;
      for (const key of [...keys.slice(shift), ...keys.slice(0, shift)]) {
        const ms = await tab.evaluate((g, k) => window[g][k](), group, key);
        if (run >= 0) times[key].push(ms);
      }
    }
    return Object.entries(times).map(([key, ms]) => [key, median(ms)]);
  };
  const perElement = (rows, n, against) => {
    const base = against ? rows.find(([k]) => k === against)[1] : undefined;
    for (const [key, ms] of rows) {
      console.log(`${key.padEnd(28)}${fmt(ms).padStart(12)}${`${((ms / n) * 1000).toFixed(0)} µs each`.padStart(16)}${base ? `${(ms / base).toFixed(2).padStart(8)}×` : ''}`);
    }
  };
  console.log('\n500 one-question disclosures parsed from markup, to laid out (each library\'s own markup):');
  perElement(await timeAll('anchors'), 500, 'lion-accordion');
  console.log('\nOne FAQ of 500 questions, beside its twin (same DOM and CSS) holding 500, and 500 bare Lit disclosures (that twin, one question each):');
  perElement(await timeAll('oneOfMany'), 500, 'its twin, 500 questions');

  const toggles = [];
  for (let run = 0; run < RUNS; run++) toggles.push(await tab.evaluate(() => window.toggleAll()));
  console.log(`\nfaq 1000 items, Show all: ${fmt(median(toggles.map((t) => t.ms)))}, longest task ${fmt(median(toggles.map((t) => t.longestTask)))} (median)`);
  console.log('\nAims (issue 23): each widget within 1.15× of its "same DOM and CSS" twin; one FAQ of 500 within 1.15× of');
  console.log('500 bare disclosures; 500 one-question FAQs no slower than 500 lion-accordions; Show all on 1,000 with no task');
  console.log('over 50 ms. "Same DOM" twins (bench/baselines.js) render the widget\'s first DOM (elements, attributes, parts,');
  console.log('text) with no styles; "same DOM and CSS" ones also adopt the widget\'s stylesheets, so that ratio is the cost of');
  console.log('its code alone. Both are compared with the widget before timing here, and in CI by test/bench-baseline.test.ts.');
} catch (error) {
  if (error instanceof ProfileDone) process.exitCode = 0;
  else if (error instanceof BaselineMismatch) process.exitCode = 1;
  else throw error;
} finally {
  await browser.close();
  server.close();
}
