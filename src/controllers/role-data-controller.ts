import type { ReactiveController } from 'lit';
import { checkRole, type DataProblem, type RoleLookup } from '../data/catalogue.js';
import type { DataErrorDetail } from '../data/events.js';
import type { Role } from '../data/schema.js';
import { LOADING } from '../data/context.js';
import { DataErrorReport } from '../data/data-error-report.js';
import { CatalogueSource, type CatalogueHost } from './catalogue-source.js';

/** The shared data members of every widget (SPEC). */
export interface RoleDataHost extends CatalogueHost {
  roleId: string | null;
  roleData: Role | undefined;
}

/** What a widget renders from. */
export type RoleState =
  | { status: 'loading' }
  /** `role` is `null` only for widgets that need no role (the feedback form) and got no id. */
  | { status: 'ready'; role: Role | null; contentLang: string | null }
  | { status: 'error'; error: DataErrorDetail };

export interface RoleDataOptions {
  /** Whether the widget is useless without a role; if not, no role id is not an error. */
  roleRequired: boolean;
}

const NO_ROLE: RoleState = { status: 'ready', role: null, contentLang: null };

const NO_ROLE_ID: DataProblem = {
  reason: 'not-found',
  path: null,
  message: 'No role id was given: set role-id on the widget or on its <hc-careers-data>.',
};

/**
 * Resolves a widget's role from SPEC's sources, first match wins: `roleData`, the widget's own
 * `src`, the nearest `<hc-careers-data>` (through context), the default catalogue. Exposes the
 * result as `state` and reports each new error with `hc-data-error` from the widget.
 */
export class RoleDataController implements ReactiveController {
  readonly #host: RoleDataHost;
  readonly #options: RoleDataOptions;
  readonly source: CatalogueSource;
  readonly #errors = new DataErrorReport();
  #roleDataCheck: { input: unknown; lookup: RoleLookup } | undefined;
  #state: RoleState = LOADING;

  constructor(host: RoleDataHost, options: RoleDataOptions) {
    this.#host = host;
    this.#options = options;
    this.source = new CatalogueSource(host, () => !this.#host.roleData && !this.#needsNoData());
    host.addController(this);
  }

  get state(): RoleState {
    return this.#state;
  }

  /** The role's id: the loaded role's, else the widget's `role-id`, else its provider's. */
  get roleId(): string | null {
    const state = this.#state;
    if (state.status === 'ready' && state.role) return state.role.id;
    return this.#host.roleId || this.source.providedRoleId;
  }

  hostUpdate(): void {
    this.#state = this.#resolve();
  }

  hostUpdated(): void {
    const state = this.#state;
    this.#errors.dispatch(this.#host, state.status === 'error' ? state.error : undefined);
  }

  #resolve(): RoleState {
    const { roleData } = this.#host;
    if (roleData) {
      const id: unknown = roleData.id;
      const roleId = this.#host.roleId || (typeof id === 'string' ? id : null);
      return this.#fromLookup(this.#checkRoleData(roleData), null, roleId);
    }

    if (this.#needsNoData()) return NO_ROLE;
    // With no URL of its own and no provider yet, the widget waits for the provider.
    const catalogue = this.source.state;
    const roleId = this.#host.roleId || this.source.providedRoleId;
    switch (catalogue.status) {
      case 'loading':
        return LOADING;
      case 'error':
        return this.#errors.state(catalogue.problem, catalogue.src, roleId);
      case 'ready':
        if (roleId === null) {
          return this.#options.roleRequired
            ? this.#errors.state(NO_ROLE_ID, catalogue.src, null)
            : { status: 'ready', role: null, contentLang: catalogue.catalogue.lang };
        }
        return this.#fromLookup(
          catalogue.catalogue.role(roleId),
          catalogue.src,
          roleId,
          catalogue.catalogue.lang,
        );
    }
  }

  /** A widget that needs no role (the feedback form), given none, loads nothing. */
  #needsNoData(): boolean {
    return (
      !this.#options.roleRequired &&
      !this.#host.roleId &&
      !this.source.providedRoleId &&
      !this.source.awaitingProvider
    );
  }

  #checkRoleData(input: Role): RoleLookup {
    if (this.#roleDataCheck?.input !== input) {
      this.#roleDataCheck = { input, lookup: checkRole(input) };
    }
    return this.#roleDataCheck.lookup;
  }

  #fromLookup(
    lookup: RoleLookup,
    src: string | null,
    roleId: string | null,
    contentLang: string | null = null,
  ): RoleState {
    return lookup.ok
      ? { status: 'ready', role: lookup.role, contentLang }
      : this.#errors.state(lookup.problem, src, roleId);
  }
}
