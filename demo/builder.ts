/**
 * The snippet builder: a site writes its own content in a form, sees the real widget change as
 * it types, and copies one snippet (script line and element) to paste into any page or CMS.
 *
 * - Content is checked by the widgets' own parsers (the pure functions in src/components/*),
 *   and their problems are shown in words beside the field they concern.
 * - The element is built with DOM methods, never from typed markup; the snippet is that
 *   element serialised with every text and attribute escaped (snippet.ts). The preview is a
 *   copy of the same element, so what is copied is what is shown working.
 * - Nothing typed leaves the page or is stored: no request, no storage, and the form asks the
 *   browser not to remember its fields (autocomplete="off").
 *
 * `mountBuilder(container)` fills the container; the widgets must be defined by the page.
 */
import { parseItems, paragraphs } from '../src/components/faq/faq-content.js';
import { groupByRegion, parseEmergency, parseHelplines, type Helpline } from '../src/components/helplines/helplines-content.js';
import { CATEGORIES, parsePrompts } from '../src/components/empathy-prompts/prompts-content.js';
import { parseTable } from '../src/components/stage-table/stage-content.js';
import { parseLength, parsePattern } from '../src/components/grounding-timer/patterns.js';
import { checkUrl, parsePlacement } from '../src/components/quick-exit/exit-options.js';
import { stageTable as stageStrings } from '../src/locales/en/stage-table.js';
import type { Problem } from '../src/core/warn.js';
import { widgetOptions } from '../wordpress/src/widget-options.js';
import { copyText } from './copy.js';
import { DEFAULT_PATH, checkScriptPath, cssRule, snippetText, type ScriptSource } from './snippet.js';

export type WidgetName = 'faq' | 'helplines' | 'empathy-prompts' | 'stage-table' | 'grounding-timer' | 'quick-exit';

interface Item {
  uid: string;
  v: Record<string, string>;
}

export interface BuilderState {
  widget: WidgetName;
  lists: Record<string, Item[]>;
  /** Options (attributes) and other single fields, by `<widget>:<name>`; checkboxes hold 'on' or ''. */
  opts: Record<string, string>;
  theme: string;
  lang: string;
  includeTheme: boolean;
  where: 'own' | 'cdn';
  path: string;
  classic: boolean;
}

interface FieldSpec {
  key: string;
  label: string;
  type?: 'text' | 'textarea' | 'tel' | 'url';
  hint?: string;
}

interface ListSpec {
  key: string;
  title: string;
  /** One item's name, as in "Question 2". */
  item: string;
  hint?: string;
  fields: (s: BuilderState) => FieldSpec[];
}

interface OptionSpec {
  name: string;
  label: string;
  kind: 'text' | 'select' | 'checkbox';
  choices?: (s: BuilderState) => [string, string][];
  hint?: string;
  /** A change shows or hides other fields: the form is drawn again. */
  structural?: boolean;
  when?: (s: BuilderState) => boolean;
  /** Content rather than an attribute: the build reads it itself. */
  content?: boolean;
  type?: 'url' | 'tel';
}

/** A problem placed beside a field (`id`), or with the snippet when no field is to blame (''). */
interface FieldProblem {
  id: string;
  message: string;
}

interface WidgetSpec {
  tag: string;
  label: string;
  about: string;
  lists: ListSpec[];
  options: OptionSpec[];
  build(s: BuilderState, el: HTMLElement): FieldProblem[];
}

let counter = 0;
const newItem = (v: Record<string, string> = {}): Item => ({ uid: `i${++counter}`, v });

const fieldId = (list: string, uid: string, key: string) => `b-${list}-${uid}-${key}`;
const optionId = (name: string) => `b-o-${name}`;

/** Items with something typed in them: an untouched new item is not a mistake. */
const filled = (items: Item[]) => items.filter((i) => Object.values(i.v).some((x) => x.trim()));

function h<K extends keyof HTMLElementTagNameMap>(tag: K, props?: Partial<Record<string, string>>, ...children: (Node | string)[]): HTMLElementTagNameMap[K];
function h(tag: string, props?: Partial<Record<string, string>>, ...children: (Node | string)[]): HTMLElement;
function h(tag: string, props: Partial<Record<string, string>> = {}, ...children: (Node | string)[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) if (v !== undefined) el.setAttribute(k, v);
  el.append(...children);
  return el;
}

/**
 * The widget's problems about items of a list (`items[2]`, `helplines[0].phone`), placed beside
 * the field they name: the one in the option path, else the first empty field the message
 * names ("has no answer"), else the item's first field. `items` are those given to the parser.
 */
function placeProblems(problems: Problem[], prefix: string, list: ListSpec, all: Item[], given: Item[], s: BuilderState): FieldProblem[] {
  const keys = list.fields(s).map((f) => f.key);
  return problems.map((p) => {
    const m = new RegExp(`^${prefix.replace(/[.[\]]/g, '\\$&')}\\[(\\d+)\\](?:\\.(\\w+))?`).exec(p.option);
    const item = m ? given[Number(m[1])] : undefined;
    if (!m || !item) return { id: '', message: `${p.option} ${p.message}` };
    const named = m[2] && keys.includes(m[2]) ? m[2] : undefined;
    const mentioned = keys.filter((k) => new RegExp(`\\b${k}\\b`).test(p.message));
    const key = named ?? mentioned.find((k) => !item.v[k]?.trim()) ?? mentioned[0] ?? keys[0]!;
    const label = `${list.item} ${all.indexOf(item) + 1}`;
    return { id: fieldId(list.key, item.uid, key), message: named ? p.message : `${label} ${p.message}` };
  });
}

