import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/skills-checklist.js';
import type {
  HcSkillsChecklist,
  SkillsChangeDetail,
} from '../../src/elements/skills-checklist/skills-checklist.js';
import { analystRole, porterRole, validCatalogue } from '../fixtures/catalogues.js';
import { jsonUrl, mockUrl } from '../fixtures/requests.js';
import { part, parts, settled, textOf, widgetFixture } from '../fixtures/widgets.js';

const KEY = 'hc:skills:clinical-informatics';

const checklist = (template: ReturnType<typeof html>) =>
  widgetFixture('hc-skills-checklist', template);

const boxes = (element: HcSkillsChecklist) => parts<HTMLInputElement>(element, 'checkbox');
const ticked = (element: HcSkillsChecklist) =>
  boxes(element)
    .filter((box) => box.checked)
    .map((box) => box.value);

function changes(element: HTMLElement): SkillsChangeDetail[] {
  const seen: SkillsChangeDetail[] = [];
  element.addEventListener('hc-skills-change', (event) => seen.push(event.detail));
  return seen;
}

describe('<hc-skills-checklist>', () => {
  beforeEach(() => localStorage.removeItem(KEY));

  it('shows a fieldset whose legend names the skills, one labelled checkbox each, and a count', async () => {
    const element = await checklist(
      html`<hc-skills-checklist role-id="clinical-informatics"></hc-skills-checklist>`,
    );
    const fieldset = part(element, 'fieldset')!;
    expect(fieldset.localName).to.equal('fieldset');
    expect(textOf(part(element, 'legend'))).to.equal('Skills for Clinical informatics');
    expect(boxes(element).map((box) => box.labels?.[0]?.textContent?.trim())).to.deep.equal([
      'Communication',
      'Analysing information',
      'Organisation',
      'IT skills',
      'Numeracy',
    ]);
    const count = part(element, 'count')!;
    expect(count.getAttribute('role')).to.equal('status');
    expect(textOf(count)).to.equal('0 of 5 skills ticked');
    await expect(element).to.be.accessible();
  });

  it('ticks by click, counts, and tells the page', async () => {
    const element = await checklist(
      html`<hc-skills-checklist role-id="clinical-informatics"></hc-skills-checklist>`,
    );
    const seen = changes(element);
    parts<HTMLLabelElement>(element, 'label')[3]!.click();
    boxes(element)[0]!.click();
    await element.updateComplete;
    expect(textOf(part(element, 'count'))).to.equal('2 of 5 skills ticked');
    expect(seen).to.deep.equal([
      { roleId: 'clinical-informatics', selected: ['it'], total: 5 },
      { roleId: 'clinical-informatics', selected: ['communication', 'it'], total: 5 },
    ]);
    boxes(element)[3]!.click();
    await element.updateComplete;
    expect(element.selected).to.deep.equal(['communication']);
    expect(textOf(part(element, 'count'))).to.equal('1 of 5 skills ticked');
    await expect(element).to.be.accessible();
  });

  it('gives each checkbox a target of at least 24 by 24 pixels', async () => {
    const element = await checklist(
      html`<hc-skills-checklist .roleData=${analystRole}></hc-skills-checklist>`,
    );
    for (const box of boxes(element)) {
      const { width, height } = box.getBoundingClientRect();
      expect(width).to.be.at.least(24);
      expect(height).to.be.at.least(24);
    }
  });

  it('works with the keyboard alone: Tab moves between boxes, Space ticks', async () => {
    const element = await checklist(
      html`<hc-skills-checklist role-id="clinical-informatics"></hc-skills-checklist>`,
    );
    const seen = changes(element);
    boxes(element)[0]!.focus();
    // The space bar as ' ': puppeteer's Firefox (BiDi) keyboard has no key named 'Space'.
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' });
    await element.updateComplete;
    expect(element.shadowRoot!.activeElement).to.equal(boxes(element)[2]);
    expect(ticked(element)).to.deep.equal(['communication', 'organisation']);
    expect(seen.at(-1)!.selected).to.deep.equal(['communication', 'organisation']);
    expect(textOf(part(element, 'count'))).to.equal('2 of 5 skills ticked');
  });

  it('counts in Welsh, and follows a live lang change', async () => {
    const container = await fixture(html`
      <div lang="cy"><hc-skills-checklist .roleData=${analystRole}></hc-skills-checklist></div>
    `);
    const element = container.querySelector('hc-skills-checklist')!;
    await settled(element);
    boxes(element)[1]!.click();
    await element.updateComplete;
    expect(textOf(part(element, 'legend'))).to.equal('Sgiliau: Data analyst');
    expect(textOf(part(element, 'count'))).to.equal('Wedi ticio 1 o 2 sgil');
    await expect(element).to.be.accessible();
    container.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(textOf(part(element, 'count'))).to.equal('1 of 2 skills ticked');
  });

  it('says "1 of 1 skill ticked" in the singular', async () => {
    const role = { ...porterRole, skills: [{ id: 'lifting', label: 'Safe lifting' }] };
    const element = await checklist(
      html`<hc-skills-checklist .roleData=${role}></hc-skills-checklist>`,
    );
    boxes(element)[0]!.click();
    await element.updateComplete;
    expect(textOf(part(element, 'count'))).to.equal('1 of 1 skill ticked');
  });

  it('sets and reads .selected both ways, without an event, in the role order', async () => {
    const element = await checklist(
      html`<hc-skills-checklist role-id="clinical-informatics"></hc-skills-checklist>`,
    );
    const seen = changes(element);
    element.selected = ['numeracy', 'communication', 'not-a-skill', 'numeracy'];
    await element.updateComplete;
    expect(ticked(element)).to.deep.equal(['communication', 'numeracy']);
    expect(element.selected).to.deep.equal(['communication', 'numeracy']);
    expect(textOf(part(element, 'count'))).to.equal('2 of 5 skills ticked');
    expect(seen).to.deep.equal([]);
  });

  it('applies .selected set before the data arrives', async () => {
    const url = mockUrl(`/mock/slow?ms=200&file=${encodeURIComponent(jsonUrl(validCatalogue))}`);
    const element = document.createElement('hc-skills-checklist');
    element.src = url;
    element.roleId = 'data-analyst';
    element.selected = ['ict'];
    await fixture(element);
    await settled(element);
    expect(ticked(element)).to.deep.equal(['ict']);
  });

  it('keeps ticks across re-creation with persist, under hc:skills:<roleId>', async () => {
    const first = await checklist(
      html`<hc-skills-checklist persist role-id="clinical-informatics"></hc-skills-checklist>`,
    );
    boxes(first)[1]!.click();
    boxes(first)[4]!.click();
    await first.updateComplete;
    expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal(['analysis', 'numeracy']);
    first.remove();
    const second = await checklist(
      html`<hc-skills-checklist persist role-id="clinical-informatics"></hc-skills-checklist>`,
    );
    expect(ticked(second)).to.deep.equal(['analysis', 'numeracy']);
    expect(textOf(part(second, 'count'))).to.equal('2 of 5 skills ticked');
  });

  it('does not touch storage without persist', async () => {
    localStorage.setItem(KEY, '["it"]');
    const element = await checklist(
      html`<hc-skills-checklist role-id="clinical-informatics"></hc-skills-checklist>`,
    );
    expect(ticked(element)).to.deep.equal([]);
    boxes(element)[0]!.click();
    expect(localStorage.getItem(KEY)).to.equal('["it"]');
  });

  it('ignores stored ticks that are not JSON, or for skills the role no longer has', async () => {
    localStorage.setItem(KEY, 'not json');
    const first = await checklist(
      html`<hc-skills-checklist persist role-id="clinical-informatics"></hc-skills-checklist>`,
    );
    expect(ticked(first)).to.deep.equal([]);
    localStorage.setItem(KEY, '["it", 42, "retired-skill"]');
    const second = await checklist(
      html`<hc-skills-checklist persist role-id="clinical-informatics"></hc-skills-checklist>`,
    );
    expect(second.selected).to.deep.equal(['it']);
  });

  it('keeps working when storage throws or is blocked', async () => {
    const { getItem, setItem } = Storage.prototype;
    Storage.prototype.getItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage');
    try {
      const element = await checklist(
        html`<hc-skills-checklist persist role-id="clinical-informatics"></hc-skills-checklist>`,
      );
      const seen = changes(element);
      boxes(element)[0]!.click();
      await element.updateComplete;
      expect(seen).to.have.length(1);
      expect(textOf(part(element, 'count'))).to.equal('1 of 5 skills ticked');

      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
      const blocked = await checklist(
        html`<hc-skills-checklist persist role-id="clinical-informatics"></hc-skills-checklist>`,
      );
      boxes(blocked)[2]!.click();
      await blocked.updateComplete;
      expect(blocked.selected).to.deep.equal(['organisation']);
    } finally {
      Storage.prototype.getItem = getItem;
      Storage.prototype.setItem = setItem;
      if (descriptor) Object.defineProperty(window, 'localStorage', descriptor);
      else delete (window as { localStorage?: Storage }).localStorage;
    }
  });

  it('submits one entry per ticked skill in a real form, and clears on form reset', async () => {
    const form = await fixture<HTMLFormElement>(html`
      <form>
        <input name="person" value="sam" />
        <hc-skills-checklist name="skills" role-id="clinical-informatics"></hc-skills-checklist>
      </form>
    `);
    const element = form.querySelector('hc-skills-checklist')!;
    await settled(element);
    expect(element.form).to.equal(form);
    expect(new FormData(form).getAll('skills')).to.deep.equal([]);
    boxes(element)[3]!.click();
    boxes(element)[0]!.click();
    await element.updateComplete;
    expect(new FormData(form).getAll('skills')).to.deep.equal(['communication', 'it']);
    expect(new FormData(form).get('person')).to.equal('sam');

    form.reset();
    await element.updateComplete;
    expect(ticked(element)).to.deep.equal([]);
    expect(new FormData(form).getAll('skills')).to.deep.equal([]);
    expect(textOf(part(element, 'count'))).to.equal('0 of 5 skills ticked');
  });

  it('updates the form value at once, for a submit in the same task as the tick', async () => {
    const form = await fixture<HTMLFormElement>(html`
      <form>
        <hc-skills-checklist name="skills" role-id="clinical-informatics"></hc-skills-checklist>
      </form>
    `);
    const element = form.querySelector('hc-skills-checklist')!;
    await settled(element);
    boxes(element)[4]!.click();
    expect(new FormData(form).getAll('skills')).to.deep.equal(['numeracy']);
    element.selected = ['it'];
    expect(new FormData(form).getAll('skills')).to.deep.equal(['it']);
  });

  it('submits nothing without a name, and restores a saved form state', async () => {
    const form = await fixture<HTMLFormElement>(html`
      <form><hc-skills-checklist role-id="clinical-informatics"></hc-skills-checklist></form>
    `);
    const element = form.querySelector('hc-skills-checklist')!;
    await settled(element);
    boxes(element)[0]!.click();
    await element.updateComplete;
    expect([...new FormData(form).keys()]).to.deep.equal([]);
    element.formStateRestoreCallback('["it","numeracy"]');
    await element.updateComplete;
    expect(ticked(element)).to.deep.equal(['it', 'numeracy']);
  });

  it('is disabled by a disabled fieldset, and then submits nothing', async () => {
    const form = await fixture<HTMLFormElement>(html`
      <form>
        <fieldset disabled>
          <hc-skills-checklist name="skills" role-id="clinical-informatics"></hc-skills-checklist>
        </fieldset>
      </form>
    `);
    const element = form.querySelector('hc-skills-checklist')!;
    await settled(element);
    element.selected = ['it'];
    await element.updateComplete;
    expect(boxes(element).every((box) => box.disabled)).to.be.true;
    expect(new FormData(form).getAll('skills')).to.deep.equal([]);
    await expect(element).to.be.accessible();
    form.querySelector('fieldset')!.disabled = false;
    await waitUntil(() => !boxes(element)[0]!.disabled, 'enabled again');
    expect(new FormData(form).getAll('skills')).to.deep.equal(['it']);
  });

  it('says so when the role lists no skills', async () => {
    const element = await checklist(
      html`<hc-skills-checklist .roleData=${porterRole}></hc-skills-checklist>`,
    );
    expect(textOf(part(element, 'empty'))).to.equal('No skills are listed for this role yet.');
    expect(part(element, 'fieldset')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('links a skill description to its checkbox as a hint', async () => {
    const element = await checklist(
      html`<hc-skills-checklist .roleData=${analystRole}></hc-skills-checklist>`,
    );
    const ict = boxes(element)[1]!;
    const hint = element.shadowRoot!.getElementById(ict.getAttribute('aria-describedby')!);
    expect(textOf(hint)).to.equal('Spreadsheets and databases.');
    expect(boxes(element)[0]!.hasAttribute('aria-describedby')).to.be.false;
  });
});
