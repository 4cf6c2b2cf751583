// The example pages and hostile host pages, each in an iframe of its own, loading the built CDN
// bundle (dist/cdn/hc-widgets.js) as a real page would.
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { openFrame } from '../fixtures/frames.js';

interface Frame {
  window: Window & { __events?: string[] };
  document: Document;
}

/** Loads `path` in an iframe and waits until its widgets have rendered. */
async function load(path: string, width = 1024): Promise<Frame> {
  const iframe = await openFrame(path, width);
  const frame = { window: iframe.contentWindow!, document: iframe.contentDocument! };
  await waitUntil(
    () =>
      [...frame.document.querySelectorAll('hc-role-card')].every((card) =>
        card.shadowRoot?.querySelector('[part~="heading"]'),
      ),
    `${path}: widgets did not render`,
    { timeout: 10000 },
  );
  return frame;
}

const shadowText = (element: Element | null) =>
  element?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

afterEach(() => document.querySelectorAll('iframe').forEach((iframe) => iframe.remove()));

describe('examples/nhs-trust-vacancy.html', () => {
  it('renders the card, the requirements and a form that posts to the local endpoint', async () => {
    const { document: page, window } = await load('/examples/nhs-trust-vacancy.html');
    expect(shadowText(page.querySelector('hc-role-card'))).to.include('Paramedic');
    expect(shadowText(page.querySelector('hc-role-card'))).to.include('Bands 5 to 6');
    expect(shadowText(page.querySelector('hc-requirements-list'))).to.include(
      'Paramedic science degree',
    );
    const form = page.querySelector('hc-feedback-form')!;
    const textarea = form.shadowRoot!.querySelector('textarea')!;
    textarea.value = 'The salary is missing from this page.';
    textarea.dispatchEvent(new Event('input'));
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!.click();
    await waitUntil(() => form.shadowRoot!.querySelector('[part~="success"]'), 'feedback sent');
    const log = (await (await fetch('/mock/feedback-log?key=api')).json()) as { body: string }[];
    const sent = log.map((entry) => JSON.parse(entry.body) as { message: string; page: string });
    expect(sent.at(-1)).to.include({
      message: 'The salary is missing from this page.',
      page: '/vacancies/paramedic',
    });
    expect(window.__events ?? []).to.deep.equal([]);
  });
});

describe('examples/university-careers.html', () => {
  it('renders three cards, submits the ticked skills in the portal form, and switches to Welsh', async () => {
    const { document: page } = await load('/examples/university-careers.html');
    const cards = [...page.querySelectorAll('hc-role-card')];
    expect(
      cards.map((card) => card.shadowRoot!.querySelector('h2')!.textContent.trim()),
    ).to.deep.equal(['Clinical informatics', 'Clinical coder', 'Health records clerk']);
    const checklist = page.querySelector('hc-skills-checklist')!;
    await waitUntil(() => checklist.shadowRoot!.querySelector('input'), 'checklist rendered');
    for (const value of ['it', 'numeracy']) {
      checklist.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${value}"]`)!.click();
    }
    page.querySelector<HTMLInputElement>('#student-email')!.value = 'sam@example.ac.uk';
    page.querySelector<HTMLButtonElement>('#interest button[type="submit"]')!.click();
    await waitUntil(() => page.getElementById('submitted')!.textContent, 'form submitted');
    expect(JSON.parse(page.getElementById('submitted')!.textContent)).to.deep.equal({
      email: 'sam@example.ac.uk',
      skills: ['it', 'numeracy'],
    });

    page.querySelector<HTMLButtonElement>('[data-lang="cy"]')!.click();
    await waitUntil(() => shadowText(checklist).includes('Wedi ticio 2 o 5 sgil'), 'Welsh');
    expect(shadowText(cards[0]!)).to.include('Ffyrdd i mewn');
  });

  // The finder reads the default catalogue, whose roles change as it grows: only what holds
  // for any catalogue is checked here (the stories check exact text on a fixture catalogue).
  it('has a role finder under its own section heading, whose count follows a tick', async () => {
    const { document: page } = await load('/examples/university-careers.html');
    const finder = page.querySelector('hc-role-finder')!;
    const root = () => finder.shadowRoot!;
    const count = () => root().querySelector('[part~="count-heading"]');
    await waitUntil(count, 'finder rendered', { timeout: 10000 });
    expect(finder.closest('section')!.querySelector('h2')!.textContent).to.equal(
      'Find a role that fits your skills',
    );
    expect(count()!.localName).to.equal('h3');
    expect(count()!.textContent.trim()).to.match(/^All \d+ roles?$/);
    const results = [...root().querySelectorAll('[part~="result"]')];
    expect(results.length).to.be.within(1, 5);
    expect(results[0]!.querySelector('h4 a')!.getAttribute('href')).to.match(
      /^\/careers\/nhs-roles\/[a-z0-9-]+$/,
    );

    const box = root().querySelector<HTMLInputElement>('[part~="skills"] input')!;
    box.click();
    await finder.updateComplete;
    expect(box.checked).to.equal(true);
    expect(count()!.textContent.trim()).to.match(/^(\d+ roles match|1 role matches)$/);

    page.querySelector<HTMLButtonElement>('[data-lang="cy"]')!.click();
    await waitUntil(
      () =>
        root().querySelector('legend')?.textContent === "Pa rai o'r sgiliau hyn sydd gennych chi?",
      'Welsh legend',
    );
    expect(count()!.textContent.trim()).to.match(/rôl yn cyfateb$/);
  });
});

