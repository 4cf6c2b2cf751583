import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { DataErrorDetail } from '../src/data/events.js';
import type { Catalogue } from '../src/data/schema.js';
import { finderCatalogue, finderRoles } from '../test/fixtures/finder-catalogue.js';
import { expectWidgetText, inWidget, storyPath, widgetText } from './support/play.js';

interface Args {
  headingLevel: number;
  hrefTemplate: string;
  limit: number;
  persist: boolean;
}

const TAG = 'hc-role-finder';

/** Every story but "Default catalogue" reads the fixture catalogue (9 roles), so its text is known. */
const renderFinder = ({ headingLevel, hrefTemplate, limit, persist }: Args) =>
  html`<hc-careers-data .catalogue=${finderCatalogue}>
    <hc-role-finder
      heading-level=${headingLevel}
      href-template=${ifDefined(hrefTemplate || undefined)}
      limit=${limit}
      ?persist=${persist}
    ></hc-role-finder>
  </hc-careers-data>`;

const meta = {
  title: 'Widgets/Role finder',
  component: TAG,
  // Interactive: its pictures include one in forced-colours mode.
  parameters: { visual: { forcedColours: true } },
  args: { headingLevel: 2, hrefTemplate: '/careers/{id}', limit: 10, persist: false },
  render: renderFinder,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

const finderIn = (canvas: HTMLElement) => canvas.querySelector(TAG)!;

/** Every element with `part` in the finder's shadow root. */
const partsIn = <T extends Element = HTMLElement>(canvas: HTMLElement, name: string): T[] => [
  ...(finderIn(canvas).shadowRoot?.querySelectorAll<T>(`[part~="${name}"]`) ?? []),
];

const text = (element: Element | null | undefined) =>
  element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

const countText = (canvas: HTMLElement) => text(inWidget(canvas, TAG, '[part~="count-heading"]'));

/** The titles of the results shown, in order. */
const resultTitles = (canvas: HTMLElement) =>
  partsIn(canvas, 'result').map((result) => text(result.querySelector('[part~="heading"]')));

const box = (canvas: HTMLElement, value: string) =>
  inWidget<HTMLInputElement>(canvas, TAG, `input[value="${value}"]`)!;

const tickedValues = (canvas: HTMLElement) =>
  partsIn<HTMLInputElement>(canvas, 'checkbox')
    .filter((input) => input.checked)
    .map((input) => input.value);

async function expectCount(canvas: HTMLElement, count: string | RegExp) {
  await waitFor(
    () =>
      typeof count === 'string'
        ? expect(countText(canvas)).toBe(count)
        : expect(countText(canvas)).toMatch(count),
    { timeout: 5000 },
  );
}

/**
 * The catalogue that ships with the widgets, with no attributes at all. Its roles change as it
 * grows, so this story checks only what holds for any catalogue.
 */
export const DefaultCatalogue: Story = {
  render: () => html`<hc-role-finder></hc-role-finder>`,
  play: async ({ canvasElement }) => {
    await expectCount(canvasElement, /^All \d+ roles?$/);
    const boxes = partsIn<HTMLInputElement>(canvasElement, 'checkbox');
    await expect(boxes.length).toBeGreaterThan(0);
    await expect(partsIn(canvasElement, 'result').length).toBeGreaterThan(0);
    await userEvent.click(boxes[0]!);
    await expectCount(canvasElement, /^(\d+ roles match|1 role matches)$/);
    await expect(boxes[0]!.checked).toBe(true);
  },
};

/** Nothing ticked: every role in title order, a hint to tick skills, the skills each asks for. */
export const NothingTicked: Story = {
  play: async ({ canvasElement }) => {
    await expectCount(canvasElement, 'All 9 roles');
    await expectWidgetText(
      canvasElement,
      TAG,
      'Tick the skills you have to see which roles use them.',
    );
    await expect(tickedValues(canvasElement)).toEqual([]);
    // Case and numbers compare as a person expects: "Band 9" before "Band 10".
    await expect(resultTitles(canvasElement)).toEqual([
      'Adult nurse',
      'Band 9 adviser',
      'Band 10 adviser',
      'Clinical coder',
      'Paramedic',
      'Porter',
      'receptionist',
      'Receptionist',
      'Volunteer',
    ]);
    await expect(text(partsIn(canvasElement, 'result')[0])).toContain(
      'Skills it asks for: Communication, Teamwork, Empathy, Observing patients closely.',
    );
    await expect(inWidget(canvasElement, TAG, '[part~="show-all"]')).toBeNull();
  },
};

/**
 * Ticks set by the page through `.selected` (no event fires); then a person ticks one more, and a
 * role that needs fewer skills, all of them ticked, comes first.
 */
export const SomeTicked: Story = {
  render: () =>
    html`<hc-careers-data .catalogue=${finderCatalogue}>
      <hc-role-finder .selected=${['communication', 'teamwork']}></hc-role-finder>
    </hc-careers-data>`,
  play: async ({ canvasElement }) => {
    await expectCount(canvasElement, '8 roles match');
    await expect(tickedValues(canvasElement)).toEqual(['communication', 'teamwork']);
    await expect(resultTitles(canvasElement).slice(0, 2)).toEqual(['Adult nurse', 'Paramedic']);
    await expect(resultTitles(canvasElement)).not.toContain('Volunteer');
    const nurse = partsIn(canvasElement, 'result')[0]!;
    await expect(text(nurse.querySelector('[part~="matched"]'))).toBe(
      'You have 2 of its 4 skills: Communication, Teamwork.',
    );
    await expect(text(nurse.querySelector('[part~="missing"]'))).toBe(
      'It also asks for: Empathy, Observing patients closely.',
    );

    await userEvent.click(box(canvasElement, 'physical-fitness'));
    await waitFor(() => expect(resultTitles(canvasElement)[0]).toBe('Porter'));
    await expectCount(canvasElement, '8 roles match');
    await expect(box(canvasElement, 'physical-fitness').checked).toBe(true);
    await expect(text(partsIn(canvasElement, 'matched')[0])).toBe(
      'You have 2 of its 2 skills: Teamwork, Physical fitness.',
    );
  },
};

/** Ticking a way in keeps only the roles that can be started that way. */
export const WaysInFilter: Story = {
  play: async ({ canvasElement }) => {
    await expectCount(canvasElement, 'All 9 roles');
    const legends = partsIn(canvasElement, 'legend').map(text);
    await expect(legends).toEqual([
      'Which of these skills do you have?',
      'Which ways in would suit you?',
    ]);
    const apprenticeship = box(canvasElement, 'apprenticeship');
    await expect(apprenticeship.labels![0]!.textContent.trim()).toBe('Apprenticeship');
    await userEvent.click(apprenticeship);
    await waitFor(() =>
      expect(resultTitles(canvasElement)).toEqual(['Adult nurse', 'Clinical coder', 'Paramedic']),
    );
    await expect(countText(canvasElement)).toMatch(/\b3 roles\b/);
    await expect(apprenticeship.checked).toBe(true);
    // Skills still narrow the filtered roles.
    await userEvent.click(box(canvasElement, 'driving'));
    await expectCount(canvasElement, '1 role matches');
    await expect(resultTitles(canvasElement)).toEqual(['Paramedic']);
  },
};

/**
 * At most `limit` results, then a button for the rest, which moves focus to the first result it
 * revealed so that a keyboard or screen reader user carries on from there.
 */
export const Limit: Story = {
  args: { limit: 3 },
  play: async ({ canvasElement }) => {
    await expectCount(canvasElement, 'All 9 roles');
    await expect(resultTitles(canvasElement)).toEqual([
      'Adult nurse',
      'Band 9 adviser',
      'Band 10 adviser',
    ]);
    const button = inWidget<HTMLButtonElement>(canvasElement, TAG, '[part~="show-all"]')!;
    await expect(text(button)).toBe('Show all 9 roles');
    await userEvent.click(button);
    await waitFor(() => expect(partsIn(canvasElement, 'result')).toHaveLength(9));
    await expect(inWidget(canvasElement, TAG, '[part~="show-all"]')).toBeNull();
    const fourth = partsIn(canvasElement, 'result')[3]!.querySelector('a')!;
    await expect(text(fourth)).toBe('Clinical coder');
    await expect(fourth.getAttribute('href')).toBe('/careers/clinical-coder');
    await waitFor(() => expect(finderIn(canvasElement).shadowRoot!.activeElement).toBe(fourth));
  },
};

/** Nothing fits what was ticked: the heading says so and no list is shown. */
export const NoMatch: Story = {
  play: async ({ canvasElement }) => {
    await expectCount(canvasElement, 'All 9 roles');
    await userEvent.click(box(canvasElement, 'driving'));
    await expectCount(canvasElement, '1 role matches');
    await userEvent.click(box(canvasElement, 'no-formal-qualifications'));
    await expectCount(canvasElement, 'No roles match');
    await expect(inWidget(canvasElement, TAG, '[part~="results"]')).toBeNull();
    await expect(tickedValues(canvasElement)).toEqual(['driving', 'no-formal-qualifications']);
  },
};

const brokenCatalogue: Catalogue = {
  schemaVersion: 1,
  roles: [finderRoles[0]!, { ...finderRoles[1]!, title: ' ' }, ...finderRoles.slice(2)],
};

/**
 * One role in the catalogue breaks the schema (an empty title): the finder leaves it out, shows
 * the other eight, and tells the page once through `hc-data-error`. The list below the finder is
 * the page's own, filled by its listener.
 */
export const BadRole: Story = {
  parameters: { mockFetch: { [storyPath('finder-bad-role')]: [{ json: brokenCatalogue }] } },
  render: () => {
    const report = (event: CustomEvent<DataErrorDetail>) => {
      const item = document.createElement('li');
      const { reason, path, roleId } = event.detail;
      item.textContent = `${reason} at ${path} (role id: ${String(roleId)})`;
      (event.currentTarget as HTMLElement).querySelector('ul')!.append(item);
    };
    return html`<div @hc-data-error=${report}>
      <hc-role-finder src=${storyPath('finder-bad-role')}></hc-role-finder>
      <p>Reported to the page:</p>
      <ul></ul>
    </div>`;
  },
  play: async ({ canvasElement }) => {
    await expectCount(canvasElement, 'All 8 roles');
    await expect(resultTitles(canvasElement)).not.toContain('Porter');
    await expect(resultTitles(canvasElement)).toContain('Paramedic');
    await userEvent.click(box(canvasElement, 'teamwork'));
    await expectCount(canvasElement, '3 roles match');
    const reports = [...canvasElement.querySelectorAll('li')].map(text);
    await expect(reports).toEqual(['invalid at roles[1].title (role id: null)']);
    // People see no error message: only the page hears of the bad role.
    await expect(widgetText(canvasElement, TAG)).not.toContain('Sorry, there is a problem');
  },
};

/** While the catalogue is on its way: a short polite status in the room the finder keeps. */
export const Loading: Story = {
  parameters: { mockFetch: { [storyPath('finder-never')]: [{ never: true }] } },
  render: () => html`<hc-role-finder src=${storyPath('finder-never')}></hc-role-finder>`,
  play: async ({ canvasElement }) => {
    await expectWidgetText(canvasElement, TAG, 'Loading role information');
    await expect(widgetText(canvasElement, TAG)).toBe('Loading role information');
    await expect(inWidget(canvasElement, TAG, '[part~="status"]')!.getAttribute('role')).toBe(
      'status',
    );
    await expect(inWidget(canvasElement, TAG, '[part~="count-heading"]')).toBeNull();
    // --hc-loading-min-height (6rem) is kept, so the page does not jump when the data arrives.
    await expect(finderIn(canvasElement).getBoundingClientRect().height).toBeGreaterThanOrEqual(96);
  },
};

/**
 * The server answers 503: a plain message and "Try again", which loads again (here the second
 * answer is the catalogue) and keeps focus in the finder.
 */
export const LoadError: Story = {
  name: 'Error',
  parameters: {
    mockFetch: {
      [storyPath('finder-http-error')]: [
        { status: 503, text: 'Unavailable' },
        { json: finderCatalogue },
      ],
    },
  },
  render: () => html`<hc-role-finder src=${storyPath('finder-http-error')}></hc-role-finder>`,
  play: async ({ canvasElement }) => {
    await expectWidgetText(canvasElement, TAG, 'Sorry, there is a problem');
    await expectWidgetText(
      canvasElement,
      TAG,
      'This information is not available at the moment. Try again later.',
    );
    await expect(inWidget(canvasElement, TAG, '[part~="count-heading"]')).toBeNull();
    const retry = inWidget<HTMLButtonElement>(canvasElement, TAG, '[part~="retry"]')!;
    await expect(text(retry)).toBe('Try again');
    await userEvent.click(retry);
    await expectCount(canvasElement, 'All 9 roles');
    await expect(finderIn(canvasElement).shadowRoot!.activeElement).not.toBeNull();
  },
};

/** Under `lang="cy"`: the Welsh interface, with the English content marked `lang="en"`. */
export const Welsh: Story = {
  render: (args) => html`<div lang="cy">${renderFinder(args)}</div>`,
  play: async ({ canvasElement }) => {
    await expectCount(canvasElement, "Pob un o'r 9 rôl");
    await expect(text(partsIn(canvasElement, 'legend')[0])).toBe(
      "Pa rai o'r sgiliau hyn sydd gennych chi?",
    );
    await expect(box(canvasElement, 'apprenticeship').labels![0]!.textContent.trim()).toBe(
      'Prentisiaeth',
    );
    await expect(box(canvasElement, 'driving').labels![0]!.getAttribute('lang')).toBe('en');
    await userEvent.click(box(canvasElement, 'driving'));
    await expectCount(canvasElement, '1 rôl yn cyfateb');
    await expect(text(partsIn(canvasElement, 'matched')[0])).toBe(
      "Mae gennych 1 o'i 4 sgil: Driving.",
    );
  },
};

/** At 320 px wide, as on a small phone: everything wraps, nothing scrolls sideways. */
export const Narrow320: Story = {
  args: { limit: 3 },
  render: (args) => html`<div style="width:320px">${renderFinder(args)}</div>`,
  play: async ({ canvasElement }) => {
    await expectCount(canvasElement, 'All 9 roles');
    await userEvent.click(box(canvasElement, 'observation'));
    await expectCount(canvasElement, '1 role matches');
    await expect(text(partsIn(canvasElement, 'matched')[0])).toBe(
      'You have 1 of its 4 skills: Observing patients closely.',
    );
    const finder = finderIn(canvasElement);
    await expect(finder.clientWidth).toBe(320);
    await expect(finder.scrollWidth).toBeLessThanOrEqual(finder.clientWidth);
    for (const element of finder.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
      await expect(element.getBoundingClientRect().right).toBeLessThanOrEqual(
        finder.getBoundingClientRect().right + 0.5,
      );
    }
  },
};
