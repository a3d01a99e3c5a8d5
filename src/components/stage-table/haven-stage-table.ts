import { html, nothing, type TemplateResult } from 'lit';
import { HavenElement } from '../../core/haven-element.js';
import { baseStyles } from '../../core/styles.js';
import { LightDomController, readContent } from '../../core/content.js';
import { warn, warnAll, type Problem } from '../../core/warn.js';
import { localesRevision } from '../../core/strings.js';
import { stageTable as english, type StageTableStrings } from '../../locales/en/stage-table.js';
import { stageTableStyles } from './stage-table.styles.js';
import { extraCells, looksLikeTable, parseColumns, parseTable, tableFromLightDom, type Stage, type StageInput, type StageTable } from './stage-content.js';

export interface HavenStageSelectDetail {
  /** The stage's id, as `current` takes it. */
  id: string;
  /** The stage's name, as shown. */
  name: string;
}

/**
 * The guide's healing stages as a real table: a caption, column headers and one row per
 * stage, with a stage's name as its row header.
 *
 * Content, first found wins: the `stages` property (with `columns` for other headings); a
 * child `<script type="application/json">` holding an array of stages or
 * `{ caption?, columns?, stages }`; a child `<table>` (readable before the script loads, its
 * cells' markup kept); the provider's `content.stageTable`; the built-in stages of the locale.
 *
 * In a narrow container (under 36em, measured by a container query, not the viewport) each
 * stage becomes a card with its column headings shown beside its cells. The table keeps
 * explicit ARIA table roles, so screen readers still meet a table in that layout.
 *
 * @summary The stages of healing as a table (cards on narrow screens): what to expect and what helps.
 * @tag haven-stage-table
 *
 * @fires {CustomEvent<HavenStageSelectDetail>} haven-stage-select - A visitor picked "This is
 *   where I am" on a stage (with `selectable`). Not fired when the page sets `current`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart table - The table.
 * @csspart caption - The table's caption.
 * @csspart column-header - A column heading.
 * @csspart row - One stage's row (a card when narrow).
 * @csspart current - The current stage's row (it also has the `row` part): restyle its background here.
 * @csspart stage - A stage's name: the row header cell.
 * @csspart marker - The "You are here" marker beside the current stage's name.
 * @csspart cell - A cell after the stage's name.
 * @csspart select - The label holding a stage's "This is where I am" choice.
 * @csspart note - The "healing is not linear" note.
 *
 * @cssprop --haven-stage-table-accent - Marker, current-stage edge and choices. Default: the shared accent.
 * @cssprop --haven-stage-table-divider - Lines between rows and around cards. Default: the shared border colour.
 */
export class HavenStageTable extends HavenElement {
  // HavenElement's own (locale, theme) are inherited: Lit reads the class chain.
  static override properties = {
    stages: { attribute: false },
    columns: { attribute: false },
    caption: {},
    current: {},
    selectable: { type: Boolean },
    note: { type: Boolean },
  };

  static override styles = [baseStyles, stageTableStyles];

  /** The stages, as `{ id?, name, cells }` objects or `[name, ...cells]` arrays. Wins over every other content source. */
  stages?: StageInput[];

  /** Column headings, the first over the stage names. Default: the content's, else "Healing stage / What to expect / Support strategies". */
  columns?: string[];

  /**
   * The table's caption. Default: the content's, else "Stages of healing".
   * @label Caption
   * @hint Optional. Default: “Stages of healing”, in the widget’s language.
   */
  caption?: string;

  /**
   * The id of the stage the reader is in, marked "You are here". A stage without an id has one made from its name, as FAQ ids are: Latin letters without accents and digits (`Récupération` gives `recuperation`), else `stage-<position>`. A visitor's choice with `selectable` sets it.
   * @label Stage marked “You are here”
   * @control stage
   */
  current?: string;

  /**
   * Lets a visitor mark "This is where I am" on a stage (a radio group). Nothing is stored.
   * @label Let a visitor mark where they are
   * @hint Nothing is stored.
   */
  selectable = false;

  /**
   * Shows the note that healing is not linear under the table.
   * @label Add the note that healing is not linear
   */
  note = false;

  private _table: StageTable = { stages: [] };
  private readonly _light = new LightDomController(this);

