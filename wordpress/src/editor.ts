/*
 * The blocks in the editor. Each shows the real widget as its preview (the custom element,
 * defined in the editor's canvas by the widgets' own script), its options in the block's
 * sidebar, and the site's content (questions and answers, prompts, stages, helplines) as
 * items to add, edit, reorder and remove. The blocks are rendered on the server (PHP), so a
 * post stores only their attributes: save() returns null.
 */
import type { EditorData, Node, Props } from './wp.js';
import { widgetOptions, type BlockOptions, type OptionSpec, type OptionWidget } from './widget-options.js';

const { registerBlockType } = window.wp.blocks;
const { createElement: h, Fragment, useRef, useLayoutEffect } = window.wp.element;
const { InspectorControls, useBlockProps } = window.wp.blockEditor;
const { PanelBody, TextControl, TextareaControl, ToggleControl, SelectControl, CheckboxControl, Button, Notice } = window.wp.components;
const { __, sprintf } = window.wp.i18n;

// Each widget's options (labels, hints, controls), generated from the widgets' JSDoc.
const OPTIONS = widgetOptions(__);

const site: EditorData = window.havenWidgetsEditor ?? {
  theme: 'light',
  locale: 'en',
  helplines: [],
  emergencyNumber: '',
  siteExit: false,
  exitHref: '',
  settingsUrl: '',
};

// The newer components' sizes, so WordPress 6.7+ does not warn about the old ones.
const SIZE = { __nextHasNoMarginBottom: true, __next40pxDefaultSize: true };

type Theme = '' | 'light' | 'dark' | 'visitor';
type Attrs = Record<string, string | number | boolean | undefined>;

const text = (label: string, value: unknown, onChange: (v: string) => void, more: Props = {}): Node =>
  h(TextControl as never, { ...SIZE, label, value: typeof value === 'string' ? value : value == null ? '' : String(value), onChange, ...more });

const area = (label: string, value: unknown, onChange: (v: string) => void, more: Props = {}): Node =>
  h(TextareaControl as never, { __nextHasNoMarginBottom: true, label, value: typeof value === 'string' ? value : '', onChange, ...more });

const toggle = (label: string, checked: boolean | undefined, onChange: (v: boolean) => void, help?: string): Node =>
  h(ToggleControl as never, { __nextHasNoMarginBottom: true, label, checked: !!checked, onChange, help });

const select = (label: string, value: unknown, options: [string, string][], onChange: (v: string) => void, help?: string): Node =>
  h(SelectControl as never, { ...SIZE, label, value: value ?? '', options: options.map(([v, l]) => ({ value: v, label: l })), onChange, help });

const panel = (title: string, children: Node[], initialOpen = true): Node => h(PanelBody as never, { title, initialOpen }, ...children);

/** The theme a widget shows in: the block's choice, else the site's. */
function themeOf(own: Theme | undefined): 'light' | 'dark' | 'auto' {
  return own === 'visitor' ? 'auto' : own === 'light' || own === 'dark' ? own : site.theme;
}

const themeControl = (value: Theme | undefined, set: (v: Theme) => void): Node =>
  select(
    __('Colour theme', 'haven-widgets'),
    value ?? '',
    [
      ['', __('As in the site’s settings', 'haven-widgets')],
      ['light', __('Light', 'haven-widgets')],
      ['dark', __('Dark', 'haven-widgets')],
      ['visitor', __('Follow each visitor’s system', 'haven-widgets')],
    ],
    (v) => set(v as Theme),
  );

const wholeNumber = (v: string): number | undefined => (/^\d+$/.test(v.trim()) ? Number(v) : undefined);

