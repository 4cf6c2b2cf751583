// Random and malformed catalogues (fast-check): the checks never throw, and every answer is a
// role or an `invalid` naming a field, never half-checked data.
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import { checkCatalogue, checkRole } from '../../src/data/catalogue.js';
import type { DataErrorDetail } from '../../src/data/events.js';
import { loadCatalogue } from '../../src/data/loader.js';
import type { Catalogue, Role } from '../../src/data/schema.js';
import { analystRole, validCatalogue } from '../fixtures/catalogues.js';
import { jsonUrl } from '../fixtures/requests.js';
import { settled, textOf } from '../fixtures/widgets.js';

/** How many cases each property ran, for the closing note. */
const RUNS = 300;

/** A path as SPEC writes them: `roles[2].skills[0].label`. */
const PATH = /^[a-zA-Z]+(\[\d+\])?(\.[a-zA-Z]+(\[\d+\])?)*$/;

/** A valid role with one field replaced, removed, or nested somewhere it should not be. */
const brokenRole = fc
  .record({
    field: fc.constantFrom(...(Object.keys(analystRole) as (keyof Role)[]), '__proto__', 'extra'),
    value: fc.oneof(
      fc.anything(),
      fc.constant(undefined),
      fc.constant(null),
      fc.array(fc.anything(), { maxLength: 50 }),
      fc.string(),
      fc.constant(Array.from({ length: 2000 }, () => ({ id: 'x', label: 'y' }))),
    ),
  })
  .map(({ field, value }) => {
    const role: Record<string, unknown> = JSON.parse(JSON.stringify(analystRole)) as Record<
      string,
      unknown
    >;
    if (value === undefined) delete role[field];
    else
      Object.defineProperty(role, field, {
        value,
        enumerable: true,
        configurable: true,
        writable: true,
      });
    return role;
  });

/** Deeply nested junk, with prototype-looking keys. */
const deep = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.anything(),
    fc.dictionary(
      fc.constantFrom('__proto__', 'constructor', 'prototype', 'roles', 'id'),
      tie('node'),
    ),
    fc.array(tie('node'), { maxLength: 5 }),
  ),
})).node;

