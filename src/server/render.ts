import type { ContextEvent } from '@lit/context';
// Server-only templates: the widget's own element gets no hydration markers around it.
import { html, render as renderLit } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { checkCatalogue } from '../data/catalogue.js';
import { catalogueContext, type CatalogueContextValue } from '../data/context.js';
import { defaultCatalogueUrl } from '../data/default-catalogue.js';
import type { Catalogue } from '../data/schema.js';
import { defineElement } from '../define.js';
import { HcFeedbackForm } from '../elements/feedback-form/feedback-form.js';
import { HcRequirementsList } from '../elements/requirements-list/requirements-list.js';
import { HcRoleCard } from '../elements/role-card/role-card.js';
import { HcRoleFinder } from '../elements/role-finder/role-finder.js';
import { HcSkillsChecklist } from '../elements/skills-checklist/skills-checklist.js';
import { InputError } from './input-error.js';
import { jsonForScript } from './json-script.js';
import { readCatalogue } from './read-catalogue.js';
import { occupationOf } from './structured-data.js';

interface WidgetAttributes {
  lang: string;
  headingLevel: number | undefined;
  hrefTemplate: string | undefined;
}

/**
 * The widgets the server renders, by the name the command line takes: the element class, and
 * the element as the page gets it (the skills checklist has a legend, not a heading).
 */
const WIDGETS = {
  'role-card': {
    element: HcRoleCard,
    template: ({ lang, headingLevel }: WidgetAttributes) =>
      html`<hc-role-card lang=${lang} heading-level=${ifDefined(headingLevel)}></hc-role-card>`,
  },
  'requirements-list': {
    element: HcRequirementsList,
    template: ({ lang, headingLevel }: WidgetAttributes) =>
      html`<hc-requirements-list
        lang=${lang}
        heading-level=${ifDefined(headingLevel)}
      ></hc-requirements-list>`,
  },
  'skills-checklist': {
    element: HcSkillsChecklist,
    template: ({ lang }: WidgetAttributes) =>
      html`<hc-skills-checklist lang=${lang}></hc-skills-checklist>`,
  },
  'feedback-form': {
    element: HcFeedbackForm,
    template: ({ lang, headingLevel }: WidgetAttributes) =>
      html`<hc-feedback-form
        lang=${lang}
        heading-level=${ifDefined(headingLevel)}
      ></hc-feedback-form>`,
  },
  'role-finder': {
    element: HcRoleFinder,
    template: ({ lang, headingLevel, hrefTemplate }: WidgetAttributes) =>
      html`<hc-role-finder
        lang=${lang}
        heading-level=${ifDefined(headingLevel)}
        href-template=${ifDefined(hrefTemplate)}
      ></hc-role-finder>`,
  },
} as const;

export type WidgetName = keyof typeof WIDGETS;
export const WIDGET_NAMES = Object.keys(WIDGETS) as WidgetName[];

for (const [name, { element }] of Object.entries(WIDGETS)) defineElement(`hc-${name}`, element);

const LANGS = ['en', 'cy'] as const;

export interface RenderOptions {
  widget: WidgetName;
  /** The role to render; every widget but the role finder needs one, which ignores it. */
  roleId?: string;
  /** A catalogue file path or URL, or a Catalogue object; else the default catalogue. */
  catalogue?: string | Catalogue | null;
  /** The interface language, `en` (default) or `cy`; the output carries it for the browser. */
  lang?: (typeof LANGS)[number];
  /** 2 to 6, for the widgets with a heading; default 2. A string of digits is read as a number. */
  headingLevel?: number | string;
  /** Put a schema.org `Occupation` (JSON-LD) for the role before the widget; not the finder. */
  structuredData?: boolean;
  /** The role finder's `href-template`; the other widgets ignore it. */
  hrefTemplate?: string;
}

