import { css } from 'lit';

/* The custom properties are documented on HavenEmpathyPrompts, where the manifest reads them. */
export const empathyPromptsStyles = css`
  .root {
    --_ep: var(--haven-empathy-prompts-accent, var(--_accent));
    padding: calc(var(--_space) / 2);
    container-type: inline-size;
  }
  [role=tablist],
  #panel {
    max-inline-size: 40em;
  }
  [role=tablist] {
    display: flex;
    flex-wrap: wrap;
    border-block-end: 1px solid var(--_border);
    margin-block-end: var(--_space);
  }
  button,
  select,
  textarea {
    min-block-size: max(2.75em, 44px);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_bg);
  }
  button {
    padding: 0.5em 1.25em;
    color: var(--_ep);
    border: 2px solid var(--_ep);
    cursor: pointer;
  }
  button:hover {
    background: var(--_surface);
  }
  [role=tab] {
    padding-inline: 0.875em;
    color: var(--_muted);
    background: none;
    border: 0;
    border-block-end: 3px solid transparent;
    border-radius: 0;
  }
  [aria-selected=true] {
    color: var(--_text);
    font-weight: 600;
    border-color: var(--_ep);
  }
  .primary,
  .primary:hover {
    color: var(--_on-accent);
    background: var(--_ep);
  }
  /* Spacing is in the widget's text size: divided by this text's own 1.25. */
  p {
    margin: 0 0 calc(var(--_space) / 1.25);
    padding: calc(var(--_space) / 1.25);
    font-size: 1.25em;
    line-height: 1.4;
    background: var(--haven-empathy-prompts-card, var(--_surface));
    border: 1px solid transparent;
    border-inline-start: 4px solid var(--_ep);
    border-radius: calc(var(--_radius) / 1.25);
  }
  b {
    color: var(--_ep);
  }
  label {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-block-end: var(--_space);
  }
  select,
  textarea {
    color: inherit;
    padding: 0.25em 0.5em;
    border: 1px solid var(--_border);
  }
  textarea {
    flex: 1 1 16em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .more {
    margin-inline-start: auto;
    padding-inline: 0.25em;
    background: none;
    border: 0;
    text-decoration: underline;
  }
  ul {
    margin: var(--_space) 0 0;
    padding-inline-start: 1.25em;
  }
  /* A narrow widget (a phone, a sidebar): tabs share the row, and rows if they must wrap. */
  @container (max-width: 24em) {
    [role=tab] {
      flex: 1 1 auto;
      padding-inline: 0.25em;
    }
  }
  @media (forced-colors: active) {
    [role=tab] {
      border-color: Canvas;
    }
    [aria-selected=true] {
      border-color: Highlight;
    }
  }
`;
