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

// HTML's global attributes, and what frameworks and microdata add to any element (Angular's
// _ngcontent-* and ng-reflect-*, Alpine's x-*, :bind and @event, Vue's v-*, itemprop): not typos.
const GLOBAL_ATTRIBUTE =
  /^(id|class|style|lang|dir|hidden|slot|part|title|role|tabindex|translate|inert|exportparts|nonce|is|popover|autofocus|contenteditable|draggable|spellcheck|enterkeyhint|inputmode|accesskey|(data|aria|ng|x|v)-.+|on[a-z]+|item[a-z]+|.*[_:@.].*)$/;

/** A misspelt attribute in a CMS snippet otherwise fails silently: each unknown one is named. */
export function warnUnknownAttributes(element: Element, known: readonly string[]): void {
  // Names only: walking `element.attributes` makes the engine create an Attr node for each
  // attribute (kept on the element), ~4 us a widget with two attributes.
  for (const name of element.getAttributeNames()) {
    if (!known.includes(name) && !GLOBAL_ATTRIBUTE.test(name)) {
      warn(element, name, 'is not an attribute of this element; it is ignored.');
    }
  }
}

export function warnAll(element: Element, problems: readonly Problem[]): void {
  for (const p of problems) warn(element, p.option, p.message);
}
