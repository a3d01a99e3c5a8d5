// A real WordPress on 127.0.0.1: a private MariaDB, PHP's built-in server, a generated
// wp-config.php, the installer, three users and the plugin from dist/wordpress.
//
//   const site = await startSite({ wordpress: 'newest', plugin: 'zip' });
//   site.url, site.users, site.debugLog, await site.php('echo get_bloginfo("version");')
//   await site.stop();
//
// Everything started here is stopped by site.stop(), and also when the process exits, is
// interrupted (Ctrl-C) or terminated, so nothing is left running.
import { spawn, execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CACHE, ensureWordPress } from './fetch.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const PLUGIN_ZIP = path.join(ROOT, 'dist/wordpress/haven-widgets.zip');
export const PLUGIN_DIR = path.join(ROOT, 'dist/wordpress/haven-widgets');
export const PLUGIN_FILE = 'haven-widgets/haven-widgets.php';

export const USERS = {
  admin: { login: 'admin', password: 'haven-admin-pw', role: 'administrator', email: 'admin@example.org' },
  editor: { login: 'editor', password: 'haven-editor-pw', role: 'editor', email: 'editor@example.org' },
  author: { login: 'author', password: 'haven-author-pw', role: 'author', email: 'author@example.org' },
};

const log = (...a) => { if (!process.env.HAVEN_WP_QUIET) console.error('[wordpress]', ...a); };

// ---- process bookkeeping: every child is killed on stop, exit, SIGINT, SIGTERM ----
const children = new Set();
let handlersInstalled = false;
function killChild(child, signal) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try { process.kill(-child.pid, signal); } catch { try { child.kill(signal); } catch {} }
}
function installHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', () => { for (const c of children) killChild(c, c.hardKill ? 'SIGKILL' : 'SIGTERM'); });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(sig, async () => {
      await Promise.allSettled([...sites].map((s) => s.stop()));
      process.exit(sig === 'SIGINT' ? 130 : 143);
    });
  }
}
function track(child, { hardKill = false } = {}) {
  installHandlers();
  child.hardKill = hardKill;
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}
const sites = new Set();

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitFor(what, fn, child, timeoutMs = 30000) {
  const t0 = Date.now();
  for (;;) {
    if (child && (child.exitCode !== null || child.signalCode !== null)) throw new Error(`${what} exited early (${child.exitCode ?? child.signalCode})`);
    try { if (await fn()) return; } catch {}
    if (Date.now() - t0 > timeoutMs) throw new Error(`${what} did not start within ${timeoutMs / 1000} s`);
    await sleep(100);
  }
}

/** Links (hard links: instant, no space) the cached tree into a site's own folder. */
function linkTree(src, dest) {
  fs.mkdirSync(dest, { recursive: true });
  for (const ent of fs.readdirSync(src, { withFileTypes: true })) {
    if (ent.name === '.complete') continue;
    const s = path.join(src, ent.name);
    const d = path.join(dest, ent.name);
    if (ent.isDirectory()) linkTree(s, d);
    else {
      try { fs.linkSync(s, d); } catch { fs.copyFileSync(s, d); }
    }
  }
}

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const mariaFlags = (dir, port) => [
  '--no-defaults', `--datadir=${dir}`, `--port=${port}`, '--bind-address=127.0.0.1',
  `--socket=${path.join(dir, 'mysqld.sock')}`, `--pid-file=${path.join(dir, 'mysqld.pid')}`,
  '--skip-name-resolve', '--skip-log-bin', '--innodb-buffer-pool-size=64M',
  '--innodb-log-file-size=16M', '--performance-schema=OFF', '--skip-external-locking',
  ...(asRoot ? ['--user=root'] : []),
];

function sql(dir, statements) {
  execFileSync('mariadb', ['--no-defaults', `--socket=${path.join(dir, 'mysqld.sock')}`, '-uroot', '-e', statements], { stdio: ['ignore', 'ignore', 'inherit'] });
}

async function startMariadb(dir, port, logFile) {
  const child = track(spawn('mariadbd', [...mariaFlags(dir, port), `--log-error=${logFile}`], { detached: true, stdio: 'ignore' }));
  await waitFor('MariaDB', () => {
    const r = spawnSync('mariadb-admin', ['--no-defaults', `--socket=${path.join(dir, 'mysqld.sock')}`, '-uroot', 'ping'], { stdio: 'ignore' });
    return r.status === 0;
  }, child);
  return child;
}

async function stopMariadb(child, dir) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  spawnSync('mariadb-admin', ['--no-defaults', `--socket=${path.join(dir, 'mysqld.sock')}`, '-uroot', 'shutdown'], { stdio: 'ignore', timeout: 15000 });
  await Promise.race([exited, sleep(15000)]);
  killChild(child, 'SIGKILL');
}

