import { expect } from '@open-wc/testing';
import { checkCatalogue, checkRole } from '../../src/data/catalogue.js';
import { SAFE_URL_PATTERN } from '../../src/data/schema.js';
import {
  analystRole,
  catalogueWithBadRole,
  catalogueWithDuplicateIds,
  porterRole,
  validCatalogue,
  wrongTopLevels,
} from '../fixtures/catalogues.js';

const roleProblem = (role: unknown) => {
  const result = checkRole(role);
  return result.ok ? null : result.problem;
};

describe('catalogue schema', () => {
  it('rejects each wrong top level, naming the field', () => {
    for (const { name, value, path } of wrongTopLevels) {
      const checked = checkCatalogue(value);
      expect(checked.ok, name).to.be.false;
      if (checked.ok) continue;
      expect(checked.problem.reason, name).to.equal('invalid');
      expect(checked.problem.path, name).to.equal(path);
      expect(checked.problem.message, name).to.be.a('string').and.not.be.empty;
    }
  });

  it('rejects duplicate role ids at the repeated one', () => {
    const checked = checkCatalogue(catalogueWithDuplicateIds);
    expect(checked.ok).to.be.false;
    if (checked.ok) return;
    expect(checked.problem.path).to.equal('roles[2].id');
    expect(checked.problem.message).to.include('porter');
  });

  it('rejects a repeated skill id at the repeat, in the catalogue and in roleData', () => {
    const skills = [
      { id: 'numeracy', label: 'Numeracy' },
      { id: 'ict', label: 'ICT' },
      { id: 'numeracy', label: 'Numbers again' },
    ];
    const checked = checkCatalogue({
      ...validCatalogue,
      roles: [porterRole, { ...analystRole, skills }],
    });
    expect(checked.ok).to.be.true;
    if (!checked.ok) return;
    expect(checked.catalogue.role('porter').ok).to.be.true;
    const lookup = checked.catalogue.role('data-analyst');
    expect(lookup.ok).to.be.false;
    if (lookup.ok) return;
    expect(lookup.problem).to.deep.equal({
      reason: 'invalid',
      path: 'roles[1].skills[2].id',
      message:
        'roles[1].skills[2].id repeats the id "numeracy" already used by roles[1].skills[0].',
    });
    const direct = checkRole({ ...analystRole, skills });
    expect(direct.ok).to.be.false;
    if (!direct.ok) expect(direct.problem.path).to.equal('skills[2].id');
  });

  it('checks each role on its own: a bad role does not take the others down', () => {
    const checked = checkCatalogue(catalogueWithBadRole);
    expect(checked.ok).to.be.true;
    if (!checked.ok) return;
    expect(checked.catalogue.role('data-analyst').ok).to.be.true;
    expect(checked.catalogue.role('porter').ok).to.be.true;
    const broken = checked.catalogue.role('broken');
    expect(broken.ok).to.be.false;
    if (broken.ok) return;
    expect(broken.problem).to.include({ reason: 'invalid', path: 'roles[2].skills[0].label' });
    expect(broken.problem.message).to.equal('roles[2].skills[0].label is required.');
  });

  it('answers not-found for an id the catalogue lacks', () => {
    const checked = checkCatalogue(validCatalogue);
    if (!checked.ok) throw new Error('fixture should be valid');
    const lookup = checked.catalogue.role('astronaut');
    expect(lookup.ok).to.be.false;
    if (!lookup.ok) expect(lookup.problem).to.include({ reason: 'not-found', path: null });
  });

  it('names the first bad field of a role with bracketed indexes', () => {
    const cases: [unknown, string][] = [
      [{ ...analystRole, id: 'Data Analyst' }, 'id'],
      [{ ...analystRole, title: '   ' }, 'title'],
      [{ ...analystRole, title: 42 }, 'title'],
      [{ ...analystRole, payBands: ['5', '10'] }, 'payBands[1]'],
      [{ ...analystRole, entryRoutes: [{ type: 'magic', title: 'x' }] }, 'entryRoutes[0].type'],
      [{ ...analystRole, entryRoutes: [{ type: 'gcse', title: '' }] }, 'entryRoutes[0].title'],
      [{ ...analystRole, entryRoutes: undefined }, 'entryRoutes'],
      [
        {
          ...analystRole,
          skills: [
            { id: 'a', label: 'A' },
            { id: 'a', label: 'B' },
          ],
        },
        'skills[1].id',
      ],
      [{ ...analystRole, skills: [{ id: 'a', label: 'A' }, null] }, 'skills[1]'],
      [{ ...analystRole, qualities: ['ok', 3] }, 'qualities[1]'],
      [{ ...analystRole, updated: '15/01/2026' }, 'updated'],
      [{ ...analystRole, summary: ['not', 'text'] }, 'summary'],
    ];
    for (const [role, path] of cases) {
      expect(roleProblem(role)?.path, path).to.equal(path);
      expect(roleProblem(role)?.reason, path).to.equal('invalid');
    }
    expect(roleProblem(null)).to.include({ path: null, reason: 'invalid' });
  });

  it('ignores unknown extra fields and keeps them out of the checked role', () => {
    const result = checkRole({ ...analystRole, salary: 'lots', __proto__extra: 1 });
    expect(result.ok).to.be.true;
    if (result.ok) expect(result.role).not.to.have.property('salary');
  });

  it('does not let a __proto__ key change the checked role', () => {
    const role = JSON.parse(
      '{"id":"x","title":"X","entryRoutes":[],"skills":[],"__proto__":{"title":"evil"}}',
    ) as unknown;
    const result = checkRole(role);
    expect(result.ok).to.be.true;
    if (result.ok) expect(result.role.title).to.equal('X');
  });
});

describe('URL rule: https: or relative only', () => {
  const accepted = [
    'https://www.healthcareers.nhs.uk/',
    'HTTPS://EXAMPLE.ORG/a',
    'HtTpS://example.org',
    '/careers/data',
    'careers/data',
    './careers',
    '../careers',
    '?role=porter',
    '#entry',
    'page.html?x=a:b',
  ];
  const rejected = [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    '\tjavascript:alert(1)',
    'java\nscript:alert(1)',
    'java\tscript:alert(1)',
    '\u0000javascript:alert(1)',
    'javascript:alert(1) ',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    'http://example.org',
    'HTTP://example.org',
    'ftp://example.org',
    'mailto:someone@example.org',
    '//evil.example',
    '\\\\evil.example',
    '/\\evil.example',
    '',
    ' https://example.org',
  ];

  for (const url of accepted) {
    it(`accepts ${JSON.stringify(url)}`, () => {
      expect(SAFE_URL_PATTERN.test(url)).to.be.true;
      expect(roleProblem({ ...analystRole, url })).to.equal(null);
    });
  }
  for (const url of rejected) {
    it(`rejects ${JSON.stringify(url)}`, () => {
      expect(SAFE_URL_PATTERN.test(url)).to.be.false;
      expect(roleProblem({ ...analystRole, url })?.path).to.equal('url');
      const route = { type: 'degree', title: 'Degree', url };
      expect(roleProblem({ ...analystRole, entryRoutes: [route] })?.path).to.equal(
        'entryRoutes[0].url',
      );
    });
  }
});
