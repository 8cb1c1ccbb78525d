/** Small browser-side helpers the elements share. */
import { newSeed } from '../../core/random.js';

/** A new random quiz seed from the platform's cryptographic random source. */
export const randomSeed = (): string => newSeed(() => crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32);

/**
 * Saves text as a file through a temporary blob link. CSV gets a byte-order
 * mark so spreadsheet programs read its UTF-8 (Korean, Japanese) correctly.
 */
export function downloadText(fileName: string, text: string, type: 'application/json' | 'text/csv'): void {
  const blob = new Blob([type === 'text/csv' ? `\ufeff${text}` : text], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Scrolls an element back into view and focuses it. */
export function restoreFocus(element: HTMLElement) {
  const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  element.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
  element.focus({ preventScroll: true });
}

/**
 * Copies text to the clipboard; where the browser refuses (permissions, an insecure page), selects
 * `shown` (the text on screen) so the reader can copy it by hand. Resolves to whether it was copied.
 */
export async function copyText(text: string, shown: Element | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (shown) window.getSelection()?.selectAllChildren(shown);
    return false;
  }
}
