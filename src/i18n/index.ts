import { cy } from './cy.js';
import { en } from './en.js';
import type { InterfaceLang, Strings } from './strings.js';

export { formatDate, type InterfaceLang, type Strings } from './strings.js';

export const STRINGS: Record<InterfaceLang, Strings> = { en, cy };

/** SPEC: a primary subtag of `cy` means Welsh; anything else, or nothing, English. */
export const interfaceLangOf = (tag: string | null | undefined): InterfaceLang =>
  tag?.trim().toLowerCase().split('-')[0] === 'cy' ? 'cy' : 'en';

/** The primary language subtag, lower-cased, to compare content with the interface. */
export const primarySubtag = (tag: string): string => tag.trim().toLowerCase().split('-')[0] ?? '';
