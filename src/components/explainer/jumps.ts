/**
 * Getting around the explainer: deep links (`#<prefix><id>` in the URL), scripted jumps from the
 * quiz and from citations with a way back (a "Back to …" button and a history entry), and print,
 * which renders and opens everything and puts it back afterwards.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Content } from '../../core/content/schema.js';
import { innerUpdatesComplete } from '../shared/host.js';

/** A place to come back to after a jump within the page. */
export interface ReturnPoint {
  /** The button's text ("Back to question 3", "Back to text"). */
  label: string;
  /** Scrolls back and moves focus where the jump began. */
  restore(): void;
}

export interface JumpsOptions {
  content(): Content | undefined;
  idPrefix(): string;
  root(): ParentNode;
  /** Renders the rest of the page now; true if it rendered anything. */
  showEverything(): boolean;
  /** Elements inside that render a moment after the explainer creates them. */
  innerElements: string;
  sourcesOpen(): boolean;
  setSourcesOpen(open: boolean): void;
  /** True while the page still changes above a deep link's target (the checks on their way): the jump waits for the next update. */
  holdDeepLink(): boolean;
}

export class Jumps implements ReactiveController {
  /**
   * Where the last jump into the explainer came from (a quiz question, a citation): offered as a
   * "Back to …" button, and by the browser's Back, until it is used or another jump replaces it.
   */
  returnPoint?: ReturnPoint;
  private deepLinkApplied = false;
  /** "Go deeper" blocks and the teacher box that printing opened, to close them again afterwards. */
  private openedForPrint: HTMLDetailsElement[] = [];
  /** Whether the source list was expanded before printing expanded it, to put it back afterwards. */
  private sourcesOpenBeforePrint?: boolean;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly o: JumpsOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // A reader who starts scrolling while a deep link waits (for the checks) has moved on: it is dropped.
    for (const type of ['wheel', 'touchstart', 'keydown'] as const) window.addEventListener(type, this.onReaderMoved, { passive: true });
    window.addEventListener('hashchange', this.onHashChange);
    window.addEventListener('popstate', this.onPopState);
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  hostDisconnected(): void {
    for (const type of ['wheel', 'touchstart', 'keydown'] as const) window.removeEventListener(type, this.onReaderMoved);
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener('popstate', this.onPopState);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
  }

  /** After the first render with content: the URL's deep link, once. */
  hostUpdated(): void {
    if (!this.o.content() || this.deepLinkApplied || this.o.holdDeepLink()) return;
    this.deepLinkApplied = true;
    this.applyHash();
  }

  /** Whether the first render should show everything: a deep link may point anywhere in the page. */
  get wantsEverything(): boolean {
    const content = this.o.content();
    return !!content && !this.deepLinkApplied && !!this.hashTarget(content);
  }

  /**
   * The element id named by the page's URL hash, if it names a part of this explainer (a section,
   * theme, the timeline, glossary or sources, a source or a term, after the element's prefix).
   * Other hashes (a router's, a page's own anchors) are left alone.
   */
  private hashTarget(content: Content): string | undefined {
    let hash: string;
    try {
      hash = decodeURIComponent(window.location.hash.slice(1));
    } catch {
      return undefined; // a malformed escape such as "#50%"
    }
    const prefix = this.o.idPrefix();
    if (!hash.startsWith(prefix)) return undefined;
    const id = hash.slice(prefix.length);
    const ours =
      ['timeline', 'glossary', 'sources'].includes(id) ||
      content.sections.some((section) => section.id === id || section.deeper?.some((block) => block.id === id)) ||
      content.themes.some((theme) => `theme-${theme.id}` === id) ||
      content.sources.some((source) => `source-${source.id}` === id) ||
      content.glossary.some((term) => `term-${term.id}` === id);
    return ours ? hash : undefined;
  }

