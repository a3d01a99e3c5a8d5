// Two builds from one source:
// - npm: ES modules per file under dist/, lit and @lit/context left to the app's bundler,
//   declarations beside each module;
// - CDN: everything inlined and minified, as an ES module and as a classic script; each widget
//   alone; and the autoloader with one file per widget sharing one copy of Lit and the core.
import { readdirSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './scripts/minify-templates.mjs';
import { wordpressPlugin } from './scripts/wordpress-plugin.mjs';

const components = readdirSync('src/components').filter((d) => existsSync(`src/components/${d}/index.ts`));
const locales = existsSync('src/locales') ? readdirSync('src/locales').filter((f) => f.endsWith('.ts')) : [];
const external = (id) => /^(lit|@lit\/context|@lit\/react|@lit\/reactive-element|lit-html|lit-element|tslib|react|react-dom)(\/|$)/.test(id);

const ts = (declarations) =>
  typescript({
    tsconfig: './tsconfig.json',
    include: declarations ? ['src/**/*.ts'] : ['src/**/*.ts', 'demo/**/*.ts', 'wordpress/src/widget-options.ts'],
    filterRoot: '.',
    noEmit: false,
    declaration: declarations,
    declarationDir: declarations ? 'dist' : undefined,
    outDir: 'dist',
    rootDir: declarations ? 'src' : '.',
    // No source maps: the npm modules are plain, readable ES (templates minified only), and maps
    // pointing at src/, which is not packed, would only mislead a debugger.
    sourceMap: false,
    noEmitOnError: true,
  });

// Private members (`_name`) are mangled in the CDN bundle: nothing outside it can reach them,
// and Lit's production build has no such names of its own.
const terserOptions = { ecma: 2021, compress: { passes: 2 }, format: { comments: false }, mangle: { properties: { regex: /^_[a-zA-Z]/ } } };
export const terse = terser({ ...terserOptions, module: true });

// The CDN builds' entry: the library, plus the loader that fetches a needed locale from the
// bundle's own folder (core/cdn-locales.ts). In the classic build, `import.meta.url` is the
// running script's src, read as the bundle loads; there is no guess from the page's address.
const withLocaleLoader = (entry, loader) => ({
  name: 'cdn-locale-loader',
  // moduleSideEffects: the loader exports nothing, and package.json's sideEffects does not name it.
  resolveId: (id) => (id === 'cdn-entry' ? '\0cdn-entry' : id === resolvePath(loader) ? { id, moduleSideEffects: true } : null),
  load: (id) => (id === '\0cdn-entry' ? `import ${JSON.stringify(resolvePath(loader))};\nexport * from ${JSON.stringify(resolvePath(entry))};` : null),
  resolveImportMeta: (property, { format }) => (property === 'url' && format === 'iife' ? 'document.currentScript?.src' : null),
});

const npm = {
  input: {
    index: 'src/index.ts',
    // Emitted for the per-widget CDN files, which are built from dist/; no npm entry imports it.
    'core/cdn-locales': 'src/core/cdn-locales.ts',
    // Likewise for the CDN autoloader (below).
    autoloader: 'src/autoloader.ts',
    ...Object.fromEntries(components.map((c) => [`components/${c}/index`, `src/components/${c}/index.ts`])),
    ...Object.fromEntries(locales.map((f) => [`locales/${f.replace(/\.ts$/, '')}`, `src/locales/${f}`])),
    ...(existsSync('src/react/index.ts') ? { 'react/index': 'src/react/index.ts' } : {}),
  },
  external,
  output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src' },
  plugins: [ts(true), minifyTemplates()],
};

const cdn = {
  input: 'cdn-entry',
  output: [
    { file: 'dist/cdn/haven-widgets.js', format: 'es', plugins: [terse] },
    { file: 'dist/cdn/haven-widgets.iife.js', format: 'iife', name: 'HavenWidgets', plugins: [terser(terserOptions)] },
  ],
  plugins: [withLocaleLoader('./src/index.ts', './src/core/cdn-locales.ts'), resolve({ browser: true }), ts(false), minifyTemplates()],
};

// Each locale but English (which the bundle carries) as a file next to the CDN bundle. It
// registers into the page-wide registry: the CDN builds import() the module file when a
// widget needs it (core/cdn-locales.ts), and a site may still add it with a script tag.
const cdnLocales = locales
  .filter((f) => f !== 'en.ts')
  .map((f) => ({
    input: `src/locales/${f}`,
    output: [
      { file: `dist/cdn/locales/${f.replace(/\.ts$/, '.js')}`, format: 'es', plugins: [terse] },
      { file: `dist/cdn/locales/${f.replace(/\.ts$/, '.iife.js')}`, format: 'iife', plugins: [terser(terserOptions)] },
    ],
    plugins: [resolve({ browser: true }), ts(false)],
  }));

// Each widget alone, for a page that uses only that one: self-contained like the full bundle
// (Lit included), as dist/cdn/haven-<name>.js and .iife.js. Built from the npm output, which
// comes first in the same run, so the TypeScript is compiled once. Copies of the library on
// one page share registrations, the locale registry and the provider's context (all keyed
// through Symbol.for), so two such files also work side by side.
const cdnWidgets = components.map((c) => ({
  input: 'cdn-entry',
  output: [
    { file: `dist/cdn/haven-${c}.js`, format: 'es', plugins: [terse] },
    { file: `dist/cdn/haven-${c}.iife.js`, format: 'iife', name: 'HavenWidgets', extend: true, plugins: [terser(terserOptions)] },
  ],
  plugins: [withLocaleLoader(`./dist/components/${c}/index.js`, './dist/core/cdn-locales.js'), resolve({ browser: true })],
}));

// The autoloader (dist/cdn/haven-autoloader.js) and the files it loads: one per widget and one
// shared chunk holding Lit, @lit/context, the core and the CDN locale loader, all in
// dist/cdn/ (the shared chunk finds the locale files beside it, in locales/, as the bundle
// does). A page fetches the autoloader, the shared chunk and its widgets' files, each once.
// Built from the npm output, like the per-widget files. File names carry a content hash: the
// autoloader names them, so a new release never meets an old chunk in a cache.
const sharedChunk = 'core';
// Terser minifies each chunk alone, so private members (mangled, above) must get the same short
// name in every chunk: a widget's class extends HavenElement from the shared chunk. One name
// cache, filled chunk after chunk, does that. It is seeded with every short property name the
// sources use (Lit's production build has `this.o`, `this.t`...): terser never mangles to a name
// in the cache, and a chunk cannot see the names another chunk uses.
function sharedNameCache() {
  const files = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(`${dir}/${e.name}`) : e.name.endsWith('.js') ? [`${dir}/${e.name}`] : []));
  const sources = ['dist', 'node_modules/lit', 'node_modules/lit-html', 'node_modules/lit-element', 'node_modules/@lit/reactive-element', 'node_modules/@lit/context'].filter(existsSync).flatMap(files);
  const taken = new Set();
  for (const file of sources) for (const [, name] of readFileSync(file, 'utf8').matchAll(/\.([A-Za-z_$][\w$]?)\b/g)) taken.add(name);
  return { props: { props: Object.fromEntries([...taken].map((name) => [`$(taken ${name})`, name])) } };
}

