// Server-rendering set-ups import the npm build in Node, where there is no DOM: importing
// must not throw, and must not try to register anything.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, existsSync } from 'node:fs';

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
