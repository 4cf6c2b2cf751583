import { css } from '../../styles/css.js';

/** The finder's own layout: the results as a list of NHS.UK cards, and the secondary button. */
export const roleFinderStyles = css`
  .hc-fieldset + .hc-fieldset {
    margin-top: var(--_space-l);
  }
  .hc-finder__count {
    margin-top: var(--_space-l);
  }
  .hc-results {
    margin: 0 0 var(--_space-m);
    padding: 0;
    list-style: none;
  }
  .hc-results > li {
    margin-bottom: var(--_block-gap);
  }
  .hc-result__skills {
    margin-bottom: var(--_space-s);
  }
  /* NHS.UK's secondary button: the brand colour on white, full width on phones. */
  .hc-button {
    position: relative;
    width: 100%;
    min-height: 2.75rem;
    margin: 0;
    padding: 10px 16px;
    border: 2px solid var(--_link);
    border-radius: 4px;
    box-shadow: 0 4px 0 var(--_link);
    background-color: var(--_card-background);
    color: var(--_link);
    font: inherit;
    font-weight: 600;
    line-height: 1.5;
    cursor: pointer;
  }
  .hc-button:hover {
    background-color: #d9e7f4;
  }
  .hc-button:focus-visible {
    border-color: var(--_focus);
    background-color: var(--_focus);
  }
  .hc-button:active {
    top: 4px;
    box-shadow: none;
    background-color: #c7dcef;
  }
  @media (min-width: 40.0625em) {
    .hc-button {
      width: auto;
      min-height: 3.5rem;
      padding: 14px 16px;
    }
  }
`;
