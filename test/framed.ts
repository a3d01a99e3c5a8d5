// Shared by the tests of a quick exit inside a frame on another origin (test/pages/framed-exit.*).

/** The page is served as localhost; the same server as 127.0.0.1 is another origin (or the other way round). */
export const otherOrigin = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;

/** What site builders allow their embeds: no allow-top-navigation. */
export const BUILDER_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-forms';

export interface Report {
  harness: string;
  location: string;
  covered: boolean;
  text: string | null;
  lang: string | null;
  dir: string | null;
  alert: string | null;
  link: { href: string; target: string; rel: string } | null;
  frameNotes: string[];
}

export interface Framed {
  iframe: HTMLIFrameElement;
  /** Sends a command to the frame's remote control. */
  send(command: 'click' | 'link' | 'focus' | 'report'): void;
  /** The next message of this kind from the frame. */
  next(kind: string): Promise<Report>;
  /** How many times the frame has loaded a document (1: never navigated). */
  loads: number;
  remove(): void;
}

/**
 * A sandboxed frame on the other origin holding a quick exit (and an FAQ), in `into` (which
 * may be in a frame of this page); resolves once it is ready.
 */
export async function framed(query: Record<string, string>, into: Element = document.body): Promise<Framed> {
  const host = into.ownerDocument.defaultView!;
  const iframe = into.ownerDocument.createElement('iframe');
  iframe.setAttribute('sandbox', BUILDER_SANDBOX);
  iframe.style.cssText = 'width:390px;height:500px;border:1px solid';
  const messages: Report[] = [];
  const waiting: Array<{ kind: string; resolve: (r: Report) => void }> = [];
  const onMessage = (event: MessageEvent): void => {
    if (event.source !== iframe.contentWindow || typeof event.data?.harness !== 'string') return;
    const data = event.data as Report;
    const i = waiting.findIndex((w) => w.kind === data.harness);
    if (i >= 0) waiting.splice(i, 1)[0]!.resolve(data);
    else messages.push(data);
  };
  host.addEventListener('message', onMessage);
  const next = (kind: string): Promise<Report> => {
    const i = messages.findIndex((m) => m.harness === kind);
    if (i >= 0) return Promise.resolve(messages.splice(i, 1)[0]!);
    return new Promise((resolve) => waiting.push({ kind, resolve }));
  };
  const frame: Framed = {
    iframe,
    send: (command) => iframe.contentWindow!.postMessage({ harness: command }, '*'),
    next,
    loads: 0,
    remove() {
      host.removeEventListener('message', onMessage);
      iframe.remove();
    },
  };
  iframe.addEventListener('load', () => frame.loads++);
  iframe.src = `${otherOrigin}/test/pages/framed-exit.html?${new URLSearchParams(query)}`;
  into.append(iframe);
  await next('ready');
  return frame;
}