/** One option's control, drawn from its spec; null for a control the widget defines itself. */
function optionControl(o: OptionSpec, value: unknown, onChange: (v: unknown) => void): Node | null {
  switch (o.control) {
    case 'toggle':
      return toggle(o.label, value === true, onChange, o.hint);
    case 'select': {
      const numbers = typeof o.choices?.[0]?.[0] === 'number';
      const choices = (o.choices ?? []).map(([v, words]): [string, string] => [String(v), words]);
      return select(o.label, String(value ?? o.default ?? ''), choices, (v) => onChange(numbers ? Number(v) : v), o.hint);
    }
    case 'checkboxes': {
      const ticked = Array.isArray(value) ? (value as unknown[]) : [];
      const choices = o.choices ?? [];
      return h(
        'fieldset',
        null,
        h('legend', null, o.label),
        o.hint ? h('p', null, o.hint) : null,
        ...choices.map(([v, words]) =>
          h(CheckboxControl as never, {
            __nextHasNoMarginBottom: true,
            key: String(v),
            label: words,
            checked: ticked.includes(v),
            // In the choices' order, whatever the order of ticking.
            onChange: (on: boolean) => onChange(choices.map(([c]) => c).filter((c) => (c === v ? on : ticked.includes(c)))),
          }),
        ),
      );
    }
    case 'number':
      return text(o.label, value ?? '', (v) => onChange(wholeNumber(v)), { type: 'number', min: o.min, max: o.max, help: o.hint });
    case 'url':
    case 'tel':
      return text(o.label, value, onChange, { type: o.control, help: o.hint });
    case 'text':
      return text(o.label, value, onChange, { help: o.hint });
    default:
      return null;
  }
}

/**
 * A block's option controls, in the order the widget declares them. `own` draws an option
 * the plugin words itself (a default from the site's settings) or a control of the widget's
 * own (a breathing pattern, a stage); `only` picks some options for a panel of their own.
 */
function optionControls<W extends OptionWidget>(
  widget: W,
  attributes: Partial<BlockOptions[W]>,
  set: (changes: Partial<BlockOptions[W]>) => void,
  own: Partial<Record<keyof BlockOptions[W], (o: OptionSpec) => Node | null>> = {},
  only?: (keyof BlockOptions[W])[],
): Node[] {
  return OPTIONS[widget].options
    .filter((o) => o.editors.includes('wordpress') && (!only || only.includes(o.name as keyof BlockOptions[W])))
    .map((o) => {
      const name = o.name as keyof BlockOptions[W];
      const draw = own[name];
      return draw ? draw(o) : optionControl(o, attributes[name], (v) => set({ [name]: v } as Partial<BlockOptions[W]>));
    });
}

/**
 * The widget itself as the block's preview. Attributes and content properties are set on
 * the element directly, which works the same with every React version WordPress ships.
 */
function Preview(props: { tag: string; attrs: Attrs; properties?: Record<string, unknown>; inert?: boolean; note?: string }): Node {
  const ref = useRef<HTMLElement | null>(null);
  const { tag, attrs, properties = {} } = props;
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    for (const [name, value] of Object.entries(attrs)) {
      if (value === undefined || value === false || value === '') el.removeAttribute(name);
      else el.setAttribute(name, value === true ? '' : String(value));
    }
    for (const [name, value] of Object.entries(properties)) (el as unknown as Record<string, unknown>)[name] = value;
  });
  const wrapper = useRef<HTMLDivElement | null>(null);
  useLayoutEffect(() => {
    // A preview that must not act (the quick exit would leave the editor): inert, which
    // keeps pointer and focus out, and no click reaches it, not even a script's .click().
    const div = wrapper.current;
    if (!div || !props.inert) return undefined;
    div.setAttribute('inert', '');
    const stop = (event: Event) => {
      event.stopPropagation();
      event.preventDefault();
    };
    div.addEventListener('click', stop, true);
    return () => {
      div.removeAttribute('inert');
      div.removeEventListener('click', stop, true);
    };
  });
  return h(
    'div',
    { ref: wrapper },
    h(tag, { ref }),
    props.note ? h('p', { className: 'haven-widgets-preview-note', style: { fontSize: '0.8125rem', opacity: 0.8 } }, props.note) : null,
  );
}

