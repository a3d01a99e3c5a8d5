// Shortcodes around the site's own markup, as the library's docs teach it: a classic post's
// [haven_faq] holding <details>, [haven_empathy_prompts] holding prompt lists,
// [haven_stage_table] a <table>, [haven_helplines] helpline lists; on one line and on several
// lines as typed in the classic editor (automatic paragraphs in between). The site's content
// is shown, never the built-in one; content no widget can read is shown as it was written,
// and the console names the shortcode.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, php, newPage, widgetsReady, assertOnlySite } from './helpers.mjs';
import { BUILT_IN_QUESTION } from './fixtures.mjs';

useSite();

async function insert(title, content) {
  return (await php(`
    $id = wp_insert_post(['post_title' => ${JSON.stringify(title)}, 'post_status' => 'publish', 'post_type' => 'post', 'post_content' => base64_decode('${Buffer.from(content).toString('base64')}')]);
    echo get_permalink($id);`, 'admin')).trim();
}

/** Opens a post; its console warnings are in page.warnings. */
async function open(url, { ready = true } = {}) {
  const page = await newPage();
  page.warnings = [];
  page.on('console', (m) => { if (/^warn/.test(m.type())) page.warnings.push(m.text()); });
  await page.goto(url, { waitUntil: 'load' });
  if (ready) await widgetsReady(page);
  return page;
}

/** What a widget shows (its shadow root's text) and holds (its light DOM), by tag. */
const shown = (page, tag) => page.$eval(tag, (el) => ({
  shadow: el.shadowRoot?.textContent.replace(/\s+/g, ' ') ?? '',
  parent: el.parentElement.localName,
  children: [...el.children].map((c) => c.localName),
}));

const FAQ_ONE_LINE = `Our group's own questions.

[haven_faq]<details><summary>Do I have to give my real name?</summary><p>No.</p></details>[/haven_faq]

After the questions.`;

const FAQ_LINES = `Our group's own questions.

[haven_faq]
<details>
<summary>Do I have to give my real name?</summary>
No. Use any name you like.

You can change it later, too.
</details>
<details>
<summary>Is there parking at the hall?</summary>
Yes, behind the library.
</details>
[/haven_faq]

After the questions.`;

for (const [how, content, questions] of [
  ['on one line', FAQ_ONE_LINE, ['Do I have to give my real name?']],
  ['on several lines', FAQ_LINES, ['Do I have to give my real name?', 'Is there parking at the hall?']],
]) {
  test(`[haven_faq] around the site's own <details>, ${how}, shows the site's questions, not the built-in ones`, async () => {
    const page = await open(await insert(`FAQ markup ${how}`, content));
    try {
      const faq = await shown(page, 'haven-faq');
      for (const q of questions) assert.ok(faq.shadow.includes(q), `shows "${q}"`);
      assert.ok(!faq.shadow.includes(BUILT_IN_QUESTION), 'no built-in question');
      assert.deepEqual(faq.children, questions.map(() => 'details'), 'the <details> are the widget\'s own children, no paragraphs or line breaks between them');
      assert.notEqual(faq.parent, 'p');
      if (questions.length > 1) {
        // The first answer's two paragraphs stay inside its question.
        const answer = await page.$eval('haven-faq details', (d) => [...d.querySelectorAll('p')].map((p) => p.textContent.trim()));
        assert.deepEqual(answer, ['No. Use any name you like.', 'You can change it later, too.']);
      }
      assert.deepEqual(page.warnings.filter((w) => w.includes('haven-')), [], 'no warning');
      assertOnlySite(page);
    } finally {
      await page.closeAll();
    }
  });
}

