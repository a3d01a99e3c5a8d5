// The embed's own page: a quick exit (and an FAQ) as pasted into Wix's "Embed HTML" box,
// with a small remote control for the test page around it, which cannot reach in (another
// origin). Query: lang, href (the exit's), theme, focus. Messages from the parent:
// { harness: 'click' | 'link' | 'report' }; to it: { harness: 'ready' | 'explained' | 'report', ... }.
import '../../src/components/quick-exit/index.js';
import '../../src/components/faq/index.js';
import '../../src/locales/es.js';
import '../../src/locales/fr.js';
import '../../src/locales/de.js';
import '../../src/locales/pt.js';
import '../../src/locales/ar.js';

const query = new URLSearchParams(location.search);
document.documentElement.lang = query.get('lang') ?? 'en';
if (query.get('theme') === 'dark') document.documentElement.style.colorScheme = 'dark';

const link = document.createElement('a');
link.href = '#away';
link.setAttribute('data-haven-exit', '');
link.textContent = 'Skip to the exit';
const exit = document.createElement('haven-quick-exit');
exit.setAttribute('placement', 'inline');
if (query.get('href')) exit.setAttribute('href', query.get('href')!);
if (query.get('theme')) exit.setAttribute('theme', query.get('theme')!);
const input = document.createElement('input');
input.setAttribute('aria-label', 'Message');
document.body.append(link, exit, document.createElement('haven-faq'), input);

const warnings = (window as unknown as { warnings: string[] }).warnings;

function report(): Record<string, unknown> {
  const cover = document.querySelector('body > dialog');
  const a = cover?.querySelector('a');
  return {
    location: location.href,
    covered: !!cover && (cover as HTMLDialogElement).open,
    text: cover?.textContent ?? null,
    lang: cover?.getAttribute('lang') ?? null,
    dir: cover?.getAttribute('dir') ?? null,
    alert: cover?.querySelector('[role="alert"]')?.textContent ?? null,
    link: a ? { href: a.href, target: a.target, rel: a.rel } : null,
    frameNotes: warnings.filter((w) => w.includes('> frame:')),
  };
}

// The explanation is announced (role="alert") when it appears: tell the test page then.
new MutationObserver(() => {
  if (document.querySelector('body > dialog [role="alert"]')) parent.postMessage({ harness: 'explained', ...report() }, '*');
}).observe(document.body, { childList: true, subtree: true });

addEventListener('message', (event) => {
  // From the test page: around this frame, or (when the page around is a window it opened) its opener.
  if (event.source !== parent && event.source !== top && event.source !== top!.opener) return;
  const command = (event.data as { harness?: string } | null)?.harness;
  if (command === 'click') exit.shadowRoot!.querySelector('button')!.click();
  else if (command === 'link') link.click();
  else if (command === 'focus') {
    input.focus();
    parent.postMessage({ harness: 'focused' }, '*');
  }
  else if (command === 'report') parent.postMessage({ harness: 'report', ...report() }, '*');
});

await customElements.whenDefined('haven-quick-exit');
await (exit as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
parent.postMessage({ harness: 'ready' }, '*');
