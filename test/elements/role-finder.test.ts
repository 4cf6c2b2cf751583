import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/role-finder.js';
import type {
  FinderChangeDetail,
  HcRoleFinder,
} from '../../src/elements/role-finder/role-finder.js';
import type { Catalogue } from '../../src/data/schema.js';
import { finderCatalogue, finderRoles, finderTitleOrder } from '../fixtures/finder-catalogue.js';
import { jsonUrl, mockUrl, nextEvent } from '../fixtures/requests.js';
import { headingsOf, part, parts, settled, textOf, widgetFixture } from '../fixtures/widgets.js';

const finder = (template: ReturnType<typeof html>) => widgetFixture('hc-role-finder', template);

/** A finder over the fixture catalogue, fetched from the test server. */
const finderOf = (catalogue: unknown = finderCatalogue, limit = 50) =>
  finder(html`<hc-role-finder src=${jsonUrl(catalogue)} limit=${limit}></hc-role-finder>`);

/** The checkboxes of one fieldset (`skills` or `ways-in`). */
const boxesIn = (element: HcRoleFinder, fieldset: string) => [
  ...(part(element, fieldset)?.querySelectorAll<HTMLInputElement>('[part~="checkbox"]') ?? []),
];
const skillBoxes = (element: HcRoleFinder) => boxesIn(element, 'skills');
const routeBoxes = (element: HcRoleFinder) => boxesIn(element, 'ways-in');
const legendOf = (element: HcRoleFinder, fieldset: string) =>
  textOf(part(element, fieldset)?.querySelector('legend'));
const labelOf = (box: HTMLInputElement) => box.labels?.[0]?.textContent?.trim();
const shownIds = (element: HcRoleFinder) =>
  parts(element, 'result').map((result) => {
    const title = textOf(result.querySelector('[part~="heading"]'));
    return finderRoles.find((role) => role.title === title)?.id ?? title;
  });
const countText = (element: HcRoleFinder) => textOf(part(element, 'count-heading'));

async function tick(element: HcRoleFinder, ...values: string[]): Promise<void> {
  for (const box of [...skillBoxes(element), ...routeBoxes(element)]) {
    if (values.includes(box.value)) box.click();
  }
  await element.updateComplete;
}

function changes(element: HTMLElement): FinderChangeDetail[] {
  const seen: FinderChangeDetail[] = [];
  element.addEventListener('hc-finder-change', (event) => seen.push(event.detail));
  return seen;
}

