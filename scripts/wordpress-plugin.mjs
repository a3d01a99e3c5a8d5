// Assembles the WordPress plugin: dist/wordpress/haven-widgets/ (unpacked, for a test site to
// copy or link into wp-content/plugins) and dist/wordpress/haven-widgets.zip (what a site
// owner uploads). Runs at the end of `npm run build`, after the CDN files and the editor
// script exist; `node scripts/wordpress-plugin.mjs` runs it alone.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { zip } from './zip.mjs';
import { compileTranslations } from './wordpress-i18n.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist/wordpress');
const plugin = join(out, 'haven-widgets');

/** The wp-* scripts the editor script uses (its externals), for WordPress to load first. */
export const EDITOR_DEPENDENCIES = ['wp-block-editor', 'wp-blocks', 'wp-components', 'wp-element', 'wp-i18n'];

/** The pictures shipped as assets/screenshot-<n>.png, in the order readme.txt captions them. */
export const SCREENSHOTS = ['docs/wordpress-editor.png', 'docs/wordpress-front-end.png'];

/** The widgets whose files the plugin serves (not the provider: the plugin sets attributes). */
const WIDGETS = ['faq', 'grounding-timer', 'empathy-prompts', 'stage-table', 'helplines', 'quick-exit'];

/** Every file under `dir`, and every folder (with a trailing slash), folders first. */
function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? [`${path}/`, ...files(path)] : [path];
  });
}

/**
 * The few words the PHP writes inside the elements for visitors whose scripts do not run (the
 * exit's link, the timer's steps, the stage table's headings), in each locale, from the
 * widgets' own locale tables (dist/locales/<lang>/*.js), so both always say the same.
 */
async function fallbackStrings() {
  const dir = join(root, 'dist/locales');
  const out = {};
  for (const lang of readdirSync(dir).filter((f) => f.endsWith('.js')).map((f) => f.slice(0, -3)).sort()) {
    // A query per build: a rollup watch would otherwise get Node's cached module back.
    const load = async (file, name) => (await import(`${pathToFileURL(join(dir, lang, file))}?${Date.now()}`))[name];
    const exit = await load('quick-exit.js', 'quickExit');
    const timer = await load('grounding-timer.js', 'groundingTimer');
    const table = await load('stage-table.js', 'stageTable');
    out[lang] = {
      leave: exit.leave,
      timer: Object.fromEntries(['title', 'in', 'hold', 'out', 'phaseSays', 'relaxed', 'box', '4-7-8', 'resonant', 'grounding', 'breathing', 'steps'].map((k) => [k, timer[k]])),
      stageCaption: table.caption,
      stageColumns: table.columns,
    };
  }
  return out;
}

