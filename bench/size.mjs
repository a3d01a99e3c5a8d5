// Prints gzip and brotli sizes of the CDN bundle, of each widget alone bundled with Lit and
// @lit/context (what a page pays for one widget), and of what typical pages fetch through the
// autoloader (the sum of its files, each gzipped), and fails over budget.
// Needs `npm run build` first.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import { terse } from '../rollup.config.mjs';

const budgets = JSON.parse(readFileSync(new URL('./size-budget.json', import.meta.url), 'utf8'));
const gzip = (code) => gzipSync(code, { level: 9 }).length;
const brotli = (code) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;

async function bundle(input, stubs = []) {
  const build = await rollup({ input, plugins: [...stubs, resolve({ browser: true })], onwarn: () => {} });
  const { output } = await build.generate({ format: 'es', plugins: [terse] });
  return output[0].code;
}

if (!existsSync('dist/cdn/haven-widgets.js')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const rows = [];
const check = (name, code, { budget, aim } = {}) => {
  const g = gzip(code);
  // Bytes to spare, exactly: a ceiling and a figure can both read 29.6 KB.
  rows.push({ name, min: kb(code.length), gzip: kb(g), brotli: kb(brotli(code)), aim: aim ? kb(aim) : '', budget: budget ? kb(budget) : '', spare: budget ? `${budget - g} B` : '', ok: !budget || g <= budget });
};

check('lit alone (for scale)', await bundle('lit'));
// Every component is measured; one not named in the budget file gets the default budget.
const components = readdirSync('dist/components').filter((d) => existsSync(`dist/components/${d}/index.js`)).sort();
for (const name of Object.keys(budgets.widgets)) {
  if (!components.includes(name)) throw new Error(`size-budget.json names "${name}", which dist/components does not have.`);
}
// A widget alone is what dist/cdn/haven-<name>.js ships (Lit included), and what an app
// bundling only that widget pays.
for (const name of components) {
  const file = `dist/cdn/haven-${name}.js`;
  const code = existsSync(file) ? readFileSync(file, 'utf8') : await bundle(`dist/components/${name}/index.js`);
  check(`<haven-${name}> + lit + @lit/context (cdn/haven-${name}.js)`, code, budgets.widgets[name] ?? budgets.default);
}
check('CDN bundle (dist/cdn/haven-widgets.js)', readFileSync('dist/cdn/haven-widgets.js', 'utf8'), budgets.cdn);
// Locales ship as files next to the bundle; the last row shows what bundling them all would cost.
const localeFiles = existsSync('dist/cdn/locales') ? readdirSync('dist/cdn/locales').filter((f) => /^[a-z-]+\.js$/.test(f)).sort() : [];
for (const f of localeFiles) check(`  locale file cdn/locales/${f}`, readFileSync(`dist/cdn/locales/${f}`, 'utf8'));
if (localeFiles.length) {
  const all = [readFileSync('dist/cdn/haven-widgets.js', 'utf8'), ...localeFiles.map((f) => readFileSync(`dist/cdn/locales/${f}`, 'utf8'))].join('\n');
  check('  (bundle + every locale, for comparison)', all);
}
check('CDN classic (dist/cdn/haven-widgets.iife.js)', readFileSync('dist/cdn/haven-widgets.iife.js', 'utf8'), budgets.classic ?? budgets.cdn);

// What a typical page pays through the autoloader (dist/cdn/haven-autoloader.js): the
// autoloader, then each of its widgets' files and what they import (the shared chunk), each
// file once, gzipped one by one as a browser fetches them.
const AUTOLOADED_PAGES = {
  faq: ['faq'],
  'faq+quick-exit': ['faq', 'quick-exit'],
  all: ['provider', 'faq', 'grounding-timer', 'empathy-prompts', 'stage-table', 'quick-exit', 'helplines', 'journal'],
};
if (existsSync('dist/cdn/haven-autoloader.js')) {
  const cdnFile = (name) => readFileSync(`dist/cdn/${name}`, 'utf8');
  const autoloader = cdnFile('haven-autoloader.js');
  // The autoloader names each widget's file in its import() calls; a file names its own imports.
  const widgetFile = (widget) => {
    const m = new RegExp(`"haven-${widget}":\\(\\)=>import\\("\\./([^"]+)"\\)`).exec(autoloader);
    if (!m) throw new Error(`dist/cdn/haven-autoloader.js does not load <haven-${widget}>.`);
    return m[1];
  };
  const withImports = (name, seen) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const [, next] of cdnFile(name).matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) withImports(next, seen);
  };
  for (const [page, widgets] of Object.entries(AUTOLOADED_PAGES)) {
    const files = new Set(['haven-autoloader.js']);
    for (const widget of widgets) withImports(widgetFile(widget), files);
    const g = [...files].reduce((sum, f) => sum + gzip(cdnFile(f)), 0);
    const min = [...files].reduce((sum, f) => sum + cdnFile(f).length, 0);
    const br = [...files].reduce((sum, f) => sum + brotli(cdnFile(f)), 0);
    const budget = budgets.autoloader?.[page]?.budget;
    rows.push({ name: `page through the autoloader: ${page.replace('+', ' + ')} (${files.size} files)`, min: kb(min), gzip: kb(g), brotli: kb(br), aim: '', budget: budget ? kb(budget) : '', spare: budget ? `${budget - g} B` : '', ok: !budget || g <= budget });
  }
}

