import { html, nothing, type TemplateResult } from 'lit';
import { HavenElement } from '../../core/haven-element.js';
import { baseStyles } from '../../core/styles.js';
import { LightDomController, parseHeadingLevel, readContent } from '../../core/content.js';
import { warn, warnAll } from '../../core/warn.js';
import { helplines as english, type HelplinesStrings } from '../../locales/en/helplines.js';
import { helplinesStyles } from './helplines.styles.js';
import {
  groupByRegion,
  helplinesFromMarkup,
  looksLikeLines,
  parseEmergency,
  parseHelplines,
  type Helpline,
  type HelplineInput,
  type PhoneLink,
} from './helplines-content.js';

/**
 * `Call {number}` as template parts, so the number can sit in its own left-to-right island.
 * Joined, it is core's `format` (an undefined value gives ''), which this widget then need not carry.
 */
const fill = (template: string, values: Record<string, unknown>): unknown[] =>
  template.split(/\{(\w+)\}/).map((part, i) => (i % 2 ? (part in values ? values[part] : `{${part}}`) : part));

/** Numbers read left to right even inside right-to-left text. */
const ltr = (n?: PhoneLink) => html`<bdi dir="ltr">${n?.shown}</bdi>`;

/**
 * Places to get help, from the site: call, text, chat and web links, hours and languages,
 * grouped by region, under a line about emergencies. Makes no request, looks up no
 * location, and neither tracks nor reports clicks (it fires no event).
 *
 * No numbers are built in: what is right differs by country. Content, first found wins: the
 * `helplines` property; a child `<script type="application/json">` holding an array of
 * `{ name, description?, phone?, sms?, keyword?, chat?, web?, hours?, languages?, region? }`;
 * child `<ul>` lists (one `<li>` per line, name in `<strong>`, `tel:`/`sms:`/`https:` links,
 * `data-description`/`data-hours`/`data-languages` spans, a heading before a list names its
 * region; other words in an item are named in a warning); the provider's
 * `content.helplines`. With none, only the emergency line shows, with a short note, and the
 * console says what is missing.
 *
 * Bad numbers and links (`javascript:`, not http(s)) are left out with a warning; a line
 * with no name is left out. Web and chat links carry `rel="noopener noreferrer"`, so the
 * line's site is not told which page the visitor came from.
 *
 * @summary Places to get help, by region, with call, text, chat and web links and a line about emergencies.
 * @tag haven-helplines
 *
 * @csspart base - The wrapper of everything.
 * @csspart emergency - The line about emergencies.
 * @csspart emergency-link - The emergency number's `tel:` link.
 * @csspart empty - The note shown when no helplines are given.
 * @csspart region - A region's heading.
 * @csspart list - A region's list of helplines.
 * @csspart helpline - One helpline.
 * @csspart name - A helpline's name.
 * @csspart description - What a helpline is for.
 * @csspart link - Every contact link; each also has its kind: `call`, `sms`, `chat`, `web`.
 * @csspart call - A `tel:` link.
 * @csspart sms - An `sms:` link.
 * @csspart chat - A chat link.
 * @csspart web - A website link.
 * @csspart details - The hours and languages.
 *
 * @cssprop --haven-helplines-accent - Links and the emergency line's edge. Default: the shared accent.
 * @cssprop --haven-helplines-divider - Line between helplines. Default: the shared border colour.
 */
export class HavenHelplines extends HavenElement {
  // HavenElement's own (locale, theme) are inherited: Lit reads the class chain.
  static override properties = {
    helplines: { attribute: false },
    emergencyNumber: { attribute: 'emergency-number' },
    headingLevel: { attribute: 'heading-level' },
  };

  static override styles = [baseStyles, helplinesStyles];

  /** The helplines. Wins over every other content source. */
  helplines?: HelplineInput[];

  /**
   * The local emergency number (`911`, `999`, `112`), shown as a `tel:` link in the emergency
   * line. Default: the provider's `content.emergencyNumber`, else "your local emergency number".
   * @label Local emergency number
   * @hint Such as 999, 911 or 112. Without it, the line says “your local emergency number”.
   * @control tel
   */
  emergencyNumber?: string;

