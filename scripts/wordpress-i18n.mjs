// The plugin's translations, without WP-CLI:
//
//   node scripts/wordpress-i18n.mjs           writes wordpress/languages/haven-widgets.pot from
//                                             the PHP, the editor's TypeScript, the small admin
//                                             scripts and block.json, and brings each
//                                             wordpress/languages/haven-widgets-<lang>.po up to
//                                             date with it (new strings added untranslated,
//                                             strings gone dropped)
//   node scripts/wordpress-i18n.mjs --check   fails when the committed .pot or a .po is not
//                                             what a fresh extraction gives (CI)
//
// The build (scripts/wordpress-plugin.mjs) compiles each .po into the .mo WordPress reads for
// the PHP and the JSON (Jed) files it reads for each script: compileTranslations() below.
// A string the widgets also show (src/locales/<lang>/, as built in dist/locales/) takes the
// widgets' translation, in the .po and the compiled files, so the two never say different things.
import { readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'wordpress');
const languages = join(source, 'languages');
export const DOMAIN = 'haven-widgets';
export const POT = join(languages, `${DOMAIN}.pot`);

/** The widgets' languages other than English, with what a .po header says about each. */
export const LANGUAGES = {
  es: { name: 'Spanish', plural: 'nplurals=2; plural=(n != 1);' },
  fr: { name: 'French', plural: 'nplurals=2; plural=(n > 1);' },
  de: { name: 'German', plural: 'nplurals=2; plural=(n != 1);' },
  pt: { name: 'Portuguese', plural: 'nplurals=2; plural=(n != 1);' },
  ar: {
    name: 'Arabic',
    plural:
      'nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);',
  },
};

/**
 * The script handles whose strings go to a JSON file each, by the source file that holds them.
 * WordPress looks for languages/haven-widgets-<locale>-<handle>.json (wp_set_script_translations).
 */
export const SCRIPTS = {
  'src/editor.ts': 'haven-widgets-editor',
  // The options' labels, generated from the widgets' JSDoc, are bundled into the editor script.
  'src/widget-options.ts': 'haven-widgets-editor',
  'assets/settings.js': 'haven-widgets-settings',
};

/** Gettext functions: which argument holds what. */
const FUNCTIONS = {
  __: ['text', 'domain'],
  _e: ['text', 'domain'],
  esc_html__: ['text', 'domain'],
  esc_html_e: ['text', 'domain'],
  esc_attr__: ['text', 'domain'],
  esc_attr_e: ['text', 'domain'],
  _x: ['text', 'context', 'domain'],
  _ex: ['text', 'context', 'domain'],
  esc_html_x: ['text', 'context', 'domain'],
  esc_attr_x: ['text', 'context', 'domain'],
  _n: ['text', 'plural', null, 'domain'],
  _nx: ['text', 'plural', null, 'context', 'domain'],
  _n_noop: ['text', 'plural', 'domain'],
  _nx_noop: ['text', 'plural', 'context', 'domain'],
};

/** Every file to read, relative to wordpress/, in a stable order. */
function sources(dir = source) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name === 'languages' ? [] : sources(path);
      return (/\.(php|ts|js)$/.test(name) && !name.endsWith('.d.ts')) || name === 'block.json'
        ? [relative(source, path)]
        : [];
    });
}

/** Reads a string literal at `i` (PHP or JS quoting); returns [value, end] or null. */
function literal(code, i, php) {
  const quote = code[i];
  if (quote !== "'" && quote !== '"' && (php || quote !== '`')) return null;
  let value = '';
  let j = i + 1;
  for (; j < code.length && code[j] !== quote; j++) {
    if (code[j] === '\\') {
      const next = code[++j];
      if (php && quote === "'") value += next === "'" || next === '\\' ? next : `\\${next}`;
      else value += { n: '\n', t: '\t', r: '\r' }[next] ?? next;
    } else if ((quote === '`' && code.startsWith('${', j)) || (php && quote === '"' && code[j] === '$')) {
      return null; // interpolated: not a fixed string
    } else value += code[j];
  }
  return [value, j + 1];
}

/** The arguments of a call whose "(" is at `i`: literal strings as strings, anything else null. */
function args(code, i, php) {
  const out = [];
  let depth = 0;
  let current = null;
  let plain = true;
  for (let j = i + 1; j < code.length; j++) {
    const c = code[j];
    if (/\s/.test(c)) continue;
    if (c === "'" || c === '"' || c === '`') {
      const read = literal(code, j, php);
      if (!read) {
        plain = false;
        j = code.indexOf(c, j + 1);
        continue;
      }
      if (depth === 0 && current === null && plain) current = read[0];
      else plain = false;
      j = read[1] - 1;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') {
      depth++;
      plain = false;
      continue;
    }
    if ((c === ')' || c === ']' || c === '}') && depth > 0) {
      depth--;
      continue;
    }
    if (depth === 0 && (c === ',' || c === ')')) {
      out.push(plain ? current : null);
      current = null;
      plain = true;
      if (c === ')') return out;
      continue;
    }
    plain = false;
  }
  return out;
}

