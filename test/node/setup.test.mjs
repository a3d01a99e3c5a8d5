// scripts/setup.mjs, which `npm test` and .ci/run start with: what it decides for a machine.
// The machine is faked (a probe and a command runner), so no test here runs apt.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { missingPackages, plan, requirements, setup } from '../../scripts/setup.mjs';

const everything = { exists: () => true, installed: () => true, hasFont: () => true };
// A machine with everything but Chromium, Xvfb and php-intl.
const lacking = {
  exists: (path) => !['/usr/bin/chromium', '/usr/bin/Xvfb'].includes(path),
  installed: (name) => name !== 'php-intl',
  hasFont: () => true,
};

function machine({ probe, isRoot, hasAptGet = true, env = {} }) {
  const ran = [];
  const said = [];
  const code = setup({
    env,
    newProbe: () => probe,
    isRoot,
    hasAptGet,
    run: (command) => {
      ran.push(command);
      return 0;
    },
    log: (m) => said.push(m),
    error: (m) => said.push(m),
  });
  return { code, ran, said: said.join('\n') };
}

test('nothing missing: no apt-get, exit 0, as root or not', () => {
  for (const isRoot of [true, false]) {
    const { code, ran, said } = machine({ probe: everything, isRoot });
    assert.equal(code, 0);
    assert.deepEqual(ran, []);
    assert.equal(said, '');
  }
});

test('missing, not root: names the one command with exactly the missing packages, installs nothing, exits 1', () => {
  const { code, ran, said } = machine({ probe: lacking, isRoot: false });
  assert.equal(code, 1);
  assert.deepEqual(ran, []);
  assert.match(said, /^ {2}sudo apt-get install chromium xvfb php-intl$/m);
});

test('missing, as root: one apt-get update, then apt-get install of exactly the missing packages', () => {
  const { ran } = machine({ probe: lacking, isRoot: true });
  assert.deepEqual(ran, [
    ['apt-get', 'update', '-qq'],
    ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'chromium', 'xvfb', 'php-intl'],
  ]);
});

test('as root: fails when apt-get fails or a package still does not show up', () => {
  const failing = setup({
    env: {},
    newProbe: () => lacking,
    isRoot: true,
    hasAptGet: true,
    run: () => 100,
    log() {},
    error() {},
  });
  assert.equal(failing, 1);
  const stillLacking = machine({ probe: lacking, isRoot: true });
  assert.equal(stillLacking.code, 1);
  assert.match(stillLacking.said, /Still missing after apt-get: chromium xvfb php-intl/);
  // Installed on the first try: the second probe finds everything.
  const probes = [lacking, everything];
  const installed = setup({
    env: {},
    newProbe: () => probes.shift(),
    isRoot: true,
    hasAptGet: true,
    run: () => 0,
    log() {},
    error() {},
  });
  assert.equal(installed, 0);
});

test('no apt-get: stops and says what is needed and how to skip the check', () => {
  const { code, ran, said } = machine({ probe: lacking, isRoot: true, hasAptGet: false });
  assert.equal(code, 1);
  assert.deepEqual(ran, []);
  assert.match(said, /chromium xvfb php-intl/);
  assert.match(said, /HAVEN_SKIP_SETUP=1/);
  assert.equal(machine({ probe: lacking, isRoot: true, env: { HAVEN_SKIP_SETUP: '1' } }).code, 0);
});

test('the variables the test set-up reads: other browser paths, a DISPLAY, BROWSERS without Firefox', () => {
  const onlyCustom = {
    exists: (path) => path.startsWith('/opt/'),
    installed: () => true,
    hasFont: () => true,
  };
  assert.deepEqual(missingPackages(requirements({}), onlyCustom), [
    'chromium',
    'firefox-esr',
    'webkit2gtk-driver',
    'xvfb',
  ]);
  const env = {
    CHROME_PATH: '/opt/chrome',
    FIREFOX_PATH: '/opt/firefox',
    WEBKIT_PATH: '/opt/MiniBrowser',
    WEBKIT_DRIVER_PATH: '/opt/WebKitWebDriver',
    DISPLAY: ':9',
  };
  assert.deepEqual(missingPackages(requirements(env), onlyCustom), []);
  // The WordPress tests need Chromium and WebKit whatever BROWSERS says; Firefox only the widget tests.
  assert.deepEqual(missingPackages(requirements({ BROWSERS: 'chromium' }), onlyCustom), [
    'chromium',
    'webkit2gtk-driver',
    'xvfb',
  ]);
});

test('plan: nothing to do for nothing missing', () => {
  assert.deepEqual(plan([], { isRoot: false, hasAptGet: true }), { action: 'none' });
});
