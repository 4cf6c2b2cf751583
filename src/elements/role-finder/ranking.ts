import {
  ENTRY_ROUTE_TYPES,
  type EntryRouteType,
  type Role,
  type Skill,
} from '../../data/schema.js';

/** One result of the finder, as `.results` and `hc-finder-change` give it. */
export interface FinderResult {
  roleId: string;
  /** Ticked skill ids the role lists, in the role's order. */
  matched: string[];
  /** Skill ids the role lists that are not ticked, in the role's order. */
  missing: string[];
}

/** A result with its role, for rendering. */
export interface RankedRole extends FinderResult {
  role: Role;
}

/** One skill of the whole catalogue: the first sound role's label, and how many roles list it. */
export interface FinderSkill extends Skill {
  roles: number;
}

const collators = new Map<string, Intl.Collator>();

/** SPEC's comparison: the catalogue's language, base sensitivity, numeric ("Band 10" after 9). */
export function collatorFor(lang: string): Intl.Collator {
  let collator = collators.get(lang);
  if (!collator) {
    try {
      collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
    } catch {
      // A tag the schema accepts but this browser's Intl does not.
      collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    }
    collators.set(lang, collator);
  }
  return collator;
}

/** Every skill once (by id), most-listed first, then by label. */
export function skillsOf(roles: readonly Role[], collator: Intl.Collator): FinderSkill[] {
  const byId = new Map<string, FinderSkill>();
  for (const role of roles) {
    for (const skill of role.skills) {
      const known = byId.get(skill.id);
      if (known) known.roles += 1;
      else byId.set(skill.id, { ...skill, roles: 1 });
    }
  }
  // Array sort is stable: equal skills keep the order they were first met in.
  return [...byId.values()].sort((a, b) => b.roles - a.roles || collator.compare(a.label, b.label));
}

/** The entry route types the catalogue has, in the schema's order. */
export function routeTypesOf(roles: readonly Role[]): EntryRouteType[] {
  const present = new Set(roles.flatMap((role) => role.entryRoutes.map((route) => route.type)));
  return ENTRY_ROUTE_TYPES.filter((type) => present.has(type));
}

/**
 * SPEC's ranking. With ways in ticked, only roles with a route of a ticked type. With skills
 * ticked, roles listing at least one of them: most ticked skills first, then the larger share of
 * the role's own skills, then title; equal titles keep catalogue order (the sort is stable).
 * With no skill ticked, every role in title order.
 */
export function rankRoles(
  roles: readonly Role[],
  selected: ReadonlySet<string>,
  routeTypes: ReadonlySet<string>,
  collator: Intl.Collator,
): RankedRole[] {
  const ranked: RankedRole[] = [];
  for (const role of roles) {
    if (routeTypes.size && !role.entryRoutes.some((route) => routeTypes.has(route.type))) continue;
    const matched: string[] = [];
    const missing: string[] = [];
    for (const { id } of role.skills) (selected.has(id) ? matched : missing).push(id);
    if (selected.size && !matched.length) continue;
    ranked.push({ roleId: role.id, role, matched, missing });
  }
  return ranked.sort(
    (a, b) =>
      b.matched.length - a.matched.length ||
      // a's share a.m / a.total against b's, multiplied out to stay in whole numbers.
      b.matched.length * a.role.skills.length - a.matched.length * b.role.skills.length ||
      collator.compare(a.role.title, b.role.title),
  );
}
