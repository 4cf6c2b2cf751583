import { css } from '../../styles/css.js';

export const requirementsListStyles = css`
  .hc-routes {
    margin: 0 0 var(--_block-gap);
    padding: 0;
    list-style: none;
  }
  .hc-route {
    margin-bottom: var(--_block-gap);
    padding-bottom: var(--_space-m);
    border-bottom: 1px solid var(--_border);
  }
  .hc-route:last-child {
    border-bottom: 0;
    padding-bottom: 0;
  }
  .hc-route > :last-child {
    margin-bottom: 0;
  }
  .hc-route__title {
    margin-bottom: var(--_space-s);
  }
`;
