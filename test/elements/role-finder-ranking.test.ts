// SPEC's ranking as properties over generated catalogues (fast-check): every result lists a
// ticked skill, none is missed, and the order follows the three keys in turn.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  collatorFor,
  rankRoles,
  routeTypesOf,
  skillsOf,
} from '../../src/elements/role-finder/ranking.js';
import { ENTRY_ROUTE_TYPES, type Role } from '../../src/data/schema.js';

const SKILLS = ['a', 'b', 'c', 'd', 'e', 'f'];

const role = fc.record({
  title: fc.constantFrom('Nurse', 'nurse', 'Porter', 'Band 9', 'Band 10', 'Chef', 'Ähm'),
  skills: fc.uniqueArray(fc.constantFrom(...SKILLS), { maxLength: 6 }),
  routes: fc.uniqueArray(fc.constantFrom(...ENTRY_ROUTE_TYPES), { maxLength: 3 }),
});

const catalogueRoles = fc.array(role, { maxLength: 25 }).map((roles) =>
  roles.map(({ title, skills, routes }, index): Role => ({
    id: `role-${index}`,
    title,
    skills: skills.map((id) => ({ id, label: id.toUpperCase() })),
    entryRoutes: routes.map((type) => ({ type, title: type })),
  })),
);

describe('role finder ranking', () => {
  const collator = collatorFor('en');

  it('keeps exactly the roles that list a ticked skill and pass the ways-in filter, in SPEC order', () => {
    fc.assert(
      fc.property(
        catalogueRoles,
        fc.uniqueArray(fc.constantFrom(...SKILLS)),
        fc.uniqueArray(fc.constantFrom(...ENTRY_ROUTE_TYPES), { maxLength: 2 }),
        (roles, ticked, types) => {
          const selected = new Set(ticked);
          const ranked = rankRoles(roles, selected, new Set(types), collator);
          const passes = (r: Role) =>
            (!types.length || r.entryRoutes.some((route) => types.includes(route.type))) &&
            (!selected.size || r.skills.some((skill) => selected.has(skill.id)));
          expect(ranked.map((result) => result.roleId).sort()).to.deep.equal(
            roles
              .filter(passes)
              .map((r) => r.id)
              .sort(),
          );
          for (const [index, result] of ranked.entries()) {
            expect([...result.matched, ...result.missing].sort()).to.deep.equal(
              result.role.skills.map((skill) => skill.id).sort(),
            );
            expect(result.matched.every((id) => selected.has(id))).to.equal(true);
            const next = ranked[index + 1];
            if (!next) continue;
            const share = (r: typeof result) =>
              r.role.skills.length ? r.matched.length / r.role.skills.length : 0;
            // Positive or zero when `result` rightly comes first.
            const order =
              result.matched.length - next.matched.length ||
              Math.sign(share(result) - share(next)) ||
              collator.compare(next.role.title, result.role.title);
            expect(order, `${result.roleId} before ${next.roleId}`).to.be.at.least(0);
            // Equal on all three keys: catalogue order.
            if (
              next.matched.length === result.matched.length &&
              share(next) === share(result) &&
              collator.compare(result.role.title, next.role.title) === 0
            ) {
              expect(roles.indexOf(result.role)).to.be.lessThan(roles.indexOf(next.role));
            }
          }
        },
      ),
      { numRuns: 300, seed: 3 },
    );
  });

  it('lists each skill once, most-listed first, and route types in schema order', () => {
    fc.assert(
      fc.property(catalogueRoles, (roles) => {
        const skills = skillsOf(roles, collator);
        expect(new Set(skills.map((skill) => skill.id)).size).to.equal(skills.length);
        for (const [index, skill] of skills.entries()) {
          const count = roles.filter((r) => r.skills.some((s) => s.id === skill.id)).length;
          expect(skill.roles).to.equal(count);
          const next = skills[index + 1];
          if (next) expect(next.roles).to.be.at.most(skill.roles);
        }
        const types = routeTypesOf(roles);
        expect(types).to.deep.equal(
          ENTRY_ROUTE_TYPES.filter((type) =>
            roles.some((r) => r.entryRoutes.some((route) => route.type === type)),
          ),
        );
      }),
      { numRuns: 300, seed: 5 },
    );
  });

  it('compares titles numerically and without case, and falls back for a tag Intl refuses', () => {
    expect(['Band 10', 'band 9', 'Band 9'].sort(collator.compare)).to.deep.equal([
      'band 9',
      'Band 9',
      'Band 10',
    ]);
    expect(collatorFor('x-invalid-tag-that-is-long').compare('a', 'B')).to.be.lessThan(0);
  });
});