// Where the bytes of a bundle go: the same bundle rebuilt with the stylesheets emptied, and
// with the English tables (strings and built-in content) emptied; Lit and @lit/context are
// measured alone. The rest is the widgets' code. Shown so that a budget can be weighed
// against what it would cost to meet.
const stub = (test, replace) => ({
  name: 'stub',
  load(id) {
    return test.test(id) ? replace(readFileSync(id, 'utf8')) : null;
  },
});
const noStyles = stub(/\/(core\/styles|components\/[^/]+\/[^/]+\.styles)\.js$/, (code) => {
  const names = [...code.matchAll(/export \{ (\w+) \}/g)].map((m) => m[1]);
  return `import { css } from 'lit';\n${names.map((n) => `export const ${n} = css\`\`;`).join('\n')}`;
});
const noEnglish = stub(/\/locales\/en\/[^/]+\.js$/, (code) => {
  const names = [...code.matchAll(/export \{ (\w+) \}/g)].map((m) => m[1]);
  return names.map((n) => `export const ${n} = {};`).join('\n');
});
// What the widgets take from Lit and @lit/context, as one bundle.
const litAndContext = {
  name: 'lit-and-context',
  resolveId: (id) => (id === 'lit+context' ? id : null),
  load: (id) => (id === 'lit+context' ? "export * from 'lit'; export { ContextConsumer, ContextProvider, ContextRoot, createContext } from '@lit/context';" : null),
};
async function breakdown(label, input) {
  const all = gzip(await bundle(input));
  const lit = gzip(await bundle('lit+context', [litAndContext]));
  const styles = all - gzip(await bundle(input, [noStyles]));
  const english = all - gzip(await bundle(input, [noEnglish]));
  const pct = (n) => `${kb(n)} (${Math.round((n / all) * 100)} %)`;
  console.log(`${label}, ${kb(all)}: Lit and @lit/context ≈ ${pct(lit)}, stylesheets ${pct(styles)}, English strings and built-in content ${pct(english)}, widget code ≈ ${pct(all - lit - styles - english)}`);
}

const cols = ['name', 'min', 'gzip', 'brotli', 'aim', 'budget', 'spare'];
const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => r[c].length)));
const line = (r) => cols.map((c, i) => r[c].padEnd(width[i])).join('  ');
console.log(line(Object.fromEntries(cols.map((c) => [c, c]))));
for (const r of rows) console.log(line(r) + (r.ok ? '' : '  OVER BUDGET'));
console.log('\nWhere the bytes go (gzip; each part measured by rebuilding without it, so the parts are approximate):');
await breakdown('  <haven-faq> + lit + @lit/context', 'dist/components/faq/index.js');
await breakdown('  every widget (as the CDN bundle)', 'dist/index.js');
const over = rows.filter((r) => !r.ok);
if (over.length) {
  console.error(`\n${over.length} over budget (gzip).`);
  process.exit(1);
}
console.log('\nAll within budget (gzip).');
