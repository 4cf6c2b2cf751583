import { ContextRoot, createContext } from '@lit/context';
import type { CheckedCatalogue, DataProblem } from './catalogue.js';

/** The one loading state: of a catalogue, and of what a widget renders. */
export const LOADING = { status: 'loading' } as const;

/** Where a catalogue stands, as a provider or a widget's own request sees it. */
export type CatalogueState =
  | { status: 'loading' }
  | { status: 'ready'; src: string | null; catalogue: CheckedCatalogue }
  | { status: 'error'; src: string | null; problem: DataProblem };

/** What `<hc-careers-data>` gives its descendants. */
export interface CatalogueContextValue {
  state: CatalogueState;
  /** The provider's `role-id`, for widgets that name none. */
  roleId: string | null;
  /** The provider's `reload()`, for a widget's own `reload()` (its "Try again"). */
  reload: () => void;
}

/**
 * A global symbol, so that widgets from one copy of the library find a provider from another
 * copy on the same page; the `v1` changes if the value's shape ever does.
 */
export const catalogueContext = createContext<CatalogueContextValue>(
  Symbol.for('nhs-careers-widgets.catalogue.v1'),
);

const CONTEXT_ROOT = Symbol.for('nhs-careers-widgets.context-root');

/**
 * A widget defined before `<hc-careers-data>` asks for its data before anybody can answer.
 * A ContextRoot on the document keeps such requests and replays them when a provider appears.
 * Attached once per page, whichever copy of the library gets there first.
 */
export function attachContextRoot(): void {
  const root = document.documentElement as HTMLElement & { [CONTEXT_ROOT]?: ContextRoot };
  if (root[CONTEXT_ROOT]) return;
  root[CONTEXT_ROOT] = new ContextRoot();
  root[CONTEXT_ROOT].attach(root);
}