type Field<T> = [key: keyof T & string, label: string, kind?: 'text' | 'area' | 'tel' | 'url', help?: string];

/**
 * A list of items a non-developer edits: each with its fields and Move up, Move down and
 * Remove, then an Add button. Nothing here is JSON.
 */
function ItemList<T extends Record<string, unknown>>(props: {
  items: T[] | undefined;
  onChange(items: T[]): void;
  blank: T;
  fields: Field<T>[] | ((item: T, update: (changes: Partial<T>) => void) => Node[]);
  itemLabel(item: T, index: number): string;
  addLabel: string;
  empty: string;
}): Node {
  const items = Array.isArray(props.items) ? props.items : [];
  const set = (next: T[]) => props.onChange(next);
  const move = (from: number, to: number) => {
    const next = items.slice();
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    set(next);
  };
  return h(
    'div',
    { className: 'haven-widgets-items' },
    items.length ? null : h('p', { className: 'haven-widgets-empty' }, props.empty),
    ...items.map((item, i) => {
      const update = (changes: Partial<T>) => set(items.map((it, j) => (j === i ? { ...it, ...changes } : it)));
      const label = props.itemLabel(item, i);
      const fields =
        typeof props.fields === 'function'
          ? props.fields(item, update)
          : props.fields.map(([key, fieldLabel, kind, help]) =>
              kind === 'area'
                ? area(fieldLabel, item[key], (v) => update({ [key]: v } as Partial<T>), { help })
                : text(fieldLabel, item[key], (v) => update({ [key]: v } as Partial<T>), {
                    help,
                    type: kind === 'tel' ? 'tel' : kind === 'url' ? 'url' : 'text',
                  }),
            );
      return h(
        'div',
        {
          key: i,
          role: 'group',
          'aria-label': label,
          className: 'haven-widgets-item',
          style: { borderTop: '1px solid #ddd', paddingTop: '12px', marginTop: '12px', display: 'grid', gap: '12px' },
        },
        h('strong', null, label),
        ...fields,
        h(
          'div',
          { style: { display: 'flex', flexWrap: 'wrap', gap: '8px' } },
          h(Button as never, { variant: 'secondary', size: 'compact', disabled: i === 0, onClick: () => move(i, i - 1), 'aria-label': sprintf(__('Move up: %s', 'haven-widgets'), label) }, __('Move up', 'haven-widgets')),
          h(Button as never, { variant: 'secondary', size: 'compact', disabled: i === items.length - 1, onClick: () => move(i, i + 1), 'aria-label': sprintf(__('Move down: %s', 'haven-widgets'), label) }, __('Move down', 'haven-widgets')),
          h(Button as never, { variant: 'secondary', size: 'compact', isDestructive: true, onClick: () => set(items.filter((_, j) => j !== i)), 'aria-label': sprintf(__('Remove: %s', 'haven-widgets'), label) }, __('Remove', 'haven-widgets')),
        ),
      );
    }),
    h(
      'div',
      { style: { marginTop: '12px' } },
      h(Button as never, { variant: 'primary', onClick: () => set([...items, { ...props.blank }]) }, props.addLabel),
    ),
  );
}

const list = <T extends Record<string, unknown>>(props: Parameters<typeof ItemList<T>>[0]): Node => h(ItemList as never, props as never);

/** The block's wrapper, its sidebar panels, and the preview. */
function block(sidebar: Node[], preview: Node): Node {
  return h(Fragment as never, null, h(InspectorControls as never, null, ...sidebar), h('div', useBlockProps(), preview));
}

const common = (theme: Theme | undefined) => ({ theme: themeOf(theme), locale: site.locale });

/* FAQ. */

