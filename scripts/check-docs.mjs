// Checks the Markdown docs as a reader on the repository's host meets them: every relative
// link and picture in README.md, CONTRIBUTING.md, CHANGELOG.md and docs/ points at a file
// that exists, every #anchor at a heading of that page, and the README stays short.
// CI runs it; it prints each broken link with its file and line.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';

const README_MAX_LINES = 200;
const files = ['README.md', 'CONTRIBUTING.md', 'CHANGELOG.md', ...readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)].filter(existsSync);

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function anchors(markdown) {
  const seen = new Map();
  const out = new Set();
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*```/.test(line)) fenced = !fenced;
    // An explicit anchor a page sets for a short, stable link (`<a id="frames"></a>`).
    for (const [, id] of line.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) if (!fenced) out.add(id);
    const heading = !fenced && /^#{1,6}\s+(.*)$/.exec(line);
    if (!heading) continue;
    const base = heading[1]
      .replace(/`/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .trim()
      .replace(/\s/g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n ? `${base}-${n}` : base);
  }
  return out;
}

const problems = [];
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  let fenced = false;
  text.split('\n').forEach((line, i) => {
    if (/^\s*```/.test(line)) fenced = !fenced;
    if (fenced) return;
    // Inline code is not a link.
    const plain = line.replace(/`[^`]*`/g, '');
    for (const [, target] of plain.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto: …
      const [filePart, anchor] = target.split('#');
      const resolved = filePart ? path.normalize(path.join(path.dirname(file), decodeURIComponent(filePart))) : file;
      const where = `${file}:${i + 1}`;
      if (!existsSync(resolved)) {
        problems.push(`${where}: ${target} does not exist`);
        continue;
      }
      if (anchor && resolved.endsWith('.md') && statSync(resolved).isFile() && !anchors(readFileSync(resolved, 'utf8')).has(anchor)) {
        problems.push(`${where}: ${target} names no heading of ${resolved}`);
      }
    }
  });
}
const readmeLines = readFileSync('README.md', 'utf8').split('\n').length;
if (readmeLines > README_MAX_LINES) problems.push(`README.md has ${readmeLines} lines; keep it under ${README_MAX_LINES} and move detail to docs/.`);

if (problems.length) {
  console.error(`Docs: ${problems.length} problem(s)\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`Docs: ${files.length} files, every relative link resolves; README.md ${readmeLines} lines.`);
