import { fixture, waitUntil, type html } from '@open-wc/testing';
import type { ExportControlsExplainer } from '../../src/components/export-controls-explainer/export-controls-explainer.js';
import type { Content } from '../../src/core/content/schema.js';
import solarSystem from '../fixtures/solar-system.json' with { type: 'json' };

/** A second, unrelated content file: proves the views render whatever the content says. */
export const otherContent = (): Content => structuredClone(solarSystem) as unknown as Content;

/** Waits for an element and its nested Lit children to finish rendering. */
export async function settle(element: Element): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const pending = [element, ...deepElements(element)].map((el) => (el as { updateComplete?: Promise<unknown> }).updateComplete);
    await Promise.all(pending.filter(Boolean));
  }
}

/** Every element below `root`, across shadow roots. */
export function deepElements(root: Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const child of Array.from(node.children)) {
      out.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  if (root instanceof Element && root.shadowRoot) walk(root.shadowRoot);
  walk(root);
  return out;
}

/** The element that has focus, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Text of an element's shadow DOM, for asserting what the reader sees. */
export const shadowText = (element: Element) => (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

/** Waits until an element that loads content shows it, or an error panel. */
export async function loaded(element: Element): Promise<void> {
  await waitUntil(() => element.shadowRoot?.querySelector('article, section.quiz, [role="alert"]'), 'content never loaded', { timeout: 5000 });
  await settle(element);
}

/**
 * Runs `body` with some of `target`'s members replaced (a storage that refuses, a quiet
 * `console.error`, a `fetch` that records), then puts the originals back, whatever happens.
 */
export async function withStubs<T extends object>(target: T, replacements: Partial<T>, body: () => unknown): Promise<void> {
  const originals = Object.fromEntries(Object.keys(replacements).map((key) => [key, target[key as keyof T]])) as Partial<T>;
  Object.assign(target, replacements);
  try {
    await body();
  } finally {
    Object.assign(target, originals);
  }
}

/** A one-tag element from a template, once its quiz has rendered too. */
export async function oneTagPage(template: ReturnType<typeof html>): Promise<ExportControlsExplainer> {
  const el = await fixture<ExportControlsExplainer>(template);
  await waitUntil(() => el.shadowRoot!.querySelector('ece-quiz')?.shadowRoot?.querySelector('section.quiz'), 'never rendered', { timeout: 5000 });
  await settle(el);
  return el;
}
