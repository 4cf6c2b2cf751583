import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { safeParse } from 'valibot';
import '../../src/feedback-form.js';
import { FeedbackPayloadSchema } from '../../src/elements/feedback-form/feedback-payload.js';
import type {
  FeedbackFailedDetail,
  FeedbackPayload,
  FeedbackSentDetail,
  HcFeedbackForm,
} from '../../src/elements/feedback-form/feedback-form.js';
import { mockUrl } from '../fixtures/requests.js';
import { part, textOf, widgetFixture } from '../fixtures/widgets.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

interface Recorded {
  method: string;
  contentType: string;
  idempotencyKey: string;
  body: string;
}

/** A test-server endpoint that records what it is sent, with its own key. */
function endpoint(options: Record<string, string | number> = {}) {
  const key = crypto.randomUUID();
  const query = new URLSearchParams({ key, ...options });
  return {
    url: `/mock/feedback?${query.toString()}`,
    log: async (): Promise<Recorded[]> =>
      (await (await fetch(`/mock/feedback-log?key=${key}`)).json()) as Recorded[],
  };
}

const form = (template: ReturnType<typeof html>) => widgetFixture('hc-feedback-form', template);

const textarea = (element: HcFeedbackForm) => part<HTMLTextAreaElement>(element, 'textarea')!;
const button = (element: HcFeedbackForm) => part<HTMLButtonElement>(element, 'button')!;
const focused = (element: HcFeedbackForm) => element.shadowRoot!.activeElement;

async function type(element: HcFeedbackForm, text: string) {
  const field = textarea(element);
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await element.updateComplete;
}

function events(element: HTMLElement) {
  const seen = {
    submit: [] as FeedbackPayload[],
    sent: [] as FeedbackSentDetail[],
    failed: [] as FeedbackFailedDetail[],
  };
  element.addEventListener('hc-feedback-submit', (e) => seen.submit.push(e.detail));
  element.addEventListener('hc-feedback-sent', (e) => seen.sent.push(e.detail));
  element.addEventListener('hc-feedback-failed', (e) => seen.failed.push(e.detail));
  return seen;
}

let page = 0;
/** A page id of its own per test, so drafts do not leak between tests. */
const newPage = () => `/test-page-${++page}-${crypto.randomUUID()}`;

