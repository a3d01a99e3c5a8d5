// The suite's XSS payloads (test/xss-payloads.ts) through every block attribute and every
// setting run nothing: no dialog, window.__xss never set, no handler, script-bearing URL or
// live script made from them, on the front end and on the settings page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { useSite, site, newPage, login, php, blockComment, xssPayloads, injected, injectedInHtml, widgetsReady } from './helpers.mjs';

useSite();

const BLOCKS = path.resolve('dist/wordpress/haven-widgets/blocks');

/** The fields of the items a block edits (arrays of objects), as the plugin's editor writes them. */
const ITEM_FIELDS = {
  items: ['id', 'question', 'answer'],
  prompts: ['category', 'text'],
  stages: ['id', 'name', 'cells'],
  helplines: ['region', 'name', 'description', 'phone', 'sms', 'keyword', 'chat', 'web', 'hours', 'languages'],
};

/** Every attribute of a block set to the payload, whatever its declared type. */
function hostileAttributes(blockJson, p) {
  const attrs = {};
  for (const [name, def] of Object.entries(blockJson.attributes)) {
    if (def.type === 'array' && def.items?.type === 'object') {
      const fields = ITEM_FIELDS[name] ?? ['name', 'text'];
      attrs[name] = [Object.fromEntries(fields.map((f) => [f, f === 'cells' ? [p, p] : p])), Object.fromEntries(fields.map((f) => [f, f === 'cells' ? [p] : `x ${p}`]))];
    } else if (def.type === 'array') attrs[name] = [p, `y${p}`];
    else attrs[name] = p;
  }
  return attrs;
}

async function check(page, where) {
  await new Promise((r) => setTimeout(r, 50));
  assert.deepEqual(page.dialogs, [], `${where}: no dialog`);
  assert.equal(await page.evaluate(() => window.__xss), undefined, `${where}: window.__xss is not set`);
  assert.deepEqual(await injected(page), [], `${where}: nothing injected`);
}

test('XSS payloads through every block attribute run nothing', async () => {
  const payloads = await xssPayloads();
  const blocks = fs.readdirSync(BLOCKS).map((d) => JSON.parse(fs.readFileSync(path.join(BLOCKS, d, 'block.json'), 'utf8')));
  assert.equal(blocks.length, 6);
  // Ten payloads to a post, each through all six blocks; stored by an administrator, whose
  // content WordPress does not filter, so the plugin's own sanitising and escaping is tested.
  const groups = [];
  for (let i = 0; i < payloads.length; i += 10) groups.push(payloads.slice(i, i + 10));
  const contents = groups.map((g) => g.flatMap((p) => blocks.map((b) => blockComment(b.name, hostileAttributes(b, p)))).join('\n\n'));
  const urls = JSON.parse(await php(`
    $out = [];
    foreach (json_decode(base64_decode('${Buffer.from(JSON.stringify(contents)).toString('base64')}'), true) as $i => $c) {
      $id = wp_insert_post(wp_slash(['post_title' => 'Payloads ' . $i, 'post_status' => 'publish', 'post_type' => 'post', 'post_content' => $c]));
      $out[] = get_permalink($id);
    }
    echo json_encode($out);`, 'admin'));
  const page = await newPage();
  try {
    for (const [i, url] of urls.entries()) {
      await page.goto(url, { waitUntil: 'load' });
      await widgetsReady(page);
      const count = await page.evaluate(() => document.querySelectorAll('haven-faq, haven-grounding-timer, haven-empathy-prompts, haven-stage-table, haven-helplines, haven-quick-exit').length);
      assert.equal(count, groups[i].length * 6, 'every block rendered a widget');
      await check(page, `post ${i}`);
    }
  } finally {
    await page.closeAll();
  }
});

/**
 * Posts the settings form as its Save button does (nonce and all), every field set to `single`
 * and helpline rows 0… carrying `rows` (one payload a row, in every field of the row).
 */
