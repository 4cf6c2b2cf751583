import { css } from 'lit';
import { colours } from './colours.js';

/**
 * Design tokens: the colours (see colours.ts: each `--hc-…` property falls back to the page's
 * `--nhsuk-…` one, then to the NHS.UK value) and spacing. The widgets' styles read only the
 * private `--_…` names set here.
 */
export const tokens = css`
  :host {
    ${colours};

    /* NHS.UK spacing: 16px and 24px on small screens, 24px and 32px from 641px wide. */
    --_space-s: var(--hc-space-s, 0.5rem);
    --_space-m: var(--hc-space-m, 1rem);
    --_space-l: var(--hc-space-l, 1.5rem);
    --_card-padding: var(--hc-card-padding, 1.5rem);
    --_block-gap: var(--hc-block-gap, 1rem);
  }

  /* NHS.UK frontend's tablet breakpoint; a viewport query, as NHS.UK pages use, so a widget's
     host needs no size containment (which would collapse it inside a flex row). */
  @media (min-width: 40.0625em) {
    :host {
      --_card-padding: var(--hc-card-padding, 2rem);
      --_block-gap: var(--hc-block-gap, 1.5rem);
    }
  }
`;
