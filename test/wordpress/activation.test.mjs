// The plugin deactivates and activates from Plugins with WP_DEBUG on, and debug.log gains
// no notice, warning or error of ours. (WordPress offline logs failed update checks: not ours.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, site, newPage, login, ourDebugLines, assertOnlySite } from './helpers.mjs';

useSite();

test('Plugins → Deactivate, then Activate, with WP_DEBUG on and nothing of ours in debug.log', async () => {
  const before = ourDebugLines();
  const page = await newPage();
  const row = 'tr[data-plugin="haven-widgets/haven-widgets.php"]';
  try {
    await login(page, 'admin');
    await page.goto(`${site.url}/wp-admin/plugins.php`, { waitUntil: 'domcontentloaded' });
    assert.ok(await page.$(`${row}.active`), 'the plugin is active');
    // Its Settings link is among its action links.
    assert.ok(await page.$(`${row} a[href*="options-general.php?page=haven-widgets"]`), 'a Settings link');
    await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), page.click(`${row} .deactivate a`)]);
    assert.match(await page.$eval('#message, .notice', (el) => el.textContent), /deactivated/i);
    assert.ok(await page.$(`${row}.inactive`), 'the plugin is inactive');
    await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), page.click(`${row} .activate a`)]);
    assert.match(await page.$eval('#message, .notice', (el) => el.textContent), /activated/i);
    assert.ok(await page.$(`${row}.active`), 'the plugin is active again');
    // Its pages work after the round trip: the settings page, a front-end page.
    await page.goto(`${site.url}/wp-admin/options-general.php?page=haven-widgets`, { waitUntil: 'domcontentloaded' });
    assert.ok(await page.$('input[name="haven_widgets_settings[exit_enabled]"]'), 'the settings page');
    await page.goto(`${site.url}/`, { waitUntil: 'load' });
    assertOnlySite(page, { admin: true });
  } finally {
    await page.closeAll();
  }
  assert.deepEqual(ourDebugLines().slice(before.length), [], 'debug.log: nothing of ours');
});

test('debug.log holds nothing of ours from the whole run so far', () => {
  assert.deepEqual(ourDebugLines(), []);
});
