import { expect } from '@open-wc/testing';
import { Deck, seeded } from '../src/components/empathy-prompts/prompt-deck.js';
import {
  CATEGORIES,
  MAX_PROMPTS,
  blankParts,
  fill,
  fromTable,
  parseCategories,
  parsePrompts,
  promptsFromLists,
} from '../src/components/empathy-prompts/prompts-content.js';
import { empathyPrompts as english } from '../src/locales/en/empathy-prompts.js';

const draw = (deck: Deck, n: number) => [deck.current, ...Array.from({ length: n - 1 }, () => deck.next())];

describe('prompt-deck (pure)', () => {
  it('gives the same numbers for the same seed, and others for another seed', () => {
    const a = seeded('calm');
    const b = seeded('calm');
    const c = seeded('calm2');
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).to.deep.equal(xs);
    expect(Array.from({ length: 5 }, () => c())).not.to.deep.equal(xs);
    for (const x of xs) expect(x >= 0 && x < 1).to.be.true;
  });

  it('deals every index once before any repeats, round after round, never the same twice in a row', () => {
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
      const deck = new Deck(5, seeded(seed));
      const seen = draw(deck, 15);
      for (let round = 0; round < 3; round++) {
        expect([...seen.slice(round * 5, round * 5 + 5)].sort()).to.deep.equal([0, 1, 2, 3, 4]);
      }
      for (let i = 1; i < seen.length; i++) expect(seen[i]).not.to.equal(seen[i - 1]);
    }
  });

  it('is deterministic under a seed and shuffled (not in list order) for some seed', () => {
    expect(draw(new Deck(12, seeded('x')), 30)).to.deep.equal(draw(new Deck(12, seeded('x')), 30));
    const orders = ['1', '2', '3'].map((s) => draw(new Deck(12, seeded(s)), 12).join());
    expect(orders.some((o) => o !== [...Array(12).keys()].join())).to.be.true;
    expect(new Set(orders).size).to.be.greaterThan(1);
  });

  it('copes with one prompt and with none', () => {
    const one = new Deck(1, seeded('x'));
    expect(draw(one, 3)).to.deep.equal([0, 0, 0]);
    expect(new Deck(0).current).to.equal(0);
  });

  it('avoids a repeat at the round boundary even when the new shuffle starts with the last one', () => {
    // With two prompts, 0.9 deals [0, 1] and 0.1 deals [1, 0]: round two would start with 1,
    // the one just shown, so the deck swaps it to second place.
    const values = [0.9, 0.1];
    const deck = new Deck(2, () => values.shift() ?? 0.9);
    expect(draw(deck, 4)).to.deep.equal([0, 1, 0, 1]);
  });
});

