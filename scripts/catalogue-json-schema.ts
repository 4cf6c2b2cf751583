import { toJsonSchema } from '@valibot/to-json-schema';
import { CatalogueSchema } from '../src/data/schema.js';

/**
 * The catalogue as JSON Schema (draft 2020-12). The two "ids are unique" checks cannot be said
 * in JSON Schema (uniqueness of a key inside objects), so they are left to the library and to
 * `hc-widgets validate`; every other rule, the https-or-relative URL rule included, is kept.
 */
export function catalogueJsonSchema(): Record<string, unknown> {
  return {
    title: 'NHS careers widgets catalogue (schemaVersion 1)',
    ...toJsonSchema(CatalogueSchema, { target: 'draft-2020-12', ignoreActions: ['check'] }),
  };
}
