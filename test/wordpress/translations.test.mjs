// The plugin's own strings in the site's language: the .mo the build compiles for the PHP
// (the settings page) and the JSON files for its scripts (the settings page's buttons, the
// block editor), loaded for any locale of a language the plugin ships (here es_ES).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, site, newPage, login, php, openEditor } from './helpers.mjs';
import { moFile } from '../../scripts/wordpress-i18n.mjs';

useSite();

test('with the site in Spanish, the settings page and the editor speak Spanish', async () => {
  const saved = await php(`echo json_encode(get_option('haven_widgets_settings'));`);
  // WordPress accepts a site language only once its files are installed: a core file with
  // only a header stands for them (the admin's own strings stay English; WordPress 6.1 cannot
  // read a file with no entry at all), the plugin brings its own.
  const core = moFile('Language: es_ES\nContent-Type: text/plain; charset=UTF-8\n', []).toString('base64');
  await php(`wp_mkdir_p(WP_LANG_DIR); file_put_contents(WP_LANG_DIR . '/es_ES.mo', base64_decode('${core}'));`);
  // A new request: WordPress lists the installed languages once per request.
  await php(`update_option('WPLANG', 'es_ES');
    if (get_option('WPLANG') !== 'es_ES') { fwrite(STDERR, 'WPLANG not set'); exit(1); }
    update_option('haven_widgets_settings', ['helplines' => [['name' => 'Línea Uno', 'phone' => '0800 111 222'], ['name' => 'Línea Dos', 'phone' => '0800 333 444']]]);`);
  const admin = await newPage();
  try {
    await login(admin, 'admin');
    await admin.goto(`${site.url}/wp-admin/options-general.php?page=haven-widgets`, { waitUntil: 'load' });
    // PHP, through the .mo file.
    assert.equal(
      await admin.$eval('label[for="haven-widgets-emergency"]', (el) => el.textContent.trim()),
      'Número de emergencia',
    );
    assert.equal(
      await admin.$eval('label[for="haven-widgets-helpline-0-phone"]', (el) => el.textContent.trim()),
      'Número de teléfono',
    );
    // The settings script, through its JSON file.
    await admin.waitForSelector('.haven-widgets-move button');
    assert.equal(
      await admin.$eval('.haven-widgets-move button[data-move="up"]', (el) => el.textContent),
      'Subir',
    );
    // The editor script, through its JSON file.
    await openEditor(admin);
    assert.equal(
      await admin.evaluate(() => window.wp.i18n.__('Questions and answers', 'haven-widgets')),
      'Preguntas y respuestas',
    );
    assert.equal(
      await admin.evaluate(() => window.wp.i18n.__('Heading level of the questions', 'haven-widgets')),
      'Nivel de encabezado de las preguntas',
    );
  } finally {
    await admin.closeAll();
    await php(
      `update_option('WPLANG', ''); wp_delete_file(WP_LANG_DIR . '/es_ES.mo'); update_option('haven_widgets_settings', json_decode(${JSON.stringify(saved)}, true) ?: []);`,
    );
  }
});
