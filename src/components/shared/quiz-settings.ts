/**
 * The quiz settings a page author sets as attributes, declared once for the elements that take
 * them: `<ece-quiz>` uses them, `<export-controls-explainer>` passes them on to its quiz.
 */
import { property } from 'lit/decorators.js';
import type { QuizScope } from '../../core/questions/types.js';
import type { QuizMode } from '../../core/quiz/session.js';
import type { AbstractConstructor, LitConstructor } from './mixin.js';

/** What the mixin adds, as declaration files describe it. */
export declare abstract class QuizSettingsInterface {
  seed?: string;
  questionCount: number;
  mode: QuizMode;
  types?: string;
  themes?: string;
  scope?: QuizScope;
}

export const QuizSettings = <T extends LitConstructor>(Base: T) => {
  abstract class QuizSettingsBase extends Base {
    /** Same seed, same quiz. Without one, a random seed is chosen, saved and reused on reload. */
    @property() seed?: string;
    /** How many questions (the `questions` attribute; default 10). */
    @property({ type: Number, attribute: 'questions' }) questionCount = 10;
    /** `practice` (feedback after each Check, the default) or `test` (marked at the end). */
    @property() mode: QuizMode = 'practice';
    /** Comma-separated question type ids to use (default all). */
    @property() types?: string;
    /** Comma-separated theme ids to use (default all). */
    @property() themes?: string;
    /** `core`: only what the core lesson teaches, no "go deeper" detail (default `all`). */
    @property() scope?: QuizScope;
  }
  return QuizSettingsBase as unknown as AbstractConstructor<QuizSettingsInterface> & T;
};
