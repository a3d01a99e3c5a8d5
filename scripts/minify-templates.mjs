// Squeezes comments and whitespace out of Lit's css`` templates, which terser leaves alone.
// Runs of whitespace become one space, and spaces next to { } ; , go. (Spaces before ':'
// stay: `.a :focus` and `.a:focus` differ.) html`` templates are left as they are: they nest,
// and a regular expression cannot tell their text from the code between them.
// It runs on each of our modules as it is loaded (transform), not on the bundle: in the CDN
// bundle Lit's `css` is renamed by Lit's own minified build, and the tag no longer reads css.
export function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (id.includes('node_modules') || !/\.(ts|js)$/.test(id)) return null;
      const out = code.replace(/\bcss\s*`((?:[^`\\]|\\.)*)`/g, (_, body) => 'css`' + minifyCss(body) + '`');
      return out === code ? null : { code: out, map: null };
    },
  };
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