/** The translator comments in a file: { endLine, text }. */
function comments(code) {
  const out = [];
  const re = /\/\*([\s\S]*?)\*\/|\/\/([^\n]*)/g;
  for (let m; (m = re.exec(code));) {
    const text = (m[1] ?? m[2])
      .replace(/^\s*\*?\s*/gm, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (/^translators:/i.test(text))
      out.push({ endLine: lineAt(code, m.index + m[0].length), text, used: false });
  }
  return out;
}

const lineAt = (code, i) => code.slice(0, i).split('\n').length;

/** The strings in one source file. */
function extract(file) {
  const code = readFileSync(join(source, file), 'utf8');
  const found = [];
  if (file.endsWith('block.json')) {
    const block = JSON.parse(code);
    if (block.textdomain !== DOMAIN) return found;
    const at = (text) => lineAt(code, code.indexOf(JSON.stringify(text)));
    if (block.title) found.push({ context: 'block title', text: block.title, line: at(block.title) });
    if (block.description)
      found.push({ context: 'block description', text: block.description, line: at(block.description) });
    for (const k of block.keywords ?? []) found.push({ context: 'block keyword', text: k, line: at(k) });
    return found.map((f) => ({ ...f, file }));
  }
  const php = file.endsWith('.php');
  const notes = comments(code);
  const call = new RegExp(
    `(?<![\\w$>:.])(?:(?:wp\\.)?i18n\\.)?(${Object.keys(FUNCTIONS).join('|')})\\s*\\(`,
    'g',
  );
  // In scripts, wp.i18n's functions are called bare (destructured) or as i18n.__.
  const jsCall = /(?<![\w$])(?:[\w$]+\.)?(__|_x|_n|_nx)\s*\(/g;
  for (let m; (m = (php ? call : jsCall).exec(code));) {
    const layout = FUNCTIONS[m[1]];
    const values = args(code, m.index + m[0].length - 1, php);
    const entry = {};
    layout.forEach((role, k) => {
      if (role) entry[role] = values[k];
    });
    if (entry.domain !== DOMAIN || typeof entry.text !== 'string') continue;
    const line = lineAt(code, m.index);
    const note = notes.find((n) => !n.used && (n.endLine === line || n.endLine === line - 1));
    if (note) note.used = true;
    found.push({
      file,
      line,
      text: entry.text,
      plural: entry.plural ?? undefined,
      context: entry.context ?? undefined,
      comment: note?.text,
    });
  }
  return found;
}

const key = (e) => `${e.context ?? ''}\u0004${e.text}`;

/** Every string, once, with all its references and comments, in order of first use. */
export function extractAll() {
  const entries = new Map();
  for (const file of sources()) {
    for (const f of extract(file)) {
      const e = entries.get(key(f)) ?? {
        text: f.text,
        plural: f.plural,
        context: f.context,
        refs: [],
        comments: [],
      };
      e.refs.push(`${f.file}:${f.line}`);
      if (f.comment && !e.comments.includes(f.comment)) e.comments.push(f.comment);
      entries.set(key(f), e);
    }
  }
  return [...entries.values()];
}

/** A PO string, quoted, split at line breaks as gettext tools do. */
function quote(s) {
  const esc = (t) =>
    t.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\t/g, '\\t').replace(/\n/g, '\\n');
  if (!s.includes('\n') || s.indexOf('\n') === s.length - 1) return `"${esc(s)}"`;
  return `""\n${s
    .split(/(?<=\n)/)
    .map((p) => `"${esc(p)}"`)
    .join('\n')}`;
}

function header(fields) {
  return `msgid ""\nmsgstr ""\n${Object.entries(fields)
    .map(([k, v]) => `"${k}: ${v}\\n"`)
    .join('\n')}\n`;
}

function entryText(e, translation, { references = true } = {}) {
  const lines = [];
  for (const c of e.comments ?? []) lines.push(`#. ${c}`);
  if (references) for (const r of e.refs ?? []) lines.push(`#: ${r}`);
  if (e.context !== undefined) lines.push(`msgctxt ${quote(e.context)}`);
  lines.push(`msgid ${quote(e.text)}`);
  if (e.plural !== undefined) {
    lines.push(`msgid_plural ${quote(e.plural)}`);
    (translation ?? ['', '']).forEach((t, i) => lines.push(`msgstr[${i}] ${quote(t)}`));
  } else lines.push(`msgstr ${quote(translation?.[0] ?? '')}`);
  return lines.join('\n');
}

/** The .pot file's text. No creation date, so that a fresh extraction equals the committed one. */
export function potText(entries) {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return `# Haven widgets: the plugin's own strings (the widgets' are in src/locales/).
# This file is generated by scripts/wordpress-i18n.mjs; do not edit it by hand.
${header({
  'Project-Id-Version': `Haven widgets ${version}`,
  'MIME-Version': '1.0',
  'Content-Type': 'text/plain; charset=UTF-8',
  'Content-Transfer-Encoding': '8bit',
  'X-Domain': DOMAIN,
})}
${entries.map((e) => entryText(e)).join('\n\n')}
`;
}

/** Parses a .po file: Map of key => { context, text, plural, translation: [] }, and its comments. */
export function parsePo(text) {
  const out = new Map();
  let e = null;
  let field = null;
  const unquote = (s) => JSON.parse(s.replace(/\\t/g, '\\t'));
  const finish = () => {
    if (e && e.text !== undefined) out.set(key(e), e);
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) {
      if (field && !line) {
        finish();
        e = null;
        field = null;
      }
      continue;
    }
    const m = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(".*")$/.exec(line);
    if (m) {
      if (m[1] === 'msgctxt' || (m[1] === 'msgid' && (!e || e.text !== undefined))) {
        finish();
        e = { translation: [] };
      }
      field = m[2] !== undefined ? Number(m[2]) : m[1];
      const v = unquote(m[3]);
      if (field === 'msgctxt') e.context = v;
      else if (field === 'msgid') e.text = v;
      else if (field === 'msgid_plural') e.plural = v;
      else e.translation[typeof field === 'number' ? field : 0] = v;
    } else if (line.startsWith('"') && e) {
      const v = unquote(line);
      if (field === 'msgctxt') e.context += v;
      else if (field === 'msgid') e.text += v;
      else if (field === 'msgid_plural') e.plural += v;
      else {
        const i = typeof field === 'number' ? field : 0;
        e.translation[i] = (e.translation[i] ?? '') + v;
      }
    }
  }
  finish();
  out.delete(key({ text: '' }));
  return out;
}

