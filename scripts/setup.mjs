// `npm test` runs this first (and .ci/run before `npm ci`): it checks that the system has what
// the tests need (the browsers, Xvfb for WebKit, the font the screenshots are drawn in, PHP
// and MariaDB for the WordPress tests) and, when something is missing,
// - as root: installs exactly that with apt-get (one `apt-get update`, no questions asked);
// - otherwise: prints the one command that installs it and exits 1, before any test starts.
// Nothing missing: no apt-get at all, and it takes a few milliseconds.
//
// It imports nothing outside Node, so it runs before `npm ci` too. The paths and variables are
// the ones the test set-up reads (web-test-runner.config.mjs, scripts/webkit-launcher.mjs):
// CHROME_PATH, FIREFOX_PATH, WEBKIT_PATH and WEBKIT_DRIVER_PATH point at other binaries, a
// DISPLAY makes Xvfb unnecessary, and BROWSERS without firefox skips Firefox. The WordPress
// tests always need Chromium and WebKit. HAVEN_SKIP_SETUP=1 skips the check (a machine that
// is not Debian, with everything installed another way).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const PHP_AND_MARIADB = [
  'php-cli',
  'php-mysql',
  'php-xml',
  'php-mbstring',
  'php-gd',
  'php-curl',
  'php-intl',
  'php-zip',
  'mariadb-server',
];

/**
 * What the tests need, as Debian packages, each with how to tell it is there.
 * `probe` answers questions about the machine: `exists(path)`, `installed(package)`,
 * `hasFont(family)`.
 * @returns {{ name: string, why: string, present: (probe: object) => boolean }[]}
 */
export function requirements(env = process.env) {
  const wanted = (env.BROWSERS ?? 'chromium,firefox,webkit').toLowerCase();
  const list = [
    {
      name: 'chromium',
      why: 'Chromium, for the widget and WordPress tests',
      present: (p) => p.exists(env.CHROME_PATH ?? '/usr/bin/chromium'),
    },
    {
      name: 'webkit2gtk-driver',
      why: "WebKitGTK's MiniBrowser and WebKitWebDriver (Safari's engine)",
      present: (p) =>
        p.exists(env.WEBKIT_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser') &&
        p.exists(env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver'),
    },
    {
      name: 'xvfb',
      why: 'a display for MiniBrowser, which has no headless mode',
      present: (p) => Boolean(env.DISPLAY) || p.exists('/usr/bin/Xvfb'),
    },
    {
      name: 'fonts-dejavu-core',
      why: 'DejaVu Sans, the font the visual baselines are drawn in',
      present: (p) => p.hasFont('DejaVu Sans'),
    },
    ...PHP_AND_MARIADB.map((name) => ({
      name,
      why: 'PHP and MariaDB, for the WordPress tests',
      present: (p) => p.installed(name),
    })),
  ];
  if (wanted.includes('firefox')) {
    list.splice(1, 0, {
      name: 'firefox-esr',
      why: 'Firefox',
      present: (p) => p.exists(env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'),
    });
  }
  return list;
}

/** The packages of `list` that the machine lacks. */
export function missingPackages(list, probe) {
  return list.filter((r) => !r.present(probe)).map((r) => r.name);
}

/**
 * What to do about `missing`: nothing, install (as root, where apt-get exists), or stop with
 * the one command that installs it.
 * @returns {{ action: 'none' } | { action: 'install', commands: string[][] } | { action: 'stop', message: string }}
 */
export function plan(missing, { isRoot, hasAptGet }) {
  if (!missing.length) return { action: 'none' };
  const packages = missing.join(' ');
  if (!hasAptGet) {
    return {
      action: 'stop',
      message:
        `The tests need these Debian packages: ${packages}.\n` +
        'This machine has no apt-get: install their equivalents, point CHROME_PATH, FIREFOX_PATH, WEBKIT_PATH and\n' +
        'WEBKIT_DRIVER_PATH at the browsers, and run again with HAVEN_SKIP_SETUP=1.',
    };
  }
  if (!isRoot) {
    return {
      action: 'stop',
      message: `The tests need ${packages}. Install with:\n\n  sudo apt-get install ${packages}\n\nthen run npm test again.`,
    };
  }
  return {
    action: 'install',
    commands: [
      ['apt-get', 'update', '-qq'],
      ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...missing],
    ],
  };
}

/** The real machine: file checks first, one dpkg-query for all packages, fc-list only if needed. */
export function systemProbe() {
  let dpkg;
  const installed = (name) => {
    if (!dpkg) {
      const r = spawnSync('dpkg-query', ['-W', '-f=${Package} ${Status}\\n', ...PHP_AND_MARIADB], {
        encoding: 'utf8',
      });
      dpkg = new Set(
        (r.stdout ?? '')
          .split('\n')
          .filter((l) => l.endsWith(' install ok installed'))
          .map((l) => l.split(' ')[0]),
      );
    }
    return dpkg.has(name);
  };
  const hasFont = (family) =>
    existsSync('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf') ||
    Boolean(spawnSync('fc-list', [family], { encoding: 'utf8' }).stdout?.trim());
  return { exists: existsSync, installed, hasFont };
}

/**
 * Checks, then installs or stops; returns the exit code. Everything that touches the machine
 * comes in as an argument (`newProbe` makes a fresh probe, `run` runs a command and returns
 * its exit code), so the tests drive it without apt.
 */
export function setup({
  env = process.env,
  newProbe,
  isRoot,
  hasAptGet,
  run,
  log = console.log,
  error = console.error,
}) {
  if (env.HAVEN_SKIP_SETUP === '1') return 0;
  const list = requirements(env);
  const missing = missingPackages(list, newProbe());
  const next = plan(missing, { isRoot, hasAptGet });
  if (next.action === 'none') return 0;
  const why = list.filter((r) => missing.includes(r.name)).map((r) => `  ${r.name}: ${r.why}`);
  if (next.action === 'stop') {
    error(`\nMissing for the tests:\n${why.join('\n')}\n\n${next.message}\n`);
    return 1;
  }
  log(`Installing with apt-get:\n${why.join('\n')}`);
  for (const command of next.commands) {
    const code = run(command, { ...env, DEBIAN_FRONTEND: 'noninteractive' });
    if (code !== 0) {
      error(`\n${command.join(' ')} failed (exit ${code}).\n`);
      return 1;
    }
  }
  // Checked again on a fresh probe: a package can install and still not put a file where the tests look.
  const still = missingPackages(list, newProbe());
  if (still.length) {
    error(`\nStill missing after apt-get: ${still.join(' ')}.\n`);
    return 1;
  }
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = setup({
    newProbe: systemProbe,
    isRoot: process.getuid?.() === 0,
    hasAptGet: existsSync('/usr/bin/apt-get'),
    run: ([command, ...args], env) => spawnSync(command, args, { stdio: 'inherit', env }).status ?? 1,
  });
}
