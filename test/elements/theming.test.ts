// Theming from the host page only: `--hc-…` properties, the page's own `--nhsuk-…` properties
// as the fallback, and `::part` rules, none of them touching the shadow DOM.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { analystRole } from '../fixtures/catalogues.js';
import { part, settled } from '../fixtures/widgets.js';

const HOST_CSS = `
  .nhs-page { --nhsuk-link-colour: rgb(1, 2, 3); --nhsuk-button-colour: rgb(4, 5, 6); }
  .themed { --hc-link-colour: rgb(10, 20, 30); --hc-card-padding: 40px; }
  .themed hc-role-card::part(summary) { font-style: italic; }
  .themed hc-feedback-form::part(button) { text-transform: uppercase; }
`;

async function page(className: string) {
  const style = document.createElement('style');
  style.textContent = HOST_CSS;
  document.head.append(style);
  const container = await fixture(html`
    <div class=${className}>
      <hc-role-card
        href="https://example.org/never-visited"
        .roleData=${analystRole}
      ></hc-role-card>
      <hc-feedback-form></hc-feedback-form>
    </div>
  `);
  const card = container.querySelector('hc-role-card')!;
  const form = container.querySelector('hc-feedback-form')!;
  await settled(card);
  await form.updateComplete;
  return { card, form, done: () => style.remove() };
}

const styleOf = (element: Element | null) => getComputedStyle(element!);

describe('theming from the host page', () => {
  it('uses the NHS.UK values when the page sets nothing', async () => {
    const { card, form, done } = await page('plain');
    expect(styleOf(part(card, 'link')).color).to.equal('rgb(0, 94, 184)');
    expect(styleOf(part(form, 'button')).backgroundColor).to.equal('rgb(0, 127, 59)');
    done();
  });

  it("falls back to the page's --nhsuk-… properties", async () => {
    const { card, form, done } = await page('nhs-page');
    expect(styleOf(part(card, 'link')).color).to.equal('rgb(1, 2, 3)');
    expect(styleOf(part(form, 'button')).backgroundColor).to.equal('rgb(4, 5, 6)');
    done();
  });

  it('takes --hc-… properties over --nhsuk-… ones, and ::part rules', async () => {
    const { card, form, done } = await page('nhs-page themed');
    expect(styleOf(part(card, 'link')).color).to.equal('rgb(10, 20, 30)');
    expect(styleOf(part(card, 'content')).paddingTop).to.equal('40px');
    expect(styleOf(part(card, 'summary')).fontStyle).to.equal('italic');
    expect(styleOf(part(form, 'button')).textTransform).to.equal('uppercase');
    expect(styleOf(part(form, 'button')).backgroundColor).to.equal('rgb(4, 5, 6)');
    await expect(card).to.be.accessible();
    done();
  });
});
