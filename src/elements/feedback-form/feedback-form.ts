import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { readStorage, removeStorage, writeStorage } from '../../controllers/safe-storage.js';
import { hcEvent } from '../../data/events.js';
import { base, states } from '../../styles/shared.js';
import { tokens } from '../../styles/tokens.js';
import { heading, headingLevelFrom, safeHref, subheadingLevel } from '../templates.js';
import { WidgetElement } from '../widget-element.js';
import { feedbackFormStyles } from './feedback-form.styles.js';
import type { FeedbackPayload } from './feedback-payload.js';
import { SEND_TIMEOUT_MS, sendFeedback, uuidV4, type SendFailureReason } from './send-feedback.js';

export type { FeedbackPayload } from './feedback-payload.js';

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

const DEFAULT_MAX_LENGTH = 1200;
/** Typing pause after which the character count is read out. */
const COUNT_ANNOUNCE_DELAY_MS = 1000;

type Phase = 'editing' | 'sending' | 'sent';
interface Failure {
  reason: SendFailureReason | 'host';
  message: string | null;
}

/** SPEC counts the limit in Unicode code points, not UTF-16 units: an emoji is one character. */
const characterCount = (text: string): number => [...text].length;

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
export class HcFeedbackForm extends WidgetElement {
  static override properties: PropertyDeclarations = {
    endpoint: {},
    page: {},
    maxLength: { attribute: 'max-length', type: Number },
    contactHref: { attribute: 'contact-href' },
    privacyHref: { attribute: 'privacy-href' },
    headingLevel: { attribute: 'heading-level', type: Number },
    sendTimeoutMs: { attribute: false },
  };

  static override styles = [tokens, base, states, feedbackFormStyles];
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

  /** Level of the "Help us improve" heading, 2 to 6. */
  headingLevel = 2;

  /** How long a send may take before it counts as failed, in milliseconds. */
  sendTimeoutMs = SEND_TIMEOUT_MS;

  #message = '';
  #draftRead = false;
  #phase: Phase = 'editing';
  #invalid: 'empty' | 'too-long' | null = null;
  #failure: Failure | null = null;
  /** The last payload tried; a retry of the same text reuses it, id and all. */
  #payload: FeedbackPayload | null = null;
  #announcedCount = '';
  #countTimer: ReturnType<typeof setTimeout> | undefined;
  #focusAfterUpdate: 'error-summary' | 'success' | 'send-error' | null = null;

