import { css } from './css.js';

/**
 * Design tokens. Each public `--hc-…` property falls back to the host page's NHS.UK frontend
 * property of the same meaning (`--nhsuk-…`, defined by nhsuk-frontend 10 on `:root`), then to
 * the NHS.UK value. The widgets' styles read only the private `--_…` names set here.
 */
export const tokens = css`
  :host {
    --_text: var(--hc-text-colour, var(--nhsuk-text-colour, #212b32));
    --_secondary-text: var(--hc-secondary-text-colour, var(--nhsuk-secondary-text-colour, #4c6272));
    --_brand: var(--hc-brand-colour, var(--nhsuk-brand-colour, #005eb8));
    --_link: var(--hc-link-colour, var(--nhsuk-link-colour, #005eb8));
    --_link-visited: var(--hc-link-visited-colour, var(--nhsuk-link-visited-colour, #330072));
    --_link-hover: var(--hc-link-hover-colour, var(--nhsuk-link-hover-colour, #7c2855));
    --_link-active: var(--hc-link-active-colour, var(--nhsuk-link-active-colour, #002f5c));
    --_focus: var(--hc-focus-colour, var(--nhsuk-focus-colour, #ffeb3b));
    --_focus-text: var(--hc-focus-text-colour, var(--nhsuk-focus-text-colour, #212b32));
    --_border: var(--hc-border-colour, var(--nhsuk-border-colour, #d8dde0));
    --_border-hover: var(--hc-border-hover-colour, var(--nhsuk-border-hover-colour, #aeb7bd));
    --_card-background: var(--hc-card-background-colour, var(--nhsuk-card-background-colour, #fff));
    --_error: var(--hc-error-colour, var(--nhsuk-error-colour, #d5281b));
    --_success: var(--hc-success-colour, var(--nhsuk-success-colour, #007f3b));
    --_input-border: var(--hc-input-border-colour, var(--nhsuk-input-border-colour, #4c6272));
    --_button: var(--hc-button-colour, var(--nhsuk-button-colour, #007f3b));
    --_button-hover: var(--hc-button-hover-colour, var(--nhsuk-button-hover-colour, #00662f));
    --_button-shadow: var(--hc-button-shadow-colour, var(--nhsuk-button-shadow-colour, #00401e));
    --_button-text: var(--hc-button-text-colour, var(--nhsuk-button-text-colour, #fff));

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
