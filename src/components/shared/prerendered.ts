/**
 * Taking over markup prerendered into the page (declarative shadow DOM; see "Prerendering" in the
 * README). The element renders over it instead of hydrating it, so what the reader did with that
 * markup before the script ran (a "Go deeper" block opened, a control focused) is carried over to
 * the element's own render, by position: the first screen has the same structure in both.
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

/**
 * Empties `root` of its prerendered markup, noting which `<details>` were open and which control
 * had focus; in the next frame, before it is painted, the element's own render (done by then, in
 * the task that emptied the root) gets the same. Nothing to carry over, nothing is scheduled.
 */
export function takeOverPrerendered(root: ShadowRoot): void {
  const elements = deepElements(root);
  const open = elements.filter((element) => element.localName === 'details').flatMap((details, index) => ((details as HTMLDetailsElement).open ? [index] : []));
  const active = deepActiveElement();
  const focused = active ? elements.filter((element) => element.matches(FOCUSABLE)).indexOf(active) : -1;
  root.replaceChildren();
  if (open.length === 0 && focused < 0) return;
  requestAnimationFrame(() => {
    const now = deepElements(root);
    const details = now.filter((element) => element.localName === 'details') as HTMLDetailsElement[];
    for (const index of open) if (details[index]) details[index].open = true;
    if (focused >= 0) (now.filter((element) => element.matches(FOCUSABLE))[focused] as HTMLElement | undefined)?.focus({ preventScroll: true });
  });
}
