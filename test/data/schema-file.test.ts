import { expect } from '@open-wc/testing';
import { catalogueJsonSchema } from '../../scripts/catalogue-json-schema.js';

describe('schema/catalogue.schema.json', () => {
  it('is what `npm run schema` makes from the valibot schema today', async () => {
    const response = await fetch('/schema/catalogue.schema.json');
    expect(response.ok).to.be.true;
    expect(await response.json()).to.deep.equal(
      JSON.parse(JSON.stringify(catalogueJsonSchema())),
      'schema/catalogue.schema.json is out of date: run `npm run schema` and commit it',
    );
  });

  it('keeps the https-or-relative rule for every url', async () => {
    const text = await (await fetch('/schema/catalogue.schema.json')).text();
    const patterns = [...text.matchAll(/"url": \{\s*"type": "string",\s*"pattern": "([^"]+)"/g)];
    expect(patterns).to.have.length(2);
  });
});
