// Settings → Haven widgets, as an administrator: helplines and the site-wide quick exit, which
// then shows on every front-end page, first after the skip link, clear of the admin bar,
// and leaves so that Back does not return.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, site, newPage, login, php, widgetsReady, assertOnlySite, openEditor } from './helpers.mjs';

useSite();

const SETTINGS = `${'/wp-admin/options-general.php?page=haven-widgets'}`;

/** Sets a form field as typing would, with input and change events. */
async function fill(page, selector, value) {
  await page.waitForSelector(selector);
  await page.$eval(selector, (el, v) => {
    if (el.type === 'checkbox') el.checked = !!v; else el.value = v;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  }, value);
}

test('the settings page saves helplines and turns on the site-wide quick exit', async (t) => {
  const admin = await newPage();
  // Pages to visit afterwards: the front page, a post, a page, and a page to leave to.
  const made = JSON.parse(await php(`
    $post = wp_insert_post(['post_title' => 'A post with helplines', 'post_status' => 'publish', 'post_type' => 'post',
      'post_content' => '<!-- wp:paragraph --><p>Before.</p><!-- /wp:paragraph -->' . "\\n" . '<!-- wp:haven-widgets/helplines /-->']);
    $page = wp_insert_post(['post_title' => 'About us', 'post_status' => 'publish', 'post_type' => 'page', 'post_content' => '<p>We are a peer-support group.</p>']);
    $away = wp_insert_post(['post_title' => 'Weather today', 'post_status' => 'publish', 'post_type' => 'page', 'post_content' => '<p>Sunny.</p>']);
    echo json_encode(['post' => get_permalink($post), 'page' => get_permalink($page), 'away' => get_permalink($away)]);
  `, 'admin'));

  try {
    await login(admin, 'admin');
    await admin.goto(site.url + SETTINGS, { waitUntil: 'domcontentloaded' });
    await fill(admin, '#haven-widgets-helpline-0-region', 'Wessex');
    await fill(admin, '#haven-widgets-helpline-0-name', 'Harbour Line');
    await fill(admin, '#haven-widgets-helpline-0-phone', '0800 123 4567');
    await fill(admin, '#haven-widgets-emergency', '999');
    await fill(admin, 'input[name="haven_widgets_settings[exit_enabled]"]', true);
    await fill(admin, '#haven-widgets-exit-href', made.away);
    await Promise.all([admin.waitForNavigation({ waitUntil: 'domcontentloaded' }), admin.click('#submit')]);
    assert.match(await admin.$eval('#wpbody-content', (el) => el.textContent), /Settings saved/);
    // Shown again after saving.
    assert.equal(await admin.$eval('#haven-widgets-helpline-0-name', (el) => el.value), 'Harbour Line');
    assert.equal(await admin.$eval('input[name="haven_widgets_settings[exit_enabled]"]', (el) => el.checked), true);
    const stored = JSON.parse(await php(`echo json_encode(get_option('haven_widgets_settings'));`));
    assert.equal(stored.helplines[0].name, 'Harbour Line');
    assert.equal(stored.emergency_number, '999');
    assert.ok(stored.exit_enabled);
    assertOnlySite(admin, { admin: true });

    await t.test('a helplines block without its own uses the site\'s', async () => {
      const visitor = await newPage();
      try {
        await visitor.goto(made.post, { waitUntil: 'load' });
        await widgetsReady(visitor);
        const text = await visitor.$eval('haven-helplines', (el) => el.shadowRoot.textContent + el.textContent);
        assert.match(text, /Harbour Line/);
        assertOnlySite(visitor);
      } finally { await visitor.closeAll(); }
    });

    /** On `url`: one site-wide exit, and a keyboard meets the skip link, then the exit's button. */
    async function exitAfterSkipLink(visitor, url) {
      await visitor.goto(url, { waitUntil: 'load' });
      await visitor.waitForFunction(() => customElements.get('haven-quick-exit') && document.querySelector('haven-quick-exit.haven-widgets-site-exit')?.shadowRoot?.querySelector('button'));
      assert.equal(await visitor.$$eval('haven-quick-exit.haven-widgets-site-exit', (els) => els.length), 1, `one site-wide exit on ${url}`);
      // What a keyboard meets: the skip link, then the exit's button.
      await visitor.keyboard.press('Tab');
      const first = await visitor.evaluate(() => ({ tag: document.activeElement.localName, href: document.activeElement.getAttribute('href'), text: document.activeElement.textContent.trim() }));
      assert.equal(first.tag, 'a', `first Tab on ${url} reaches a link`);
      assert.match(first.href ?? '', /^#/, `first Tab on ${url} reaches the skip link`);
      assert.match(first.text, /skip/i);
      await visitor.keyboard.press('Tab');
      const second = await visitor.evaluate(() => {
        let el = document.activeElement;
        const host = el?.localName;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return { host, inner: el.localName, text: el.textContent.trim() };
      });
      assert.equal(second.host, 'haven-quick-exit', `second Tab on ${url} reaches the exit`);
      assert.equal(second.inner, 'button');
    }

    await t.test('every front-end page has the exit, first after the skip link', async () => {
      const visitor = await newPage();
      try {
        for (const url of [`${site.url}/`, made.post, made.page]) await exitAfterSkipLink(visitor, url);
        assertOnlySite(visitor);
      } finally { await visitor.closeAll(); }
    });

    await t.test('in a classic theme too (Twenty Twenty-One): first after its skip link', async () => {
      const before = (await php(`echo get_stylesheet();`)).trim();
      assert.equal((await php(`echo wp_get_theme('twentytwentyone')->exists() ? 'yes' : 'no';`)).trim(), 'yes', 'the harness installs a classic theme');
      await php(`switch_theme('twentytwentyone');`);
      const visitor = await newPage();
      try {
        for (const url of [`${site.url}/`, made.page]) await exitAfterSkipLink(visitor, url);
        assertOnlySite(visitor);
      } finally {
        await visitor.closeAll();
        await php(`switch_theme(${JSON.stringify(before)});`);
      }
    });

    await t.test('logged in, the exit does not cover the admin bar', async () => {
      await admin.goto(made.post, { waitUntil: 'load' });
      await admin.waitForFunction(() => document.querySelector('haven-quick-exit.haven-widgets-site-exit')?.shadowRoot?.querySelector('button') && document.querySelector('#wpadminbar'));
      const boxes = await admin.evaluate(() => {
        const r = (el) => { const b = el.getBoundingClientRect(); return { top: b.top, bottom: b.bottom, left: b.left, right: b.right, width: b.width, height: b.height }; };
        const exit = document.querySelector('haven-quick-exit.haven-widgets-site-exit');
        return { bar: r(document.querySelector('#wpadminbar')), button: r(exit.shadowRoot.querySelector('button')) };
      });
      assert.ok(boxes.bar.height > 0 && boxes.button.height > 0, 'both are shown');
      const overlap = boxes.button.top < boxes.bar.bottom && boxes.button.bottom > boxes.bar.top && boxes.button.left < boxes.bar.right && boxes.button.right > boxes.bar.left;
      assert.equal(overlap, false, `the exit's button (${JSON.stringify(boxes.button)}) is clear of the admin bar (${JSON.stringify(boxes.bar)})`);
      // And the bar's own links stay clickable: what is on top at the bar's first item is the bar.
      const onTop = await admin.evaluate(() => {
        const a = document.querySelector('#wpadminbar a');
        const b = a.getBoundingClientRect();
        return !!document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2)?.closest('#wpadminbar');
      });
      assert.equal(onTop, true, 'the admin bar is not covered');
    });

    await t.test('logged in on a phone, the exit follows the admin bar: at the very top once the bar has scrolled away', async () => {
      // Under 600 px WordPress makes the admin bar position: absolute (46 px), so it scrolls away.
      await admin.setViewport({ width: 390, height: 700 });
      try {
        await admin.goto(made.post, { waitUntil: 'load' });
        await admin.waitForFunction(() => document.querySelector('haven-quick-exit.haven-widgets-site-exit')?.shadowRoot?.querySelector('button') && document.querySelector('#wpadminbar'));
        const top = () => admin.evaluate(() => document.querySelector('haven-quick-exit.haven-widgets-site-exit').shadowRoot.querySelector('[part="base"]').getBoundingClientRect().top);
        const bar = await admin.evaluate(() => getComputedStyle(document.querySelector('#wpadminbar')).position);
        assert.equal(bar, 'absolute', 'the admin bar scrolls with the page at this width');
        assert.ok((await top()) >= 46, `below the admin bar at the top of the page (${await top()})`);
        // A post long enough to scroll (the test's post is short).
        await admin.evaluate(() => {
          document.body.style.minHeight = '4000px';
          scrollTo(0, 600);
        });
        // Placement follows scrolling once a frame: wait until it is pinned.
        await admin.waitForFunction(() => {
          const { top } = document.querySelector('haven-quick-exit.haven-widgets-site-exit').shadowRoot.querySelector('[part="base"]').getBoundingClientRect();
          return top >= 0 && top < 16;
        }, { timeout: 5000 }).catch(() => {});
        const scrolled = await top();
        assert.ok(scrolled >= 0 && scrolled < 16, `at the top once the admin bar scrolled away, no 46 px gap (top ${scrolled})`);
      } finally {
        await admin.setViewport({ width: 1280, height: 900 });
      }
    });

    await t.test('leaving replaces the page in history: Back does not return', async () => {
      const visitor = await newPage();
      try {
        await visitor.goto(made.page, { waitUntil: 'load' });
        await visitor.goto(made.post, { waitUntil: 'load' });
        await visitor.waitForFunction(() => document.querySelector('haven-quick-exit.haven-widgets-site-exit')?.shadowRoot?.querySelector('button'));
        const before = await visitor.evaluate(() => history.length);
        await Promise.all([
          visitor.waitForNavigation({ waitUntil: 'load' }),
          visitor.click('haven-quick-exit.haven-widgets-site-exit >>> button'),
        ]);
        assert.equal(visitor.url(), made.away, 'the exit leads where the settings say');
        assert.equal(await visitor.evaluate(() => history.length), before, 'no new history entry: the page was replaced');
        await visitor.goBack({ waitUntil: 'load' });
        assert.notEqual(visitor.url(), made.post, 'Back does not return to the page left');
        assert.equal(visitor.url(), made.page, 'Back goes to the page before it');
        assertOnlySite(visitor);
      } finally { await visitor.closeAll(); }
    });
  } finally {
    await admin.closeAll();
    // Later test files expect the exit off again.
    await php(`$s = get_option('haven_widgets_settings'); $s['exit_enabled'] = false; update_option('haven_widgets_settings', $s);`);
  }
});

