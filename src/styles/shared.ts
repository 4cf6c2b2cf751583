import { css } from './css.js';

/**
 * Styles every widget shares: text, links with the NHS.UK focus style, the type scale, states.
 * Each element joins them with its own into one sheet (`oneSheet`) that every instance adopts.
 */
export const base = css`
  :host {
    display: block;
    color: var(--_text);
    /* font-family is inherited from the page on purpose: pages load their own fonts. */
    font-size: 1rem;
    line-height: 1.5;
    font-weight: 400;
    overflow-wrap: anywhere;
    -webkit-font-smoothing: antialiased;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  p,
  ul,
  ol {
    margin: 0 0 var(--_space-m);
  }
  .hc-heading-m,
  .hc-heading-s {
    display: block;
    margin: 0 0 var(--_space-m);
    font-weight: 600;
  }
  .hc-heading-m {
    font-size: 1.375rem;
    line-height: 1.3181818182;
  }
  .hc-heading-s {
    font-size: 1.1875rem;
    line-height: 1.4210526316;
  }
  .hc-secondary {
    color: var(--_secondary-text);
  }
  ul.hc-list {
    padding-left: 1.25rem;
    list-style-type: disc;
  }
  ul.hc-list > li {
    margin-bottom: var(--_space-s);
  }
  .hc-last {
    margin-bottom: 0;
  }
  @media (min-width: 40.0625em) {
    :host {
      font-size: 1.1875rem;
      line-height: 1.4736842105;
    }
    .hc-heading-m {
      font-size: 1.625rem;
      line-height: 1.2307692308;
    }
    .hc-heading-s {
      font-size: 1.375rem;
      line-height: 1.3181818182;
    }
  }

  a {
    color: var(--_link);
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625rem);
    text-underline-offset: 0.1578em;
  }
  a:visited {
    color: var(--_link-visited);
  }
  a:hover {
    color: var(--_link-hover);
    text-decoration-thickness: max(3px, 0.1875rem, 0.12em);
  }
  a:active {
    color: var(--_link-active);
  }
  /* NHS.UK focus: yellow behind the text and a dark bar under it. The transparent outline is
     what forced-colours mode paints, so focus stays visible there too. */
  a:focus,
  button:focus-visible {
    outline: 4px solid transparent;
    outline-offset: 0;
    color: var(--_focus-text);
    background-color: var(--_focus);
    box-shadow:
      0 -2px var(--_focus),
      0 4px var(--_focus-text);
    text-decoration: none;
    -webkit-box-decoration-break: clone;
    box-decoration-break: clone;
  }

  .hc-visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
`;

/** Loading and error states, shared by every widget. */
export const states = css`
  .hc-status {
    min-height: var(--hc-loading-min-height, 6rem);
  }
  /* Reserved before the status renders (LoadingStatusController); a rule of its own, since a
     browser without custom states drops the whole rule. */
  :host(:state(loading)) {
    min-height: var(--hc-loading-min-height, 6rem);
  }
  .hc-status--loading {
    color: var(--_secondary-text);
  }
  /* The NHS.UK inset text anatomy, with the error colour. */
  .hc-status--error {
    min-height: 0;
    padding: var(--_space-m);
    border-left: 8px solid var(--_error);
  }
  .hc-status--error > :last-child {
    margin-bottom: 0;
  }
  .hc-status__title {
    font-weight: 600;
  }
  .hc-retry {
    min-width: 24px;
    min-height: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_link);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  .hc-retry:hover {
    color: var(--_link-hover);
  }
`;
