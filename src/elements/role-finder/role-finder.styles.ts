import { css } from 'lit';

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
  /* NHS.UK's secondary button: the link colour on white, with its bottom shadow. */
  .hc-button {
    position: relative;
    min-height: 24px;
    margin: 0;
    padding: 12px 16px;
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
    background-color: #e8edee;
  }
  .hc-button:focus-visible {
    border-color: var(--_focus);
  }
  .hc-button:active {
    top: 4px;
    box-shadow: none;
  }
`;
