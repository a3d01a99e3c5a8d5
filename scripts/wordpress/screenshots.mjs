// The README's WordPress pictures: the block editor with the FAQ block selected, and the
// front-end page, on the newest WordPress with its default theme.
//
//   npm run build && node scripts/wordpress/screenshots.mjs   → docs/wordpress-*.png
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { puppeteerCore } from '@web/test-runner-chrome';
import { startSite, USERS } from './site.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = path.join(ROOT, 'docs');
fs.mkdirSync(OUT, { recursive: true });

const site = await startSite({ wordpress: process.argv[2] ?? 'newest', plugin: 'zip' });
let browser;
const dataDir = fs.mkdtempSync(path.join(ROOT, '.cache/wordpress/chromium-'));
try {
  const content = [
    '<!-- wp:paragraph --><p>Questions people ask before their first meeting, and where to find help tonight.</p><!-- /wp:paragraph -->',
    `<!-- wp:haven-widgets/faq ${JSON.stringify({ items: [
      { question: 'Do I have to give my real name?', answer: 'No. Use any name you like, and change it whenever you want.' },
      { question: 'When does the Tuesday group meet?', answer: 'At seven in the evening, in the library’s back room. Come ten minutes early if it is your first time.' },
      { question: 'Can I come without speaking?', answer: 'Yes. Listening is enough; nobody will ask you to share.' },
    ] })} /-->`,
    `<!-- wp:haven-widgets/helplines ${JSON.stringify({ helplines: [
      { region: 'Wessex', name: 'Harbour Line', description: 'Listening, day and night', phone: '0800 123 4567', hours: '24 hours' },
    ], emergencyNumber: '999' })} /-->`,
  ].join('\n\n');
  const { id, link } = JSON.parse(site.php(`
    $id = wp_insert_post(wp_slash(['post_title' => 'Before your first meeting', 'post_status' => 'publish', 'post_type' => 'post', 'post_author' => get_user_by('login', 'author')->ID, 'post_content' => base64_decode('${Buffer.from(content).toString('base64')}')]));
    $s = get_option('haven_widgets_settings', []); $s['exit_enabled'] = true; $s['exit_href'] = home_url('/?s=weather'); update_option('haven_widgets_settings', $s);
    echo json_encode(['id' => $id, 'link' => get_permalink($id)]);`, { user: 'admin' }));

  browser = await puppeteerCore.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, userDataDir: dataDir,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--hide-scrollbars'],
  });

  // The front end, as a visitor sees it.
  const visitor = await browser.newPage();
  await visitor.setViewport({ width: 1100, height: 900 });
  await visitor.goto(link, { waitUntil: 'networkidle0' });
  await visitor.waitForFunction(() => document.querySelector('haven-faq')?.shadowRoot?.childElementCount);
  await visitor.evaluate(() => document.querySelector('haven-faq details')?.setAttribute('open', ''));
  await new Promise((r) => setTimeout(r, 500));
  await visitor.screenshot({ path: path.join(OUT, 'wordpress-front-end.png') });

  // The editor, as the Author who wrote it sees it, with the FAQ block selected.
  const author = await (await browser.createBrowserContext()).newPage();
  await author.setViewport({ width: 1280, height: 900 });
  await author.goto(`${site.url}/wp-login.php`, { waitUntil: 'domcontentloaded' });
  await author.$eval('#user_login', (el, v) => { el.value = v; }, USERS.author.login);
  await author.$eval('#user_pass', (el, v) => { el.value = v; }, USERS.author.password);
  await Promise.all([author.waitForNavigation(), author.click('#wp-submit')]);
  await author.goto(`${site.url}/wp-admin/post.php?post=${id}&action=edit`, { waitUntil: 'networkidle0' });
  await author.waitForFunction(() => window.wp?.data?.select('core/block-editor').getBlocks().length > 1);
  await author.evaluate(() => {
    const { select, dispatch } = window.wp.data;
    try { dispatch('core/preferences').set('core/edit-post', 'welcomeGuide', false); } catch {}
    const faq = select('core/block-editor').getBlocks().find((b) => b.name === 'haven-widgets/faq');
    dispatch('core/block-editor').selectBlock(faq.clientId);
    try { dispatch('core/edit-post').openGeneralSidebar('edit-post/block'); } catch {}
  });
  const canvas = () => author.frames().find((f) => f.name() === 'editor-canvas') ?? author.mainFrame();
  await canvas().waitForFunction(() => document.querySelector('haven-faq')?.shadowRoot?.childElementCount);
  await new Promise((r) => setTimeout(r, 1000));
  await author.screenshot({ path: path.join(OUT, 'wordpress-editor.png') });
  for (const f of ['wordpress-front-end.png', 'wordpress-editor.png']) {
    console.log(`docs/${f}: ${(fs.statSync(path.join(OUT, f)).size / 1024).toFixed(0)} KB`);
  }
} finally {
  await browser?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  await site.stop();
}