/** WCAG contrast of two #rrggbb colours (or rgb() strings). */
function contrast(a, b) {
  const lum = (c) => {
    const parts = c.startsWith('#') ? c.slice(1).match(/../g).map((h) => parseInt(h, 16)) : c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
    const [r, g, bl] = parts.map((v) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

test('settings keep what was typed: backslashes, site pages, bare domains, refused values, a readable accent (issue 21, section 4)', async (t) => {
  const admin = await newPage();
  const saved = await php(`echo json_encode(get_option('haven_widgets_settings'));`);
  const post = (await php(`echo get_permalink(wp_insert_post(['post_title' => 'Typed helplines', 'post_status' => 'publish', 'post_type' => 'post',
    'post_content' => '<!-- wp:haven-widgets/helplines /-->' . "\\n" . '<!-- wp:haven-widgets/quick-exit /-->']));`, 'admin')).trim();
  try {
    await login(admin, 'admin');
    await admin.goto(site.url + SETTINGS, { waitUntil: 'domcontentloaded' });
    await fill(admin, '#haven-widgets-helpline-0-name', 'Harbour Line');
    await fill(admin, '#haven-widgets-helpline-0-description', 'C:\\ back\\slash');
    await fill(admin, '#haven-widgets-helpline-0-phone', '0800 123 4567');
    await fill(admin, '#haven-widgets-helpline-0-web', 'samaritans.org');
    await fill(admin, '#haven-widgets-helpline-0-chat', 'chat with us');
    await fill(admin, '#haven-widgets-emergency', '999');
    await fill(admin, 'input[name="haven_widgets_settings[exit_enabled]"]', true);
    await fill(admin, '#haven-widgets-exit-safety', '/staying-safe-online/');
    await fill(admin, '#haven-widgets-accent', '#ffff00');
    // The browser sends the form as typed (no field refuses it), and the page comes back.
    await Promise.all([admin.waitForNavigation({ waitUntil: 'domcontentloaded', timeout: 15000 }), admin.click('#submit')]);

    const field = (id) => admin.$eval(id, (el) => {
      const described = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean).map((d) => document.getElementById(d)?.textContent ?? `(no #${d})`);
      return { value: el.value, invalid: el.getAttribute('aria-invalid'), described: described.join(' | ') };
    });
    const description = await field('#haven-widgets-helpline-0-description');
    assert.equal(description.value, 'C:\\ back\\slash', 'the description comes back with its backslashes');
    const chat = await field('#haven-widgets-helpline-0-chat');
    assert.equal(chat.value, 'chat with us', 'a refused value stays in its field, as typed');
    assert.equal(chat.invalid, 'true', 'and the field is marked invalid');
    assert.match(chat.described, /web address/, 'the reason is beside the field and tied to it');
    const web = await field('#haven-widgets-helpline-0-web');
    assert.equal(web.value, 'https://samaritans.org', 'a bare domain is saved with https://');
    assert.equal(web.invalid, null);
    assert.match(web.described, /https:\/\/samaritans\.org/, 'with a note beside the field');
    assert.equal((await field('#haven-widgets-helpline-0-phone')).value, '0800 123 4567', 'good values submitted with a bad one are saved');
    const notices = await admin.$$eval('.notice, .error, .updated', (els) => els.map((el) => el.textContent.trim()).join('\n'));
    const chatNotice = notices.split('\n').find((l) => /Chat link/.test(l)) ?? '';
    assert.match(chatNotice, /Harbour Line/, 'the notice names the helpline');
    assert.match(chatNotice, /web address/, 'and the rule that applies');
    assert.doesNotMatch(chatNotice, /digits/, 'not the phone numbers\' rule');
    assert.equal(notices.split('\n').filter((l) => /^Accent colour:/.test(l)).length, 1, 'the accent\'s shade is said once');
    assert.equal((await field('#haven-widgets-exit-safety')).value, '/staying-safe-online/', 'the safety page stays as typed');

    const stored = JSON.parse(await php(`echo json_encode(get_option('haven_widgets_settings'));`));
    assert.equal(stored.helplines[0].description, 'C:\\ back\\slash');
    assert.equal(stored.exit_safety_href, '/staying-safe-online/', 'the safety page is stored relative to the site');
    assert.equal(stored.accent, '#ffff00');

    // The accent as used: a shade that reads at 4.5:1 on the widgets' white, shown beside the field.
    const swatch = await admin.$eval('.haven-widgets-swatch-light', (el) => el.dataset.colour);
    assert.ok(contrast(swatch, '#ffffff') >= 4.5, `the light swatch ${swatch} reads on white`);
    assert.match((await field('#haven-widgets-accent')).described, new RegExp(swatch), 'the swatch describes the field');
    assertOnlySite(admin, { admin: true });

    await t.test('the front end shows the backslashes, the site\'s safety page and the readable accent', async () => {
      const visitor = await newPage();
      try {
        await visitor.goto(post, { waitUntil: 'load' });
        await widgetsReady(visitor);
        const text = await visitor.$eval('haven-helplines', (el) => el.shadowRoot.textContent);
        assert.ok(text.includes('C:\\ back\\slash'), 'the description as typed');
        assert.equal(await visitor.$eval('haven-quick-exit.haven-widgets-site-exit', (el) => el.getAttribute('safety-href')), `${site.url}/staying-safe-online/`);
        const link = await visitor.$eval('haven-helplines', (el) => {
          const a = el.shadowRoot.querySelector('a[href^="tel:"], a');
          return getComputedStyle(a).color;
        });
        assert.ok(contrast(link, '#ffffff') >= 4.5, `the helplines' links (${link}) read on white`);
        assertOnlySite(visitor);
      } finally { await visitor.closeAll(); }
    });

    await t.test('in the editor, an inline Quick exit block says it adds a second button', async () => {
      const id = (await php(`echo url_to_postid(${JSON.stringify(post)});`)).trim();
      await openEditor(admin, id);
      const notice = await admin.evaluate(async () => {
        const block = window.wp.data.select('core/block-editor').getBlocks().find((b) => b.name === 'haven-widgets/quick-exit');
        window.wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
        window.wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
        for (let i = 0; i < 100 && !document.querySelector('.block-editor-block-inspector .components-notice'); i++) await new Promise((r) => setTimeout(r, 100));
        return document.querySelector('.block-editor-block-inspector .components-notice')?.textContent ?? '';
      });
      assert.match(notice, /second button here/);
      assert.doesNotMatch(notice, /left out/);
    });
  } finally {
    await admin.closeAll();
    await php(`update_option('haven_widgets_settings', json_decode(${JSON.stringify(saved)}, true) ?: []);`);
  }
});

test('"Follow the site" follows Twenty Twenty-One\'s own dark mode, turned on in the visitor\'s browser', async () => {
  const before = (await php(`echo get_stylesheet();`)).trim();
  const post = (await php(`echo get_permalink(wp_insert_post(['post_title' => 'Dark mode', 'post_status' => 'publish', 'post_type' => 'post',
    'post_content' => '<!-- wp:haven-widgets/faq /-->']));`, 'admin')).trim();
  await php(`switch_theme('twentytwentyone'); set_theme_mod('respect_user_color_preference', true);`);
  const background = async (visitor) => {
    await visitor.goto(post, { waitUntil: 'load' });
    await widgetsReady(visitor);
    return visitor.$eval('haven-faq', (el) => ({ bg: getComputedStyle(el.shadowRoot.querySelector('.root')).backgroundColor, dark: document.body.classList.contains('is-dark-theme') }));
  };
  const dark = await newPage({ colorScheme: 'dark' });
  const light = await newPage({ colorScheme: 'light' });
  try {
    const d = await background(dark);
    assert.equal(d.dark, true, 'the theme turned its dark mode on');
    assert.ok(contrast(d.bg, '#000000') < 3, `the widget is dark on the dark page (${d.bg})`);
    const l = await background(light);
    assert.equal(l.dark, false);
    assert.ok(contrast(l.bg, '#ffffff') < 1.5, `and light on the light page (${l.bg})`);
    // The settings say what "now" means.
    const admin = await newPage();
    try {
      await login(admin, 'admin');
      await admin.goto(site.url + SETTINGS, { waitUntil: 'domcontentloaded' });
      const label = await admin.$eval('input[name="haven_widgets_settings[theme]"][value="site"]', (el) => el.closest('label').textContent);
      assert.match(label, /dark mode/);
    } finally { await admin.closeAll(); }
  } finally {
    await dark.closeAll();
    await light.closeAll();
    await php(`remove_theme_mod('respect_user_color_preference'); switch_theme(${JSON.stringify(before)});`);
  }
});
