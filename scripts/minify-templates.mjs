// Squeezes Lit's templates, which terser leaves alone, in each of our modules as it is loaded
// (transform), not in the bundle: there Lit's own minified build has renamed `css` and `html`.
// - css``: comments and whitespace go. Runs of whitespace become one space, and spaces next to
//   { } ; , go. (Spaces before ':' stay: `.a :focus` and `.a:focus` differ.)
// - html`` and svg``: a line break and the indent around it become one space. That is what the
//   HTML parser makes of them anyway (a space between attributes, in a tag or in text), since no
//   template of ours keeps white space as written (<pre>, pre-wrap). The templates nest, so they
//   are found in the syntax tree, where text and the code between it cannot be confused.
export function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (id.includes('node_modules') || !/\.(ts|js)$/.test(id)) return null;
      let out = code.replace(/\bcss\s*`((?:[^`\\]|\\.)*)`/g, (_, body) => 'css`' + minifyCss(body) + '`');
      if (/\b(html|svg)\s*`/.test(out)) out = squeezeMarkup(out, this.parse(out));
      return out === code ? null : { code: out, map: null };
    },
  };
}

/** `code` with each line break (and its indent) in the text of its html`` and svg`` templates made one space. */
export function squeezeMarkup(code, ast) {
  const spans = [];
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'TaggedTemplateExpression' && /^(html|svg)$/.test(node.tag.name)) {
      for (const q of node.quasi.quasis) spans.push([q.start, q.end]);
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(ast);
  // From the last span back, so earlier offsets stay true.
  let out = code;
  for (const [start, end] of spans.sort((a, b) => b[0] - a[0])) {
    out = out.slice(0, start) + out.slice(start, end).replace(/[ \t]*\n\s*/g, ' ') + out.slice(end);
  }
  return out;
}

export function minifyCss(body) {
  // Only the literal text: ${…} expressions are code and stay as they are.
  return body
    .split(/(\$\{[^}]*\})/)
    .map((part, i) => (i % 2 ? part : minifyCssText(part)))
    .join('')
    .trim();
}

function minifyCssText(text) {
  return squeezeOperators(
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      // 0.5em is .5em; 10.5em keeps its digits.
      .replace(/(^|[\s:,(/*])0\.(\d)/g, '$1.$2')
      // [aria-expanded='true'] is [aria-expanded=true] when the value is a plain word.
      .replace(/\[([\w-]+)=(['"])([a-zA-Z_][\w-]*)\2\]/g, '[$1=$3]'),
  );
}

// Spaces around / and * are optional inside math and colour functions (calc(a * 2),
// rgb(0 0 0 / .3)); + and - keep theirs. Anywhere else a * can be a selector (`h2 * .x`)
// and a / can be text (`content: ' / '`), so those stay.
const MATH = /(calc|min|max|clamp|rgba?|hsla?|hwb|lab|lch|oklab|oklch|color-mix)$/i;
function squeezeOperators(text) {
  const inMath = [];
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') inMath.push(MATH.test(out));
    if (c === ')') inMath.pop();
    if (c === ' ' && inMath.includes(true) && (text[i + 1] === '/' || text[i + 1] === '*') && text[i + 2] === ' ') {
      out += text[i + 1];
      i += 2;
      continue;
    }
    out += c;
  }
  return out;
}