const optionProblems = (problems: Problem[], ids: Record<string, string>): FieldProblem[] =>
  problems.map((p) => ({ id: ids[p.option] ? optionId(ids[p.option]!) : '', message: p.message }));

const opt = (s: BuilderState, name: string) => (s.opts[`${s.widget}:${name}`] ?? '').trim();

// Each widget's summary and options (labels, hints, controls), generated from the widgets'
// JSDoc and shared with the WordPress editor; the builder is in English, so words pass as they are.
const WIDGET_OPTIONS = widgetOptions((words) => words);

/**
 * A widget's options as the builder's fields. A choice equal to the widget's default is ''
 * (no attribute is written). `more` adds what only the builder knows about a field (shown
 * only with another choice, content rather than an attribute, a control of the widget's own);
 * `after` adds a field of the builder's own after one of the widget's.
 */
function optionsOf(widget: WidgetName, more: Record<string, Partial<OptionSpec>> = {}, after: Record<string, OptionSpec> = {}): OptionSpec[] {
  return WIDGET_OPTIONS[widget].options
    .filter((o) => o.editors.includes('builder'))
    .flatMap((o) => {
      const choices = o.choices?.map(([v, words]): [string, string] => (v === o.default ? ['', `${words} (the default)`] : [String(v), words]));
      const field: OptionSpec = {
        name: o.attribute,
        label: o.label,
        kind: o.control === 'toggle' ? 'checkbox' : choices ? 'select' : 'text',
        ...(choices ? { choices: () => choices } : {}),
        ...(o.hint ? { hint: o.hint } : {}),
        ...(o.control === 'url' || o.control === 'tel' ? { type: o.control } : {}),
        ...more[o.attribute],
      };
      return after[o.attribute] ? [field, after[o.attribute]!] : [field];
    });
}

// ---------------------------------------------------------------------------------------------
// The widgets

const faqList: ListSpec = {
  key: 'faq',
  title: 'Questions and answers',
  item: 'Question',
  hint: 'With none, the widget shows five built-in questions from the peer-support guide.',
  fields: () => [
    { key: 'question', label: 'Question' },
    { key: 'answer', label: 'Answer', type: 'textarea', hint: 'Plain text. A blank line starts a new paragraph.' },
  ],
};

const helplineList: ListSpec = {
  key: 'helplines',
  title: 'Helplines',
  item: 'Helpline',
  hint: 'Check every number yourself before you publish it. Lines with a region are grouped under it; lines without one come first.',
  fields: () => [
    { key: 'name', label: 'Name' },
    { key: 'description', label: 'What it is for', hint: 'Optional. “Free, confidential support, for anyone.”' },
    { key: 'phone', label: 'Number to call', type: 'tel', hint: 'Written as people read it: 0808 2000 247.' },
    { key: 'sms', label: 'Number to text', type: 'tel' },
    { key: 'keyword', label: 'Word to text', hint: 'Only with a number to text: “Text START to 88788”.' },
    { key: 'chat', label: 'Chat link', type: 'url', hint: 'A full address, starting with https://.' },
    { key: 'web', label: 'Website', type: 'url', hint: 'A full address, starting with https://.' },
    { key: 'hours', label: 'Hours', hint: '“24 hours, every day”.' },
    { key: 'languages', label: 'Languages', hint: 'Separated by commas: English, Welsh.' },
    { key: 'region', label: 'Region', hint: 'Optional: United Kingdom, Scotland, Online.' },
  ],
};

const CATEGORY_TITLES: Record<string, string> = {
  reflect: 'Reflect: saying back what you heard',
  ask: 'Ask: open questions',
  validate: 'Validate: phrases that accept',
  boundaries: 'Boundaries: kind limits',
};
const promptLists: ListSpec[] = CATEGORIES.map((c) => ({
  key: c,
  title: CATEGORY_TITLES[c]!,
  item: 'Prompt',
  fields: () => [{ key: 'text', label: 'Prompt', hint: 'Two or more underscores (___) leave a blank for a feeling word.' }],
}));

const columnList: ListSpec = {
  key: 'columns',
  title: 'Column headings',
  item: 'Heading',
  hint: `The first is over the stage names. With none, the widget's own (${stageStrings.columns.join(', ')}, in its language).`,
  fields: () => [{ key: 'heading', label: 'Heading' }],
};

/** How many cells a stage has: one per heading after the first, else the built-in two. */
const cellCount = (s: BuilderState) => Math.max(1, (s.lists.columns!.length || stageStrings.columns.length) - 1);
const columnName = (s: BuilderState, i: number) =>
  s.lists.columns!.length ? s.lists.columns![i]?.v.heading?.trim() || `Column ${i + 1}` : stageStrings.columns[i]!;

