import { css } from 'lit';

/* The custom properties are documented on HavenQuickExit, where the manifest reads them. */
export const quickExitStyles = css`
  .root {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.5em;
  }
  .inline .help {
    flex: 1 1 12em;
  }
  /*
   * Pinned to the top corner, below the page's fixed and sticky bars (--_bar, measured), or
   * with .flow at its slot in the page (--_x, --_y: page coordinates, which an absolutely
   * positioned box in the top layer keeps as the page scrolls; viewport ones when .anchored).
   * The popover's own defaults (centred, bordered, clipped) are all undone here.
   */
  .fixed {
    position: fixed;
    inset: auto;
    inset-block-start: calc(max(var(--_bar, 0px), env(safe-area-inset-top, 0px)) + var(--haven-quick-exit-offset, 0.5em));
    /* The end side is the right in LTR and the left in RTL: clear the notch on either. */
    inset-inline-end: calc(var(--haven-quick-exit-offset, 0.5em) + max(env(safe-area-inset-left, 0px), env(safe-area-inset-right, 0px)));
    z-index: 2147483647;
    flex-wrap: nowrap;
    margin: 0;
    padding: 0;
    border: 0;
    overflow: visible;
    background: none;
  }
  .fixed.flow {
    position: absolute;
    inset: auto;
    top: var(--_y, 0px);
    left: var(--_x, 0px);
  }
  .fixed.flow.anchored {
    position: fixed;
  }
  /* The room the row takes at its place, on the end side: its own size, measured (this is a first guess). */
  .spacer {
    max-inline-size: 100%;
    inline-size: 14em;
    block-size: max(2.75em, 44px);
    margin-inline-start: auto;
  }
  .leave,
  summary {
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-block-size: max(2.75em, 44px);
    min-inline-size: max(2.75em, 44px);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .leave {
    padding: 0.25em 1em;
    font-weight: 700;
    color: var(--haven-quick-exit-color, var(--_on-accent));
    background: var(--haven-quick-exit-bg, var(--_accent));
    /* Transparent, so forced colours can draw it. */
    border: 2px solid transparent;
  }
  .fixed .leave,
  .fixed summary {
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.35);
  }
  .dots {
    display: inline-flex;
    gap: 0.25em;
  }
  /* Drawn with borders, which forced colours keep: a ring, then a disc of borders alone. */
  .dot {
    inline-size: calc(0.65em - 4px);
    block-size: calc(0.65em - 4px);
    border: 2px solid;
    border-radius: 50%;
  }
  .dot.on {
    inline-size: 0;
    block-size: 0;
    border-width: 0.325em;
  }
  summary {
    list-style: none;
    padding: 0.25em 0.5em;
    color: var(--_accent);
  }
  summary::-webkit-details-marker {
    display: none;
  }
  .fixed summary {
    padding: 0;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
  }
  .label,
  .leave:hover {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .icon {
    display: inline-grid;
    place-items: center;
    inline-size: 1.3em;
    block-size: 1.3em;
    font-weight: 700;
    border: 2px solid;
    border-radius: 50%;
  }
  .panel {
    max-inline-size: 40em;
  }
  /* Its border box fits the viewport, padding and border included (22em of text when wide). */
  .fixed .panel {
    box-sizing: border-box;
    position: absolute;
    inset-block-start: calc(100% + 0.5em);
    inset-inline-end: 0;
    inline-size: min(24em, calc(100vw - 2 * var(--haven-quick-exit-offset, 0.5em)));
    padding: 0.75em 1em 0.25em;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 2px 10px rgb(0 0 0 / 0.3);
  }
  .panel p {
    margin-block: 0 0.5em;
  }
  @media (prefers-reduced-motion: no-preference) {
    .dot {
      transition: 0.15s ease-out;
    }
  }
  /* Not the shared inverse (Canvas text on LinkText): the text backplate is Canvas too, which hides it. */
  @media print {
    :host {
      display: none;
    }
  }
`;
