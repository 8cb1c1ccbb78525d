/**
 * Registers the elements without bundling any content: for pages that bring
 * their own through `src` or `content`.
 */
export { EceExplainer } from './components/explainer/ece-explainer.js';
export { EceTimeline } from './components/timeline/ece-timeline.js';
export { EceDecisionWalk } from './components/decision-walk/ece-decision-walk.js';
export { EceQuiz } from './components/quiz/ece-quiz.js';
export { EceCheck } from './components/check/ece-check.js';
export { QuizStartEvent, QuizAnswerEvent, QuizCompleteEvent } from './components/quiz/events.js';
export { ExportControlsExplainer } from './components/export-controls-explainer/export-controls-explainer.js';
export { setDefaultContent, setLoadTimeout } from './components/shared/content-source.js';
export type * from './core/content/schema.js';
