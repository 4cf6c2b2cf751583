/** The feedback form's events (SPEC, `<hc-feedback-form>`), in the page's event map. */
import type { FeedbackPayload } from './feedback-payload.js';
import type { SendFailureReason } from './send-feedback.js';

/** `detail` of `hc-feedback-sent`: the payload's id, and the HTTP status (`null` when no request). */
export interface FeedbackSentDetail {
  id: string;
  status: number | null;
}

/** `detail` of `hc-feedback-failed`. */
export interface FeedbackFailedDetail {
  id: string;
  reason: SendFailureReason;
  status: number | null;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hc-feedback-submit': CustomEvent<FeedbackPayload>;
    'hc-feedback-sent': CustomEvent<FeedbackSentDetail>;
    'hc-feedback-failed': CustomEvent<FeedbackFailedDetail>;
  }
}
