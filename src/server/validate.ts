import { LIST_NOT_CATALOGUE } from '../data/catalogue.js';
import { CatalogueSchema, listProblems } from '../data/schema.js';

/**
 * `hc-widgets validate`: every problem in a catalogue as one line, `roles[2].skills[0].label:
 * must not be empty.`, checked with the same schema the widgets use. No lines: it is valid.
 */
export function catalogueProblems(input: unknown): string[] {
  if (Array.isArray(input)) return [`catalogue: ${LIST_NOT_CATALOGUE}.`];
  return listProblems(CatalogueSchema, input).map(
    ({ path, rule }) => `${path ?? 'catalogue'}: ${rule}.`,
  );
}
