import { isRtl } from '../../core/strings.js';
import type { QuickExitStrings } from '../../locales/en/quick-exit.js';

/**
 * A plain cover over everything, at once: a modal dialog in the top layer, which also makes
 * the page inert. `label` is its only word ("Loading"), neutral on purpose.
 */
export function coverPage(label: string): HTMLDialogElement {
  const cover = document.createElement('dialog');
  // CSSOM (style.cssText), which a strict CSP allows, unlike a style attribute. !important
  // beats the site's dialog styles. No focus ring: it covers everything and offers nothing.
  // Auto sizes between inset 0 fill the screen, padding included.
  important(cover, 'position:fixed;inset:0;width:auto;height:auto;max-width:none;max-height:none;margin:0;padding:1rem;border:0;outline:0;background:Canvas;color:CanvasText;z-index:2147483647;');
  cover.setAttribute('aria-label', (cover.textContent = label));
  (document.body ?? document.documentElement).append(cover);
  try {
    cover.showModal();
  } catch {
    cover.open = true;
  }
  return cover;
}

/**
 * Turns the cover of a frame that could not close the tab into a calm explanation: this page
 * is inside another site, how to close the tab, and the everyday page `href` in a new tab
 * (where the frame may open one). The cover stays: the page behind it never shows again.
 */
export function explainFramed(cover: HTMLDialogElement, s: QuickExitStrings, href: string, locale: string): void {
  const box = document.createElement('div');
  const message = document.createElement('div');
  const title = document.createElement('p');
  const howTo = document.createElement('p');
  const link = document.createElement('a');
  title.textContent = s.framedTitle;
  howTo.textContent = s.framedHowTo;
  link.textContent = s.framedSafePage;
  link.href = href;
  link.target = '_blank';
  // No opener and no referrer: the new tab cannot reach back, nor tell its site where it came from.
  link.rel = 'noopener noreferrer';
  // Read out when it appears; the dialog's name becomes the title.
  message.setAttribute('role', 'alert');
  message.append(title, howTo);
  box.append(message, link);
  cover.replaceChildren(box);
  cover.setAttribute('aria-label', s.framedTitle);
  cover.lang = locale;
  cover.dir = isRtl(locale) ? 'rtl' : 'ltr';
  // Centred in the frame, however small; the site's own styles for p and a are overruled.
  important(cover, 'display:flex;');
  important(box, 'max-width:32em;margin:auto;font-size:1.125em;line-height:1.5;text-align:start;');
  important(title, 'margin:0 0 0.75em;font-weight:700;');
  important(howTo, 'margin:0 0 0.5em;');
  important(link, 'display:inline-flex;align-items:center;min-height:44px;color:LinkText;text-decoration:underline;text-underline-offset:0.2em;');
}

/** Adds `declarations` (each ending in `;`) to the element's inline style, each `!important`. */
function important(element: HTMLElement, declarations: string): void {
  element.style.cssText += declarations.replace(/;/g, '!important;');
}
