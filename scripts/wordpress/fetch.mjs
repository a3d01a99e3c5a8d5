// Fetches a plain WordPress tree from Debian's packages, without touching the system's apt
// sources: a private apt configuration (its own sources list naming the system's mirror with
// other suites, its own lists and cache under .cache/), `apt-get download`, `dpkg-deb -x`,
// then a copy that follows Debian's symlinks into the extracted library packages.
//
//   node scripts/wordpress/fetch.mjs [newest|oldest|<version>]   prints the tree's folder
//
// Trees are cached under .cache/wordpress/trees/<version>/; a second run is instant.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CACHE = path.join(ROOT, '.cache/wordpress');
const APT = path.join(CACHE, 'apt');
const DEBS = path.join(CACHE, 'debs');
const TREES = path.join(CACHE, 'trees');

/** Suites looked in, grouped so that a WordPress from one takes its libraries from the same. */
const FAMILIES = {
  sid: ['sid'],
  trixie: ['trixie-security', 'trixie'],
  bookworm: ['bookworm-security', 'bookworm'],
};
const familyOf = (suite) => Object.keys(FAMILIES).find((f) => FAMILIES[f].includes(suite));

/** The mirrors the system uses (deb.debian.org, or whatever /etc/apt names). */
function systemMirrors() {
  let main = 'http://deb.debian.org/debian';
  let security = 'http://deb.debian.org/debian-security';
  const files = ['/etc/apt/sources.list'];
  try {
    for (const f of fs.readdirSync('/etc/apt/sources.list.d')) {
      if (/\.(list|sources)$/.test(f)) files.push(path.join('/etc/apt/sources.list.d', f));
    }
  } catch {}
  const uris = [];
  for (const f of files) {
    let text = '';
    try { text = fs.readFileSync(f, 'utf8'); } catch { continue; }
    for (const m of text.matchAll(/^\s*URIs:\s*(.+)$/gm)) uris.push(...m[1].trim().split(/\s+/));
    for (const m of text.matchAll(/^\s*deb\s+(?:\[[^\]]*\]\s+)?(\S+)/gm)) uris.push(m[1]);
  }
  const debian = uris.filter((u) => /\/debian\/?$/.test(u) && /debian\.org|debian/.test(u));
  const sec = uris.filter((u) => /\/debian-security\/?$/.test(u));
  if (debian[0]) main = debian[0].replace(/\/$/, '');
  if (sec[0]) security = sec[0].replace(/\/$/, '');
  return { main, security };
}

function keyring() {
  const k = '/usr/share/keyrings/debian-archive-keyring.gpg';
  return fs.existsSync(k) ? `[signed-by=${k}] ` : '';
}

function aptOptions() {
  return [
    '-o', `Dir::Etc::SourceList=${path.join(APT, 'sources.list')}`,
    '-o', 'Dir::Etc::SourceParts=/nonexistent',
    '-o', `Dir::State::Lists=${path.join(APT, 'lists')}`,
    '-o', `Dir::Cache=${path.join(APT, 'cache')}`,
    // Docker-style images blank these in /etc/apt/apt.conf.d; without them each call re-parses.
    '-o', 'Dir::Cache::pkgcache=pkgcache.bin',
    '-o', 'Dir::Cache::srcpkgcache=srcpkgcache.bin',
    '-o', 'Debug::NoLocking=1',
    '-o', 'APT::Sandbox::User=root',
  ];
}

const log = (...a) => console.error('[wordpress]', ...a);

/** Writes the private apt configuration and runs `apt-get update` (at most once a day). */
export function aptUpdate({ force = false } = {}) {
  const { main, security } = systemMirrors();
  fs.mkdirSync(path.join(APT, 'lists/partial'), { recursive: true });
  fs.mkdirSync(path.join(APT, 'cache/archives/partial'), { recursive: true });
  const lines = [];
  for (const suites of Object.values(FAMILIES)) {
    for (const s of suites) {
      lines.push(`deb ${keyring()}${s.endsWith('-security') ? security : main} ${s} main`);
    }
  }
  const sources = lines.join('\n') + '\n';
  const file = path.join(APT, 'sources.list');
  const stamp = path.join(APT, 'updated');
  const fresh = fs.existsSync(stamp) && Date.now() - fs.statSync(stamp).mtimeMs < 86400e3
    && fs.existsSync(file) && fs.readFileSync(file, 'utf8') === sources;
  if (fresh && !force) return;
  fs.writeFileSync(file, sources);
  log('apt-get update (private configuration under .cache/wordpress/apt)');
  try {
    execFileSync('apt-get', [...aptOptions(), '-q', 'update'], { stdio: ['ignore', 'ignore', 'inherit'] });
  } catch (e) {
    // Offline with lists from an earlier run: use them (the cached trees need no download).
    const have = fs.readdirSync(path.join(APT, 'lists')).some((f) => f.includes('_Packages'));
    if (!have || force) throw e;
    log('apt-get update failed; using the package lists from the last run');
    return;
  }
  fs.writeFileSync(stamp, new Date().toISOString());
}

