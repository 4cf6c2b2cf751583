import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { analystRole, catalogueWithBadRole, validCatalogue } from '../test/fixtures/catalogues.js';
import type { Catalogue } from '../src/data/schema.js';
import { defineCataloguePreview } from './support/catalogue-preview/define.js';
import { expectWidgetText, inWidget } from './support/play.js';

defineCataloguePreview();

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

/** The URL of every request made through fetch while `run` runs. */
async function requestsDuring(run: () => Promise<void>): Promise<string[]> {
  const urls: string[] = [];
  const fetch = window.fetch;
  window.fetch = (input, init) => {
    urls.push(new Request(input, init).url);
    return fetch(input, init);
  };
  try {
    await run();
  } finally {
    window.fetch = fetch;
  }
  return urls;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

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
    await expectOutcome(
      preview,
      'The pasted text has 1 problem. The role without one is shown below.',
      'roles[0].title: must not be empty.',
    );
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
    await expectWidgetText(preview, 'hc-role-finder', 'All 2 roles', 'Porter');

    // The feedback form has nowhere to send to: it thanks the editor and makes no request.
    const requests = await requestsDuring(async () => {
      await userEvent.type(inWidget(english, 'hc-feedback-form', 'textarea')!, 'Looks right.');
      await userEvent.click(inWidget(english, 'hc-feedback-form', 'button')!);
      await expectWidgetText(english, 'hc-feedback-form', 'Thank you for your feedback');
    });
    await expect(requests).toEqual([]);
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

/** A sound catalogue with no roles in it yet: said so, rather than "0 roles, shown below". */
export const NoRolesYet: Story = {
  play: async ({ canvasElement }) => {
    const preview = previewIn(canvasElement);
    await enterAndCheck(preview, JSON.stringify({ ...validCatalogue, roles: [] }));
    await expectOutcome(
      preview,
      'No problems found',
      'The pasted text holds no roles yet: add one to see it in the widgets.',
    );
    await expect(preview.querySelector('hc-role-card')).toBeNull();
  },
};

const openFiles = async (preview: ShadowRoot, files: File[]) => {
  // Editors can pick any file with "All files": the input's `accept` list is only a filter.
  const editor = userEvent.setup({ applyAccept: false });
  await editor.upload(preview.querySelector<HTMLInputElement>('input[type="file"]')!, files);
  await editor.click(button(preview, 'Check and preview the file'));
};

// The spreadsheet writers load when a story asks, as the preview's readers do: the docs page
// that shows these stories does not need exceljs until a workbook is opened.
async function xlsxFile(catalogue: Catalogue, name: string) {
  const { writeWorkbook } = await import('../src/spreadsheet/workbook.js');
  // writeWorkbook copies its bytes into a plain ArrayBuffer; its type says only "some buffer".
  const bytes = (await writeWorkbook(catalogue)) as Uint8Array<ArrayBuffer>;
  return new File([bytes], name, { type: XLSX_TYPE });
}

/** No file chosen, a file of another kind, then a catalogue's .json file: its roles. */
export const OpenAFile: Story = {
  play: async ({ canvasElement }) => {
    const preview = previewIn(canvasElement);
    await userEvent.click(button(preview, 'Check and preview the file'));
    await expectOutcome(preview, 'Choose a catalogue file first.');
    const input = preview.querySelector<HTMLInputElement>('input[type="file"]')!;
    await expect(input.getAttribute('aria-invalid')).toBe('true');

    await openFiles(preview, [new File(['Roles'], 'notes.txt', { type: 'text/plain' })]);
    await expectOutcome(preview, 'notes.txt has 1 problem', 'one .json catalogue, one .xlsx');

    const json = JSON.stringify(validCatalogue);
    await openFiles(preview, [new File([json], 'roles.json', { type: 'application/json' })]);
    await expectOutcome(preview, 'roles.json holds 2 roles');
    await expect(input.getAttribute('aria-invalid')).toBe('false');
    await expectWidgetText(preview, 'hc-role-card', 'Data analyst');
  },
};

/**
 * A workbook as `hc-widgets export` writes it, with an empty title: the problem by sheet, row
 * and column, in `hc-widgets import`'s words; then the workbook fixed, and its roles.
 */
export const OpenAWorkbook: Story = {
  play: async ({ canvasElement }) => {
    const preview = previewIn(canvasElement);
    await openFiles(preview, [await xlsxFile(brokenCatalogue, 'roles.xlsx')]);
    await expectOutcome(
      preview,
      'roles.xlsx has 1 problem. Nothing can be shown until it is fixed.',
      'Roles, row 2, title: this cell is empty',
    );
    await openFiles(preview, [await xlsxFile(validCatalogue, 'roles.xlsx')]);
    await expectOutcome(preview, 'roles.xlsx holds 2 roles');
    await expectWidgetText(preview.querySelector('[lang="cy"]')!, 'hc-role-card', 'Bandiau 5 i 7');
  },
};

/** The five CSV files `hc-widgets export --out folder` writes, opened together. */
export const OpenCsvFiles: Story = {
  play: async ({ canvasElement }) => {
    const preview = previewIn(canvasElement);
    const { writeCsvFiles } = await import('../src/spreadsheet/csv.js');
    const files = Object.entries(writeCsvFiles(validCatalogue)).map(
      ([name, text]) => new File([text], name, { type: 'text/csv' }),
    );
    await openFiles(preview, files);
    await expectOutcome(preview, 'The set of 5 CSV files holds 2 roles');
    await expectWidgetText(preview, 'hc-requirements-list', 'A degree with a numerate element.');
  },
};
