import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Content } from '../../core/content/schema.js';
import { wellMixedLength } from '../../core/questions/stats.js';
import type { QuizOptions } from '../../core/questions/types.js';

type Settings = Omit<QuizOptions, 'seed' | 'count'>;

/**
 * How long a quiz the content gives well mixed with the teacher's settings (see `wellMixedLength`).
 * Sampling quizzes takes a moment, so it runs after the page has updated, once per content and
 * settings, and asks the page to update again when it knows.
 */
export class WellMixedController implements ReactiveController {
  private known?: { key: string; length: number };
  private pending?: string;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly current: () => { content: Content; settings: Settings } | undefined,
  ) {
    host.addController(this);
  }

  private static key(content: Content, { types, themes, scope, avoidFacts }: Settings): string {
    return JSON.stringify([content.id, content.version, content.language, types, themes, scope, avoidFacts]);
  }

  /** The length for these settings, once it is known. */
  lengthFor(content: Content, settings: Settings): number | undefined {
    return this.known?.key === WellMixedController.key(content, settings) ? this.known.length : undefined;
  }

  hostUpdated(): void {
    const now = this.current();
    if (!now) return;
    const key = WellMixedController.key(now.content, now.settings);
    if (this.known?.key === key || this.pending === key) return;
    this.pending = key;
    // Sampling takes a moment: wait until the teacher stops typing (the class code and count change the key).
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (this.pending !== key) return;
      this.known = { key, length: wellMixedLength(now.content, now.settings) };
      this.pending = undefined;
      this.host.requestUpdate();
    }, 400);
  }
}
