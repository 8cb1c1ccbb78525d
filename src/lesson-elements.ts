/**
 * What every entry exports apart from the quiz: the lesson's elements, the quiz's event classes
 * (small, and pages listen for them before the quiz is there) and the content settings. The
 * script-tag file (src/bundle.ts) loads the quiz later; src/define.ts adds it statically.
 */
export { EceExplainer } from './components/explainer/ece-explainer.js';
export { EceTimeline } from './components/timeline/ece-timeline.js';
export { EceDecisionWalk } from './components/decision-walk/ece-decision-walk.js';
export { QuizStartEvent, QuizAnswerEvent, QuizCompleteEvent } from './components/quiz/events.js';
export { ExportControlsExplainer } from './components/export-controls-explainer/export-controls-explainer.js';
export { setDefaultContent, setLoadTimeout } from './components/shared/content-source.js';
