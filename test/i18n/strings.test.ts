import { expect } from '@open-wc/testing';
import { cy } from '../../src/i18n/cy.js';
import { en } from '../../src/i18n/en.js';
import { interfaceLangOf } from '../../src/i18n/index.js';

/** Every key path of a string table, with the kind of value (text, or a function's arity). */
function shape(table: object, prefix = ''): string[] {
  return Object.entries(table).flatMap(([key, value]: [string, unknown]) => {
    const path = `${prefix}${key}`;
    if (typeof value === 'function') return [`${path}(${value.length})`];
    if (typeof value === 'object' && value) return shape(value, `${path}.`);
    return [`${path}: ${typeof value}`];
  });
}

describe('string tables', () => {
  it('have the same keys, nested keys and function arities in English and Welsh', () => {
    expect(shape(cy).sort()).to.deep.equal(shape(en).sort());
  });

  it('have no empty strings in either language', () => {
    for (const [lang, table] of Object.entries({ en, cy })) {
      const walk = (value: unknown, path: string): void => {
        if (typeof value === 'string') expect(value.trim(), `${lang}.${path}`).not.to.equal('');
        else if (typeof value === 'object' && value) {
          for (const [key, inner] of Object.entries(value)) walk(inner, `${path}.${key}`);
        }
      };
      walk(table, lang);
    }
  });

  it('pick Welsh for cy and its subtags only', () => {
    expect(['cy', 'CY', 'cy-GB', ' cy-Latn '].map(interfaceLangOf)).to.deep.equal(
      Array<string>(4).fill('cy'),
    );
    expect(
      ['en', 'en-GB', 'fr', '', null, undefined, 'cym', 'c'].map(interfaceLangOf),
    ).to.deep.equal(Array<string>(8).fill('en'));
  });

  it('use the English singular for one only, the plural for none and for many', () => {
    expect([0, 1, 2].map((n) => en.countRemaining(n))).to.deep.equal([
      'You have 0 characters remaining',
      'You have 1 character remaining',
      'You have 2 characters remaining',
    ]);
    expect([1, 2].map((n) => en.finderMatches(n))).to.deep.equal([
      '1 role matches',
      '2 roles match',
    ]);
  });

  it('count ticked skills with the right noun in English and Welsh', () => {
    expect(en.skillsTicked(2, 5)).to.equal('2 of 5 skills ticked');
    expect(en.skillsTicked(1, 1)).to.equal('1 of 1 skill ticked');
    expect(en.skillsTicked(0, 1)).to.equal('0 of 1 skill ticked');
    expect(cy.skillsTicked(2, 5)).to.equal('Wedi ticio 2 o 5 sgil');
  });

  it('list route types with "or" in English and commas in Welsh (no mutation to get wrong)', () => {
    expect(en.waysIn(['GCSEs', 'an apprenticeship', 'a degree'])).to.equal(
      'Ways in: GCSEs, an apprenticeship or a degree.',
    );
    expect(cy.waysIn(['TGAU', 'prentisiaeth'])).to.equal('Ffyrdd i mewn: TGAU, prentisiaeth.');
  });
});
