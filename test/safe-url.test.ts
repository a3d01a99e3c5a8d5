import { expect } from '@open-wc/testing';
import { phoneNumber, safeUrl } from '../src/core/safe-url.js';

describe('safeUrl', () => {
  it('keeps web, mail and phone links', () => {
    expect(safeUrl('https://example.org/help')).to.equal('https://example.org/help');
    expect(safeUrl('/safety', 'https://site.example/a/')).to.equal('https://site.example/safety');
    expect(safeUrl('tel:+441234')).to.equal('tel:+441234');
  });
  it('refuses script and data links, however they are disguised', () => {
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>x</script>', 'vbscript:x', '', 42, null]) {
      expect(safeUrl(bad), String(bad)).to.equal(undefined);
    }
  });
});

describe('phoneNumber', () => {
  it('normalises written numbers and refuses the rest', () => {
    expect(phoneNumber('+1 (800) 799-7233')).to.equal('+18007997233');
    expect(phoneNumber('116 123')).to.equal('116123');
    expect(phoneNumber('call me')).to.equal(undefined);
    expect(phoneNumber('1')).to.equal(undefined);
    expect(phoneNumber('+1234567890123456')).to.equal(undefined);
  });
});
