import type { Role } from '../data/schema.js';

/**
 * A role as a schema.org `Occupation` for search engines (JSON-LD): name, description, job
 * family as `occupationalCategory`, skills, and the entry routes as `qualifications`. Fields the
 * role lacks are left out rather than sent empty.
 */
export function occupationOf(role: Role): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Occupation',
    name: role.title,
    description: role.summary,
    occupationalCategory: role.family,
    skills: role.skills.length ? role.skills.map((skill) => skill.label) : undefined,
    qualifications: role.entryRoutes.length
      ? role.entryRoutes.map((route) => route.title)
      : undefined,
  };
}