const stageList: ListSpec = {
  key: 'stages',
  title: 'Stages',
  item: 'Stage',
  hint: 'With none, the widget shows the guide’s three stages.',
  fields: (s) => [
    { key: 'name', label: columnName(s, 0) },
    ...Array.from({ length: cellCount(s) }, (_, i) => ({ key: `cell${i}`, label: columnName(s, i + 1), type: 'textarea' as const, hint: i ? undefined : 'Each line becomes a line of its own.' })),
  ],
};

const SPECS: Record<WidgetName, WidgetSpec> = {
  faq: {
    tag: 'haven-faq',
    label: 'FAQ',
    about: WIDGET_OPTIONS.faq.summary,
    lists: [faqList],
    options: optionsOf('faq'),
    build(s, el) {
      const all = s.lists.faq!;
      const given = filled(all);
      const parsed = parseItems(given.map((i) => ({ question: i.v.question ?? '', answer: i.v.answer ?? '' })), 'items');
      for (const item of parsed.value) {
        el.append(h('details', {}, h('summary', {}, item.question), ...paragraphs(item.answer).map((p) => h('p', {}, p))));
      }
      return placeProblems(parsed.problems, 'items', faqList, all, given, s);
    },
  },
  helplines: {
    tag: 'haven-helplines',
    label: 'Helplines',
    about: WIDGET_OPTIONS.helplines.summary,
    lists: [helplineList],
    options: optionsOf('helplines'),
    build(s, el) {
      const all = s.lists.helplines!;
      const given = filled(all);
      const keys = helplineList.fields(s).map((f) => f.key);
      const parsed = parseHelplines(given.map((i) => Object.fromEntries(keys.map((k) => [k, i.v[k] ?? '']))), 'helplines');
      const problems = placeProblems(parsed.problems, 'helplines', helplineList, all, given, s);
      // The markup carries a keyword on its text link; without a number to text, there is none.
      for (const item of given) {
        if (item.v.keyword?.trim() && !item.v.sms?.trim()) {
          problems.push({ id: fieldId('helplines', item.uid, 'keyword'), message: 'A word to text needs a number to text it to; it is left out.' });
        }
      }
      const level = opt(s, 'heading-level') || '3';
      // Markup names a region by the heading before a list, so lines without one come first.
      const groups = groupByRegion(parsed.value).sort((a, b) => Number(!!a.region) - Number(!!b.region));
      for (const { region, lines } of groups) {
        if (region) el.append(h(`h${level}`, {}, region));
        el.append(h('ul', {}, ...lines.map(helplineItem)));
      }
      const emergency = opt(s, 'emergency-number');
      problems.push(...optionProblems(parseEmergency(emergency, undefined).problems, { 'emergency-number': 'emergency-number' }));
      return problems;
    },
  },
  'empathy-prompts': {
    tag: 'haven-empathy-prompts',
    label: 'Empathy prompts',
    about: WIDGET_OPTIONS['empathy-prompts'].summary,
    lists: promptLists,
    options: optionsOf('empathy-prompts'),
    build(s, el) {
      const given = CATEGORIES.flatMap((c) => filled(s.lists[c]!).map((item) => ({ item, c })));
      const parsed = parsePrompts(given.map(({ item, c }) => ({ category: c, text: item.v.text ?? '' })), 'prompts');
      for (const c of CATEGORIES) {
        if (parsed.value[c].length) el.append(h('ul', { 'data-category': c }, ...parsed.value[c].map((t) => h('li', {}, t))));
      }
      return parsed.problems.map((p) => {
        const at = /\[(\d+)\]/.exec(p.option);
        const hit = at ? given[Number(at[1])] : undefined;
        return hit ? { id: fieldId(hit.c, hit.item.uid, 'text'), message: p.message } : { id: '', message: `${p.option} ${p.message}` };
      });
    },
  },
  'stage-table': {
    tag: 'haven-stage-table',
    label: 'Healing stages table',
    about: WIDGET_OPTIONS['stage-table'].summary,
    lists: [columnList, stageList],
    options: optionsOf('stage-table', {
      // The caption goes into the table the builder writes.
      caption: { content: true },
      current: { kind: 'select', choices: (s) => [['', 'None'], ...currentChoices(s)] },
    }),
    build(s, el) {
      const { parsed, given, columnsGiven } = stageInput(s);
      const problems = placeProblems(parsed.problems.filter((p) => p.option !== 'table.columns'), 'table.stages', stageList, s.lists.stages!, given, s);
      if (parsed.problems.some((p) => p.option === 'table.columns')) {
        const empty = s.lists.columns!.find((c) => !c.v.heading?.trim());
        problems.push({ id: empty ? fieldId('columns', empty.uid, 'heading') : '', message: 'Every column needs a heading; until then the built-in headings are used.' });
      }
      const { caption, columns, stages } = parsed.value;
      if (stages.length) {
        const table = h('table');
        if (caption) table.append(h('caption', {}, caption));
        if (columns && columnsGiven) table.append(h('thead', {}, h('tr', {}, ...columns.map((c) => h('th', {}, c)))));
        table.append(h('tbody', {}, ...stages.map((st) => h('tr', {}, h('th', {}, st.name), ...Array.from({ length: cellCount(s) }, (_, i) => cell(st.cells[i] ?? ''))))));
        el.append(table);
      } else if (caption) {
        el.setAttribute('caption', caption);
      }
      return problems;
    },
  },
  'grounding-timer': {
    tag: 'haven-grounding-timer',
    label: 'Breathing and grounding timer',
    about: WIDGET_OPTIONS['grounding-timer'].summary,
    lists: [],
    options: optionsOf(
      'grounding-timer',
      {
        exercise: { structural: true },
        // The named patterns, or seconds of the site's own in the field after it.
        pattern: {
          kind: 'select',
          choices: () => [['', 'The visitor chooses (the default)'], ['relaxed', 'Relaxed: 5 in, 5 out'], ['box', 'Box: 4, 4, 4, 4'], ['4-7-8', '4-7-8'], ['resonant', 'Resonant: 5.5 in, 5.5 out'], ['own', 'My own seconds']],
          hint: undefined,
          structural: true,
          when: (s) => opt(s, 'exercise') !== 'grounding',
        },
        rounds: { when: (s) => opt(s, 'exercise') !== 'grounding' },
        minutes: { when: (s) => opt(s, 'exercise') !== 'grounding' },
        'keep-running-hidden': { when: (s) => opt(s, 'exercise') !== 'grounding' },
      },
      {
        pattern: { name: 'seconds', label: 'Your own seconds', kind: 'text', content: true, hint: 'Two to four numbers: in, out; in, hold, out; or in, hold, out, hold (4 2 6).', when: (s) => opt(s, 'pattern') === 'own' && opt(s, 'exercise') !== 'grounding' },
      },
    ),
    build(s, el) {
      const problems: FieldProblem[] = [];
      if (opt(s, 'exercise') === 'grounding') {
        for (const name of ['pattern', 'rounds', 'minutes', 'keep-running-hidden']) el.removeAttribute(name);
        return problems;
      }
      const pattern = opt(s, 'pattern');
      const value = pattern === 'own' ? opt(s, 'seconds') : pattern;
      el.removeAttribute('pattern');
      if (pattern === 'own' && !value) problems.push({ id: optionId('seconds'), message: 'Give two to four numbers of seconds, such as 4 2 6; until then the visitor chooses.' });
      else if (value) el.setAttribute('pattern', value);
      const phases = parsePattern(value || 'relaxed');
      problems.push(...optionProblems(phases.problems, { pattern: 'seconds' }));
      const cycle = phases.value.reduce((sum, p) => sum + p.ms, 0);
      const rounds = opt(s, 'rounds');
      const minutes = opt(s, 'minutes');
      if (rounds || minutes) {
        problems.push(...optionProblems(parseLength(rounds || undefined, minutes || undefined, cycle).problems, { rounds: 'rounds', minutes: 'minutes' }));
      }
      return problems;
    },
  },
  'quick-exit': {
    tag: 'haven-quick-exit',
    label: 'Quick exit',
    about: WIDGET_OPTIONS['quick-exit'].summary,
    lists: [],
    options: optionsOf('quick-exit'),
    build(s) {
      return [
        ...optionProblems(parsePlacement(opt(s, 'placement') || undefined).problems, { placement: 'placement' }),
        ...optionProblems(checkUrl(opt(s, 'href'), 'href', true, 'leaving to https://www.wikipedia.org/ instead').problems, { href: 'href' }),
        ...optionProblems(checkUrl(opt(s, 'open-also'), 'open-also', true, 'no second page is opened').problems, { 'open-also': 'open-also' }),
        ...optionProblems(checkUrl(opt(s, 'safety-href'), 'safety-href', false, 'the link is left out').problems, { 'safety-href': 'safety-href' }),
      ];
    },
  },
};

