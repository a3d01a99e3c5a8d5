import { expect } from '@open-wc/testing';
import { PATTERNS, parseLength, parsePattern, parsePhases, phasesOf } from '../src/components/grounding-timer/patterns.js';

const relaxed = [
  { phase: 'in', ms: 5000 },
  { phase: 'out', ms: 5000 },
];
const shape = (phases: Array<{ phase: string; ms: number }>) => phases.map((p) => `${p.phase} ${p.ms}`).join(', ');

describe('named patterns', () => {
  it('are relaxed (no holds), box, 4-7-8 and resonant', () => {
    expect(shape(phasesOf(PATTERNS.relaxed))).to.equal('in 5000, out 5000');
    expect(shape(phasesOf(PATTERNS.box))).to.equal('in 4000, hold 4000, out 4000, hold 4000');
    expect(shape(phasesOf(PATTERNS['4-7-8']))).to.equal('in 4000, hold 7000, out 8000');
    expect(shape(phasesOf(PATTERNS.resonant))).to.equal('in 5500, out 5500');
    expect(Object.keys(PATTERNS)[0]).to.equal('relaxed');
  });
});

describe('parsePattern', () => {
  it('reads names in any case', () => {
    expect(shape(parsePattern(' BOX ').value)).to.equal('in 4000, hold 4000, out 4000, hold 4000');
    expect(parsePattern('4-7-8').problems).to.deep.equal([]);
  });

  it('reads 2, 3 or 4 numbers of seconds, leaving zero phases out', () => {
    expect(shape(parsePattern('4 7 8 0').value)).to.equal('in 4000, hold 7000, out 8000');
    expect(shape(parsePattern('4 6').value)).to.equal('in 4000, out 6000');
    expect(shape(parsePattern('3, 2, 4').value)).to.equal('in 3000, hold 2000, out 4000');
    expect(shape(parsePattern('0 4 6 0').value)).to.equal('hold 4000, out 6000');
    expect(shape(parsePattern('4.25 60').value)).to.equal('in 4250, out 60000');
    expect(parsePattern('4 7 8 0').problems).to.deep.equal([]);
  });

  for (const bad of ['fast', '4 x 8', '4 -1 8', '4 61', '4', '1 2 3 4 5', 'toString', '4-4-4-4', 'NaN 4', 'Infinity 4']) {
    it(`falls back to relaxed for "${bad}", with one problem naming pattern`, () => {
      const { value, problems } = parsePattern(bad);
      expect(value).to.deep.equal(relaxed);
      expect(problems).to.have.length(1);
      expect(problems[0]!.option).to.equal('pattern');
      expect(problems[0]!.message).to.contain(`"${bad}"`).and.contain('using relaxed');
    });
  }

  it('refuses a pattern that lasts no time', () => {
    const { value, problems } = parsePattern('0 0 0 0');
    expect(value).to.deep.equal(relaxed);
    expect(problems.map((p) => p.option)).to.deep.equal(['pattern']);
    expect(problems[0]!.message).to.contain('"0 0 0 0"').and.contain('not all 0');
  });
});

describe('parsePhases', () => {
  it('keeps labels and leaves zero-second phases out', () => {
    const { value, problems } = parsePhases([
      { phase: 'in', seconds: 4, label: '  Breathe in through your nose ' },
      { phase: 'hold', seconds: 0 },
      { phase: 'out', seconds: 6.5, label: '' },
    ]);
    expect(problems).to.deep.equal([]);
    expect(value).to.deep.equal([
      { phase: 'in', ms: 4000, label: '  Breathe in through your nose ' },
      { phase: 'out', ms: 6500, label: '' },
    ]);
  });

  const bad: Array<[string, unknown]> = [
    ['not a list', { phase: 'in', seconds: 4 }],
    ['an empty list', []],
    ['an unknown phase', [{ phase: 'breathe', seconds: 4 }]],
    ['negative seconds', [{ phase: 'in', seconds: -4 }]],
    ['seconds as text', [{ phase: 'in', seconds: '4' }]],
    ['an absurd phase', [{ phase: 'in', seconds: 600 }]],
    ['a label that is not text', [{ phase: 'in', seconds: 4, label: { html: '<b>' } }]],
    ['no time at all', [{ phase: 'in', seconds: 0 }, { phase: 'out', seconds: 0 }]],
    ['null items', [null, 3]],
    ['21 phases', Array.from({ length: 21 }, () => ({ phase: 'in', seconds: 1 }))],
  ];
  for (const [what, input] of bad) {
    it(`falls back to relaxed for ${what}, with one problem naming phases`, () => {
      const { value, problems } = parsePhases(input);
      expect(value).to.deep.equal(relaxed);
      expect(problems.map((p) => p.option)).to.deep.equal(['phases']);
    });
  }
});

describe('parseLength', () => {
  const cycle = (name: keyof typeof PATTERNS) => phasesOf(PATTERNS[name]).reduce((t, p) => t + p.ms, 0);

  it('lasts about a minute by default, in whole rounds', () => {
    expect(parseLength(undefined, undefined, cycle('relaxed'))).to.deep.equal({ value: 6, problems: [] });
    expect(parseLength(null, null, cycle('box')).value).to.equal(4);
    expect(parseLength(undefined, undefined, cycle('4-7-8')).value).to.equal(3);
    expect(parseLength(undefined, undefined, cycle('resonant')).value).to.equal(5);
    expect(parseLength(undefined, undefined, 240_000).value).to.equal(1);
  });

  it('takes rounds, which win over minutes', () => {
    expect(parseLength(3, 10, cycle('relaxed'))).to.deep.equal({ value: 3, problems: [] });
    expect(parseLength('8', undefined, cycle('box')).value).to.equal(8);
  });

  it('turns minutes into the nearest whole number of rounds, at least one', () => {
    expect(parseLength(undefined, 2, cycle('relaxed')).value).to.equal(12);
    expect(parseLength(undefined, 1.5, cycle('4-7-8')).value).to.equal(5);
    expect(parseLength(undefined, 0.01, cycle('box')).value).to.equal(1);
    expect(parseLength(undefined, 60, cycle('relaxed')).value).to.equal(360);
  });

  const bad: Array<[unknown, unknown, string]> = [
    [0, undefined, 'rounds'],
    [-2, undefined, 'rounds'],
    [2.5, undefined, 'rounds'],
    [NaN, undefined, 'rounds'],
    [Infinity, undefined, 'rounds'],
    [1000, undefined, 'rounds'],
    [undefined, 0, 'minutes'],
    [undefined, -1, 'minutes'],
    [undefined, 'abc', 'minutes'],
    [undefined, 61, 'minutes'],
  ];
  for (const [rounds, minutes, option] of bad) {
    it(`warns about ${option} ${String(rounds ?? minutes)} and lasts about a minute`, () => {
      const { value, problems } = parseLength(rounds, minutes, cycle('relaxed'));
      expect(value).to.equal(6);
      expect(problems.map((p) => p.option)).to.deep.equal([option]);
      expect(problems[0]!.message).to.contain(`"${String(rounds ?? minutes)}"`);
    });
  }
});