  /**
   * Level (2–6) of the region headings.
   * @label Heading level of the regions
   * @range 2-6
   */
  headingLevel: number | string = 3;

  private _lines: Helpline[] = [];
  /** One function, so adding it again while the page parses adds nothing. */
  private readonly _wake = (): void => this.requestUpdate();
  private readonly _light = new LightDomController(this);

  protected override willUpdate(): void {
    if (this._light.changed([this.helplines, this.config])) {
      // The first content source with a valid line; none is built in.
      this._lines =
        readContent(this, {
          property: this.helplines,
          name: 'helplines',
          parse: parseHelplines,
          markup: () => helplinesFromMarkup(this),
          provided: this.providedContent('helplines'),
          key: 'helplines',
          usable: (lines) => lines.length > 0,
          looks: looksLikeLines,
        }) ?? [];
    }
    if (this._lines.length) return;
    // Markup may still be on its way while the page parses; judge once it has arrived.
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', this._wake, { once: true });
    } else {
      warn(this, 'helplines', 'none given; only the emergency line shows.');
    }
  }

  protected override render(): TemplateResult {
    const s = this.strings('helplines', english);
    const level = parseHeadingLevel(this.headingLevel);
    const { value: sos, problems } = parseEmergency(this.emergencyNumber, this.providedContent('emergencyNumber'));
    warnAll(this, [...level.problems, ...problems]);
    const groups = groupByRegion(this._lines);
    // No whitespace between elements: html`` whitespace ships as is.
    return html`<div class=${this.rootClasses} dir=${this.resolvedDir} part="base"><p class="emergency" part="emergency">${sos ? fill(s.emergencyNumber, { number: html`<a part="emergency-link" href=${sos.href}>${ltr(sos)}</a>` }) : s.emergency}</p>${groups.length
  ? groups.map(({ region, lines }, i) => {
      const heading = region || (groups.length > 1 ? s.otherRegion : '');
      return html`${heading
  ? html`<div class="region" part="region" id="r${i}" dir="auto" role="heading" aria-level=${level.value}>${heading}</div>`
  : nothing}<ul class="list" part="list" role="list" aria-labelledby=${heading ? `r${i}` : nothing}>${lines.map((line) => this._line(line, s))}</ul>`;
    })
  : html`<p class="empty" part="empty">${s.empty}</p>`}</div>`;
  }

  private _line(line: Helpline, s: HelplinesStrings): TemplateResult {
    const { name, description, phone, sms, keyword, chat, web, hours } = line;
    // The call link is the filled one: .primary, which forced colours turn into a system button.
    const link = (kind: string, href: string | undefined, template: string, number?: PhoneLink) =>
      href
        ? html`<a class="link ${kind}${kind === 'call' ? ' primary' : ''}" part="link ${kind}" href=${href} rel=${number ? nothing : 'noopener noreferrer'} aria-label=${fill(s.label, { link: fill(template, { number: number?.shown, keyword }).join(''), name }).join('')}><span>${fill(template, { number: ltr(number), keyword: html`<span dir="auto">${keyword}</span>` })}</span></a>`
        : nothing;
    const detail = (term: string, value: string) => (value ? html`<div><dt>${term}</dt><dd dir="auto">${value}</dd></div>` : nothing);
    const languages = line.languages.join(', ');
    return html`<li class="helpline" part="helpline"><p class="name" part="name" dir="auto">${name}</p>${description ? html`<p class="description" part="description" dir="auto">${description}</p>` : nothing}${phone || sms || chat || web
  ? html`<div class="links">${link('call', phone?.href, s.call, phone)}${link('sms', sms?.href, keyword ? s.smsKeyword : s.sms, sms)}${link('chat', chat, s.chat)}${link('web', web, s.web)}</div>`
  : nothing}${hours || languages
  ? html`<dl class="details" part="details">${detail(s.hours, hours)}${detail(s.languages, languages)}</dl>`
  : nothing}</li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'haven-helplines': HavenHelplines;
  }
}
