import {
  LitElement,
  html,
  isServer,
  nothing,
  type PropertyValues,
  type PropertyDeclarations,
} from 'lit';
import type { CatalogueSource } from '../controllers/catalogue-source.js';
import { LoadingStatusController } from '../controllers/loading-status-controller.js';
import { LocaleController } from '../controllers/locale-controller.js';
import type { DataErrorDetail } from '../data/events.js';
import { DEFAULT_TIMEOUT_MS } from '../data/loader.js';

/** The live region before its text is due: one static template. */
const EMPTY_STATUS = html`<div
  part="status"
  class="hc-status hc-status--loading"
  role="status"
  tabindex="-1"
></div>`;

/** Reasons a person can do something about by trying again. */
const RETRYABLE = new Set(['network', 'http', 'timeout']);

/** Loading or failed: what every catalogue reader shows before (or instead of) its content. */
export type StatusState = { status: 'loading' } | { status: 'error'; error: DataErrorDetail };

/** Finds the element to focus once the widget has rendered; nothing means "not yet". */
export type FocusTarget = () => HTMLElement | null | undefined;

/** A data controller as the element drives it: its state, its source, and `hostUpdate`. */
export interface CatalogueData {
  readonly state: StatusState | { status: 'ready' };
  readonly source: CatalogueSource;
  hostUpdate(): void;
}

/**
 * What every element that reads a catalogue shares (SPEC): from where and how long to wait; the
 * interface language; and the loading and error states. Subclasses render their ready state.
 *
 * While loading, the element keeps `--hc-loading-min-height` from its first render (its
 * `loading` custom state) and renders nothing for up to 50 ms, then an empty polite live region,
 * then, by 100 ms, "Loading role information": a catalogue that answers within 50 ms costs no
 * loading render and never flashes the text. After "Try again" the text shows at once.
 *
 * @event {CustomEvent<DataErrorDetail>} hc-data-error - The widget's data could not be shown:
 *   `detail` is `{ src, roleId, reason, path, message }`.
 *
 * @csspart status - The loading or error message, in a polite live region; while loading, absent
 *   for up to 50 ms, then empty, then by 100 ms "Loading role information".
 * @csspart error - Also on the status when it shows an error.
 * @csspart retry - The "Try again" button shown after a network, HTTP or timeout failure.
 *
 * @cssstate loading - While the catalogue loads: `hc-role-card:state(loading)`.
 *
 * @cssprop [--hc-loading-min-height=6rem] - Height kept while loading, so the page does not jump.
 * @cssprop [--hc-space-s=0.5rem] - Small spacing, e.g. under headings.
 * @cssprop [--hc-space-m=1rem] - Spacing between paragraphs and blocks.
 * @cssprop [--hc-space-l=1.5rem] - Larger spacing, e.g. around the form's panels.
 * @cssprop [--hc-error-colour=#d5281b] - Border of the error message.
 * @cssprop [--hc-link-visited-colour=#330072] - Visited links.
 * @cssprop [--hc-link-hover-colour=#7c2855] - Links under the pointer.
 * @cssprop [--hc-link-active-colour=#002f5c] - Links being clicked.
 * @cssprop [--hc-focus-text-colour=#212b32] - Text and the bar under a focused link or button.
 */
export abstract class CatalogueElement extends LitElement {
  static override properties: PropertyDeclarations = {
    src: {},
    timeoutMs: { attribute: 'timeout-ms', type: Number },
  };

  /** URL of a catalogue JSON of the element's own; wins over any `<hc-careers-data>`. */
  src: string | null = null;

  /** How long to wait for the catalogue, in milliseconds. */
  timeoutMs = DEFAULT_TIMEOUT_MS;

  protected abstract readonly data: CatalogueData;

  protected readonly locale = new LocaleController(this);

  /** See `focusAfterUpdate`. */
  #focusTarget: FocusTarget | null = null;

