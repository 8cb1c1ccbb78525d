/** The quiz's public events: they bubble and cross shadow boundaries, each with a typed `detail`. */
import type { Answer, QuestionType } from '../../core/questions/types.js';
import type { XapiStatement } from '../../core/quiz/xapi.js';

export interface QuizStartDetail {
  seed: string;
  questionIds: string[];
}

export interface QuizAnswerDetail {
  id: string;
  type: QuestionType;
  answer: Answer;
  /** Wholly right. */
  correct: boolean;
  /** Share of the question's point earned, 0–1 (not rounded): partial for match, order and select-all. */
  credit: number;
  /** Where it was answered: a "Check yourself" block in the text, or the quiz. */
  context: 'check' | 'quiz';
}

export interface QuizCompleteDetail {
  /** The sum of the credits (partial credit included), rounded to 2 decimals. */
  score: number;
  total: number;
  /** `score` as a whole percentage of `total`. */
  percent: number;
  seed: string;
  durationMs: number;
  /** Per question: `correct` when wholly right, `credit` its share of the point (0–1, 2 decimals). */
  results: { id: string; type: QuestionType; correct: boolean; credit: number; answer: Answer | null }[];
  /** The short code a student can hand in (without a name). */
  resultCode: string;
  /** An xAPI statement without `actor`, for a learning platform to complete and forward. */
  xapi: XapiStatement;
}

const init = { bubbles: true, composed: true };

/** Fired when a new quiz (or a retry round) begins. */
export class QuizStartEvent extends Event {
  static readonly eventName = 'quiz-start';
  constructor(readonly detail: QuizStartDetail) {
    super(QuizStartEvent.eventName, init);
  }
}

/**
 * Fired when the learner commits an answer (Check in practice mode, and in a check in the text;
 * leaving the question in test mode). `context` defaults to `"quiz"`.
 */
export class QuizAnswerEvent extends Event {
  static readonly eventName = 'quiz-answer';
  readonly detail: QuizAnswerDetail;
  constructor(detail: Omit<QuizAnswerDetail, 'context'> & { context?: QuizAnswerDetail['context'] }) {
    super(QuizAnswerEvent.eventName, init);
    this.detail = { ...detail, context: detail.context ?? 'quiz' };
  }
}

/** Fired when the learner finishes and sees the results. */
export class QuizCompleteEvent extends Event {
  static readonly eventName = 'quiz-complete';
  constructor(readonly detail: QuizCompleteDetail) {
    super(QuizCompleteEvent.eventName, init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'quiz-start': QuizStartEvent;
    'quiz-answer': QuizAnswerEvent;
    'quiz-complete': QuizCompleteEvent;
  }
}
