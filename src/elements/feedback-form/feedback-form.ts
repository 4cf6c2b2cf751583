import { html, nothing, type PropertyDeclarations } from 'lit';
import {
  CharacterCountController,
  DEFAULT_MAX_LENGTH,
} from '../../controllers/character-count-controller.js';
import { SavedDraftController } from '../../controllers/saved-draft-controller.js';
import { hcEvent } from '../../data/events.js';
import { oneSheet } from '../../styles/one-sheet.js';
import { base, states } from '../../styles/shared.js';
import { tokens } from '../../styles/tokens.js';
import { HeadingLevelMixin, heading, headingLevelFrom } from '../headings.js';
import { WidgetElement } from '../widget-element.js';
import { feedbackFormStyles } from './feedback-form.styles.js';
import type { FeedbackPayload } from './feedback-payload.js';
import {
  errorSummary,
  honeypotFilled,
  messageField,
  sendErrorPanel,
  sentPanel,
  warningAndSend,
  type SendFailure,
} from './feedback-templates.js';
import { SEND_TIMEOUT_MS, newPayload, sendFeedback } from './send-feedback.js';

export type { FeedbackFailedDetail, FeedbackSentDetail } from './feedback-events.js';
export type { FeedbackPayload } from './feedback-payload.js';

/**
 * The "Help us improve" form: a short explanation, a required textarea with a character count,
 * a warning not to include personal or medical information, and a send button. It never loses
 * what a person typed: the draft survives reloads and failed sends, and a retry reuses the id.
 *
 * Choices where SPEC is silent: the message is sent exactly as typed; only its emptiness is
 * judged on the trimmed text. A send after a failure reuses the id while the text is unchanged
 * and takes a new one once it is edited. `hc-feedback-sent` fires for every success, with
 * `status: null` when no request was made (no `endpoint`, or the host's `complete()`); `fail()`
 * shows the error panel but fires nothing, since the host already knows. The form loads no
 * catalogue unless a `role-id` is set (then `roleId` is sent). `endpoint` may be any URL the
 * page can reach (`http:` included, for local services); `contact-href` and `privacy-href`
 * follow the link rule. It also takes `heading-level`.
 *
 * @tagname hc-feedback-form
 * @summary A "Help us improve" feedback form in the NHS.UK style.
 *
 * @slot - No-script fallback: shown until the form renders, hidden after.
 *
 * @event {CustomEvent<FeedbackPayload>} hc-feedback-submit - Cancelable. A valid message is
 *   about to be sent; `detail` is the payload. Cancel it to send it yourself, then call
 *   `complete()` or `fail(message?)`.
 * @event {CustomEvent<FeedbackSentDetail>} hc-feedback-sent - The feedback was delivered (or
 *   handed over): `detail` is `{ id, status }`.
 * @event {CustomEvent<FeedbackFailedDetail>} hc-feedback-failed - Sending failed; the text is
 *   kept: `detail` is `{ id, reason, status }`, `reason` one of `network`, `timeout`, `http`.
 *
 * @csspart form - The form.
 * @csspart heading - The "Help us improve" heading.
 * @csspart intro - The short explanation.
 * @csspart error-summary - The error summary, shown after an invalid send.
 * @csspart error-summary-title - The error summary's heading, "There is a problem".
 * @csspart label - The textarea's label.
 * @csspart error-message - The error message above the textarea.
 * @csspart textarea - The textarea.
 * @csspart count - The visible character count.
 * @csspart warning - The warning not to include personal or medical information.
 * @csspart privacy-link - The link to the privacy notice.
 * @csspart button - The send button.
 * @csspart contact - The line about career questions.
 * @csspart success - The panel shown once the feedback is sent.
 * @csspart success-heading - The thank-you panel's heading.
 * @csspart send-error - The panel shown when sending failed.
 * @csspart send-error-title - The heading of that panel.
 * @csspart server-message - The server's own message about a failed send.
 * @csspart retry - The "Try sending again" button.
 *
 * @cssprop [--hc-button-colour=#007f3b] - Send and retry buttons.
 * @cssprop [--hc-button-hover-colour=#00662f] - Buttons under the pointer.
 * @cssprop [--hc-button-shadow-colour=#00401e] - The shadow under the buttons.
 * @cssprop [--hc-button-text-colour=#fff] - Button text.
 * @cssprop [--hc-text-colour=#212b32] - Text, and the textarea's text.
 * @cssprop [--hc-secondary-text-colour=#4c6272] - The character count.
 * @cssprop [--hc-link-colour=#005eb8] - Links in the error summary, warning and contact line.
 * @cssprop [--hc-card-background-colour=#fff] - Behind the textarea.
 * @cssprop [--hc-error-colour=#d5281b] - Error summary, messages and the field in error.
 * @cssprop [--hc-success-colour=#007f3b] - Border of the "thank you" panel.
 * @cssprop [--hc-input-border-colour=#4c6272] - Textarea border.
 * @cssprop [--hc-brand-colour=#005eb8] - Border of the warning.
 * @cssprop [--hc-focus-colour=#ffeb3b] - Focus; with --hc-focus-text-colour.
 */
export class HcFeedbackForm extends HeadingLevelMixin(WidgetElement) {
  static override properties: PropertyDeclarations = {
    endpoint: {},
    page: {},
    maxLength: { attribute: 'max-length', type: Number },
    contactHref: { attribute: 'contact-href' },
    privacyHref: { attribute: 'privacy-href' },
    sendTimeoutMs: { attribute: false },
  };

