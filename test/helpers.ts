/**
 * Starts the message of an error a test throws on purpose. The browser still logs such an
 * error; the runner's log filter drops it, so that a green run prints no stack trace.
 */
export const EXPECTED = '[thrown by a test on purpose]';

/** Records console.warn calls while a test runs; call restore() in afterEach. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console.warn = original) };
}

/** Collects every `type` event fired on `target`. */
export function collect<T = unknown>(target: EventTarget, type: string): T[] {
  const seen: T[] = [];
  target.addEventListener(type, (e) => seen.push((e as CustomEvent<T>).detail));
  return seen;
}

/** The element focused inside shadow roots, all the way down. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

import { executeServerCommand } from '@web/test-runner-commands';

/** `media` is the media type (`print`), the rest are media features. */
export type MediaFeature = { name: 'prefers-color-scheme' | 'forced-colors' | 'prefers-reduced-motion' | 'media'; value: string };

/** Emulates media features for this page; false where the engine cannot (Firefox here). */
export function emulateFeatures(features: MediaFeature[]): Promise<boolean> {
  return executeServerCommand<boolean, MediaFeature[]>('media-features', features);
}

/** Back to the machine's defaults; call in afterEach of tests that emulate. */
export function resetFeatures(): Promise<boolean> {
  return emulateFeatures([
    { name: 'prefers-color-scheme', value: '' },
    { name: 'forced-colors', value: '' },
    { name: 'prefers-reduced-motion', value: '' },
    { name: 'media', value: '' },
  ]);
}

/** Holds a key down (`{ down: 'Shift' }`) or lets it go (`{ up: 'Shift' }`), in every engine. */
export function holdKey(payload: { down: string } | { up: string }): Promise<boolean> {
  return executeServerCommand<boolean, typeof payload>('hold-key', payload);
}

/** Errors the page raises from now on (uncaught, or unhandled rejections), as text. */
export function pageErrors(): string[] {
  const errors: string[] = [];
  window.addEventListener('error', (e) => errors.push(String(e.message)));
  window.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
  return errors;
}

/** Loads a classic script, as a CMS that strips type="module" would. */
export function classicScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(s);
  });
}
