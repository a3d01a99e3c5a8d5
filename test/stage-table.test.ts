import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/stage-table/index.js';
import '../src/components/provider/index.js';
import type { HavenStageSelectDetail, HavenStageTable } from '../src/components/stage-table/index.js';
import type { HavenProvider } from '../src/components/provider/index.js';
import { stageTable as english } from '../src/locales/en/stage-table.js';
import { captureWarnings, collect, deepActiveElement } from './helpers.js';

const $ = (el: HavenStageTable, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: HavenStageTable, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const words = (n: Element | null | undefined) => n?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const headings = (el: HavenStageTable) => $$(el, 'thead th').map(words);
const names = (el: HavenStageTable) => $$(el, 'tbody th > span:first-child').map(words);
/** The text of each body row's data cells, without the card labels. */
const cells = (el: HavenStageTable) =>
  $$(el, 'tbody tr').map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => {
      const copy = td.cloneNode(true) as Element;
      copy.querySelector('.label')?.remove();
      return words(copy);
    }),
  );
const radios = (el: HavenStageTable) => $$(el, 'input[type="radio"]') as HTMLInputElement[];
const currentRows = (el: HavenStageTable) => $$(el, 'tbody tr[aria-current]');
const visible = (n: Element | null) => !!n && getComputedStyle(n).display !== 'none' && (n as HTMLElement).offsetWidth > 1;

let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => (warnings = captureWarnings()));
afterEach(() => warnings.restore());

