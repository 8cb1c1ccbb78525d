/**
 * The script-tag entry (`dist/export-controls-explainer.js`, and the demo page): first what a reader
 * needs to see the lesson — Lit, the explainer, the one-tag element and the English content — then,
 * after the explainer's first render, the quiz and the checks' question generator as chunks of their
 * own (see `loadQuizCode` and the explainer's checks). The npm entries (`src/index.ts`) import every
 * element at once and leave splitting to the page's bundler.
 */
import './bundled-content.js';
import { loadQuizCode } from './components/export-controls-explainer/export-controls-explainer.js';

export { EceExplainer } from './components/explainer/ece-explainer.js';
export { EceTimeline } from './components/timeline/ece-timeline.js';
export { EceDecisionWalk } from './components/decision-walk/ece-decision-walk.js';
export { ExportControlsExplainer, loadQuizCode } from './components/export-controls-explainer/export-controls-explainer.js';
export { QuizStartEvent, QuizAnswerEvent, QuizCompleteEvent } from './components/quiz/events.js';
export { setDefaultContent, setLoadTimeout } from './components/shared/content-source.js';
export type * from './core/content/schema.js';

/** `<ece-quiz>` or `<ece-check>` used on their own, with no explainer to render first: their code at once. */
function defineStandalone() {
  if (document.querySelector('ece-quiz:not(:defined)')) void loadQuizCode();
  if (document.querySelector('ece-check:not(:defined)')) void import('./components/check/ece-check.js');
}
defineStandalone();
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', defineStandalone, { once: true });
// An element a script adds later is defined too: the quiz's code follows at idle time after the page loads.
window.addEventListener('load', () => ('requestIdleCallback' in window ? window.requestIdleCallback(() => void loadQuizCode()) : setTimeout(() => void loadQuizCode(), 1000)), { once: true });
