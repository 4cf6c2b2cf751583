import { idsFrom } from '../../storage/stored-choice.js';
import type { EntryRouteType, Role } from '../../data/schema.js';
import {
  collatorFor,
  rankRoles,
  routeTypesOf,
  skillsOf,
  type FinderSkill,
  type RankedRole,
} from './ranking.js';

/** What a person has ticked, as `persist` stores it. */
export interface FinderChoice {
  selected: readonly string[];
  routeTypes: readonly string[];
}

export const NOTHING_TICKED: FinderChoice = { selected: [], routeTypes: [] };

/** A stored choice read back; `null` when what is stored is not one. */
export function choiceFrom(value: unknown): FinderChoice | null {
  if (typeof value !== 'object' || value === null) return null;
  const { selected, routeTypes } = value as Record<string, unknown>;
  return { selected: idsFrom(selected) ?? [], routeTypes: idsFrom(routeTypes) ?? [] };
}

/** Everything the ready state shows, worked out once per catalogue and choice. */
export interface FinderView {
  skills: FinderSkill[];
  routeTypes: EntryRouteType[];
  /** Known ticked ids, in fieldset order. */
  selected: string[];
  ticked: ReadonlySet<string>;
  routeTypesTicked: EntryRouteType[];
  ranked: RankedRole[];
}

/** The fieldsets and the ranked results for `roles` (content in `lang`) and a choice. */
export function viewOf(roles: readonly Role[], lang: string, choice: FinderChoice): FinderView {
  const collator = collatorFor(lang);
  const skills = skillsOf(roles, collator);
  const routeTypes = routeTypesOf(roles);
  const selected = skills.map((skill) => skill.id).filter((id) => choice.selected.includes(id));
  const routeTypesTicked = routeTypes.filter((type) => choice.routeTypes.includes(type));
  const ticked = new Set(selected);
  const ranked = rankRoles(roles, ticked, new Set(routeTypesTicked), collator);
  return { skills, routeTypes, selected, ticked, routeTypesTicked, ranked };
}