/** A MariaDB data folder with the `wordpress` database and its user, made once and copied. */
async function mariadbTemplate() {
  const tpl = path.join(CACHE, 'mariadb-template');
  if (fs.existsSync(path.join(tpl, '.complete'))) return tpl;
  const tmp = `${tpl}.tmp-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(tmp, { recursive: true });
  log('mariadb-install-db (once; cached as a template)');
  execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${tmp}`, '--auth-root-authentication-method=normal',
    '--skip-test-db', ...(asRoot ? ['--user=root'] : [])], { stdio: ['ignore', 'ignore', 'inherit'] });
  const port = await freePort();
  const child = await startMariadb(tmp, port, path.join(os.tmpdir(), `haven-mariadb-tpl-${process.pid}.err`));
  sql(tmp, "CREATE DATABASE wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
    + " CREATE USER 'wp'@'127.0.0.1' IDENTIFIED BY 'wp'; CREATE USER 'wp'@'localhost' IDENTIFIED BY 'wp';"
    + " GRANT ALL ON wordpress.* TO 'wp'@'127.0.0.1'; GRANT ALL ON wordpress.* TO 'wp'@'localhost';");
  await stopMariadb(child, tmp);
  for (const f of fs.readdirSync(tmp)) if (/\.(pid|sock|err)$|^mysqld\.sock/.test(f)) fs.rmSync(path.join(tmp, f), { force: true });
  fs.writeFileSync(path.join(tmp, '.complete'), '');
  fs.rmSync(tpl, { recursive: true, force: true });
  fs.renameSync(tmp, tpl);
  return tpl;
}

function wpConfig({ url, dbPort, debugLog, theme }) {
  const salt = () => crypto.randomBytes(32).toString('base64');
  const keys = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT']
    .map((k) => `define('${k}', '${salt()}');`).join('\n');
  return `<?php
// Generated by scripts/wordpress/site.mjs for a test site; not for production.
define('DB_NAME', 'wordpress');
define('DB_USER', 'wp');
define('DB_PASSWORD', 'wp');
define('DB_HOST', '127.0.0.1:${dbPort}');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
${keys}
$table_prefix = 'wp_';
define('WP_HOME', '${url}');
define('WP_SITEURL', '${url}');
define('WP_DEBUG', true);
define('WP_DEBUG_LOG', ${JSON.stringify(debugLog)});
define('WP_DEBUG_DISPLAY', false);
@ini_set('display_errors', '0');
define('SCRIPT_DEBUG', false);
// Offline and private: no update checks, no remote requests but to this site.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_AUTO_UPDATE_CORE', false);
define('DISABLE_WP_CRON', true);
define('FS_METHOD', 'direct');
define('WP_ENVIRONMENT_TYPE', 'local');
${theme ? `define('WP_DEFAULT_THEME', '${theme}');` : ''}
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`;
}

/**
 * Starts a site. Options:
 *   wordpress: 'newest' | 'oldest' | '6.8.13' (a cached or Debian-carried version)
 *   plugin: 'zip' (unzip dist/wordpress/haven-widgets.zip with PHP's ZipArchive, the default),
 *           'dir' (copy dist/wordpress/haven-widgets), 'link' (symlink it: rebuilds show live),
 *           or false (no plugin)
 *   activate: activate the plugin (default true)
 *   port: the web port (default: a free one)
 */
