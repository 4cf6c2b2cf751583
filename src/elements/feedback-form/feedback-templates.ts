import { html, nothing } from 'lit';
import type { CharacterCountController } from '../../controllers/character-count-controller.js';
import type { Strings } from '../../i18n/index.js';
import { heading, subheadingLevel, type HeadingLevel } from '../headings.js';
import { safeHref } from '../link-and-lang.js';
import type { SendFailureReason } from './send-feedback.js';

/** Why the last send failed, and the server's own words about it, if any. */
export interface SendFailure {
  reason: SendFailureReason | 'host';
  message: string | null;
}

/** The panel that replaces the form once the feedback is sent. */
export const sentPanel = (t: Strings, level: HeadingLevel) =>
  html`<div part="success" class="hc-panel hc-panel--success" tabindex="-1">
    ${heading(level, { part: 'success-heading', className: 'hc-heading-m' }, t.sentTitle)}
    <p>${t.sentBody}</p>
  </div>`;

/** The summary's link moves focus to the textarea without changing the page's URL. */
function focusTextarea(event: Event): void {
  event.preventDefault();
  const root = (event.currentTarget as Element).getRootNode() as ParentNode;
  const textarea = root.querySelector<HTMLTextAreaElement>('#message');
  textarea?.scrollIntoView({ block: 'center' });
  textarea?.focus();
}

/** A bot filled the field people never see (`#website`, below). */
export const honeypotFilled = (root: ParentNode): boolean =>
  Boolean(root.querySelector<HTMLInputElement>('#website')?.value);

/** NHS.UK's error summary: it takes focus, and its link moves focus to the textarea. */
export const errorSummary = (t: Strings, level: HeadingLevel, error: string) =>
  html`<div
    part="error-summary"
    class="hc-error-summary"
    role="alert"
    tabindex="-1"
    aria-labelledby="error-summary-title"
  >
    ${heading(
      level,
      { part: 'error-summary-title', className: 'hc-heading-m', id: 'error-summary-title' },
      t.errorSummaryTitle,
    )}
    <ul>
      <li><a href="#message" @click=${focusTextarea}>${error}</a></li>
    </ul>
  </div>`;

/** The panel after a failed send, one level below the form's heading, with a retry button. */
export const sendErrorPanel = (
  t: Strings,
  level: HeadingLevel,
  failure: SendFailure,
  onRetry: () => Promise<void>,
) =>
  // A message from the server (a 4xx) or the page says what went wrong; "on our side" would then
  // blame the wrong party, so only the plain "still here" sentence follows it.
  html`<div part="send-error" class="hc-panel" tabindex="-1">
    ${heading(
      subheadingLevel(level),
      { part: 'send-error-title', className: 'hc-heading-s' },
      t.sendFailedTitle,
    )}
    ${failure.message ? html`<p part="server-message">${failure.message}</p>` : nothing}
    <p>${t.sendFailed[failure.message ? 'host' : failure.reason]}</p>
    <button part="retry" class="hc-button" type="button" @click=${onRetry}>${t.sendRetry}</button>
  </div>`;

/**
 * The label, error message, textarea and character count, as NHS.UK's character count; its
 * polite live region says "Sending" while sending, else the count once typing pauses.
 */
export const messageField = (
  t: Strings,
  error: string | null,
  text: string,
  count: CharacterCountController,
  sending: boolean,
  disabled: boolean,
  onInput: (event: Event) => void,
) =>
  html`<div class="hc-form-group ${error ? 'hc-form-group--error' : ''}">
    <label part="label" class="hc-label" for="message">${t.feedbackLabel}</label>
    ${
      error
        ? html`<span part="error-message" class="hc-error-message" id="message-error">
            <span class="hc-visually-hidden">${t.errorPrefix}</span> ${error}
          </span>`
        : nothing
    }
    <textarea
      part="textarea"
      class="hc-textarea ${error ? 'hc-textarea--error' : ''}"
      id="message"
      name="message"
      rows="5"
      spellcheck="true"
      aria-required="true"
      aria-describedby="${error ? 'message-error ' : ''}warning count-limit"
      aria-invalid=${error ? 'true' : 'false'}
      .value=${text}
      ?disabled=${disabled}
      @input=${onInput}
    ></textarea>
    <p part="count" class="hc-count ${count.over ? 'hc-count--over' : ''}" aria-hidden="true">
      ${count.text}
    </p>
    <span id="count-limit" class="hc-visually-hidden">${t.countLimit(count.limit)}</span>
    <p class="hc-visually-hidden" role="status">
      ${sending ? t.feedbackSending : count.announcement}
    </p>
  </div>`;

/**
 * The warning not to include personal or medical information, a field people never see (a bot
 * that fills it is thanked and nothing is sent), the send button, and the career-questions line.
 */
export function warningAndSend(
  t: Strings,
  privacyHref: string | null,
  contactHref: string | null,
  sending: boolean,
  disabled: boolean,
) {
  const privacy = safeHref(privacyHref);
  const contact = safeHref(contactHref);
  return html`<div part="warning" class="hc-warning" id="warning">
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
      ?disabled=${disabled}
    >
      ${t.feedbackSend}
    </button>
    ${
      contact
        ? html`<p part="contact" class="hc-last">
            ${t.careerQuestion} <a href=${contact}>${t.contactLink}</a>.
          </p>`
        : nothing
    }`;
}
