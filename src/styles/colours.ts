import { unsafeCSS } from 'lit';

/**
 * Each colour's public `--hc-<name>-colour` property, falling back to the host page's NHS.UK
 * frontend property of the same meaning (`--nhsuk-<name>-colour`, defined by nhsuk-frontend 10
 * on `:root`), then to the NHS.UK value; the widgets' styles read the private `--_<name>`.
 */
const COLOURS: readonly (readonly [name: string, nhsValue: string])[] = [
  ['text', '#212b32'],
  ['secondary-text', '#4c6272'],
  ['brand', '#005eb8'],
  ['link', '#005eb8'],
  ['link-visited', '#330072'],
  ['link-hover', '#7c2855'],
  ['link-active', '#002f5c'],
  ['focus', '#ffeb3b'],
  ['focus-text', '#212b32'],
  ['border', '#d8dde0'],
  ['border-hover', '#aeb7bd'],
  ['card-background', '#fff'],
  ['error', '#d5281b'],
  ['success', '#007f3b'],
  ['input-border', '#4c6272'],
  ['button', '#007f3b'],
  ['button-hover', '#00662f'],
  ['button-shadow', '#00401e'],
  ['button-text', '#fff'],
];

/** The colour tokens, as declarations for `:host`. */
export const colours = unsafeCSS(
  COLOURS.map(
    ([name, value]) => `--_${name}:var(--hc-${name}-colour,var(--nhsuk-${name}-colour,${value}))`,
  ).join(';'),
);