  /**
   * The element's ElementInternals, attached once here: its custom states, and a form value for
   * a widget that takes part in forms.
   */
  protected readonly internals = this.attachInternals();

  readonly #loadingStatus = new LoadingStatusController(
    this,
    this.internals,
    () => this.data.state.status,
  );

  /** The element was parsed with a shadow root the server rendered (`hc-widgets render`). */
  readonly #serverRendered = !isServer && this.shadowRoot !== null;

  /**
   * True while the widget must render exactly what the server renders: on the server, and in
   * the browser for the first render, which hydrates the server's nodes rather than writing
   * them (Lit takes that render's values as already on the page). State only the browser
   * knows, such as stored ticks or a saved draft, is left out until the render after.
   */
  protected get rendersAsServer(): boolean {
    return isServer || (this.#serverRendered && !this.hasUpdated);
  }

  /** Loads the catalogue again, bypassing the cache for its URL. */
  reload(): void {
    this.data.source.reload();
  }

  /**
   * @lit-labs/ssr calls willUpdate but neither connectedCallback nor the controllers' hostUpdate.
   * On the server the widget reads its language and asks for its data here, so that the server
   * renders what the browser's first render will find, and hydration has nothing to change.
   */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!isServer) return;
    this.locale.refresh();
    this.data.source.hostConnected();
    this.data.hostUpdate();
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // Hydrated: now render with what only the browser knows (see `rendersAsServer`).
    if (this.#serverRendered) this.requestUpdate();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const find = this.#focusTarget;
    this.#focusTarget = null;
    find?.()?.focus();
  }

  /**
   * Moves focus to what the next render shows (a new panel, a status, a heading), so that focus
   * follows a change instead of falling to the page when the focused button goes away. It is
   * asked once, after the next update; it may ask again itself, to keep focus following the
   * widget.
   */
  protected focusAfterUpdate(target: FocusTarget): void {
    this.#focusTarget = target;
  }

  /** The loading and error states: one polite live region whose text changes. */
  protected renderStatus(state: StatusState) {
    const t = this.locale.strings;
    const error = state.status === 'error' ? state.error : undefined;
    const stage = error ? 'text' : this.#loadingStatus.stage;
    if (stage === 'quiet') return nothing;
    if (stage === 'region') return EMPTY_STATUS;
    return html`<div
      part=${error ? 'status error' : 'status'}
      class="hc-status ${error ? 'hc-status--error' : 'hc-status--loading'}"
      role="status"
      tabindex="-1"
    >
      ${
        error
          ? html`<p class="hc-status__title">${t.errorTitle}</p>
              <p>${t.errors[error.reason]}</p>
              ${
                RETRYABLE.has(error.reason)
                  ? html`<p>
                      <button type="button" part="retry" class="hc-retry" @click=${this.#retry}>
                        ${t.retry}
                      </button>
                    </p>`
                  : nothing
              }`
          : html`<p class="hc-last">${t.loading}</p>`
      }
    </div>`;
  }

  // Lit calls a template's event listeners with the element as `this`, so the widgets' handlers
  // are plain methods rather than arrow functions kept in fields.
  #retry(): void {
    this.focusAfterUpdate(this.#stateAfterRetry);
    this.#loadingStatus.showText();
    this.reload();
  }

  /**
   * "Try again" goes away, so focus follows the widget's new state instead of falling to the
   * page: the status while loading (and on to what comes next) or failing again, the heading
   * or fieldset once ready.
   */
  readonly #stateAfterRetry = (): HTMLElement | null => {
    const status = this.renderRoot.querySelector<HTMLElement>('[part~="status"]');
    if (status) {
      if (this.data.state.status === 'loading') this.focusAfterUpdate(this.#stateAfterRetry);
      return status;
    }
    const content = this.renderRoot.querySelector<HTMLElement>('[part~="heading"], fieldset');
    if (content) content.tabIndex = -1;
    return content;
  };
}