interface FaqItem extends Record<string, unknown> {
  question: string;
  answer: string;
}
type FaqAttrs = BlockOptions['faq'] & {
  items: FaqItem[];
  theme: Theme;
};

registerBlockType<FaqAttrs>('haven-widgets/faq', {
  edit: ({ attributes: a, setAttributes: set }) => {
    const items = (a.items ?? []).filter((i) => i.question?.trim() && i.answer?.trim());
    return block(
      [
        panel(__('Questions and answers', 'haven-widgets'), [
          list<FaqItem>({
            items: a.items,
            onChange: (next) => set({ items: next }),
            blank: { question: '', answer: '' },
            fields: [
              ['question', __('Question', 'haven-widgets')],
              ['answer', __('Answer', 'haven-widgets'), 'area', __('A blank line starts a new paragraph. Links: <a href="https://…">text</a>.', 'haven-widgets')],
            ],
            itemLabel: (item, i) => item.question?.trim() || sprintf(__('Question %d', 'haven-widgets'), i + 1),
            addLabel: __('Add a question', 'haven-widgets'),
            empty: __('No questions yet: the FAQ shows its five built-in questions for peer-support sites until you add your own.', 'haven-widgets'),
          }),
        ]),
        panel(__('Options', 'haven-widgets'), [
          ...optionControls('faq', a, set),
          themeControl(a.theme, (v) => set({ theme: v })),
        ]),
      ],
      h(Preview as never, {
        tag: 'haven-faq',
        attrs: { ...common(a.theme), 'heading-level': a.headingLevel, single: a.single, 'structured-data': false },
        properties: { items: items.length ? items.map(({ question, answer }) => ({ question, answer })) : undefined },
      }),
    );
  },
  save: () => null,
});

/* Grounding timer. */

type TimerAttrs = BlockOptions['grounding-timer'] & {
  theme: Theme;
};

registerBlockType<TimerAttrs>('haven-widgets/grounding-timer', {
  edit: ({ attributes: a, setAttributes: set }) => {
    const named = ['', 'relaxed', 'box', '4-7-8', 'resonant'];
    const custom = !named.includes(a.pattern ?? '');
    return block(
      [
        panel(__('Exercise', 'haven-widgets'), [
          ...optionControls('grounding-timer', a, set, {
            pattern: (o) => h(Fragment as never, null, select(o.label, custom ? 'custom' : a.pattern, [
            ['', __('Visitor chooses (relaxed first)', 'haven-widgets')],
            ['relaxed', __('Relaxed: in 5, out 5', 'haven-widgets')],
            ['box', __('Box: 4-4-4-4', 'haven-widgets')],
            ['4-7-8', __('4-7-8', 'haven-widgets')],
            ['resonant', __('Resonant: in 5.5, out 5.5', 'haven-widgets')],
            ['custom', __('My own seconds…', 'haven-widgets')],
          ], (v) => set({ pattern: v === 'custom' ? '4 6' : v })),
          custom ? text(__('Seconds: in, hold, out, hold', 'haven-widgets'), a.pattern, (v) => set({ pattern: v }), { help: o.hint }) : null),
          }),
          themeControl(a.theme, (v) => set({ theme: v })),
        ]),
      ],
      h(Preview as never, {
        tag: 'haven-grounding-timer',
        attrs: { ...common(a.theme), exercise: a.exercise, pattern: a.pattern, rounds: a.rounds, minutes: a.minutes },
      }),
    );
  },
  save: () => null,
});

/* Empathy prompts. */

/** The kinds of prompt and their names, as the `categories` option offers them. */
const CATEGORIES = (): [string, string][] =>
  (OPTIONS['empathy-prompts'].options.find((o) => o.name === 'categories')?.choices ?? []).map(([v, words]) => [String(v), words]);

interface Prompt extends Record<string, unknown> {
  category: string;
  text: string;
}
type PromptsAttrs = BlockOptions['empathy-prompts'] & {
  prompts: Prompt[];
  theme: Theme;
};

