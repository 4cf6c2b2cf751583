import type { InferOutput } from 'valibot';
import { CatalogueTopLevelSchema, RoleSchema, check, type Role } from './schema.js';

/** SPEC's error reasons. */
export type DataErrorReason = 'network' | 'http' | 'timeout' | 'parse' | 'invalid' | 'not-found';

/** What went wrong with data, as `hc-data-error` reports it, less where it came from. */
export interface DataProblem {
  reason: DataErrorReason;
  /** The first bad field for `invalid` (e.g. `roles[2].skills[0].label`), else `null`. */
  path: string | null;
  /** An English sentence for logs. */
  message: string;
  /** The HTTP status for `http`. */
  status?: number;
}

/** A catalogue whose top level passed; its roles are checked one by one when asked for. */
export type CatalogueTopLevel = InferOutput<typeof CatalogueTopLevelSchema>;

export type RoleLookup = { ok: true; role: Role } | { ok: false; problem: DataProblem };

export type CatalogueCheck =
  { ok: true; catalogue: CheckedCatalogue } | { ok: false; problem: DataProblem };

const invalid = (path: string | null, message: string): DataProblem => ({
  reason: 'invalid',
  path,
  message,
});

/** An item's `id` when it is an object with a text id. */
const idOf = (item: unknown): string | undefined => {
  if (typeof item !== 'object' || item === null) return undefined;
  const id: unknown = (item as { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
};

/** A repeated id in a list of objects: the repeat's index, the first one's, and the id. */
export type Repeat = [index: number, first: number, id: string];

/**
 * Each text id's first index in `items`, in one pass; `onRepeat` hears each later item whose id
 * an earlier one already has.
 */
function indexIds(
  items: readonly unknown[],
  onRepeat: (repeat: Repeat) => void,
): Map<string, number> {
  const firstIndex = new Map<string, number>();
  items.forEach((item, index) => {
    const id = idOf(item);
    if (id === undefined) return;
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, index);
    else onRepeat([index, first, id]);
  });
  return firstIndex;
}

/** Every item whose id an earlier item already has, in order (only the first counts here). */
export function repeatedIds(items: readonly unknown[]): Repeat[] {
  const repeats: Repeat[] = [];
  indexIds(items, (repeat) => repeats.push(repeat));
  return repeats;
}

/** A repeat in `list` (`roles`, `roles[2].skills`) as a path and a sentence naming both places. */
export function repeatedIdProblem(list: string, [index, first, id]: Repeat): DataProblem {
  const path = `${list}[${index}].id`;
  return invalid(path, `${path} repeats the id "${id}" already used by ${list}[${first}].`);
}

/**
 * Checks one role: the schema, then its skill ids, which must not repeat. `prefix` is its place
 * in the catalogue (`roles[2]`), or `null` for a role given directly (`roleData`).
 */
function checkRoleAt(input: unknown, prefix: string | null): RoleLookup {
  const result = check(RoleSchema, input, { pathPrefix: prefix, subject: prefix ?? 'The role' });
  if (!result.ok)
    return { ok: false, problem: invalid(result.problem.path, result.problem.message) };
  const [repeat] = repeatedIds(result.value.skills);
  if (repeat)
    return {
      ok: false,
      problem: repeatedIdProblem(prefix ? `${prefix}.skills` : 'skills', repeat),
    };
  return { ok: true, role: result.value };
}

/** Checks a role given directly (`roleData`); paths are relative to the role. */
export const checkRole = (input: unknown): RoleLookup => checkRoleAt(input, null);

/** The sound roles of a catalogue, in its order, and the first bad role's problem, if any. */
export interface SoundRoles {
  roles: readonly Role[];
  problem: DataProblem | null;
}

/**
 * A catalogue that passed its top-level check. Each role is checked on its own the first time
 * it is asked for and the answer kept, so a hundred widgets on one role check it once.
 */
export class CheckedCatalogue {
  readonly lang: string;
  readonly #indexById: ReadonlyMap<string, number>;
  readonly #lookups = new Map<number, RoleLookup>();
  readonly #missing = new Map<string, RoleLookup>();
  #sound: SoundRoles | undefined;

  constructor(
    readonly data: CatalogueTopLevel,
    indexById: ReadonlyMap<string, number>,
  ) {
    this.lang = data.lang ?? 'en';
    this.#indexById = indexById;
  }

  /** The same answer object each time for the same id, so a problem is reported once. */
  role(id: string): RoleLookup {
    const index = this.#indexById.get(id);
    if (index !== undefined) return this.#roleAt(index);
    let missing = this.#missing.get(id);
    if (!missing) {
      missing = {
        ok: false,
        problem: {
          reason: 'not-found',
          path: null,
          message: `The catalogue has no role with the id "${id}".`,
        },
      };
      this.#missing.set(id, missing);
    }
    return missing;
  }

  /** Every role that passes its check (the role finder's), checked once for all who ask. */
  soundRoles(): SoundRoles {
    if (this.#sound) return this.#sound;
    const roles: Role[] = [];
    let problem: DataProblem | null = null;
    for (const index of this.data.roles.keys()) {
      const lookup = this.#roleAt(index);
      if (lookup.ok) roles.push(lookup.role);
      else problem ??= lookup.problem;
    }
    return (this.#sound = { roles, problem });
  }

  #roleAt(index: number): RoleLookup {
    let lookup = this.#lookups.get(index);
    if (!lookup) {
      lookup = checkRoleAt(this.data.roles[index], `roles[${index}]`);
      this.#lookups.set(index, lookup);
    }
    return lookup;
  }
}

/**
 * valibot takes an array for an object and reports its missing keys; a list of roles on its own
 * is a common slip, so it gets a sentence of its own.
 */
export const LIST_NOT_CATALOGUE = 'must be an object with schemaVersion and roles, not a list';

/**
 * JSON text to a checked catalogue: a `parse` problem when it is not JSON, else as
 * `checkCatalogue`. `what` names the text in the message ("The catalogue at <url>").
 */
export function parseCatalogue(text: string, what: string): CatalogueCheck {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof SyntaxError ? ` (${error.message})` : '';
    return {
      ok: false,
      problem: { reason: 'parse', path: null, message: `${what} is not valid JSON${detail}.` },
    };
  }
  return checkCatalogue(json);
}

/**
 * Checks a catalogue's top level: an object with `schemaVersion` 1, an optional `lang`, a
 * `roles` array and no role id used twice. Anything wrong here is `invalid` for every widget.
 */
export function checkCatalogue(input: unknown): CatalogueCheck {
  if (Array.isArray(input)) {
    return { ok: false, problem: invalid(null, `The catalogue ${LIST_NOT_CATALOGUE}.`) };
  }
  const top = check(CatalogueTopLevelSchema, input, { subject: 'The catalogue' });
  if (!top.ok) return { ok: false, problem: invalid(top.problem.path, top.problem.message) };

  // Roles with no text id are left out of the index: they fail their own check when listed.
  let repeat: Repeat | undefined;
  const indexById = indexIds(top.value.roles, (each) => (repeat ??= each));
  if (repeat) return { ok: false, problem: repeatedIdProblem('roles', repeat) };
  return { ok: true, catalogue: new CheckedCatalogue(top.value, indexById) };
}