// The cache is filled when the autoloader's build starts, after the npm build before it has
// written dist/: when this file is read on a fresh checkout there is no dist/ to read yet, and
// an empty cache let terser give a private member a name Lit's own code uses.
const autoloaderNames = {};

const cdnAutoloader = {
  input: { 'haven-autoloader': 'dist/autoloader.js' },
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'haven-autoloader-[name]-[hash].js',
    // Lit and the core in one file, each widget's own modules in another: a widget file of
    // several small shared chunks would cost requests for a few hundred bytes each.
    manualChunks(id) {
      if (/[\\/](node_modules|dist[\\/]core)[\\/]/.test(id)) return sharedChunk;
      return /[\\/]dist[\\/]components[\\/]([^\\/]+)[\\/]/.exec(id)?.[1];
    },
    plugins: [terser({ ...terserOptions, module: true, nameCache: autoloaderNames })],
  },
  plugins: [
    {
      name: 'autoloader-names',
      buildStart() {
        for (const key of Object.keys(autoloaderNames)) delete autoloaderNames[key];
        Object.assign(autoloaderNames, sharedNameCache());
      },
    },
    {
      name: 'autoloader-clean',
      // Hashed names: the last build's files would stay beside the new ones.
      buildStart() {
        if (!existsSync('dist/cdn')) return;
        for (const f of readdirSync('dist/cdn')) if (/^haven-autoloader-.+\.js$/.test(f)) rmSync(`dist/cdn/${f}`);
      },
    },
    {
      name: 'autoloader-locale-loader',
      // Every widget's file brings the CDN locale loader (into the shared chunk). It exports
      // nothing, and package.json's sideEffects does not name it: keep it all the same.
      resolveId: (id) => (id === resolvePath('dist/core/cdn-locales.js') ? { id, moduleSideEffects: true } : null),
      transform: (code, id) =>
        /[\\/]dist[\\/]components[\\/][^\\/]+[\\/]index\.js$/.test(id) ? `import ${JSON.stringify(resolvePath('dist/core/cdn-locales.js'))};\n${code}` : null,
    },
    resolve({ browser: true }),
  ],
};

// The demo as a static site (dist/demo/): what `npm run audit` measures, and what could be
// published. The page itself is copied with its script pointed at the bundle.
const demo = {
  input: 'demo/demo.ts',
  output: { file: 'dist/demo/demo.js', format: 'es', plugins: [terse] },
  plugins: [
    resolve({ browser: true }),
    ts(false),
    minifyTemplates(),
    {
      name: 'demo-page',
      generateBundle() {
        const page = readFileSync('demo/index.html', 'utf8').replace('src="./demo.ts"', 'src="./demo.js"');
        this.emitFile({ type: 'asset', fileName: 'index.html', source: page });
        this.emitFile({ type: 'asset', fileName: 'demo.css', source: readFileSync('demo/demo.css', 'utf8') });
      },
    },
  ],
};

// The WordPress plugin's editor script (blocks in the editor), a classic script using
// WordPress's own globals (wp.blocks, wp.element…), then the plugin assembled around it with
// the CDN files above: dist/wordpress/haven-widgets/ and dist/wordpress/haven-widgets.zip.
const wordpress = {
  input: 'wordpress/src/editor.ts',
  output: { file: 'dist/wordpress/.editor/editor.js', format: 'iife' },
  plugins: [
    typescript({ tsconfig: './tsconfig.json', include: ['wordpress/src/**/*.ts'], filterRoot: '.', noEmit: false, declaration: false, outDir: 'dist/wordpress/.editor', rootDir: '.', sourceMap: false, noEmitOnError: true }),
    wordpressPlugin(),
  ],
};

const only = process.env.BUILD;
export default only === 'cdn'
  ? [cdn, ...cdnLocales, ...(existsSync('dist/components') ? [...cdnWidgets, cdnAutoloader] : [])]
  : only === 'autoloader'
    ? [cdnAutoloader]
    : only === 'npm'
    ? [npm]
    : only === 'demo'
      ? [demo]
      : only === 'wordpress'
        ? [wordpress]
        : [npm, cdn, ...cdnLocales, ...cdnWidgets, cdnAutoloader, demo, wordpress];
