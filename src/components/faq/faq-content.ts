import type { Parsed } from '../../core/content.js';
import { GENERATED, capped, childElements, text, uniqueIds, unknownFields, words } from '../../core/content.js';
import type { Problem } from '../../core/warn.js';
import type { FaqItemInput } from './types.js';

export type { FaqItemInput };

/** An item ready to render. `nodes` holds a light-DOM answer's own markup, cloned. */
export interface FaqItem {
  id: string;
  question: string;
  answer: string;
  open: boolean;
  nodes?: Node[];
}

/** More would not be a FAQ; it keeps a pasted data dump from freezing a phone. */
export const MAX_ITEMS = 1000;

/**
 * Validates items from the `items` property, JSON or the provider. Items without a question
 * or an answer are left out, each with a problem naming it; the rest keep their order.
 */
export function parseItems(input: unknown, option: string): Parsed<FaqItem[]> {
  const problems: Problem[] = [];
  if (!Array.isArray(input)) {
    problems.push({ option, message: 'must be an array of { question, answer } objects; it is ignored.' });
    return { value: [], problems };
  }
  const items: FaqItem[] = [];
  const list = capped(input, MAX_ITEMS, option, problems);
  unknownFields(list, ['id', 'question', 'answer', 'open'], 'an FAQ', option, problems);
  list.forEach((raw: unknown, i) => {
    const entry = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
    const question = text(entry.question);
    const answer = text(entry.answer);
    if (!question || !answer) {
      const missing = [!question && 'question', !answer && 'answer'].filter(Boolean).join(' and ');
      problems.push({ option: `${option}[${i}]`, message: `has no ${missing} (text); the item is left out.` });
      return;
    }
    items.push({ id: text(entry.id), question, answer, open: entry.open === true });
  });
  return { value: uniqueIds(items, (item) => item.question, 'question', (_, i) => `${option}[${i}].id`, problems), problems };
}

/**
 * Reads `<details><summary>Question</summary>Answer…</details>` children: the markup a site
 * writes so the page reads well before, or without, the script. The answer's own markup
 * (links, lists) is kept, cloned, because the site itself wrote it.
 */
export function itemsFromDetails(host: Element): Parsed<FaqItem[]> | undefined {
  const details = childElements(host).filter(
    (c): c is HTMLDetailsElement => c.localName === 'details' && !c.hasAttribute(GENERATED),
  );
  if (!details.length) return undefined;
  const problems: Problem[] = [];
  const items: FaqItem[] = [];
  capped(details, MAX_ITEMS, '<details>', problems).forEach((d, i) => {
    const summary = childElements(d).find((c) => c.localName === 'summary');
    const question = words(summary);
    const nodes: Node[] = [];
    for (let n = d.firstChild; n; n = n.nextSibling) if (n !== summary) nodes.push(n.cloneNode(true));
    const answer = nodes.map((n) => n.textContent ?? '').join(' ').replace(/\s+/g, ' ').trim();
    if (!question || !answer) {
      const missing = !question ? '<summary> question' : 'answer after its <summary>';
      problems.push({ option: `<details> ${i + 1}`, message: `has no ${missing}; it is left out.` });
      return;
    }
    items.push({ id: d.id.trim(), question, answer, open: d.open, nodes });
  });
  return { value: uniqueIds(items, (item) => item.question, 'question', (_, i) => `<details>[${i}].id`, problems), problems };
}

/** What an FAQ's content looks like when a CMS cut it off from the element (core's `cutOff`). */
export const looksLikeItem = 'details';

/** Paragraphs of a plain-text answer: a blank line separates them. */
export function paragraphs(answer: string): string[] {
  return answer.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
}

/** schema.org FAQPage for search engines, from what is shown. */
export function faqPageJsonLd(items: readonly FaqItem[]): string {
  // \u003c keeps a '</script>' in an answer from ending the script if the page is serialised.
  return JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: items.map((item) => ({
      '@type': 'Question',
      name: item.question,
      acceptedAnswer: { '@type': 'Answer', text: item.answer },
    })),
  }).replace(/</g, '\\u003c');
}
