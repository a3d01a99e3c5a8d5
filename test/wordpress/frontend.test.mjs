// The front end as visitors meet it: a classic post's [haven_faq] with the charity's own
// questions through automatic paragraphs, every shortcode, no request anywhere but the site,
// no cookie or storage, and a dark-system visitor on a light theme.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, site, newPage, php, widgets, widgetsReady, assertOnlySite, blockComment } from './helpers.mjs';
import { sampleBlocks, BUILT_IN_QUESTION } from './fixtures.mjs';

useSite();

// A classic post as a charity's volunteer types it: blank lines make paragraphs.
const CLASSIC = `Our group's own questions.

[haven_faq]
[haven_question q="Do I have to give my real name?"]No. Use any name you like.

You can change it later, too.[/haven_question]
[haven_question q="Is there parking at the hall?"]Yes, behind the library.[/haven_question]
[/haven_faq]

After the questions.`;

async function insert(title, content) {
  return (await php(`
    $id = wp_insert_post(['post_title' => ${JSON.stringify(title)}, 'post_status' => 'publish', 'post_type' => 'post', 'post_content' => base64_decode('${Buffer.from(content).toString('base64')}')]);
    echo get_permalink($id);`, 'admin')).trim();
}

test('a classic post with [haven_faq] shows the charity\'s questions, not the built-in ones', async () => {
  const url = await insert('Classic FAQ', CLASSIC);
  const page = await newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await widgetsReady(page);
    const faq = await page.$eval('haven-faq', (el) => ({
      questions: [...el.querySelectorAll('details > summary')].map((s) => s.textContent.trim()),
      answers: [...el.querySelectorAll('details')].map((d) => [...d.children].filter((c) => c.localName !== 'summary').map((c) => c.textContent.trim())),
      shadow: el.shadowRoot.textContent,
      all: el.textContent + el.shadowRoot.textContent,
      parent: el.parentElement.localName,
    }));
    assert.deepEqual(faq.questions, ['Do I have to give my real name?', 'Is there parking at the hall?']);
    // Automatic paragraphs kept the first answer whole, in two paragraphs, inside its question.
    assert.deepEqual(faq.answers[0], ['No. Use any name you like.', 'You can change it later, too.']);
    assert.deepEqual(faq.answers[1], ['Yes, behind the library.']);
    assert.ok(!faq.all.includes(BUILT_IN_QUESTION), 'no built-in question');
    assert.notEqual(faq.parent, 'p', 'the FAQ is not inside a paragraph');
    // No stray empty paragraphs or line breaks around it from wpautop.
    const stray = await page.evaluate(() => [...document.querySelectorAll('haven-faq p, haven-faq br')].filter((n) => !n.textContent.trim()).length);
    assert.equal(stray, 0);
    // The widget shows the questions (the shadow root slots or renders them).
    assert.match(faq.shadow, /Do I have to give my real name\?/);
    assert.match(faq.shadow, /Is there parking at the hall\?/);
    assertOnlySite(page);
  } finally {
    await page.closeAll();
  }
});

test('every shortcode renders its widget in a classic post', async () => {
  const url = await insert('Every shortcode', `Shortcodes.

[haven_grounding_timer exercise="grounding"]

[haven_empathy_prompts]

[haven_stage_table]

[haven_helplines emergency_number="112"]

[haven_quick_exit href="${site.url}/?s=weather"]`);
  const page = await newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await widgetsReady(page);
    const found = await widgets(page);
    for (const tag of ['haven-grounding-timer', 'haven-empathy-prompts', 'haven-stage-table', 'haven-helplines', 'haven-quick-exit']) {
      const w = found.find((x) => x.tag === tag);
      assert.ok(w?.shadow && w.shadowText.length > 0, `${tag} rendered`);
    }
    assertOnlySite(page);
  } finally {
    await page.closeAll();
  }
});

let allWidgets;
async function allWidgetsPost() {
  allWidgets ??= await insert('Every block', sampleBlocks(site.url).map((b) => blockComment(b.name, b.attrs)).join('\n\n'));
  return allWidgets;
}

test('a visitor\'s browser asks nothing of anyone but the site, and keeps no cookie or storage', async () => {
  const url = await allWidgetsPost();
  const page = await newPage({ width: 390, height: 844 });
  try {
    for (const u of [`${site.url}/`, url]) {
      await page.goto(u, { waitUntil: 'networkidle0' });
    }
    await widgetsReady(page);
    // Use the widgets a little: open a question, start the timer, pick a prompt.
    await page.evaluate(() => document.querySelector('haven-faq details')?.setAttribute('open', ''));
    await page.click('haven-grounding-timer >>> button').catch(() => {});
    await page.click('haven-empathy-prompts >>> button').catch(() => {});
    await new Promise((r) => setTimeout(r, 300));
    assert.ok(page.requests.length > 3, 'requests were recorded');
    assertOnlySite(page);
    // WordPress's own emoji loader (6.3+) caches its support test in sessionStorage: not ours.
    const state = await page.evaluate(() => ({ cookie: document.cookie, local: Object.keys(localStorage), session: Object.keys(sessionStorage).filter((k) => k !== 'wpEmojiSettingsSupports') }));
    assert.deepEqual(state, { cookie: '', local: [], session: [] });
    // What WordPress's own pages set for a visitor is none of ours either way; the browser's jar says.
    const cookies = await page.browserContext().cookies?.() ?? [];
    assert.deepEqual(cookies.map((c) => c.name), []);
    assert.deepEqual(page.consoleErrors, []);
  } finally {
    await page.closeAll();
  }
});

// The plugin's default theme setting, "follow the site", reads the theme's background on the
// server and gives the widgets theme="light" here, so this holds without the library's
// light-dark() tokens (the host-theme branch). With the setting on "the visitor's system"
// the same check fails, as it should: the widgets turn dark.
test('a visitor whose system is dark sees widgets that match the light theme', async () => {
  const url = await allWidgetsPost();
  const page = await newPage({ colorScheme: 'dark' });
  try {
    await page.goto(url, { waitUntil: 'load' });
    await widgetsReady(page);
    assert.equal(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), true);
    const lum = await page.evaluate(() => {
      const L = (c) => {
        const m = c.match(/[\d.]+/g).map(Number);
        const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
        return 0.2126 * f(m[0]) + 0.7152 * f(m[1]) + 0.0722 * f(m[2]);
      };
      const bg = (el) => { for (let e = el; e; e = e.parentElement ?? e.getRootNode().host) { const c = getComputedStyle(e).backgroundColor; if (!/rgba\(0, 0, 0, 0\)|transparent/.test(c)) return c; } return 'rgb(255, 255, 255)'; };
      const out = { page: { text: L(getComputedStyle(document.body).color), bg: L(bg(document.body)) }, widgets: {} };
      for (const el of document.querySelectorAll('haven-faq, haven-grounding-timer, haven-empathy-prompts, haven-stage-table, haven-helplines')) {
        const inner = el.shadowRoot.querySelector('[part~="base"]') ?? el.shadowRoot.querySelector('div, section, table') ?? el;
        out.widgets[el.localName] = { text: L(getComputedStyle(inner).color), bg: L(bg(inner)) };
      }
      return out;
    });
    assert.ok(lum.page.bg > 0.5, 'the theme is light');
    for (const [tag, w] of Object.entries(lum.widgets)) {
      assert.ok(w.bg > 0.5, `${tag}'s background is light (${w.bg.toFixed(2)})`);
      assert.ok(w.text < 0.25, `${tag}'s text is dark (${w.text.toFixed(2)})`);
    }
  } finally {
    await page.closeAll();
  }
});
