// Server-rendering set-ups import the npm build in Node, where there is no DOM: importing
// must not throw, and must not try to register anything.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, existsSync, readFileSync } from 'node:fs';

test('the whole npm build imports in Node without a DOM', async () => {
  const mod = await import('../../dist/index.js');
  assert.equal(typeof mod.HavenFaq, 'function');
  assert.equal(typeof mod.HavenProvider, 'function');
});

test('every component entry imports in Node', async () => {
  const components = readdirSync('dist/components').filter((d) => existsSync(`dist/components/${d}/index.js`));
  assert.ok(components.length >= 2);
  for (const name of components) {
    await assert.doesNotReject(import(`../../dist/components/${name}/index.js`), name);
  }
});

test('the React wrappers import in Node', async () => {
  const mod = await import('../../dist/react/index.js');
  assert.equal(typeof mod.HavenFaq, 'object'); // a forwardRef component
});

// What an npm install brings is package.json's dependencies (lit, @lit/context) and, for
// haven-widgets/react only, the optional peers react and @lit/react. TypeScript's helpers
// (tslib) must never be imported: it is not a dependency.
test('the npm build imports only its declared packages', () => {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (path !== 'dist/cdn' && path !== 'dist/demo' && path !== 'dist/wordpress') walk(path);
      } else if (path.endsWith('.js')) files.push(path);
    }
  };
  walk('dist');
  const allowed = (file, spec) =>
    // (haven-widgets itself appears in the doc comments' import examples.)
    /^(lit|@lit\/context|haven-widgets)(\/|$)/.test(spec) || (file.startsWith('dist/react/') && /^(react|@lit\/react)(\/|$)/.test(spec));
  const stray = [];
  for (const file of files) {
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"./][^'"]*)['"]/g)) {
      if (!allowed(file, spec)) stray.push(`${file}: ${spec}`);
    }
  }
  assert.ok(files.length > 20, 'the npm build is there');
  assert.deepEqual(stray, []);
});

test('the npm build ships no source maps pointing at unpacked sources', () => {
  const maps = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (path.endsWith('.map') && !path.startsWith('dist/demo/')) maps.push(path);
    }
  };
  walk('dist');
  assert.deepEqual(maps, []);
});
