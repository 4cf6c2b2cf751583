import { catalogueIssues } from '../data/catalogue-issues.js';

/**
 * `hc-widgets validate`: every problem in a catalogue as one line, `roles[2].skills[0].label:
 * must not be empty.`, checked with the same schema the widgets use. No lines: it is valid.
 */
export const catalogueProblems = (input: unknown): string[] =>
  catalogueIssues(input).map(({ path, rule }) => `${path ?? 'catalogue'}: ${rule}.`);