describe('prompts-content (pure)', () => {
  it('has at least 12 short built-in prompts in each category, without repeats', () => {
    for (const c of CATEGORIES) {
      const list = english.prompts[c];
      expect(list.length, c).to.be.at.least(12);
      expect(new Set(list).size).to.equal(list.length);
      for (const p of list) expect(p.length, p).to.be.below(70);
    }
    const { value, problems } = parsePrompts(fromTable(english.prompts), 'x');
    expect(problems).to.deep.equal([]);
    expect(value.reflect).to.deep.equal(english.prompts.reflect);
  });

  it('includes the guide examples in spirit: a reflective blank and open questions', () => {
    expect(english.prompts.reflect).to.include("It sounds like you're feeling ___.");
    expect(english.prompts.ask).to.include('How did that experience affect you?');
  });

  it('groups valid prompts, drops repeats, and reports each bad one by index', () => {
    const { value, problems } = parsePrompts(
      [
        { category: 'ask', text: '  What   helps? ' },
        { category: 'asks', text: 'Typo' },
        { category: 'reflect' },
        { category: 'ask', text: 'What helps?' },
        null,
        { category: 'validate', text: 42 },
        'junk',
      ],
      'prompts',
    );
    expect(value).to.deep.equal({ reflect: [], ask: ['What helps?'], validate: [], boundaries: [] });
    expect(problems.map((p) => p.option)).to.deep.equal(['prompts[1]', 'prompts[2]', 'prompts[4]', 'prompts[5]', 'prompts[6]']);
    expect(problems[0]!.message).to.equal('category "asks" is not reflect, ask, validate or boundaries; it is left out.');
    expect(problems[1]!.message).to.equal('has no text; it is left out.');
  });

  it('rejects what is not an array', () => {
    const { value, problems } = parsePrompts({ ask: [] }, 'prompts');
    expect(problems[0]!.message).to.contain('must be an array');
    expect(Object.values(value).flat()).to.deep.equal([]);
  });

  it('reads a table that lacks categories or holds junk', () => {
    expect(fromTable({ ask: ['a'], reflect: 'not a list' })).to.deep.equal([{ category: 'ask', text: 'a' }]);
    expect(fromTable(undefined)).to.deep.equal([]);
  });

  it('fills every blank, and splits a prompt around its blanks', () => {
    expect(fill('You feel ___ and ____.', 'hurt')).to.equal('You feel hurt and hurt.');
    expect(fill('You feel ___.', '')).to.equal('You feel ___.');
    expect(blankParts('You feel ___.')).to.deep.equal(['You feel ', '.']);
    expect(blankParts('No blank_here')).to.deep.equal(['No blank_here']);
  });

  it('parses the categories attribute: order kept, repeats dropped, unknown names reported', () => {
    expect(parseCategories(undefined).value).to.deep.equal([...CATEGORIES]);
    expect(parseCategories('ask, validate ask').value).to.deep.equal(['ask', 'validate']);
    const bad = parseCategories('ask feelings');
    expect(bad.value).to.deep.equal(['ask']);
    expect(bad.problems[0]).to.deep.equal({ option: 'categories', message: '"feelings" is not reflect, ask, validate or boundaries; it is skipped.' });
    const none = parseCategories('nope');
    expect(none.value).to.deep.equal([...CATEGORIES]);
    expect(none.problems).to.have.length(1);
    expect(parseCategories('').value).to.deep.equal([...CATEGORIES]);
  });

  it('reads <ul data-category> lists anywhere inside, skipping empty items and reporting unknown lists', () => {
    const host = document.createElement('div');
    host.innerHTML = `
      <h3>Questions</h3>
      <ul data-category="ask"><li>What helps?</li><li> </li><li>How <em>are</em> you?</li></ul>
      <div><ol data-category=" validate "><li>I believe you.</li></ol></div>
      <ul data-category="jokes"><li>No.</li></ul>
      <ul><li>Not a prompt list</li></ul>`;
    const parsed = promptsFromLists(host)!;
    expect(parsed.value).to.deep.equal({ reflect: [], ask: ['What helps?', 'How are you?'], validate: ['I believe you.'], boundaries: [] });
    expect(parsed.problems).to.have.length(1);
    expect(parsed.problems[0]!.option).to.equal('<ul data-category="jokes">');
    expect(promptsFromLists(document.createElement('div'))).to.be.undefined;
  });

  it('keeps the first 1,000 prompts of a huge list, from JSON or markup, with one problem', () => {
    const many = Array.from({ length: MAX_PROMPTS + 20 }, (_, i) => ({ category: 'ask', text: `Question ${i}?` }));
    const parsed = parsePrompts(many, 'prompts');
    expect(parsed.value.ask).to.have.length(MAX_PROMPTS);
    expect(parsed.problems).to.deep.equal([{ option: 'prompts', message: `has ${MAX_PROMPTS + 20} entries; only the first ${MAX_PROMPTS} are shown.` }]);
    const host = document.createElement('div');
    host.innerHTML = `<ul data-category="ask">${many.map((p) => `<li>${p.text}</li>`).join('')}</ul>`;
    const fromMarkup = promptsFromLists(host)!;
    expect(fromMarkup.value.ask).to.have.length(MAX_PROMPTS);
    expect(fromMarkup.problems.map((p) => p.option)).to.deep.equal(['<li>']);
  });
});

describe('prompts-content: unknown fields (pure)', () => {
  it('names a guessed field', () => {
    const { problems } = parsePrompts([{ category: 'ask', prompt: 'How are you?' }], 'prompts');
    expect(problems.map((p) => p.message)).to.include('"prompt" is not a prompt field; did you mean "text"?');
  });
});
