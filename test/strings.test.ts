import { expect } from '@open-wc/testing';
import { format, formatCount, isRtl, textLocale, localeChain, registerLocale, resolveStrings } from '../src/core/strings.js';
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
    expect(format('{n} of {total}', { n: 2, total: 5 })).to.equal('2 of 5');
    expect(isRtl('ar')).to.be.true;
    expect(isRtl('he-IL')).to.be.true;
    expect(isRtl('en')).to.be.false;
    expect(isRtl('arn')).to.be.false;
  });

  it('chooses words by the plural category of the locale, with # for the number', () => {
    const en = '{label}, {n:one=# second|other=# seconds}';
    expect(formatCount(en, { label: 'In', n: 1 }, 'en')).to.equal('In, 1 second');
    expect(formatCount(en, { label: 'In', n: 5.5 }, 'en')).to.equal('In, 5.5 seconds');
    // Arabic: one, two, few (3–10), many (11–99) and other (fractions) differ.
    const ar = '{n:one=ثانية واحدة|two=ثانيتان|few=# ثوانٍ|other=# ثانية}';
    expect(formatCount(ar, { n: 1 }, 'ar')).to.equal('ثانية واحدة');
    expect(formatCount(ar, { n: 2 }, 'ar')).to.equal('ثانيتان');
    expect(formatCount(ar, { n: 4 }, 'ar')).to.equal(`${(4).toLocaleString('ar')} ثوانٍ`);
    expect(formatCount(ar, { n: 11 }, 'ar')).to.equal(`${(11).toLocaleString('ar')} ثانية`); // many: falls back to other
    expect(formatCount(ar, { n: 5.5 }, 'ar')).to.equal(`${(5.5).toLocaleString('ar')} ثانية`);
    // French counts 1.5 as one; numbers are written the locale's way.
    expect(formatCount('{n:one=# seconde|other=# secondes}', { n: 1.5 }, 'fr')).to.equal('1,5 seconde');
  });

  it('survives a bad locale tag or a plural without the needed form', () => {
    expect(formatCount('{n:one=# second|other=# seconds}', { n: 3 }, 'not a locale!')).to.equal('3 seconds');
    expect(formatCount('{n:one=just one}', { n: 3 }, 'en')).to.equal('{n:one=just one}');
    expect(formatCount('{n:one=# second|other # seconds}', { n: 3 }, 'en'), 'a form without = is skipped').to.equal('{n:one=# second|other # seconds}');
    expect(formatCount('{n} of {total}, {x}', { n: 1, total: 3 }, 'ar')).to.equal(`${(1).toLocaleString('ar')} of ${(3).toLocaleString('ar')}, {x}`);
  });

  it('knows which locale a string is written in, for its numbers and plurals', () => {
    registerLocale('xx', { faq: { showAll: 'Xx all' } });
    expect(textLocale('faq', 'showAll', 'xx-YY')).to.equal('xx');
    expect(textLocale('faq', 'hideAll', 'xx-YY'), 'a string the locale lacks is English').to.equal('en');
    expect(textLocale('faq', 'hideAll', 'ja')).to.equal('en');
    expect(textLocale('faq', 'hideAll', 'ja', { faq: { hideAll: '隠す' } }), 'the site writes in the page’s locale').to.equal('ja');
  });
});