/** The widget's element with its attributes; a mistake in the options is an InputError. */
function widgetTemplate(options: RenderOptions) {
  const { widget, lang = 'en', headingLevel: level } = options;
  if (!Object.hasOwn(WIDGETS, widget)) {
    throw new InputError(`Unknown widget "${widget}": use one of ${WIDGET_NAMES.join(', ')}.`);
  }
  if (!LANGS.includes(lang)) throw new InputError(`Unknown language "${lang}": use en or cy.`);
  const hrefTemplate = widget === 'role-finder' ? options.hrefTemplate : undefined;
  if (hrefTemplate !== undefined && typeof hrefTemplate !== 'string') {
    throw new InputError('The href template must be text, such as "/careers/{id}".');
  }
  // "3" from a template engine or a query string means 3.
  const headingLevel =
    typeof level === 'string' && /^\s*\d+\s*$/.test(level) ? Number(level) : level;
  if (headingLevel === undefined) {
    return WIDGETS[widget].template({ lang, headingLevel, hrefTemplate });
  }
  if (typeof headingLevel !== 'number' || !Number.isInteger(headingLevel)) {
    throw new InputError(`The heading level must be a whole number from 2 to 6, not "${level}".`);
  }
  if (headingLevel < 2 || headingLevel > 6) {
    throw new InputError(`The heading level must be a whole number from 2 to 6, not ${level}.`);
  }
  return WIDGETS[widget].template({ lang, headingLevel, hrefTemplate });
}

/**
 * Answers the widgets' requests for catalogue data, as `<hc-careers-data>` does in the page,
 * for the length of one synchronous render. @lit-labs/ssr sends events from elements it renders
 * to its root event target.
 */
function provideCatalogue<T>(value: CatalogueContextValue, renderNow: () => T): T {
  const root = (globalThis as { litServerRoot?: EventTarget }).litServerRoot;
  if (!root) throw new Error('@lit-labs/ssr has not set up its root event target.');
  const answer = (event: Event) => {
    const request = event as ContextEvent<typeof catalogueContext>;
    if (request.context !== catalogueContext) return;
    event.stopPropagation();
    request.callback(value);
  };
  root.addEventListener('context-request', answer);
  try {
    return renderNow();
  } finally {
    root.removeEventListener('context-request', answer);
  }
}

/** Renders `template` from an inline catalogue: the same data the browser's first render uses. */
function renderFrom(
  template: ReturnType<typeof widgetTemplate>,
  inline: Catalogue,
  roleId: string | null,
) {
  const checked = checkCatalogue(inline);
  if (!checked.ok) throw new Error(`Checked roles failed their check: ${checked.problem.message}`);
  const widget = provideCatalogue(
    {
      state: { status: 'ready', src: null, catalogue: checked.catalogue },
      roleId,
      // Nothing is fetched on the server, so there is nothing to load again.
      reload: () => undefined,
    },
    () => collectResultSync(renderLit(template)),
  );
  const roleAttribute = roleId === null ? '' : ` role-id="${roleId}"`;
  return (
    `<hc-careers-data${roleAttribute}>` +
    `<script type="application/json">${jsonForScript(inline)}</script>\n` +
    `  ${widget}\n</hc-careers-data>\n`
  );
}

/**
 * One widget as HTML that shows with no script at all (declarative shadow DOM with its styles)
 * and that `hc-widgets.js` hydrates in place: SPEC's "Server rendering".
 *
 * A widget for one role is rendered from an `<hc-careers-data>` holding only that role; the role
 * finder from one holding every sound role. Both are checked with the widgets' own schema.
 */
export async function render(options: RenderOptions): Promise<string> {
  if (typeof options !== 'object' || options === null) {
    throw new InputError('render() needs options: { widget, roleId, … }.');
  }
  const template = widgetTemplate(options);
  const finder = options.widget === 'role-finder';
  if (finder && options.structuredData) {
    throw new InputError('Structured data describes one role; the role finder has none.');
  }
  if (!finder && typeof options.roleId !== 'string') {
    throw new InputError(`The ${options.widget} widget needs a role id.`);
  }
  const input =
    typeof options.catalogue === 'object' && options.catalogue !== null
      ? options.catalogue
      : await readCatalogue(options.catalogue ?? defaultCatalogueUrl());

  const whole = checkCatalogue(input);
  if (!whole.ok) throw new InputError(`The catalogue is not valid: ${whole.problem.message}`);
  const lang = whole.catalogue.data.lang;
  if (finder) {
    const { roles } = whole.catalogue.soundRoles();
    if (!roles.length) throw new InputError('The catalogue has no sound role to list.');
    return renderFrom(template, { schemaVersion: 1, lang, roles: [...roles] }, null);
  }

  const lookup = whole.catalogue.role(options.roleId!);
  if (!lookup.ok) throw new InputError(lookup.problem.message);
  const role = lookup.role;
  const occupation = options.structuredData
    ? `<script type="application/ld+json">${jsonForScript(occupationOf(role))}</script>\n`
    : '';
  return occupation + renderFrom(template, { schemaVersion: 1, lang, roles: [role] }, role.id);
}
