// Visitors whose scripts are off (or blocked): the site-wide exit and the Quick exit block
// are working links to their destination, the grounding timer shows its steps as text, and a
// stage table with the default columns has its caption and header row. With scripts on, the
// widgets take that markup over: the link is no longer shown, and the exit still works.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, site, php, newPage, widgetsReady, assertOnlySite, blockComment } from './helpers.mjs';

useSite();

let saved;
let made;
before(async () => {
  saved = (await php(`echo base64_encode(serialize(get_option('haven_widgets_settings', null)));`)).trim();
  const content = [
    blockComment('haven-widgets/quick-exit', { href: `${site.url}/?s=rain` }),
    blockComment('haven-widgets/grounding-timer', { exercise: 'breathing', pattern: 'box' }),
    '[haven_grounding_timer exercise="grounding"]',
    blockComment('haven-widgets/stage-table', { stages: [
      { name: 'Arriving', cells: ['You meet us.', 'Take your time.'] },
      { name: 'Staying', cells: ['You come back.', 'Bring a friend.'] },
    ] }),
  ].join('\n\n');
  made = JSON.parse(await php(`
    $s = get_option('haven_widgets_settings', array());
    $s = is_array($s) ? $s : array();
    $s['exit_enabled'] = true;
    $s['exit_href'] = ${JSON.stringify(`${site.url}/?s=weather`)};
    update_option('haven_widgets_settings', $s);
    $id = wp_insert_post(['post_title' => 'Without scripts', 'post_status' => 'publish', 'post_type' => 'post', 'post_content' => base64_decode('${Buffer.from(content).toString('base64')}')]);
    echo json_encode(['post' => get_permalink($id)]);`, 'admin'));
});
after(async () => {
  // Later test files expect the settings as they were.
  await php(`$v = unserialize(base64_decode('${saved}'));
    if (false === $v || null === $v) { delete_option('haven_widgets_settings'); } else { update_option('haven_widgets_settings', $v); }`);
});

/** Whether an element has a box on screen (not display: none, not in an unslotted light DOM). */
const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';

test('with scripts off, the exits are links to their destination, the timer shows its steps, the stage table its headings', async () => {
  const page = await newPage({ width: 390, height: 844 });
  try {
    await page.setJavaScriptEnabled(false);
    await page.goto(made.post, { waitUntil: 'load' });
    const got = await page.evaluate((visibleSrc) => {
      const isVisible = new Function(`return (${visibleSrc})`)();
      const link = (sel) => {
        const a = document.querySelector(sel);
        return a && { href: a.getAttribute('href'), text: a.textContent.trim(), visible: isVisible(a), size: a.getBoundingClientRect().height };
      };
      const timers = [...document.querySelectorAll('haven-grounding-timer')].map((t) => ({
        steps: [...t.querySelectorAll('ol > li')].map((li) => li.innerText.replace(/\s+/g, ' ').trim()),
        visible: [...t.querySelectorAll('ol > li')].every(isVisible),
      }));
      const table = document.querySelector('haven-stage-table table');
      return {
        siteExit: link('haven-quick-exit.haven-widgets-site-exit > a'),
        blockExit: link('haven-quick-exit:not(.haven-widgets-site-exit) > a'),
        timers,
        caption: table?.caption?.textContent.trim(),
        captionVisible: !!table?.caption && isVisible(table.caption),
        headings: table ? [...table.querySelectorAll('thead th')].map((th) => th.textContent.trim()) : [],
        headingsVisible: !!table && [...table.querySelectorAll('thead th')].every(isVisible),
        defined: !!customElements.get('haven-quick-exit'),
      };
    }, visible.toString());
    assert.equal(got.defined, false, 'no script ran');
    assert.deepEqual(got.siteExit, { href: `${site.url}/?s=weather`, text: 'Leave this site', visible: true, size: got.siteExit?.size });
    assert.ok(got.siteExit.size >= 44, `the site-wide exit's link is at least 44 px tall (${got.siteExit.size})`);
    assert.deepEqual(got.blockExit, { href: `${site.url}/?s=rain`, text: 'Leave this site', visible: true, size: got.blockExit?.size });
    assert.deepEqual(got.timers[0], { steps: ['Breathe in, 4 seconds', 'Hold, 4 seconds', 'Breathe out, 4 seconds', 'Hold, 4 seconds'], visible: true });
    assert.equal(got.timers[1].steps.length, 5);
    assert.match(got.timers[1].steps[0], /^Five things you can see Look around slowly/);
    assert.ok(got.timers[1].visible);
    assert.equal(got.caption, 'Stages of healing');
    assert.ok(got.captionVisible, 'the caption is shown');
    assert.deepEqual(got.headings, ['Healing stage', 'What to expect', 'Support strategies']);
    assert.ok(got.headingsVisible, 'the header row is shown');

    // The site-wide exit's link leaves.
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('haven-quick-exit.haven-widgets-site-exit > a')]);
    assert.equal(page.url(), `${site.url}/?s=weather`);
    assertOnlySite(page);
  } finally {
    await page.closeAll();
  }
});

test('with scripts on, the widgets take that markup over: the links are no longer shown, the exit leaves, nothing warns', async () => {
  const page = await newPage();
  const warnings = [];
  page.on('console', (m) => { if (/^warn/.test(m.type())) warnings.push(m.text()); });
  try {
    await page.goto(made.post, { waitUntil: 'load' });
    await widgetsReady(page);
    const got = await page.evaluate((visibleSrc) => {
      const isVisible = new Function(`return (${visibleSrc})`)();
      return {
        links: [...document.querySelectorAll('haven-quick-exit > a')].map(isVisible),
        buttons: [...document.querySelectorAll('haven-quick-exit')].map((e) => !!e.shadowRoot.querySelector('button')),
        steps: [...document.querySelectorAll('haven-grounding-timer ol')].map(isVisible),
        timers: [...document.querySelectorAll('haven-grounding-timer')].map((t) => t.shadowRoot.textContent.replace(/\s+/g, ' ')),
        table: document.querySelector('haven-stage-table').shadowRoot.textContent.replace(/\s+/g, ' '),
      };
    }, visible.toString());
    assert.deepEqual(got.links, [false, false], 'the fallback links are not shown once the widget runs');
    assert.deepEqual(got.buttons, [true, true], 'each exit shows its own button');
    assert.deepEqual(got.steps, [false, false], 'the timers\' text steps are not shown once the widget runs');
    assert.ok(got.timers.every((t) => /Start/.test(t)), 'each timer shows its own controls');
    for (const t of ['Healing stage', 'What to expect', 'Support strategies', 'Arriving', 'Bring a friend.']) assert.ok(got.table.includes(t), `the stage table shows "${t}"`);
    assert.deepEqual(warnings.filter((w) => w.includes('haven-')), [], 'no widget warns about the markup');

    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('haven-quick-exit:not(.haven-widgets-site-exit) >>> button')]);
    assert.equal(page.url(), `${site.url}/?s=rain`);
    assertOnlySite(page);
  } finally {
    await page.closeAll();
  }
});
