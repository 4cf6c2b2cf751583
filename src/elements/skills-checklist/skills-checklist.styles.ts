import { css } from '../../styles/css.js';

/** The live count under the checkboxes. */
export const skillsChecklistStyles = css`
  .hc-count {
    margin: var(--_space-m) 0 0;
    font-weight: 600;
  }
`;
