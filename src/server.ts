/**
 * `nhs-careers-widgets/server` (Node): the widgets rendered to HTML on the server, and the
 * catalogue check behind `hc-widgets validate`. Not for browsers.
 */
export { render, type RenderOptions, type WidgetName } from './server/render.js';
export { catalogueProblems } from './server/validate.js';
export { InputError } from './server/input-error.js';
