// Squeezes Lit's templates, which terser leaves alone, in each of our modules as it is loaded
// (transform), not in the bundle: there Lit's own minified build has renamed `css` and `html`.
// - css``: comments and whitespace go. Runs of whitespace become one space, and spaces next to
//   { } ; , go. (Spaces before ':' stay: `.a :focus` and `.a:focus` differ.)
// - html`` and svg``: whitespace that holds a line break goes entirely between two tags
//   (`>` and `<`), so templates can be written one element per line at no cost; anywhere else
//   (between text and a tag, inside text, next to a ${binding}, which may be text, and between
//   attributes) it becomes one space, which is what the HTML parser makes of it anyway. Quoted
//   attribute values, comments and the insides of <pre>, <textarea>, <script> and <style> are
//   left as written. No template of ours keeps white space through CSS (white-space: pre).
//   The templates nest, so they are found in the syntax tree, where text and the code between
//   it cannot be confused.
//   What this removes is a space between two elements, which shows only between inline ones
//   (`<b>a</b>\n<i>b</i>` reads "ab"): write that space in the text, as JSX asks too.
//   test/bundle.test.ts compares what the bundle renders with what the source renders.
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

/** `code` with the whitespace in its html`` and svg`` templates squeezed (see above). */
export function squeezeMarkup(code, ast) {
  const templates = [];
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'TaggedTemplateExpression' && /^(html|svg)$/.test(node.tag.name)) {
      templates.push(node.quasi.quasis);
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(ast);
  const edits = [];
  for (const quasis of templates) {
    const squeezed = squeezeTemplate(quasis.map((q) => code.slice(q.start, q.end)));
    quasis.forEach((q, i) => edits.push([q.start, q.end, squeezed[i]]));
  }
  // From the last edit back, so earlier offsets stay true. (A nested template lies inside an
  // expression of the outer one, never inside its text, so no two edits overlap.)
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) {
    out = out.slice(0, start) + text + out.slice(end);
  }
  return out;
}

// Elements whose content keeps its whitespace as written.
const KEEPS_WHITESPACE = /^(pre|textarea|script|style)$/i;

/**
 * One template's static parts (the text between its ${} expressions), squeezed. The parts are
 * read in order as one HTML stream, so a tag or a quoted value interrupted by a binding is
 * still known to be one.
 * @param {string[]} parts
 * @returns {string[]}
 */
export function squeezeTemplate(parts) {
  // Where the reader is: in text, in a tag, in a tag's quoted value, in a comment, or inside an
  // element that keeps its whitespace.
  let where = 'text';
  let quote = '';
  let tagName = '';
  let readingTagName = false;
  let closingTag = false;
  let keeping = '';
  return parts.map((part) => {
    let out = '';
    // Whether the text so far ends with a tag's `>`: not at the start of a part, where a
    // binding (which may render text) or the template's start comes before.
    let afterTag = false;
    let i = 0;
    while (i < part.length) {
      const c = part[i];
      if (where === 'text') {
        if (/\s/.test(c)) {
          const run = /^\s+/.exec(part.slice(i))[0];
          i += run.length;
          const beforeTag = /^<[a-zA-Z/!]/.test(part.slice(i, i + 2));
          out += !run.includes('\n') ? run : afterTag && beforeTag ? '' : ' ';
          afterTag = false;
          continue;
        }
        if (part.startsWith('<!--', i)) {
          where = 'comment';
          out += '<!--';
          i += 4;
          continue;
        }
        if (c === '<' && /[a-zA-Z/]/.test(part[i + 1] ?? '')) {
          where = 'tag';
          closingTag = part[i + 1] === '/';
          readingTagName = !closingTag;
          tagName = '';
          out += closingTag ? '</' : '<';
          i += closingTag ? 2 : 1;
          continue;
        }
        afterTag = false;
        out += c;
        i++;
        continue;
      }
      if (where === 'comment') {
        if (part.startsWith('-->', i)) {
          where = 'text';
          afterTag = true;
          out += '-->';
          i += 3;
          continue;
        }
        out += c;
        i++;
        continue;
      }
      if (where === 'quoted') {
        if (c === quote) where = 'tag';
        out += c;
        i++;
        continue;
      }
      if (where === 'keeping') {
        if (new RegExp(`^</${keeping}[\\s>]`, 'i').test(part.slice(i))) {
          where = 'tag';
          closingTag = true;
          readingTagName = false;
          out += '</';
          i += 2;
          continue;
        }
        out += c;
        i++;
        continue;
      }
      // In a tag.
      if (readingTagName && /[\w-]/.test(c)) {
        tagName += c;
        out += c;
        i++;
        continue;
      }
      readingTagName = false;
      if (c === '"' || c === "'") {
        where = 'quoted';
        quote = c;
        out += c;
        i++;
        continue;
      }
      if (c === '>') {
        out += c;
        i++;
        if (!closingTag && KEEPS_WHITESPACE.test(tagName)) {
          where = 'keeping';
          keeping = tagName;
        } else {
          where = 'text';
          afterTag = true;
        }
        continue;
      }
      if (/\s/.test(c)) {
        const run = /^\s+/.exec(part.slice(i))[0];
        i += run.length;
        // Between attributes one space is needed; before the tag's `>` none.
        out += !run.includes('\n') ? run : part[i] === '>' ? '' : ' ';
        continue;
      }
      out += c;
      i++;
    }
    // A binding ends a tag's name (static templates only; ours have none).
    readingTagName = false;
    return out;
  });
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
    if (
      c === ' ' &&
      inMath.includes(true) &&
      (text[i + 1] === '/' || text[i + 1] === '*') &&
      text[i + 2] === ' '
    ) {
      out += text[i + 1];
      i += 2;
      continue;
    }
    out += c;
  }
  return out;
}
