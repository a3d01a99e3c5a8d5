import { expect } from '@open-wc/testing';
import { MAX_ITEMS, faqPageJsonLd, itemsFromDetails, paragraphs, parseItems } from '../src/components/faq/faq-content.js';
import { slug } from '../src/core/content.js';
import { parseHeadingLevel } from '../src/core/content.js';
import { targetIndex } from '../src/core/controllers/arrow-keys.js';

describe('faq-content (pure)', () => {
  it('makes readable ids from questions', () => {
    expect(slug('How do I know if I’m healing?')).to.equal('how-do-i-know-if-i-m-healing');
    expect(slug('¿Cómo sé que estoy sanando?')).to.equal('como-se-que-estoy-sanando');
    expect(slug('كيف أعرف؟')).to.equal('');
  });

  it('gives items without an id an id, and numbers those with no Latin text', () => {
    const { value } = parseItems([{ question: 'كيف؟', answer: 'x' }, { question: 'Hi there', answer: 'y' }], 'items');
    expect(value.map((i) => i.id)).to.deep.equal(['question-1', 'hi-there']);
  });

  it('caps huge lists with a problem', () => {
    const input = Array.from({ length: MAX_ITEMS + 5 }, (_, i) => ({ question: `q${i}`, answer: 'a' }));
    const { value, problems } = parseItems(input, 'items');
    expect(value).to.have.length(MAX_ITEMS);
    expect(problems[0]!.message).to.contain(String(MAX_ITEMS + 5));
  });

  it('splits answers into paragraphs on blank lines', () => {
    expect(paragraphs('a\n\n  b\nc\n \n')).to.deep.equal(['a', 'b\nc']);
  });

  it('accepts heading levels 2 to 6 only', () => {
    expect(parseHeadingLevel('4').value).to.equal(4);
    expect(parseHeadingLevel(1).value).to.equal(3);
    expect(parseHeadingLevel('x').problems).to.have.length(1);
  });

  it('escapes < in JSON-LD', () => {
    const json = faqPageJsonLd([{ id: 'a', question: 'q', answer: '</script>', open: false }]);
    expect(json).not.to.contain('<');
    expect(JSON.parse(json).mainEntity[0].acceptedAnswer.text).to.equal('</script>');
  });
});

describe('arrow keys (pure)', () => {
  it('moves, wraps and mirrors in RTL', () => {
    expect(targetIndex('ArrowDown', 4, 5)).to.equal(0);
    expect(targetIndex('ArrowUp', 0, 5, { wrap: false })).to.equal(0);
    expect(targetIndex('ArrowRight', 0, 3, { orientation: 'horizontal' })).to.equal(1);
    expect(targetIndex('ArrowRight', 0, 3, { orientation: 'horizontal', rtl: true })).to.equal(2);
    expect(targetIndex('ArrowDown', 0, 3, { orientation: 'horizontal' })).to.equal(-1);
    expect(targetIndex('x', 0, 3)).to.equal(-1);
  });
});

describe('faq-content: unknown fields (pure)', () => {
  it('names a guessed field and the one meant, once per list', () => {
    const { value, problems } = parseItems([{ q: 'Q?', answer: 'A.' }, { question: 'Q2?', answer: 'A.', body: 'x' }, { question: 'Q3?', answer: 'A.', body: 'y' }], 'items');
    expect(value.map((i) => i.question)).to.deep.equal(['Q2?', 'Q3?']);
    expect(problems.map((p) => `${p.option}: ${p.message}`)).to.include.members([
      'items: "q" is not an FAQ field; the fields are id, question, answer, open.',
      'items: "body" is not an FAQ field; did you mean "answer"?',
    ]);
    expect(problems.filter((p) => p.message.includes('"body"'))).to.have.length(1);
  });
});

describe('faq-content: <details> markup (pure)', () => {
  it('names a <details> with no question or no answer in plain words', () => {
    const host = document.createElement('div');
    host.innerHTML = '<details><summary>Show the snippet</summary></details><details>An answer alone.</details><details><summary>Q?</summary>A.</details>';
    const { value, problems } = itemsFromDetails(host)!;
    expect(value.map((i) => i.question)).to.deep.equal(['Q?']);
    expect(problems.map((p) => `${p.option}: ${p.message}`)).to.deep.equal([
      '<details> 1: has no answer after its <summary>; it is left out.',
      '<details> 2: has no <summary> question; it is left out.',
    ]);
  });
});
