/**
 * Renders the explainer a few blocks at a time (sections in reading order, then the timeline,
 * glossary and sources), so that a slow phone paints the top of the page and stays responsive
 * instead of building the whole page in one long task. The number of blocks per task adapts:
 * it doubles while updates are quick and halves when one is slow.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Content } from '../../core/content/schema.js';

/** Content sections shown by the first render. */
export const FIRST_RENDER_BLOCKS = 2;
/** Time an update that adds blocks should take: the number of blocks per task adapts to it. */
const BLOCK_BUDGET_MS = 25;

type Host = ReactiveControllerHost & HTMLElement & { hasUpdated: boolean };

/** Blocks in reading order: each content section, then the timeline, glossary and sources. */
export const blockCount = (content: Content): number =>
  content.sections.length + (content.events.length ? 1 : 0) + (content.glossary.length ? 1 : 0) + 1;

export class ProgressiveRender implements ReactiveController {
  /** How many blocks are rendered. */
  shown = FIRST_RENDER_BLOCKS;
  private shownFor?: Content;
  private timer?: ReturnType<typeof setTimeout>;
  private step = 1;
  private updateStarted = 0;
  private lastUpdateMs = 0;

  constructor(
    private readonly host: Host,
    /** The content shown, once loaded and valid. */
    private readonly content: () => Content | undefined,
    /** Runs the pending update now (the host's `performUpdate`, which is protected). */
    private readonly renderNow: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.host.hasUpdated) this.scheduleNext();
  }

  hostDisconnected(): void {
    this.stop();
  }

  hostUpdate(): void {
    this.updateStarted = performance.now();
  }

  hostUpdated(): void {
    this.lastUpdateMs = performance.now() - this.updateStarted;
    if (this.content()) this.scheduleNext();
  }

  /**
   * Called before each update: new content starts again from the first blocks, unless the page
   * was already showing content (another language, an edited file: the blocks update in place, so
   * the reader keeps their place and focus) or `all` asks for everything at once (a deep link).
   */
  sync(all: boolean): void {
    const content = this.content();
    if (content === this.shownFor) return;
    const before = this.shownFor;
    this.shownFor = content;
    this.stop();
    this.step = 1;
    if (content && all) this.shown = blockCount(content);
    else if (content && before) this.shown = Math.max(FIRST_RENDER_BLOCKS, Math.min(this.shown, blockCount(content)));
    else this.shown = FIRST_RENDER_BLOCKS;
  }

  /** Whether more blocks are on their way. */
  get pending(): boolean {
    const content = this.content();
    return this.timer !== undefined && !!content && this.shown < blockCount(content);
  }

  /**
   * Renders the rest of the page now (synchronously), before something in it is scrolled to or
   * printed. Returns whether it rendered anything.
   */
  showEverything(): boolean {
    const content = this.content();
    if (!content || this.shown >= blockCount(content)) return false;
    this.stop();
    this.shown = blockCount(content);
    // performUpdate renders only an update that is pending.
    this.host.requestUpdate();
    this.renderNow();
    return true;
  }

  private scheduleNext(): void {
    const content = this.content();
    if (!content || this.timer !== undefined || !this.host.isConnected || this.shown >= blockCount(content)) return;
    if (this.lastUpdateMs < BLOCK_BUDGET_MS / 2) this.step *= 2;
    else if (this.lastUpdateMs > BLOCK_BUDGET_MS) this.step = Math.max(1, Math.floor(this.step / 2));
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const current = this.content();
      if (!current) return;
      this.shown = Math.min(blockCount(current), this.shown + this.step);
      this.host.requestUpdate();
    });
  }

  private stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
