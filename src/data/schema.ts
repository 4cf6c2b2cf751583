import * as v from 'valibot';

/**
 * The catalogue schema (schemaVersion 1) of SPEC's "Data" section.
 *
 * Every rule here is written so that @valibot/to-json-schema can turn it into JSON Schema
 * (regexes rather than free-form checks), except the two uniqueness checks, which JSON Schema
 * cannot express for keys inside objects.
 */

/*
 * Messages are short: each follows the path of the field it is about (`roles[2].title must be
 * text.`), which already says what the field is.
 */

/** The message of object schemas: valibot reports a missing key through its parent object. */
const objectMessage = (issue: v.ObjectIssue) =>
  issue.expected === 'Object' ? 'must be an object' : 'is required';

const TEXT = 'must be text';
const LIST = 'must be a list';

/** At least one character that is not white space: "non-empty after trimming". */
const text = v.pipe(v.string(TEXT), v.regex(/\S/, 'must not be empty'));

const optionalText = v.optional(v.string(TEXT));

/**
 * `https:` or a relative URL, nothing else. Browsers drop tabs and new lines anywhere in a URL
 * and control characters or spaces at either end, so `java\nscript:` or ` javascript:` would
 * become a script URL: any control character, and blank ends, are refused outright. A
 * scheme-relative URL (`//host`, also spelt with backslashes) takes the page's scheme, which may
 * be `http:`, so it is refused too. Written without regex flags so JSON Schema keeps its meaning.
 */
export const SAFE_URL_PATTERN =
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point.
  /^(?!$)(?![\s\x00-\x1f\x7f])(?![\s\S]*[\x00-\x1f\x7f])(?![\s\S]*\s$)(?:[hH][tT][tT][pP][sS]:|(?![a-zA-Z][a-zA-Z0-9+.-]*:)(?![\\/][\\/]))/;

const url = v.optional(
  v.pipe(
    v.string(TEXT),
    v.regex(SAFE_URL_PATTERN, 'must be an https: address or a relative address'),
  ),
);

export const ROLE_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const ENTRY_ROUTE_TYPES = [
  'no-formal-qualifications',
  'gcse',
  'apprenticeship',
  'degree',
  'graduate-scheme',
  'clinical-qualification',
  'experience',
  'other',
] as const;

/** Agenda for Change bands, as strings. */
export const PAY_BANDS = ['1', '2', '3', '4', '5', '6', '7', '8a', '8b', '8c', '8d', '9'] as const;

export const EntryRouteSchema = v.object(
  {
    type: v.picklist(ENTRY_ROUTE_TYPES, `must be one of: ${ENTRY_ROUTE_TYPES.join(', ')}`),
    title: text,
    description: optionalText,
    url,
  },
  objectMessage,
);

export const SkillSchema = v.object(
  {
    id: text,
    label: text,
    description: optionalText,
  },
  objectMessage,
);

/** The rule a catalogue with a role id used twice breaks; `hc-widgets validate` names it too. */
export const REPEATED_ROLE_ID = 'must not repeat a role id';

const hasUniqueIds = (items: readonly { id: string }[]) =>
  new Set(items.map((item) => item.id)).size === items.length;

export const RoleSchema = v.object(
  {
    id: v.pipe(
      v.string(TEXT),
      v.regex(ROLE_ID_PATTERN, 'must be lower-case letters and digits joined by single hyphens'),
    ),
    title: text,
    family: optionalText,
    summary: optionalText,
    url,
    payBands: v.optional(
      v.array(
        v.picklist(PAY_BANDS, `must be an Agenda for Change band: ${PAY_BANDS.join(', ')}`),
        LIST,
      ),
    ),
    entryRoutes: v.array(EntryRouteSchema, LIST),
    // Skill ids are unique within a role: checked in catalogue.ts, which names the repeat itself.
    skills: v.array(SkillSchema, LIST),
    // SPEC asks only for text here; a blank quality is not shown (see the requirements list).
    qualities: v.optional(v.array(v.string(TEXT), LIST)),
    updated: v.optional(
      v.pipe(
        v.string(TEXT),
        // A pattern rather than v.isoDate: the JSON Schema then says the same as the widgets.
        v.regex(
          /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
          'must be a date written YYYY-MM-DD',
        ),
      ),
    ),
  },
  objectMessage,
);

