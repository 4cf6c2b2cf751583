import type { ReactiveController } from 'lit';
import type { CheckedCatalogue } from '../data/catalogue.js';
import type { DataErrorDetail } from '../data/events.js';
import type { Role } from '../data/schema.js';
import { LOADING } from '../data/context.js';
import { DataErrorReport } from '../data/data-error-report.js';
import { CatalogueSource, type CatalogueHost } from './catalogue-source.js';

/** What the role finder renders from: every sound role of its catalogue. */
export type CatalogueRolesState =
  | { status: 'loading' }
  | { status: 'error'; error: DataErrorDetail }
  | {
      status: 'ready';
      roles: readonly Role[];
      /** The catalogue's content language. */
      lang: string;
      /** The catalogue's absolute URL, or `"inline"` for inline JSON and `.catalogue`. */
      storageId: string;
    };

/**
 * A whole catalogue for its host, from SPEC's sources (own `src`, the nearest
 * `<hc-careers-data>`, the default). Roles that fail their check are left out and the first one
 * is reported once with `hc-data-error` (`roleId: null`); with no sound role at all, that problem
 * is the error state.
 */
export class CatalogueRolesController implements ReactiveController {
  readonly #host: CatalogueHost;
  readonly source: CatalogueSource;
  readonly #errors = new DataErrorReport();
  #state: CatalogueRolesState = LOADING;
  #ready: { catalogue: CheckedCatalogue; state: CatalogueRolesState } | undefined;
  /** A problem to report while the state is ready (a bad role beside sound ones). */
  #problem: DataErrorDetail | undefined;

  constructor(host: CatalogueHost) {
    this.#host = host;
    this.source = new CatalogueSource(host, () => true);
    host.addController(this);
  }

  get state(): CatalogueRolesState {
    return this.#state;
  }

  hostUpdate(): void {
    const catalogue = this.source.state;
    this.#problem = undefined;
    if (catalogue.status === 'loading') {
      this.#state = LOADING;
      return;
    }
    if (catalogue.status === 'error') {
      this.#state = this.#errors.state(catalogue.problem, catalogue.src, null);
      return;
    }
    const { roles, problem } = catalogue.catalogue.soundRoles();
    const error = problem && this.#errors.state(problem, catalogue.src, null);
    if (error && !roles.length) {
      this.#state = error;
      return;
    }
    this.#problem = error?.error;
    if (this.#ready?.catalogue !== catalogue.catalogue) {
      this.#ready = {
        catalogue: catalogue.catalogue,
        state: {
          status: 'ready',
          roles,
          lang: catalogue.catalogue.lang,
          storageId: catalogue.src ?? 'inline',
        },
      };
    }
    this.#state = this.#ready.state;
  }

  hostUpdated(): void {
    const state = this.#state;
    this.#errors.dispatch(this.#host, state.status === 'error' ? state.error : this.#problem);
  }
}