  protected override willUpdate(): void {
    if (this._light.changed([this.stages, this.columns, this.config, this.resolvedLocale, localesRevision()])) {
      // The first content source with a valid stage, else the built-in stages.
      const s = this.strings('stageTable', english);
      const table =
        readContent(this, {
          property: this.stages,
          name: 'stages',
          parse: parseTable,
          markup: () => tableFromLightDom(this),
          provided: this.providedContent('stageTable'),
          key: 'stageTable',
          usable: (t) => t.stages.length > 0,
          looks: looksLikeTable,
        }) ?? this._builtIn(s);
      const problems: Problem[] = [];
      const columns = (this.columns !== undefined && parseColumns(this.columns, 'columns', problems)) || table.columns || s.columns;
      warnAll(this, [...problems, ...extraCells(table.stages, columns)]);
      this._table = { ...table, columns };
    }
    if (this.current && !this._table.stages.some((s) => s.id === this.current)) {
      warn(this, 'current', `no stage has id "${this.current}"; none is marked.`);
    }
  }

  protected override render(): TemplateResult {
    const s = this.strings('stageTable', english);
    const { caption, columns = [], stages } = this._table;
    const heads = this.selectable ? [...columns, s.selectColumn] : columns;
    // Explicit roles throughout: the card layout changes the display of table elements,
    // which makes some engines drop their table semantics. No whitespace between the table's
    // elements: html`` keeps it, and with many tables on a page the empty text nodes cost
    // cloning and style time for nothing.
    return html`<div class=${this.rootClasses} dir=${this.resolvedDir} part="base"><table role="table" part="table" aria-describedby=${this.note ? 'note' : nothing}><caption part="caption" dir="auto">${this.caption || caption || s.caption}</caption><thead role="rowgroup"><tr role="row">${heads.map(
      (h) => html`<th scope="col" role="columnheader" part="column-header" dir="auto">${h}</th>`,
    )}</tr></thead><tbody role="rowgroup">${stages.map((stage, i) => this._row(stage, i, columns, s))}</tbody></table>${this.note
      ? html`<p id="note" class="note" part="note">${s.note}</p>`
      : nothing}</div>`;
  }

  /** One stage. Each cell carries its column's heading, shown only on a narrow card and hidden from screen readers. */
  private _row(stage: Stage, i: number, columns: string[], s: StageTableStrings): TemplateResult {
    const on = stage.id === this.current;
    // The space before the marker separates it from the name when read as text.
    return html`<tr role="row" class=${on ? 'current' : ''} part=${on ? 'row current' : 'row'} aria-current=${on || nothing}><th scope="row" role="rowheader" part="stage"><span id="n${i}">${stage.name}</span>${on
      ? html` <span class="marker" part="marker">${s.current}</span>`
      : nothing}</th>${columns.slice(1).map(
      (heading, j) => html`<td role="cell" part="cell" dir="auto"><span class="label" aria-hidden="true" dir="auto">${heading}</span>${stage.nodes?.[j] ??
        (stage.cells[j] ?? '').split('\n').map((p) => (p.trim() ? html`<p>${p}</p>` : nothing))}</td>`,
    )}${this.selectable
      ? html`<td role="cell" part="cell"><label class="pick" part="select"><input type="radio" name="stage" .checked=${on} aria-labelledby="n${i} l${i}" @change=${() => {
        // A visitor's choice marks the stage and says so; the page setting `current` fires nothing.
        this.current = stage.id;
        this.emit<HavenStageSelectDetail>('haven-stage-select', { id: stage.id, name: stage.name });
      }} /><span id="l${i}">${s.select}</span></label></td>`
      : nothing}</tr>`;
  }

  /** The locale's stages (a provider may override them through strings), else English. */
  private _builtIn(s: StageTableStrings): StageTable {
    const localised = parseTable(s.stages, 'strings stageTable.stages');
    warnAll(this, localised.problems);
    return localised.value.stages.length ? localised.value : parseTable(english.stages, '').value;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'haven-stage-table': HavenStageTable;
  }
  interface HTMLElementEventMap {
    'haven-stage-select': CustomEvent<HavenStageSelectDetail>;
  }
}
