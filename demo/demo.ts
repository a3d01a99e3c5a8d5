// The demo page: every widget with its options, a theme editor, and the page's language and
// direction. Snippets are read from the live examples, so what a visitor copies is exactly
// what they see working. Everything the page needs is already in the HTML: this script only
// fills and changes it, so nothing moves while it loads.
import '../src/index.js';
// Every locale, bundled, so the language switch needs no request.
import '../src/locales/es.js';
import '../src/locales/fr.js';
import '../src/locales/de.js';
import '../src/locales/pt.js';
import '../src/locales/ar.js';
import { contrastRatio, formatRatio } from './contrast.js';
import { mountBuilder } from './builder.js';
import { DEFAULT_PATH, scriptLine } from './snippet.js';
import { copyText } from './copy.js';

const root = document.documentElement;
const params = new URLSearchParams(location.search);
const $ = <T extends Element = HTMLElement>(selector: string): T => document.querySelector<T>(selector)!;

type Updatable = HTMLElement & { requestUpdate?: () => void };
// The builder's preview follows the builder's own settings, not the page's.
const widgets = (): Updatable[] =>
  [...document.querySelectorAll<Updatable>('main *')].filter((el) => el.localName.startsWith('haven-') && !el.closest('.builder'));

// ---------------------------------------------------------------------------------------------
// Snippets: each example's markup, in the <details> the page already has after its stage.

