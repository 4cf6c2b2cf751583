import type { CatalogueTopLevel, DataErrorReason } from './catalogue.js';

/** `detail` of `hc-data-error`, from a widget or from `<hc-careers-data>`. */
export interface DataErrorDetail {
  /** Absolute URL of the catalogue, or `null` for inline JSON, `.catalogue` or `roleData`. */
  src: string | null;
  roleId: string | null;
  reason: DataErrorReason;
  /** The first bad field for `invalid` (e.g. `roles[2].skills[0].label`), else `null`. */
  path: string | null;
  /** An English sentence for logs; people see a plain message instead. */
  message: string;
}

/** `detail` of `hc-data-loaded`, from `<hc-careers-data>`. */
export interface DataLoadedDetail {
  src: string | null;
  /** The catalogue as loaded; its roles are checked one by one when a widget asks for them. */
  catalogue: CatalogueTopLevel;
}

export type DataErrorEvent = CustomEvent<DataErrorDetail>;
export type DataLoadedEvent = CustomEvent<DataLoadedDetail>;

/** Every event of this library bubbles out of shadow roots (SPEC). */
export const hcEvent = <T>(type: string, detail: T, cancelable = false): CustomEvent<T> =>
  new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable });

declare global {
  interface GlobalEventHandlersEventMap {
    'hc-data-error': DataErrorEvent;
    'hc-data-loaded': DataLoadedEvent;
  }
}
