// The template minifier runs on every stylesheet and html``/svg`` template of the builds: what it
// must and must not touch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyCss, squeezeMarkup, squeezeTemplate } from '../../scripts/minify-templates.mjs';

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
  assert.equal(
    minifyCss('h2 * .x, :is(.a) * .b, :is(.c * .d) { margin: 0 }'),
    'h2 * .x,:is(.a) * .b,:is(.c * .d){margin:0}',
  );
  assert.equal(minifyCss(".a::after { content: ' / ' }"), ".a::after{content:' / '}");
  assert.equal(
    minifyCss('.a { inline-size: min(22rem, calc(100vw - 2 * var(--o, 0.5rem))) }'),
    '.a{inline-size:min(22rem,calc(100vw - 2*var(--o,.5rem)))}',
  );
  assert.equal(
    minifyCss('.a { inline-size: calc(1rem + 0.5em - 2px) }'),
    '.a{inline-size:calc(1rem + .5em - 2px)}',
  );
  assert.equal(minifyCss(`[data-x='a b'] { color: red }`), `[data-x='a b']{color:red}`);
  assert.equal(minifyCss('.a :focus { ${tokens} }'), '.a :focus{${tokens}}');
});

test('html`` and svg`` are found in the syntax tree: nested templates too; code between and other templates stay', async () => {
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
      'const a = html`<div class=${x ? `one' +
        NL +
        '  two` : "a\\n  b"}>${items.map((i) => html`<span>${i}</span>`)} </div>`;',
      'const b = svg`<g></g>`;',
      'const c = `keep' + NL + '  this`;',
      'const d = other`keep' + NL + '  too`;',
    ].join(NL),
  );
});

// One template's text, as the parts between its ${} expressions.
const squeeze = (...parts) => squeezeTemplate(parts);

test('a line break between two tags goes entirely: one element per line costs nothing', () => {
  assert.deepEqual(squeeze('<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>'), ['<ul><li>a</li><li>b</li></ul>']);
  assert.deepEqual(squeeze('<button\n  part="x"\n  class="a"\n>\n  <span>x</span>\n</button\n>'), [
    '<button part="x" class="a"><span>x</span></button>',
  ]);
  assert.deepEqual(squeeze('<!-- why -->\n  <p></p>'), ['<!-- why --><p></p>']);
});

test('between text and a tag, and inside text, a line break stays one space', () => {
  assert.deepEqual(squeeze('<p>\n  Some text\n  <b>bold</b>\n  more\n  text\n</p>'), [
    '<p> Some text <b>bold</b> more text </p>',
  ]);
  // A `>` in text is not a tag's end.
  assert.deepEqual(squeeze('<p>a >\n  <b>b</b></p>'), ['<p>a > <b>b</b></p>']);
  // A `<` that starts no tag is text too.
  assert.deepEqual(squeeze('<p>a\n  < b</p>'), ['<p>a < b</p>']);
});

test('next to a binding, which may render text, a line break stays one space', () => {
  assert.deepEqual(squeeze('<p>', '\n  <b>y</b>\n  ', '\n</p>'), ['<p>', ' <b>y</b> ', ' </p>']);
  assert.deepEqual(squeeze('<p>\n  ', '</p>'), ['<p> ', '</p>']);
  // The template's own edges: it may be rendered inside a line of text.
  assert.deepEqual(squeeze('\n  <b>x</b>\n'), [' <b>x</b> ']);
});

test('whitespace without a line break is left as written', () => {
  assert.deepEqual(squeeze('<b>a</b> <i>b</i>  <i>c</i>'), ['<b>a</b> <i>b</i>  <i>c</i>']);
});

test('attribute values are left as written, also across a binding; a tag split by a binding is still a tag', () => {
  assert.deepEqual(
    squeeze('<i title="a >\n  <b" class=\'c\n  ', "\n  d'\n  data-x=", '\n  ?hidden=', '\n>\n  <b></b></i>'),
    ['<i title="a >\n  <b" class=\'c\n  ', "\n  d' data-x=", ' ?hidden=', '><b></b></i>'],
  );
});

test('<pre>, <textarea>, <script> and <style> keep their insides as written', () => {
  assert.deepEqual(squeeze('<div>\n  <pre>\n  a\n  <b>x</b>\n</pre>\n  <p></p></div>'), [
    '<div><pre>\n  a\n  <b>x</b>\n</pre><p></p></div>',
  ]);
  assert.deepEqual(squeeze('<label>\n  <textarea .value=', '>\n  keep\n</textarea\n>\n</label>'), [
    '<label><textarea .value=',
    '>\n  keep\n</textarea></label>',
  ]);
  assert.deepEqual(squeeze('<style>\n  a > b {}\n  </style>\n<p></p>'), [
    '<style>\n  a > b {}\n  </style><p></p>',
  ]);
});