export async function packagePlugin({ editor = join(out, '.editor/editor.js') } = {}) {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  for (const needed of [editor, join(root, 'dist/cdn/haven-widgets.iife.js')]) {
    if (!existsSync(needed)) throw new Error(`${relative(root, needed)} is missing: run npm run build`);
  }
  rmSync(plugin, { recursive: true, force: true });
  rmSync(join(out, 'haven-widgets.zip'), { force: true });
  mkdirSync(plugin, { recursive: true });

  // The PHP, block.json files, readme, styles and small scripts; not the TypeScript source.
  cpSync(join(root, 'wordpress'), plugin, { recursive: true, filter: (src) => !relative(join(root, 'wordpress'), src).startsWith('src') });
  // The directory's screenshots, from the docs' pictures, numbered as readme.txt's
  // == Screenshots == list captions them.
  SCREENSHOTS.forEach((picture, i) => cpSync(join(root, picture), join(plugin, `assets/screenshot-${i + 1}.png`)));

  cpSync(join(root, 'LICENSE'), join(plugin, 'LICENSE'));

  // One version everywhere: package.json's.
  const stamp = (file, pairs) => {
    let text = readFileSync(file, 'utf8');
    for (const [re, to] of pairs) text = text.replace(re, to);
    writeFileSync(file, text);
  };
  stamp(join(plugin, 'haven-widgets.php'), [
    [/^( \* Version:\s+).*$/m, `$1${version}`],
    [/define\( 'HAVEN_WIDGETS_VERSION', '[^']*' \)/, `define( 'HAVEN_WIDGETS_VERSION', '${version}' )`],
  ]);
  stamp(join(plugin, 'readme.txt'), [[/^(Stable tag:\s+).*$/m, `$1${version}`]]);
  for (const widget of WIDGETS) stamp(join(plugin, `blocks/${widget}/block.json`), [[/"version": "[^"]*"/, `"version": "${version}"`]]);

  // The editor script and its dependencies, as WordPress's own build tools would write them.
  mkdirSync(join(plugin, 'build'), { recursive: true });
  mkdirSync(join(plugin, 'languages'), { recursive: true }); // Domain Path: translations go here
  // The .pot and .po files came with wordpress/languages; the .mo (PHP) and JSON (scripts)
  // files WordPress reads are compiled from them here.
  for (const [name, data] of Object.entries(await compileTranslations())) writeFileSync(join(plugin, 'languages', name), data);
  writeFileSync(join(plugin, 'build/fallbacks.json'), `${JSON.stringify(await fallbackStrings(), null, 1)}\n`);
  const script = readFileSync(editor);
  writeFileSync(join(plugin, 'build/editor.js'), script);
  const hash = createHash('sha1').update(script).digest('hex').slice(0, 20);
  writeFileSync(
    join(plugin, 'build/editor.asset.php'),
    `<?php return array( 'dependencies' => array( ${EDITOR_DEPENDENCIES.map((d) => `'${d}'`).join(', ')} ), 'version' => '${hash}' );\n`,
  );

  // The autoloader and the files it loads (a visitor's page: includes/assets.php), the bundle
  // (the block editor), the widgets' classic-script files (for a theme that enqueues one
  // itself), and the locales.
  mkdirSync(join(plugin, 'cdn/locales'), { recursive: true });
  const autoloader = readdirSync(join(root, 'dist/cdn')).filter((f) => /^haven-autoloader(-.+)?\.js$/.test(f));
  if (!autoloader.includes('haven-autoloader.js')) throw new Error('dist/cdn/haven-autoloader.js is missing: run npm run build');
  for (const name of [...autoloader, ...WIDGETS.map((w) => `haven-${w}.iife.js`), 'haven-widgets.iife.js']) {
    cpSync(join(root, 'dist/cdn', name), join(plugin, 'cdn', name));
  }
  // Both forms of each locale: the classic one the plugin enqueues, and the module the
  // widgets' own loader would import from beside them if a locale were ever missing.
  for (const name of readdirSync(join(root, 'dist/cdn/locales')).filter((f) => f.endsWith('.js'))) {
    cpSync(join(root, 'dist/cdn/locales', name), join(plugin, 'cdn/locales', name));
  }

  // The zip: haven-widgets/ at its top, folders listed, in a stable order.
  const all = [`${plugin}/`, ...files(plugin)].map((path) => relative(out, path).split('\\').join('/') + (path.endsWith('/') ? '/' : '')).sort();
  const entries = all.map((name) => (name.endsWith('/') ? { name } : { name, data: readFileSync(join(out, name)) }));
  const archive = zip(entries);
  writeFileSync(join(out, 'haven-widgets.zip'), archive);
  return { files: all.filter((n) => !n.endsWith('/')).length, bytes: archive.length };
}

/** As a rollup plugin: packages once the editor script is written. */
export function wordpressPlugin() {
  return {
    name: 'wordpress-plugin',
    async writeBundle() {
      const { files: n, bytes } = await packagePlugin();
      this.info?.(`dist/wordpress/haven-widgets.zip: ${n} files, ${(bytes / 1024).toFixed(1)} KB`);
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { files: n, bytes } = await packagePlugin();
  console.log(`dist/wordpress/haven-widgets.zip: ${n} files, ${(bytes / 1024).toFixed(1)} KB`);
}