  /** Scrolls to and focuses the part named by the page's URL hash, if it is ours. */
  private applyHash(): void {
    const content = this.o.content();
    const hash = content && this.hashTarget(content);
    // After the elements just created inside (the checks above the target, the timeline) have rendered, or the target would move.
    if (!hash) return;
    // Unless another jump (a citation, a contents link) came first meanwhile: the latest wins.
    const reveals = this.reveals;
    void innerUpdatesComplete(this.o.root(), this.o.innerElements).then(() => {
      if (this.reveals === reveals) this.revealById(hash);
    });
  }

  /** Scrolls to and focuses an element of the explainer by id, rendering the rest of the page first if needed. */
  revealById(id: string): boolean {
    const find = () => this.o.root().querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`);
    const found = find();
    if (found) {
      this.reveal(found);
      return true;
    }
    if (!this.o.showEverything() || !find()) return false;
    // Scroll once the timeline and decision walk just created have filled in, or the target would move.
    void innerUpdatesComplete(this.o.root(), this.o.innerElements).then(() => {
      const target = find();
      if (target) this.reveal(target);
    });
    return true;
  }

  /** Offers the way back from a jump: the button, and a history entry so the browser's Back does the same. */
  offerReturn(id: string, point: ReturnPoint): void {
    this.returnPoint = point;
    this.host.requestUpdate();
    try {
      // What a plain in-page link would do, which the jump (scripted, to open what it needs) replaced.
      history.pushState({ eceReturn: this.o.idPrefix() }, '', `#${id}`);
    } catch {
      // A sandboxed frame may refuse: the button still works.
    }
  }

  /** Goes back where the jump began. From the button, the history entry the jump made is taken back too. */
  returnFromJump(fromButton: boolean): void {
    const point = this.returnPoint;
    if (!point) return;
    this.returnPoint = undefined;
    this.host.requestUpdate();
    if (fromButton && (history.state as { eceReturn?: string } | null)?.eceReturn === this.o.idPrefix()) history.back();
    point.restore();
  }

  /** How many jumps have been made: a deep link applied late gives way to a jump made since. */
  private reveals = 0;

  private reveal(target: HTMLElement): void {
    this.reveals++;
    // A jump made while a deep link still waits replaces it.
    this.deepLinkApplied = true;
    // Inside the collapsed source list or a "go deeper" block: expand it first, or there is nothing to scroll to.
    const details = target.closest('details');
    if (details && !details.open) {
      details.open = true;
      if (details.classList.contains('all-sources')) this.o.setSourcesOpen(true);
    }
    const focusable =
      target.localName === 'section'
        ? target.querySelector<HTMLElement>('h1,h2,h3,h4,h5,h6,[role="heading"]')
        : target.localName === 'details'
          ? target.querySelector<HTMLElement>('summary')
          : target;
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({ block: 'start', behavior: reduced ? 'auto' : 'smooth' });
    focusable?.focus({ preventScroll: true });
  }

  private sourceDetails() {
    return this.o.root().querySelector<HTMLDetailsElement>('details.all-sources');
  }

  private readonly onHashChange = () => this.applyHash();
  private readonly onReaderMoved = () => {
    if (this.o.content()) this.deepLinkApplied = true;
  };
  private readonly onPopState = () => this.returnFromJump(false);

  private readonly onBeforePrint = () => {
    this.o.showEverything();
    this.openedForPrint = [...this.o.root().querySelectorAll<HTMLDetailsElement>('details.deeper:not([open]), details.teacher-box:not([open])')];
    this.openedForPrint.forEach((details) => (details.open = true));
    // Paper cannot be clicked: print every source. Set on the element too, since the page prints before Lit's next update.
    this.sourcesOpenBeforePrint ??= this.o.sourcesOpen();
    this.o.setSourcesOpen(true);
    this.sourceDetails()?.setAttribute('open', '');
  };

  private readonly onAfterPrint = () => {
    this.openedForPrint.forEach((details) => (details.open = false));
    this.openedForPrint = [];
    if (this.sourcesOpenBeforePrint === undefined) return;
    const open = this.sourcesOpenBeforePrint;
    this.sourcesOpenBeforePrint = undefined;
    this.o.setSourcesOpen(open);
    if (!open) this.sourceDetails()?.removeAttribute('open');
  };
}
