// `render()` from nhs-careers-widgets/server and `hc-widgets render`: the HTML SPEC describes,
// for every widget, both languages and every heading level, and data that cannot break out.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { render } from 'nhs-careers-widgets/server';
import { catalogueFile, hcWidgets } from './cli.mjs';

/**
 * @typedef {import('nhs-careers-widgets/server').WidgetName} WidgetName
 * @typedef {import('../../src/data/schema.js').Catalogue} Catalogue
 * @typedef {import('../../src/data/schema.js').Role} Role
 */

/** @type {WidgetName[]} */
const WIDGETS = ['role-card', 'requirements-list', 'skills-checklist', 'feedback-form'];

/**
 * The text of the first `<script type="…">` in `html`; the test fails when there is none.
 * @param {string} html
 * @param {string} type
 */
function firstScript(html, type) {
  const text = new RegExp(`<script type="${type}">(.*?)</script>`, 's').exec(html)?.[1];
  assert.ok(text !== undefined, `no <script type="${type}">`);
  return text;
}

/**
 * The widget's shadow content with tags, comments and styles taken out: what people read.
 * @param {string} html
 */
const visibleText = (html) =>
  html
    .replace(/<style>.*?<\/style>/gs, '')
    .replace(/<script.*?<\/script>/gs, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ');

/** @type {Role} */
const hostileRole = {
  id: 'hostile',
  title: 'Porter </script><script>alert(1)</script>',
  family: 'Estates <!-- family',
  summary: 'Line\u2028separator and paragraph\u2029separator </SCRIPT >',
  entryRoutes: [{ type: 'other', title: '</script><img src=x onerror=alert(2)>' }],
  skills: [{ id: 'lifting', label: '<b>Lifting</b>' }],
};

describe('render()', () => {
  for (const widget of WIDGETS) {
    it(`renders the ${widget} inside <hc-careers-data> holding only that role`, async () => {
      const html = await render({ widget, roleId: 'clinical-coder' });
      assert.match(
        html,
        new RegExp(
          '^<hc-careers-data role-id="clinical-coder"><script type="application/json">.*</script>\\s*' +
            `<hc-${widget}[^>]* lang="en"[^>]*><template shadowroot="open" shadowrootmode="open"><style>`,
          's',
        ),
      );
      assert.match(html, new RegExp(`</template></hc-${widget}>\\s*</hc-careers-data>\\s*$`));
      /** @type {Catalogue} */
      const catalogue = JSON.parse(firstScript(html, 'application/json'));
      assert.deepEqual(
        catalogue.roles.map((role) => role.id),
        ['clinical-coder'],
      );
      assert.equal(catalogue.schemaVersion, 1);
      const markup = html.replace(/<style>.*?<\/style>/s, '');
      assert.ok(!/part="status|Loading/.test(markup), 'rendered ready, not loading');
    });
  }

  it('renders the role finder from every sound role, with no role id, nothing ticked', async () => {
    /** @type {Catalogue} */
    const catalogue = {
      schemaVersion: 1,
      lang: 'en',
      roles: [
        {
          id: 'porter',
          title: 'Porter',
          entryRoutes: [{ type: 'no-formal-qualifications', title: 'None' }],
          skills: [{ id: 'teamwork', label: 'Teamwork' }],
        },
        { id: 'broken', title: '', entryRoutes: [], skills: [] },
        {
          id: 'chef',
          title: 'Chef',
          url: 'https://example.nhs.uk/chef',
          entryRoutes: [],
          skills: [
            { id: 'teamwork', label: 'Teamwork' },
            { id: 'planning', label: 'Planning' },
          ],
        },
      ],
    };
    const html = await render({
      widget: 'role-finder',
      catalogue,
      roleId: 'ignored',
      headingLevel: 3,
      hrefTemplate: '/jobs/{id}?from={id}',
    });
    assert.match(html, /^<hc-careers-data><script type="application\/json">/);
    assert.match(
      html,
      /<hc-role-finder\s+lang="en" heading-level="3" href-template="\/jobs\/\{id\}\?from=\{id\}">/,
    );
    /** @type {Catalogue} */
    const listed = JSON.parse(firstScript(html, 'application/json'));
    assert.deepEqual(
      listed.roles.map((role) => role.id),
      ['porter', 'chef'],
    );
    const text = visibleText(html);
    assert.match(text, /All 2 roles/);
    assert.match(text, /Chef .*Porter/, 'title order');
    assert.match(html, /<h3 part="count-heading"/);
    assert.match(html, /<h4 part="heading"/);
    assert.match(html, /href="\/jobs\/chef\?from=chef"/);
    assert.match(html, /href="\/jobs\/porter\?from=porter"/);
    assert.ok(!/checked/.test(html.replace(/<style>.*?<\/style>/gs, '')), 'nothing ticked');
    assert.equal((html.match(/type="checkbox"[^>]*disabled/g) ?? []).length, 3);
    assert.ok(!html.includes('show-all'));
    await assert.rejects(render({ widget: 'role-finder', structuredData: true }), {
      name: 'InputError',
      message: 'Structured data describes one role; the role finder has none.',
    });
    await assert.rejects(
      // @ts-expect-error -- a role with an id alone: the point.
      render({ widget: 'role-finder', catalogue: { schemaVersion: 1, roles: [{ id: 'x' }] } }),
      { name: 'InputError', message: 'The catalogue has no sound role to list.' },
    );
    await assert.rejects(render({ widget: 'role-card' }), {
      name: 'InputError',
      message: 'The role-card widget needs a role id.',
    });
  });

  it('renders each widget in Welsh when asked, and marks the English content as English', async () => {
    const card = await render({ widget: 'role-card', roleId: 'clinical-coder', lang: 'cy' });
    assert.match(card, /<hc-role-card[^>]* lang="cy"/);
    assert.match(visibleText(card), /Ffyrdd i mewn/);
    assert.match(card, /<p part="summary" lang="en">/);
    const checklist = await render({
      widget: 'skills-checklist',
      roleId: 'clinical-coder',
      lang: 'cy',
    });
    assert.match(visibleText(checklist), /0 o 3/);
    const form = await render({ widget: 'feedback-form', roleId: 'clinical-coder', lang: 'cy' });
    assert.doesNotMatch(visibleText(form), /Help us improve/);
    const english = await render({ widget: 'feedback-form', roleId: 'clinical-coder' });
    assert.match(visibleText(english), /Help us improve/);
  });

  for (const level of [2, 3, 4, 5, 6]) {
    it(`uses <h${level}> for the headings at heading level ${level}`, async () => {
      /** @param {WidgetName} widget */
      const at = (widget) => render({ widget, roleId: 'clinical-coder', headingLevel: level });
      /** @param {string} text */
      const heading = (text) =>
        new RegExp(`<h${level} part="heading"[^>]*>.*${text}.*</h${level}>`, 's');
      assert.match(await at('role-card'), heading('Clinical coder'));
      const list = await at('requirements-list');
      assert.match(list, heading('Entry requirements'));
      assert.match(list, new RegExp(`<h${Math.min(level + 1, 6)} part="route-title"`));
      assert.match(await at('feedback-form'), heading('Help us improve'));
    });
  }

  it('renders the checklist with every box unticked and the count at nought', async () => {
    const html = await render({ widget: 'skills-checklist', roleId: 'clinical-coder' });
    assert.equal(html.match(/type="checkbox"/g)?.length, 3);
    assert.doesNotMatch(html, /\schecked/);
    assert.match(visibleText(html), /0 of 3 skills ticked/);
  });

  it('keeps hostile text as text: nothing closes the scripts, and the JSON reads back the same', async () => {
    /** @type {Catalogue} */
    const catalogue = { schemaVersion: 1, roles: [hostileRole] };
    for (const widget of WIDGETS) {
      const html = await render({ widget, roleId: 'hostile', catalogue, structuredData: true });
      assert.equal(html.match(/<script/gi)?.length, 2, widget);
      assert.equal(html.match(/<\/script/gi)?.length, 2, widget);
      assert.doesNotMatch(html, /<img|<b>|<!-- family/);
      const inline = firstScript(html, 'application/json');
      const jsonLd = firstScript(html, 'application/ld\\+json');
      assert.doesNotMatch(inline + jsonLd, /[\u2028\u2029]/);
      assert.deepEqual(JSON.parse(inline).roles[0], hostileRole);
      assert.equal(JSON.parse(jsonLd).name, hostileRole.title);
    }
    const card = await render({ widget: 'role-card', roleId: 'hostile', catalogue });
    assert.match(card, /Porter &lt;\/script&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  });

  it('puts a schema.org Occupation first with --structured-data, naming the role', async () => {
    const html = await render({
      widget: 'role-card',
      roleId: 'clinical-coder',
      structuredData: true,
    });
    assert.match(html, /^<script type="application\/ld\+json">/);
    const occupation = JSON.parse(firstScript(html, 'application/ld\\+json'));
    assert.deepEqual(occupation['@context'], 'https://schema.org');
    assert.equal(occupation['@type'], 'Occupation');
    assert.equal(occupation.name, 'Clinical coder');
    assert.equal(occupation.occupationalCategory, 'Health informatics');
    assert.match(occupation.description, /\S/);
    assert.deepEqual(occupation.skills, [
      'Analysing information',
      'Attention to detail',
      'Teamwork',
    ]);
    assert.ok(occupation.qualifications.includes('Trainee clinical coder post'));
    const plain = await render({ widget: 'role-card', roleId: 'clinical-coder' });
    assert.doesNotMatch(plain, /ld\+json/);
  });

  it('rejects an unknown role, an invalid catalogue and bad options with a clear message', async () => {
    await assert.rejects(render({ widget: 'role-card', roleId: 'astronaut' }), {
      name: 'InputError',
      message: 'The catalogue has no role with the id "astronaut".',
    });
    await assert.rejects(
      // @ts-expect-error -- another schema version: the point.
      render({ widget: 'role-card', roleId: 'porter', catalogue: { schemaVersion: 2, roles: [] } }),
      { message: 'The catalogue is not valid: schemaVersion must be 1.' },
    );
    await assert.rejects(
      render({
        widget: 'role-card',
        roleId: 'hostile',
        catalogue: { schemaVersion: 1, roles: [{ ...hostileRole, title: ' ' }] },
      }),
      { message: 'roles[0].title must not be empty.' },
    );
    // @ts-expect-error -- an unknown widget: the point.
    await assert.rejects(render({ widget: 'role-cards', roleId: 'clinical-coder' }), {
      message: /^Unknown widget "role-cards": use one of role-card, requirements-list/,
    });
    // @ts-expect-error -- an unknown language: the point.
    await assert.rejects(render({ widget: 'role-card', roleId: 'clinical-coder', lang: 'fr' }), {
      message: 'Unknown language "fr": use en or cy.',
    });
    await assert.rejects(
      render({ widget: 'role-card', roleId: 'clinical-coder', headingLevel: 7 }),
      { message: 'The heading level must be a whole number from 2 to 6, not 7.' },
    );
    await assert.rejects(
      render({ widget: 'role-card', roleId: 'clinical-coder', headingLevel: 'three' }),
      { message: 'The heading level must be a whole number from 2 to 6, not "three".' },
    );
    // @ts-expect-error -- no options at all: the point.
    await assert.rejects(render(), { name: 'InputError', message: /needs options/ });
  });

  it('reads a heading level given as digits, and a null catalogue as the default one', async () => {
    const asText = await render({
      widget: 'role-card',
      roleId: 'clinical-coder',
      headingLevel: '3',
    });
    assert.equal(
      asText,
      await render({ widget: 'role-card', roleId: 'clinical-coder', headingLevel: 3 }),
    );
    assert.equal(
      await render({ widget: 'role-card', roleId: 'clinical-coder', catalogue: null }),
      await render({ widget: 'role-card', roleId: 'clinical-coder' }),
    );
  });
});

describe('hc-widgets render', () => {
  it('prints what render() returns, from a catalogue file', async () => {
    const file = await catalogueFile({ schemaVersion: 1, lang: 'en', roles: [hostileRole] });
    const { code, stdout, stderr } = await hcWidgets(
      'render',
      '--widget',
      'skills-checklist',
      '--role',
      'hostile',
      '--catalogue',
      file,
      '--lang',
      'cy',
      '--structured-data',
    );
    assert.equal(stderr, '');
    assert.equal(code, 0);
    assert.equal(
      stdout,
      await render({
        widget: 'skills-checklist',
        roleId: 'hostile',
        catalogue: file,
        lang: 'cy',
        structuredData: true,
      }),
    );
  });

  /** `hc-widgets` with the words of `line` as its arguments. */
  /** @param {string} line */
  const run = (line) => hcWidgets(...line.split(' '));

  it('says an unknown role on stderr, prints nothing and exits 1', async () => {
    const { code, stdout, stderr } = await run('render --widget role-card --role astronaut');
    assert.equal(stdout, '');
    assert.equal(stderr, 'hc-widgets: The catalogue has no role with the id "astronaut".\n');
    assert.equal(code, 1);
  });

  it('says what is missing or wrong on the command line, with the usage', async () => {
    const missing = await run('render --widget role-card');
    assert.match(missing.stderr, /^hc-widgets: render needs --role for this widget\.\n\nUsage:/);
    assert.equal(missing.code, 1);
    const noWidget = await run('render --role clinical-coder');
    assert.match(noWidget.stderr, /^hc-widgets: render needs --widget\.\n\nUsage:/);
    assert.equal(noWidget.code, 1);
    const finderData = await run('render --widget role-finder --structured-data');
    assert.match(
      finderData.stderr,
      /^hc-widgets: --structured-data describes one role; role-finder has none\.\n\nUsage:/,
    );
    assert.equal(finderData.stdout, '');
    assert.equal(finderData.code, 1);
    const unknown = await run('render --widget role-card --role x --colour red');
    assert.match(unknown.stderr, /^hc-widgets: .*--colour.*\n\nUsage:/);
    assert.equal(unknown.code, 1);
    const level = await run('render --widget role-card --role clinical-coder --heading-level two');
    assert.match(
      level.stderr,
      /^hc-widgets: --heading-level takes a number from 2 to 6, not "two"\.\n\nUsage:/,
    );
    assert.equal(level.code, 1);
    const high = await run('render --widget role-card --role clinical-coder --heading-level 9');
    assert.equal(
      high.stderr,
      'hc-widgets: The heading level must be a whole number from 2 to 6, not 9.\n',
    );
    assert.equal(high.code, 1);
  });
});
