/** Entry of `dist/cdn/hc-widgets.js`: one file that defines every element. */
export * from './index.js';