describe('fuzzing the catalogue checks', () => {
  it('never throws on anything at all, and answers invalid or a catalogue', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), deep), (input) => {
        const result = checkCatalogue(input);
        if (!result.ok) {
          expect(result.problem.reason).to.equal('invalid');
          expect(result.problem.message).to.be.a('string').and.not.be.empty;
          if (result.problem.path !== null) expect(result.problem.path).to.match(PATH);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('checks each broken role on its own, naming its first bad field', () => {
    fc.assert(
      fc.property(brokenRole, (role) => {
        const lookup = checkRole(role);
        if (lookup.ok) {
          // What passes is clean data: no unknown field survives.
          expect(Object.keys(lookup.role)).to.satisfy((keys: string[]) =>
            keys.every((key) => key in analystRole),
          );
        } else {
          expect(lookup.problem.reason).to.equal('invalid');
          expect(lookup.problem.path ?? '').to.match(/^$|^[a-zA-Z]/);
        }
        const catalogue = checkCatalogue({ schemaVersion: 1, roles: [analystRole, role] });
        if (catalogue.ok && typeof (role as { id?: unknown }).id === 'string') {
          const id = (role as { id: string }).id;
          if (id !== analystRole.id) {
            const inCatalogue = catalogue.catalogue.role(id);
            if (!inCatalogue.ok && inCatalogue.problem.reason === 'invalid') {
              expect(inCatalogue.problem.path).to.match(/^roles\[1\]/);
            }
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('never lets a __proto__ key change a role, or any object', () => {
    const parsed = JSON.parse(
      '{"schemaVersion":1,"roles":[{"id":"a","title":"A","entryRoutes":[],"skills":[],"__proto__":{"polluted":true}}]}',
    ) as unknown;
    const result = checkCatalogue(parsed);
    expect(result.ok).to.be.true;
    if (result.ok) expect(result.catalogue.role('a').ok).to.be.true;
    expect(({} as { polluted?: boolean }).polluted).to.equal(undefined);
  });

  it('handles 10,000 roles and finds the last one', () => {
    const roles = Array.from({ length: 10_000 }, (_, index) => ({
      ...analystRole,
      id: `role-${index}`,
    }));
    const result = checkCatalogue({ schemaVersion: 1, roles });
    expect(result.ok).to.be.true;
    if (result.ok) expect(result.catalogue.role('role-9999').ok).to.be.true;
  });

  for (const tag of [
    'hc-role-card',
    'hc-requirements-list',
    'hc-skills-checklist',
    'hc-feedback-form',
  ] as const) {
    it(`<${tag}> shows a random role as text or as an invalid error naming a field`, async () => {
      const samples = fc.sample(brokenRole, { numRuns: 40, seed: 42 });
      const container = await fixture(html`<div></div>`);
      let rejected = 0;
      for (const role of samples) {
        const widget = document.createElement(tag);
        const errors: DataErrorDetail[] = [];
        widget.addEventListener('hc-data-error', (event) => errors.push(event.detail));
        widget.roleData = role as Role;
        container.append(widget);
        await settled(widget);
        const text = textOf(widget);
        if (errors.length) {
          rejected += 1;
          expect(errors.map((e) => e.reason)).to.deep.equal(['invalid']);
          expect(errors[0]!.path).to.match(PATH);
          // The feedback form stays usable: it needs no role to take feedback.
          if (tag !== 'hc-feedback-form') {
            expect(text).to.include('There is a problem with this information');
            expect(text).not.to.include(errors[0]!.path!);
          }
        } else if (tag === 'hc-role-card') {
          expect(text).to.include(String((role as { title: unknown }).title).trim());
        }
        widget.remove();
      }
      // The generator breaks most roles; a run that rejected none would test nothing.
      expect(rejected).to.be.greaterThan(10);
    });
  }

  it('<hc-role-finder> leaves random broken roles out, reports the first once, and lists the rest', async () => {
    const samples = fc.sample(fc.array(brokenRole, { minLength: 1, maxLength: 6 }), {
      numRuns: 20,
      seed: 11,
    });
    const container = await fixture(html`<div></div>`);
    let withBadRole = 0;
    for (const broken of samples) {
      const roles: unknown[] = [
        ...broken.map((role, index) => ({ ...(role as object), id: `broken-${index}` })),
        { ...analystRole, id: 'sound' },
      ];
      const finder = document.createElement('hc-role-finder');
      const errors: DataErrorDetail[] = [];
      finder.addEventListener('hc-data-error', (event) => errors.push(event.detail));
      const provider = document.createElement('hc-careers-data');
      provider.catalogue = { schemaVersion: 1, roles } as Catalogue;
      provider.append(finder);
      container.append(provider);
      await settled(finder);
      const sound = roles.filter((role) => checkRole(role).ok).length;
      expect(finder.results.map((result) => result.roleId)).to.include('sound');
      expect(finder.results).to.have.length(sound);
      if (sound < roles.length) {
        withBadRole += 1;
        expect(errors).to.have.length(1);
        expect(errors[0]).to.include({ reason: 'invalid', roleId: null });
        expect(errors[0]!.path).to.match(/^roles\[\d+\]/);
      } else {
        expect(errors).to.deep.equal([]);
      }
      provider.remove();
    }
    expect(withBadRole).to.be.greaterThan(5);
  });

  it('never rejects when loading random text as a catalogue, answering with a SPEC reason', async () => {
    const texts = fc.sample(
      fc.oneof(
        fc.json(),
        fc.string(),
        fc.jsonValue().map((value) => JSON.stringify({ schemaVersion: 1, roles: [value] })),
      ),
      { numRuns: 30, seed: 7 },
    );
    for (const text of texts) {
      const result = await loadCatalogue(jsonUrl(text));
      if (result.status === 'error') {
        expect(['parse', 'invalid']).to.include(result.problem.reason);
      } else {
        expect(result.status).to.equal('ready');
      }
    }
  });

  it('keeps a valid catalogue valid whatever extra fields it carries', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.anything()), (extra) => {
        const result = checkCatalogue({ ...extra, ...validCatalogue });
        expect(result.ok).to.be.true;
      }),
      { numRuns: RUNS },
    );
  });
});
