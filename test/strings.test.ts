import { expect } from '@open-wc/testing';
import { format, isRtl, localeChain, registerLocale, resolveStrings } from '../src/core/strings.js';
import { faq } from '../src/locales/en/faq.js';

describe('strings', () => {
  it('looks a locale up from most to least specific', () => {
    expect(localeChain('pt-BR')).to.deep.equal(['pt-br', 'pt']);
    expect(localeChain('en')).to.deep.equal(['en']);
  });

  it('falls back to English for a locale it does not have, or a missing string', () => {
    expect(resolveStrings('faq', faq, 'xx').showAll).to.equal(faq.showAll);
    registerLocale('zz', { faq: { showAll: 'Zz all' } });
    const zz = resolveStrings('faq', faq, 'zz-QQ');
    expect(zz.showAll).to.equal('Zz all');
    expect(zz.hideAll).to.equal(faq.hideAll);
  });

  it('lets the site override win, ignoring values of the wrong type', () => {
    const s = resolveStrings('faq', faq, 'en', { faq: { showAll: 'Mine', hideAll: 7 as never, items: 'x' as never } });
    expect(s.showAll).to.equal('Mine');
    expect(s.hideAll).to.equal(faq.hideAll);
    expect(s.items).to.equal(faq.items);
  });

  it('fills placeholders and knows right-to-left locales', () => {
    expect(format('Press Shift {n} more times', { n: 2 })).to.equal('Press Shift 2 more times');
    expect(format('{unknown} stays', {})).to.equal('{unknown} stays');
    expect(isRtl('ar')).to.be.true;
    expect(isRtl('he-IL')).to.be.true;
    expect(isRtl('en')).to.be.false;
    expect(isRtl('arn')).to.be.false;
  });
});
