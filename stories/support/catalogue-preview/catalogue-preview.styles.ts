import { css } from 'lit';

/** What the preview adds to the feedback form's NHS.UK form anatomy: hints, a select, a file. */
export const previewStyles = css`
  :host {
    max-width: 100%;
  }
  form {
    margin-bottom: var(--_space-l);
  }
  .hc-hint {
    margin-bottom: var(--_space-s);
    color: var(--_secondary-text);
  }
  .hc-textarea {
    font-family: ui-monospace, monospace;
    font-size: 1rem;
  }
  .hc-select {
    display: block;
    min-width: min(100%, 23ex);
    max-width: 100%;
    height: 40px;
    margin-bottom: var(--_space-l);
    padding: 4px;
    border: 2px solid var(--_input-border);
    border-radius: 0;
    background-color: var(--_card-background);
    color: var(--_text);
    font: inherit;
  }
  .hc-file {
    display: block;
    max-width: 100%;
    margin-bottom: var(--_space-m);
    font: inherit;
  }
  .hc-select:focus,
  .hc-file:focus-visible {
    outline: 4px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_text);
  }
  .hc-file:focus-visible {
    box-shadow: 0 0 0 8px var(--_text);
    outline-offset: 4px;
  }
  .hc-reading {
    color: var(--_secondary-text);
  }
  /* English and Welsh side by side where there is room for two columns, else one after the other. */
  .languages {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
    gap: var(--_space-l);
    margin-bottom: var(--_space-l);
  }
  .languages hc-careers-data > * {
    margin-bottom: var(--_block-gap);
  }
`;
