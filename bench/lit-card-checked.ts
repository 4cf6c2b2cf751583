// The Lit reference with the library's own data checks (bench/lit-card.ts): the catalogue's top
// level once, then each role it shows, once, exactly as the widgets check them. Set beside the
// bare Lit card, it is what the checks SPEC asks for cost, and nothing else.
import { parseCatalogue } from '../src/data/catalogue.js';
import type { FindRole } from './floor-card.js';

export { defineLitCard } from './lit-card.js';

/** The catalogue's JSON text, checked as the widgets' loader checks it; a bad role is not shown. */
export function checkedCatalogue(text: string): FindRole {
  const check = parseCatalogue(text, 'The bench catalogue');
  if (!check.ok) throw new Error(check.problem.message);
  const { catalogue } = check;
  return (id) => {
    const lookup = catalogue.role(id);
    return lookup.ok ? lookup.role : undefined;
  };
}
