import { css } from 'lit';

/* The custom properties are documented on HavenStageTable, where the manifest reads them. */
export const stageTableStyles = css`
  .root {
    container-type: inline-size;
    padding: calc(var(--_space) / 2);
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  caption {
    font-weight: 600;
    font-size: 1.125em;
    padding-block-end: 0.5em;
  }
  caption,
  th,
  td {
    text-align: start;
  }
  th,
  td {
    vertical-align: top;
    padding: 0.75em;
    border-block-end: 1px solid var(--haven-stage-table-divider, var(--_border));
  }
  thead th {
    color: var(--_muted);
    border-block-end-width: 2px;
  }
  p {
    margin: 0;
  }
  p + p {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  /* A stage's name reads and aligns in its own direction, like the cells beside it (dir=auto),
     while the row's edge stays at the table's start: the element keeps the table's direction. */
  tbody th {
    unicode-bidi: plaintext;
  }
  .current {
    background: var(--_surface);
  }
  .current > th {
    border-inline-start: 4px solid var(--haven-stage-table-accent, var(--_accent));
    padding-inline-start: calc(0.75em - 4px);
  }
  .marker {
    display: inline-block;
    padding-inline: 0.5em;
    border: 1px solid;
    border-radius: 1em;
    color: var(--haven-stage-table-accent, var(--_accent));
    font-size: 0.8125em;
  }
  .label {
    display: none;
  }
  .pick {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: max(2.75em, 44px);
    white-space: nowrap;
    cursor: pointer;
  }
  input {
    flex: none;
    /* Sized in the widget's text, not the 13px a form control has of its own. */
    font-size: inherit;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--haven-stage-table-accent, var(--_accent));
  }
  .note {
    margin-block-start: 0.75em;
    color: var(--_muted);
  }
  /* Narrow: each stage is a card. The explicit ARIA roles in the template keep the table's
     semantics, which some engines drop when table elements change their display. */
  @container (inline-size < 36em) {
    /* A card has the width to itself: "This is where I am" may wrap in a 200px sidebar. */
    .pick {
      white-space: normal;
    }
    table,
    caption,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    tbody tr {
      margin-block-end: 0.75em;
      padding: 0.25em 1em;
      border: 1px solid var(--haven-stage-table-divider, var(--_border));
      border-radius: var(--_radius);
    }
    tbody .current {
      border-inline-start: 4px solid var(--haven-stage-table-accent, var(--_accent));
    }
    tbody th,
    tbody td,
    .current > th {
      padding: 0.5em 0;
      border: 0;
    }
    tbody th {
      font-size: 1.125em;
    }
    .label {
      display: block;
      color: var(--_muted);
      font-size: 0.875em;
      font-weight: 600;
    }
  }
`;
