import { html, nothing, type TemplateResult } from 'lit';
import { SAFE_URL_PATTERN } from '../data/schema.js';
import { primarySubtag, type InterfaceLang } from '../i18n/index.js';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** `heading-level` as SPEC allows it: 2 to 6, else the default 2. */
export const headingLevelFrom = (value: unknown): HeadingLevel => {
  const level = Number(value);
  return Number.isInteger(level) && level >= 2 && level <= 6 ? (level as HeadingLevel) : 2;
};

/** The next level down, staying a real heading at 6. */
export const subheadingLevel = (level: HeadingLevel): HeadingLevel =>
  Math.min(level + 1, 6) as HeadingLevel;

/** A real `<h2>`…`<h6>`, so that headings navigation works in every screen reader. */
export function heading(
  level: HeadingLevel,
  attributes: { part: string; className: string; id?: string },
  content: unknown,
): TemplateResult {
  const { part, className, id } = attributes;
  switch (level) {
    case 2:
      return html`<h2 part=${part} class=${className} id=${id ?? nothing}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} class=${className} id=${id ?? nothing}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class=${className} id=${id ?? nothing}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${className} id=${id ?? nothing}>${content}</h5>`;
    case 6:
      return html`<h6 part=${part} class=${className} id=${id ?? nothing}>${content}</h6>`;
  }
}

/**
 * The `lang` to put on catalogue content: the catalogue's own when its language differs from
 * the interface's, so screen readers pronounce it right; else `nothing` (no attribute).
 */
export const contentLangFor = (contentLang: string | null, uiLang: InterfaceLang): ContentLang =>
  contentLang && primarySubtag(contentLang) !== uiLang ? contentLang : nothing;

/** A `lang` binding's value: a language tag, or `nothing` for no attribute. */
export type ContentLang = string | typeof nothing;

/** Only `https:` and relative URLs reach an `href`; anything else is no link at all. */
export const safeHref = (url: string | null | undefined): string | undefined =>
  url && SAFE_URL_PATTERN.test(url) ? url : undefined;
