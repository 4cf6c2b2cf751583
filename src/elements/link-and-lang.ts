import { nothing } from 'lit';
import { SAFE_URL_PATTERN } from '../data/schema.js';
import { primarySubtag, type InterfaceLang } from '../i18n/index.js';

/** A `lang` binding's value: a language tag, or `nothing` for no attribute. */
export type ContentLang = string | typeof nothing;

/**
 * The `lang` to put on catalogue content: the catalogue's own when its language differs from
 * the interface's, so screen readers pronounce it right; else `nothing` (no attribute).
 */
export const contentLangFor = (contentLang: string | null, uiLang: InterfaceLang): ContentLang =>
  contentLang && primarySubtag(contentLang) !== uiLang ? contentLang : nothing;

/** Only `https:` and relative URLs reach an `href`; anything else is no link at all. */
export const safeHref = (url: string | null | undefined): string | undefined =>
  url && SAFE_URL_PATTERN.test(url) ? url : undefined;
