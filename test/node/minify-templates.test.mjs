// The css`` minifier runs on every stylesheet of both builds: what it must and must not touch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyCss, squeezeMarkup } from '../../scripts/minify-templates.mjs';

test('squeezes whitespace, comments, leading zeros and optional spaces', () => {
  const css = `
    /* why */
    .a > .b {
      padding: 0.5em 10.5em;
      gap: calc(var(--x) * 0.75);
      inline-size: calc(100% - 2 * var(--y, 0.5rem));
      padding-block: calc(var(--s) / 2);
      box-shadow: 0 1px 4px rgb(0 0 0 / 0.35);
    }
    [aria-expanded='true'] > .icon { transform: rotate(225deg); }
  `;
  assert.equal(
    minifyCss(css),
    '.a > .b{padding:.5em 10.5em;gap:calc(var(--x)*.75);inline-size:calc(100% - 2*var(--y,.5rem));padding-block:calc(var(--s)/2);box-shadow:0 1px 4px rgb(0 0 0/.35)}[aria-expanded=true] > .icon{transform:rotate(225deg)}',
  );
});

test('leaves selectors, + and -, quoted values that are not words, and ${} expressions alone', () => {
  assert.equal(minifyCss('.a * { margin: 0 }'), '.a *{margin:0}');
  assert.equal(minifyCss('h2 * .x, :is(.a) * .b, :is(.c * .d) { margin: 0 }'), 'h2 * .x,:is(.a) * .b,:is(.c * .d){margin:0}');
  assert.equal(minifyCss(".a::after { content: ' / ' }"), ".a::after{content:' / '}");
  assert.equal(minifyCss('.a { inline-size: min(22rem, calc(100vw - 2 * var(--o, 0.5rem))) }'), '.a{inline-size:min(22rem,calc(100vw - 2*var(--o,.5rem)))}');
  assert.equal(minifyCss('.a { inline-size: calc(1rem + 0.5em - 2px) }'), '.a{inline-size:calc(1rem + .5em - 2px)}');
  assert.equal(minifyCss(`[data-x='a b'] { color: red }`), `[data-x='a b']{color:red}`);
  assert.equal(minifyCss('.a :focus { ${tokens} }'), '.a :focus{${tokens}}');
});

test('html`` and svg`` text: each line break and its indent become one space; code between stays', async () => {
  const { parseAst } = await import('rollup/parseAst');
  const NL = '\n';
  const code = [
    'const a = html`<div',
    '    class=${x ? `one' + NL + '  two` : "a\\n  b"}',
    '  >${items.map((i) => html`<span' + NL + '    >${i}</span' + NL + '  >`)}',
    '</div>`;',
    'const b = svg`<g' + NL + '  ></g>`;',
    'const c = `keep' + NL + '  this`;',
    'const d = other`keep' + NL + '  too`;',
  ].join(NL);
  assert.equal(
    squeezeMarkup(code, parseAst(code)),
    [
      'const a = html`<div class=${x ? `one' + NL + '  two` : "a\\n  b"} >${items.map((i) => html`<span >${i}</span >`)} </div>`;',
      'const b = svg`<g ></g>`;',
      'const c = `keep' + NL + '  this`;',
      'const d = other`keep' + NL + '  too`;',
    ].join(NL),
  );
});