describe('<haven-stage-table> defaults and table semantics', () => {
  it('renders the guide’s table: caption, column headers, row headers and cells', async () => {
    const el = await fixture<HavenStageTable>(html`<haven-stage-table></haven-stage-table>`);
    const table = $(el, 'table')!;
    expect(words(table.querySelector('caption'))).to.equal('Stages of healing');
    // Named by its own <caption>, in the card layout too; aria-labelledby on top made
    // Chromium read the caption twice, as name and as description.
    expect((table as HTMLTableElement).caption).to.equal(table.querySelector('caption'));
    expect(table.hasAttribute('aria-labelledby')).to.be.false;
    expect(headings(el)).to.deep.equal(['Healing stage', 'What to expect', 'Support strategies']);
    expect($$(el, 'thead th').every((th) => th.getAttribute('scope') === 'col')).to.be.true;
    expect(names(el)).to.deep.equal(['Recognition', 'Acceptance', 'Recovery']);
    expect($$(el, 'tbody th').every((th) => th.getAttribute('scope') === 'row')).to.be.true;
    const rows = cells(el);
    expect(rows[0]![0]).to.contain('Awareness of patterns');
    expect(rows[0]![1]).to.contain('Education and validation');
    expect(rows[1]![0]).to.contain('Processing emotions');
    expect(rows[1]![1]).to.contain('Therapy and support groups');
    expect(rows[2]![0]).to.contain('Rebuilding identity');
    expect(rows[2]![1]).to.contain('Self-care and boundaries');
    // The guide's words lead each cell; the project's own sentence follows as a second paragraph.
    expect([...$$(el, 'tbody td')[0]!.querySelectorAll('p')].map(words)).to.deep.equal([
      'Awareness of patterns',
      'You begin to see what happened, and how it has affected you.',
    ]);
    expect(currentRows(el)).to.have.length(0);
    expect($(el, '.note')).to.be.null;
    expect(radios(el)).to.have.length(0);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('gives every table element its explicit ARIA role, so a card layout cannot drop them', async () => {
    const el = await fixture<HavenStageTable>(html`<haven-stage-table selectable></haven-stage-table>`);
    const roles: Record<string, string> = { table: 'table', thead: 'rowgroup', tbody: 'rowgroup', tr: 'row', td: 'cell' };
    for (const [tag, role] of Object.entries(roles)) {
      const all = $$(el, tag);
      expect(all.length, tag).to.be.greaterThan(0);
      for (const node of all) expect(node.getAttribute('role'), tag).to.equal(role);
    }
    expect($$(el, 'thead th').map((th) => th.getAttribute('role'))).to.deep.equal(Array(4).fill('columnheader'));
    expect($$(el, 'tbody th').map((th) => th.getAttribute('role'))).to.deep.equal(Array(3).fill('rowheader'));
  });

  it('is accessible (axe) wide and narrow, plain, current, selectable and with the note', async () => {
    for (const width of ['900px', '320px']) {
      const wrap = await fixture<HTMLDivElement>(html`<div style="inline-size:${width}">
        <haven-stage-table></haven-stage-table>
        <haven-stage-table selectable current="recovery" note></haven-stage-table>
      </div>`);
      for (const el of wrap.querySelectorAll('haven-stage-table')) await expect(el).to.be.accessible();
    }
  });

  it('takes the theme class', async () => {
    const el = await fixture<HavenStageTable>(html`<haven-stage-table theme="dark"></haven-stage-table>`);
    expect($(el, '.root')!.classList.contains('theme-dark')).to.be.true;
  });
});

describe('<haven-stage-table> narrow containers', () => {
  it('stacks each stage as a card in a narrow container, by container query and not the viewport', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <div style="inline-size:900px"><haven-stage-table class="wide" selectable></haven-stage-table></div>
      <div style="inline-size:320px"><haven-stage-table class="narrow" selectable></haven-stage-table></div>
    </div>`);
    const wide = wrap.querySelector<HavenStageTable>('.wide')!;
    const narrow = wrap.querySelector<HavenStageTable>('.narrow')!;
    // Same viewport, two layouts: only the container's width decides.
    expect(getComputedStyle($(wide, 'tbody tr')!).display).to.equal('table-row');
    expect(getComputedStyle($(narrow, 'tbody tr')!).display).to.equal('block');
    expect(visible($(wide, '.label'))).to.be.false;
    expect(visible($(wide, 'thead'))).to.be.true;

    // Narrow: each card shows its column headings beside the cells, hidden from screen
    // readers (the column headers already name the cells) ...
    const labels = $$(narrow, 'tbody tr:first-child .label');
    expect(labels.map(words)).to.deep.equal(['What to expect', 'Support strategies']);
    expect(labels.every(visible)).to.be.true;
    expect(labels.every((l) => l.getAttribute('aria-hidden') === 'true')).to.be.true;
    // ... while the header row stays in the accessibility tree, only visually hidden.
    const thead = $(narrow, 'thead')!;
    expect(getComputedStyle(thead).display).not.to.equal('none');
    expect(getComputedStyle(thead).visibility).to.equal('visible');
    expect(thead.getBoundingClientRect().width).to.be.at.most(1);
    expect($$(narrow, 'thead th').every((th) => th.getAttribute('role') === 'columnheader')).to.be.true;
    // Cards sit one under another, not side by side.
    const [a, b] = $$(narrow, 'tbody tr').map((tr) => tr.getBoundingClientRect());
    expect(b!.top).to.be.at.least(a!.bottom);
    expect(a!.width).to.be.at.most(320);
  });

  it('switches layout when its container is resized', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="inline-size:900px"><haven-stage-table></haven-stage-table></div>`);
    const el = wrap.querySelector<HavenStageTable>('haven-stage-table')!;
    expect(getComputedStyle($(el, 'tbody tr')!).display).to.equal('table-row');
    wrap.style.inlineSize = '300px';
    expect(getComputedStyle($(el, 'tbody tr')!).display).to.equal('block');
  });
});

