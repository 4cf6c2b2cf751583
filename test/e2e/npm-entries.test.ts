// The built npm entry points (dist/, Lit resolved from node_modules), as a bundler would load
// them: class-only imports register nothing; element imports register the element and the
// provider it needs.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';

const TAGS = [
  'hc-careers-data',
  'hc-role-card',
  'hc-requirements-list',
  'hc-skills-checklist',
  'hc-feedback-form',
  'hc-role-finder',
];

type Classes = Record<string, unknown> & { HcRoleCard: CustomElementConstructor };

/** A module of the build, by path (a variable, so TypeScript does not look for it). */
const fromDist = <T = unknown>(path: string): Promise<T> =>
  import(/* @vite-ignore */ `/dist/${path}`) as Promise<T>;

const registered = () => TAGS.filter((tag) => customElements.get(tag));

describe('npm entry points in dist/', () => {
  it('classes.js and classes/<element>.js export classes and register nothing', async () => {
    const classes = await fromDist<Classes>('classes.js');
    const roleCard = await fromDist<Classes>('elements/role-card/role-card.js');
    expect(Object.keys(classes)).to.include.members(['HcRoleCard', 'HcFeedbackForm', 'VERSION']);
    expect(classes.HcRoleCard).to.equal(roleCard.HcRoleCard);
    expect(registered()).to.deep.equal([]);
  });

  it('lets a page register a class under its own tag name', async () => {
    const { HcRoleCard } = await fromDist<Classes>('classes.js');
    customElements.define('trust-role-card', class extends HcRoleCard {});
    const element = await fixture(
      html`<trust-role-card role-id="clinical-coder"></trust-role-card>`,
    );
    await waitUntil(() => element.shadowRoot?.querySelector('h2'), 'rendered from dist/data');
    expect(element.shadowRoot!.querySelector('h2')!.textContent.trim()).to.equal('Clinical coder');
  });

  it('role-card.js registers the card and the provider, and nothing else', async () => {
    await fromDist('role-card.js');
    expect(registered()).to.deep.equal(['hc-careers-data', 'hc-role-card']);
  });

  it('role-finder.js registers the finder and the provider, and nothing else', async () => {
    await fromDist('role-finder.js');
    // The card is still there from the test before (one page for the whole file).
    expect(registered()).to.deep.equal(['hc-careers-data', 'hc-role-card', 'hc-role-finder']);
  });

  it('the package root registers all six', async () => {
    await fromDist('index.js');
    expect(registered()).to.deep.equal(TAGS);
  });
});
