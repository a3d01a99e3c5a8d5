/*
 * The prompts a site gives <haven-journal>: pure parsing, no element. A site's prompts
 * replace the built-in ones of the kinds it names; the other kinds keep theirs.
 */
import { capped, quoted, text, type Parsed } from '../../core/content.js';
import type { Problem } from '../../core/warn.js';
import { isJournalKind } from './journal-crypto.js';
import type { JournalKind } from './types.js';

/** The kinds, in the order the chooser shows them. */
export const KINDS: readonly JournalKind[] = ['milestone', 'feeling', 'good-things', 'kindness', 'peer'];

/** Prompts by kind, as a site writes them: `{ milestone: ['…'], peer: ['…'] }`. */
export type JournalPrompts = Partial<Record<JournalKind, string[]>>;

/** More prompts than this for one kind is a data dump, not a choice. */
export const MAX_PROMPTS = 50;

const NOT_A_KIND = `is not a kind (${KINDS.join(', ')})`;

/** Validates prompts from the property or the provider: unknown kinds and empty prompts are left out with a problem. */
export function parseJournalPrompts(input: unknown, option: string): Parsed<JournalPrompts> {
  const value: JournalPrompts = {};
  const problems: Problem[] = [];
  if (!input || typeof input !== 'object' || Array.isArray(input)) {
    problems.push({ option, message: 'must be an object of kinds, each a list of prompts; it is ignored.' });
    return { value, problems };
  }
  for (const [kind, list] of Object.entries(input)) {
    if (!isJournalKind(kind)) {
      problems.push({ option, message: `${quoted(kind)} ${NOT_A_KIND}; it is left out.` });
      continue;
    }
    if (!Array.isArray(list)) {
      problems.push({ option: `${option}.${kind}`, message: 'is not a list of prompts; it is left out.' });
      continue;
    }
    const prompts: string[] = [];
    capped(list, MAX_PROMPTS, `${option}.${kind}`, problems).forEach((raw: unknown, i) => {
      const prompt = text(raw).replace(/\s+/g, ' ');
      if (!prompt) problems.push({ option: `${option}.${kind}[${i}]`, message: 'has no text; it is left out.' });
      else if (!prompts.includes(prompt)) prompts.push(prompt);
    });
    if (prompts.length) value[kind] = prompts;
  }
  return { value, problems };
}

/**
 * Reads `<ul data-kind="milestone"><li>…</li></ul>` (or `<ol>`) inside the host: prompts a
 * site writes so they read well before, or without, the script.
 */
export function promptsFromMarkup(host: Element): Parsed<JournalPrompts> | undefined {
  const lists = host.querySelectorAll(':is(ul,ol)[data-kind]');
  if (!lists.length) return undefined;
  const input: Record<string, string[]> = {};
  const problems: Problem[] = [];
  for (const list of lists) {
    const kind = list.getAttribute('data-kind')!.trim();
    if (!isJournalKind(kind)) {
      problems.push({ option: `<${list.localName} data-kind="${kind}">`, message: `${NOT_A_KIND}; the list is left out.` });
      continue;
    }
    for (const li of list.children) {
      if (li.localName === 'li' && text(li.textContent)) (input[kind] ??= []).push(li.textContent!);
    }
  }
  const parsed = parseJournalPrompts(input, '<li>');
  return { value: parsed.value, problems: [...problems, ...parsed.problems] };
}

/** What prompt lists look like when a CMS cut them off from the element (core's `cutOff`). */
export const looksLikePrompts = ':is(ul,ol)[data-kind]';

/** Whether parsed prompts give at least one kind something to show. */
export const hasPrompts = (prompts: JournalPrompts): boolean => KINDS.some((k) => prompts[k]?.length);

/**
 * The entries as the look back shows them: milestones first, then the rest; newest first
 * within each. Pure, so the order is tested without a page.
 */
export function lookBackOrder<T extends { kind: JournalKind; date: string }>(entries: readonly T[]): T[] {
  const newestFirst = (a: T, b: T) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0);
  // Reversed first, so entries of the same millisecond keep newest first too (sort is stable).
  const latest = [...entries].reverse();
  return [...latest.filter((e) => e.kind === 'milestone').sort(newestFirst), ...latest.filter((e) => e.kind !== 'milestone').sort(newestFirst)];
}

/** The entries as a plain text file: a title, the line saying where the file is, each entry with its date and kind. */
export function entriesAsText(
  entries: readonly { kind: JournalKind; date: string; text: string }[],
  words: { title: string; note: string; kinds: Record<JournalKind, string>; date: (iso: string) => string },
): string {
  const body = lookBackOrder(entries).map((e) => `${words.date(e.date)} · ${words.kinds[e.kind]}\n${e.text}`);
  return [words.title, words.note, ...body].join('\n\n') + '\n';
}
