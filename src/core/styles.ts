import { css, unsafeCSS } from 'lit';

/*
 * Design tokens. A site themes every widget at once with the public `--haven-*` properties,
 * or one widget with its own (`--haven-faq-accent`). Widgets read only the private `--_*`
 * names set here, so a theme switch is a change of one class on the widget's root.
 *
 * Colour pairs meet WCAG 2.2 AA (4.5:1 for text, 3:1 for borders and focus) in both themes.
 */
const light = {
  text: '#1f2a30',
  muted: '#4d5b63',
  bg: '#ffffff',
  surface: '#f3f6f5',
  border: '#7a8987',
  accent: '#256a66',
  'on-accent': '#ffffff',
  focus: '#1d5f9e',
};
const dark = {
  text: '#e6ecea',
  muted: '#b4c0bd',
  bg: '#161b1d',
  surface: '#20272a',
  border: '#6f7f7c',
  accent: '#86cfc6',
  'on-accent': '#10201e',
  focus: '#9cc8f5',
};

/*
 * Each token is a light-dark() pair, so one set serves every theme: it takes its side from
 * the `color-scheme` in force where the colour is used. `theme-light` and `theme-dark` set
 * that on the widget; `theme-auto` sets nothing and inherits the page's, so a widget goes
 * dark only where the page says it supports dark (`color-scheme: light dark` on the root or
 * an ancestor, or `<meta name="color-scheme">`) and the visitor's system is dark. A page that
 * says nothing is light, as its own text and background are.
 */
const tokens = unsafeCSS(
  Object.entries(light)
    .map(([name, value]) => `--_${name}:light-dark(var(--haven-color-${name},${value}),var(--haven-dark-color-${name},${dark[name as keyof typeof dark]}));`)
    .join(''),
);

/**
 * Shared by every widget. The root element of each template carries `class="root"` plus
 * `theme-light`, `theme-dark` or `theme-auto` (see HavenElement.rootClasses). The custom
 * properties are documented on HavenElement, where the manifest reads them.
 */
export const baseStyles = css`
  /* Font family and size come from the page, so a widget fits the site. The rest of what a
     page's text passes down (a CMS block's centring, capitals, italics, letter-spacing, kept
     line breaks) would make answers and prompts hard to read, and a left-aligned parent
     would wrongly align Arabic: reset here. A site still wins by styling the element. */
  :host {
    display: block;
    font-family: var(--haven-font-family, inherit);
    font-style: normal;
    font-variant: normal;
    font-weight: 400;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    /* A long word (Reconhecimento, a German compound) breaks rather than overflow a sidebar. */
    overflow-wrap: break-word;
    cursor: auto;
  }
  :host([hidden]) {
    display: none;
  }
  /* Firefox aligns list items to their list's direction (match-parent); a site's text in its own
     direction (dir=auto) aligns to its own start, as in other engines. */
  li {
    text-align: start;
  }
  .root {
    ${tokens}
    --_radius: var(--haven-radius, 0.5em);
    --_space: var(--haven-space, 1em);
    color: var(--_text);
    background: var(--_bg);
    border-radius: var(--_radius);
  }
  .theme-light {
    color-scheme: light;
  }
  .theme-dark {
    color-scheme: dark;
  }
  /* Form controls take the widget's text rather than their own 13px, letter- and word-spacing
     included, so that a reader's text-spacing setting on the element reaches their labels;
     and no control is wider than its column (a menu is as wide as its longest option). */
  button,
  select,
  textarea {
    font: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    max-inline-size: 100%;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (forced-colors: active) {
    .root {
      --_text: CanvasText;
      --_muted: CanvasText;
      --_bg: Canvas;
      --_surface: Canvas;
      --_border: CanvasText;
      --_accent: Highlight;
      --_on-accent: HighlightText;
      --_focus: Highlight;
    }
    a {
      color: LinkText;
    }
    /* Forced colours paint a Canvas backplate behind all text, and HighlightText is often the
       Canvas colour (black on black in High Contrast Black), so text on the accent would
       vanish. Every filled control carries .primary and becomes an outlined system button. */
    .root .primary,
    .root .primary:hover {
      color: ButtonText;
      background: ButtonFace;
      border-color: Highlight;
    }
  }
`;
