/**
 * A stylesheet's text. Named `css` so that the build minifies it as it does Lit's `css`
 * templates; plain text, since every element joins its parts into one sheet (`oneSheet`) and
 * Lit's `css` would only wrap each part in a CSSResult to be read back. No interpolations.
 */
export const css = (text: TemplateStringsArray): string => text.join('');
