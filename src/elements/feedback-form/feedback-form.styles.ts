import { css } from '../../styles/css.js';

/** NHS.UK form anatomy: label, hint, textarea, character count, error summary, button. */
export const feedbackFormStyles = css`
  .hc-form-group {
    margin-bottom: var(--_space-l);
  }
  .hc-form-group--error {
    padding-left: var(--_space-m);
    border-left: 4px solid var(--_error);
  }
  .hc-label {
    display: block;
    margin-bottom: var(--_space-s);
    font-weight: 600;
  }
  .hc-error-message {
    display: block;
    margin-bottom: var(--_space-m);
    color: var(--_error);
    font-weight: 600;
  }
  .hc-textarea {
    display: block;
    width: 100%;
    min-height: 40px;
    margin-bottom: var(--_space-s);
    padding: 4px;
    resize: vertical;
    border: 2px solid var(--_input-border);
    border-radius: 0;
    background-color: var(--_card-background);
    color: var(--_text);
    font: inherit;
    line-height: 1.5;
    -webkit-appearance: none;
    appearance: none;
  }
  .hc-textarea:focus {
    outline: 4px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_text);
  }
  .hc-textarea--error {
    border-color: var(--_error);
  }
  .hc-count {
    margin: 0;
    color: var(--_secondary-text);
  }
  .hc-count--over {
    color: var(--_error);
    font-weight: 600;
  }

  /* The warning: NHS.UK inset text. */
  .hc-warning {
    margin: 0 0 var(--_space-l);
    padding: var(--_space-m);
    border-left: 8px solid var(--_brand);
  }
  .hc-warning > :last-child {
    margin-bottom: 0;
  }

  .hc-error-summary,
  .hc-panel {
    margin-bottom: var(--_space-l);
    padding: var(--_space-m);
    border: 4px solid var(--_error);
  }
  .hc-error-summary:focus,
  .hc-panel:focus {
    outline: 4px solid var(--_focus);
    outline-offset: 0;
  }
  .hc-error-summary ul {
    margin-bottom: 0;
    padding: 0;
    list-style: none;
  }
  .hc-error-summary a {
    color: var(--_error);
    font-weight: 600;
  }
  .hc-panel--success {
    border-color: var(--_success);
  }
  .hc-panel > :last-child {
    margin-bottom: 0;
  }

  .hc-button {
    position: relative;
    display: inline-block;
    min-height: 24px;
    margin: 0 0 var(--_space-m);
    padding: 12px 16px;
    border: 2px solid transparent;
    border-radius: 4px;
    box-shadow: 0 4px 0 var(--_button-shadow);
    background-color: var(--_button);
    color: var(--_button-text);
    font: inherit;
    font-weight: 600;
    line-height: 1.5;
    cursor: pointer;
  }
  .hc-button:hover {
    background-color: var(--_button-hover);
  }
  .hc-button:focus-visible {
    background-color: var(--_focus);
    color: var(--_focus-text);
    box-shadow: 0 4px 0 var(--_focus-text);
  }
  .hc-button:active {
    top: 4px;
    box-shadow: none;
  }
  /* Sending, or server-rendered and waiting for the script: it looks as unavailable as it is. */
  .hc-button[aria-disabled='true'],
  :disabled {
    opacity: 0.5;
    cursor: default;
  }

  /* Bots fill every field they find; people and assistive technology never meet this one. */
  .hc-honeypot {
    position: absolute;
    left: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
`;