/** A .po for `lang`, the .pot's strings in its order, with the translations it had. */
export function poText(lang, entries, old) {
  const { name, plural } = LANGUAGES[lang];
  return `# Haven widgets: the plugin's strings in ${name}. Translations go in msgstr; run
# node scripts/wordpress-i18n.mjs after changing the plugin's strings to bring this file up to date.
${header({
  'Project-Id-Version': 'Haven widgets',
  Language: lang,
  'MIME-Version': '1.0',
  'Content-Type': 'text/plain; charset=UTF-8',
  'Content-Transfer-Encoding': '8bit',
  'Plural-Forms': plural,
  'X-Domain': DOMAIN,
})}
${entries.map((e) => entryText(e, old.get(key(e))?.translation, { references: false })).join('\n\n')}
`;
}

/** The widgets' own strings, English => `lang`, for strings the plugin shares with them. */
async function widgetStrings(lang) {
  const dir = join(root, 'dist/locales');
  const pairs = new Map();
  if (!existsSync(join(dir, lang))) return pairs;
  const walk = (en, tr) => {
    if (typeof en === 'string' && typeof tr === 'string') {
      if (!pairs.has(en)) pairs.set(en, tr);
      return;
    }
    if (en && tr && typeof en === 'object') for (const k of Object.keys(en)) walk(en[k], tr[k]);
  };
  for (const file of readdirSync(join(dir, 'en')).filter((f) => f.endsWith('.js'))) {
    const [en, tr] = await Promise.all([import(join(dir, 'en', file)), import(join(dir, lang, file))]);
    walk(en, tr);
  }
  return pairs;
}

