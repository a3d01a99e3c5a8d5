// Runs every test in real browsers: Debian's chromium and firefox-esr (headless) and
// WebKitGTK's MiniBrowser (on a private Xvfb display, see scripts/webkit-launcher.mjs).
// BROWSERS=chromium (or firefox, or webkit) runs one engine alone while developing.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { build } from 'esbuild';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { webkitLauncher, missingForWebkit } from './scripts/webkit-launcher.mjs';

// React ships CommonJS only. For the React wrapper test, React and react-dom/client are
// bundled once into one ES module (one copy of React), and the bare imports point at it.
let reactBundle;
const reactEsm = {
  name: 'react-esm',
  resolveImport({ source }) {
    if (source === 'react') return '/__react.js';
    if (source === 'react-dom/client') return '/__react-dom-client.js';
  },
  async serve({ path }) {
    if (path === '/__react-bundle.js') {
      reactBundle ??= build({
        stdin: {
          contents: "import React from 'react'; import * as Client from 'react-dom/client'; export { React, Client };",
          resolveDir: process.cwd(),
        },
        bundle: true,
        format: 'esm',
        write: false,
        define: { 'process.env.NODE_ENV': '"development"' },
        logLevel: 'silent',
      }).then((r) => r.outputFiles[0].text);
      return { body: await reactBundle, type: 'js' };
    }
    if (path === '/__react.js') return { body: "import { React } from '/__react-bundle.js'; export default React;", type: 'js' };
    if (path === '/__react-dom-client.js') return { body: "import { Client } from '/__react-bundle.js'; export default Client;", type: 'js' };
  },
};

const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit')
  .split(',')
  .map((b) => b.trim().toLowerCase())
  .filter(Boolean);

const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

function need(path, name, install, variable) {
  if (existsSync(path)) return;
  console.error(
    `\n${name} was not found at ${path}.\n` +
      `Install it (as root: apt-get install ${install}) or set ${variable} to its path.\n` +
      `To run one engine alone: BROWSERS=chromium npm test\n`,
  );
  process.exit(1);
}

const browsers = [];
if (wanted.includes('chromium') || wanted.includes('chrome')) {
  need(chromePath, 'Chromium', 'chromium', 'CHROME_PATH');
  browsers.push(
    chromeLauncher({
      launchOptions: {
        executablePath: chromePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          '--disable-sync',
        ],
      },
    }),
  );
}
if (wanted.includes('firefox')) {
  need(firefoxPath, 'Firefox', 'firefox-esr', 'FIREFOX_PATH');
  browsers.push(
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true },
    }),
  );
}
if (wanted.includes('webkit')) {
  const missing = missingForWebkit();
  if (missing.length) {
    console.error(
      `\nWebKit needs ${missing.join(' and ')} (as root: apt-get install ${missing.join(' ')}).\n` +
        `Set WEBKIT_PATH / WEBKIT_DRIVER_PATH for other binaries, or run other engines: BROWSERS=chromium,firefox npm test\n`,
    );
    process.exit(1);
  }
  browsers.push(webkitLauncher());
}
const pixelBrowsers = browsers.slice(0, browsers.length - (wanted.includes('webkit') ? 1 : 0));
if (!browsers.length) {
  console.error(`BROWSERS=${process.env.BROWSERS} names no engine this suite runs (chromium, firefox, webkit).`);
  process.exit(1);
}

// `media-features`: emulate prefers-color-scheme, forced-colors, prefers-reduced-motion (and
// the print media type, as the feature `media`) from a test. Answers true when the engine could, false when it cannot (Firefox over BiDi).
// Chromium goes through CDP directly: puppeteer's emulateMediaFeatures refuses forced-colors.
// A value of '' removes that feature's emulation.
// CDP emulation lasts as long as its CDP session, so one session is kept per page.
const emulated = new Map();
const cdpSessions = new WeakMap();
const mediaFeatures = {
  name: 'media-features',
  async executeCommand({ command, payload, session }) {
    if (command !== 'media-features') return undefined;
    // WebDriver classic (WebKit) has no way to emulate media: the test then checks the
    // engine's real setting, as it does where Firefox refuses.
    if (typeof session.browser.getPage !== 'function') return false;
    const page = session.browser.getPage(session.id);
    const features = { ...(emulated.get(session.id) ?? {}) };
    for (const { name, value } of payload) features[name] = value;
    emulated.set(session.id, features);
    try {
      if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
      const { media = '', ...rest } = features;
      await cdpSessions.get(page).send('Emulation.setEmulatedMedia', {
        media,
        features: Object.entries(rest).map(([name, value]) => ({ name, value })),
      });
      return true;
    } catch {
      try {
        await page.emulateMediaFeatures(payload.filter(({ name }) => name !== 'media').map(({ name, value }) => ({ name, value: value || null })));
        return !payload.some((f) => (f.name === 'forced-colors' || f.name === 'media') && f.value);
      } catch {
        return false;
      }
    }
  },
};