registerBlockType<PromptsAttrs>('haven-widgets/empathy-prompts', {
  edit: ({ attributes: a, setAttributes: set }) => {
    const prompts = (a.prompts ?? []).filter((p) => p.text?.trim());
    const shown = a.categories ?? [];
    return block(
      [
        panel(__('Prompts', 'haven-widgets'), [
          list<Prompt>({
            items: a.prompts,
            onChange: (next) => set({ prompts: next }),
            blank: { category: 'reflect', text: '' },
            fields: (item, update) => [
              select(__('Kind', 'haven-widgets'), item.category, CATEGORIES(), (v) => update({ category: v })),
              area(__('Prompt', 'haven-widgets'), item.text, (v) => update({ text: v }), { help: __('Three underscores (___) leave a blank for a feeling word.', 'haven-widgets') }),
            ],
            itemLabel: (item, i) => (item.text?.trim() ? item.text.trim().slice(0, 40) : sprintf(__('Prompt %d', 'haven-widgets'), i + 1)),
            addLabel: __('Add a prompt', 'haven-widgets'),
            empty: __('No prompts yet: the widget shows its built-in prompts until you add your own.', 'haven-widgets'),
          }),
        ]),
        panel(__('Options', 'haven-widgets'), [
          ...optionControls('empathy-prompts', a, set),
          themeControl(a.theme, (v) => set({ theme: v })),
        ]),
      ],
      h(Preview as never, {
        tag: 'haven-empathy-prompts',
        attrs: { ...common(a.theme), categories: shown.join(' '), category: a.category },
        properties: { prompts: prompts.length ? prompts.map(({ category, text: t }) => ({ category, text: t })) : undefined },
      }),
    );
  },
  save: () => null,
});

/* Stage table. */

interface Stage extends Record<string, unknown> {
  name: string;
  cells: string[];
}
type StageAttrs = BlockOptions['stage-table'] & {
  columns: string[];
  stages: Stage[];
  theme: Theme;
};

/** As the widget makes ids from names (core/content.ts slug): "Récupération" gives "recuperation". */
const slug = (value: string): string =>
  value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');

