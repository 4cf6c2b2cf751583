import { css } from './css.js';

/** NHS.UK checkboxes: a 40px box drawn before each label, the real input over it, invisible. */
export const checkboxes = css`
  .hc-fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .hc-legend {
    max-width: 100%;
    margin-bottom: var(--_space-s);
    padding: 0;
    white-space: normal;
  }
  .hc-hint {
    margin-bottom: var(--_space-m);
    color: var(--_secondary-text);
  }
  .hc-checkboxes__item {
    position: relative;
    min-height: 40px;
    margin-bottom: var(--_space-s);
    padding-left: 40px;
  }
  .hc-checkboxes__input {
    position: absolute;
    z-index: 1;
    top: 0;
    left: 0;
    width: 40px;
    height: 40px;
    margin: 0;
    cursor: pointer;
    opacity: 0;
  }
  .hc-checkboxes__label {
    display: inline-block;
    padding: 8px 12px 4px;
    cursor: pointer;
    touch-action: manipulation;
  }
  .hc-checkboxes__label::before {
    content: '';
    position: absolute;
    top: 0;
    left: 0;
    width: 40px;
    height: 40px;
    border: 2px solid currentcolor;
    background: var(--_card-background);
  }
  .hc-checkboxes__label::after {
    content: '';
    position: absolute;
    top: 11px;
    left: 9px;
    width: 23px;
    height: 12px;
    transform: rotate(-45deg);
    border: solid;
    border-width: 0 0 5px 5px;
    border-top-color: transparent;
    opacity: 0;
    background: transparent;
  }
  .hc-checkboxes__input:checked + .hc-checkboxes__label::after {
    opacity: 1;
  }
  .hc-checkboxes__input:focus-visible + .hc-checkboxes__label::before {
    border-width: 4px;
    outline: 4px solid transparent;
    outline-offset: 4px;
    box-shadow: 0 0 0 4px var(--_focus);
  }
  .hc-checkboxes__input:disabled,
  .hc-checkboxes__input:disabled + .hc-checkboxes__label {
    cursor: default;
    opacity: 0.5;
  }
  .hc-checkboxes__hint {
    display: block;
    padding: 0 12px;
    color: var(--_secondary-text);
  }
`;
