// Shared by the WordPress end-to-end tests: the site (started by scripts/wordpress/test.mjs,
// or by the first test file run on its own), Chromium through puppeteer-core, logins, the
// REST API as the block editor uses it, and a guard that no request leaves the site.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { puppeteerCore } from '@web/test-runner-chrome';
import { startSite, USERS } from '../../scripts/wordpress/site.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The site under test; call from a top-level before(). */
export let site;
let ownSite;
let browser;

/**
 * Starts (or joins) the site and a browser for one test file; stops what it started.
 * { chromium: false } for a file that drives another browser itself.
 */
export function useSite({ chromium = true } = {}) {
  before(async () => {
    if (process.env.HAVEN_WP_SITE) site = JSON.parse(process.env.HAVEN_WP_SITE);
    else {
      ownSite = await startSite({ wordpress: process.env.HAVEN_WP_VERSION ?? 'newest', plugin: 'zip' });
      site = ownSite;
    }
    if (!chromium) return;
    const dataDir = fs.mkdtempSync(path.join(ROOT, '.cache/wordpress/chromium-'));
    browser = await puppeteerCore.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      headless: true,
      userDataDir: dataDir,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--no-first-run', '--disable-sync', '--disable-features=Translate,OptimizationHints,MediaRouter'],
      env: { ...process.env, XDG_CONFIG_HOME: path.join(dataDir, 'xdg-config'), XDG_CACHE_HOME: path.join(dataDir, 'xdg-cache') },
    });
    browser.dataDir = dataDir;
  });
  after(async () => {
    await browser?.close().catch(() => {});
    if (browser?.dataDir) fs.rmSync(browser.dataDir, { recursive: true, force: true });
    await ownSite?.stop();
  });
}

/**
 * A new page in its own browser context (its own cookies), with every request recorded and
 * every dialog (alert, confirm, prompt) recorded and dismissed.
 */
export async function newPage({ width = 1280, height = 900, colorScheme } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width, height });
  if (colorScheme) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: colorScheme }]);
  page.requests = [];
  page.dialogs = [];
  page.consoleErrors = [];
  page.on('request', (r) => page.requests.push(r.url()));
  page.on('dialog', (d) => { page.dialogs.push(`${d.type()}: ${d.message()}`); d.dismiss().catch(() => {}); });
  page.on('console', (m) => { if (m.type() === 'error') page.consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => page.consoleErrors.push(`pageerror: ${e.message}`));
  page.closeAll = () => context.close();
  return page;
}

/**
 * WordPress's own admin screens fetch a few things from wordpress.org (the editor's welcome
 * guide pictures, dashboard news): not the plugin's doing. Allowed in the admin only, with
 * { admin: true }; a front-end page may make no request but to the site.
 */
const CORE_ADMIN_HOSTS = /^https:\/\/(s\.w\.org|[\w.-]*\.wordpress\.org|secure\.gravatar\.com)\//;

/** Every request the page made went to the site itself (or was a data:/blob: URL). */
export function assertOnlySite(page, { admin = false } = {}) {
  const origin = new URL(site.url).origin;
  const away = page.requests.filter((u) => !/^(data|blob|about):/.test(u) && new URL(u).origin !== origin
    && !(admin && CORE_ADMIN_HOSTS.test(u)));
  assert.deepEqual([...new Set(away)], [], `requests left ${origin}`);
}

/** Logs in through wp-login.php as a person does. */
export async function login(page, who) {
  const u = USERS[who];
  // Straight to the profile page: the dashboard's widgets would only slow every login.
  await page.goto(`${site.url}/wp-login.php?redirect_to=${encodeURIComponent(`${site.url}/wp-admin/profile.php`)}`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('#user_login');
  // The login form may focus and prefill fields; set them plainly.
  await page.$eval('#user_login', (el, v) => { el.value = v; }, u.login);
  await page.$eval('#user_pass', (el, v) => { el.value = v; }, u.password);
  await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), page.click('#wp-submit')]);
  assert.match(page.url(), /wp-admin/, `logged in as ${who}`);
}

