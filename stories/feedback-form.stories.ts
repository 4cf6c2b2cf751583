import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { receivedAt } from './support/mock-fetch.js';
import { expectWidgetText, inWidget, storyPath } from './support/play.js';

interface Args {
  endpoint: string;
  page: string;
  maxLength: number;
  contactHref: string;
  privacyHref: string;
}

const TAG = 'hc-feedback-form';

const meta = {
  title: 'Widgets/Feedback form',
  component: TAG,
  // Interactive: its pictures include one in forced-colours mode.
  parameters: { visual: { forcedColours: true } },
  args: {
    endpoint: '',
    page: '/stories/feedback',
    maxLength: 1200,
    contactHref: '/contact-us',
    privacyHref: '/privacy',
  },
  render: ({ endpoint, page, maxLength, contactHref, privacyHref }) =>
    html`<hc-feedback-form
      endpoint=${endpoint || undefined}
      page=${page}
      max-length=${maxLength}
      contact-href=${contactHref || undefined}
      privacy-href=${privacyHref || undefined}
    ></hc-feedback-form>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

const textarea = (canvas: HTMLElement) => inWidget<HTMLTextAreaElement>(canvas, TAG, 'textarea')!;
const sendButton = (canvas: HTMLElement) =>
  inWidget<HTMLButtonElement>(canvas, TAG, '[part~="button"]')!;
const focusedPart = (canvas: HTMLElement) =>
  canvas.querySelector(TAG)?.shadowRoot?.activeElement?.getAttribute('part');

/** The "Help us improve" form of the seed page, with the privacy and contact links. */
export const Default: Story = {};

/** Sending nothing: the error summary takes focus and links to the field. */
export const EmptySend: Story = {
  args: { page: '/stories/feedback/empty' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(sendButton(canvasElement)).toBeTruthy());
    await userEvent.click(sendButton(canvasElement));
    await waitFor(() => expect(focusedPart(canvasElement)).toBe('error-summary'));
    await expectWidgetText(canvasElement, TAG, 'There is a problem');
    await expect(textarea(canvasElement).getAttribute('aria-invalid')).toBe('true');
  },
};

const sent = storyPath('feedback-sent');
/** Sent to an endpoint that answers 201: the thank-you panel takes focus. */
export const SendSucceeds: Story = {
  args: { endpoint: sent, page: '/stories/feedback/sent' },
  parameters: { mockFetch: { [sent]: [{ status: 201, json: { id: 'stored' } }] } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(textarea(canvasElement)).toBeTruthy());
    await userEvent.type(textarea(canvasElement), 'The pay bands are hard to find.');
    await userEvent.click(sendButton(canvasElement));
    await waitFor(() => expect(focusedPart(canvasElement)).toBe('success'));
    await expectWidgetText(canvasElement, TAG, 'Thank you for your feedback');
    const [request] = receivedAt(sent);
    await expect(request!.headers.get('Content-Type')).toBe('application/json');
    const body = JSON.parse(request!.body) as { id: string; message: string };
    await expect(request!.headers.get('Idempotency-Key')).toBe(body.id);
    await expect(body.message).toBe('The pay bands are hard to find.');
  },
};

const flaky = storyPath('feedback-fails-then-succeeds');
/** A 500, then success: the text stays, and the retry reuses the id. */
export const FailsThenRetries: Story = {
  args: { endpoint: flaky, page: '/stories/feedback/retry' },
  parameters: {
    mockFetch: {
      [flaky]: [
        { status: 500, text: 'Server error' },
        { status: 201, json: {} },
      ],
    },
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(textarea(canvasElement)).toBeTruthy());
    await userEvent.type(textarea(canvasElement), 'Please add Welsh audio.');
    await userEvent.click(sendButton(canvasElement));
    await waitFor(() => expect(focusedPart(canvasElement)).toBe('send-error'));
    await expect(textarea(canvasElement).value).toBe('Please add Welsh audio.');
    await userEvent.click(inWidget(canvasElement, TAG, '[part~="retry"]')!);
    await waitFor(() => expect(focusedPart(canvasElement)).toBe('success'));
    const [first, second] = receivedAt(flaky);
    await expect(second!.headers.get('Idempotency-Key')).toBe(
      first!.headers.get('Idempotency-Key'),
    );
  },
};

const refused = storyPath('feedback-422');
/** The server refuses with `{ "message": … }`: shown as text, the message kept. */
export const ServerMessage: Story = {
  args: { endpoint: refused, page: '/stories/feedback/refused' },
  parameters: {
    mockFetch: {
      [refused]: [{ status: 422, json: { message: 'Links are not allowed in feedback.' } }],
    },
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(textarea(canvasElement)).toBeTruthy());
    await userEvent.type(textarea(canvasElement), 'See example.org');
    await userEvent.click(sendButton(canvasElement));
    await expectWidgetText(canvasElement, TAG, 'Links are not allowed in feedback.');
  },
};

/** Over the limit: people may type on, see how many too many, and cannot send. */
export const OverTheLimit: Story = {
  args: { maxLength: 20, page: '/stories/feedback/limit' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(textarea(canvasElement)).toBeTruthy());
    await userEvent.type(textarea(canvasElement), 'This message is a little too long.');
    await expectWidgetText(canvasElement, TAG, 'You have 14 characters too many');
  },
};

/** Welsh. */
export const Welsh: Story = {
  render: () =>
    html`<div lang="cy">
      <hc-feedback-form page="/stories/feedback/cy" contact-href="/cysylltu"></hc-feedback-form>
    </div>`,
  play: ({ canvasElement }) => expectWidgetText(canvasElement, TAG, 'Helpwch ni i wella'),
};

/** The page sends it: it cancels `hc-feedback-submit` and calls `complete()`. */
export const HostSends: Story = {
  render: () =>
    html`<hc-feedback-form
      page="/stories/feedback/host"
      @hc-feedback-submit=${(event: CustomEvent) => {
        event.preventDefault();
        const form = event.target as HTMLElement & { complete(): void };
        setTimeout(() => form.complete(), 300);
      }}
    ></hc-feedback-form>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(textarea(canvasElement)).toBeTruthy());
    await userEvent.type(textarea(canvasElement), 'Handled by the page.');
    await userEvent.click(sendButton(canvasElement));
    await waitFor(() => expect(focusedPart(canvasElement)).toBe('success'));
  },
};
