/**
 * Copy buttons on the demo page: the Clipboard API, else the text is selected for the visitor
 * to copy by keys. `status` (a live region) says which; it is cleared first, so that a second
 * copy is announced again. `what` names the selected thing, `done` the words on success.
 */
export async function copyText(text: string, source: Element, status: Element, { done = 'Copied.', what = 'text' } = {}): Promise<void> {
  status.textContent = '';
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = done;
  } catch {
    const range = document.createRange();
    range.selectNodeContents(source);
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    status.textContent = `This browser did not allow copying. The ${what} is selected: press Control and C (Command and C on a Mac) to copy it.`;
  }
}