export async function startSite({ wordpress = 'newest', plugin = 'zip', activate = true, port } = {}) {
  const t0 = Date.now();
  const wp = ensureWordPress(wordpress);
  const webPort = port ?? await freePort();
  const dbPort = await freePort();
  const url = `http://127.0.0.1:${webPort}`;
  const id = `${wp.version}-${process.pid}-${webPort}`;
  let dir = path.join(CACHE, 'sites', id);
  // Unix socket paths are limited to about 100 bytes: fall back to the temporary folder.
  if (path.join(dir, 'db', 'mysqld.sock').length > 100) dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haven-wp-'));
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const root = path.join(dir, 'wp');
  const debugLog = path.join(dir, 'debug.log');
  const phpLog = path.join(dir, 'php-server.log');
  const dbDir = path.join(dir, 'db');
  const theme = ['twentytwentyfive', 'twentytwentyfour', 'twentytwentythree', 'twentytwentytwo'].find((t) => wp.themes.includes(t)) ?? wp.themes[0];

  let db, php;
  let stopped = false;
  const site = {
    version: wp.version, debianVersion: wp.debianVersion, suite: wp.suite, theme,
    url, port: webPort, dbPort, dir, root, debugLog, phpLog, users: USERS, pluginFile: PLUGIN_FILE,
    /** Runs PHP with WordPress loaded (as the command line does); returns its output. */
    php(code, { user } = {}) { return runPhp(site, code, user); },
    async stop() {
      if (stopped) return;
      stopped = true;
      sites.delete(site);
      if (php) {
        const exited = new Promise((r) => (php.exitCode !== null || php.signalCode !== null) ? r() : php.once('exit', r));
        killChild(php, 'SIGTERM');
        await Promise.race([exited, sleep(3000)]);
        killChild(php, 'SIGKILL');
      }
      await stopMariadb(db, dbDir);
      if (!process.env.HAVEN_WP_KEEP) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  sites.add(site);
  installHandlers();
  try {
    linkTree(wp.dir, root);
    fs.writeFileSync(path.join(root, 'wp-config.php'), wpConfig({ url, dbPort, debugLog, theme }));
    fs.cpSync(await mariadbTemplate(), dbDir, { recursive: true });
    fs.rmSync(path.join(dbDir, '.complete'), { force: true });
    db = await startMariadb(dbDir, dbPort, path.join(dir, 'mariadb.err'));

    const out = fs.openSync(phpLog, 'a');
    php = track(spawn('php', ['-d', 'memory_limit=512M', '-d', 'display_errors=0', '-d', 'upload_max_filesize=64M', '-d', 'post_max_size=64M',
      '-S', `127.0.0.1:${webPort}`, '-t', root], { detached: true, stdio: ['ignore', out, out], env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' } }), { hardKill: true });
    fs.closeSync(out);
    await waitFor('PHP server', async () => (await fetch(`${url}/wp-includes/images/blank.gif`)).ok, php);

    // The installer, as a person fills its form.
    const form = new URLSearchParams({
      weblog_title: 'Haven test site', user_name: USERS.admin.login, admin_password: USERS.admin.password,
      admin_password2: USERS.admin.password, pw_weak: 'on', admin_email: USERS.admin.email, blog_public: '0', language: '',
    });
    const res = await fetch(`${url}/wp-admin/install.php?step=2`, { method: 'POST', body: form, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    const body = await res.text();
    if (!res.ok || !/wp-login\.php/.test(body)) throw new Error(`WordPress install failed (HTTP ${res.status}): ${body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').slice(0, 400)}`);

    // Users, pretty permalinks, the theme and the plugin.
    let setup = `
      foreach (${phpValue(Object.values(USERS).filter((u) => u.role !== 'administrator'))} as $u) {
        $id = wp_insert_user(['user_login' => $u['login'], 'user_pass' => $u['password'], 'user_email' => $u['email'], 'role' => $u['role'], 'display_name' => ucfirst($u['login'])]);
        if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message()); exit(1); }
      }
      update_option('permalink_structure', '/%postname%/');
      update_option('show_avatars', 0); // Gravatar is a third-party request, on by default.
      flush_rewrite_rules(false);
      switch_theme(${phpValue(theme)});
    `;
    if (plugin) {
      const dest = path.join(root, 'wp-content/plugins');
      if (plugin === 'zip') {
        if (!fs.existsSync(PLUGIN_ZIP)) throw new Error(`${path.relative(ROOT, PLUGIN_ZIP)} is missing: run npm run build`);
        setup += `
          $zip = new ZipArchive();
          if ($zip->open(${phpValue(PLUGIN_ZIP)}) !== true || !$zip->extractTo(${phpValue(dest)})) { fwrite(STDERR, 'unzip failed'); exit(1); }
          $zip->close();`;
      } else if (plugin === 'link') {
        if (!fs.existsSync(PLUGIN_DIR)) throw new Error(`${path.relative(ROOT, PLUGIN_DIR)} is missing: run npm run build`);
        fs.symlinkSync(PLUGIN_DIR, path.join(dest, 'haven-widgets'));
      } else {
        if (!fs.existsSync(PLUGIN_DIR)) throw new Error(`${path.relative(ROOT, PLUGIN_DIR)} is missing: run npm run build`);
        fs.cpSync(PLUGIN_DIR, path.join(dest, 'haven-widgets'), { recursive: true });
      }
      if (activate) {
        setup += `
          require_once ABSPATH . 'wp-admin/includes/plugin.php';
          wp_clean_plugins_cache();
          $r = activate_plugin(${phpValue(PLUGIN_FILE)});
          if (is_wp_error($r)) { fwrite(STDERR, 'activate: ' . $r->get_error_message()); exit(1); }`;
      }
    }
    runPhp(site, setup, 'admin');
    log(`WordPress ${wp.version} at ${url} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    return site;
  } catch (e) {
    await site.stop();
    throw e;
  }
}

/** A JavaScript value as a PHP literal (through JSON). */
export function phpValue(v) {
  return `json_decode(${phpString(JSON.stringify(v))}, true)`;
}
function phpString(s) {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function runPhp(site, code, user) {
  const file = path.join(site.dir, `run-${process.pid}-${crypto.randomBytes(4).toString('hex')}.php`);
  const u = new URL(site.url);
  fs.writeFileSync(file, `<?php
$_SERVER['HTTP_HOST'] = ${phpString(u.host)};
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['SERVER_PORT'] = ${phpString(u.port)};
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';
$_SERVER['REMOTE_ADDR'] = '127.0.0.1';
require ${phpString(path.join(site.root, 'wp-load.php'))};
${user ? `wp_set_current_user(0, ${phpString(USERS[user]?.login ?? user)});` : ''}
${code}
`);
  try {
    const r = spawnSync('php', ['-d', 'display_errors=stderr', '-d', 'memory_limit=512M', file], { cwd: site.root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`PHP failed (${r.status}): ${r.stderr || r.stdout}`);
    return r.stdout;
  } finally {
    fs.rmSync(file, { force: true });
  }
}

/** Runs PHP with WordPress loaded for a site described by { url, root, dir } (as tests get it). */
export const runPhpWith = (site, code, user) => runPhp(site, code, user);
