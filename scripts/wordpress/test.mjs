// `npm run test:wordpress`: builds the plugin if it is missing or older than its sources,
// then, for each WordPress version (the newest Debian carries, and the oldest the plugin
// declares in "Requires at least"), starts a site, runs test/wordpress/*.test.mjs against it
// in Chromium, and stops the site, also when a test fails or on Ctrl-C.
//
//   HAVEN_WP_VERSIONS=newest,oldest (default) | 7.1.4 | ...   which WordPress versions
//   HAVEN_WP_FILES=test/wordpress/blocks.test.mjs              only some test files
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureWordPress } from './fetch.mjs';
import { startSite, PLUGIN_ZIP } from './site.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(ROOT);
const t0 = Date.now();
const secs = (t) => `${((Date.now() - t) / 1000).toFixed(1)} s`;

function newest(dir) {
  let m = 0;
  if (!fs.existsSync(dir)) return 0;
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, ent.name);
    m = Math.max(m, ent.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return m;
}

// 1. The plugin's zip, built when missing or stale.
const zipTime = fs.existsSync(PLUGIN_ZIP) ? fs.statSync(PLUGIN_ZIP).mtimeMs : 0;
// The plugin's build scripts count too: they write its language files and fallbacks.
const srcTime = Math.max(
  newest('wordpress'),
  newest('src'),
  ...['rollup.config.mjs', 'scripts/wordpress-plugin.mjs', 'scripts/wordpress-i18n.mjs'].map((f) => fs.statSync(f).mtimeMs),
);
if (zipTime < srcTime) {
  console.log(`[wordpress] ${zipTime ? 'dist/wordpress is older than its sources' : 'no dist/wordpress/haven-widgets.zip'}: npm run build`);
  const r = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
  if (!fs.existsSync(PLUGIN_ZIP)) {
    console.error(`npm run build made no ${path.relative(ROOT, PLUGIN_ZIP)}`);
    process.exit(1);
  }
}

// 2. Each WordPress version in turn.
const files = (process.env.HAVEN_WP_FILES?.split(',') ?? fs.readdirSync('test/wordpress').filter((f) => f.endsWith('.test.mjs')).sort().map((f) => path.join('test/wordpress', f)));
const wanted = (process.env.HAVEN_WP_VERSIONS ?? 'newest,oldest').split(',').map((s) => s.trim()).filter(Boolean);
const results = [];
let current;
let child;
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => { child?.kill(sig); });
}
const seen = new Set();
for (const which of wanted) {
  const tv = Date.now();
  const wp = ensureWordPress(which);
  if (seen.has(wp.version)) continue;
  seen.add(wp.version);
  console.log(`\n[wordpress] ── WordPress ${wp.version} (${which}; Debian ${wp.debianVersion}, ${wp.suite}) ──`);
  let code = 1;
  let ts;
  try {
    current = await startSite({ wordpress: wp.version, plugin: 'zip' });
    ts = Date.now();
    const info = {
      url: current.url, port: current.port, version: current.version, theme: current.theme, dir: current.dir,
      root: current.root, debugLog: current.debugLog, users: current.users, pluginFile: current.pluginFile,
    };
    child = spawn(process.execPath, ['--test', '--test-concurrency=1', '--test-timeout=600000', '--test-reporter=spec', ...files], {
      stdio: 'inherit', env: { ...process.env, HAVEN_WP_SITE: JSON.stringify(info) },
    });
    code = await new Promise((r) => child.on('exit', (c, s) => r(c ?? (s ? 1 : 0))));
    child = undefined;
    // The plugin's PHP tests (test/wordpress/php/*.test.php), inside the same site, after the
    // browser's: each prints "N passed, N failed" and exits 1 on a failure.
    const phpDir = 'test/wordpress/php';
    for (const f of (fs.existsSync(phpDir) && !process.env.HAVEN_WP_FILES ? fs.readdirSync(phpDir) : []).filter((f) => f.endsWith('.test.php')).sort()) {
      let out;
      try {
        out = current.php(`require ${JSON.stringify(path.resolve(phpDir, f))};`);
      } catch (e) {
        out = String(e.message);
        code ||= 1;
      }
      const m = /(\d+) passed, (\d+) failed/.exec(out);
      if (!m || Number(m[2]) > 0) { code ||= 1; console.log(out.trim()); }
      console.log(`[wordpress] PHP ${f}: ${m ? m[0] : 'no result line'}`);
    }
    // WP_DEBUG is on: any notice, warning or error from the plugin's files fails the run.
    const lines = fs.existsSync(current.debugLog) ? fs.readFileSync(current.debugLog, 'utf8').split('\n').filter(Boolean) : [];
    const ours = lines.filter((l) => /plugins\/haven-widgets|haven[-_]widgets/i.test(l));
    console.log(`[wordpress] debug.log: ${lines.length} lines, ${ours.length} from the plugin`);
    if (ours.length) {
      for (const l of ours.slice(0, 20)) console.log(`  ${l}`);
      code ||= 1;
    }
  } catch (e) {
    console.error(`[wordpress] ${e.stack ?? e}`);
  } finally {
    await current?.stop();
    current = undefined;
  }
  results.push({ version: wp.version, which, ok: code === 0, total: secs(tv), tests: ts ? secs(ts) : '-' });
}

console.log('');
for (const r of results) console.log(`[wordpress] WordPress ${r.version} (${r.which}): ${r.ok ? 'passed' : 'FAILED'} in ${r.total} (tests ${r.tests})`);
const failed = results.filter((r) => !r.ok).length;
console.log(`[wordpress] ${failed ? `${failed} of ${results.length} WordPress versions FAILED` : `all ${results.length} WordPress versions passed`} in ${secs(t0)}`);
process.exit(failed || !results.length ? 1 : 0);
