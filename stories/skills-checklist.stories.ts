import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { analystRole, porterRole } from '../test/fixtures/catalogues.js';
import { expectWidgetText, inWidget, storyPath, widgetText } from './support/play.js';

interface Args {
  roleId: string;
  name: string;
  persist: boolean;
}

const TAG = 'hc-skills-checklist';

const meta = {
  title: 'Widgets/Skills checklist',
  component: TAG,
  // Interactive: its pictures include one in forced-colours mode.
  parameters: { visual: { forcedColours: true } },
  args: { roleId: 'clinical-informatics', name: 'skills', persist: false },
  render: ({ roleId, name, persist }) =>
    html`<hc-skills-checklist
      role-id=${roleId}
      name=${name}
      ?persist=${persist}
    ></hc-skills-checklist>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The seed role's five skills. Ticking one updates the live count. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expectWidgetText(canvasElement, TAG, '0 of 5 skills ticked');
    const box = inWidget<HTMLInputElement>(canvasElement, TAG, 'input[value="it"]')!;
    await userEvent.click(box);
    await expectWidgetText(canvasElement, TAG, '1 of 5 skills ticked');
    await expect(box.checked).toBe(true);
  },
};

/** A porter's four skills, from another family of the default catalogue. */
export const Porter: Story = {
  args: { roleId: 'porter' },
  play: async ({ canvasElement }) => {
    await expectWidgetText(canvasElement, TAG, 'Skills for Porter', '0 of 4 skills ticked');
    const box = inWidget<HTMLInputElement>(canvasElement, TAG, 'input[value="physical-fitness"]')!;
    await expect(box.labels?.[0]?.textContent?.trim()).toBe('Physical fitness');
    await userEvent.click(box);
    await expectWidgetText(canvasElement, TAG, '1 of 4 skills ticked');
  },
};

/** Ticks kept in `localStorage` under `hc:skills:<roleId>`; they survive a reload. */
export const Persist: Story = { args: { persist: true } };

/** In a `<form>`: submitting sends one `skills` entry per ticked skill. */
export const InAForm: Story = {
  render: () =>
    html`<form
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        const form = event.target as HTMLFormElement;
        form.querySelector('output')!.value = JSON.stringify(new FormData(form).getAll('skills'));
      }}
    >
      <hc-skills-checklist name="skills" role-id="clinical-informatics"></hc-skills-checklist>
      <p><button type="submit">Submit</button> <button type="reset">Reset</button></p>
      <p>Submitted: <output aria-live="polite"></output></p>
    </form>`,
  play: async ({ canvasElement }) => {
    await expectWidgetText(canvasElement, TAG, '0 of 5 skills ticked');
    await userEvent.click(inWidget(canvasElement, TAG, 'input[value="communication"]')!);
    await userEvent.click(inWidget(canvasElement, TAG, 'input[value="numeracy"]')!);
    await userEvent.click(canvasElement.querySelector('button[type="submit"]')!);
    await waitFor(() =>
      expect(canvasElement.querySelector('output')!.value).toBe('["communication","numeracy"]'),
    );
  },
};

/** Ticks set by the page through `.selected` (no event fires). */
export const Preselected: Story = {
  render: () =>
    html`<hc-skills-checklist .roleData=${analystRole} .selected=${['ict']}></hc-skills-checklist>`,
  play: ({ canvasElement }) => expectWidgetText(canvasElement, TAG, '1 of 2 skills ticked'),
};

/** Welsh interface: "Wedi ticio 0 o 2 sgil". */
export const Welsh: Story = {
  render: () =>
    html`<div lang="cy"><hc-skills-checklist .roleData=${analystRole}></hc-skills-checklist></div>`,
  play: ({ canvasElement }) => expectWidgetText(canvasElement, TAG, 'Wedi ticio 0 o 2 sgil'),
};

/** A role with no skills listed. */
export const NoSkills: Story = {
  render: () => html`<hc-skills-checklist .roleData=${porterRole}></hc-skills-checklist>`,
  play: ({ canvasElement }) => expectWidgetText(canvasElement, TAG, 'No skills are listed'),
};

/** Inside a disabled `<fieldset>`: every checkbox is disabled. */
export const DisabledByFieldset: Story = {
  render: () =>
    html`<form>
      <fieldset disabled style="border:0;padding:0;margin:0">
        <hc-skills-checklist name="skills" .roleData=${analystRole}></hc-skills-checklist>
      </fieldset>
    </form>`,
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(inWidget<HTMLInputElement>(canvasElement, TAG, 'input')!.disabled).toBe(true),
    );
  },
};

/** While the catalogue is on its way. */
export const Loading: Story = {
  parameters: { mockFetch: { [storyPath('checklist-never')]: [{ never: true }] } },
  render: () =>
    html`<hc-skills-checklist
      src=${storyPath('checklist-never')}
      role-id="porter"
    ></hc-skills-checklist>`,
  play: async ({ canvasElement }) => {
    await expectWidgetText(canvasElement, TAG, 'Loading role information');
    await expect(widgetText(canvasElement, TAG)).toBe('Loading role information');
  },
};

/** The catalogue has no role with that id: a plain message inside the widget. */
export const ErrorNotFound: Story = {
  parameters: {
    mockFetch: { [storyPath('checklist-not-found')]: [{ json: { schemaVersion: 1, roles: [] } }] },
  },
  render: () =>
    html`<hc-skills-checklist
      src=${storyPath('checklist-not-found')}
      role-id="astronaut"
    ></hc-skills-checklist>`,
  play: ({ canvasElement }) =>
    expectWidgetText(canvasElement, TAG, 'could not find information about this role'),
};

/** Long labels and descriptions, and a very long word, wrap beside their checkboxes. */
export const LongText: Story = {
  render: () =>
    html`<hc-skills-checklist
      .roleData=${{
        ...analystRole,
        skills: [
          {
            id: 'long',
            label: 'Explaining complicated clinical information to people who are worried, '.repeat(
              3,
            ),
            description: 'Supercalifragilisticexpialidocious'.repeat(6),
          },
          ...analystRole.skills,
        ],
      }}
    ></hc-skills-checklist>`,
  play: ({ canvasElement }) => expectWidgetText(canvasElement, TAG, '0 of 3 skills ticked'),
};

/** At 320 px wide, as on a small phone. */
export const Narrow320: Story = {
  render: () =>
    html`<div style="width:320px">
      <hc-skills-checklist role-id="clinical-informatics"></hc-skills-checklist>
    </div>`,
  play: ({ canvasElement }) => expectWidgetText(canvasElement, TAG, '0 of 5 skills ticked'),
};