/** The REST nonce the block editor uses (wpApiSettings.nonce) for the logged-in user. */
export async function restNonce(page) {
  if (!page.url().includes('/wp-admin/')) await page.goto(`${site.url}/wp-admin/profile.php`, { waitUntil: 'domcontentloaded' });
  const nonce = await page.evaluate(() => window.wpApiSettings?.nonce
    ?? fetch('/wp-admin/admin-ajax.php?action=rest-nonce', { credentials: 'same-origin' }).then((r) => r.text()));
  assert.ok(nonce && nonce !== '0', 'a REST nonce');
  return nonce;
}

/** A REST request from the page, with its cookie and the nonce, as the editor makes. */
export async function rest(page, method, route, body) {
  const nonce = page.nonce ??= await restNonce(page);
  const res = await page.evaluate(async (method, route, body, nonce) => {
    const r = await fetch(`/?rest_route=${encodeURIComponent(route)}`, {
      method, credentials: 'same-origin',
      headers: { 'X-WP-Nonce': nonce, ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: r.status, json: await r.json().catch(() => null) };
  }, method, route, body ?? null, nonce);
  return res;
}

/** A block's serialised comment, as the editor stores a dynamic block. */
export function blockComment(name, attrs = {}) {
  const json = Object.keys(attrs).length ? ` ${serializeAttributes(attrs)}` : '';
  return `<!-- wp:${name.replace(/^core\//, '')}${json} /-->`;
}
/** WordPress's serializeAttributes(): JSON with -- < > & " escaped as the editor does. */
export function serializeAttributes(attrs) {
  return JSON.stringify(attrs)
    .replace(/--/g, '\\u002d\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\\"/g, '\\u0022');
}

/** Opens the block editor for a post (or a new one) and waits until it is ready. */
export async function openEditor(page, postId) {
  const url = postId ? `${site.url}/wp-admin/post.php?post=${postId}&action=edit` : `${site.url}/wp-admin/post-new.php`;
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => window.wp?.data?.select('core/editor')?.getCurrentPostId?.()
    && window.wp.data.select('core/block-editor').getBlocks && window.wp.blocks?.getBlockTypes().some((b) => b.name.startsWith('haven-widgets/')), { timeout: 60000 });
  // The welcome guide, if it shows, covers the canvas.
  await page.evaluate(() => {
    try { window.wp.data.dispatch('core/preferences')?.set('core/edit-post', 'welcomeGuide', false); } catch {}
    try { if (window.wp.data.select('core/edit-post').isFeatureActive?.('welcomeGuide')) window.wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide'); } catch {}
  });
}

/** The blocks the editor parsed: name, validity, attributes (nested flattened). */
export async function editorBlocks(page) {
  return page.evaluate(() => {
    const flat = (bs) => bs.flatMap((b) => [b, ...flat(b.innerBlocks ?? [])]);
    return flat(window.wp.data.select('core/block-editor').getBlocks()).map((b) => ({ name: b.name, isValid: b.isValid, attributes: b.attributes }));
  });
}

/**
 * Runs in the page (puppeteer's evaluate, WebDriver's execute; self-contained for both): each
 * haven-* element, in shadow roots too, whether it upgraded, and the text it shows.
 */
export function havenWidgetsInPage() {
  const out = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName.startsWith('haven-')) {
        out.push({ tag: el.localName, defined: !!customElements.get(el.localName), shadow: !!el.shadowRoot,
          shadowText: el.shadowRoot ? el.shadowRoot.textContent.replace(/\s+/g, ' ').trim() : '',
          shadowElements: el.shadowRoot ? el.shadowRoot.querySelectorAll('*').length : 0,
          text: (el.shadowRoot ? [...el.shadowRoot.querySelectorAll('*')].filter((n) => !['STYLE', 'SLOT'].includes(n.tagName)).map((n) => n.textContent).join(' ') : ''),
          lightText: el.textContent.replace(/\s+/g, ' ').trim() });
      }
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  return out;
}

/** Runs in the page: every haven-* element on it is defined and has rendered its shadow root. */
export function havenWidgetsReadyInPage() {
  const els = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('haven-'));
  return els.length > 0 && els.every((el) => customElements.get(el.localName) && el.shadowRoot && el.shadowRoot.childElementCount > 0
    && (!el.updateComplete || el.hasUpdated !== false));
}

export async function widgets(page) {
  return page.evaluate(havenWidgetsInPage);
}

/** Waits until every haven-* element on the page is defined and has rendered its shadow root. */
export async function widgetsReady(page, timeout = 15000) {
  await page.waitForFunction(havenWidgetsReadyInPage, { timeout });
}

/** Lines of debug.log that concern the plugin (its path or its name). */
export function ourDebugLines() {
  let text = '';
  try { text = fs.readFileSync(site.debugLog, 'utf8'); } catch { return []; }
  return text.split('\n').filter((l) => /plugins\/haven-widgets|haven[-_]widgets/i.test(l));
}

/** Runs PHP with WordPress loaded on the server; returns its output. */
export async function php(code, user) {
  const { runPhpWith } = await import('../../scripts/wordpress/site.mjs');
  return runPhpWith(site, code, user);
}

export { USERS };

/** The suite's XSS payloads (test/xss-payloads.ts), compiled by esbuild for Node. */
export async function xssPayloads() {
  const { transform } = await import('esbuild');
  const src = fs.readFileSync(path.join(ROOT, 'test/xss-payloads.ts'), 'utf8');
  const { code } = await transform(src, { loader: 'ts', format: 'esm' });
  const mod = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return mod.XSS_PAYLOADS;
}

/**
 * What a payload would leave if it got through, found under `root` and in every shadow root:
 * event-handler attributes, script-bearing URLs and srcdoc, live scripts and styles, meta
 * refreshes. Text that merely reads like a payload is not counted: widgets show it as text.
 * Runs in the page (kept free of outside references).
 */
function scanForInjected(root) {
  const bad = [];
  const URLISH = new Set(['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'background', 'poster', 'codebase']);
  const walk = (r) => {
    for (const el of r.querySelectorAll('*')) {
      for (const a of el.attributes) {
        const v = a.value;
        if (!v.includes('__xss')) continue;
        const n = a.name.toLowerCase();
        const norm = v.replace(/[\u0000-\u0020]/g, '').toLowerCase();
        if (n.startsWith('on') || n === 'srcdoc' || n === 'style' || (n === 'content' && el.localName === 'meta')
          || (URLISH.has(n) && /^(javascript|vbscript|data):/.test(norm))) {
          bad.push(`<${el.localName} ${a.name}="${v.slice(0, 60)}">`);
        }
      }
      if ((el.localName === 'script' && !/json/i.test(el.type)) || el.localName === 'style') {
        if (el.textContent.includes('__xss')) bad.push(`<${el.localName}>${el.textContent.slice(0, 60)}`);
      }
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return bad;
}

/** What payloads injected into the live page (document and shadow roots). */
export async function injected(page) {
  return page.evaluate(`(${scanForInjected.toString()})(document)`);
}

/**
 * Fetches pages from the page's context (with or without its cookies) and scans the HTML the
 * server sent, as the browser's parser builds it: { url: [what was injected] }.
 */
export async function injectedInHtml(page, urls, { cookies = false, html } = {}) {
  if (html !== undefined) {
    return page.evaluate(`(${scanForInjected.toString()})(new DOMParser().parseFromString(${JSON.stringify(html)}, 'text/html'))`);
  }
  return page.evaluate(`(async () => {
    const scan = ${scanForInjected.toString()};
    const out = {};
    for (const u of ${JSON.stringify(urls)}) {
      const html = await (await fetch(u, { credentials: ${cookies ? "'same-origin'" : "'omit'"} })).text();
      out[u] = scan(new DOMParser().parseFromString(html, 'text/html'));
    }
    return out;
  })()`);
}