function stageInput(s: BuilderState) {
  const given = filled(s.lists.stages!);
  const columns = s.lists.columns!.map((c) => c.v.heading ?? '');
  const columnsGiven = columns.some((c) => c.trim());
  const n = cellCount(s);
  const parsed = parseTable(
    {
      caption: opt({ ...s, widget: 'stage-table' }, 'caption'),
      ...(columnsGiven ? { columns } : {}),
      stages: given.map((i) => ({ name: i.v.name ?? '', cells: Array.from({ length: n }, (_, k) => i.v[`cell${k}`] ?? '') })),
    },
    'table',
  );
  return { parsed, given, columnsGiven };
}

/** A cell: its lines as paragraphs, as the widget shows a cell's lines from JSON. */
function cell(text: string): HTMLTableCellElement {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.length > 1 ? h('td', {}, ...lines.map((l) => h('p', {}, l))) : h('td', {}, lines[0] ?? '');
}

/** The stages as the widget names them (ids from their names), for `current`. */
const currentChoices = (s: BuilderState): [string, string][] => stageInput(s).parsed.value.stages.map((st) => [st.id, st.name]);

function helplineItem(line: Helpline): HTMLLIElement {
  const li = h('li', {}, h('strong', {}, line.name));
  if (line.description) li.append(h('span', { 'data-description': '' }, line.description));
  if (line.phone) li.append(h('a', { href: line.phone.href }, line.phone.shown));
  if (line.sms) {
    li.append(
      line.keyword
        ? h('a', { href: line.sms.href, 'data-keyword': line.keyword }, `Text ${line.keyword} to ${line.sms.shown}`)
        : h('a', { href: line.sms.href }, line.sms.shown),
    );
  }
  if (line.chat) li.append(h('a', { href: line.chat, 'data-chat': '' }, 'Chat online'));
  if (line.web) li.append(h('a', { href: line.web }, 'Website'));
  if (line.hours) li.append(h('span', { 'data-hours': '' }, line.hours));
  if (line.languages.length) li.append(h('span', { 'data-languages': '' }, line.languages.join(', ')));
  return li;
}

