/**
 * Follows the reader: which content section is at the top of the viewport, for the table of
 * contents to mark (`aria-current`). Sections rendered later are observed as they appear.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class SectionSpy implements ReactiveController {
  /** The `data-section` id of the topmost section in view. */
  current?: string;
  private observer?: IntersectionObserver;
  private readonly inView = new Set<Element>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly root: () => ParentNode,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (typeof IntersectionObserver === 'undefined') return;
    // Observing a section twice does nothing, so sections rendered later are simply added.
    this.observer ??= new IntersectionObserver((entries) => this.onEntries(entries), { rootMargin: '0px 0px -60% 0px' });
    this.root().querySelectorAll('section[data-section]').forEach((section) => this.observer!.observe(section));
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.inView.clear();
  }

  private onEntries(entries: IntersectionObserverEntry[]): void {
    // Sections rendered later report in batches of their own: keep every one in view across callbacks.
    for (const entry of entries) {
      if (entry.isIntersecting) this.inView.add(entry.target);
      else this.inView.delete(entry.target);
    }
    const topmost = [...this.inView]
      .filter((section) => section.isConnected)
      .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)[0];
    const id = topmost?.getAttribute('data-section');
    if (id && id !== this.current) {
      this.current = id;
      this.host.requestUpdate();
    }
  }
}