  static override styles = oneSheet(tokens, base, states, feedbackFormStyles);
  protected static override readonly dataOptions = { roleRequired: false };

  /** URL the form POSTs JSON to. Without it, the form only dispatches `hc-feedback-submit`. */
  endpoint: string | null = null;

  /** Page identifier sent along; default `location.pathname`. Also keys the saved draft. */
  page: string | null = null;

  /** Limit in characters (Unicode code points). People may type past it but cannot send. */
  maxLength = DEFAULT_MAX_LENGTH;

  /** Link for career questions; the line about them shows only when it is set. */
  contactHref: string | null = null;

  /** Link to the host's privacy notice, shown beside the warning when set. */
  privacyHref: string | null = null;

  /** How long a send may take before it counts as failed, in milliseconds. */
  sendTimeoutMs = SEND_TIMEOUT_MS;

  readonly #draft = new SavedDraftController(this, {
    key: () => `hc:feedback:${this.#page()}`,
    // A server-rendered form hydrates empty, as the server rendered it (see `rendersAsServer`).
    restorable: () => !this.rendersAsServer,
  });

  readonly #count = new CharacterCountController(this, this.#draft, this.locale);

  #phase: 'editing' | 'sending' | 'sent' = 'editing';
  #invalid: 'empty' | 'too-long' | null = null;
  #failure: SendFailure | null = null;
  /** The last payload tried. */
  #payload: FeedbackPayload | null = null;

  /** Call after cancelling `hc-feedback-submit` and sending yourself: shows the thank-you panel. */
  complete(): void {
    if (this.#phase === 'sending' && this.#payload) this.#succeed(this.#payload, null);
  }

  /** Call after cancelling `hc-feedback-submit` when your send failed: the text is kept. */
  fail(message?: string): void {
    if (this.#phase !== 'sending') return;
    this.#failed({ reason: 'host', message: message?.trim() || null });
  }

  #page(): string {
    return this.page || location.pathname;
  }

  protected override render() {
    const t = this.locale.strings;
    const level = headingLevelFrom(this.headingLevel);
    if (this.#phase === 'sent') return sentPanel(t, level);
    const invalid = this.#invalid;
    const error =
      invalid && (invalid === 'empty' ? t.feedbackEmpty : t.feedbackTooLong(this.#count.limit));
    const sending = this.#phase === 'sending';
    // Server-rendered HTML with no script yet (or none at all) cannot send: a native submit
    // would put the message in the page's URL. The form comes alive when the script hydrates it.
    const serverOnly = this.rendersAsServer;
    return html`<form part="form" novalidate @submit=${this.#onSubmit}>
      ${error ? errorSummary(t, level, error) : nothing}
      ${heading(level, { part: 'heading', className: 'hc-heading-m' }, t.feedbackHeading)}
      <p part="intro">${t.feedbackIntro}</p>
      ${this.#failure ? sendErrorPanel(t, level, this.#failure, this.#send) : nothing}
      ${messageField(t, error, this.#draft.text, this.#count, sending, serverOnly, this.#onInput)}
      ${warningAndSend(t, this.privacyHref, this.contactHref, sending, serverOnly)}
    </form>`;
  }

  #onInput(event: Event): void {
    this.#draft.text = (event.target as HTMLTextAreaElement).value;
    this.#count.typed();
    this.requestUpdate();
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.#send();
  }

  #focusPart(part: string): void {
    this.focusAfterUpdate(() => this.renderRoot.querySelector<HTMLElement>(`[part~="${part}"]`));
    this.requestUpdate();
  }

  async #send(): Promise<void> {
    if (this.#phase !== 'editing') return;
    const message = this.#draft.text;
    this.#invalid = !message.trim() ? 'empty' : this.#count.over ? 'too-long' : null;
    if (this.#invalid) {
      this.#failure = null;
      this.#focusPart('error-summary');
      return;
    }
    if (honeypotFilled(this.renderRoot)) {
      // A bot filled the field people never see: pretend it worked, send nothing.
      this.#phase = 'sent';
      this.requestUpdate();
      return;
    }
    // The same text as the last try keeps its payload (and so its id); new text gets a new one.
    if (this.#payload?.message !== message) {
      this.#payload = newPayload(this.#page(), this.data.roleId, message, this.locale.lang);
    }
    const payload = this.#payload;
    this.#phase = 'sending';
    this.requestUpdate();
    const proceed = this.dispatchEvent(hcEvent('hc-feedback-submit', { ...payload }, true));
    if (!proceed) return; // The host sends, then calls complete() or fail().
    // Without an endpoint, handing the payload over in the event is the whole send.
    const result =
      this.endpoint && (await sendFeedback(this.endpoint, payload, this.sendTimeoutMs));
    if (!result || result.ok) {
      this.#succeed(payload, result ? result.status : null);
      return;
    }
    this.#failed(result);
    const { reason, status } = result;
    this.dispatchEvent(hcEvent('hc-feedback-failed', { id: payload.id, reason, status }));
  }

  #failed({ reason, message }: SendFailure): void {
    this.#phase = 'editing';
    this.#failure = { reason, message };
    this.#focusPart('send-error');
  }

  #succeed(payload: FeedbackPayload, status: number | null): void {
    this.#phase = 'sent';
    this.#failure = null;
    this.#draft.clear();
    this.#payload = null;
    this.#focusPart('success');
    this.dispatchEvent(hcEvent('hc-feedback-sent', { id: payload.id, status }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hc-feedback-form': HcFeedbackForm;
  }
}