registerBlockType<StageAttrs>('haven-widgets/stage-table', {
  edit: ({ attributes: a, setAttributes: set }) => {
    const defaults = [__('Healing stage', 'haven-widgets'), __('What to expect', 'haven-widgets'), __('Support strategies', 'haven-widgets')];
    const columns = a.columns?.length ? a.columns : [];
    const headings = columns.length ? columns : defaults;
    const stages = (a.stages ?? []).filter((s) => s.name?.trim());
    const filled = columns.length >= 2 && columns.every((c) => c.trim());
    return block(
      [
        panel(__('Stages', 'haven-widgets'), [
          list<Stage>({
            items: a.stages,
            onChange: (next) => set({ stages: next }),
            blank: { name: '', cells: [] },
            fields: (item, update) => [
              text(headings[0] ?? __('Stage', 'haven-widgets'), item.name, (v) => update({ name: v })),
              ...headings.slice(1).map((heading, j) =>
                area(heading, item.cells?.[j], (v) => {
                  const cells = headings.slice(1).map((_, k) => item.cells?.[k] ?? '');
                  cells[j] = v;
                  update({ cells });
                }, { help: j === 0 ? __('A new line starts a quieter second paragraph.', 'haven-widgets') : undefined }),
              ),
            ],
            itemLabel: (item, i) => item.name?.trim() || sprintf(__('Stage %d', 'haven-widgets'), i + 1),
            addLabel: __('Add a stage', 'haven-widgets'),
            empty: __('No stages yet: the table shows its three built-in stages (Recognition, Acceptance, Recovery) until you add your own.', 'haven-widgets'),
          }),
        ]),
        panel(__('Table', 'haven-widgets'), [
          ...optionControls('stage-table', a, set, {}, ['caption']),
          list<{ heading: string }>({
            items: columns.map((heading) => ({ heading })),
            onChange: (next) => set({ columns: next.map((c) => c.heading) }),
            blank: { heading: '' },
            fields: [['heading', __('Heading', 'haven-widgets')]],
            itemLabel: (_, i) => (i === 0 ? __('Column 1 (stage names)', 'haven-widgets') : sprintf(__('Column %d', 'haven-widgets'), i + 1)),
            addLabel: columns.length ? __('Add a column', 'haven-widgets') : __('Write my own column headings', 'haven-widgets'),
            empty: __('Columns: Healing stage, What to expect, Support strategies.', 'haven-widgets'),
          }),
          columns.length && !filled ? h(Notice as never, { status: 'warning', isDismissible: false }, __('Give every column a heading (at least two), or the default headings are used.', 'haven-widgets')) : null,
        ], false),
        panel(__('Options', 'haven-widgets'), [
          ...optionControls('stage-table', a, set, {
            caption: () => null,
            // The stages of this block, else the built-in ones, by the ids the widget gives them.
            current: (o) =>
              select(o.label, a.current, [
                ['', __('None', 'haven-widgets')],
                ...(stages.length
                  ? stages.map((s) => [slug(s.name), s.name] as [string, string])
                  : ([
                      ['recognition', __('Recognition', 'haven-widgets')],
                      ['acceptance', __('Acceptance', 'haven-widgets')],
                      ['recovery', __('Recovery', 'haven-widgets')],
                    ] as [string, string][])),
              ], (v) => set({ current: v }), o.hint),
          }).filter(Boolean),
          themeControl(a.theme, (v) => set({ theme: v })),
        ]),
      ],
      h(Preview as never, {
        tag: 'haven-stage-table',
        attrs: { ...common(a.theme), caption: a.caption, current: a.current, selectable: a.selectable, note: a.note },
        properties: {
          stages: stages.length ? stages.map((s) => ({ name: s.name, cells: (s.cells ?? []).map((c) => c ?? '') })) : undefined,
          columns: filled ? columns : undefined,
        },
      }),
    );
  },
  save: () => null,
});

/* Helplines. */

interface Helpline extends Record<string, unknown> {
  name: string;
}
type HelplinesAttrs = BlockOptions['helplines'] & {
  helplines: Helpline[];
  theme: Theme;
};

