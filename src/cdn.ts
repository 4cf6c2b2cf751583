/** Entry of `dist/cdn/hc-widgets.js`: one file that defines every element. */
// Lit's hydration support goes first: it must patch LitElement before any element is defined,
// or server-rendered widgets (`hc-widgets render`) get a second copy of their content instead
// of being hydrated in place.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

export * from './index.js';
