import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement } from '../src/define.js';
import { VERSION } from '../src/version.js';

const VERSIONS = Symbol.for('nhs-careers-widgets.versions');
const WARNED = Symbol.for('nhs-careers-widgets.version-warning');
type Registry = Record<symbol, unknown>;

/** Captures console.warn while `run` runs. */
function warningsDuring(run: () => void): string[] {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

let tagNumber = 0;
const newTag = () => `hc-test-define-${++tagNumber}`;

describe('defineElement', () => {
  beforeEach(() => {
    delete (globalThis as Registry)[WARNED];
  });

  it('matches package.json version', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });

  it('registers a new tag', () => {
    const tag = newTag();
    class Element extends LitElement {}
    defineElement(tag, Element);
    expect(customElements.get(tag)).to.equal(Element);
  });

  it('is silent when the same version defines the tag again (a second copy)', () => {
    const tag = newTag();
    defineElement(tag, class extends LitElement {});
    const warnings = warningsDuring(() => defineElement(tag, class extends LitElement {}));
    expect(warnings).to.deep.equal([]);
  });

  it('warns once per page, naming both versions, when another version got there first', () => {
    const tags = [newTag(), newTag()];
    const versions = ((globalThis as Registry)[VERSIONS] ??= {}) as Record<string, string>;
    for (const tag of tags) {
      customElements.define(tag, class extends LitElement {});
      versions[tag] = '0.0.1-old';
    }
    const warnings = warningsDuring(() => {
      for (const tag of tags) defineElement(tag, class extends LitElement {});
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('0.0.1-old').and.include(VERSION);
  });

  it('never throws, even when the class is already registered under another tag', () => {
    class Element extends LitElement {}
    customElements.define(newTag(), Element);
    const tag = newTag();
    const warnings = warningsDuring(() => defineElement(tag, Element));
    expect(customElements.get(tag)).to.equal(undefined);
    expect(warnings).to.have.length(1);
  });
});