async function saveSettings(admin, single, rows) {
  return admin.evaluate(async (p, rows) => {
    const form = document.querySelector('form[action="options.php"]');
    const fd = new FormData(form);
    const names = [...new Set([...form.elements].map((e) => e.name).filter((n) => n?.startsWith('haven_widgets_settings[') && !n.endsWith('[remove]')))];
    for (const n of names) fd.set(n, p);
    const rowFields = [...new Set(names.map((n) => n.match(/^haven_widgets_settings\[helplines\]\[\d+\]\[(\w+)\]$/)?.[1]).filter(Boolean))];
    rows.forEach((q, k) => { for (const f of rowFields) fd.set(`haven_widgets_settings[helplines][${k}][${f}]`, q); });
    fd.set('haven_widgets_settings[exit_enabled]', '1');
    fd.set('haven_widgets_settings[exit_shortcut]', '1');
    // The form's `action` property is shadowed by its hidden input named "action".
    const r = await fetch(new URL(form.getAttribute('action'), location.href), { method: 'POST', body: fd, credentials: 'same-origin' });
    // The answer is the settings page again (after the redirect), showing what was saved.
    return { ok: r.ok, url: r.url, fields: names.length, rowFields: rowFields.length, html: await r.text() };
  }, single, rows);
}

test('XSS payloads through every setting run nothing, on the front end or the settings page', async (t) => {
  const payloads = await xssPayloads();
  const helplinesPost = (await php(`
    $id = wp_insert_post(['post_title' => 'Site helplines', 'post_status' => 'publish', 'post_type' => 'post', 'post_content' => '<!-- wp:haven-widgets/helplines /-->' . "\\n\\n" . '<!-- wp:haven-widgets/faq /-->']);
    echo get_permalink($id);`, 'admin')).trim();
  const admin = await newPage();
  const visitor = await newPage();
  const settingsUrl = `${site.url}/wp-admin/options-general.php?page=haven-widgets`;
  try {
    await login(admin, 'admin');
    await admin.goto(settingsUrl, { waitUntil: 'domcontentloaded' });

    await t.test('every payload in every field: the HTML the server sends carries none live', async () => {
      for (const p of payloads) {
        const saved = await saveSettings(admin, p, payloads);
        assert.ok(saved.ok && /settings-updated=true/.test(saved.url), `saved (${saved.url})`);
        assert.ok(saved.fields >= 10 && saved.rowFields >= 5, 'the form has its fields');
        assert.deepEqual(await injectedInHtml(admin, [], { html: saved.html }), [], `settings page, payload ${JSON.stringify(p)}`);
        const found = await injectedInHtml(admin, [helplinesPost]);
        for (const [u, bad] of Object.entries(found)) assert.deepEqual(bad, [], `${u}, payload ${JSON.stringify(p)}`);
      }
      const stored = JSON.parse(await php(`echo json_encode(get_option('haven_widgets_settings'));`));
      assert.ok(stored.exit_enabled, 'the exit is on, so its settings are used');
      assert.ok(stored.helplines.length >= 2, 'helplines were kept (sanitised), so they were rendered');
    });

    // In the browser, with the widgets running: some payloads in the single fields, all of
    // them in the helplines every time.
    await t.test('in the browser: no dialog, nothing run, nothing injected', async () => {
      for (const i of [0, 1, 14, 23, 25]) {
        const p = payloads[i];
        assert.ok((await saveSettings(admin, p, payloads)).ok);
        await visitor.goto(helplinesPost, { waitUntil: 'load' });
        await widgetsReady(visitor);
        assert.ok(await visitor.$('haven-quick-exit.haven-widgets-site-exit'), 'the site-wide exit is shown');
        await check(visitor, `front end, payload ${JSON.stringify(p)}`);
        await admin.goto(settingsUrl, { waitUntil: 'load' });
        await check(admin, `settings page, payload ${JSON.stringify(p)}`);
      }
    });
  } finally {
    await admin.closeAll();
    await visitor.closeAll();
    await php(`delete_option('haven_widgets_settings');`);
  }
});
