// `npm run catalogues`: writes data/health-informatics.json, the health informatics roles of the
// default catalogue (data/nhs-careers.json) alone, so that the two never disagree.
// test/data/default-catalogue.test.ts fails when the committed file is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';

const SOURCE = 'data/nhs-careers.json';
const TARGET = 'data/health-informatics.json';
const FAMILY = 'Health informatics';

/** @type {import('../src/data/schema.js').Catalogue} */
const { roles, ...topLevel } = JSON.parse(readFileSync(SOURCE, 'utf8'));
const informatics = { ...topLevel, roles: roles.filter((role) => role.family === FAMILY) };
const text = await format(JSON.stringify(informatics), {
  ...(await resolveConfig(TARGET)),
  filepath: TARGET,
});
writeFileSync(TARGET, text);
console.log(`wrote ${TARGET}: ${informatics.roles.length} roles of ${SOURCE}`);
