/**
 * Taking over markup prerendered into the page (declarative shadow DOM; see "Prerendering" in the
 * README). The element renders over it instead of hydrating it, so what the reader did with that
 * markup before the script ran (a "Go deeper" block opened, a control focused) is carried over to the
 * element's own render: each element found again by its id (or term key, or link target) and its
 * place among those that share it, so blocks the new render inserts elsewhere do not shift it.
 */

const FOCUSABLE = 'a[href], button, summary, input, select, textarea, [tabindex]';

/** Every element under `root` and under the open shadow roots below it, in document order. */
function deepElements(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((element) => (element.shadowRoot ? [element, ...deepElements(element.shadowRoot)] : [element]));
}

/** The element that has focus, inside shadow roots too. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Keys that find an element again in a new render: what names it, then its count among elements so named. */
function keysOf(elements: Element[]): string[] {
  const seen = new Map<string, number>();
  return elements.map((element) => {
    const name = `${element.localName}|${element.id || element.getAttribute('data-term-key') || element.getAttribute('href') || ''}`;
    const count = seen.get(name) ?? 0;
    seen.set(name, count + 1);
    return `${name}|${count}`;
  });
}

/**
 * Empties `root` of its prerendered markup, noting which `<details>` were open and which control had
 * focus; the element's own render (done in the task that emptied the root) gets the same before its
 * next frame is painted (in a hidden tab, which paints nothing, right after this task). Focus is
 * given back only if it has not gone elsewhere meanwhile (a deep link's target, say).
 */
export function takeOverPrerendered(root: ShadowRoot): void {
  const elements = deepElements(root);
  const details = elements.filter((element) => element.localName === 'details');
  const detailKeys = keysOf(details);
  const open = details.flatMap((element, index) => ((element as HTMLDetailsElement).open ? [detailKeys[index]!] : []));
  const active = deepActiveElement();
  const focusables = active && active !== document.body ? elements.filter((element) => element.matches(FOCUSABLE)) : [];
  const focusIndex = active ? focusables.indexOf(active) : -1;
  const focused = focusIndex >= 0 ? keysOf(focusables)[focusIndex] : undefined;
  root.replaceChildren();
  if (open.length === 0 && !focused) return;
  const restore = () => {
    const now = deepElements(root);
    const nowDetails = now.filter((element) => element.localName === 'details') as HTMLDetailsElement[];
    const nowDetailKeys = keysOf(nowDetails);
    for (const key of open) {
      const match = nowDetails[nowDetailKeys.indexOf(key)];
      if (match) match.open = true;
    }
    const current = deepActiveElement();
    if (focused && (!current || current === document.body || current === root.host)) {
      const nowFocusables = now.filter((element) => element.matches(FOCUSABLE));
      (nowFocusables[keysOf(nowFocusables).indexOf(focused)] as HTMLElement | undefined)?.focus({ preventScroll: true });
    }
  };
  if (document.hidden) setTimeout(restore, 0);
  else requestAnimationFrame(restore);
}
