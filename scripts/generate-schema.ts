// `npm run schema`: writes schema/catalogue.schema.json from the valibot schema, the one source
// of truth. test/data/schema-file.test.ts fails when the committed file is out of date.
import { writeFileSync } from 'node:fs';
import { catalogueJsonSchema } from './catalogue-json-schema.js';

writeFileSync(
  'schema/catalogue.schema.json',
  `${JSON.stringify(catalogueJsonSchema(), null, 2)}\n`,
);
console.log('wrote schema/catalogue.schema.json');