  /** Call after cancelling `hc-feedback-submit` and sending yourself: shows the thank-you panel. */
  complete(): void {
    if (this.#phase === 'sending' && this.#payload) this.#succeed(this.#payload, null);
  }

  /** Call after cancelling `hc-feedback-submit` when your send failed: the text is kept. */
  fail(message?: string): void {
    if (this.#phase !== 'sending') return;
    this.#phase = 'editing';
    this.#failure = { reason: 'host', message: message?.trim() || null };
    this.#focusAfterUpdate = 'send-error';
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The saved draft is browser-only: a server-rendered form hydrates empty, as the server
    // rendered it, and shows the draft in the render after (see `rendersAsServer`).
    if (this.#draftRead || this.rendersAsServer) return;
    this.#draftRead = true;
    this.#message ||= readStorage('sessionStorage', this.#draftKey()) ?? '';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#countTimer);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const target = this.#focusAfterUpdate;
    if (!target) return;
    this.#focusAfterUpdate = null;
    this.renderRoot.querySelector<HTMLElement>(`[part~="${target}"]`)?.focus();
  }

  get #limit(): number {
    const limit = Number(this.maxLength);
    return Number.isInteger(limit) && limit > 0 ? limit : DEFAULT_MAX_LENGTH;
  }

  #draftKey(): string {
    return `hc:feedback:${this.page || location.pathname}`;
  }

  #countText(): string {
    const t = this.locale.strings;
    if (!this.#message) return t.countLimit(this.#limit);
    const left = this.#limit - characterCount(this.#message);
    return left >= 0 ? t.countRemaining(left) : t.countOver(-left);
  }

  protected override render() {
    const t = this.locale.strings;
    const level = headingLevelFrom(this.headingLevel);
    if (this.#phase === 'sent') {
      return html`<div part="success" class="hc-panel hc-panel--success" tabindex="-1">
        ${heading(level, { part: 'success-heading', className: 'hc-heading-m' }, t.sentTitle)}
        <p>${t.sentBody}</p>
      </div>`;
    }
    const invalid = this.#invalid;
    const errorText = invalid === 'empty' ? t.feedbackEmpty : t.feedbackTooLong(this.#limit);
    const over = characterCount(this.#message) > this.#limit;
    const privacy = safeHref(this.privacyHref);
    const contact = safeHref(this.contactHref);
    const sending = this.#phase === 'sending';
    // Server-rendered HTML with no script yet (or none at all) cannot send: a native submit
    // would put the message in the page's URL. The form comes alive when the script hydrates it.
    const serverOnly = this.rendersAsServer;

    return html`<form part="form" novalidate @submit=${this.#onSubmit}>
      ${
        invalid
          ? html`<div
              part="error-summary"
              class="hc-error-summary"
              role="alert"
              tabindex="-1"
              aria-labelledby="error-summary-title"
            >
              ${heading(
                level,
                {
                  part: 'error-summary-title',
                  className: 'hc-heading-m',
                  id: 'error-summary-title',
                },
                t.errorSummaryTitle,
              )}
              <ul>
                <li><a href="#message" @click=${this.#focusTextarea}>${errorText}</a></li>
              </ul>
            </div>`
          : nothing
      }
      ${heading(level, { part: 'heading', className: 'hc-heading-m' }, t.feedbackHeading)}
      <p part="intro">${t.feedbackIntro}</p>
      ${this.#renderFailure(subheadingLevel(level))}
      <div class="hc-form-group ${invalid ? 'hc-form-group--error' : ''}">
        <label part="label" class="hc-label" for="message">${t.feedbackLabel}</label>
        ${
          invalid
            ? html`<span part="error-message" class="hc-error-message" id="message-error">
                <span class="hc-visually-hidden">${t.errorPrefix}</span> ${errorText}
              </span>`
            : nothing
        }
        <textarea
          part="textarea"
          class="hc-textarea ${invalid ? 'hc-textarea--error' : ''}"
          id="message"
          name="message"
          rows="5"
          spellcheck="true"
          aria-required="true"
          aria-describedby="${invalid ? 'message-error ' : ''}warning count-limit"
          aria-invalid=${invalid ? 'true' : 'false'}
          .value=${this.#message}
          ?disabled=${serverOnly}
          @input=${this.#onInput}
        ></textarea>
        <p part="count" class="hc-count ${over ? 'hc-count--over' : ''}" aria-hidden="true">
          ${this.#countText()}
        </p>
        <span id="count-limit" class="hc-visually-hidden">${t.countLimit(this.#limit)}</span>
        <p class="hc-visually-hidden" role="status">
          ${sending ? t.feedbackSending : this.#announcedCount}
        </p>
      </div>
      <div part="warning" class="hc-warning" id="warning">
        <p>
          ${t.feedbackWarning}
          ${privacy ? html`<a part="privacy-link" href=${privacy}>${t.privacyLink}</a>` : nothing}
        </p>
      </div>
      <div class="hc-honeypot" aria-hidden="true">
        <label for="website">Website</label>
        <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" />
      </div>
      <button
        part="button"
        class="hc-button"
        type="submit"
        aria-disabled=${sending ? 'true' : nothing}
        ?disabled=${serverOnly}
      >
        ${t.feedbackSend}
      </button>
      ${
        contact
          ? html`<p part="contact" class="hc-last">
              ${t.careerQuestion} <a href=${contact}>${t.contactLink}</a>.
            </p>`
          : nothing
      }
    </form>`;
  }

  #renderFailure(level: ReturnType<typeof subheadingLevel>) {
    const failure = this.#failure;
    if (!failure) return nothing;
    const t = this.locale.strings;
    return html`<div part="send-error" class="hc-panel" tabindex="-1">
      ${heading(level, { part: 'send-error-title', className: 'hc-heading-s' }, t.sendFailedTitle)}
      ${failure.message ? html`<p part="server-message">${failure.message}</p>` : nothing}
      <p>${t.sendFailed[failure.reason]}</p>
      <button part="retry" class="hc-button" type="button" @click=${this.#send}>
        ${t.sendRetry}
      </button>
    </div>`;
  }

  #onInput(event: Event): void {
    this.#message = (event.target as HTMLTextAreaElement).value;
    if (this.#message) writeStorage('sessionStorage', this.#draftKey(), this.#message);
    else removeStorage('sessionStorage', this.#draftKey());
    // Read the count out once typing pauses, not on every key.
    clearTimeout(this.#countTimer);
    this.#countTimer = setTimeout(() => {
      this.#announcedCount = this.#countText();
      this.requestUpdate();
    }, COUNT_ANNOUNCE_DELAY_MS);
    this.requestUpdate();
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.#send();
  }

  #focusTextarea(event: Event): void {
    event.preventDefault();
    const textarea = this.renderRoot.querySelector<HTMLTextAreaElement>('#message');
    textarea?.scrollIntoView({ block: 'center' });
    textarea?.focus();
  }

  async #send(): Promise<void> {
    if (this.#phase !== 'editing') return;
    const message = this.#message;
    this.#invalid = !message.trim()
      ? 'empty'
      : characterCount(message) > this.#limit
        ? 'too-long'
        : null;
    if (this.#invalid) {
      this.#failure = null;
      this.#focusAfterUpdate = 'error-summary';
      this.requestUpdate();
      return;
    }
    const honeypot = this.renderRoot.querySelector<HTMLInputElement>('#website');
    if (honeypot?.value) {
      // A bot filled the field people never see: pretend it worked, send nothing.
      this.#phase = 'sent';
      this.requestUpdate();
      return;
    }
    const payload = this.#payloadFor(message);
    this.#phase = 'sending';
    this.requestUpdate();
    const proceed = this.dispatchEvent(hcEvent('hc-feedback-submit', { ...payload }, true));
    if (!proceed) return; // The host sends, then calls complete() or fail().
    if (!this.endpoint) {
      this.#succeed(payload, null);
      return;
    }
    const result = await sendFeedback(this.endpoint, payload, this.sendTimeoutMs);
    if (result.ok) {
      this.#succeed(payload, result.status);
      return;
    }
    this.#phase = 'editing';
    this.#failure = { reason: result.reason, message: result.message };
    this.#focusAfterUpdate = 'send-error';
    this.requestUpdate();
    const detail: FeedbackFailedDetail = {
      id: payload.id,
      reason: result.reason,
      status: result.status,
    };
    this.dispatchEvent(hcEvent('hc-feedback-failed', detail));
  }

  /** The same text as the last try keeps its payload (and so its id); new text gets a new one. */
  #payloadFor(message: string): FeedbackPayload {
    if (this.#payload?.message === message) return this.#payload;
    const roleId = this.data.roleId;
    this.#payload = {
      id: uuidV4(),
      page: this.page || location.pathname,
      ...(roleId ? { roleId } : {}),
      message,
      locale: this.locale.lang,
      submittedAt: new Date().toISOString(),
    };
    return this.#payload;
  }

  #succeed(payload: FeedbackPayload, status: number | null): void {
    this.#phase = 'sent';
    this.#failure = null;
    this.#message = '';
    this.#payload = null;
    removeStorage('sessionStorage', this.#draftKey());
    this.#focusAfterUpdate = 'success';
    this.requestUpdate();
    const detail: FeedbackSentDetail = { id: payload.id, status };
    this.dispatchEvent(hcEvent('hc-feedback-sent', detail));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hc-feedback-form': HcFeedbackForm;
  }
  interface GlobalEventHandlersEventMap {
    'hc-feedback-submit': CustomEvent<FeedbackPayload>;
    'hc-feedback-sent': CustomEvent<FeedbackSentDetail>;
    'hc-feedback-failed': CustomEvent<FeedbackFailedDetail>;
  }
}
