// Runs the plugin's PHP tests (test/wordpress/php/*.test.php) inside a real WordPress with
// the plugin active, started and stopped by the WordPress harness. Run `npm run build` first.
//
//   node test/wordpress/php/run.mjs [--wordpress=newest|oldest|<version>]
//
// Each test file prints "N passed, N failed"; this exits 1 if any failed.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSite } from '../../../scripts/wordpress/site.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const which = process.argv.find((a) => a.startsWith('--wordpress='))?.split('=')[1] ?? 'newest';
const site = await startSite({ wordpress: which, plugin: 'zip' });
let failed = false;
try {
  for (const file of readdirSync(here).filter((f) => f.endsWith('.test.php')).sort()) {
    let out;
    try {
      out = site.php(`require ${JSON.stringify(join(here, file))};`);
    } catch (error) {
      // A failed assertion exits 1: its output is in the error.
      out = String(error.message);
      failed = true;
    }
    console.log(`WordPress ${site.version}, ${file}:\n${out.trim()}`);
    const m = /(\d+) passed, (\d+) failed/.exec(out);
    if (!m || Number(m[2]) > 0) failed = true;
  }
} finally {
  await site.stop();
}
process.exit(failed ? 1 : 0);
