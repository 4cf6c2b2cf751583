import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CheckedCatalogue } from './check-catalogue.js';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode };

/**
 * The preview's state: the last catalogue checked and the role picked from it. After each check
 * the outcome (the error summary, or the "no problems" panel: the element of the host's template
 * marked `data-outcome`) takes focus, as NHS.UK error summaries do, so that a screen reader reads
 * the result out.
 */
export class CatalogueCheckController implements ReactiveController {
  result: CheckedCatalogue | null = null;
  /** The id of the field the result was read from, for the error summary to link to. */
  field: string | null = null;
  roleId: string | null = null;
  /** A file is being read (a workbook can take a moment). */
  reading = false;

  readonly #host: Host;
  #checks = 0;
  #focusOutcome = false;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /** Shows what `checked`, read from `field`, gives; of overlapping checks, the latest. */
  async check(field: string, checked: CheckedCatalogue | Promise<CheckedCatalogue>) {
    const check = ++this.#checks;
    this.reading = true;
    this.#host.requestUpdate();
    const result = await checked;
    if (check !== this.#checks) return;
    const kept = result.roles.some((role) => role.id === this.roleId);
    this.roleId = kept ? this.roleId : (result.roles[0]?.id ?? null);
    this.result = result;
    this.field = field;
    this.reading = false;
    this.#focusOutcome = true;
    this.#host.requestUpdate();
  }

  pick(roleId: string): void {
    this.roleId = roleId;
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    if (!this.#focusOutcome) return;
    this.#focusOutcome = false;
    this.#host.renderRoot.querySelector<HTMLElement>('[data-outcome]')?.focus();
  }
}