describe('two copies of the bundle on one page', () => {
  it('of the same version: everything works, nothing is printed', async () => {
    const { window } = await load('/test/e2e/pages/two-copies-same.html');
    await aTimeout(100);
    expect(window.__events).to.deep.equal([]);
  });

  it('of two versions: one warning naming both, and everything works', async () => {
    const { window, document: page } = await load('/test/e2e/pages/two-copies-different.html');
    await aTimeout(100);
    expect(window.__events).to.have.length(1);
    expect(window.__events![0]).to.include('0.0.9').and.include('0.1.0');
    expect(shadowText(page.querySelector('hc-skills-checklist'))).to.include(
      '0 of 5 skills ticked',
    );
  });
});

describe('a page with a strict Content-Security-Policy and Trusted Types', () => {
  it('renders every widget from an inline catalogue with no violation', async () => {
    const response = await fetch('/test/e2e/pages/csp.html');
    expect(response.headers.get('Content-Security-Policy')).to.include(
      "require-trusted-types-for 'script'",
    );
    const { window, document: page } = await load('/test/e2e/pages/csp.html');
    expect(shadowText(page.querySelector('hc-role-card'))).to.include('Porter');
    expect(shadowText(page.querySelector('hc-skills-checklist'))).to.include(
      '0 of 2 skills ticked',
    );
    expect(shadowText(page.querySelector('hc-feedback-form'))).to.include('Help us improve');
    await aTimeout(100);
    expect(window.__events).to.deep.equal([]);
  });
});

describe('host CSS with !important rules on every element', () => {
  /** Computed styles a person would notice, for every element inside every widget. */
  const looks = (page: Document) =>
    [
      ...page.querySelectorAll(
        'hc-role-card, hc-requirements-list, hc-skills-checklist, hc-feedback-form',
      ),
    ].map((widget) =>
      [...widget.shadowRoot!.querySelectorAll('*')].map((element) => {
        const style = page.defaultView!.getComputedStyle(element);
        return [
          element.localName,
          style.color,
          style.backgroundColor,
          style.fontSize,
          style.margin,
          style.padding,
          style.display,
          style.borderTopStyle,
          style.textTransform,
        ].join(' ');
      }),
    );

  it('changes nothing inside the widgets', async () => {
    const clean = await load('/test/e2e/pages/clean.html');
    const hostile = await load('/test/e2e/pages/hostile-css.html');
    const hostilePageH2 = hostile.document.createElement('h2');
    hostile.document.body.append(hostilePageH2);
    expect(
      hostile.window.getComputedStyle(hostilePageH2).color,
      'the hostile CSS applies',
    ).to.equal('rgb(255, 0, 0)');
    const expected = looks(clean.document);
    expect(expected.flat().length).to.be.greaterThan(50);
    expect(looks(hostile.document)).to.deep.equal(expected);
  });
});