describe('<hc-feedback-form>', () => {
  it('shows the seed form: heading, explanation, labelled textarea, count, warning and button', async () => {
    const element = await form(html`<hc-feedback-form page=${newPage()}></hc-feedback-form>`);
    expect(textOf(part(element, 'heading'))).to.equal('Help us improve');
    expect(textOf(part(element, 'intro'))).to.match(/^Use this form to tell us/);
    expect(textarea(element).labels[0]!.textContent.trim()).to.equal('What can we improve?');
    // Required for assistive technology, without the native attribute's browser bubble.
    expect(
      textarea(element).ariaRequired ?? textarea(element).getAttribute('aria-required'),
    ).to.equal('true');
    expect(textarea(element).required).to.equal(false);
    expect(textOf(part(element, 'count'))).to.equal('You can enter up to 1,200 characters');
    expect(textOf(part(element, 'warning'))).to.include(
      'Do not include personal or medical information',
    );
    expect(textOf(button(element))).to.equal('Send feedback');
    expect(part(element, 'contact')).to.equal(null);
    expect(part(element, 'privacy-link')).to.equal(null);
    const described = textarea(element).getAttribute('aria-describedby')!.split(' ');
    expect(described.map((id) => textOf(element.shadowRoot!.getElementById(id)))).to.deep.equal([
      textOf(part(element, 'warning')),
      'You can enter up to 1,200 characters',
    ]);
    await expect(element).to.be.accessible();
  });

  it('adds the privacy link beside the warning and the career-questions line when set', async () => {
    const element = await form(
      html`<hc-feedback-form
        page=${newPage()}
        privacy-href="/privacy"
        contact-href="https://example.org/contact"
      ></hc-feedback-form>`,
    );
    expect(part(element, 'privacy-link')!.getAttribute('href')).to.equal('/privacy');
    expect(part(element, 'warning')!.contains(part(element, 'privacy-link'))).to.be.true;
    expect(textOf(part(element, 'contact'))).to.equal(
      'If you have a question about a career in the NHS, contact us.',
    );
    expect(part(element, 'contact')!.querySelector('a')!.getAttribute('href')).to.equal(
      'https://example.org/contact',
    );
    await expect(element).to.be.accessible();
  });

  it('puts no unsafe link on the page', async () => {
    const element = await form(
      html`<hc-feedback-form
        page=${newPage()}
        privacy-href="javascript:alert(1)"
        contact-href=" data:text/html,x"
      ></hc-feedback-form>`,
    );
    expect(element.shadowRoot!.querySelectorAll('a[href]')).to.have.length(0);
  });

  for (const [name, text] of [
    ['empty', ''],
    ['whitespace-only', ' \n\t  '],
  ]) {
    it(`refuses ${name} input with an error summary that takes focus and links to the field`, async () => {
      const { url, log } = endpoint();
      const element = await form(
        html`<hc-feedback-form page=${newPage()} endpoint=${url}></hc-feedback-form>`,
      );
      const seen = events(element);
      await type(element, text!);
      button(element).click();
      await element.updateComplete;
      const summary = part(element, 'error-summary')!;
      expect(focused(element)).to.equal(summary);
      expect(summary.getAttribute('role')).to.equal('alert');
      expect(textOf(summary)).to.equal('There is a problem Enter what we can improve');
      expect(textarea(element).getAttribute('aria-invalid')).to.equal('true');
      expect(textOf(part(element, 'error-message'))).to.equal('Error: Enter what we can improve');
      expect(textarea(element).getAttribute('aria-describedby')).to.match(/^message-error /);
      await expect(element).to.be.accessible();

      summary.querySelector('a')!.click();
      expect(focused(element)).to.equal(textarea(element));
      expect(seen.submit).to.deep.equal([]);
      expect(await log()).to.deep.equal([]);
    });
  }

  it('lets people type past the limit, shows how many too many, and refuses to send', async () => {
    const { url, log } = endpoint();
    const element = await form(
      html`<hc-feedback-form page=${newPage()} endpoint=${url} max-length="10"></hc-feedback-form>`,
    );
    await type(element, 'abcdefghijk');
    expect(textarea(element).value).to.equal('abcdefghijk');
    expect(textOf(part(element, 'count'))).to.equal('You have 1 character too many');
    button(element).click();
    await element.updateComplete;
    expect(textOf(part(element, 'error-summary'))).to.include(
      'What we can improve must be 10 characters or fewer',
    );
    expect(focused(element)).to.equal(part(element, 'error-summary'));
    await expect(element).to.be.accessible();
    await type(element, 'abc');
    expect(textOf(part(element, 'count'))).to.equal('You have 7 characters remaining');
    expect(await log()).to.deep.equal([]);
  });

  it('counts characters as people see them: an emoji or accented letter is one', async () => {
    const element = await form(
      html`<hc-feedback-form page=${newPage()} max-length="5"></hc-feedback-form>`,
    );
    await type(element, '😀😀é👍');
    expect(textOf(part(element, 'count'))).to.equal('You have 1 character remaining');
  });

  it('reads the count out after typing pauses, not on every key', async () => {
    const element = await form(html`<hc-feedback-form page=${newPage()}></hc-feedback-form>`);
    const live = element.shadowRoot!.querySelector('[role="status"]')!;
    await type(element, 'Hel');
    await type(element, 'Hello');
    expect(textOf(live)).to.equal('');
    await waitUntil(
      () => textOf(live) === 'You have 1,195 characters remaining',
      'count read out',
      {
        timeout: 3000,
      },
    );
  });

  it('sends JSON with an Idempotency-Key, the exact text, then thanks and clears the draft', async () => {
    const { url, log } = endpoint();
    const pageId = newPage();
    const element = await form(
      html`<hc-feedback-form
        page=${pageId}
        role-id="clinical-informatics"
        endpoint=${url}
      ></hc-feedback-form>`,
    );
    const seen = events(element);
    const message = 'Café — “quotes”, emoji 👩🏽‍⚕️\nand a second line\n';
    await type(element, message);
    expect(sessionStorage.getItem(`hc:feedback:${pageId}`)).to.equal(message);
    button(element).click();
    await waitUntil(() => part(element, 'success'), 'thank-you panel');
    await element.updateComplete;

    const [request, ...more] = await log();
    expect(more).to.deep.equal([]);
    const body = JSON.parse(request!.body) as FeedbackPayload;
    expect(request!.method).to.equal('POST');
    expect(request!.contentType).to.equal('application/json');
    expect(request!.idempotencyKey).to.equal(body.id);
    expect(body.id).to.match(UUID_V4);
    expect(body).to.deep.equal({
      id: body.id,
      page: pageId,
      roleId: 'clinical-informatics',
      message,
      locale: 'en',
      submittedAt: body.submittedAt,
    });
    expect(new Date(body.submittedAt).toISOString()).to.equal(body.submittedAt);
    // The receiver checks bodies with this schema; the form itself never loads it.
    expect(safeParse(FeedbackPayloadSchema, body).issues).to.equal(undefined);
    expect(seen.submit).to.deep.equal([body]);
    expect(seen.sent).to.deep.equal([{ id: body.id, status: 201 }]);

    const success = part(element, 'success')!;
    expect(focused(element)).to.equal(success);
    expect(textOf(success)).to.equal(
      'Thank you for your feedback Your feedback has been sent. We use it to improve this page.',
    );
    expect(sessionStorage.getItem(`hc:feedback:${pageId}`)).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('leaves roleId out when there is none, and uses location.pathname as the page', async () => {
    const { url, log } = endpoint();
    const element = await form(html`<hc-feedback-form endpoint=${url}></hc-feedback-form>`);
    await type(element, 'No role here');
    button(element).click();
    await waitUntil(() => part(element, 'success'));
    const body = JSON.parse((await log())[0]!.body) as Record<string, unknown>;
    expect(body).not.to.have.property('roleId');
    expect(body.page).to.equal(location.pathname);
    expect(safeParse(FeedbackPayloadSchema, body).issues).to.equal(undefined);
  });

  it('keeps every character after a 500, then retries with the same id and succeeds once', async () => {
    const { url, log } = endpoint({ fail: 1 });
    const element = await form(
      html`<hc-feedback-form page=${newPage()} endpoint=${url}></hc-feedback-form>`,
    );
    const seen = events(element);
    await type(element, 'The map on this page is out of date.');
    button(element).click();
    await waitUntil(() => part(element, 'send-error'), 'error panel');
    await element.updateComplete;
    const panel = part(element, 'send-error')!;
    expect(focused(element)).to.equal(panel);
    expect(textOf(panel)).to.include('Sorry, we could not send your feedback');
    expect(textOf(panel)).to.include('Something went wrong on our side.');
    expect(textarea(element).value).to.equal('The map on this page is out of date.');
    expect(seen.failed).to.deep.equal([{ id: seen.submit[0]!.id, reason: 'http', status: 500 }]);
    await expect(element).to.be.accessible();

    part<HTMLButtonElement>(element, 'retry')!.click();
    await waitUntil(() => part(element, 'success'), 'sent on retry');
    const requests = await log();
    expect(requests).to.have.length(2);
    expect(requests[0]!.idempotencyKey).to.equal(requests[1]!.idempotencyKey);
    expect(requests[0]!.body).to.equal(requests[1]!.body);
    expect(seen.sent).to.deep.equal([{ id: seen.submit[0]!.id, status: 201 }]);
  });

  it('uses a new id once the text has changed after a failure', async () => {
    const { url, log } = endpoint({ fail: 1 });
    const element = await form(
      html`<hc-feedback-form page=${newPage()} endpoint=${url}></hc-feedback-form>`,
    );
    await type(element, 'First try');
    button(element).click();
    await waitUntil(() => part(element, 'send-error'));
    await type(element, 'First try, reworded');
    button(element).click();
    await waitUntil(() => part(element, 'success'));
    const [first, second] = await log();
    expect(first!.idempotencyKey).not.to.equal(second!.idempotencyKey);
  });

  it('keeps the text when the browser is offline (fetch rejects)', async () => {
    const original = window.fetch;
    window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    try {
      const element = await form(
        html`<hc-feedback-form page=${newPage()} endpoint="/feedback"></hc-feedback-form>`,
      );
      const seen = events(element);
      await type(element, 'Offline message');
      button(element).click();
      await waitUntil(() => part(element, 'send-error'));
      expect(seen.failed).to.deep.equal([
        { id: seen.submit[0]!.id, reason: 'network', status: null },
      ]);
      expect(textOf(part(element, 'send-error'))).to.include('Check your connection.');
      expect(textarea(element).value).to.equal('Offline message');
    } finally {
      window.fetch = original;
    }
  });

  it('counts a dropped connection as network', async () => {
    const element = await form(
      html`<hc-feedback-form
        page=${newPage()}
        endpoint=${mockUrl('/mock/reset')}
      ></hc-feedback-form>`,
    );
    const seen = events(element);
    await type(element, 'Hello');
    button(element).click();
    await waitUntil(() => seen.failed.length === 1);
    expect(seen.failed[0]!.reason).to.equal('network');
  });

  it('gives up after the send timeout, keeping the text', async () => {
    const element = await form(
      html`<hc-feedback-form
        page=${newPage()}
        endpoint=${mockUrl('/mock/hang')}
        .sendTimeoutMs=${300}
      ></hc-feedback-form>`,
    );
    const seen = events(element);
    await type(element, 'Slow server');
    button(element).click();
    await waitUntil(() => seen.failed.length === 1, 'timed out', { timeout: 5000 });
    expect(seen.failed[0]).to.deep.include({ reason: 'timeout', status: null });
    expect(textOf(part(element, 'send-error'))).to.include('The server took too long to answer.');
    expect(textarea(element).value).to.equal('Slow server');
    await expect(element).to.be.accessible();
  });

  it('waits 15 seconds for an answer unless told otherwise', async () => {
    const element = await form(html`<hc-feedback-form page=${newPage()}></hc-feedback-form>`);
    expect(element.sendTimeoutMs).to.equal(15000);
  });

  it('shows the message of a 4xx JSON body as text', async () => {
    const message = 'Your message looks like spam. <b>Rewrite</b> it, please.';
    const { url } = endpoint({ status: 422, message });
    const element = await form(
      html`<hc-feedback-form page=${newPage()} endpoint=${url}></hc-feedback-form>`,
    );
    const seen = events(element);
    await type(element, 'Buy now');
    button(element).click();
    await waitUntil(() => part(element, 'send-error'));
    expect(textOf(part(element, 'server-message'))).to.equal(message);
    // The server said what is wrong with the text: not worded as a fault on its side.
    expect(textOf(part(element, 'send-error'))).to.include(
      'Your message is still here, so you can try again.',
    );
    expect(textOf(part(element, 'send-error'))).not.to.include('on our side');
    expect(part(element, 'send-error')!.querySelector('b')).to.equal(null);
    expect(seen.failed[0]).to.deep.include({ reason: 'http', status: 422 });
    await expect(element).to.be.accessible();
  });

  it('sends one request however often people click', async () => {
    const { url, log } = endpoint({ delay: 300 });
    const element = await form(
      html`<hc-feedback-form page=${newPage()} endpoint=${url}></hc-feedback-form>`,
    );
    await type(element, 'Click happy');
    button(element).click();
    button(element).click();
    button(element).click();
    await element.updateComplete;
    expect(button(element).getAttribute('aria-disabled')).to.equal('true');
    expect(textOf(element.shadowRoot!.querySelector('[role="status"]'))).to.equal(
      'Sending your feedback',
    );
    await expect(element).to.be.accessible();
    await waitUntil(() => part(element, 'success'), 'sent');
    expect(await log()).to.have.length(1);
  });

  it('restores the unsent draft when the form is created again on the same page', async () => {
    const pageId = newPage();
    const first = await form(html`<hc-feedback-form page=${pageId}></hc-feedback-form>`);
    await type(first, 'Half-written thought');
    first.remove();
    const second = await form(html`<hc-feedback-form page=${pageId}></hc-feedback-form>`);
    expect(textarea(second).value).to.equal('Half-written thought');
    expect(textOf(part(second, 'count'))).to.equal('You have 1,180 characters remaining');
    const other = await form(html`<hc-feedback-form page=${newPage()}></hc-feedback-form>`);
    expect(textarea(other).value).to.equal('');
  });

  it('still sends when session storage throws', async () => {
    const { setItem, getItem } = Storage.prototype;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    Storage.prototype.getItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    try {
      const { url, log } = endpoint();
      const element = await form(
        html`<hc-feedback-form page=${newPage()} endpoint=${url}></hc-feedback-form>`,
      );
      await type(element, 'Storage is broken');
      button(element).click();
      await waitUntil(() => part(element, 'success'));
      expect(await log()).to.have.length(1);
    } finally {
      Storage.prototype.setItem = setItem;
      Storage.prototype.getItem = getItem;
    }
  });

  it('lets the host send: cancel, then complete()', async () => {
    const { url, log } = endpoint();
    const element = await form(
      html`<hc-feedback-form page=${newPage()} endpoint=${url}></hc-feedback-form>`,
    );
    const seen = events(element);
    element.addEventListener('hc-feedback-submit', (event) => event.preventDefault());
    await type(element, 'Host sends this');
    button(element).click();
    button(element).click();
    await element.updateComplete;
    expect(seen.submit).to.have.length(1);
    expect(seen.submit[0]!.message).to.equal('Host sends this');
    expect(part(element, 'success')).to.equal(null);
    element.complete();
    await element.updateComplete;
    expect(focused(element)).to.equal(part(element, 'success'));
    expect(seen.sent).to.deep.equal([{ id: seen.submit[0]!.id, status: null }]);
    expect(await log()).to.deep.equal([]);
  });

  it('lets the host fail(message): the text stays and a retry offers the same id', async () => {
    const element = await form(html`<hc-feedback-form page=${newPage()}></hc-feedback-form>`);
    const seen = events(element);
    element.addEventListener('hc-feedback-submit', (event) => event.preventDefault());
    await type(element, 'Host fails this');
    button(element).click();
    await element.updateComplete;
    element.fail('Our inbox is full.');
    await element.updateComplete;
    const panel = part(element, 'send-error')!;
    expect(focused(element)).to.equal(panel);
    expect(textOf(part(element, 'server-message'))).to.equal('Our inbox is full.');
    expect(textarea(element).value).to.equal('Host fails this');
    await expect(element).to.be.accessible();
    part<HTMLButtonElement>(element, 'retry')!.click();
    await element.updateComplete;
    expect(seen.submit.map((payload) => payload.id)).to.deep.equal([
      seen.submit[0]!.id,
      seen.submit[0]!.id,
    ]);
  });

  it('shows the thank-you panel with no endpoint when nobody cancels', async () => {
    const element = await form(html`<hc-feedback-form page=${newPage()}></hc-feedback-form>`);
    const seen = events(element);
    await type(element, 'The host listens for the event');
    button(element).click();
    await element.updateComplete;
    expect(part(element, 'success')).to.exist;
    expect(seen.submit[0]!.message).to.equal('The host listens for the event');
    expect(seen.sent).to.deep.equal([{ id: seen.submit[0]!.id, status: null }]);
  });

  it('quietly sends nothing when a bot fills the honeypot', async () => {
    const { url, log } = endpoint();
    const element = await form(
      html`<hc-feedback-form page=${newPage()} endpoint=${url}></hc-feedback-form>`,
    );
    const seen = events(element);
    const honeypot = element.shadowRoot!.querySelector<HTMLInputElement>('input[name="website"]')!;
    expect(honeypot.tabIndex).to.equal(-1);
    expect(honeypot.closest('[aria-hidden="true"]')).to.exist;
    honeypot.value = 'http://spam.example';
    await type(element, 'Cheap pills');
    button(element).click();
    await element.updateComplete;
    expect(part(element, 'success')).to.exist;
    await aTimeout(100);
    expect(seen.submit).to.deep.equal([]);
    expect(await log()).to.deep.equal([]);
  });

  it('makes a v4 id without crypto.randomUUID (plain-http pages)', async () => {
    const pageId = newPage();
    const randomUUID = Object.getOwnPropertyDescriptor(Crypto.prototype, 'randomUUID')!;
    Object.defineProperty(Crypto.prototype, 'randomUUID', { configurable: true, value: undefined });
    try {
      const element = await form(html`<hc-feedback-form page=${pageId}></hc-feedback-form>`);
      const seen = events(element);
      await type(element, 'From an intranet page');
      button(element).click();
      await element.updateComplete;
      expect(seen.submit[0]!.id).to.match(UUID_V4);
    } finally {
      Object.defineProperty(Crypto.prototype, 'randomUUID', randomUUID);
    }
  });

  it('speaks Welsh and sends locale cy under a Welsh page', async () => {
    const container = await fixture(html`
      <div lang="cy"><hc-feedback-form page=${newPage()}></hc-feedback-form></div>
    `);
    const element = container.querySelector('hc-feedback-form')!;
    await element.updateComplete;
    const seen = events(element);
    expect(textOf(part(element, 'heading'))).to.equal('Helpwch ni i wella');
    expect(textOf(button(element))).to.equal('Anfon adborth');
    button(element).click();
    await element.updateComplete;
    expect(textOf(part(element, 'error-summary'))).to.equal(
      'Mae problem Rhowch beth allwn ni ei wella',
    );
    await expect(element).to.be.accessible();
    await type(element, 'Diolch');
    button(element).click();
    await element.updateComplete;
    expect(seen.submit[0]!.locale).to.equal('cy');
  });

  it('works with the keyboard alone: type, Tab to the button, Enter', async () => {
    const { url, log } = endpoint();
    const element = await form(
      html`<hc-feedback-form page=${newPage()} endpoint=${url}></hc-feedback-form>`,
    );
    textarea(element).focus();
    // Word by word, each space pressed on its own: typed as one string through WebKitWebDriver,
    // every space after the first is lost.
    for (const [index, word] of 'Typed by keyboard'.split(' ').entries()) {
      if (index) await sendKeys({ press: ' ' });
      await sendKeys({ type: word });
    }
    await sendKeys({ press: 'Tab' });
    expect(focused(element)).to.equal(button(element));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(element, 'success'), 'sent');
    expect((JSON.parse((await log())[0]!.body) as FeedbackPayload).message).to.equal(
      'Typed by keyboard',
    );
  });
});
