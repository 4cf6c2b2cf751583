import { LitElement, html, type PropertyDeclarations } from 'lit';
import { ContextProvider } from '@lit/context';
import { CatalogueRequestController } from '../../controllers/catalogue-request-controller.js';
import { InlineJsonController } from '../../controllers/inline-json-controller.js';
import { checkCatalogue, parseCatalogue, type CatalogueCheck } from '../../data/catalogue.js';
import {
  LOADING,
  catalogueContext,
  type CatalogueContextValue,
  type CatalogueState,
} from '../../data/context.js';
import { defaultCatalogueUrl } from '../../data/default-catalogue.js';
import { hcEvent, type DataErrorDetail, type DataLoadedDetail } from '../../data/events.js';
import { DEFAULT_TIMEOUT_MS } from '../../data/loader.js';
import type { Catalogue } from '../../data/schema.js';
import { css } from '../../styles/css.js';
import { oneSheet } from '../../styles/one-sheet.js';

/** A catalogue given in the page, as a state (no request, so `src` is `null`). */
const stateOf = (checked: CatalogueCheck): CatalogueState =>
  checked.ok
    ? { status: 'ready', src: null, catalogue: checked.catalogue }
    : { status: 'error', src: null, problem: checked.problem };

const parseInline = (text: string): CatalogueState =>
  stateOf(parseCatalogue(text, 'The inline catalogue in <hc-careers-data>'));

/**
 * Loads one catalogue and shares it with every widget inside: a page with many widgets on one
 * catalogue makes one request, or none with inline JSON.
 *
 * Choices where SPEC is silent, for this loader and every widget that reads a catalogue:
 * - **URLs.** Only `https:` and relative URLs pass. Scheme-relative URLs (`//host/…`, also with
 *   backslashes) are refused, since they take the page's scheme, which may be `http:`; so is any
 *   control character anywhere in a URL, or white space at either end (browsers drop them, and
 *   `java\nscript:` would become `javascript:`).
 * - **`updated`** is a date written `YYYY-MM-DD`; **`lang`** a tag such as `en`, `cy` or `en-GB`.
 *   Text of only spaces counts as empty wherever text is required. Blank qualities are valid and
 *   not shown.
 * - **Paths** start at the top of a catalogue (`roles[2].url`), or at the role for `roleData`
 *   (`skills[0].label`); a catalogue that is not an object at all has `path: null`. Repeated ids
 *   are reported at the repeat (`roles[3].id`, `roles[1].skills[2].id`). `roleId` in an error is
 *   the widget's own `role-id`, else its provider's; for `roleData`, the object's `id`.
 * - **Caching.** A successful load is kept for the life of the page; a failed one is forgotten,
 *   so the next widget to ask (or `reload()`) tries again. `reload()` also revalidates the
 *   browser's HTTP cache. Widgets with different `timeout-ms` on one URL share the first one's.
 * - **Moving** an element in the page does not restart its request; moved out of its provider, it
 *   renders again from its new source at once.
 * - **Nested providers.** A widget takes its data and its default role from the nearest provider
 *   only: an inner one with a `src` but no `role-id` gives its widgets no role id.
 * - **Inline JSON** is read from the first child `<script type="application/json">` and followed
 *   if a CMS replaces it later.
 *
 * @tagname hc-careers-data
 * @summary The shared data loader and provider for the careers widgets.
 *
 * @slot - The page content, widgets included, rendered unchanged. A child
 *   `<script type="application/json">` holding a catalogue is used as the data.
 *
 * @event {CustomEvent<DataLoadedDetail>} hc-data-loaded - The catalogue loaded and its top level
 *   is valid: `detail` is `{ src, catalogue }` (`src` is `null` for inline JSON or `.catalogue`).
 * @event {CustomEvent<DataErrorDetail>} hc-data-error - The catalogue could not be used:
 *   `detail` is `{ src, roleId, reason, path, message }`.
 */
export class HcCareersData extends LitElement {
  static override properties: PropertyDeclarations = {
    src: {},
    roleId: { attribute: 'role-id' },
    timeoutMs: { attribute: 'timeout-ms', type: Number },
    catalogue: { attribute: false },
  };

  static override styles = oneSheet(css`
    :host {
      display: contents;
    }
  `);

  /** URL of the catalogue to load, used when there is no `.catalogue` and no inline JSON. */
  src: string | null = null;

  /** The role for widgets inside that name none. */
  roleId: string | null = null;

  /** How long to wait for the catalogue, in milliseconds. */
  timeoutMs = DEFAULT_TIMEOUT_MS;

  /** A Catalogue object given directly; wins over inline JSON and `src`. No request is made. */
  catalogue: Catalogue | undefined = undefined;

  readonly #inline = new InlineJsonController(this);
  readonly #request = new CatalogueRequestController(this, () => {
    if (this.catalogue || this.#inline.text !== null) return null;
    return this.src || defaultCatalogueUrl();
  });
  readonly #provider = new ContextProvider(this, {
    context: catalogueContext,
    initialValue: { state: LOADING, roleId: null, reload: () => this.reload() },
  });
  #given: { input: unknown; state: CatalogueState } | undefined;
  #announced: CatalogueState | undefined;

  /** Loads the catalogue again, bypassing the cache for its URL. */
  reload(): void {
    this.#request.reload();
  }

  protected override willUpdate(): void {
    const state = this.#state();
    const current = this.#provider.value;
    if (current.state !== state || current.roleId !== this.roleId) {
      this.#provider.setValue({
        state,
        roleId: this.roleId,
        reload: () => this.reload(),
      } satisfies CatalogueContextValue);
    }
  }

  protected override updated(): void {
    const { state } = this.#provider.value;
    if (state === this.#announced || state.status === 'loading') return;
    this.#announced = state;
    if (state.status === 'ready') {
      const detail: DataLoadedDetail = { src: state.src, catalogue: state.catalogue.data };
      this.dispatchEvent(hcEvent('hc-data-loaded', detail));
    } else {
      const { reason, path, message } = state.problem;
      const detail: DataErrorDetail = {
        src: state.src,
        roleId: this.roleId,
        reason,
        path,
        message,
      };
      this.dispatchEvent(hcEvent('hc-data-error', detail));
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  /** SPEC's precedence: `.catalogue`, inline JSON, `src`, the default catalogue. */
  #state(): CatalogueState {
    if (this.catalogue)
      return this.#checkGiven(this.catalogue, (given) => stateOf(checkCatalogue(given)));
    const text = this.#inline.text;
    if (text !== null) return this.#checkGiven(text, parseInline);
    return this.#request.state ?? LOADING;
  }

  /** Checks a given catalogue once, not on every update. */
  #checkGiven<T>(input: T, check: (input: T) => CatalogueState): CatalogueState {
    if (this.#given?.input !== input) this.#given = { input, state: check(input) };
    return this.#given.state;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hc-careers-data': HcCareersData;
  }
}
