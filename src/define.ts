/**
 * Registers the elements without bundling any content: for pages that bring
 * their own through `src` or `content`. Everything is imported statically here
 * (a page's bundler splits it as it likes): the quiz's code is handed over at
 * once, so nothing waits for a chunk.
 */
import * as quizCode from './quiz-elements.js';
import { provideQuizCode } from './components/shared/quiz-code.js';

provideQuizCode(quizCode);

export * from './lesson-elements.js';
export { EceQuiz } from './components/quiz/ece-quiz.js';
export { EceCheck } from './components/check/ece-check.js';
export type * from './core/content/schema.js';