/**
 * Every version of the packages the private configuration sees, newest first as apt-cache
 * madison lists them: { [pkg]: [{ version, suite }] }.
 */
export function versionsOfAll(pkgs) {
  const out = execFileSync('apt-cache', [...aptOptions(), 'madison', ...pkgs], { encoding: 'utf8' });
  const rows = Object.fromEntries(pkgs.map((p) => [p, []]));
  for (const line of out.split('\n')) {
    const m = line.match(/^\s*(\S+)\s*\|\s*(\S+)\s*\|\s*\S+\s+([\w-]+)\/main/);
    if (m && rows[m[1]]) rows[m[1]].push({ version: m[2], suite: m[3] });
  }
  return rows;
}
export const versionsOf = (pkg) => versionsOfAll([pkg])[pkg];

/** WordPress's own version from a Debian version: 6.8.13+dfsg1-0+deb13u1 → 6.8.13. */
export const upstream = (v) => v.replace(/^\d+:/, '').replace(/[+~-].*$/, '');

/** Compares dotted versions: -1, 0 or 1. */
export function compareWp(a, b) {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return Math.sign(d);
  }
  return 0;
}

/** "Requires at least" from the built plugin's header (or the source), if there is one. */
export function pluginRequiresAtLeast() {
  for (const f of ['dist/wordpress/haven-widgets/haven-widgets.php', 'wordpress/haven-widgets.php']) {
    try {
      const m = fs.readFileSync(path.join(ROOT, f), 'utf8').match(/^[\s*#@]*Requires at least:\s*([\d.]+)/im);
      if (m) return m[1];
    } catch {}
  }
  return undefined;
}

/**
 * Picks a WordPress version: 'newest' (the highest any suite carries), 'oldest' (the lowest
 * that is at least the plugin's "Requires at least"), or an upstream version like '6.8.13'.
 */
export function choose(which = 'newest') {
  const all = versionsOf('wordpress');
  if (!all.length) throw new Error('No wordpress package found through the private apt configuration');
  if (which === 'newest') return all[0];
  if (which === 'oldest') {
    const min = pluginRequiresAtLeast() ?? '0';
    const ok = all.filter((r) => compareWp(upstream(r.version), min) >= 0);
    if (!ok.length) throw new Error(`No Debian WordPress is at least ${min}`);
    const pick = ok[ok.length - 1];
    if (compareWp(upstream(pick.version).split('.').slice(0, 2).join('.'), min.split('.').slice(0, 2).join('.')) > 0) {
      log(`note: the plugin declares "Requires at least: ${min}"; the oldest WordPress Debian offers from there is ${upstream(pick.version)}`);
    }
    return pick;
  }
  const hit = all.find((r) => upstream(r.version) === which || r.version === which);
  if (!hit) throw new Error(`WordPress ${which} is not in Debian's suites here (have: ${all.map((r) => upstream(r.version)).join(', ')})`);
  return hit;
}

const CLASSIC_THEME = 'wordpress-theme-twentytwentyone';

/** The packages a WordPress version needs besides itself: its bundled libraries and a theme. */
function companions({ version, suite }) {
  const show = execFileSync('apt-cache', [...aptOptions(), 'show', `wordpress=${version}`], { encoding: 'utf8' });
  const field = (name) => (show.match(new RegExp(`^${name}: (.*)$`, 'm'))?.[1] ?? '')
    .split(',').map((d) => d.trim().split(/[\s|]/)[0]).filter(Boolean);
  const libs = [...new Set(field('Depends').filter((p) => /^(libjs-|libphp-|php-getid3)/.test(p)))];
  // Besides the default (block) theme, a classic one where the suite has it, so the site-wide
  // exit is tried in both kinds of theme.
  const themes = [...new Set([...field('Recommends').filter((p) => p.startsWith('wordpress-theme-')), CLASSIC_THEME])];
  const family = FAMILIES[familyOf(suite)];
  const picked = [];
  const all = versionsOfAll([...libs, ...themes]);
  for (const pkg of [...libs, ...themes]) {
    const rows = (all[pkg] ?? []).filter((r) => family.includes(r.suite));
    // The theme packages are built from WordPress's own source: take the same version.
    // Debian's newer suites no longer carry a classic theme: take the newest it has anywhere
    // (a theme is plain PHP and CSS; Twenty Twenty-One of 6.1 runs on 7.x).
    const row = rows.find((r) => r.version === version) ?? rows[0] ?? (pkg === CLASSIC_THEME ? (all[pkg] ?? [])[0] : undefined);
    if (!row && pkg === CLASSIC_THEME) continue;
    if (!row) throw new Error(`${pkg} is not in ${family.join('/')}`);
    picked.push({ pkg, version: row.version });
  }
  return picked;
}

function download(pkg, version) {
  fs.mkdirSync(DEBS, { recursive: true });
  const name = `${pkg}_${version.replace(/^\d+:/, '').replace(/:/g, '%3a')}_all.deb`;
  const file = path.join(DEBS, name);
  if (fs.existsSync(file)) return file;
  log(`apt-get download ${pkg}=${version}`);
  execFileSync('apt-get', [...aptOptions(), '-q', 'download', `${pkg}=${version}`], { cwd: DEBS, stdio: ['ignore', 'ignore', 'inherit'] });
  const found = fs.readdirSync(DEBS).find((f) => f.startsWith(`${pkg}_`) && f.includes(version.replace(/^\d+:/, '').replace(/:/g, '%3a')));
  if (!found) throw new Error(`apt-get download ${pkg}=${version} left no file`);
  return path.join(DEBS, found);
}

/** Resolves a path inside the extracted root, following symlinks as if root were "/". */
function resolveInside(root, rel, depth = 0) {
  if (depth > 40) return undefined;
  const parts = rel.split('/').filter(Boolean);
  let cur = '';
  for (let i = 0; i < parts.length; i++) {
    const next = cur + '/' + parts[i];
    let st;
    try { st = fs.lstatSync(root + next); } catch {
      // Not shipped in the packages (e.g. /etc/ssl/certs): the system's own file, if any.
      const sys = next + (i < parts.length - 1 ? '/' + parts.slice(i + 1).join('/') : '');
      return fs.existsSync(sys) ? { system: sys } : undefined;
    }
    if (st.isSymbolicLink()) {
      const target = fs.readlinkSync(root + next);
      const abs = target.startsWith('/') ? target : path.posix.join(cur || '/', target);
      const rest = parts.slice(i + 1).join('/');
      return resolveInside(root, path.posix.join(abs, rest), depth + 1);
    }
    cur = next;
  }
  return { inside: root + cur };
}

/** Copies `src` (inside root) to `dest`, replacing every symlink by what it points to. */
function copyDereferenced(root, relSrc, dest) {
  fs.mkdirSync(dest, { recursive: true });
  for (const ent of fs.readdirSync(root + relSrc, { withFileTypes: true })) {
    const rel = relSrc + '/' + ent.name;
    const to = path.join(dest, ent.name);
    if (ent.isSymbolicLink()) {
      const r = resolveInside(root, rel);
      const from = r?.inside ?? r?.system;
      if (!from) { log(`skipping dangling link ${rel}`); continue; }
      if (fs.statSync(from).isDirectory()) {
        if (r.inside) copyDereferenced(root, r.inside.slice(root.length), to);
        else fs.cpSync(from, to, { recursive: true, dereference: true });
      } else fs.copyFileSync(from, to);
    } else if (ent.isDirectory()) copyDereferenced(root, rel, to);
    else fs.copyFileSync(root + rel, to);
  }
}

/** Ensures a plain WordPress tree for `which`; returns { version, debianVersion, suite, dir }. */
export function ensureWordPress(which = 'newest') {
  // A cached tree for an exact upstream version needs no apt at all.
  if (/^\d/.test(which)) {
    const dir = path.join(TREES, which);
    if (fs.existsSync(path.join(dir, '.complete'))) return JSON.parse(fs.readFileSync(path.join(dir, '.complete'), 'utf8'));
  }
  aptUpdate();
  const pick = choose(which);
  const version = upstream(pick.version);
  const dir = path.join(TREES, version);
  const marker = path.join(dir, '.complete');
  if (fs.existsSync(marker)) return JSON.parse(fs.readFileSync(marker, 'utf8'));
  const t0 = Date.now();
  const pkgs = [{ pkg: 'wordpress', version: pick.version }, ...companions(pick)];
  const files = pkgs.map(({ pkg, version: v }) => download(pkg, v));
  const stage = path.join(CACHE, `stage-${version}-${process.pid}`);
  fs.rmSync(stage, { recursive: true, force: true });
  fs.mkdirSync(stage, { recursive: true });
  for (const f of files) execFileSync('dpkg-deb', ['-x', f, stage]);
  const tmp = `${dir}.tmp-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  copyDereferenced(stage, '/usr/share/wordpress', tmp);
  // Debian's wp-config.php reads /etc/wordpress; the harness writes its own per site.
  fs.rmSync(path.join(tmp, 'wp-config.php'), { force: true });
  fs.rmSync(path.join(tmp, '.htaccess'), { force: true });
  const themes = fs.readdirSync(path.join(tmp, 'wp-content/themes')).filter((t) => !t.startsWith('.') && fs.statSync(path.join(tmp, 'wp-content/themes', t)).isDirectory());
  const info = { version, debianVersion: pick.version, suite: pick.suite, dir, themes, packages: pkgs };
  fs.writeFileSync(path.join(tmp, '.complete'), JSON.stringify(info, null, 2));
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(tmp, dir);
  fs.rmSync(stage, { recursive: true, force: true });
  log(`WordPress ${version} (${pick.suite}) ready in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${path.relative(ROOT, dir)}`);
  return info;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const info = ensureWordPress(process.argv[2] ?? 'newest');
  console.log(info.dir);
}
