import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextEvent } from '@lit/context';
import { checkRole, type DataProblem, type RoleLookup } from '../data/catalogue.js';
import {
  attachContextRoot,
  catalogueContext,
  type CatalogueContextValue,
  type CatalogueState,
} from '../data/context.js';
import { defaultCatalogueUrl } from '../data/default-catalogue.js';
import { hcEvent, type DataErrorDetail } from '../data/events.js';
import { absoluteUrl } from '../data/loader.js';
import type { Role } from '../data/schema.js';
import { CatalogueRequestController } from './catalogue-request-controller.js';

/** The shared data members of every widget (SPEC). */
export interface RoleDataHost extends ReactiveControllerHost, HTMLElement {
  roleId: string | null;
  src: string | null;
  timeoutMs: number;
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

/** Both a RoleState and a CatalogueState. */
const LOADING = { status: 'loading' } as const;

const NO_ROLE: RoleState = { status: 'ready', role: null, contentLang: null };

const NO_ROLE_ID: DataProblem = {
  reason: 'not-found',
  path: null,
  message: 'No role id was given: set role-id on the widget or on its <hc-careers-data>.',
};

/** Finds an `<hc-careers-data>` above `element`, across shadow roots, even before it upgrades. */
function hasProviderAncestor(element: Element): boolean {
  let node: Node | null = element;
  while (node) {
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    if (node instanceof Element && node.localName === 'hc-careers-data') return true;
  }
  return false;
}

/**
 * Resolves a widget's role from SPEC's sources, first match wins: `roleData`, the widget's own
 * `src`, the nearest `<hc-careers-data>` (through context), the default catalogue. Exposes the
 * result as `state` and reports each new error with `hc-data-error` from the widget.
 */
export class RoleDataController implements ReactiveController {
  readonly #host: RoleDataHost;
  readonly #options: RoleDataOptions;
  readonly #request: CatalogueRequestController;
  #provided: CatalogueContextValue | undefined;
  #unsubscribe: (() => void) | undefined;
  /** A provider is in the page above the host but has not been defined yet. */
  #awaitingProvider = false;
  #roleDataCheck: { input: unknown; lookup: RoleLookup } | undefined;
  #state: RoleState = LOADING;
  #reported: DataErrorDetail | undefined;
  #lastError:
    | { problem: DataProblem; src: string | null; roleId: string | null; state: RoleState }
    | undefined;

  constructor(host: RoleDataHost, options: RoleDataOptions) {
    this.#host = host;
    this.#options = options;
    this.#request = new CatalogueRequestController(host, () => {
      if (this.#host.roleData || this.#needsNoData()) return null;
      const timeoutMs = this.#host.timeoutMs;
      // A src the browser cannot parse still goes to the loader, which reports it as `network`.
      if (this.#host.src) return { url: absoluteUrl(this.#host.src) ?? this.#host.src, timeoutMs };
      if (this.#provided || this.#awaitingProvider) return null;
      return { url: defaultCatalogueUrl(), timeoutMs };
    });
    host.addController(this);
  }

  get state(): RoleState {
    return this.#state;
  }

  /** The role's id: the loaded role's, else the widget's `role-id`, else its provider's. */
  get roleId(): string | null {
    const state = this.#state;
    if (state.status === 'ready' && state.role) return state.role.id;
    return this.#host.roleId || this.#provided?.roleId || null;
  }

  /** Loads again, bypassing the cache: the widget's own URL, or else its provider's. */
  reload(): void {
    if (this.#request.state) this.#request.reload();
    else this.#provided?.reload();
  }

  hostConnected(): void {
    const before = this.#provided;
    this.#provided = undefined;
    this.#askForProvider();
    // No answer, but a provider above is not defined yet: ask again with a ContextRoot on the
    // page, which keeps the request until that provider appears and answers it.
    this.#awaitingProvider = !this.#provided && hasProviderAncestor(this.#host);
    if (this.#awaitingProvider) {
      attachContextRoot();
      this.#askForProvider();
    }
    // Moved out of its provider (or under another that has not answered): its data changed.
    if (before && this.#provided !== before) this.#host.requestUpdate();
  }

  #askForProvider(): void {
    this.#host.dispatchEvent(
      new ContextEvent(catalogueContext, this.#host, this.#onProvided, true),
    );
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  hostUpdate(): void {
    this.#state = this.#resolve();
  }

  hostUpdated(): void {
    const state = this.#state;
    if (state.status !== 'error' || state.error === this.#reported) return;
    this.#reported = state.error;
    this.#host.dispatchEvent(hcEvent('hc-data-error', state.error));
  }

  /** Stable identity: the provider and the ContextRoot dedupe subscriptions by callback. */
  readonly #onProvided = (value: CatalogueContextValue, unsubscribe?: () => void): void => {
    if (this.#unsubscribe && this.#unsubscribe !== unsubscribe) this.#unsubscribe();
    this.#unsubscribe = unsubscribe;
    this.#provided = value;
    this.#awaitingProvider = false;
    this.#host.requestUpdate();
  };

  #resolve(): RoleState {
    const { roleData } = this.#host;
    if (roleData) {
      const id: unknown = roleData.id;
      const roleId = this.#host.roleId || (typeof id === 'string' ? id : null);
      return this.#fromLookup(this.#checkRoleData(roleData), null, roleId);
    }

    if (this.#needsNoData()) return NO_ROLE;
    // With no URL of its own and no provider yet, the widget waits for the provider.
    const catalogue: CatalogueState = this.#request.state ?? this.#provided?.state ?? LOADING;
    const roleId = this.#host.roleId || this.#provided?.roleId || null;
    switch (catalogue.status) {
      case 'loading':
        return LOADING;
      case 'error':
        return this.#error(catalogue.problem, catalogue.src, roleId);
      case 'ready':
        if (roleId === null) {
          return this.#options.roleRequired
            ? this.#error(NO_ROLE_ID, catalogue.src, null)
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
      !this.#provided?.roleId &&
      !this.#awaitingProvider
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
      : this.#error(lookup.problem, src, roleId);
  }

  /**
   * The same problem for the same role gives back the same state, so it is reported once; a new
   * answer (after `reload()`, say) is a new problem object and is reported again.
   */
  #error(problem: DataProblem, src: string | null, roleId: string | null): RoleState {
    const last = this.#lastError;
    if (last?.problem === problem && last.src === src && last.roleId === roleId) return last.state;
    const { reason, path, message } = problem;
    const state: RoleState = { status: 'error', error: { src, roleId, reason, path, message } };
    this.#lastError = { problem, src, roleId, state };
    return state;
  }
}
