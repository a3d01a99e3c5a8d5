// `npm run audit`: Lighthouse on the built demo page (dist/demo, served on 127.0.0.1) in the
// system Chromium. Prints the four category scores, layout shift and anything that cost
// points. Figures for people; it fails only if Lighthouse itself cannot run.
import { createServer } from 'node:http';
import { readFile, mkdtemp } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import { tmpdir } from 'node:os';
import lighthouse from 'lighthouse';
import { puppeteerCore } from '@web/test-runner-chrome';

if (!existsSync('dist/demo/index.html')) {
  console.error('dist/demo is missing: run `npm run build` first.');
  process.exit(1);
}
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };
const server = createServer(async (req, res) => {
  const path = new URL(req.url, 'http://x').pathname.replace(/\/$/, '/index.html');
  try {
    const body = await readFile(join('dist/demo', path));
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'cache-control': 'max-age=3600' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
}).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const url = `http://127.0.0.1:${server.address().port}/`;

const userDataDir = await mkdtemp(join(tmpdir(), 'haven-lh-'));
const browser = await puppeteerCore.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  userDataDir,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
try {
  const port = Number(new URL(browser.wsEndpoint()).port);
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error' }, undefined);
  const { categories, audits } = result.lhr;
  console.log(`Lighthouse ${result.lhr.lighthouseVersion} on the demo page (${result.lhr.configSettings.formFactor}), ${new Date().toISOString().slice(0, 10)}\n`);
  for (const c of Object.values(categories)) console.log(`${c.title.padEnd(16)} ${Math.round(c.score * 100)}`);
  console.log(`\nCumulative layout shift  ${audits['cumulative-layout-shift'].displayValue}`);
  console.log(`Largest contentful paint ${audits['largest-contentful-paint'].displayValue}`);
  console.log(`Total blocking time      ${audits['total-blocking-time'].displayValue}`);
  const lost = Object.values(audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary');
  if (lost.length) console.log(`\nAudits that did not pass:\n${lost.map((a) => `- ${a.id}: ${a.title}`).join('\n')}`);
} finally {
  await browser.close();
  server.close();
}
