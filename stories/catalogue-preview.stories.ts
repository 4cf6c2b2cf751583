import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { analystRole, catalogueWithBadRole, validCatalogue } from '../test/fixtures/catalogues.js';
import './support/catalogue-preview/define.js';
import { expectWidgetText } from './support/play.js';

const meta = {
  title: 'Guides/Preview your catalogue',
  // The page is PreviewYourCatalogue.mdx; these stories are its states, each one a test.
  tags: ['!autodocs'],
  render: () => html`<docs-catalogue-preview></docs-catalogue-preview>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The preview's shadow root, where its fields, outcome and widgets are. */
const previewIn = (canvas: HTMLElement) =>
  canvas.querySelector('docs-catalogue-preview')!.shadowRoot!;

const text = (element: Element | null | undefined) =>
  element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

const button = (preview: ShadowRoot, name: string) =>
  [...preview.querySelectorAll('button')].find((each) => text(each) === name)!;

/** Waits for the outcome of a check, and checks that it took focus. */
async function expectOutcome(preview: ShadowRoot, ...texts: string[]) {
  await waitFor(() => expect(preview.activeElement?.hasAttribute('data-outcome')).toBe(true));
  for (const expected of texts) await expect(text(preview.activeElement)).toContain(expected);
}

/**
 * Puts `json` in the box in place of what it held, as an editor does, and checks it. Typed, not
 * pasted: userEvent.paste only reaches a field focused in the document, not in a shadow root.
 */
async function enterAndCheck(preview: ShadowRoot, json: string) {
  const box = preview.querySelector('textarea')!;
  // Braces and brackets are key names to userEvent.type; doubled they are typed as they are.
  await userEvent.type(box, json.replace(/[{[]/g, '$&$&'), {
    initialSelectionStart: 0,
    initialSelectionEnd: box.value.length,
    delay: null,
  });
  await userEvent.click(button(preview, 'Check and preview'));
}

const brokenCatalogue = {
  ...validCatalogue,
  roles: [{ ...analystRole, title: ' ' }, ...validCatalogue.roles.slice(1)],
};

/** What an editor finds: a box to paste into and a file to open. */
export const Empty: Story = {};

/**
 * An empty box, then a catalogue with an empty title: the problem in the words of
 * `hc-widgets validate`, linked to the box; then the title put back, and every widget shows
 * the role in English and in Welsh, with the finder over the whole catalogue.
 */
export const PasteBrokenThenFixed: Story = {
  play: async ({ canvasElement }) => {
    const preview = previewIn(canvasElement);
    await userEvent.click(button(preview, 'Check and preview'));
    await expectOutcome(preview, 'There is a problem', 'Paste a catalogue first');

    await enterAndCheck(preview, JSON.stringify(brokenCatalogue));
    await expectOutcome(preview, 'roles[0].title: must not be empty.');
    const textarea = preview.querySelector('textarea')!;
    await expect(textarea.getAttribute('aria-invalid')).toBe('true');
    await userEvent.click(preview.querySelector('[data-outcome] a')!);
    await expect(preview.activeElement).toBe(textarea);
    // Porter is sound, so it is previewed even before the title is fixed.
    await expectWidgetText(preview, 'hc-role-card', 'Porter');

    await enterAndCheck(preview, JSON.stringify(validCatalogue));
    await expectOutcome(preview, 'No problems found', 'The pasted text holds 2 roles');
    await expect(textarea.getAttribute('aria-invalid')).toBe('false');
    await userEvent.selectOptions(preview.querySelector('select')!, 'data-analyst');
    const english = preview.querySelector('[lang="en"]')!;
    const welsh = preview.querySelector('[lang="cy"]')!;
    await expectWidgetText(english, 'hc-role-card', 'Data analyst', 'Bands 5 to 7');
    await expectWidgetText(welsh, 'hc-role-card', 'Data analyst', 'Bandiau 5 i 7');
    await expectWidgetText(english, 'hc-requirements-list', 'Data analyst apprenticeship');
    await expectWidgetText(english, 'hc-skills-checklist', 'Numeracy', '0 of 2 skills ticked');
    await expectWidgetText(welsh, 'hc-skills-checklist', 'Wedi ticio 0 o 2 sgil');
    await expectWidgetText(english, 'hc-feedback-form', 'What can we improve?');
    await expectWidgetText(preview, 'hc-role-finder', 'All 2 roles', 'Porter');
  },
};

/** One role with a mistake: the problem is listed, and the sound roles are still previewed. */
export const PartlyBroken: Story = {
  play: async ({ canvasElement }) => {
    const preview = previewIn(canvasElement);
    await enterAndCheck(preview, JSON.stringify(catalogueWithBadRole));
    await expectOutcome(
      preview,
      'The pasted text has 1 problem. The 2 roles without one are shown below.',
      'roles[2].skills[0].label: is required.',
    );
    const options = [...preview.querySelectorAll('option')].map((option) => text(option));
    await expect(options).toEqual(['Data analyst (data-analyst)', 'Porter (porter)']);
    await userEvent.selectOptions(preview.querySelector('select')!, 'porter');
    await expectWidgetText(preview.querySelector('[lang="cy"]')!, 'hc-role-card', 'Porter');
  },
};

/** No file chosen, then a catalogue's .json file opened: its roles, under the file's name. */
export const OpenAFile: Story = {
  play: async ({ canvasElement }) => {
    const preview = previewIn(canvasElement);
    await userEvent.click(button(preview, 'Check and preview the file'));
    await expectOutcome(preview, 'Choose a catalogue file first.');
    const input = preview.querySelector<HTMLInputElement>('input[type="file"]')!;
    await expect(input.getAttribute('aria-invalid')).toBe('true');

    const file = new File([JSON.stringify(validCatalogue)], 'roles.json', {
      type: 'application/json',
    });
    await userEvent.upload(input, file);
    await userEvent.click(button(preview, 'Check and preview the file'));
    await expectOutcome(preview, 'roles.json holds 2 roles');
    await expectWidgetText(preview, 'hc-role-card', 'Data analyst');
  },
};