// ---------------------------------------------------------------------------------------------
// The page

export const LANGUAGES: [string, string][] = [
  ['', 'The page’s own (the default)'],
  ['en', 'English'],
  ['es', 'Español'],
  ['fr', 'Français'],
  ['de', 'Deutsch'],
  ['pt', 'Português'],
  ['ar', 'العربية'],
];

export interface BuilderOptions {
  /** The theme editor's changed custom properties, `[['--haven-color-accent', '#6b3fa0'], …]`. */
  themeTokens?: () => [string, string][];
}

export interface Builder {
  state: BuilderState;
  /** Builds the element, the preview, the snippet and the problems again (after the theme editor changed, say). */
  refresh(): void;
  /** The snippet as shown in the snippet box. */
  snippet(): string;
}

export function initialState(): BuilderState {
  return {
    widget: 'faq',
    lists: {
      faq: [newItem()],
      helplines: [newItem()],
      ...Object.fromEntries(CATEGORIES.map((c) => [c, [newItem()]])),
      columns: [],
      stages: [newItem()],
    },
    opts: {},
    theme: '',
    lang: '',
    includeTheme: true,
    where: 'own',
    path: DEFAULT_PATH,
    classic: false,
  };
}

const radio = (name: string, value: string, label: string, checked: boolean, extra: Partial<Record<string, string>> = {}) =>
  h('label', { class: 'b-choice' }, h('input', { type: 'radio', name, value, ...(checked ? { checked: '' } : {}), ...extra }), ` ${label}`);

function select(id: string, choices: [string, string][], value: string, bind: Partial<Record<string, string>>): HTMLSelectElement {
  const el = h('select', { id, ...bind });
  for (const [v, label] of choices) {
    const o = h('option', { value: v, ...(v === 'ar' ? { lang: 'ar', dir: 'rtl' } : /^(es|fr|de|pt)$/.test(v) ? { lang: v } : {}) }, label);
    if (v === value) o.selected = true;
    el.append(o);
  }
  return el;
}

/** A labelled field with its hint and a (hidden) place for its problem. */
function field(id: string, label: string, control: HTMLElement, hint?: string): HTMLElement {
  control.id = id;
  const wrap = h('div', { class: 'b-field' }, h('label', { for: id }, label));
  if (hint) {
    wrap.append(h('p', { class: 'b-hint', id: `${id}-hint` }, hint));
    control.setAttribute('aria-describedby', `${id}-hint`);
  }
  wrap.append(control, h('p', { class: 'b-problem', id: `${id}-problem`, hidden: '' }));
  return wrap;
}

function checkbox(id: string, label: string, checked: boolean, bind: Partial<Record<string, string>>, hint?: string): HTMLElement {
  const input = h('input', { type: 'checkbox', id, ...bind, ...(checked ? { checked: '' } : {}) });
  const wrap = h('div', { class: 'b-check' }, input, h('label', { for: id }, label));
  if (hint) {
    wrap.append(h('p', { class: 'b-hint', id: `${id}-hint` }, hint));
    input.setAttribute('aria-describedby', `${id}-hint`);
  }
  return wrap;
}

