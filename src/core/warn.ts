/**
 * One format for every warning about bad input, so a site owner can search the console
 * for the element's tag and the option they set. Each distinct message is printed once per
 * element: re-renders must not flood the console.
 */
const seen = new WeakMap<object, Set<string>>();

export interface Problem {
  /** The option, attribute or content path at fault: `items[2].answer`, `heading-level`. */
  option: string;
  /** What is wrong and what happens instead, in one sentence. */
  message: string;
}

export function warn(element: Element, option: string, message: string): void {
  const tag = element.localName;
  const line = `<${tag}> ${option}: ${message}`;
  let set = seen.get(element);
  if (!set) seen.set(element, (set = new Set()));
  if (set.has(line)) return;
  set.add(line);
  console.warn(`[haven-widgets] ${line}`);
}

export function warnAll(element: Element, problems: readonly Problem[]): void {
  for (const p of problems) warn(element, p.option, p.message);
}
