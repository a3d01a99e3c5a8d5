import { css } from 'lit';

/* The custom properties are documented on HavenFaq, where the manifest reads them. */
export const faqStyles = css`
  .root {
    --_faq-accent: var(--haven-faq-accent, var(--_accent));
    --_divider: var(--haven-faq-divider, var(--_border));
    padding-block: calc(var(--_space) / 2);
  }
  .controls {
    display: flex;
    justify-content: flex-end;
    padding-inline: calc(var(--_space) / 2);
  }
  .toggle-all {
    font-size: 0.95em;
    color: var(--_faq-accent);
    background: none;
    border: 0;
    border-radius: calc(var(--_radius) / 1.9);
    padding: 0.5em 0.25em;
    /* 2.75 times the widget's text, in its own 0.95em text, and never under 44px. */
    min-block-size: max(2.75em / 0.95, 44px);
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
  .item {
    border-block-end: 1px solid var(--_divider);
  }
  /* In long FAQs, off-screen items skip layout and paint until scrolled to (still found by
     find-in-page and read by screen readers). Only there: a short FAQ gains nothing, and
     full-page captures would show unpainted rows. */
  .long > .item {
    content-visibility: auto;
    contain-intrinsic-size: auto 3em;
  }
  /* On paper every answer shows (someone printing an FAQ wants the answers), and the
     controls that only work on screen do not. */
  @media print {
    .long > .item,
    .answer[hidden] {
      content-visibility: visible;
    }
    .answer[hidden] {
      display: block;
    }
    .controls,
    .icon {
      display: none;
    }
  }
  .item:first-of-type {
    border-block-start: 1px solid var(--_divider);
  }
  .heading {
    margin: 0;
    font-size: 1.0625em;
    font-weight: 600;
  }
  .question {
    display: flex;
    align-items: center;
    /* Sizes in the widget's text, divided by the heading's own 1.0625: 48px tall at 16px,
       never under 44px. */
    gap: calc(var(--_space) / 1.0625);
    inline-size: 100%;
    min-block-size: max(3em / 1.0625, 44px);
    padding: 0.75em calc(var(--_space) / 2.125);
    text-align: start;
    color: inherit;
    background: transparent;
    border: 0;
    border-radius: calc(var(--_radius) / 2);
    cursor: pointer;
  }
  .question:hover {
    background: var(--_surface);
  }
  .question-text {
    flex: 1;
  }
  /* A chevron drawn with borders: no icon font, no request. Physical borders on purpose:
     it points down or up, the same in both directions. */
  .icon {
    flex: none;
    inline-size: 0.55em;
    block-size: 0.55em;
    margin-inline-end: 0.25em;
    border-right: 2px solid var(--_faq-accent);
    border-bottom: 2px solid var(--_faq-accent);
    transform: translateY(-25%) rotate(45deg);
  }
  [aria-expanded='true'] > .icon {
    transform: translateY(25%) rotate(225deg);
  }
  /* No padding on the panel itself: hidden="until-found" keeps its box. */
  .answer-body {
    padding: 0 calc(var(--_space) / 2) var(--_space);
    max-inline-size: 70ch;
  }
  .answer-body > :first-child {
    margin-block-start: 0;
  }
  .answer-body > :last-child {
    margin-block-end: 0;
  }
  .answer-body p {
    margin-block: 0 0.75em;
  }
  @media (prefers-reduced-motion: no-preference) {
    .icon {
      transition: transform 0.2s ease;
    }
  }
  @media (forced-colors: active) {
    .icon {
      border-color: ButtonText;
    }
  }
`;
