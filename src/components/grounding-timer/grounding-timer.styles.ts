import { css } from 'lit';

/* The custom properties are documented on HavenGroundingTimer, where the manifest reads them. */
export const groundingTimerStyles = css`
  .root {
    --_gt: var(--haven-grounding-timer-accent, var(--_accent));
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    justify-items: center;
    gap: calc(var(--_space) * 0.75);
    padding: var(--_space);
    text-align: center;
  }
  p {
    margin: 0;
    max-inline-size: 36ch;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.5em 1em;
  }
  label,
  select,
  button {
    min-block-size: max(2.75em, 44px);
  }
  label {
    max-inline-size: 100%;
    display: inline-flex;
    flex-wrap: wrap;
    justify-content: center;
    align-items: center;
    gap: 0.5em;
  }
  select,
  button {
    color: inherit;
    border-radius: var(--_radius);
  }
  select {
    background: var(--_bg);
  }
  .stage {
    display: grid;
    place-items: center;
    /* No wider than its column: a sidebar can be narrower than the circle. */
    inline-size: min(var(--haven-grounding-timer-size, 12em), 100%);
  }
  .stage>* {
    grid-area: 1/1;
  }
  .shape {
    box-sizing: border-box;
    inline-size: 100%;
    aspect-ratio: 1;
    border: 2px solid var(--_gt);
    border-radius: 50%;
    background: color-mix(in srgb, var(--_gt) 15%, transparent);
  }
  .count {
    font-size: 2.5em;
  }
  .word {
    font-size: 1.375em;
    font-weight: 600;
  }
  .muted {
    color: var(--_muted);
  }
  .track {
    display: flex;
    gap: 0.375em;
  }
  .track span {
    inline-size: 1.25em;
    block-size: 0.375em;
    border-radius: 0.25em;
    background: var(--_border);
  }
  .track .on,
  .primary {
    background: var(--_gt);
  }
  button {
    min-inline-size: 7em;
    padding: 0.5em 1.5em;
    background: none;
    border: 2px solid var(--_gt);
  }
  button,
  summary {
    cursor: pointer;
  }
  .primary {
    color: var(--_on-accent);
  }
  [aria-disabled=true] {
    color: var(--_muted);
    border-color: var(--_border);
  }
  input {
    accent-color: var(--_gt);
  }
  .talk {
    justify-self: stretch;
    text-align: start;
  }
  summary {
    text-align: center;
    padding-block: 0.6em;
    color: var(--_gt);
  }
  /* The circle grows and shrinks only for visitors who have not asked for less motion. */
  @media (prefers-reduced-motion: no-preference) {
    .shape {
      transform: scale(calc(0.55 + 0.45 * var(--_f, 0)));
    }
  }
  @media (forced-colors: active) {
    .track {
      forced-color-adjust: none;
    }
  }
`;
