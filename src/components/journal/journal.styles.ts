import { css } from 'lit';

/* The custom properties are documented on HavenJournal, where the manifest reads them. */
export const journalStyles = css`
  .root {
    --_jn: var(--haven-journal-accent, var(--_accent));
    padding: calc(var(--_space) / 2);
    max-inline-size: 44em;
  }
  p,
  ul,
  fieldset {
    margin: 0 0 var(--_space);
  }
  .notice {
    padding: 0.75em var(--_space);
    background: var(--_surface);
    border-inline-start: 4px solid var(--_jn);
    border-radius: calc(var(--_radius) / 2);
  }
  fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    padding: 0;
    border: 0;
  }
  legend {
    margin-block-end: 0.5em;
    font-weight: 600;
  }
  fieldset label {
    display: flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: max(2.75em, 44px);
    padding: 0 0.75em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    cursor: pointer;
  }
  fieldset label:has(:checked) {
    border-color: var(--_jn);
    box-shadow: inset 0 0 0 1px var(--_jn);
    font-weight: 600;
  }
  input[type='radio'] {
    accent-color: var(--_jn);
    margin: 0;
  }
  .prompt {
    margin: 0;
    font-size: 1.125em;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_jn);
  }
  .write,
  form {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.5em;
    margin-block-end: var(--_space);
  }
  textarea,
  input[type='password'] {
    box-sizing: border-box;
    inline-size: 100%;
    padding: 0.5em;
    color: inherit;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
  }
  input[type='password'] {
    font: inherit;
    max-inline-size: 24em;
  }
  button {
    min-block-size: max(2.75em, 44px);
    padding: 0.5em 1.25em;
    color: var(--_jn);
    background: var(--_bg);
    border: 2px solid var(--_jn);
    border-radius: calc(var(--_radius) / 2);
    cursor: pointer;
  }
  button:hover {
    background: var(--_surface);
  }
  button:disabled {
    cursor: progress;
  }
  .primary,
  .primary:hover {
    color: var(--_on-accent);
    background: var(--_jn);
  }
  .link {
    min-block-size: 44px;
    padding-inline: 0;
    background: none;
    border: 0;
    text-decoration: underline;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-end: var(--_space);
  }
  .panel {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .panel .actions {
    margin: 0;
  }
  .explain {
    padding-inline-start: 1.25em;
  }
  .message {
    font-weight: 600;
  }
  .heading {
    margin-block-end: 0.5em;
    font-size: 1.25em;
    font-weight: 600;
  }
  .quiet,
  .meta {
    color: var(--_muted);
  }
  section ul {
    padding: 0;
    list-style: none;
  }
  .entry {
    padding-block: 0.75em;
    border-block-start: 1px solid var(--_border);
  }
  .entry p {
    margin: 0;
  }
  .meta time {
    margin-inline-start: 0.5em;
  }
  .milestone .kind {
    color: var(--_jn);
    font-weight: 600;
  }
  .text {
    white-space: pre-wrap;
  }
  @media (forced-colors: active) {
    fieldset label:has(:checked) {
      border-color: Highlight;
    }
  }
`;
