// wordpress/readme.txt in the format the WordPress plugin directory reads
// (https://developer.wordpress.org/plugins/wordpress-org/how-your-readme-txt-works/), and the
// plugin's translation files as the build makes them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCREENSHOTS } from '../../scripts/wordpress-plugin.mjs';
import { moFile, parsePo } from '../../scripts/wordpress-i18n.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const readme = readFileSync(join(root, 'wordpress/readme.txt'), 'utf8');
const plugin = readFileSync(join(root, 'wordpress/haven-widgets.php'), 'utf8');

/** The header's fields, the short description, and the sections by name. */
function parse(text) {
  const lines = text.split('\n');
  const name = /^=== (.+) ===$/.exec(lines[0])?.[1];
  const fields = {};
  let i = 1;
  for (; i < lines.length && lines[i].trim(); i++) {
    const m = /^([^:]+):\s*(.*)$/.exec(lines[i]);
    if (m) fields[m[1].trim()] = m[2].trim();
  }
  while (i < lines.length && !lines[i].trim()) i++;
  const short = lines[i] ?? '';
  const sections = {};
  let current;
  for (const line of lines.slice(i + 1)) {
    const m = /^== (.+) ==$/.exec(line);
    if (m) sections[(current = m[1])] = [];
    else if (current) sections[current].push(line);
  }
  return {
    name,
    fields,
    short,
    sections: Object.fromEntries(Object.entries(sections).map(([k, v]) => [k, v.join('\n').trim()])),
  };
}

const { name, fields, short, sections } = parse(readme);
const header = (field) => new RegExp(`^ \\* ${field}:\\s+(.+)$`, 'm').exec(plugin)?.[1].trim();

test("readme.txt: the plugin's name and the header fields the directory requires", () => {
  assert.equal(name, header('Plugin Name'));
  for (const field of [
    'Contributors',
    'Tags',
    'Requires at least',
    'Tested up to',
    'Requires PHP',
    'Stable tag',
    'License',
  ]) {
    assert.ok(fields[field], `${field} is given`);
  }
  assert.ok(fields.Tags.split(',').length <= 5, 'at most five tags');
  assert.match(fields['Tested up to'], /^\d+\.\d+$/, 'Tested up to is a major version');
  assert.match(fields['Stable tag'], /^\d+\.\d+\.\d+$/);
  assert.equal(
    fields['Stable tag'],
    JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version,
    'Stable tag is the version',
  );
  assert.equal(
    fields['Requires at least'],
    header('Requires at least'),
    'Requires at least as the plugin header says',
  );
  assert.equal(fields['Requires PHP'], header('Requires PHP'), 'Requires PHP as the plugin header says');
});

test('readme.txt: a short description of at most 150 characters, in plain text', () => {
  assert.ok(short.length > 0 && short.length <= 150, `${short.length} characters: ${short}`);
  assert.doesNotMatch(short, /[*`[\]<>]|^=/, 'no markup');
});

test('readme.txt: Description, Installation, FAQ, Screenshots and Changelog', () => {
  for (const section of [
    'Description',
    'Installation',
    'Frequently Asked Questions',
    'Screenshots',
    'Changelog',
  ]) {
    assert.ok(sections[section], `== ${section} == has text`);
  }
  assert.match(sections['Frequently Asked Questions'], /^= .+ =$/m, 'the FAQ has questions as = Question =');
  assert.match(
    sections.Changelog,
    new RegExp(`^= ${fields['Stable tag'].replace(/\./g, '\\.')} =$`, 'm'),
    'the changelog has the stable version',
  );
});

test('readme.txt: one caption per screenshot the build ships, numbered from 1', () => {
  const captions = sections.Screenshots.split('\n').filter((l) => /^\d+\. /.test(l));
  assert.deepEqual(
    captions.map((l) => Number(l.split('.')[0])),
    SCREENSHOTS.map((_, i) => i + 1),
  );
  for (const picture of SCREENSHOTS) assert.ok(existsSync(join(root, picture)), `${picture} exists`);
});

test('the committed .pot and .po files are what a fresh extraction gives', () => {
  const r = spawnSync(process.execPath, [join(root, 'scripts/wordpress-i18n.mjs'), '--check'], {
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  const pot = readFileSync(join(root, 'wordpress/languages/haven-widgets.pot'), 'utf8');
  assert.match(
    pot,
    /#\. translators: %d: the helpline's position in the list\.\n#: includes\/settings\.php:\d+\nmsgid "Helpline %d has no name/,
    'translator comments and references',
  );
  assert.match(pot, /#: src\/editor\.ts:\d+\nmsgid "Questions and answers"/, "the editor's strings");
});

test('every translation keeps the placeholders of its English string', () => {
  for (const lang of ['es', 'fr', 'de', 'pt', 'ar']) {
    const po = parsePo(readFileSync(join(root, `wordpress/languages/haven-widgets-${lang}.po`), 'utf8'));
    const ph = (s) => (s.match(/%(\d\$)?[sd]/g) ?? []).sort().join();
    for (const e of po.values()) {
      for (const t of e.translation.filter(Boolean))
        assert.equal(ph(t), ph(e.text), `${lang}: ${e.text} → ${t}`);
    }
  }
});

/** Looks a string up in a .mo file as gettext does (without the hash table). */
function moLookup(mo, id) {
  const n = mo.readUInt32LE(8);
  const orig = mo.readUInt32LE(12);
  const trans = mo.readUInt32LE(16);
  for (let i = 0; i < n; i++) {
    const len = mo.readUInt32LE(orig + i * 8);
    const at = mo.readUInt32LE(orig + i * 8 + 4);
    if (mo.subarray(at, at + len).toString() === id) {
      const tl = mo.readUInt32LE(trans + i * 8);
      const ta = mo.readUInt32LE(trans + i * 8 + 4);
      return mo.subarray(ta, ta + tl).toString();
    }
  }
  return undefined;
}

test("the .mo writer: gettext's magic number, sorted originals, strings found with context", () => {
  const mo = moFile('Language: es\nContent-Type: text/plain; charset=UTF-8\n', [
    ['Número', 'x'],
    ['Emergency number', 'Número de emergencia'],
    ['block title\u0004FAQ (Haven)', 'Preguntas frecuentes (Haven)'],
  ]);
  assert.equal(mo.readUInt32LE(0), 0x950412de);
  assert.equal(mo.readUInt32LE(8), 4, 'the header and three strings');
  assert.match(moLookup(mo, ''), /^Language: es\n/);
  assert.equal(moLookup(mo, 'Emergency number'), 'Número de emergencia');
  assert.equal(moLookup(mo, 'block title\u0004FAQ (Haven)'), 'Preguntas frecuentes (Haven)');
  const keys = [];
  for (let i = 0; i < 4; i++)
    keys.push(
      mo.subarray(
        mo.readUInt32LE(28 + i * 8 + 4),
        mo.readUInt32LE(28 + i * 8 + 4) + mo.readUInt32LE(28 + i * 8),
      ),
    );
  assert.deepEqual(
    keys,
    [...keys].sort(Buffer.compare),
    "originals in byte order, as gettext's binary search needs",
  );
  // Where the machine has GNU gettext, it reads the file too.
  const msgunfmt = spawnSync('msgunfmt', ['-'], { input: mo, encoding: 'utf8' });
  if (!msgunfmt.error) assert.match(msgunfmt.stdout, /msgstr "Número de emergencia"/);
});
