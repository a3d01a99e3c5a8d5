import { GENERATED, capped, text, uniqueIds, unknownFields, words, type Parsed } from '../../core/content.js';
import type { Problem } from '../../core/warn.js';
import type { StageInput, StageTableInput } from './types.js';

export type { StageInput, StageTableInput };

/** A stage ready to render. `nodes` holds a light-DOM cell's own markup, cloned, per cell. */
export interface Stage {
  id: string;
  name: string;
  cells: string[];
  nodes?: Node[][];
}

/** A table ready to render; what a source leaves out comes from the strings. */
export interface StageTable {
  caption?: string;
  columns?: string[];
  stages: Stage[];
}

/** Far more stages than any guide has; past it a table is a mistake, not a guide. */
export const MAX_STAGES = 100;

/**
 * Validates stages (an array) or a whole table (`{ caption?, columns?, stages }`) from a
 * property, JSON or the provider. Stages without a name are left out, each with a problem.
 */
export function parseTable(input: unknown, option: string): Parsed<StageTable> {
  const problems: Problem[] = [];
  const whole = input && typeof input === 'object' && !Array.isArray(input) ? (input as Record<string, unknown>) : undefined;
  const list = whole ? whole.stages : input;
  const at = whole ? `${option}.stages` : option;
  const stages: Stage[] = [];
  unknownFields([whole], ['caption', 'columns', 'stages'], 'a stage table', option, problems);
  if (!Array.isArray(list)) problems.push({ option: at, message: 'must be an array of stages; it is ignored.' });
  else {
    const rows = capped(list, MAX_STAGES, at, problems);
    unknownFields(rows, ['id', 'name', 'cells'], 'a stage', at, problems);
    rows.forEach((raw: unknown, i) => {
      const row = (Array.isArray(raw) ? { name: raw[0], cells: raw.slice(1) } : raw || {}) as Record<string, unknown>;
      const name = text(row.name);
      const cells = row.cells ?? [];
      if (!name) return problems.push({ option: `${at}[${i}]`, message: 'has no name; it is left out.' });
      if (!Array.isArray(cells) || cells.some((c) => typeof c != 'string')) {
        problems.push({ option: `${at}[${i}].cells`, message: 'must be an array of text; the rest is left empty.' });
      }
      stages.push({ id: text(row.id), name, cells: Array.isArray(cells) ? cells.map(text) : [] });
    });
  }
  const columns = whole?.columns === undefined ? undefined : parseColumns(whole.columns, `${option}.columns`, problems);
  return { value: { caption: text(whole?.caption), columns, stages: uniqueIds(stages, (s) => s.name, 'stage', (s) => `stage "${s.name}"`, problems) }, problems };
}

/** Column headings: a non-empty array of non-empty text, else undefined and a problem. */
export function parseColumns(input: unknown, option: string, problems: Problem[]): string[] | undefined {
  if (Array.isArray(input) && input.length && input.every(text)) return input.map(text);
  problems.push({ option, message: 'must be an array of text; the default headings are used.' });
  return undefined;
}

/**
 * Reads a child `<table>`: the markup a site writes so the page reads well before, or
 * without, the script. Caption, header row (`<thead>`, or a first row of `<th>` only) and
 * rows; the first cell of a row names the stage, and the other cells' markup is kept, cloned.
 */
export function tableFromLightDom(host: Element): Parsed<StageTable> | undefined {
  const table = [...host.children].find((c): c is HTMLTableElement => c.localName == 'table' && !c.hasAttribute(GENERATED));
  if (!table) return undefined;
  const problems: Problem[] = [];
  const rows = [...table.tBodies].flatMap((b) => [...b.rows]);
  const head = table.tHead?.rows[0] ?? ([...(rows[0]?.cells ?? [])].every((c) => c.localName == 'th') ? rows.shift() : undefined);
  const stages: Stage[] = [];
  capped(rows, MAX_STAGES, '<table> rows', problems).forEach((row, i) => {
    const [th, ...cells] = row.cells;
    const name = words(th);
    if (!name) return problems.push({ option: `<table> row ${i + 1}`, message: 'has no name in its first cell; it is left out.' });
    stages.push({
      id: row.id.trim(),
      name,
      cells: cells.map((c) => words(c)),
      nodes: cells.map((c) => [...c.childNodes].map((n) => n.cloneNode(true))),
    });
  });
  const columns = head && parseColumns([...head.cells].map((c) => words(c)), '<table> header row', problems);
  return { value: { caption: words(table.caption), columns, stages: uniqueIds(stages, (s) => s.name, 'stage', (s) => `stage "${s.name}"`, problems) }, problems };
}

/** What a stage table's content looks like when a CMS cut it off from the element (core's `cutOff`): one table, the first. */
export const looksLikeTable = 'table:not(table~*)';

/** Rows with more cells than there are headings after the first: their extra cells are not shown. */
export function extraCells(stages: readonly Stage[], columns: readonly string[]): Problem[] {
  const n = columns.length - 1;
  return stages
    .filter((s) => s.cells.length > n)
    .map((s) => ({ option: `stage "${s.name}"`, message: `has ${s.cells.length} cells for ${n} headings; the extra cells are left out.` }));
}