describe('<hc-role-finder>', () => {
  it('lists every skill once, most-listed first then by label, and every way in by name', async () => {
    const element = await finderOf();
    expect(legendOf(element, 'skills')).to.equal('Which of these skills do you have?');
    expect(skillBoxes(element).map(labelOf)).to.deep.equal([
      'Communication',
      'Teamwork',
      // The first role's label, not the later "Serving customers".
      'Customer service',
      'Analysing information',
      'Attention to detail',
      'Decision making',
      'Driving',
      'Empathy',
      'Observing patients closely',
      'Physical fitness',
    ]);
    expect(
      skillBoxes(element)
        .map((box) => box.value)
        .slice(0, 3),
    ).to.deep.equal(['communication', 'teamwork', 'customer-service']);
    expect(routeBoxes(element).map((box) => [box.value, labelOf(box)])).to.deep.equal([
      ['no-formal-qualifications', 'No formal qualifications'],
      ['gcse', 'GCSEs'],
      ['apprenticeship', 'Apprenticeship'],
      ['degree', 'Degree'],
      ['experience', 'Experience'],
    ]);
    for (const box of [...skillBoxes(element), ...routeBoxes(element)]) {
      expect(box.type).to.equal('checkbox');
      expect(box.checked).to.equal(false);
    }
    await expect(element).to.be.accessible();
  });

  it('with nothing ticked lists every role in title order, with a hint and the skills each asks for', async () => {
    const element = await finderOf();
    expect(countText(element)).to.equal('All 9 roles');
    expect(part(element, 'count')!.getAttribute('aria-live')).to.equal('polite');
    expect(textOf(element)).to.include('Tick the skills you have to see which roles use them.');
    // Case and numbers: "Band 9" before "Band 10"; the two receptionists keep catalogue order.
    expect(shownIds(element)).to.deep.equal(finderTitleOrder);
    const nurse = parts(element, 'result')[0]!;
    expect(textOf(nurse)).to.equal(
      'Adult nurse Nursing Skills it asks for: Communication, Teamwork, Empathy, Observing patients closely. Ways in: a degree or an apprenticeship.',
    );
    expect(part(element, 'matched')).to.equal(null);
    expect(element.results.map((result) => result.roleId)).to.deep.equal(finderTitleOrder);
    expect(element.results[0]).to.deep.equal({
      roleId: 'adult-nurse',
      matched: [],
      missing: ['communication', 'teamwork', 'empathy', 'observation'],
    });
    await expect(element).to.be.accessible();
  });

  it('ranks by ticked skills, then by the share of the role’s skills, then by title', async () => {
    const element = await finderOf();
    await tick(element, 'communication', 'teamwork');
    expect(countText(element)).to.equal('8 roles match');
    expect(element.results.map((result) => result.roleId)).to.deep.equal([
      'adult-nurse',
      'paramedic',
      'band-9-adviser',
      'band-10-adviser',
      'porter',
      'receptionist-days',
      'receptionist-nights',
      'clinical-coder',
    ]);
    expect(shownIds(element)).to.deep.equal(element.results.map((result) => result.roleId));
    expect(element.results[1]).to.deep.equal({
      roleId: 'paramedic',
      matched: ['communication', 'teamwork'],
      missing: ['driving', 'decision-making'],
    });
    const paramedic = parts(element, 'result')[1]!;
    expect(textOf(paramedic.querySelector('[part~="matched"]'))).to.equal(
      'You have 2 of its 4 skills: Communication, Teamwork.',
    );
    expect(textOf(paramedic.querySelector('[part~="missing"]'))).to.equal(
      'It also asks for: Driving, Decision making.',
    );
    const adviser = parts(element, 'result')[2]!;
    expect(textOf(adviser.querySelector('[part~="matched"]'))).to.equal(
      'You have 1 of its 1 skill: Communication.',
    );
    expect(adviser.querySelector('[part~="missing"]')).to.equal(null);
    // The role's own label for a shared id.
    await tick(element, 'teamwork', 'customer-service');
    const nights = parts(element, 'result').find((result) =>
      textOf(result).startsWith('Receptionist'),
    )!;
    expect(textOf(nights.querySelector('[part~="matched"]'))).to.equal(
      'You have 2 of its 2 skills: Communication, Serving customers.',
    );
    expect(part(element, 'hint')).to.not.equal(null);
    expect(textOf(element)).not.to.include('Tick the skills you have to see');
    await expect(element).to.be.accessible();
  });

  it('counts one match, and none, in words', async () => {
    const element = await finderOf();
    await tick(element, 'driving');
    expect(countText(element)).to.equal('1 role matches');
    expect(shownIds(element)).to.deep.equal(['paramedic']);
    await tick(element, 'driving', 'analysis', 'no-formal-qualifications');
    expect(countText(element)).to.equal('No roles match');
    expect(part(element, 'results')).to.equal(null);
    expect(element.results).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });

  it('shows a role with no skills only while no skill is ticked', async () => {
    const element = await finderOf();
    expect(shownIds(element)).to.include('volunteer');
    const volunteer = parts(element, 'result').at(-1)!;
    expect(textOf(volunteer)).to.equal('Volunteer Ways in: experience.');
    await tick(element, 'communication');
    expect(shownIds(element)).not.to.include('volunteer');
  });

  it('keeps only roles with a route of a ticked type (any of them)', async () => {
    const element = await finderOf();
    await tick(element, 'experience');
    expect(countText(element)).to.equal('3 roles match');
    expect(shownIds(element)).to.deep.equal(['band-9-adviser', 'band-10-adviser', 'volunteer']);
    await tick(element, 'communication');
    expect(countText(element)).to.equal('2 roles match');
    await tick(element, 'gcse');
    expect(element.routeTypes).to.deep.equal(['gcse', 'experience']);
    expect(element.results.map((result) => result.roleId)).to.deep.equal([
      'band-9-adviser',
      'band-10-adviser',
      'receptionist-days',
      'receptionist-nights',
    ]);
    await expect(element).to.be.accessible();
  });

  it('tells the page of each tick or untick in either fieldset, with the results', async () => {
    const element = await finderOf();
    const seen = changes(element);
    await tick(element, 'driving');
    await tick(element, 'degree');
    await tick(element, 'driving');
    expect(seen).to.have.length(3);
    expect(seen[0]).to.deep.equal({
      selected: ['driving'],
      routeTypes: [],
      results: [
        {
          roleId: 'paramedic',
          matched: ['driving'],
          missing: ['communication', 'teamwork', 'decision-making'],
        },
      ],
    });
    expect(seen[1]!.routeTypes).to.deep.equal(['degree']);
    expect(seen[2]).to.deep.equal({
      selected: [],
      routeTypes: ['degree'],
      results: element.results,
    });
    expect(seen[2]!.results.map((result) => result.roleId)).to.deep.equal([
      'adult-nurse',
      'paramedic',
    ]);
    // Setting the properties is the page's own doing: no event.
    element.selected = ['teamwork'];
    element.routeTypes = [];
    await element.updateComplete;
    expect(seen).to.have.length(3);
    expect(skillBoxes(element)[1]!.checked).to.equal(true);
  });

  it('ignores unknown ids in .selected and .routeTypes and returns known ones in fieldset order', async () => {
    const element = await finderOf();
    element.selected = ['driving', 'no-such-skill', 'communication', 'driving'];
    element.routeTypes = ['degree', 'flying', 'gcse'];
    await element.updateComplete;
    expect(element.selected).to.deep.equal(['communication', 'driving']);
    expect(element.routeTypes).to.deep.equal(['gcse', 'degree']);
    expect(
      skillBoxes(element)
        .filter((box) => box.checked)
        .map((box) => box.value),
    ).to.deep.equal(['communication', 'driving']);
  });

  it('takes .selected and .routeTypes set before the data arrives', async () => {
    const element = document.createElement('hc-role-finder');
    element.selected = ['driving', 'teamwork'];
    element.routeTypes = ['apprenticeship'];
    element.src = jsonUrl(finderCatalogue);
    await fixture(html`<div></div>`).then((host) => host.append(element));
    await settled(element);
    expect(element.selected).to.deep.equal(['teamwork', 'driving']);
    // One skill each: the coder's 1 of 3 is a larger share than the nurse's 1 of 4.
    expect(element.results.map((result) => result.roleId)).to.deep.equal([
      'paramedic',
      'clinical-coder',
      'adult-nurse',
    ]);
    expect(countText(element)).to.equal('3 roles match');
  });

  it('shows at most `limit` results, then "Show all", which moves focus to the first one revealed', async () => {
    const element = await finder(
      html`<hc-role-finder
        src=${jsonUrl(finderCatalogue)}
        limit="3"
        href-template="/careers/{id}"
      ></hc-role-finder>`,
    );
    expect(shownIds(element)).to.deep.equal(finderTitleOrder.slice(0, 3));
    expect(countText(element)).to.equal('All 9 roles');
    const seen = changes(element);
    const button = part<HTMLButtonElement>(element, 'show-all')!;
    expect(textOf(button)).to.equal('Show all 9 roles');
    await expect(element).to.be.accessible();
    button.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(shownIds(element)).to.deep.equal(finderTitleOrder);
    expect(part(element, 'show-all')).to.equal(null);
    const fourth = parts(element, 'result')[3]!.querySelector('a')!;
    expect(element.shadowRoot!.activeElement).to.equal(fourth);
    expect(fourth.getAttribute('href')).to.equal('/careers/clinical-coder');
    expect(seen).to.deep.equal([]);
    // Still in effect after a later tick.
    await tick(element, 'communication');
    expect(parts(element, 'result')).to.have.length(6);
    await expect(element).to.be.accessible();
  });

  it('focuses the revealed result’s heading when it has no link', async () => {
    const element = await finder(
      html`<hc-role-finder src=${jsonUrl(finderCatalogue)} limit="2"></hc-role-finder>`,
    );
    part<HTMLButtonElement>(element, 'show-all')!.click();
    await element.updateComplete;
    const heading = parts(element, 'result')[2]!.querySelector('[part~="heading"]')!;
    expect(element.shadowRoot!.activeElement).to.equal(heading);
    expect(heading.getAttribute('tabindex')).to.equal('-1');
  });

  it('treats a limit that is not a whole number of at least 1 as 10, and hides "Show all" when all fit', async () => {
    const many: Catalogue = {
      schemaVersion: 1,
      roles: Array.from({ length: 12 }, (_, index) => ({
        id: `role-${index}`,
        title: `Role ${index}`,
        entryRoutes: [],
        skills: [],
      })),
    };
    for (const limit of ['0', '-2', '2.5', 'ten', '']) {
      const element = await finder(
        html`<hc-role-finder src=${jsonUrl(many)} limit=${limit}></hc-role-finder>`,
      );
      expect(parts(element, 'result'), `limit="${limit}"`).to.have.length(10);
      expect(textOf(part(element, 'show-all'))).to.equal('Show all 12 roles');
    }
    const all = await finder(
      html`<hc-role-finder src=${jsonUrl(many)} limit="12"></hc-role-finder>`,
    );
    expect(parts(all, 'result')).to.have.length(12);
    expect(part(all, 'show-all')).to.equal(null);
    // No entry routes anywhere: no ways-in fieldset.
    expect(part(all, 'ways-in')).to.equal(null);
  });

  describe('href-template', () => {
    /** Each shown role's link, by role id (`null` for none). */
    const hrefs = async (template: string | null): Promise<Record<string, string | null>> => {
      const element = await finder(
        html`<hc-role-finder
          src=${jsonUrl(finderCatalogue)}
          limit="20"
          href-template=${template ?? ''}
        ></hc-role-finder>`,
      );
      if (template === null) element.removeAttribute('href-template');
      await element.updateComplete;
      const ids = shownIds(element);
      return Object.fromEntries(
        parts(element, 'result').map((result, index) => [
          ids[index]!,
          result.querySelector('a')?.getAttribute('href') ?? null,
        ]),
      );
    };

    it('replaces every {id}, in the path, query and fragment', async () => {
      const links = await hrefs('/jobs/{id}?role={id}#{id}');
      expect(links['adult-nurse']).to.equal('/jobs/adult-nurse?role=adult-nurse#adult-nurse');
      expect(links['porter']).to.equal('/jobs/porter?role=porter#porter');
      const absolute = await hrefs('https://jobs.example.nhs.uk/{id}');
      expect(absolute['paramedic']).to.equal('https://jobs.example.nhs.uk/paramedic');
    });

    it('falls back to role.url, or no link, when the result is not a safe URL', async () => {
      for (const template of ['javascript:alert("{id}")', 'JaVaScRiPt:{id}', 'http://x/{id}']) {
        const links = await hrefs(template);
        expect(links['porter'], template).to.equal('/careers/porter');
        expect(links['paramedic'], template).to.equal(null);
      }
      const none = await hrefs(null);
      expect(none['porter']).to.equal('/careers/porter');
      expect(none['adult-nurse']).to.equal(null);
    });

    it('makes a linked result an NHS.UK clickable card', async () => {
      const element = await finder(
        html`<hc-role-finder
          src=${jsonUrl(finderCatalogue)}
          href-template="/c/{id}"
        ></hc-role-finder>`,
      );
      const result = parts(element, 'result')[0]!;
      expect(result.classList.contains('hc-card--clickable')).to.equal(true);
      expect(getComputedStyle(result).borderTopWidth).to.equal('1px');
      await expect(element).to.be.accessible();
    });
  });

  describe('persist', () => {
    const storedKey = (src: string) => `hc:finder:${new URL(src, location.href).href}`;

    it('keeps the ticks under hc:finder:<catalogue URL> and brings them back', async () => {
      const src = jsonUrl(finderCatalogue);
      localStorage.removeItem(storedKey(src));
      const first = await finder(html`<hc-role-finder src=${src} persist></hc-role-finder>`);
      await tick(first, 'driving', 'degree');
      expect(JSON.parse(localStorage.getItem(storedKey(src))!)).to.deep.equal({
        selected: ['driving'],
        routeTypes: ['degree'],
      });
      const second = await finder(html`<hc-role-finder src=${src} persist></hc-role-finder>`);
      expect(second.selected).to.deep.equal(['driving']);
      expect(second.routeTypes).to.deep.equal(['degree']);
      expect(countText(second)).to.equal('1 role matches');
      // Without persist nothing is read.
      const third = await finder(html`<hc-role-finder src=${src}></hc-role-finder>`);
      expect(third.selected).to.deep.equal([]);
      localStorage.removeItem(storedKey(src));
    });

    it('stores under "inline" for inline JSON, and lets .selected set early win', async () => {
      localStorage.setItem(
        'hc:finder:inline',
        JSON.stringify({ selected: ['driving'], routeTypes: [] }),
      );
      const element = document.createElement('hc-role-finder');
      element.persist = true;
      element.selected = ['empathy'];
      const provider = await fixture(
        html`<hc-careers-data
          ><script type="application/json">
            ${JSON.stringify(finderCatalogue)}
          </script></hc-careers-data
        >`,
      );
      provider.append(element);
      await settled(element);
      expect(element.selected).to.deep.equal(['empathy']);
      expect(JSON.parse(localStorage.getItem('hc:finder:inline')!)).to.deep.equal({
        selected: ['empathy'],
        routeTypes: [],
      });
      localStorage.removeItem('hc:finder:inline');
    });

    it('works on in memory when storage is blocked or holds rubbish', async () => {
      const src = jsonUrl(finderCatalogue);
      localStorage.setItem(storedKey(src), '{not json');
      const getItem = Storage.prototype.getItem;
      const element = await finder(html`<hc-role-finder src=${src} persist></hc-role-finder>`);
      expect(element.selected).to.deep.equal([]);
      Storage.prototype.getItem = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      try {
        const blocked = await finder(
          html`<hc-role-finder src=${jsonUrl(finderCatalogue)} persist></hc-role-finder>`,
        );
        await tick(blocked, 'driving');
        expect(countText(blocked)).to.equal('1 role matches');
      } finally {
        Storage.prototype.getItem = getItem;
        Storage.prototype.setItem = setItem;
        localStorage.removeItem(storedKey(src));
      }
    });
  });

  it('leaves a bad role out, reports it once, and still helps', async () => {
    const broken: Catalogue = {
      schemaVersion: 1,
      roles: [
        finderRoles[0]!,
        { ...finderRoles[1]!, title: ' ' },
        { ...finderRoles[2]!, skills: [{ id: 'x', label: '' }] },
      ],
    };
    const src = jsonUrl(broken);
    const errors: unknown[] = [];
    const container = await fixture(
      html`<div @hc-data-error=${(event: CustomEvent) => errors.push(event.detail)}>
        <hc-role-finder src=${src}></hc-role-finder>
      </div>`,
    );
    const element = container.querySelector('hc-role-finder')!;
    await settled(element);
    await tick(element, 'teamwork');
    await tick(element, 'teamwork');
    expect(errors).to.deep.equal([
      {
        src: new URL(src, location.href).href,
        roleId: null,
        reason: 'invalid',
        path: 'roles[1].title',
        message: 'roles[1].title must not be empty.',
      },
    ]);
    expect(countText(element)).to.equal('All 1 role');
    expect(shownIds(element)).to.deep.equal(['paramedic']);
    await expect(element).to.be.accessible();
  });

  it('shows the error state when no role is sound, or the top level is wrong', async () => {
    for (const [catalogue, path] of [
      [{ schemaVersion: 1, roles: [{ id: 'x' }] }, 'roles[0].title'],
      [{ schemaVersion: 2, roles: [] }, 'schemaVersion'],
    ] as const) {
      const element = document.createElement('hc-role-finder');
      element.src = jsonUrl(catalogue);
      const error = nextEvent(element, 'hc-data-error');
      await fixture(html`<div></div>`).then((host) => host.append(element));
      expect((await error).detail).to.include({ reason: 'invalid', path, roleId: null });
      await element.updateComplete;
      expect(textOf(part(element, 'status'))).to.equal(
        'Sorry, there is a problem There is a problem with this information, so we cannot show it.',
      );
      expect(part(element, 'count-heading')).to.equal(null);
      await expect(element).to.be.accessible();
    }
  });

  it('says so when the catalogue lists no roles', async () => {
    const element = await finderOf({ schemaVersion: 1, roles: [] });
    expect(textOf(part(element, 'empty'))).to.equal('No roles are listed in this catalogue yet.');
    await expect(element).to.be.accessible();
  });

  it('shows a polite loading status, then a retryable error for a network failure', async () => {
    const element = document.createElement('hc-role-finder');
    element.src = mockUrl('/mock/status/503');
    element.timeoutMs = 5000;
    await fixture(html`<div></div>`).then((host) => host.append(element));
    await element.updateComplete;
    const loading = part(element, 'status');
    if (loading?.classList.contains('hc-status--loading')) {
      expect(loading.getAttribute('role')).to.equal('status');
      await expect(element).to.be.accessible();
    }
    await waitUntil(() => part(element, 'retry'), 'no retry button');
    expect(textOf(part(element, 'status'))).to.include('This information is not available');
    await expect(element).to.be.accessible();
  });

  it('puts the count heading at heading-level and result titles one below', async () => {
    const element = await finder(
      html`<hc-role-finder
        src=${jsonUrl(finderCatalogue)}
        heading-level="4"
        limit="1"
      ></hc-role-finder>`,
    );
    expect(headingsOf(element)).to.deep.equal(['h4: All 9 roles', 'h5: Adult nurse']);
    element.headingLevel = 6;
    await element.updateComplete;
    expect(headingsOf(element)).to.deep.equal(['h6: All 9 roles', 'h6: Adult nurse']);
  });

  it('speaks Welsh under lang="cy", and marks English content', async () => {
    const container = await fixture(
      html`<div lang="cy">
        <hc-role-finder src=${jsonUrl(finderCatalogue)} limit="2"></hc-role-finder>
      </div>`,
    );
    const element = container.querySelector('hc-role-finder')!;
    await settled(element);
    expect(legendOf(element, 'skills')).to.equal("Pa rai o'r sgiliau hyn sydd gennych chi?");
    expect(countText(element)).to.equal("Pob un o'r 9 rôl");
    expect(routeBoxes(element).map(labelOf)[2]).to.equal('Prentisiaeth');
    expect(textOf(part(element, 'show-all'))).to.equal("Dangos pob un o'r 9 rôl");
    expect(skillBoxes(element)[0]!.labels![0]!.getAttribute('lang')).to.equal('en');
    await tick(element, 'driving');
    expect(countText(element)).to.equal('1 rôl yn cyfateb');
    expect(textOf(part(element, 'matched'))).to.equal("Mae gennych 1 o'i 4 sgil: Driving.");
    await tick(element, 'driving', 'analysis', 'no-formal-qualifications');
    expect(countText(element)).to.equal("Does dim rolau'n cyfateb");
    await expect(element).to.be.accessible();
  });

  it('works with the keyboard alone, and ticking never moves focus', async () => {
    const element = await finderOf();
    skillBoxes(element)[0]!.focus();
    // The space bar as ' ': puppeteer's Firefox (BiDi) keyboard has no key named 'Space'.
    await sendKeys({ press: ' ' });
    await element.updateComplete;
    expect(element.selected).to.deep.equal(['communication']);
    expect(element.shadowRoot!.activeElement).to.equal(skillBoxes(element)[0]);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' });
    await element.updateComplete;
    expect(element.selected).to.deep.equal(['communication', 'teamwork']);
    expect(element.shadowRoot!.activeElement).to.equal(skillBoxes(element)[1]);
    expect(countText(element)).to.equal('8 roles match');
  });

  it('gives every checkbox and the button a target of at least 24 by 24 pixels', async () => {
    const element = await finderOf(finderCatalogue, 3);
    for (const target of [
      ...skillBoxes(element),
      ...routeBoxes(element),
      part(element, 'show-all')!,
    ]) {
      const { width, height } = target.getBoundingClientRect();
      expect(width).to.be.at.least(24);
      expect(height).to.be.at.least(24);
    }
  });

  it('ignores role-id: it needs no role', async () => {
    const element = await finder(
      html`<hc-role-finder role-id="nope" src=${jsonUrl(finderCatalogue)}></hc-role-finder>`,
    );
    expect(countText(element)).to.equal('All 9 roles');
  });
});
