// The zip writer behind dist/wordpress/haven-widgets.zip: what it writes reads back the same,
// through our own reader and, where the machine has one, through Python's zipfile or unzip.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, unzip, zip } from '../../scripts/zip.mjs';

const entries = [
  { name: 'haven-widgets/' },
  { name: 'haven-widgets/haven-widgets.php', data: Buffer.from('<?php\n/**\n * Plugin Name: Haven widgets\n */\n'.repeat(40)) },
  { name: 'haven-widgets/empty.txt', data: Buffer.alloc(0) },
  { name: 'haven-widgets/blocks/faq/block.json', data: Buffer.from('{"name":"haven-widgets/faq","title":"FAQ — ¿Preguntas? أسئلة"}') },
  // Random bytes do not deflate: stored as they are.
  { name: 'haven-widgets/noise.bin', data: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24)) },
];

test('crc32 matches the standard check value', () => {
  assert.equal(crc32(Buffer.from('123456789')), 0xcbf43926);
  assert.equal(crc32(Buffer.alloc(0)), 0);
});

test('what zip() writes, unzip() reads back byte for byte, folders included', () => {
  const back = unzip(zip(entries));
  assert.deepEqual(back.map((e) => e.name), entries.map((e) => e.name));
  for (const [i, e] of entries.entries()) assert.ok(back[i].data.equals(e.data ?? Buffer.alloc(0)), e.name);
});

test('the same files give the same bytes (a fixed date)', () => {
  assert.ok(zip(entries).equals(zip(entries)));
});

test('a damaged entry is caught by its CRC', () => {
  const buf = zip([{ name: 'a.txt', data: Buffer.from('hello hello hello hello hello hello') }]);
  // Flip a byte in the central directory's CRC of the only entry.
  const central = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  buf[central + 16] ^= 0xff;
  assert.throws(() => unzip(buf), /CRC/);
});

test("another program's reader accepts it", (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'haven-zip-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'test.zip');
  writeFileSync(file, zip(entries));
  const python = spawnSync('python3', ['-c', 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); bad = z.testzip(); print(bad or "ok"); print("\\n".join(z.namelist()))', file], { encoding: 'utf8' });
  if (python.status === 0) {
    const [status, ...names] = python.stdout.trim().split('\n');
    assert.equal(status, 'ok');
    assert.deepEqual(names, entries.map((e) => e.name));
    return;
  }
  const unzipTool = spawnSync('unzip', ['-tq', file], { encoding: 'utf8' });
  if (unzipTool.error) return t.skip('neither python3 nor unzip here');
  assert.equal(unzipTool.status, 0, unzipTool.stdout + unzipTool.stderr);
});

test('the built plugin zip, when present, holds the plugin under haven-widgets/', (t) => {
  const built = new URL('../../dist/wordpress/haven-widgets.zip', import.meta.url);
  if (!existsSync(built)) return t.skip('not built (npm run build)');
  const names = unzip(readFileSync(built)).map((e) => e.name);
  for (const needed of [
    'haven-widgets/haven-widgets.php',
    'haven-widgets/uninstall.php',
    'haven-widgets/readme.txt',
    'haven-widgets/build/editor.js',
    'haven-widgets/build/editor.asset.php',
    'haven-widgets/cdn/haven-widgets.iife.js',
    'haven-widgets/cdn/haven-autoloader.js',
    'haven-widgets/cdn/locales/es.iife.js',
    ...['faq', 'grounding-timer', 'empathy-prompts', 'stage-table', 'helplines', 'quick-exit'].flatMap((w) => [
      `haven-widgets/blocks/${w}/block.json`,
      `haven-widgets/cdn/haven-${w}.iife.js`,
    ]),
  ]) {
    assert.ok(names.includes(needed), `missing ${needed}`);
  }
  assert.ok(names.every((n) => n.startsWith('haven-widgets/')), 'everything under haven-widgets/');
  assert.ok(!names.some((n) => n.includes('/src/') || n.endsWith('.ts')), 'no TypeScript source');
  const main = unzip(readFileSync(built)).find((e) => e.name === 'haven-widgets/haven-widgets.php').data.toString();
  const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  assert.match(main, /Plugin Name:\s+Haven widgets/);
  assert.match(main, /Text Domain:\s+haven-widgets/);
  assert.match(main, new RegExp(`Version:\\s+${version.replace(/\./g, '\\.')}\\n`));
});