// `hold-key`: press or release one key and keep it so (Shift held while typing a capital).
// @web/test-runner-commands' sendKeys has `down` and `up` only through puppeteer; over
// WebDriver the same thing is a key action, and the driver keeps the key's state between
// calls. Payload: { down: 'Shift' } or { up: 'Shift' }.
const WEBDRIVER_KEYS = { Shift: '\uE008', Control: '\uE009', Alt: '\uE00A', Meta: '\uE03D' };
const holdKey = {
  name: 'hold-key',
  async executeCommand({ command, payload, session }) {
    if (command !== 'hold-key') return undefined;
    const [type, key] = payload.down ? ['keyDown', payload.down] : ['keyUp', payload.up];
    if (typeof session.browser.getPage === 'function') {
      const keyboard = session.browser.getPage(session.id).keyboard;
      await (type === 'keyDown' ? keyboard.down(key) : keyboard.up(key));
      return true;
    }
    const value = WEBDRIVER_KEYS[key] ?? key;
    await session.browser.driverManager.performActions(session.id, [
      { type: 'key', id: 'held', actions: [{ type, value }] },
    ]);
    return true;
  },
};

// Pages under test/pages/ are served with a strict policy, as a careful site would.
const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'";
// Visual baselines are pixels from one browser build. A fresh machine installs whatever
// Debian ships that day, and a new major version may draw text a little differently. Then
// the comparison loosens: a broken layout still fails, a changed glyph edge does not, and
// the run says which baselines are from another version. `npm run test:visual:update`
// records the versions in use beside the new baselines.
const UPDATE = process.env.UPDATE_SCREENSHOTS === '1';
const STRICT = 0.5;
const LOOSE = 3;
function majorVersion(path) {
  try {
    return execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 20000, stdio: ['ignore', 'pipe', 'ignore'] }).match(/(\d+)\./)?.[1];
  } catch {
    return undefined;
  }
}
let visualThreshold = STRICT;
for (const [folder, path, used] of [
  ['Chrome', chromePath, wanted.includes('chromium') || wanted.includes('chrome')],
  ['Firefox', firefoxPath, wanted.includes('firefox')],
]) {
  if (!used) continue;
  const file = `test/screenshots/${folder}/browser-version.txt`;
  const current = majorVersion(path);
  if (UPDATE) {
    mkdirSync(`test/screenshots/${folder}`, { recursive: true });
    if (current) writeFileSync(file, `${current}\n`);
    continue;
  }
  const recorded = existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
  if (current && recorded && current !== recorded) {
    visualThreshold = LOOSE;
    console.log(`Visual baselines for ${folder} were recorded with version ${recorded}; this is ${current}. Comparing at ${LOOSE} % instead of ${STRICT} % until they are refreshed (npm run test:visual:update).`);
  }
}

async function strictCsp(ctx, next) {
  await next();
  if (ctx.path.startsWith('/test/pages/')) ctx.set('Content-Security-Policy', STRICT_CSP);
}

export default {
  files: ['test/**/*.test.ts', '!test/visual.test.ts'],
  // Pixel baselines only where screenshots are reliable. WebKitGTK's element screenshots
  // over WebDriver paint whatever lies outside the viewport black and catch transitions
  // mid-way, so WebKit has none: its look is guarded by the geometry tests (reflow, forced
  // colours, the quick exit's cover) that run there, and by screenshots looked at by hand.
  groups: pixelBrowsers.length && !process.argv.includes('--files') ? [{ name: 'visual', files: 'test/visual.test.ts', browsers: pixelBrowsers }] : [],
  nodeResolve: true,
  middleware: [strictCsp],
  browsers,
  // Pages in one browser fight for focus at higher concurrency; keyboard tests then fail.
  concurrency: 1,
  concurrentBrowsers: 3,
  // Three engines starting at once on two busy cores can take more than the default 30 s.
  browserStartTimeout: 90000,
  testsStartTimeout: 60000,
  testFramework: { config: { timeout: 10000 } },
  plugins: [
    reactEsm,
    mediaFeatures,
    holdKey,
    visualRegressionPlugin({
      baseDir: 'test/screenshots',
      update: UPDATE,
      // A visible change fails; anti-aliasing noise does not.
      failureThreshold: visualThreshold,
      failureThresholdType: 'percent',
    }),
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
  ],
  // Lit's dev-mode notice, and errors tests throw on purpose (test/helpers.ts EXPECTED), are
  // noise: a green run prints nothing, so that a real error stands out.
  filterBrowserLogs: ({ args }) => !args.some((a) => /Lit is in dev mode|\[thrown by a test on purpose\]/.test(String(a))),
};
