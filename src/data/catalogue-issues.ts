import { LIST_NOT_CATALOGUE, repeatedIdProblem, repeatedIds } from './catalogue.js';
import { CatalogueSchema, REPEATED_ROLE_ID, listProblems, type SchemaIssue } from './schema.js';

/** One problem of a whole catalogue; a repeated id also says which id and where it came first. */
export interface CatalogueIssue extends SchemaIssue {
  repeat?: { id: string; firstPath: string };
}

/** Each id used again in a list of objects (`roles`, `roles[2].skills`), naming both places. */
const repeatIssues = (items: unknown, list: string): CatalogueIssue[] =>
  (Array.isArray(items) ? repeatedIds(items) : []).map((repeat) => {
    const [, first, id] = repeat;
    // The widgets' sentence starts with the path; an issue keeps the rule after it.
    const { path, message } = repeatedIdProblem(list, repeat);
    return {
      path,
      rule: message.slice(path!.length + 1, -1),
      repeat: { id, firstPath: `${list}[${first}]` },
    };
  });

/**
 * Every problem of a catalogue, checked with the same schema the widgets use: what `hc-widgets
 * validate` prints and what a spreadsheet import reports by cell. None: it is valid.
 */
export function catalogueIssues(input: unknown): CatalogueIssue[] {
  if (Array.isArray(input)) return [{ path: null, rule: LIST_NOT_CATALOGUE }];
  const schemaIssues = listProblems(CatalogueSchema, input)
    // valibot's check that role ids are unique runs only once every role is valid, so repeated
    // ids (of roles, and of skills within a role) are found below instead, naming both places.
    .filter(({ rule }) => rule !== REPEATED_ROLE_ID);
  const roles: unknown =
    typeof input === 'object' && input !== null ? (input as { roles?: unknown }).roles : undefined;
  const repeats = [
    ...repeatIssues(roles, 'roles'),
    ...(Array.isArray(roles) ? roles : []).flatMap((role: unknown, index) =>
      repeatIssues(
        typeof role === 'object' && role !== null
          ? (role as { skills?: unknown }).skills
          : undefined,
        `roles[${index}].skills`,
      ),
    ),
  ];
  return [...schemaIssues, ...repeats];
}
