import {
  html,
  nothing,
  type LitElement,
  type PropertyDeclarations,
  type TemplateResult,
} from 'lit';
import type { ContentLang } from './link-and-lang.js';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** `heading-level` as SPEC allows it: 2 to 6, else the default 2. */
export const headingLevelFrom = (value: unknown): HeadingLevel => {
  const level = Number(value);
  return Number.isInteger(level) && level >= 2 && level <= 6 ? (level as HeadingLevel) : 2;
};

/** The next level down, staying a real heading at 6. */
export const subheadingLevel = (level: HeadingLevel): HeadingLevel =>
  Math.min(level + 1, 6) as HeadingLevel;

/**
 * A real `<h2>`…`<h6>`, so that headings navigation works in every screen reader. `lang` is for
 * a heading that is catalogue text (a role's title): on the heading itself, not a span inside.
 */
export function heading(
  level: HeadingLevel,
  attributes: { part: string; className: string; id?: string; lang?: ContentLang },
  content: unknown,
): TemplateResult {
  const { part, className, id = nothing, lang = nothing } = attributes;
  switch (level) {
    case 2:
      return html`<h2 part=${part} class=${className} id=${id} lang=${lang}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} class=${className} id=${id} lang=${lang}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class=${className} id=${id} lang=${lang}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${className} id=${id} lang=${lang}>${content}</h5>`;
    case 6:
      return html`<h6 part=${part} class=${className} id=${id} lang=${lang}>${content}</h6>`;
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- TypeScript's mixin pattern needs `any[]`.
type ElementClass<T = LitElement> = abstract new (...args: any[]) => T;

/** What `HeadingLevelMixin` adds, as the declaration files name it. */
export interface HeadingLevelProperty {
  headingLevel: number;
}

/** `heading-level`, declared once for every element with headings of its own. */
export const HeadingLevelMixin = <Base extends ElementClass>(base: Base) => {
  abstract class HeadingLevelElement extends base {
    /** @internal Lit's declaration; the manifest lists `headingLevel` below. */
    static properties: PropertyDeclarations = {
      headingLevel: { attribute: 'heading-level', type: Number },
    };

    /**
     * Level of the element's top headings, 2 to 6 (anything else is 2); the headings beneath
     * them sit one level below, at most 6.
     */
    headingLevel = 2;
  }
  // Declaration files cannot name a class expression's protected members (TS4094).
  return HeadingLevelElement as ElementClass<HeadingLevelProperty> & Base;
};
