import { css } from './css.js';

/** The NHS.UK card, and its clickable pattern when the title is a link. */
export const card = css`
  .hc-card {
    position: relative;
    width: 100%;
    /* Cards side by side in a grid or flex row come out the same height. */
    height: 100%;
    border: 1px solid var(--_border);
    background-color: var(--_card-background);
    color: var(--_text);
  }
  .hc-card__content {
    padding: var(--_card-padding);
  }
  .hc-card__content > :last-child {
    margin-bottom: 0;
  }
  .hc-card__heading {
    margin-bottom: var(--_space-s);
  }
  .hc-card__family {
    margin-bottom: var(--_space-m);
  }
  .hc-card__facts {
    margin-bottom: var(--_space-s);
  }

  /* The whole card follows the title link: its ::before stretches over the card. */
  .hc-card--clickable {
    box-shadow: 0 3px 0 var(--_border);
  }
  .hc-card--clickable:hover,
  .hc-card--clickable:has(.hc-card__link:hover) {
    border-color: var(--_border-hover);
    box-shadow: 0 3px 0 var(--_border-hover);
  }
  .hc-card--clickable:active,
  .hc-card--clickable:has(.hc-card__link:active) {
    top: 3px;
    box-shadow: none;
  }
  .hc-card__link::before {
    content: '';
    display: block;
    position: absolute;
    inset: -1px -1px -4px;
    background-color: transparent;
  }
`;