function dedent(text: string): string {
  const lines = text.replace(/^\n+|\s+$/g, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

for (const stage of document.querySelectorAll<HTMLElement>('[data-snippet]')) {
  // Read the markup before the widgets add anything (structured data) to it, and before the
  // page's settings below add a `theme` attribute.
  // With the script line first, as the builder writes it, so the snippet works on its own.
  const markup = [
    scriptLine({ where: 'own', path: DEFAULT_PATH, classic: false }),
    dedent(stage.innerHTML.replace(/<script type="application\/ld\+json"[\s\S]*?<\/script>/g, '')),
  ].join('\n');
  const details = stage.nextElementSibling;
  if (!(details instanceof HTMLDetailsElement) || !details.classList.contains('snippet')) continue;
  const pre = document.createElement('pre');
  const code = document.createElement('code');
  code.textContent = markup;
  pre.append(code);
  const copy = document.createElement('button');
  copy.type = 'button';
  copy.className = 'button';
  copy.textContent = 'Copy snippet';
  const status = document.createElement('span');
  status.setAttribute('role', 'status');
  copy.addEventListener('click', () => void copyText(markup, code, status));
  details.append(pre, copy, status);
}

// ---------------------------------------------------------------------------------------------
// Page settings: theme, direction, language.

function applyTheme(theme: string): void {
  root.dataset.theme = theme;
  // Widgets outside a provider follow the page's choice; providers keep their own.
  for (const el of widgets()) {
    if (el.localName !== 'haven-provider' && !el.closest('haven-provider')) el.setAttribute('theme', theme);
  }
}

function applyDir(dir: string): void {
  root.dir = dir;
  check('dir', dir);
}

/**
 * The widgets follow the nearest `lang`. It goes on each example's stage rather than on
 * `<html>`: the page's own words stay English, and a screen reader should read them as English.
 */
function applyLang(lang: string): void {
  for (const stage of document.querySelectorAll<HTMLElement>('.stage')) stage.lang = lang;
  // A widget reads `lang` when it renders; a change of an ancestor's attribute is not an
  // update it can see, so ask each one to render again.
  for (const el of widgets()) el.requestUpdate?.();
  $<HTMLSelectElement>('#lang').value = lang;
  applyDir(lang === 'ar' ? 'rtl' : 'ltr');
}

function check(name: string, value: string): boolean {
  const input = document.querySelector<HTMLInputElement>(`input[name="${name}"][value="${CSS.escape(value)}"]`);
  if (input) input.checked = true;
  return !!input;
}

$('.toolbar').addEventListener('change', (event) => {
  const input = event.target as HTMLInputElement | HTMLSelectElement;
  if (input.name === 'theme') applyTheme(input.value);
  if (input.name === 'dir') applyDir(input.value);
  if (input.name === 'lang') applyLang(input.value);
});

// `?theme=dark`, `?lang=ar`, `?dir=rtl` (after the language, which sets a direction of its own).
const themeParam = params.get('theme');
if (themeParam && check('theme', themeParam)) applyTheme(themeParam);
const langParam = params.get('lang');
if (langParam && $('#lang').querySelector(`option[value="${CSS.escape(langParam)}"]`)) applyLang(langParam);
const dirParam = params.get('dir');
if (dirParam === 'ltr' || dirParam === 'rtl') applyDir(dirParam);

// ---------------------------------------------------------------------------------------------
// Theme editor. Custom properties go on <html> through the CSSOM (`style.setProperty`), which
// a strict Content-Security-Policy allows; no `style` attribute is ever written as a string.

const form = $<HTMLFormElement>('#theme-form');
const controls = (): (HTMLInputElement | HTMLSelectElement)[] =>
  [...form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-token]')];
const initial = (c: HTMLInputElement | HTMLSelectElement): string =>
  c instanceof HTMLSelectElement ? ([...c.options].find((o) => o.defaultSelected)?.value ?? '') : c.defaultValue;
const cssValue = (c: HTMLInputElement | HTMLSelectElement): string => c.value + (c.dataset.unit ?? '');

/** Sets or clears one control's property and shows its value beside it. */
function applyControl(c: HTMLInputElement | HTMLSelectElement): void {
  const token = c.dataset.token!;
  if (c.value === initial(c) || c.value === '') root.style.removeProperty(token);
  else root.style.setProperty(token, cssValue(c));
  if (!root.style.length) root.removeAttribute('style');
  if (c.type === 'color') $(`#${c.id}-hex`).textContent = c.value;
  if (c.type === 'range') {
    $(`#${c.id}-value`).textContent = cssValue(c);
    c.setAttribute('aria-valuetext', `${c.value} ${c.dataset.unit ?? ''}`.trim());
  }
}

const EMPTY_CSS = "/* Nothing changed yet: the widgets' defaults need no CSS. */";

/** The CSS a site pastes: only what differs from the defaults. */
function themeCss(): string {
  const changed = controls().filter((c) => c.value !== initial(c) && c.value !== '');
  if (!changed.length) return EMPTY_CSS;
  return `:root {\n${changed.map((c) => `  ${c.dataset.token}: ${cssValue(c)};`).join('\n')}\n}`;
}

const color = (scheme: string, name: string): string => $<HTMLInputElement>(`#${scheme}-${name}`).value;

/** The pairs the widgets draw, with what WCAG 2.2 AA asks of each (1.4.3 text, 1.4.11 the rest). */
const PAIRS = [
  { fg: 'text', bg: 'bg', label: 'text on the background', min: 4.5 },
  { fg: 'text', bg: 'surface', label: 'text on the surface', min: 4.5 },
  { fg: 'muted', bg: 'bg', label: 'secondary text on the background', min: 4.5 },
  { fg: 'accent', bg: 'bg', label: 'the accent on the background', min: 4.5 },
  { fg: 'on-accent', bg: 'accent', label: 'text on the accent', min: 4.5 },
  { fg: 'border', bg: 'bg', label: 'the border on the background', min: 3 },
  { fg: 'focus', bg: 'bg', label: 'the focus ring on the background', min: 3 },
];
const SCHEMES = [
  { scheme: 'light', name: 'light theme' },
  { scheme: 'dark', name: 'dark theme' },
];
const OK_NOTE = 'Every pair meets AA.';
const LOW_NOTE = 'A marked pair is below AA: some visitors will find it hard to read.';

/**
 * Fills the contrast table (every ratio; low ones marked in words as well as colour) and
 * returns the pairs below AA, as "light theme, text on the background" → "3.2:1, needs 4.5:1".
 * The table keeps its shape whatever the colours, so nothing around it moves.
 */
function showContrast(): Map<string, string> {
  const low = new Map<string, string>();
  for (const { scheme, name } of SCHEMES) {
    for (const pair of PAIRS) {
      const ratio = contrastRatio(color(scheme, pair.fg), color(scheme, pair.bg));
      const cell = $(`#cr-${scheme}-${pair.fg}-${pair.bg}`);
      const isLow = !(ratio >= pair.min);
      cell.classList.toggle('low', isLow);
      const text = document.createTextNode(formatRatio(ratio));
      if (isLow) {
        const sign = document.createElement('span');
        sign.setAttribute('aria-hidden', 'true');
        sign.textContent = '⚠ ';
        const hidden = document.createElement('span');
        hidden.className = 'visually-hidden';
        hidden.textContent = ' (below AA)';
        cell.replaceChildren(sign, text, hidden);
        low.set(`${name}, ${pair.label}`, `${formatRatio(ratio)}, needs ${pair.min}:1`);
      } else {
        cell.replaceChildren(text);
      }
    }
  }
  const note = $('#contrast-note');
  note.classList.toggle('ok', !low.size);
  note.lastChild!.textContent = low.size ? LOW_NOTE : OK_NOTE;
  return low;
}

/**
 * The polite announcement: what went below AA, or came back, since the last one. It waits for
 * a pause, so a colour picker dragged across many values is not read out at every step.
 */
const contrastStatus = $('#contrast-status');
let announced = showContrast();
let announceTimer: ReturnType<typeof setTimeout> | undefined;
function announceContrast(low: Map<string, string>): void {
  clearTimeout(announceTimer);
  announceTimer = setTimeout(() => {
    const list = (entries: [string, string][]) => entries.map(([pair, ratio]) => `${pair}: ${ratio}`).join('; ');
    const fell = [...low].filter(([pair]) => !announced.has(pair));
    const moved = [...low].filter(([pair, ratio]) => announced.has(pair) && announced.get(pair) !== ratio);
    const recovered = [...announced.keys()].filter((pair) => !low.has(pair));
    announced = low;
    const parts = [
      fell.length ? `Below WCAG AA contrast: ${list(fell)}.` : '',
      moved.length ? `Still below: ${list(moved)}.` : '',
      recovered.length ? `Now meets AA: ${recovered.join('; ')}.` : '',
    ].filter(Boolean);
    if (parts.length) contrastStatus.textContent = parts.join(' ');
  }, 600);
}

const cssOut = $('#theme-css');

function refresh(): void {
  cssOut.textContent = themeCss();
  announceContrast(showContrast());
}

const previewStage = $('.preview-stage');
const previewProvider = $('.preview haven-provider');
function preview(scheme: string): void {
  previewProvider.setAttribute('theme', scheme);
  previewStage.dataset.scheme = scheme;
  check('preview', scheme);
}

form.addEventListener('input', (event) => {
  const c = event.target as HTMLInputElement | HTMLSelectElement;
  if (!c.dataset.token) return;
  applyControl(c);
  // Editing one theme's colours shows that theme in the preview.
  const scheme = c.closest<HTMLElement>('[data-scheme]')?.dataset.scheme;
  if (scheme) preview(scheme);
  $('#reset-status').textContent = '';
  refresh();
});
// Selects fire `input` too; `change` covers browsers that fire only that for pickers.
form.addEventListener('change', (event) => {
  const c = event.target as HTMLInputElement | HTMLSelectElement;
  if (!c.dataset.token) return;
  applyControl(c);
  refresh();
});

form.addEventListener('reset', () => {
  // The reset event comes before the controls go back to their defaults.
  setTimeout(() => {
    for (const c of controls()) applyControl(c);
    refresh();
    $('#reset-status').textContent = 'Every setting is back to its default.';
  });
});

for (const input of document.querySelectorAll<HTMLInputElement>('input[name="preview"]')) {
  input.addEventListener('change', () => preview(input.value));
}

// The forms opt out of value restoration (autocomplete="off"); applying the controls anyway
// keeps the page and the controls in step whatever a browser does.
for (const c of controls()) applyControl(c);
cssOut.textContent = themeCss();

// ---------------------------------------------------------------------------------------------
// The table of contents: open beside the page on wide screens; on narrow ones a "Contents"
// disclosure at the top that closes when a link is followed or Escape is pressed.

const toc = $<HTMLDetailsElement>('#toc');
const wide = matchMedia('(min-width: 68rem)');
const placeToc = () => (toc.open = wide.matches);
placeToc();
wide.addEventListener('change', placeToc);
toc.addEventListener('click', (event) => {
  if (!wide.matches && (event.target as Element).closest('a')) toc.open = false;
});
toc.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !wide.matches && toc.open) {
    toc.open = false;
    toc.querySelector('summary')!.focus();
  }
});

// ---------------------------------------------------------------------------------------------
// The snippet builder, first on the page. The theme editor's changes go into its snippet.

const builder = mountBuilder($('#builder'), {
  themeTokens: () => controls().filter((c) => c.value !== initial(c) && c.value !== '').map((c) => [c.dataset.token!, cssValue(c)]),
});
form.addEventListener('input', () => builder.refresh());
form.addEventListener('reset', () => setTimeout(() => builder.refresh()));

$('#copy-css').addEventListener('click', () => void copyText(cssOut.textContent ?? '', cssOut, $('#copy-css-status')));
