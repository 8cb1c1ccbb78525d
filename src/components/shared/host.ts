/** Facts about where an element sits in the page. */
import { loadStrings, type UiStrings } from '../../i18n/strings.js';

/** The element's language: its `lang`, else the nearest `lang` above it (across shadow roots), else English. */
export function languageOf(element: HTMLElement): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof HTMLElement && node.lang) return node.lang;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'en';
}

/**
 * Loads UI strings for the language asked for last: a load for an earlier language that
 * finishes later (Korean still loading when the reader switched back to English) is dropped,
 * so the interface never ends up in another language than the content.
 */
export function latestStrings(apply: (strings: UiStrings) => void): (language: string) => void {
  let latest = 0;
  return (language) => {
    const request = ++latest;
    void loadStrings(language).then((strings) => {
      if (request === latest) apply(strings);
    });
  };
}

/**
 * The prefix of the ids an element gives its parts (`lesson-` for `id="lesson"`), so two on a page
 * do not collide. Read from the attribute: a prerendered page's ids must match the element's own, and
 * Lit's server DOM shim has attributes but no `id` property.
 */
export function idPrefixOf(element: Element): string {
  const id = element.getAttribute('id');
  return id ? `${id}-` : '';
}

/**
 * A key that tells instances apart for saved state: the element's id, else its
 * position among elements of its tag in its root, prefixed by its host's key
 * when it lives in another element's shadow root.
 */
export function instanceKey(element: Element): string {
  if (element.id) return `#${element.id}`;
  const root = element.getRootNode();
  const scope = root instanceof ShadowRoot || root instanceof Document ? root : document;
  const index = Array.from(scope.querySelectorAll(element.localName)).indexOf(element);
  const own = `${element.localName}[${Math.max(0, index)}]`;
  return root instanceof ShadowRoot ? `${instanceKey(root.host)}/${own}` : own;
}

/**
 * Waits for the Lit elements matching `selector` in `root` to finish their pending updates
 * (e.g. elements an update has just created, which render a moment later); true if all did.
 */
export async function innerUpdatesComplete(root: ParentNode, selector: string): Promise<boolean> {
  const inner = [...root.querySelectorAll<Element & { updateComplete?: Promise<boolean> }>(selector)];
  const results = await Promise.all(inner.map((element) => element.updateComplete ?? true));
  return results.every(Boolean);
}
