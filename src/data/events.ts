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

/**
 * The library's events, by name: each element declares its own in the page's event map
 * (`GlobalEventHandlersEventMap`), which is their one description.
 */
export type HcEventName = Extract<keyof GlobalEventHandlersEventMap, `hc-${string}`>;

/** The `detail` an event of that name carries. */
export type HcEventDetail<K extends HcEventName> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer Detail> ? Detail : never;

/** Every event of this library bubbles out of shadow roots (SPEC); its detail is its name's. */
export const hcEvent = <K extends HcEventName>(
  type: K,
  detail: HcEventDetail<K>,
  cancelable = false,
): CustomEvent<HcEventDetail<K>> =>
  new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable });

declare global {
  interface GlobalEventHandlersEventMap {
    'hc-data-error': DataErrorEvent;
    'hc-data-loaded': DataLoadedEvent;
  }
}
