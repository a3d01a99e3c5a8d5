import { css } from 'lit';

/* The custom properties are documented on HavenHelplines, where the manifest reads them. */
export const helplinesStyles = css`
  .root {
    padding: calc(var(--_space) / 2);
  }
  p,
  ul,
  dl,
  dd {
    margin: 0;
  }
  .emergency {
    padding: 0.75em var(--_space);
    border-inline-start: 4px solid var(--haven-helplines-accent, var(--_accent));
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
  }
  .empty {
    margin-block-start: var(--_space);
    color: var(--_muted);
  }
  .region {
    /* The widget's spacing, in text 1.125 times its size. */
    margin-block-start: calc(var(--_space) / 1.125);
    font-size: 1.125em;
    font-weight: 600;
  }
  .list {
    list-style: none;
    padding: 0;
  }
  .helpline {
    padding-block: 0.75em;
  }
  .helpline + .helpline {
    border-block-start: 1px solid var(--haven-helplines-divider, var(--_border));
  }
  .name {
    font-weight: 600;
  }
  .description,
  .details {
    color: var(--_muted);
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block: 0.5em;
  }
  .link {
    display: inline-flex;
    align-items: center;
    min-block-size: max(2.75em, 44px);
    padding: 0.25em 0.9em;
    border: 1px solid var(--haven-helplines-accent, var(--_accent));
    border-radius: var(--_radius);
    color: var(--haven-helplines-accent, var(--_accent));
    font-weight: 600;
    text-decoration: none;
  }
  .link:hover {
    text-decoration: underline;
  }
  .primary {
    background: var(--haven-helplines-accent, var(--_accent));
    color: var(--_on-accent);
  }
  .details {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25em;
    font-size: 0.95em;
  }
  .details div {
    display: flex;
    gap: 0.3em;
  }
  dt {
    font-weight: 600;
  }
  dt::after {
    content: ':';
  }
`;
