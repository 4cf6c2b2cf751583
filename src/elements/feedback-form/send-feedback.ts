/** How the feedback form's payload is sent (SPEC, `<hc-feedback-form>`). */
import type { FeedbackPayload } from './feedback-payload.js';

export type SendFailureReason = 'network' | 'timeout' | 'http';

export type SendResult =
  | { ok: true; status: number }
  | { ok: false; reason: SendFailureReason; status: number | null; message: string | null };

export const SEND_TIMEOUT_MS = 15_000;

/**
 * A UUID v4 from `crypto.getRandomValues`, which, unlike `crypto.randomUUID`, also works on
 * plain-http pages (not a secure context).
 */
export function uuidV4(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A payload with a new id, timed now; `roleId` only when there is one. */
export function newPayload(
  page: string,
  roleId: string | null,
  message: string,
  locale: FeedbackPayload['locale'],
): FeedbackPayload {
  const id = uuidV4();
  const submittedAt = new Date().toISOString();
  return { id, page, ...(roleId ? { roleId } : {}), message, locale, submittedAt };
}

/** A `{ "message": "…" }` body from a 4xx, as plain text; anything else is ignored. */
async function serverMessage(response: Response): Promise<string | null> {
  if (response.status < 400 || response.status >= 500) return null;
  try {
    const body: unknown = await response.json();
    const message = (body as { message?: unknown } | null)?.message;
    return typeof message === 'string' && message.trim() ? message.trim().slice(0, 500) : null;
  } catch {
    return null;
  }
}

/** POSTs the payload as JSON; resolves with what happened, never throws. */
export async function sendFeedback(
  endpoint: string,
  payload: FeedbackPayload,
  timeoutMs = SEND_TIMEOUT_MS,
): Promise<SendResult> {
  // The signal also stops reading the answer's body once the time is up.
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': payload.id },
      body: JSON.stringify(payload),
      signal,
    });
    if (response.ok) return { ok: true, status: response.status };
    return {
      ok: false,
      reason: 'http',
      status: response.status,
      message: await serverMessage(response),
    };
  } catch {
    return {
      ok: false,
      reason: signal.aborted ? 'timeout' : 'network',
      status: null,
      message: null,
    };
  }
}