/** A GNU .mo file: the header, then every translated string, sorted as gettext wants. */
export function moFile(headerText, messages) {
  const items = [['', headerText], ...messages].map(([k, v]) => [Buffer.from(k), Buffer.from(v)]);
  items.sort((a, b) => Buffer.compare(a[0], b[0]));
  const n = items.length;
  const head = 28;
  let offset = head + n * 16;
  const table = Buffer.alloc(n * 16);
  const blobs = [];
  items.forEach(([k], i) => {
    table.writeUInt32LE(k.length, i * 8);
    table.writeUInt32LE(offset, i * 8 + 4);
    blobs.push(k, Buffer.alloc(1));
    offset += k.length + 1;
  });
  items.forEach(([, v], i) => {
    table.writeUInt32LE(v.length, n * 8 + i * 8);
    table.writeUInt32LE(offset, n * 8 + i * 8 + 4);
    blobs.push(v, Buffer.alloc(1));
    offset += v.length + 1;
  });
  const h = Buffer.alloc(head);
  h.writeUInt32LE(0x950412de, 0);
  h.writeUInt32LE(0, 4);
  h.writeUInt32LE(n, 8);
  h.writeUInt32LE(head, 12);
  h.writeUInt32LE(head + n * 8, 16);
  h.writeUInt32LE(0, 20);
  h.writeUInt32LE(head + n * 16, 24);
  return Buffer.concat([h, table, ...blobs]);
}

/**
 * For the build: each language's .mo, and a JSON file per script in the Jed format
 * WordPress's load_script_textdomain() reads, as { name: contents } to write into languages/.
 * Files are named by language (haven-widgets-es.mo); the plugin loads them for every locale
 * of that language (es_ES, es_MX...).
 */
export async function compileTranslations() {
  const entries = extractAll();
  const out = {};
  for (const [lang, { plural }] of Object.entries(LANGUAGES)) {
    const file = join(languages, `${DOMAIN}-${lang}.po`);
    const po = existsSync(file) ? parsePo(readFileSync(file, 'utf8')) : new Map();
    const shared = await widgetStrings(lang);
    const translated = (e) => {
      if (e.context === undefined && e.plural === undefined && shared.has(e.text))
        return [shared.get(e.text)];
      const t = po.get(key(e))?.translation ?? [];
      return t.some(Boolean) ? t : null;
    };
    const messages = [];
    const scripts = Object.fromEntries(Object.values(SCRIPTS).map((h) => [h, {}]));
    for (const e of entries) {
      const t = translated(e);
      if (!t) continue;
      const id =
        (e.context !== undefined ? `${e.context}\u0004` : '') +
        e.text +
        (e.plural !== undefined ? `\u0000${e.plural}` : '');
      messages.push([id, t.join('\u0000')]);
      for (const [path, handle] of Object.entries(SCRIPTS)) {
        if (e.refs.some((r) => r.startsWith(`${path}:`)))
          scripts[handle][(e.context !== undefined ? `${e.context}\u0004` : '') + e.text] = t;
      }
    }
    out[`${DOMAIN}-${lang}.mo`] = moFile(
      `Language: ${lang}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nPlural-Forms: ${plural}\n`,
      messages,
    );
    for (const [handle, strings] of Object.entries(scripts)) {
      const json = {
        'translation-revision-date': '',
        generator: 'scripts/wordpress-i18n.mjs',
        domain: 'messages',
        locale_data: { messages: { '': { domain: 'messages', lang, 'plural-forms': plural }, ...strings } },
      };
      out[`${DOMAIN}-${lang}-${handle}.json`] = `${JSON.stringify(json)}\n`;
    }
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check');
  const entries = extractAll();
  const wanted = { [POT]: potText(entries) };
  for (const lang of Object.keys(LANGUAGES)) {
    const file = join(languages, `${DOMAIN}-${lang}.po`);
    const po = existsSync(file) ? parsePo(readFileSync(file, 'utf8')) : new Map();
    // A string the widgets show too reads as the widgets have it (when they are built).
    const shared = await widgetStrings(lang);
    for (const e of entries) {
      if (e.context === undefined && e.plural === undefined && shared.has(e.text))
        po.set(key(e), { ...e, translation: [shared.get(e.text)] });
    }
    wanted[file] = poText(lang, entries, po);
  }
  let stale = 0;
  for (const [file, text] of Object.entries(wanted)) {
    const now = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (now === text) continue;
    if (check) {
      stale++;
      console.error(
        `${relative(root, file)} is not what the sources give: run node scripts/wordpress-i18n.mjs`,
      );
    } else {
      writeFileSync(file, text);
      console.log(`wrote ${relative(root, file)}`);
    }
  }
  if (!check) {
    const per = Object.keys(LANGUAGES).map((lang) => {
      const po = parsePo(readFileSync(join(languages, `${DOMAIN}-${lang}.po`), 'utf8'));
      return `${lang} ${[...po.values()].filter((e) => e.translation.some(Boolean)).length}`;
    });
    console.log(`${entries.length} strings; translated: ${per.join(', ')}`);
  }
  process.exit(stale ? 1 : 0);
}