registerBlockType<HelplinesAttrs>('haven-widgets/helplines', {
  edit: ({ attributes: a, setAttributes: set }) => {
    const own = (a.helplines ?? []).filter((l) => typeof l.name === 'string' && l.name.trim());
    const lines = own.length ? own : site.helplines;
    const languages = (v: unknown) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : undefined);
    const settings = site.settingsUrl
      ? h('p', null, h('a', { href: site.settingsUrl }, __('Edit the site’s helplines', 'haven-widgets')))
      : null;
    return block(
      [
        panel(__('Helplines', 'haven-widgets'), [
          h('p', null, site.helplines.length
            ? sprintf(__('Without helplines of its own, this block shows the site’s %d helplines (Settings → Haven widgets).', 'haven-widgets'), site.helplines.length)
            : __('The site has no helplines yet (Settings → Haven widgets). Add them there for every page, or here for this block.', 'haven-widgets')),
          settings,
          list<Helpline>({
            items: a.helplines,
            onChange: (next) => set({ helplines: next }),
            blank: { name: '' },
            fields: [
              ['name', __('Name', 'haven-widgets')],
              ['description', __('What it is for', 'haven-widgets'), 'area'],
              ['phone', __('Phone number', 'haven-widgets'), 'tel'],
              ['sms', __('Text (SMS) number', 'haven-widgets'), 'tel'],
              ['keyword', __('Keyword to text', 'haven-widgets'), 'text', __('If the number needs a word first, such as SHOUT.', 'haven-widgets')],
              ['chat', __('Chat link', 'haven-widgets'), 'url'],
              ['web', __('Website', 'haven-widgets'), 'url'],
              ['hours', __('Hours', 'haven-widgets')],
              ['languages', __('Languages', 'haven-widgets'), 'text', __('Separated by commas.', 'haven-widgets')],
              ['region', __('Region', 'haven-widgets'), 'text', __('Helplines are grouped under their region.', 'haven-widgets')],
            ],
            itemLabel: (item, i) => (typeof item.name === 'string' && item.name.trim()) || sprintf(__('Helpline %d', 'haven-widgets'), i + 1),
            addLabel: __('Add a helpline to this block', 'haven-widgets'),
            empty: __('This block has no helplines of its own.', 'haven-widgets'),
          }),
        ]),
        panel(__('Options', 'haven-widgets'), [
          ...optionControls('helplines', a, set, {
            // Empty, the block takes the site's number.
            emergencyNumber: (o) =>
              text(o.label, a.emergencyNumber, (v) => set({ emergencyNumber: v }), {
                type: 'tel',
                help: site.emergencyNumber ? sprintf(__('Empty: the site’s (%s).', 'haven-widgets'), site.emergencyNumber) : o.hint,
              }),
          }),
          themeControl(a.theme, (v) => set({ theme: v })),
        ]),
      ],
      h(Preview as never, {
        tag: 'haven-helplines',
        attrs: { ...common(a.theme), 'emergency-number': a.emergencyNumber || site.emergencyNumber, 'heading-level': a.headingLevel },
        properties: { helplines: lines.length ? lines.map((l) => ({ ...l, languages: languages(l.languages) })) : undefined },
      }),
    );
  },
  save: () => null,
});

/* Quick exit. */

type ExitAttrs = BlockOptions['quick-exit'] & {
  theme: Theme;
};

registerBlockType<ExitAttrs>('haven-widgets/quick-exit', {
  edit: ({ attributes: a, setAttributes: set }) => {
    const fixed = a.placement === 'fixed';
    return block(
      [
        panel(__('Quick exit', 'haven-widgets'), [
          site.siteExit
            ? h('div', { style: { marginBottom: '16px' } }, h(Notice as never, { status: 'info', isDismissible: false }, fixed
              ? __('The site already shows a quick exit at the top of every page (Settings → Haven widgets), so on the page this fixed one is left out and the site’s shows instead.', 'haven-widgets')
              : __('The site already shows a quick exit at the top of every page (Settings → Haven widgets). This block adds a second button here, in the page, leading where this block says.', 'haven-widgets')))
            : null,
          ...optionControls('quick-exit', a, set, {
            // Empty, the block takes the site's settings.
            href: (o) => text(o.label, a.href, (v) => set({ href: v }), { type: 'url', help: __('An ordinary-looking page. Empty: the site’s setting, else Wikipedia.', 'haven-widgets') }),
            safetyHref: (o) => text(o.label, a.safetyHref, (v) => set({ safetyHref: v }), { type: 'url', help: __('Your page about staying safe online. Empty: the site’s setting.', 'haven-widgets') }),
          }),
          themeControl(a.theme, (v) => set({ theme: v })),
        ]),
      ],
      h(Preview as never, {
        tag: 'haven-quick-exit',
        // In the editor it stays in the block and does nothing: it must not leave the editor.
        attrs: { ...common(a.theme), placement: 'inline', 'no-shortcut': true, href: a.href || site.exitHref },
        inert: true,
        note: fixed && site.siteExit
          ? __('Preview. On the page this block shows nothing: the site’s own quick exit is already at the top of every page.', 'haven-widgets')
          : fixed
            ? __('Preview. On the page this button stays at the top corner of the screen.', 'haven-widgets')
            : __('Preview. On the page the button leaves the site.', 'haven-widgets'),
      }),
    );
  },
  save: () => null,
});