export function mountBuilder(container: HTMLElement, options: BuilderOptions = {}): Builder {
  const s = initialState();
  const form = h('form', { class: 'b-form', autocomplete: 'off', 'aria-label': 'Snippet builder' });
  form.addEventListener('submit', (e) => e.preventDefault());

  // 1. The widget
  const widgetSet = h('fieldset', { class: 'b-widgets' }, h('legend', {}, 'Widget'));
  for (const [name, spec] of Object.entries(SPECS)) widgetSet.append(radio('b-widget', name, spec.label, name === s.widget));

  // 2. Its content and options: drawn again when the widget or the shape of a list changes.
  const content = h('div', { class: 'b-content' });

  // 3. Look and language
  const look = h('fieldset', { class: 'b-group' }, h('legend', {}, 'Language and theme'));
  look.append(
    field('b-lang', 'Language of the widget', select('b-lang', LANGUAGES, s.lang, { 'data-global': 'lang' }), 'Its buttons and built-in text, loaded by the script from beside itself. Write your own content in the same language.'),
    field('b-theme', 'Theme', select('b-theme', [['', 'Follow the visitor’s system (auto)'], ['light', 'Light'], ['dark', 'Dark']], s.theme, { 'data-global': 'theme' })),
  );
  // The theme as a rule for the site's stylesheet, beside the checkbox that puts it in a style
  // attribute: the way in for sites whose Content-Security-Policy blocks style attributes.
  const cssCode = h('code', { id: 'b-css-rule' });
  const cssNote = h('p', { class: 'b-hint b-sub', id: 'b-css-note' });
  const cssCopy = h('button', { type: 'button', class: 'button b-copy-css' }, 'Copy CSS rule');
  const cssCopied = h('span', { role: 'status' });
  const cssBox = h('div', { class: 'b-sub' }, h('pre', { class: 'b-code', tabindex: '0', 'aria-labelledby': 'b-css-note' }, cssCode), h('p', { class: 'actions' }, cssCopy, cssCopied));
  if (options.themeTokens) {
    look.append(
      checkbox(
        'b-include-theme',
        'Include my colours, corners, spacing and font from the theme editor',
        s.includeTheme,
        { 'data-global': 'includeTheme' },
        'As CSS custom properties in a style attribute on the element. A site with a strict Content-Security-Policy (no \'unsafe-inline\' for styles) blocks style attributes: there, untick this and put the CSS rule below in the site’s stylesheet instead. The theme editor is further down this page.',
      ),
      cssNote,
      cssBox,
    );
  }

  // 4. Where the script comes from
  const where = h('fieldset', { class: 'b-group' }, h('legend', {}, 'Where the script comes from'));
  const pathInput = h('input', { type: 'text', dir: 'ltr', spellcheck: 'false', 'data-global': 'path', value: s.path });
  where.append(
    radio('b-where', 'own', 'A copy on your own site (most private)', true, { 'aria-describedby': 'b-where-own-hint' }),
    h('p', { class: 'b-hint', id: 'b-where-own-hint' }, 'Copy the package’s whole dist/cdn folder to your site (say as /haven-widgets/), its locales folder included: the script loads a language’s file from beside itself. Your visitors then ask no other server for anything.'),
    Object.assign(field('b-path', 'Its address on your site', pathInput), { className: 'b-field b-sub' }),
    radio('b-where', 'cdn', 'Public CDN (once the package is published)', false, { 'aria-describedby': 'b-where-cdn-hint' }),
    h('p', { class: 'b-hint', id: 'b-where-cdn-hint' }, 'haven-widgets is not yet published on npm, so this address does not work yet. When it does, the CDN will see your visitors’ IP addresses.'),
    checkbox('b-classic', 'My site removes type="module" from scripts', s.classic, { 'data-global': 'classic' }, 'Uses the classic build (.iife.js) instead, which defines the same elements.'),
  );
  form.append(widgetSet, content, look, where);

  // Output: the preview and the snippet.
  const previewNote = h('p', { class: 'b-hint' });
  const preview = h('div', { class: 'b-preview' });
  const code = h('code', { id: 'b-snippet' });
  const summary = h('p', { class: 'b-summary', id: 'b-summary' });
  const copy = h('button', { type: 'button', class: 'button b-copy', 'aria-describedby': 'b-summary' }, 'Copy snippet');
  const copied = h('span', { role: 'status' });
  const announcer = h('p', { role: 'status', class: 'visually-hidden' });
  const output = h(
    'div',
    { class: 'b-output' },
    h('h3', { id: 'b-snippet-h' }, 'Your snippet'),
    summary,
    h('pre', { class: 'b-code', tabindex: '0', 'aria-labelledby': 'b-snippet-h' }, code),
    h('p', { class: 'actions' }, copy, copied),
    h('h3', { id: 'b-preview-h' }, 'Preview'),
    previewNote,
    preview,
  );
  container.append(form, output, announcer);

  const spec = () => SPECS[s.widget];

  function renderList(list: ListSpec): HTMLElement {
    const items = s.lists[list.key]!;
    const set = h('fieldset', { class: 'b-list', 'data-list': list.key }, h('legend', {}, list.title));
    if (list.hint) set.append(h('p', { class: 'b-hint' }, list.hint));
    const ol = h('ol', { class: 'b-items' });
    items.forEach((item, i) => {
      const name = `${list.item} ${i + 1}`;
      const box = h('fieldset', { class: 'b-item' }, h('legend', {}, name));
      for (const f of list.fields(s)) {
        // Numbers and links read left to right; a site's own words take their own direction.
        const control =
          f.type === 'textarea'
            ? h('textarea', { rows: '3', dir: 'auto' })
            : h('input', { type: 'text', ...(f.type === 'url' || f.type === 'tel' ? { dir: 'ltr', spellcheck: 'false' } : { dir: 'auto' }) });
        control.dataset.list = list.key;
        control.dataset.uid = item.uid;
        control.dataset.key = f.key;
        (control as HTMLInputElement).value = item.v[f.key] ?? '';
        box.append(field(fieldId(list.key, item.uid, f.key), f.label, control, f.hint));
      }
      const button = (action: string, label: string, disabled: boolean) =>
        h('button', { type: 'button', class: 'button', id: `${item.uid}-${action}`, 'data-action': action, 'data-list': list.key, 'data-uid': item.uid, ...(disabled ? { 'aria-disabled': 'true' } : {}) }, label);
      box.append(h('p', { class: 'b-item-actions' }, button('up', 'Move up', i === 0), button('down', 'Move down', i === items.length - 1), button('remove', 'Remove', false)));
      ol.append(h('li', {}, box));
    });
    set.append(ol, h('p', {}, h('button', { type: 'button', class: 'button', id: `b-add-${list.key}`, 'data-action': 'add', 'data-list': list.key }, `Add ${list.item.toLowerCase()}`)));
    return set;
  }

  function renderOption(o: OptionSpec): HTMLElement {
    const id = optionId(o.name);
    const value = s.opts[`${s.widget}:${o.name}`] ?? '';
    const bind = { 'data-option': o.name, ...(o.structural ? { 'data-structural': '' } : {}) };
    if (o.kind === 'checkbox') return checkbox(id, o.label, value === 'on', bind, o.hint);
    if (o.kind === 'select') return field(id, o.label, select(id, o.choices!(s), value, bind), o.hint);
    const input = h('input', { type: 'text', ...bind, ...(o.type ? { dir: 'ltr', spellcheck: 'false' } : { dir: 'auto' }) });
    input.value = value;
    return field(id, o.label, input, o.hint);
  }

  function render(): void {
    // The control in focus is drawn again: focus goes back to its new copy.
    const focused = document.activeElement?.id;
    const w = spec();
    const opts = h('fieldset', { class: 'b-group' }, h('legend', {}, 'Options'));
    for (const o of w.options) if (!o.when || o.when(s)) opts.append(renderOption(o));
    content.replaceChildren(h('p', { class: 'b-about' }, w.about), ...w.lists.map(renderList), opts);
    if (focused && !document.activeElement?.id) focusId(focused);
  }

  /** The element for the snippet, built from the form; its problems, placed. */
  function build(): { el: HTMLElement; problems: FieldProblem[] } {
    const w = spec();
    const el = document.createElement(w.tag);
    for (const o of w.options) {
      if (o.content || (o.when && !o.when(s))) continue;
      const v = opt(s, o.name);
      if (o.kind === 'checkbox' ? v === 'on' : v) el.setAttribute(o.name, o.kind === 'checkbox' ? '' : v);
    }
    const problems = w.build(s, el);
    if (s.lang) {
      el.setAttribute('lang', s.lang);
      if (s.lang === 'ar') el.setAttribute('dir', 'rtl');
    }
    if (s.theme) el.setAttribute('theme', s.theme);
    if (s.where === 'own') {
      const p = checkScriptPath(s.path);
      if (p) problems.push({ id: 'b-path', message: p });
    }
    return { el, problems };
  }

  function source(): ScriptSource {
    return { where: s.where, path: s.path, classic: s.classic };
  }

  function showProblems(problems: FieldProblem[]): void {
    for (const p of form.querySelectorAll<HTMLElement>('.b-problem')) {
      p.hidden = true;
      p.textContent = '';
    }
    for (const c of form.querySelectorAll<HTMLElement>('[aria-invalid]')) {
      c.removeAttribute('aria-invalid');
      c.setAttribute('aria-describedby', (c.getAttribute('aria-describedby') ?? '').replace(/\s*\S+-problem$/, ''));
      if (!c.getAttribute('aria-describedby')) c.removeAttribute('aria-describedby');
    }
    const general: string[] = [];
    for (const p of problems) {
      const control = p.id ? form.querySelector<HTMLElement>(`#${CSS.escape(p.id)}`) : null;
      const slot = p.id ? form.querySelector<HTMLElement>(`#${CSS.escape(p.id)}-problem`) : null;
      if (!control || !slot) {
        general.push(p.message);
        continue;
      }
      slot.hidden = false;
      slot.textContent = slot.textContent ? `${slot.textContent} ${p.message}` : p.message;
      if (!control.hasAttribute('aria-invalid')) {
        control.setAttribute('aria-invalid', 'true');
        control.setAttribute('aria-describedby', `${control.getAttribute('aria-describedby') ?? ''} ${p.id}-problem`.trim());
      }
    }
    const n = problems.length;
    summary.textContent = n
      ? `${n === 1 ? 'One field needs' : `${n} fields need`} a look: see the words beside ${n === 1 ? 'it' : 'them'}. The widget leaves out or replaces what is marked, and so does this snippet.${general.length ? ` ${general.join(' ')}` : ''}`
      : 'Ready to paste: the script line and the widget, with your content.';
    summary.classList.toggle('has-problems', n > 0);
  }

  function updateCurrentChoices(): void {
    const current = form.querySelector<HTMLSelectElement>(`#${optionId('current')}`);
    if (!current) return;
    const choices: [string, string][] = [['', 'None'], ...currentChoices(s)];
    const value = s.opts['stage-table:current'] ?? '';
    const keep = choices.some(([v]) => v === value) ? value : '';
    s.opts['stage-table:current'] = keep;
    current.replaceChildren(...choices.map(([v, label]) => h('option', { value: v }, label)));
    current.value = keep;
  }

  function refresh(): void {
    if (s.widget === 'stage-table') updateCurrentChoices();
    const { el, problems } = build();
    const properties = s.includeTheme ? (options.themeTokens?.() ?? []) : [];
    const shown = el.cloneNode(true) as HTMLElement;
    // Through the CSSOM, which a strict Content-Security-Policy allows.
    for (const [k, v] of properties) shown.style.setProperty(k, v);
    // The preview's quick exit sits in its box and leaves only by its button: the form
    // below it is typed in, and Shift pressed alone three times would leave this page.
    if (s.widget === 'quick-exit') {
      shown.setAttribute('placement', 'inline');
      shown.setAttribute('no-shortcut', '');
    }
    previewNote.textContent =
      s.widget === 'quick-exit'
        ? 'The real widget: its button really leaves this page. Here it stays in this box and its Shift shortcut is off, so typing in the form cannot trigger it.'
        : 'The real widget, built from what you typed.';
    preview.replaceChildren(shown);
    code.textContent = snippetText(source(), el, properties);
    const tokens = options.themeTokens?.() ?? [];
    cssNote.textContent = tokens.length
      ? 'The same values as a CSS rule, for your site’s stylesheet:'
      : 'Nothing is changed in the theme editor yet, so there is no CSS rule to copy.';
    cssBox.hidden = !tokens.length;
    cssCode.textContent = cssRule(el.localName, tokens);
    showProblems(problems);
  }

  function announce(message: string): void {
    announcer.textContent = '';
    // A fresh text node after clearing, so the same words twice are announced twice.
    requestAnimationFrame(() => (announcer.textContent = message));
  }

  function focusId(id: string): void {
    document.getElementById(id)?.focus();
  }

  form.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    if (!button || button.getAttribute('aria-disabled') === 'true') return;
    const { action, list: key, uid } = button.dataset;
    const items = s.lists[key!]!;
    const list = [...spec().lists].find((l) => l.key === key)!;
    const i = items.findIndex((it) => it.uid === uid);
    const name = (n: number) => `${list.item} ${n + 1}`;
    // A column's heading moves or goes with the column: its cell in every stage too.
    const cellKey = (col: number) => (col === 0 ? 'name' : `cell${col - 1}`);
    // (The last heading removed takes nothing with it: the built-in headings take over.)
    if (key === 'columns' && action !== 'add' && items.length > 1) {
      for (const stage of s.lists.stages!) {
        const row = Array.from({ length: Math.max(items.length, 1) }, (_, c) => stage.v[cellKey(c)] ?? '');
        if (action === 'remove') row.splice(i, 1);
        else row.splice(action === 'up' ? i - 1 : i + 1, 0, row.splice(i, 1)[0]!);
        row.forEach((value, c) => (stage.v[cellKey(c)] = value));
        delete stage.v[cellKey(row.length)];
      }
    }
    if (action === 'add') {
      const item = newItem();
      items.push(item);
      render();
      refresh();
      focusId(fieldId(key!, item.uid, list.fields(s)[0]!.key));
      announce(`${name(items.length - 1)} added.`);
    } else if (action === 'remove') {
      items.splice(i, 1);
      render();
      refresh();
      const next = items[i] ?? items[i - 1];
      focusId(next ? fieldId(key!, next.uid, list.fields(s)[0]!.key) : `b-add-${key}`);
      announce(`${name(i)} removed. ${items.length ? `${items.length} left.` : 'None left.'}`);
    } else {
      const to = action === 'up' ? i - 1 : i + 1;
      const [item] = items.splice(i, 1);
      items.splice(to, 0, item!);
      render();
      refresh();
      focusId(`${uid}-${action}`);
      announce(`Moved to position ${to + 1} of ${items.length}.`);
    }
  });

  function onField(event: Event): void {
    const t = event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    const d = t.dataset;
    if (t.name === 'b-widget') {
      s.widget = t.value as WidgetName;
      render();
    } else if (t.name === 'b-where') {
      s.where = t.value as 'own' | 'cdn';
    } else if (d.global) {
      const value = t instanceof HTMLInputElement && t.type === 'checkbox' ? t.checked : t.value;
      Object.assign(s, { [d.global]: value });
    } else if (d.option) {
      s.opts[`${s.widget}:${d.option}`] = t instanceof HTMLInputElement && t.type === 'checkbox' ? (t.checked ? 'on' : '') : t.value;
      if (d.structural !== undefined && event.type === 'change') render();
    } else if (d.list && d.uid && d.key) {
      const item = s.lists[d.list]!.find((it) => it.uid === d.uid);
      if (item) item.v[d.key] = t.value;
      // A heading names the stages' fields below it.
      if (d.list === 'columns') {
        for (const f of stageList.fields(s)) {
          for (const label of form.querySelectorAll(`label[for$="-${f.key}"][for^="b-stages-"]`)) label.textContent = f.label;
        }
      }
    } else return;
    refresh();
  }
  form.addEventListener('input', onField);
  form.addEventListener('change', onField);

  copy.addEventListener('click', () =>
    void copyText(code.textContent ?? '', code, copied, { done: 'Copied. Paste it into your page or your CMS’s HTML block.', what: 'snippet' }),
  );

  cssCopy.addEventListener('click', () =>
    void copyText(cssCode.textContent ?? '', cssCode, cssCopied, { done: 'Copied. Paste it into your site’s stylesheet.', what: 'CSS rule' }),
  );

  render();
  refresh();
  return { state: s, refresh, snippet: () => code.textContent ?? '' };
}
