import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { analystRole, porterRole, welshCatalogue } from '../test/fixtures/catalogues.js';
import { expectWidgetText, storyPath } from './support/play.js';

interface Args {
  roleId: string;
  headingLevel: number;
}

const TAG = 'hc-requirements-list';

const meta = {
  title: 'Widgets/Requirements list',
  component: TAG,
  args: { roleId: 'clinical-informatics', headingLevel: 2 },
  render: ({ roleId, headingLevel }) =>
    html`<hc-requirements-list
      role-id=${roleId}
      heading-level=${headingLevel}
    ></hc-requirements-list>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The seed role's entry routes and qualities, from the default catalogue. */
export const Default: Story = {
  play: ({ canvasElement }) =>
    expectWidgetText(canvasElement, TAG, 'NHS Graduate Management Training Scheme'),
};

/** A midwife's routes and qualities, from another family of the default catalogue. */
export const Midwife: Story = {
  args: { roleId: 'midwife' },
  play: ({ canvasElement }) =>
    expectWidgetText(
      canvasElement,
      TAG,
      'Entry requirements: Midwife',
      'Midwifery degree apprenticeship',
      'A strong interest in pregnancy, birth and new families',
    ),
};

/** Routes with and without links, and the date the information was updated. */
export const LinksAndUpdated: Story = {
  // Links: its picture includes one in forced-colours mode.
  parameters: { visual: { forcedColours: true } },
  render: () => html`<hc-requirements-list .roleData=${analystRole}></hc-requirements-list>`,
  play: ({ canvasElement }) =>
    expectWidgetText(canvasElement, TAG, 'Information updated 15 January 2026'),
};

/** Under an `<h3>` on the page: the list heading at level 4, routes at level 5. */
export const HeadingLevel4: Story = { args: { headingLevel: 4 } };

/** Welsh interface around English content. */
export const Welsh: Story = {
  render: () =>
    html`<div lang="cy">
      <hc-requirements-list .roleData=${analystRole}></hc-requirements-list>
    </div>`,
  play: ({ canvasElement }) => expectWidgetText(canvasElement, TAG, 'Gofynion mynediad'),
};

/** A role that lists no routes and no qualities yet. */
export const Empty: Story = {
  render: () =>
    html`<hc-requirements-list
      .roleData=${{ ...porterRole, entryRoutes: [], qualities: [] }}
    ></hc-requirements-list>`,
  play: ({ canvasElement }) => expectWidgetText(canvasElement, TAG, 'No entry requirements'),
};

/** At 320 px wide. */
export const Narrow320: Story = {
  render: () =>
    html`<div style="width:320px">
      <hc-requirements-list role-id="clinical-informatics"></hc-requirements-list>
    </div>`,
};

/** While the catalogue is on its way. */
export const Loading: Story = {
  parameters: { mockFetch: { [storyPath('requirements-never')]: [{ never: true }] } },
  render: () =>
    html`<hc-requirements-list
      src=${storyPath('requirements-never')}
      role-id="porter"
    ></hc-requirements-list>`,
  play: ({ canvasElement }) => expectWidgetText(canvasElement, TAG, 'Loading role information'),
};

/** A server error, with "Try again". */
export const ErrorHttp: Story = {
  parameters: { mockFetch: { [storyPath('requirements-500')]: [{ status: 500, text: 'oops' }] } },
  render: () =>
    html`<hc-requirements-list
      src=${storyPath('requirements-500')}
      role-id="porter"
    ></hc-requirements-list>`,
  play: ({ canvasElement }) => expectWidgetText(canvasElement, TAG, 'Try again'),
};

/** No answer within `timeout-ms`, with "Try again". */
export const ErrorTimeout: Story = {
  parameters: { mockFetch: { [storyPath('requirements-hang')]: [{ never: true }] } },
  render: () =>
    html`<hc-requirements-list
      src=${storyPath('requirements-hang')}
      role-id="porter"
      timeout-ms="500"
    ></hc-requirements-list>`,
  play: ({ canvasElement }) => expectWidgetText(canvasElement, TAG, 'taking too long'),
};

/** A catalogue that breaks the schema: a plain message, no field path. */
export const ErrorInvalid: Story = {
  parameters: {
    mockFetch: { [storyPath('requirements-invalid')]: [{ json: { schemaVersion: 1 } }] },
  },
  render: () =>
    html`<hc-requirements-list
      src=${storyPath('requirements-invalid')}
      role-id="porter"
    ></hc-requirements-list>`,
  play: ({ canvasElement }) => expectWidgetText(canvasElement, TAG, 'cannot show it'),
};

/** Long titles, descriptions and qualities, and a very long word, wrap at any width. */
export const LongText: Story = {
  render: () =>
    html`<div style="max-width:360px">
      <hc-requirements-list
        .roleData=${{
          ...analystRole,
          entryRoutes: analystRole.entryRoutes.map((route) => ({
            ...route,
            title: `${route.title} for experienced practitioners moving from another profession`,
            description: `${'Interdisciplinarity'.repeat(8)} ${(route.description ?? route.title).repeat(5)}`,
          })),
          qualities: ['Working accurately under pressure, '.repeat(6).trim()],
        }}
      ></hc-requirements-list>
    </div>`,
};

/** Welsh content on a Welsh page: nothing needs marking. */
export const WelshContent: Story = {
  render: () =>
    html`<div lang="cy">
      <hc-careers-data .catalogue=${welshCatalogue} role-id="clinical-informatics">
        <hc-requirements-list></hc-requirements-list>
      </hc-careers-data>
    </div>`,
  play: async ({ canvasElement }) => {
    await expectWidgetText(canvasElement, TAG, 'Prentisiaeth gwybodeg iechyd');
    await expectWidgetText(canvasElement, TAG, 'Bydd angen i chi hefyd');
  },
};
