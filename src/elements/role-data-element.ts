import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { RoleDataController, type RoleDataOptions } from '../controllers/role-data-controller.js';
import { DEFAULT_TIMEOUT_MS } from '../data/loader.js';
import type { Role } from '../data/schema.js';

/**
 * The data members every widget shares (SPEC): which role, from where, and how long to wait.
 * Widgets extend this and render from `this.data.state`.
 *
 * @event {CustomEvent<DataErrorDetail>} hc-data-error - The widget's data could not be shown:
 *   `detail` is `{ src, roleId, reason, path, message }`.
 */
export class RoleDataElement extends LitElement {
  /** Whether the widget needs a role; the feedback form overrides this. */
  protected static readonly dataOptions: RoleDataOptions = { roleRequired: true };

  /** Id of the role in the catalogue, e.g. `clinical-informatics`; else the provider's. */
  @property({ attribute: 'role-id' }) roleId: string | null = null;

  /** URL of a catalogue JSON of the widget's own; wins over any `<hc-careers-data>`. */
  @property() src: string | null = null;

  /** How long to wait for the catalogue, in milliseconds. */
  @property({ attribute: 'timeout-ms', type: Number }) timeoutMs = DEFAULT_TIMEOUT_MS;

  /** A Role object given directly; wins over every other source. It is checked like a role. */
  @property({ attribute: false }) roleData: Role | undefined = undefined;

  protected readonly data = new RoleDataController(
    this,
    (this.constructor as typeof RoleDataElement).dataOptions,
  );

  /** Loads the catalogue again, bypassing the cache for this URL. */
  reload(): void {
    this.data.reload();
  }
}
