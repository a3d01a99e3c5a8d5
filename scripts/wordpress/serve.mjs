// A real WordPress with the plugin, for a person: prints the address and the logins;
// Ctrl-C stops everything (the database and PHP's server).
//
//   node scripts/wordpress/serve.mjs [--wordpress=newest|oldest|6.8.13] [--plugin=link|zip|dir|none] [--port=8080]
//
// By default the plugin is linked from dist/wordpress/haven-widgets, so that `npm run build`
// in another terminal shows up on the next page load. Run `npm run build` first.
import { startSite } from './site.mjs';

const args = Object.fromEntries(process.argv.slice(2).map((a) => {
  const m = a.match(/^--([^=]+)(?:=(.*))?$/);
  if (!m) { console.error(`Unknown argument ${a}`); process.exit(2); }
  return [m[1], m[2] ?? 'true'];
}));
if (args.help) {
  console.log('node scripts/wordpress/serve.mjs [--wordpress=newest|oldest|<version>] [--plugin=link|zip|dir|none] [--port=N]');
  process.exit(0);
}

const plugin = args.plugin === 'none' ? false : (args.plugin ?? 'link');
let site;
try {
  site = await startSite({ wordpress: args.wordpress ?? 'newest', plugin, port: args.port ? Number(args.port) : undefined });
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
console.log(`
WordPress ${site.version} (Debian ${site.debianVersion}, ${site.suite}), theme ${site.theme}
  Site:   ${site.url}/
  Admin:  ${site.url}/wp-admin/
  Plugin settings: ${site.url}/wp-admin/options-general.php?page=haven-widgets
  Logins (user / password):
${Object.values(site.users).map((u) => `    ${u.role.padEnd(14)} ${u.login} / ${u.password}`).join('\n')}
  debug.log: ${site.debugLog}
Ctrl-C stops it.`);
// Keep running until a signal; site.mjs's handlers stop the site and exit.
setInterval(() => {}, 1 << 30);
