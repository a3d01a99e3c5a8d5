// The demo page: every widget with its options. Snippets are read from the live examples,
// so what a visitor copies is exactly what they see working.
import '../src/index.js';

const root = document.documentElement;
const params = new URLSearchParams(location.search);

function applyTheme(theme: string): void {
  root.dataset.theme = theme;
  // Widgets outside a provider follow the page's choice; providers keep their own.
  for (const el of document.querySelectorAll('main *')) {
    if (el.localName.startsWith('haven-') && el.localName !== 'haven-provider' && !el.closest('haven-provider')) {
      el.setAttribute('theme', theme);
    }
  }
}

function applyDir(dir: string): void {
  root.dir = dir;
}

document.querySelector('.toolbar')!.addEventListener('change', (event) => {
  const input = event.target as HTMLInputElement;
  if (input.name === 'theme') applyTheme(input.value);
  if (input.name === 'dir') applyDir(input.value);
});

for (const [name, apply] of [['theme', applyTheme], ['dir', applyDir]] as const) {
  const value = params.get(name);
  if (value) {
    const input = document.querySelector<HTMLInputElement>(`input[name="${name}"][value="${CSS.escape(value)}"]`);
    if (input) {
      input.checked = true;
      apply(value);
    }
  }
}

function dedent(text: string): string {
  const lines = text.replace(/^\n+|\s+$/g, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

for (const stage of document.querySelectorAll<HTMLElement>('[data-snippet]')) {
  // Read the markup before the widgets add anything (structured data) to it.
  const markup = dedent(stage.innerHTML.replace(/<script type="application\/ld\+json"[\s\S]*?<\/script>/g, ''));
  const details = document.createElement('details');
  details.className = 'snippet';
  const summary = document.createElement('summary');
  summary.textContent = 'Show the snippet';
  const pre = document.createElement('pre');
  const code = document.createElement('code');
  code.textContent = markup;
  pre.append(code);
  const copy = document.createElement('button');
  copy.type = 'button';
  copy.className = 'copy';
  copy.textContent = 'Copy snippet';
  const status = document.createElement('span');
  status.setAttribute('role', 'status');
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(markup);
      status.textContent = ' Copied';
    } catch {
      status.textContent = ' Select the text above and copy it';
    }
  });
  details.append(summary, pre, copy, status);
  stage.after(details);
}
