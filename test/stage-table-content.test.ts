import { expect } from '@open-wc/testing';
import { MAX_STAGES, extraCells, parseColumns, parseTable, tableFromLightDom } from '../src/components/stage-table/stage-content.js';
import type { Problem } from '../src/core/warn.js';

describe('stage-content (pure)', () => {
  it('reads object and array rows, with ids made from names as the FAQ makes them', () => {
    const { value, problems } = parseTable([{ name: 'Acceptance', cells: ['a'] }, ['Récupération', 'b', 'c'], ['مرحلة']], 'stages');
    expect(problems).to.deep.equal([]);
    // Latin letters without accents and digits, else the stage's position.
    expect(value.stages.map((s) => [s.id, s.name, s.cells])).to.deep.equal([
      ['acceptance', 'Acceptance', ['a']],
      ['recuperation', 'Récupération', ['b', 'c']],
      ['stage-3', 'مرحلة', []],
    ]);
  });

  it('reads a whole table object, naming the path in problems', () => {
    const { value, problems } = parseTable({ caption: ' Mine ', columns: ['A', 'B'], stages: [['x', 'y'], { cells: [] }] }, 'json');
    expect(value.caption).to.equal('Mine');
    expect(value.columns).to.deep.equal(['A', 'B']);
    expect(value.stages).to.have.length(1);
    expect(problems.map((p) => p.option)).to.deep.equal(['json.stages[1]']);
  });

  it('rejects what is not a list of stages, and bad headings', () => {
    expect(parseTable('x', 'stages').problems[0]!.option).to.equal('stages');
    expect(parseTable({ stages: 3 }, 'p').problems[0]!.option).to.equal('p.stages');
    const problems: Problem[] = [];
    expect(parseColumns(['A', ' '], 'columns', problems)).to.equal(undefined);
    expect(parseColumns([], 'columns', problems)).to.equal(undefined);
    expect(parseColumns(['A', 'B'], 'columns', problems)).to.deep.equal(['A', 'B']);
    expect(problems).to.have.length(2);
  });

  it('reports cells that are not text, and leaves them empty', () => {
    const { value, problems } = parseTable([{ name: 'A', cells: ['x', 3, null] }, { name: 'B', cells: 'x' }, { name: 'Two words' }], 's');
    expect(value.stages.map((s) => [s.id, s.cells])).to.deep.equal([['a', ['x', '', '']], ['b', []], ['two-words', []]]);
    expect(problems.map((p) => p.option)).to.deep.equal(['s[0].cells', 's[1].cells']);
  });

  it('lets an id the site gave win over one made from a name', () => {
    const { value, problems } = parseTable([['Recovery'], { id: 'recovery', name: 'Other' }], 'stages');
    expect(value.stages.map((s) => s.id)).to.deep.equal(['recovery-2', 'recovery']);
    expect(problems).to.deep.equal([]);
  });

  it('keeps ids unique and reports a repeated given id', () => {
    const { value, problems } = parseTable([{ id: 'a', name: 'One' }, { id: 'a', name: 'Two' }, ['One']], 'stages');
    expect(value.stages.map((s) => s.id)).to.deep.equal(['a', 'a-2', 'one']);
    expect(problems).to.have.length(1);
    expect(problems[0]!.message).to.contain('"a-2"');
  });

  it('reports rows with more cells than headings', () => {
    const stages = [{ id: 'a', name: 'A', cells: ['1', '2', '3'] }, { id: 'b', name: 'B', cells: [] }];
    const problems = extraCells(stages, ['Stage', 'X', 'Y']);
    expect(problems.map((p) => p.option)).to.deep.equal(['stage "A"']);
    expect(problems[0]!.message).to.contain('3 cells for 2 headings');
    expect(extraCells(stages, ['Stage', 'X', 'Y', 'Z'])).to.deep.equal([]);
  });

  it('reads a light-DOM table and reports rows without a name', () => {
    const host = document.createElement('div');
    host.innerHTML = '<table><caption> Cap </caption><thead><tr><th>S</th><th>E</th></tr></thead><tbody><tr id="r"><th>One</th><td><b>bold</b> text</td></tr><tr><td> </td><td>x</td></tr></tbody></table>';
    const result = tableFromLightDom(host)!;
    expect(result.value.caption).to.equal('Cap');
    expect(result.value.columns).to.deep.equal(['S', 'E']);
    expect(result.value.stages.map((s) => [s.id, s.name, s.cells])).to.deep.equal([['r', 'One', ['bold text']]]);
    expect((result.value.stages[0]!.nodes![0]![0] as Element).localName).to.equal('b');
    expect(result.problems.map((p) => p.option)).to.deep.equal(['<table> row 2']);
    expect(tableFromLightDom(document.createElement('div'))).to.equal(undefined);
  });

  it('keeps the first 100 stages of a huge list, from JSON or a table, with one problem', () => {
    const many = Array.from({ length: MAX_STAGES + 3 }, (_, i) => ({ name: `Stage ${i}`, cells: ['a', 'b'] }));
    const parsed = parseTable(many, 'stages');
    expect(parsed.value.stages).to.have.length(MAX_STAGES);
    expect(parsed.problems).to.deep.equal([{ option: 'stages', message: `has ${MAX_STAGES + 3} entries; only the first ${MAX_STAGES} are shown.` }]);
    const host = document.createElement('div');
    host.innerHTML = `<table><tbody>${many.map((s) => `<tr><th>${s.name}</th><td>a</td><td>b</td></tr>`).join('')}</tbody></table>`;
    const fromTable = tableFromLightDom(host)!;
    expect(fromTable.value.stages).to.have.length(MAX_STAGES);
    expect(fromTable.problems.map((p) => p.option)).to.deep.equal(['<table> rows']);
  });
});

describe('stage-content: unknown fields (pure)', () => {
  it('names guessed fields of a table and of its stages; rows written as arrays have none', () => {
    const { value, problems } = parseTable({ headings: ['a', 'b'], stages: [{ name: 'One', cell: ['x'] }, ['Two', 'y']] }, 'stages');
    expect(value.stages.map((s) => s.name)).to.deep.equal(['One', 'Two']);
    expect(problems.map((p) => `${p.option}: ${p.message}`)).to.deep.equal([
      'stages: "headings" is not a stage table field; the fields are caption, columns, stages.',
      'stages.stages: "cell" is not a stage field; did you mean "cells"?',
    ]);
  });
});
