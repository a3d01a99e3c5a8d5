// `npm run audit`: Lighthouse, on a throttled phone (Lighthouse's mobile profile: a Moto G
// Power-sized screen, 4× CPU slowdown and a slow 4G network, simulated), in the system
// Chromium, on three pages served from 127.0.0.1:
// - the built demo (dist/demo);
// - a plain page with every widget, loaded by the autoloader (dist/cdn/haven-autoloader.js);
// - the same page with the CDN bundle (dist/cdn/haven-widgets.js), for comparison.
// Prints the four category scores, the main timings and anything that cost points. Figures
// for people; it fails only if Lighthouse itself cannot run.
import { createServer } from 'node:http';
import { readFile, mkdtemp } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { tmpdir } from 'node:os';
import lighthouse from 'lighthouse';
import { puppeteerCore } from '@web/test-runner-chrome';

if (!existsSync('dist/demo/index.html') || !existsSync('dist/cdn/haven-autoloader.js')) {
  console.error('dist/demo or dist/cdn is missing: run `npm run build` first.');
  process.exit(1);
}

// A plain page a site might write: a heading, some text, and every widget with its content
// in light DOM (as the WordPress plugin prints it), with the space each keeps before upgrade.
const plainPage = (script) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Support after abuse: answers, a breathing exercise, words to use, the stages of healing, helplines.">
<title>Support after abuse</title>
<link rel="icon" href="data:,">
<style>
  body { font: 1.0625rem/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 44rem; padding: 1rem; color: #1f2a30; }
  haven-quick-exit[placement='inline']:not(:defined) { display: block; min-block-size: 44px; }
  haven-grounding-timer:not(:defined) { display: block; min-block-size: 26.75em; }
</style>
<script type="module" src="${script}"></script>
</head>
<body>
<haven-quick-exit placement="inline"></haven-quick-exit>
<main>
<h1>Support after abuse</h1>
<p>What happened was not your fault. Take what helps from this page, at your own pace.</p>
<h2>Questions</h2>
<haven-faq>
<details><summary>Do I have to give my real name?</summary><p>No. You can talk to us without saying who you are.</p></details>
<details><summary>Is it free?</summary><p>Yes, every service here is free.</p></details>
<details><summary>Can I bring someone with me?</summary><p>Yes, someone you trust is welcome.</p></details>
</haven-faq>
<h2>Breathe</h2>
<haven-grounding-timer></haven-grounding-timer>
<h2>Words that help</h2>
<haven-empathy-prompts seed="audit"></haven-empathy-prompts>
<h2>Stages of healing</h2>
<haven-stage-table note></haven-stage-table>
<h2>Helplines</h2>
<haven-helplines emergency-number="999"><ul><li><strong>Example line</strong><a href="tel:08082000247">0808 2000 247</a><a href="https://example.org/">Website</a></li></ul></haven-helplines>
</main>
</body>
</html>`;

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };
const server = createServer(async (req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  const send = (body, type) => {
    res.writeHead(200, { 'content-type': type, 'cache-control': 'max-age=3600' });
    res.end(body);
  };
  if (path === '/every-widget-autoloader.html') return send(plainPage('/cdn/haven-autoloader.js'), types['.html']);
  if (path === '/every-widget-bundle.html') return send(plainPage('/cdn/haven-widgets.js'), types['.html']);
  const file = path.startsWith('/cdn/')
    ? join('dist/cdn', normalize(path.slice(5)).replace(/^(\.\.[/\\])+/, ''))
    : join('dist/demo', normalize(path.replace(/\/$/, '/index.html')).replace(/^(\.\.[/\\])+/, ''));
  try {
    send(await readFile(file), types[extname(file)] ?? 'application/octet-stream');
  } catch {
    res.writeHead(404).end();
  }
}).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const pages = [
  ['the demo page', '/'],
  ['a plain page, every widget, autoloader', '/every-widget-autoloader.html'],
  ['the same page, CDN bundle', '/every-widget-bundle.html'],
];

const userDataDir = await mkdtemp(join(tmpdir(), 'haven-lh-'));
const browser = await puppeteerCore.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  userDataDir,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
try {
  const port = Number(new URL(browser.wsEndpoint()).port);
  const rows = [];
  for (const [name, path] of pages) {
    // Lighthouse's defaults are the throttled phone: formFactor mobile, simulated throttling.
    const result = await lighthouse(`${origin}${path}`, { port, output: 'json', logLevel: 'error', formFactor: 'mobile', throttlingMethod: 'simulate' }, undefined);
    const { categories, audits, configSettings, lighthouseVersion } = result.lhr;
    if (!rows.length) {
      const t = configSettings.throttling;
      console.log(`Lighthouse ${lighthouseVersion}, ${configSettings.formFactor} (${configSettings.screenEmulation.width}×${configSettings.screenEmulation.height}), ${configSettings.throttlingMethod}d throttling: ${t.cpuSlowdownMultiplier}× CPU, ${t.rttMs} ms RTT, ${Math.round(t.throughputKbps / 100) / 10} Mbit/s; ${new Date().toISOString().slice(0, 10)}\n`);
    }
    const score = (id) => String(Math.round(categories[id].score * 100));
    const value = (id) => audits[id].displayValue?.replace(/\u00a0/g, ' ') ?? '';
    rows.push({
      page: name,
      perf: score('performance'),
      a11y: score('accessibility'),
      bp: score('best-practices'),
      seo: score('seo'),
      fcp: value('first-contentful-paint'),
      lcp: value('largest-contentful-paint'),
      tbt: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      lost: Object.values(audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary').map((a) => `${a.id}: ${a.title}`),
    });
  }
  const cols = [['page', 'page'], ['perf', 'performance'], ['a11y', 'accessibility'], ['bp', 'best practices'], ['seo', 'SEO'], ['fcp', 'FCP'], ['lcp', 'LCP'], ['tbt', 'TBT'], ['cls', 'CLS']];
  const width = cols.map(([k, title]) => Math.max(title.length, ...rows.map((r) => r[k].length)));
  console.log(cols.map(([, title], i) => title.padEnd(width[i])).join('  '));
  for (const r of rows) console.log(cols.map(([k], i) => r[k].padEnd(width[i])).join('  '));
  for (const r of rows) if (r.lost.length) console.log(`\nAudits that did not pass on ${r.page}:\n${r.lost.map((l) => `- ${l}`).join('\n')}`);
} finally {
  await browser.close();
  server.close();
}