test('[haven_empathy_prompts], [haven_stage_table] and [haven_helplines] around their widgets\' markup show the site\'s content', async () => {
  const url = await insert('Markup shortcodes', `Prompts, stages and helplines of our own.

[haven_empathy_prompts]
<ul data-category="ask">
<li>Would a cup of tea help?</li>
<li>Shall I just listen for a while?</li>
</ul>
[/haven_empathy_prompts]

[haven_stage_table]
<table>
<caption>Our group stages</caption>
<thead><tr><th>Stage</th><th>What happens</th></tr></thead>
<tbody>
<tr><th>Arriving</th><td>You meet us.</td></tr>
<tr><th>Staying</th><td>You come back.</td></tr>
</tbody>
</table>
[/haven_stage_table]

[haven_helplines]
<h3>Wessex</h3>
<ul>
<li><strong>Harbour Line</strong> <a href="tel:08001234567">0800 123 4567</a></li>
</ul>
[/haven_helplines]

[haven_empathy_prompts]<ul data-category="validate"><li>That sounds really hard.</li></ul>[/haven_empathy_prompts]`);
  const page = await open(url);
  try {
    const prompts = await shown(page, 'haven-empathy-prompts');
    // The widget shows one prompt at a time, from the site's list.
    assert.ok(['Would a cup of tea help?', 'Shall I just listen for a while?'].some((p) => prompts.shadow.includes(p)), `the site's prompt: ${prompts.shadow}`);
    assert.ok(!prompts.shadow.includes('How are you feeling right now?'), 'no built-in prompt');
    assert.deepEqual(prompts.children, ['ul']);
    const oneLine = await page.$$eval('haven-empathy-prompts', (els) => els[1].shadowRoot.textContent);
    assert.ok(oneLine.includes('That sounds really hard.'), 'the one-line prompt list');

    const table = await shown(page, 'haven-stage-table');
    for (const t of ['Our group stages', 'What happens', 'Arriving', 'Staying']) assert.ok(table.shadow.includes(t), `the stage table shows "${t}"`);
    assert.ok(!table.shadow.includes('Recognition'), 'no built-in stage');
    assert.deepEqual(table.children, ['table']);

    const lines = await shown(page, 'haven-helplines');
    assert.ok(lines.shadow.includes('Harbour Line') && lines.shadow.includes('Wessex'), `the site's helpline: ${lines.shadow}`);
    assert.deepEqual(lines.children, ['h3', 'ul']);
    assert.deepEqual(page.warnings.filter((w) => w.includes('haven-')), [], 'no warning');
    assertOnlySite(page);
  } finally {
    await page.closeAll();
  }
});

test('a shortcode holding nothing its widget can read shows it as written, and the console names the shortcode', async () => {
  const url = await insert('Unreadable shortcodes', `Before.

[haven_faq]
Just some words about our group.

And a second paragraph.
[/haven_faq]

[haven_empathy_prompts]<ul><li>A prompt without its kind</li></ul>[/haven_empathy_prompts]

[haven_stage_table]<p>Our stages are on the next page.</p>[/haven_stage_table]

[haven_helplines]
<ul>
<li>Call us any time</li>
</ul>
[/haven_helplines]

After.`);
  const page = await open(url, { ready: false });
  try {
    await page.waitForFunction(() => document.readyState === 'complete');
    const text = await page.evaluate(() => document.querySelector('.entry-content, .wp-block-post-content, main').innerText);
    for (const t of ['Just some words about our group.', 'And a second paragraph.', 'A prompt without its kind', 'Our stages are on the next page.', 'Call us any time']) {
      assert.ok(text.includes(t), `"${t}" is shown as written`);
    }
    const widgets = await page.$$eval('haven-faq, haven-empathy-prompts, haven-stage-table, haven-helplines', (els) => els.map((e) => e.localName));
    assert.deepEqual(widgets, [], 'no widget shows its built-in content in their place');
    assert.ok(!text.includes(BUILT_IN_QUESTION));
    for (const tag of ['haven_faq', 'haven_empathy_prompts', 'haven_stage_table', 'haven_helplines']) {
      assert.ok(page.warnings.some((w) => w.includes(`[${tag}]`)), `a console warning names [${tag}]: ${page.warnings.join(' | ')}`);
    }
    assertOnlySite(page);
  } finally {
    await page.closeAll();
  }
});

test('a shortcode whose item shortcodes are all unusable shows what it holds, not the built-in content', async () => {
  const page = await open(await insert('Unusable items', `[haven_faq]
[haven_question]An answer with no question.[/haven_question]
[/haven_faq]`), { ready: false });
  try {
    const text = await page.evaluate(() => document.body.innerText);
    assert.ok(text.includes('An answer with no question.'), 'what it holds is shown');
    assert.ok(!text.includes('[haven_question'), 'without the item shortcodes\' brackets');
    assert.equal(await page.$('haven-faq'), null, 'no FAQ with built-in questions');
    assert.ok(page.warnings.some((w) => w.includes('[haven_faq]')), 'the console names [haven_faq]');
  } finally {
    await page.closeAll();
  }
});
