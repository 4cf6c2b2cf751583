import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import {
  analystRole,
  porterRole,
  validCatalogue,
  welshCatalogue,
} from '../test/fixtures/catalogues.js';
import { expectWidgetText, storyPath } from './support/play.js';

interface Args {
  roleId: string;
  headingLevel: number;
  href: string;
}

const TAG = 'hc-role-card';

const meta = {
  title: 'Widgets/Role card',
  component: TAG,
  args: { roleId: 'clinical-informatics', headingLevel: 2, href: '' },
  render: ({ roleId, headingLevel, href }) =>
    html`<hc-role-card
      role-id=${roleId}
      heading-level=${headingLevel}
      href=${href || undefined}
    ></hc-role-card>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The seed role from the default catalogue, which ships with no links; this role has no bands. */
export const Default: Story = {
  play: ({ canvasElement }) => expectWidgetText(canvasElement, TAG, 'Clinical informatics'),
};

/** A paramedic, from another family of the default catalogue, with its pay bands. */
export const Paramedic: Story = {
  args: { roleId: 'paramedic' },
  play: ({ canvasElement }) =>
    expectWidgetText(
      canvasElement,
      TAG,
      'Paramedic',
      'Allied health professions',
      'Bands 5 to 6',
      'Ways in: a degree, an apprenticeship, other routes or experience.',
    ),
};

/** With the role's own link (a clickable card) and pay bands. */
export const LinkAndBands: Story = {
  // A clickable card: its picture includes one in forced-colours mode.
  parameters: { visual: { forcedColours: true } },
  render: () => html`<hc-role-card .roleData=${analystRole}></hc-role-card>`,
  play: ({ canvasElement }) => expectWidgetText(canvasElement, TAG, 'Bands 5 to 7'),
};

/** `href` on the element wins over the role's `url`. */
export const HrefWins: Story = {
  render: () =>
    html`<hc-role-card
      href="https://www.example.org/jobs/123"
      .roleData=${analystRole}
    ></hc-role-card>`,
};

/** `heading-level` from 2 to 6. */
export const HeadingLevels: Story = {
  render: () =>
    html`${[2, 3, 4, 5, 6].map(
      (level) =>
        html`<hc-role-card heading-level=${level} .roleData=${porterRole}></hc-role-card><br />`,
    )}`,
};

/** Three cards side by side in a grid: they come out the same height. */
export const SideBySide: Story = {
  render: () =>
    html`<div
      style="display:grid;gap:24px;grid-template-columns:repeat(auto-fit,minmax(220px,1fr))"
    >
      <hc-role-card role-id="clinical-informatics"></hc-role-card>
      <hc-role-card role-id="clinical-coder"></hc-role-card>
      <hc-role-card role-id="health-records-clerk"></hc-role-card>
    </div>`,
  play: ({ canvasElement }) => expectWidgetText(canvasElement, TAG, 'Clinical informatics'),
};

/** Under a Welsh page: Welsh interface, English content marked `lang="en"`. */
export const Welsh: Story = {
  render: () => html`<div lang="cy"><hc-role-card .roleData=${analystRole}></hc-role-card></div>`,
  play: ({ canvasElement }) => expectWidgetText(canvasElement, TAG, 'Bandiau 5 i 7'),
};

/** Welsh content on an English page: the content is marked `lang="cy"` for screen readers. */
export const WelshContent: Story = {
  render: () =>
    html`<hc-careers-data .catalogue=${welshCatalogue} role-id="clinical-informatics">
      <hc-role-card></hc-role-card>
    </hc-careers-data>`,
  play: async ({ canvasElement }) => {
    await expectWidgetText(canvasElement, TAG, 'Gwybodeg glinigol');
    await expectWidgetText(canvasElement, TAG, 'Bands 5 to 7');
  },
};

/** Very long text and a 200-character word wrap inside the card. */
export const LongText: Story = {
  render: () =>
    html`<hc-role-card
      .roleData=${{
        ...analystRole,
        title: 'Senior principal clinical informatics and digital transformation lead practitioner',
        summary: `${'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(4)} ${analystRole.summary!.repeat(6)}`,
      }}
    ></hc-role-card>`,
};

/** At 320 px wide, as on a small phone. */
export const Narrow320: Story = {
  render: () =>
    html`<div style="width:320px">
      <hc-role-card role-id="clinical-informatics"></hc-role-card>
    </div>`,
};

/** While the catalogue is on its way: a polite status that keeps the space. */
export const Loading: Story = {
  parameters: { mockFetch: { [storyPath('role-card-never')]: [{ never: true }] } },
  render: () =>
    html`<hc-role-card src=${storyPath('role-card-never')} role-id="porter"></hc-role-card>`,
  play: ({ canvasElement }) => expectWidgetText(canvasElement, TAG, 'Loading role information'),
};

const errorStory = (name: string, answer: object, text: string, roleId = 'porter'): Story => ({
  parameters: { mockFetch: { [storyPath(`role-card-${name}`)]: [answer] } },
  render: () =>
    html`<hc-role-card
      src=${storyPath(`role-card-${name}`)}
      role-id=${roleId}
      timeout-ms="1000"
    ></hc-role-card>`,
  play: ({ canvasElement }) => expectWidgetText(canvasElement, TAG, text),
});

/** The network failed. */
export const ErrorNetwork = errorStory(
  'network',
  { networkError: true },
  'Check your connection and try again.',
);
/** The server answered 404. */
export const ErrorHttp = errorStory('http', { status: 404, text: 'Not found' }, 'not available');
/** No answer within `timeout-ms`. */
export const ErrorTimeout = errorStory('timeout', { never: true }, 'taking too long');
/** The file is not JSON. */
export const ErrorParse = errorStory('parse', { text: '{ "schemaVersion": 1,' }, 'cannot show it');
/** The catalogue breaks the schema. */
export const ErrorInvalid = errorStory(
  'invalid',
  { json: { schemaVersion: 2, roles: [] } },
  'cannot show it',
);
/** The catalogue has no role with that id. */
export const ErrorNotFound = errorStory(
  'not-found',
  { json: validCatalogue },
  'could not find information about this role',
  'astronaut',
);

/** Restyled by the page: custom properties and `::part`, no shadow DOM touched. */
export const Themed: Story = {
  render: () =>
    html`<style>
        .themed hc-role-card {
          --hc-link-colour: #003087;
          --hc-border-colour: #005eb8;
          --hc-card-padding: 16px;
        }
        .themed hc-role-card::part(card) {
          border-radius: 8px;
          border-top-width: 6px;
        }
        .themed hc-role-card::part(family) {
          text-transform: uppercase;
          font-size: 0.875rem;
        }
      </style>
      <div class="themed"><hc-role-card .roleData=${analystRole}></hc-role-card></div>`,
};
