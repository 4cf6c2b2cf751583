// The shipped catalogues, as the repository holds them, against what the facts allow
// (test/fixtures/default-catalogue.expected.json): the right roles and families, nothing marked
// unsure, one skill vocabulary, and health-informatics.json equal to the default's informatics roles.
import { expect } from '@open-wc/testing';
import { checkCatalogue, checkRole } from '../../src/data/catalogue.js';
import type { Catalogue, Role } from '../../src/data/schema.js';

interface Expected {
  families: string[];
  roles: { id: string; family: string | null; payBands?: string[] }[];
  skills: Record<string, string>;
  unsure: {
    roles: { id: string; title: string }[];
    payBands: { roleId: string; payBands: string[] }[];
    families: { roleId: string; family: string }[];
    fields: { roleId: string; field: keyof Role }[];
    text: { roleId: string; text: string }[];
  };
}

const INFORMATICS = 'Health informatics';

const json = async <T>(path: string): Promise<T> => {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
};

/** Every string anywhere in `value`, for "this text is not there". */
const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : typeof value === 'object' && value !== null
      ? Object.values(value).flatMap(strings)
      : [];

/** The path of every `url` key anywhere in `value`. */
const urlPaths = (value: unknown, path = ''): string[] =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([key, child]) => [
        ...(key === 'url' ? [`${path}.url`] : []),
        ...urlPaths(child, `${path}.${key}`),
      ])
    : [];

describe('data/nhs-careers.json, the default catalogue', () => {
  let catalogue: Catalogue;
  let expected: Expected;
  let byId: Map<string, Role>;

  before(async () => {
    [catalogue, expected] = await Promise.all([
      json<Catalogue>('/data/nhs-careers.json'),
      json<Expected>('/test/fixtures/default-catalogue.expected.json'),
    ]);
    byId = new Map(catalogue.roles.map((role) => [role.id, role]));
  });

  it('passes its check: the top level, and every role on its own', () => {
    const checked = checkCatalogue(catalogue);
    expect(checked.ok, checked.ok ? '' : checked.problem.message).to.be.true;
    if (!checked.ok) return;
    expect(catalogue.schemaVersion).to.equal(1);
    expect(catalogue.lang).to.equal('en');
    for (const role of catalogue.roles) {
      const lookup = checked.catalogue.role(role.id);
      expect(lookup.ok, lookup.ok ? role.id : lookup.problem.message).to.be.true;
      expect(checkRole(role).ok, role.id).to.be.true;
    }
  });

  it('holds exactly the expected roles, in order, each in its family (or none)', () => {
    expect(catalogue.roles.map(({ id, family }) => ({ id, family: family ?? null }))).to.deep.equal(
      expected.roles.map(({ id, family }) => ({ id, family })),
    );
    expect(catalogue.roles).to.have.length(48);
  });

  it('groups them in the 11 families, in that order', () => {
    const families = [...new Set(catalogue.roles.flatMap((role) => role.family ?? []))];
    expect(families).to.deep.equal(expected.families);
    expect(families).to.have.length(11);
  });

  it('gives pay bands only to the roles a source gives whole-role bands for', () => {
    for (const role of catalogue.roles) {
      const { payBands } = expected.roles.find(({ id }) => id === role.id)!;
      expect(role.payBands, role.id).to.deep.equal(payBands);
    }
  });

  it('leaves out the role marked unsure', () => {
    for (const { id, title } of expected.unsure.roles) {
      expect(byId.has(id), id).to.be.false;
      const mentions = strings(catalogue).filter((text) => text.includes(title));
      expect(mentions, title).to.deep.equal([]);
    }
  });

  it('leaves out every pay band marked unsure', () => {
    for (const { roleId, payBands } of expected.unsure.payBands) {
      const role = byId.get(roleId);
      expect(role, roleId).to.exist;
      for (const band of payBands) {
        expect(role!.payBands ?? [], `${roleId} band ${band}`).not.to.include(band);
      }
    }
  });

  it('leaves out each family, field and piece of text marked unsure', () => {
    for (const { roleId, family } of expected.unsure.families) {
      expect(byId.get(roleId), roleId).to.exist;
      expect(byId.get(roleId)!.family, roleId).not.to.equal(family);
    }
    for (const { roleId, field } of expected.unsure.fields) {
      const value: unknown = byId.get(roleId)?.[field];
      expect(byId.get(roleId), roleId).to.exist;
      if (Array.isArray(value)) expect(value, `${roleId}.${field}`).to.deep.equal([]);
      else expect(value, `${roleId}.${field}`).to.equal(undefined);
    }
    for (const { roleId, text } of expected.unsure.text) {
      expect(byId.get(roleId), roleId).to.exist;
      const found = strings(byId.get(roleId)).filter((each) =>
        each.toLowerCase().includes(text.toLowerCase()),
      );
      expect(found, `${roleId}: "${text}"`).to.deep.equal([]);
    }
  });

  it('has no url anywhere: no address is confirmed', () => {
    expect(urlPaths(catalogue)).to.deep.equal([]);
  });

  it("uses roles.md's skill vocabulary: only its ids, each with its one label", () => {
    for (const role of catalogue.roles) {
      for (const skill of role.skills) {
        expect(expected.skills, `${role.id}: ${skill.id}`).to.have.property(skill.id);
        expect(skill.label, `${role.id}: ${skill.id}`).to.equal(expected.skills[skill.id]);
      }
    }
  });

  it('shares skill ids across roles, so that the role finder can match them', () => {
    const uses = new Map<string, number>();
    for (const skill of catalogue.roles.flatMap((role) => role.skills)) {
      uses.set(skill.id, (uses.get(skill.id) ?? 0) + 1);
    }
    expect(uses.get('communication')).to.be.at.least(30);
    expect([...uses.values()].filter((count) => count >= 2)).to.have.length.of.at.least(15);
  });
});

describe('data/health-informatics.json', () => {
  it("is the default catalogue's health informatics roles alone, exactly", async () => {
    const [all, informatics, expected] = await Promise.all([
      json<Catalogue>('/data/nhs-careers.json'),
      json<Catalogue>('/data/health-informatics.json'),
      json<Expected>('/test/fixtures/default-catalogue.expected.json'),
    ]);
    const { roles, ...topLevel } = all;
    expect(informatics, 'out of date: run npm run catalogues').to.deep.equal({
      ...topLevel,
      roles: roles.filter((role) => role.family === INFORMATICS),
    });
    expect(informatics.roles.map((role) => role.id)).to.deep.equal(
      expected.roles.filter(({ family }) => family === INFORMATICS).map(({ id }) => id),
    );
  });
});
