import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { otherCatalogue, validCatalogue } from '../test/fixtures/catalogues.js';
import { expectWidgetText, storyPath } from './support/play.js';

const meta = {
  title: 'Data/Careers data provider',
  component: 'hc-careers-data',
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** No source at all: the default catalogue, shared by every widget inside. */
export const DefaultCatalogue: Story = {
  render: () =>
    html`<hc-careers-data role-id="clinical-coder">
      <hc-role-card></hc-role-card>
      <hc-requirements-list heading-level="3"></hc-requirements-list>
    </hc-careers-data>`,
  play: ({ canvasElement }) => expectWidgetText(canvasElement, 'hc-role-card', 'Clinical coder'),
};

/** A catalogue written into the page: no request, and it works under a strict CSP. */
export const InlineCatalogue: Story = {
  render: () =>
    html`<hc-careers-data role-id="data-analyst">
      <script type="application/json">
        ${JSON.stringify(validCatalogue)}
      </script>
      <hc-role-card></hc-role-card>
      <hc-skills-checklist></hc-skills-checklist>
    </hc-careers-data>`,
  play: ({ canvasElement }) => expectWidgetText(canvasElement, 'hc-role-card', 'Data analyst'),
};

/** A catalogue object given through the `.catalogue` property. */
export const CatalogueProperty: Story = {
  render: () =>
    html`<hc-careers-data .catalogue=${otherCatalogue} role-id="data-analyst">
      <hc-role-card></hc-role-card>
    </hc-careers-data>`,
  play: ({ canvasElement }) =>
    expectWidgetText(canvasElement, 'hc-role-card', 'Data analyst (other catalogue)'),
};

const catalogue = storyPath('catalogue.json');
/** A catalogue URL: one request, however many widgets share it. */
export const FromSrc: Story = {
  parameters: { mockFetch: { [catalogue]: [{ json: validCatalogue, delayMs: 300 }] } },
  render: () =>
    html`<hc-careers-data src=${catalogue} role-id="porter">
      <hc-role-card></hc-role-card>
      <hc-role-card role-id="data-analyst"></hc-role-card>
    </hc-careers-data>`,
  play: ({ canvasElement }) => expectWidgetText(canvasElement, 'hc-role-card', 'Porter'),
};

const missing = storyPath('missing.json');
/** The provider's catalogue is missing: its widgets show that, not the default catalogue. */
export const ProviderError: Story = {
  parameters: { mockFetch: { [missing]: [{ status: 404, text: 'Not found' }] } },
  render: () =>
    html`<hc-careers-data src=${missing} role-id="clinical-informatics">
      <hc-role-card></hc-role-card>
    </hc-careers-data>`,
  play: ({ canvasElement }) => expectWidgetText(canvasElement, 'hc-role-card', 'not available'),
};
