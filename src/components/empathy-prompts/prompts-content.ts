import type { Parsed } from '../../core/content.js';
import { capped, text, unknownFields } from '../../core/content.js';
import type { Problem } from '../../core/warn.js';
import type { PromptCategory, PromptInput } from './types.js';

export type { PromptCategory, PromptInput };

/** Prompts grouped by category, each list in the site's order, without repeats. */
export type PromptSets = Record<PromptCategory, string[]>;

export const CATEGORIES: readonly PromptCategory[] = ['reflect', 'ask', 'validate', 'boundaries'];

/** More prompts than anyone reads; past it, Show all would build a huge list. */
export const MAX_PROMPTS = 1000;

const BLANK = /_{2,}/g;
const KINDS = 'is not reflect, ask, validate or boundaries';

export const isCategory = (value: unknown): value is PromptCategory => CATEGORIES.includes(value as PromptCategory);

/** The parts of a prompt around its blanks: `a ___ b` gives ['a ', ' b']. */
export const blankParts = (prompt: string): string[] => prompt.split(BLANK);

/** The prompt with every blank filled by `word`; unchanged without a word. */
export const fill = (prompt: string, word: string): string => (word ? prompt.replace(BLANK, word) : prompt);

export const emptySets = (): PromptSets => ({ reflect: [], ask: [], validate: [], boundaries: [] });

/** True when any category has a prompt. */
export const hasPrompts = (sets: PromptSets): boolean => Object.values(sets).some((list) => list.length);

/**
 * Validates `{ category, text }[]` from the `prompts` property, JSON or the provider. Entries
 * with an unknown category or no text are left out, each with a problem; repeats are dropped.
 */
export function parsePrompts(input: unknown, option: string): Parsed<PromptSets> {
  const value = emptySets();
  if (!Array.isArray(input)) {
    return { value, problems: [{ option, message: 'must be an array of { category, text }; it is ignored.' }] };
  }
  const problems: Problem[] = [];
  const list = capped(input, MAX_PROMPTS, option, problems);
  unknownFields(list, ['category', 'text'], 'a prompt', option, problems);
  list.forEach((raw: unknown, i) => {
    const { category, text: t } = Object(raw) as Record<string, unknown>;
    const prompt = text(t).replace(/\s+/g, ' ');
    if (!isCategory(category) || !prompt) {
      const message = prompt ? `category "${String(category)}" ${KINDS}` : 'has no text';
      problems.push({ option: `${option}[${i}]`, message: `${message}; it is left out.` });
    } else if (!value[category].includes(prompt)) {
      value[category].push(prompt);
    }
  });
  return { value, problems };
}

/** The built-in table `{ reflect: [...], ... }` as input for parsePrompts. */
export const fromTable = (table: unknown): unknown[] =>
  CATEGORIES.flatMap((category) => {
    const list = Object(table)[category] as unknown;
    return Array.isArray(list) ? list.map((t: unknown) => ({ category, text: t })) : [];
  });

/**
 * Reads `<ul data-category="ask"><li>…</li></ul>` (or `<ol>`) anywhere inside the host: the
 * markup a site writes so the prompts read well before, or without, the script. Empty items
 * (blank lines in a CMS) are skipped.
 */
export function promptsFromLists(host: Element): Parsed<PromptSets> | undefined {
  const lists = host.querySelectorAll(':is(ul,ol)[data-category]');
  if (!lists.length) return undefined;
  const problems: Problem[] = [];
  const input: PromptInput[] = [];
  for (const list of lists) {
    const category = list.getAttribute('data-category')!.trim();
    if (!isCategory(category)) {
      problems.push({ option: `<${list.localName} data-category="${category}">`, message: `${KINDS}; the list is left out.` });
    } else {
      for (const li of list.children) if (text(li.textContent)) input.push({ category, text: li.textContent! });
    }
  }
  const parsed = parsePrompts(input, '<li>');
  return { value: parsed.value, problems: [...problems, ...parsed.problems] };
}

/** What prompts look like when a CMS cut them off from the element (core's `cutOff`). */
export const looksLikeList = ':is(ul,ol)[data-category]';

/**
 * The `categories` attribute: which categories to show, in order, separated by spaces or
 * commas. Unknown names are reported and skipped; none left means all four.
 */
export function parseCategories(value: unknown): Parsed<readonly PromptCategory[]> {
  const problems: Problem[] = [];
  const names = value == null ? CATEGORIES : String(value).split(/[\s,]+/).filter(Boolean);
  const out = names.filter((name, i): name is PromptCategory => {
    if (isCategory(name)) return names.indexOf(name) === i;
    problems.push({ option: 'categories', message: `"${name}" ${KINDS}; it is skipped.` });
    return false;
  });
  return { value: out.length ? out : CATEGORIES, problems };
}
