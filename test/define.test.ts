import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement } from '../src/core/define.js';
import { VERSION } from '../src/core/version.js';
import { captureWarnings } from './helpers.js';

let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => (warnings = captureWarnings()));
afterEach(() => warnings.restore());

describe('defineElement', () => {
  it('registers a tag, and a second copy of the same version raises and prints nothing', () => {
    class A extends LitElement {}
    class B extends LitElement {}
    expect(() => defineElement('haven-test-a', A)).not.to.throw();
    expect(() => defineElement('haven-test-a', B)).not.to.throw();
    expect(customElements.get('haven-test-a')).to.equal(A);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('warns once when another version holds the tag', () => {
    class Old extends LitElement {}
    (Old as unknown as Record<symbol, string>)[Symbol.for('haven-widgets.version')] = '0.0.1';
    customElements.define('haven-test-b', Old);
    class New extends LitElement {}
    defineElement('haven-test-b', New);
    defineElement('haven-test-b', New);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('<haven-test-b>').and.contain('0.0.1').and.contain(VERSION);
  });

  it('warns once for all the tags another version holds, not once per tag', () => {
    for (const tag of ['haven-test-e', 'haven-test-f', 'haven-test-g']) {
      class Old extends LitElement {}
      (Old as unknown as Record<symbol, string>)[Symbol.for('haven-widgets.version')] = '0.0.2';
      customElements.define(tag, Old);
      defineElement(tag, class extends LitElement {});
    }
    expect(warnings.messages.filter((m) => m.includes('0.0.2'))).to.have.length(1);
  });

  it('warns for each tag that code other than haven-widgets holds', () => {
    customElements.define('haven-test-h', class extends LitElement {});
    customElements.define('haven-test-i', class extends LitElement {});
    defineElement('haven-test-h', class extends LitElement {});
    defineElement('haven-test-i', class extends LitElement {});
    expect(warnings.messages.filter((m) => m.includes('other code'))).to.have.length(2);
  });

  it('does not throw when the browser refuses the definition', () => {
    class C extends LitElement {}
    defineElement('haven-test-c', C);
    // The same constructor under a second name is refused by the browser.
    expect(() => defineElement('haven-test-d', C)).not.to.throw();
    expect(warnings.messages.some((m) => m.includes('<haven-test-d> could not be defined'))).to.be.true;
  });

  it('keeps VERSION equal to package.json', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });
});
