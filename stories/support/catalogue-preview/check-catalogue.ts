/**
 * What the preview shows for a catalogue an editor gave: the problems in the sentences the
 * command line prints, and the sound roles to preview. It all runs in the page.
 */
import { checkCatalogue } from '../../../src/data/catalogue.js';
import type { Role } from '../../../src/data/schema.js';
import { parseCatalogueJson } from '../../../src/server/catalogue-json.js';
import { InputError } from '../../../src/server/input-error.js';
import { catalogueProblems } from '../../../src/server/validate.js';

export interface CheckedCatalogue {
  /** What was checked, as the problems name it: "The pasted text", "roles.xlsx". */
  source: string;
  /** One sentence per problem, as `hc-widgets validate` (or `import`) prints them. */
  problems: string[];
  /** The catalogue for `<hc-careers-data>` when its top level is sound, else `null`. */
  catalogue: unknown;
  /** The roles that pass their check, in catalogue order: the ones there is something to see. */
  roles: readonly Role[];
}

/** Only problems, nothing to preview. */
const unreadable = (source: string, problems: string[]): CheckedCatalogue => ({
  source,
  problems,
  catalogue: null,
  roles: [],
});

/** A parsed catalogue: every problem `validate` finds, and the roles the widgets can show. */
export function checkParsed(json: unknown, source: string): CheckedCatalogue {
  const problems = catalogueProblems(json);
  const top = checkCatalogue(json);
  if (!top.ok) return unreadable(source, problems);
  return { source, problems, catalogue: json, roles: top.catalogue.soundRoles().roles };
}

/** Catalogue JSON as text; text that is not JSON is one problem, as `validate` words it. */
export function checkJsonText(text: string, source: string): CheckedCatalogue {
  if (!text.trim()) return unreadable(source, ['Paste a catalogue first: the box is empty.']);
  let json: unknown;
  try {
    json = parseCatalogueJson(text, source);
  } catch (error) {
    if (error instanceof InputError) return unreadable(source, [error.message]);
    throw error;
  }
  return checkParsed(json, source);
}

/** The files an editor opened: one `.json` catalogue. */
export async function checkFiles(files: readonly File[]): Promise<CheckedCatalogue> {
  const [file] = files;
  if (!file) return unreadable('The file', ['Choose a catalogue file first.']);
  if (files.length === 1 && /\.json$/i.test(file.name)) {
    return checkJsonText(await file.text(), file.name);
  }
  return unreadable(file.name, [`${file.name} is not a catalogue: choose a .json file.`]);
}
