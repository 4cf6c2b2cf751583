import { nothing, type PropertyDeclarations } from 'lit';
import { RoleDataController, type RoleDataOptions } from '../controllers/role-data-controller.js';
import type { Role } from '../data/schema.js';
import { CatalogueElement } from './catalogue-element.js';

/**
 * What every widget about one role shares (SPEC): which role, given directly or found in a
 * catalogue. Widgets extend it and render their ready state.
 */
export class WidgetElement extends CatalogueElement {
  static override properties: PropertyDeclarations = {
    roleId: { attribute: 'role-id' },
    roleData: { attribute: false },
  };

  /** Whether the widget needs a role; the feedback form overrides this. */
  protected static readonly dataOptions: RoleDataOptions = { roleRequired: true };

  /** Id of the role in the catalogue, e.g. `clinical-informatics`; else the provider's. */
  roleId: string | null = null;

  /** A Role object given directly; wins over every other source. It is checked like a role. */
  roleData: Role | undefined = undefined;

  protected readonly data = new RoleDataController(
    this,
    (this.constructor as typeof WidgetElement).dataOptions,
  );

  /** Loading and error states here; the ready state is each widget's own. */
  protected override render(): unknown {
    const state = this.data.state;
    if (state.status !== 'ready') return this.renderStatus(state);
    return state.role ? this.renderRole(state.role, state.contentLang) : nothing;
  }

  /** The widget's ready state; `contentLang` is the catalogue's language, when known. */
  protected renderRole(_role: Role, _contentLang: string | null): unknown {
    return nothing;
  }
}