const LangSchema = v.pipe(
  v.string(TEXT),
  v.regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/, 'must be a language tag such as en or cy'),
);

/** The whole catalogue, roles included: the source of the JSON Schema and of the types. */
export const CatalogueSchema = v.object(
  {
    schemaVersion: v.literal(1, 'must be 1'),
    lang: v.optional(LangSchema),
    roles: v.pipe(
      v.array(RoleSchema, LIST),
      v.check((roles) => hasUniqueIds(roles), REPEATED_ROLE_ID),
    ),
  },
  objectMessage,
);

/**
 * The catalogue's top level only. Roles are checked one by one afterwards, so that one bad role
 * does not take the others down with it.
 */
export const CatalogueTopLevelSchema = v.object(
  {
    // A one-option picklist rather than v.literal, as the same check: the bundle then carries
    // no literal schema (the JSON Schema is made from CatalogueSchema above, and says `const`).
    schemaVersion: v.picklist([1] as const, 'must be 1'),
    lang: v.optional(LangSchema),
    // Only that it is a list: valibot's array would walk and copy every role before its check.
    roles: v.custom<unknown[]>((input) => Array.isArray(input), LIST),
  },
  objectMessage,
);

export type Catalogue = v.InferOutput<typeof CatalogueSchema>;
export type Role = v.InferOutput<typeof RoleSchema>;
export type EntryRoute = v.InferOutput<typeof EntryRouteSchema>;
export type Skill = v.InferOutput<typeof SkillSchema>;
export type EntryRouteType = (typeof ENTRY_ROUTE_TYPES)[number];
export type PayBand = (typeof PAY_BANDS)[number];

/** The first problem valibot found, as SPEC names it: a bracketed path and a sentence. */
export interface SchemaProblem {
  /** e.g. `roles[2].skills[0].label`; `null` when the value itself is wrong. */
  path: string | null;
  message: string;
}

export type CheckResult<T> = { ok: true; value: T } | { ok: false; problem: SchemaProblem };

/** `roles.2.skills.0.label` is valibot's form; SPEC's is `roles[2].skills[0].label`. */
export function formatPath(
  prefix: string | null,
  path: readonly { key: unknown }[] | undefined,
): string | null {
  let formatted = prefix ?? '';
  for (const { key } of path ?? []) {
    formatted += typeof key === 'number' ? `[${key}]` : `${formatted ? '.' : ''}${String(key)}`;
  }
  return formatted || null;
}

/**
 * Checks `input` against `schema` and returns the first problem, its path prefixed with
 * `pathPrefix` (e.g. `roles[2]` when a role is checked on its own); `subject` names the value
 * itself in the message when the problem has no path.
 */
export function check<TSchema extends v.GenericSchema>(
  schema: TSchema,
  input: unknown,
  { pathPrefix = null, subject }: { pathPrefix?: string | null; subject: string },
): CheckResult<v.InferOutput<TSchema>> {
  const result = v.safeParse(schema, input, { abortEarly: true });
  if (result.success) return { ok: true, value: result.output };
  const [issue] = result.issues;
  const path = formatPath(pathPrefix, issue.path);
  return { ok: false, problem: { path, message: `${path ?? subject} ${issue.message}.` } };
}

/** One of the problems `listProblems` finds: where, and what is wrong there ("is required"). */
export interface SchemaIssue {
  path: string | null;
  rule: string;
}

/**
 * Every problem valibot finds in `input`, not only the first: what a content editor fixing a
 * catalogue by hand wants to see at once.
 */
export function listProblems(schema: v.GenericSchema, input: unknown): SchemaIssue[] {
  const result = v.safeParse(schema, input);
  if (result.success) return [];
  return result.issues.map((issue) => ({
    path: formatPath(null, issue.path),
    rule: issue.message,
  }));
}
