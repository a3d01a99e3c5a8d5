// A visitor's page loads the widgets through the autoloader (wordpress/includes/assets.php):
// one module script, then the files of the widgets the page shows, each once, and none for a
// widget it lacks; a second widget on another page fetches only its own file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, newPage, php, widgetsReady, assertOnlySite } from './helpers.mjs';

useSite();

async function insert(title, content) {
  return (await php(`
    $id = wp_insert_post(['post_title' => ${JSON.stringify(title)}, 'post_status' => 'publish', 'post_type' => 'post', 'post_content' => base64_decode('${Buffer.from(content).toString('base64')}')]);
    echo get_permalink($id);`, 'admin')).trim();
}

/** The plugin's script files the page fetched, by name, in order. */
const pluginScripts = (page) => page.requests.filter((u) => u.includes('/haven-widgets/cdn/')).map((u) => new URL(u).pathname.split('/cdn/')[1]);
/** The widgets whose autoloaded files those are (`faq` for haven-autoloader-faq-<hash>.js). */
const widgetFiles = (page) => pluginScripts(page).map((f) => /^haven-autoloader-(.+)-[\w-]{8}\.js$/.exec(f)?.[1]).filter((w) => w && w !== 'core');

test('a post with an FAQ prints one module script, and the page fetches the FAQ\'s files only, each once', async () => {
  const url = await insert('Autoloaded FAQ', '[haven_faq][haven_question q="Loaded?"]Through the autoloader.[/haven_question][/haven_faq]');
  const page = await newPage();
  const failed = [];
  page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
  try {
    await page.goto(url, { waitUntil: 'networkidle0' });
    await widgetsReady(page);
    const tags = await page.$$eval('script[src*="/haven-widgets/cdn/"]', (els) => els.map((s) => ({ src: new URL(s.src).pathname.split('/cdn/')[1], type: s.type })));
    assert.deepEqual(tags.filter((t) => !t.src.startsWith('locales/')), [{ src: 'haven-autoloader.js', type: 'module' }]);
    assert.equal(await page.$eval('haven-faq', (el) => el.shadowRoot.querySelector('button.question')?.textContent.trim()), 'Loaded?');
    const scripts = pluginScripts(page);
    assert.deepEqual(scripts.filter((f, i) => scripts.indexOf(f) !== i), [], 'no file fetched twice');
    assert.deepEqual(scripts.filter((f) => f.endsWith('.iife.js') && !f.startsWith('locales/')), [], 'no classic widget file');
    // The site-wide exit may be switched on by another test: its file is then the only other one.
    assert.deepEqual(widgetFiles(page).filter((w) => w !== 'quick-exit'), ['faq']);
    assert.equal(scripts.filter((f) => /^haven-autoloader-core-/.test(f)).length, 1, 'one shared chunk');
    assertOnlySite(page);
    // (A theme without a site icon makes the browser ask for /favicon.ico: not ours.)
    assert.deepEqual(failed.filter((f) => !f.endsWith('/favicon.ico')), []);
  } finally {
    await page.closeAll();
  }
});
