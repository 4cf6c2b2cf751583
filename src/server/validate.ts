import { LIST_NOT_CATALOGUE, repeatedIdProblem, repeatedIds } from '../data/catalogue.js';
import { CatalogueSchema, REPEATED_ROLE_ID, listProblems } from '../data/schema.js';

/** Each id used again in a list of objects, as a line naming both places. */
const repeatLines = (items: unknown, list: string): string[] =>
  (Array.isArray(items) ? repeatedIds(items) : []).map((repeat) => {
    // The widgets' sentence starts with the path; a validate line puts a colon after it.
    const { path, message } = repeatedIdProblem(list, repeat);
    return `${path}:${message.slice(path!.length)}`;
  });

/**
 * `hc-widgets validate`: every problem in a catalogue as one line, `roles[2].skills[0].label:
 * must not be empty.`, checked with the same schema the widgets use. No lines: it is valid.
 */
export function catalogueProblems(input: unknown): string[] {
  if (Array.isArray(input)) return [`catalogue: ${LIST_NOT_CATALOGUE}.`];
  const schemaLines = listProblems(CatalogueSchema, input)
    // valibot's check that role ids are unique runs only once every role is valid, so repeated
    // ids (of roles, and of skills within a role) are found below instead, naming both places.
    .filter(({ rule }) => rule !== REPEATED_ROLE_ID)
    .map(({ path, rule }) => `${path ?? 'catalogue'}: ${rule}.`);
  const roles: unknown =
    typeof input === 'object' && input !== null ? (input as { roles?: unknown }).roles : undefined;
  const repeats = [
    ...repeatLines(roles, 'roles'),
    ...(Array.isArray(roles) ? roles : []).flatMap((role: unknown, index) =>
      repeatLines(
        typeof role === 'object' && role !== null
          ? (role as { skills?: unknown }).skills
          : undefined,
        `roles[${index}].skills`,
      ),
    ),
  ];
  return [...schemaLines, ...repeats];
}