describe('<haven-stage-table> current, selectable and note', () => {
  it('marks the current stage with aria-current and a visible text marker', async () => {
    const el = await fixture<HavenStageTable>(html`<haven-stage-table current="acceptance"></haven-stage-table>`);
    const rows = currentRows(el);
    expect(rows).to.have.length(1);
    expect(rows[0]!.getAttribute('aria-current')).to.equal('true');
    expect(rows[0]!.getAttribute('part')).to.equal('row current');
    const marker = rows[0]!.querySelector('th .marker')!;
    expect(words(rows[0]!.querySelector('th'))).to.equal('Acceptance You are here');
    expect(visible(marker)).to.be.true;
    // Not colour alone: a border on the stage's leading edge as well as the words.
    expect(getComputedStyle(rows[0]!.querySelector('th')!).borderLeftWidth).to.equal('4px');
    el.current = 'recovery';
    await el.updateComplete;
    expect(currentRows(el).map((r) => words(r.querySelector('th span')))).to.deep.equal(['Recovery']);
    expect($$(el, '.marker')).to.have.length(1);
  });

  it('puts the current stage’s edge on the inline start in right-to-left locales', async () => {
    const el = await fixture<HavenStageTable>(html`<haven-stage-table locale="ar" current="recognition"></haven-stage-table>`);
    expect($(el, '.root')!.getAttribute('dir')).to.equal('rtl');
    const th = currentRows(el)[0]!.querySelector('th')!;
    expect(getComputedStyle(th).borderRightWidth).to.equal('4px');
    expect(getComputedStyle(th).borderLeftWidth).to.equal('0px');
  });

  it('warns when current names no stage, and marks none', async () => {
    const el = await fixture<HavenStageTable>(html`<haven-stage-table current="denial"></haven-stage-table>`);
    el.requestUpdate();
    await el.updateComplete;
    expect(currentRows(el)).to.have.length(0);
    const w = warnings.messages.filter((m) => m.includes('<haven-stage-table> current'));
    expect(w).to.have.length(1);
    expect(w[0]).to.contain('"denial"');
  });

  it('adds a "This is where I am" radio per stage, named by the stage', async () => {
    const el = await fixture<HavenStageTable>(html`<haven-stage-table selectable current="recovery"></haven-stage-table>`);
    expect(headings(el)).to.deep.equal([...english.columns, 'Where I am']);
    const group = radios(el);
    expect(group).to.have.length(3);
    expect(group.map((r) => r.checked)).to.deep.equal([false, false, true]);
    expect(new Set(group.map((r) => r.name)).size).to.equal(1);
    const name = (r: HTMLInputElement) =>
      r.getAttribute('aria-labelledby')!.split(' ').map((id) => words(el.shadowRoot!.getElementById(id))).join(' ');
    expect(group.map(name)).to.deep.equal([
      'Recognition This is where I am',
      'Acceptance This is where I am',
      'Recovery This is where I am',
    ]);
    // The whole label is the touch target, at least 44 px high.
    expect(group[0]!.closest('label')!.getBoundingClientRect().height).to.be.at.least(44);
  });

  it('fires haven-stage-select and moves the marker when a visitor clicks a stage', async () => {
    const el = await fixture<HavenStageTable>(html`<haven-stage-table selectable></haven-stage-table>`);
    const label = radios(el)[1]!.closest('label')!;
    setTimeout(() => label.click());
    const event = await oneEvent(el, 'haven-stage-select');
    expect(event.detail).to.deep.equal({ id: 'acceptance', name: 'Acceptance' });
    expect(event.bubbles && event.composed).to.be.true;
    await el.updateComplete;
    expect(el.current).to.equal('acceptance');
    expect(currentRows(el).map((r) => words(r.querySelector('th span')))).to.deep.equal(['Acceptance']);
    await expect(el).to.be.accessible();
  });

  it('works from the keyboard: Space picks, arrow keys move and pick (a radio group)', async () => {
    const el = await fixture<HavenStageTable>(html`<haven-stage-table selectable></haven-stage-table>`);
    const events = collect<HavenStageSelectDetail>(el, 'haven-stage-select');
    const group = radios(el);
    group[0]!.focus();
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(deepActiveElement()).to.equal(group[1]);
    expect(group.map((r) => r.checked)).to.deep.equal([false, true, false]);
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(deepActiveElement()).to.equal(group[0]);
    expect(events.map((d) => d.id)).to.deep.equal(['recognition', 'acceptance', 'recognition']);
    expect(el.current).to.equal('recognition');
    expect(currentRows(el)).to.have.length(1);
  });

  it('is one Tab stop: Tab enters the group at the checked stage and leaves it after', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><button>before</button><haven-stage-table selectable current="acceptance"></haven-stage-table><button>after</button></div>`);
    const el = wrap.querySelector<HavenStageTable>('haven-stage-table')!;
    wrap.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(radios(el)[1]);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(wrap.querySelectorAll('button')[1]);
  });

  it('fires no event when the page sets current, and checks the matching radio', async () => {
    const el = await fixture<HavenStageTable>(html`<haven-stage-table selectable></haven-stage-table>`);
    const events = collect(el, 'haven-stage-select');
    el.current = 'recognition';
    await el.updateComplete;
    expect(radios(el).map((r) => r.checked)).to.deep.equal([true, false, false]);
    // After a visitor's pick, the page can still move the mark.
    radios(el)[2]!.click();
    await el.updateComplete;
    el.current = 'acceptance';
    await el.updateComplete;
    expect(radios(el).map((r) => r.checked)).to.deep.equal([false, true, false]);
    expect(events).to.have.length(1);
  });

  it('shows the "healing is not linear" note with note, as the table’s description', async () => {
    const el = await fixture<HavenStageTable>(html`<haven-stage-table note></haven-stage-table>`);
    const note = $(el, '[part="note"]')!;
    expect(words(note)).to.equal(english.note);
    expect(words(note)).to.contain('Healing is not linear');
    expect($(el, 'table')!.getAttribute('aria-describedby')).to.equal(note.id);
    el.note = false;
    await el.updateComplete;
    expect($(el, '[part="note"]')).to.be.null;
    expect($(el, 'table')!.hasAttribute('aria-describedby')).to.be.false;
  });
});

describe('<haven-stage-table> content sources', () => {
  it('takes the stages property first, with extra columns and array rows', async () => {
    const el = await fixture<HavenStageTable>(html`<haven-stage-table
      .columns=${['Stage', 'Expect', 'Help', 'Our group']}
      .stages=${[
        { id: 'one', name: 'First', cells: ['a', 'b', 'Tuesdays'] },
        ['Second', 'c', 'd', 'Thursdays'],
      ]}
    >
      <script type="application/json">[["From JSON", "x", "y"]]</script>
    </haven-stage-table>`);
    expect(headings(el)).to.deep.equal(['Stage', 'Expect', 'Help', 'Our group']);
    expect(names(el)).to.deep.equal(['First', 'Second']);
    expect(cells(el)).to.deep.equal([['a', 'b', 'Tuesdays'], ['c', 'd', 'Thursdays']]);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('reads a child JSON array of stages', async () => {
    const el = await fixture<HavenStageTable>(html`<haven-stage-table current="second">
      <script type="application/json">[{"name":"First","cells":["a","b"]},["Second","c","d"]]</script>
    </haven-stage-table>`);
    expect(names(el)).to.deep.equal(['First', 'Second']);
    expect(headings(el)).to.deep.equal(english.columns);
    expect(currentRows(el)).to.have.length(1);
  });

  it('reads a child JSON table with caption and columns; the caption attribute wins', async () => {
    const el = await fixture<HavenStageTable>(html`<haven-stage-table>
      <script type="application/json">{"caption":"Our stages","columns":["Stage","Notice"],"stages":[["One","Line one\\nLine two"]]}</script>
    </haven-stage-table>`);
    expect(words($(el, 'caption'))).to.equal('Our stages');
    expect(headings(el)).to.deep.equal(['Stage', 'Notice']);
    expect([...$(el, 'tbody td')!.querySelectorAll('p')].map(words)).to.deep.equal(['Line one', 'Line two']);
    el.caption = 'Where are you?';
    await el.updateComplete;
    expect(words($(el, 'caption'))).to.equal('Where are you?');
  });

  it('enhances a light-DOM <table> in place: caption, headings, ids and cell markup kept', async () => {
    const el = await fixture<HavenStageTable>(html`<haven-stage-table current="b">
      <table>
        <caption>Groups at each stage</caption>
        <thead><tr><th>Stage</th><th>What to expect</th><th>Where to start</th></tr></thead>
        <tbody>
          <tr id="a"><th>Recognition</th><td>Awareness of patterns</td><td><a href="https://example.org/read">Reading list</a></td></tr>
          <tr id="b"><td>Acceptance</td><td>Processing emotions</td><td><em>Tuesday</em> circle</td></tr>
        </tbody>
      </table>
    </haven-stage-table>`);
    expect(words($(el, 'caption'))).to.equal('Groups at each stage');
    expect(headings(el)).to.deep.equal(['Stage', 'What to expect', 'Where to start']);
    expect(names(el)).to.deep.equal(['Recognition', 'Acceptance']);
    expect(cells(el)).to.deep.equal([['Awareness of patterns', 'Reading list'], ['Processing emotions', 'Tuesday circle']]);
    expect($(el, 'tbody a[href="https://example.org/read"]')).to.exist;
    expect($(el, 'tbody em')).to.exist;
    expect(words(currentRows(el)[0]!.querySelector('th span'))).to.equal('Acceptance');
    // The site's own table is left as it was, and shows only until the widget upgrades.
    expect(el.querySelector('table caption')).to.exist;
    expect(el.querySelector('table')!.getBoundingClientRect().height).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('takes a first row of <th> as the header row when there is no <thead>', async () => {
    const el = await fixture<HavenStageTable>(html`<haven-stage-table>
      <table><tr><th>Stage</th><th>Notes</th></tr><tr><td>One</td><td>x</td></tr></table>
    </haven-stage-table>`);
    expect(headings(el)).to.deep.equal(['Stage', 'Notes']);
    expect(names(el)).to.deep.equal(['One']);
  });

  it('reads light-DOM content that arrives after upgrade', async () => {
    const el = await fixture<HavenStageTable>(html`<haven-stage-table></haven-stage-table>`);
    expect(names(el)).to.have.length(3);
    el.innerHTML = '<table><tr><th>Late</th><td>a</td><td>b</td></tr></table>';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Late']);
  });

  it('takes content and strings from a provider; its own attributes win', async () => {
    const provider = await fixture<HavenProvider>(html`<haven-provider
      .content=${{ stageTable: { caption: 'Shared', stages: [['Shared stage', 'a', 'b']] } }}
      .strings=${{ stageTable: { current: 'Where you are', select: 'That is me' } }}
    >
      <haven-stage-table selectable current="shared-stage"></haven-stage-table>
      <haven-stage-table caption="Own caption" .stages=${[['Own', 'x', 'y']]}></haven-stage-table>
    </haven-provider>`);
    const [shared, own] = [...provider.querySelectorAll('haven-stage-table')];
    await shared!.updateComplete;
    await own!.updateComplete;
    expect(words($(shared!, 'caption'))).to.equal('Shared');
    expect(names(shared!)).to.deep.equal(['Shared stage']);
    expect(words($(shared!, '.marker'))).to.equal('Where you are');
    expect(words($(shared!, '.pick'))).to.equal('That is me');
    expect(words($(own!, 'caption'))).to.equal('Own caption');
    expect(names(own!)).to.deep.equal(['Own']);
  });

  it('falls back to the built-in stages when no source is given', async () => {
    const el = await fixture<HavenStageTable>(html`<haven-stage-table></haven-stage-table>`);
    expect(names(el)).to.deep.equal(english.stages.map((s) => (s as { name: string }).name));
  });
});

describe('<haven-stage-table> bad input', () => {
  it('warns about stages that are not an array and shows the built-in stages, never a blank widget', async () => {
    const el = await fixture<HavenStageTable>(html`<haven-stage-table .stages=${'nonsense' as never}></haven-stage-table>`);
    expect(names(el)).to.have.length(3);
    expect(warnings.messages.filter((m) => m.includes('<haven-stage-table> stages:'))).to.have.length(1);
  });

  it('leaves out stages without a name and renders the rest', async () => {
    const el = await fixture<HavenStageTable>(html`<haven-stage-table .stages=${[
      ['Good', 'a', 'b'],
      { cells: ['no name'] },
      'not a stage',
      { name: 'Odd cells', cells: ['fine', 42] },
    ] as never}></haven-stage-table>`);
    expect(names(el)).to.deep.equal(['Good', 'Odd cells']);
    expect(cells(el)[1]).to.deep.equal(['fine', '']);
    expect(warnings.messages.some((m) => m.includes('stages[1]') && m.includes('no name'))).to.be.true;
    expect(warnings.messages.some((m) => m.includes('stages[2]'))).to.be.true;
    expect(warnings.messages.some((m) => m.includes('stages[3].cells'))).to.be.true;
  });

  it('leaves out cells beyond the headings, with a warning, and fills short rows', async () => {
    const el = await fixture<HavenStageTable>(html`<haven-stage-table .stages=${[['Wide', 'a', 'b', 'c'], ['Short', 'a']]}></haven-stage-table>`);
    expect(cells(el)).to.deep.equal([['a', 'b'], ['a', '']]);
    expect(warnings.messages.filter((m) => m.includes('stage "Wide"') && m.includes('3 cells for 2 headings'))).to.have.length(1);
  });

  it('warns about bad columns and uses the default headings', async () => {
    const el = await fixture<HavenStageTable>(html`<haven-stage-table .columns=${['Stage', '']}></haven-stage-table>`);
    expect(headings(el)).to.deep.equal(english.columns);
    expect(warnings.messages.some((m) => m.includes('<haven-stage-table> columns:'))).to.be.true;
  });

  it('warns once about malformed JSON and falls back to the light-DOM table', async () => {
    const el = await fixture<HavenStageTable>(html`<haven-stage-table>
      <script type="application/json">[["Broken", oops]]</script>
      <table><tr><th>Fallback</th><td>a</td><td>b</td></tr></table>
    </haven-stage-table>`);
    expect(names(el)).to.deep.equal(['Fallback']);
    el.requestUpdate();
    await el.updateComplete;
    const json = warnings.messages.filter((m) => m.includes('not valid JSON'));
    expect(json).to.have.length(1);
    expect(json[0]).to.contain('<haven-stage-table>');
  });

  it('renames a repeated id, with a warning', async () => {
    const el = await fixture<HavenStageTable>(html`<haven-stage-table current="same-2" .stages=${[
      { id: 'same', name: 'A', cells: [] },
      { id: 'same', name: 'B', cells: [] },
    ]}></haven-stage-table>`);
    expect(words(currentRows(el)[0]!.querySelector('th span'))).to.equal('B');
    expect(warnings.messages.some((m) => m.includes('"same"') && m.includes('"same-2"'))).to.be.true;
  });

  it('warns about an attribute it does not know', async () => {
    await fixture(html`<haven-stage-table selectible></haven-stage-table>`);
    expect(warnings.messages.some((m) => m.includes('<haven-stage-table> selectible'))).to.be.true;
  });

  it('renders hostile HTML in every field as text', async () => {
    (window as unknown as { pwned?: boolean }).pwned = false;
    const payload = '<img src=x onerror="window.pwned=true"><script>window.pwned=true</script>';
    const el = await fixture<HavenStageTable>(html`<haven-stage-table selectable note caption=${payload}
      .columns=${[payload, payload]} .stages=${[{ id: payload, name: payload, cells: [payload] }]}></haven-stage-table>`);
    await new Promise((r) => setTimeout(r, 50));
    expect(el.shadowRoot!.querySelector('img, script')).to.be.null;
    expect(names(el)).to.deep.equal([payload]);
    expect(words($(el, 'caption'))).to.equal(payload);
    expect((window as unknown as { pwned?: boolean }).pwned).to.be.false;
  });

  it('stores nothing: no cookie, no storage, after a visitor picks a stage', async () => {
    const before = [localStorage.length, sessionStorage.length, document.cookie];
    const el = await fixture<HavenStageTable>(html`<haven-stage-table selectable></haven-stage-table>`);
    radios(el)[1]!.click();
    await el.updateComplete;
    expect([localStorage.length, sessionStorage.length, document.cookie]).to.deep.equal(before);
    // A fresh table starts with nothing picked.
    const again = await fixture<HavenStageTable>(html`<haven-stage-table selectable></haven-stage-table>`);
    expect(radios(again).some((r) => r.checked)).to.be.false;
  });
});
